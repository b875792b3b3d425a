/**
 * Files the command line must refuse before anything is inflated, each with exit code 2 and
 * one clear Dutch line: not a zip, a truncated zip, zip bombs, password-protected and old
 * .xls files (OLE), OpenDocument, an empty workbook, a workbook with only a budget sheet.
 * The fixtures are made here, in a temporary directory.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ZIP_GRENZEN, beoordeelZip, oleNamen, oleSoort } from "../../src/cli/zip";

// A loaded CI machine can take more than 5 s here; the time bounds that matter are in vijandig-kind.test.ts.
jest.setTimeout(30_000);

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-vijandig-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function draai(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    kleur: false,
  });
  return { code, stdout, stderr };
}

async function schrijf(naam: string, inhoud: Buffer | string): Promise<string> {
  const pad = path.join(tmp, naam);
  await fs.writeFile(pad, inhoud);
  return pad;
}

// ---- a minimal zip writer (stored or deflated items; sizes may be forged) ----

const crc32 = (buf: Buffer): number => zlib.crc32(buf);

interface Item {
  naam: string;
  inhoud: Buffer | string;
  opslaan?: boolean;
  /** Forge the declared uncompressed size (in the central directory). */
  verklaardOngecomprimeerd?: number;
  versleuteld?: boolean;
}

function maakZip(items: Item[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const item of items) {
    const ruw = Buffer.from(item.inhoud);
    const data = item.opslaan ? ruw : zlib.deflateRawSync(ruw);
    const naam = Buffer.from(item.naam, "utf8");
    const verklaard = item.verklaardOngecomprimeerd ?? ruw.length;
    const zip64 = verklaard >= 0xffffffff;
    const extra = zip64 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(verklaard), 4);
    }
    const vlaggen = 0x800 | (item.versleuteld ? 1 : 0);
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(vlaggen, 6);
    kop.writeUInt16LE(item.opslaan ? 0 : 8, 8);
    kop.writeUInt32LE(crc32(ruw), 14);
    kop.writeUInt32LE(data.length, 18);
    kop.writeUInt32LE(Math.min(ruw.length, 0xfffffffe), 22);
    kop.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(vlaggen, 8);
    c.writeUInt16LE(item.opslaan ? 0 : 8, 10);
    c.writeUInt32LE(crc32(ruw), 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(zip64 ? 0xffffffff : verklaard, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(positie, 42);
    lokaal.push(kop, naam, data);
    centraal.push(c, naam, extra);
    positie += kop.length + naam.length + data.length;
  }
  const map = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(items.length, 8);
  eind.writeUInt16LE(items.length, 10);
  eind.writeUInt32LE(map.length, 12);
  eind.writeUInt32LE(positie, 16);
  return Buffer.concat([...lokaal, map, eind]);
}

const WERKMAP_XML =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

// ---- a minimal OLE compound file: header, one FAT sector, one directory sector ----

function maakOle(stromen: string[]): Buffer {
  const sector = 512;
  const buf = Buffer.alloc(512 + 2 * sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(1, 0x2c); // one FAT sector
  buf.writeUInt32LE(1, 0x30); // directory starts at sector 1
  buf.writeUInt32LE(4096, 0x38);
  buf.writeUInt32LE(0xfffffffe, 0x3c);
  buf.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  buf.writeUInt32LE(0, 0x4c); // FAT in sector 0
  const fat = 512;
  for (let i = 0; i < 128; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4);
  buf.writeUInt32LE(0xfffffffd, fat); // sector 0: FAT
  buf.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: directory, end of chain
  const map = 512 + sector;
  ["Root Entry", ...stromen].slice(0, 4).forEach((naam, i) => {
    const pos = map + i * 128;
    buf.write(naam, pos, "utf16le");
    buf.writeUInt16LE((naam.length + 1) * 2, pos + 64);
    buf[pos + 66] = i === 0 ? 5 : 2;
    buf.writeUInt32LE(0xfffffffe, pos + 116);
  });
  return buf;
}

async function werkmap(naam: string, bladen: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [blad, rijen] of Object.entries(bladen)) wb.addWorksheet(blad).addRows(rijen);
  const pad = path.join(tmp, naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

const PLANLIJST = [
  ["Projectnaam", "Gemeente", "Planstatus", "Aantal", "Oplevering"],
  ["Parkwijk", "Emmen", "1A", 20, 2026],
];

function eenRegel(r: { code: number; stderr: string }, patroon: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(patroon);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("hostile input: the CLI refuses with exit code 2 and one Dutch line", () => {
  it("refuses a file that is not a zip", async () => {
    const pad = await schrijf("tekst.xlsx", "Projectnaam;Aantal\nParkwijk;20\n");
    eenRegel(await draai(["controleer", pad]), /tekst\.xlsx: geen Excel-werkmap \(\.xlsx\)/);
  });

  it("refuses an empty file", async () => {
    const pad = await schrijf("leeg-bestand.xlsx", "");
    eenRegel(await draai(["controleer", pad]), /leeg-bestand\.xlsx: het bestand is leeg/);
  });

  it("refuses a truncated zip (download cut off) without inflating anything", async () => {
    const heel = await fs.readFile(await werkmap("heel.xlsx", { Planlijst: PLANLIJST }));
    for (const fractie of [0.3, 0.9, 0.99]) {
      const pad = await schrijf(
        `afgebroken-${fractie}.xlsx`,
        heel.subarray(0, Math.floor(heel.length * fractie))
      );
      eenRegel(await draai(["controleer", pad]), /beschadigd of onvolledig/);
    }
  });

  it("refuses a zip whose central directory points outside the file", async () => {
    const zip = maakZip([{ naam: "xl/workbook.xml", inhoud: WERKMAP_XML }]);
    zip.writeUInt32LE(zip.length + 1000, zip.length - 6); // directory offset beyond the end
    eenRegel(
      await draai(["controleer", await schrijf("kapot.xlsx", zip)]),
      /beschadigd of onvolledig/
    );
  });

  it("refuses a real zip bomb (60 MB of zeros in 60 kB) from its central directory", async () => {
    const zip = maakZip([
      { naam: "[Content_Types].xml", inhoud: "<Types/>" },
      { naam: "xl/workbook.xml", inhoud: WERKMAP_XML },
      { naam: "xl/worksheets/sheet1.xml", inhoud: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    expect(zip.length).toBeLessThan(200 * 1024);
    const r = await draai(["controleer", await schrijf("bom.xlsx", zip)]);
    eenRegel(r, /sheet1\.xml pakt uit tot 60 MB .*zip-bom/);
  });

  it("refuses absurd declared sizes, also in ZIP64 fields, before inflating anything", async () => {
    const groot = maakZip([
      { naam: "xl/workbook.xml", inhoud: WERKMAP_XML },
      {
        naam: "xl/worksheets/sheet1.xml",
        inhoud: "<worksheet/>",
        verklaardOngecomprimeerd: 4_000_000_000,
      },
    ]);
    eenRegel(await draai(["controleer", await schrijf("verklaard.xlsx", groot)]), /zip-bom/);
    const zip64 = maakZip([
      { naam: "xl/workbook.xml", inhoud: WERKMAP_XML },
      {
        naam: "xl/worksheets/sheet1.xml",
        inhoud: "<worksheet/>",
        verklaardOngecomprimeerd: 2 ** 40,
      },
    ]);
    eenRegel(await draai(["controleer", await schrijf("zip64.xlsx", zip64)]), /zip-bom/);
    // Many medium parts that add up beyond the limit.
    const veel = Array.from({ length: 12 }, (_, i) => ({
      naam: `xl/worksheets/sheet${i + 1}.xml`,
      inhoud: "<worksheet/>".repeat(1000),
      verklaardOngecomprimeerd: 100 * 1024 * 1024,
    }));
    expect(
      beoordeelZip([
        {
          naam: "xl/workbook.xml",
          methode: 8,
          versleuteld: false,
          gecomprimeerd: 10,
          ongecomprimeerd: 10,
          lokaleKop: 0,
        },
        ...veel.map((v) => ({
          naam: v.naam,
          methode: 8,
          versleuteld: false,
          gecomprimeerd: 1024 * 1024,
          ongecomprimeerd: v.verklaardOngecomprimeerd,
          lokaleKop: 0,
        })),
      ])
    ).toMatch(/meer dan 1 GB/);
  });

  it("lets an ordinary large workbook through (a realistic ratio is far below the limit)", () => {
    const item = {
      naam: "xl/worksheets/sheet1.xml",
      methode: 8,
      versleuteld: false,
      gecomprimeerd: 6_000_000,
      ongecomprimeerd: 90_000_000,
      lokaleKop: 0,
    };
    expect(item.ongecomprimeerd / item.gecomprimeerd).toBeLessThan(ZIP_GRENZEN.verhouding);
    expect(
      beoordeelZip([
        { ...item, naam: "xl/workbook.xml", gecomprimeerd: 300, ongecomprimeerd: 900 },
        item,
      ])
    ).toBeUndefined();
  });

  it("refuses a password-protected workbook (an OLE container with EncryptionInfo)", async () => {
    const pad = await schrijf(
      "geheim.xlsx",
      maakOle(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"])
    );
    eenRegel(
      await draai(["controleer", pad]),
      /geheim\.xlsx: het bestand is met een wachtwoord beveiligd/
    );
  });

  it("refuses an old .xls workbook (an OLE container with a Workbook stream)", async () => {
    const pad = await schrijf("oud.xls", maakOle(["Workbook", "\u0005SummaryInformation"]));
    eenRegel(
      await draai(["controleer", pad]),
      /oud\.xls: dit is een oud Excel-bestand \(\.xls, Excel 97-2003\)/
    );
  });

  it("reads OLE directories and tells their kinds apart", () => {
    expect(oleNamen(maakOle(["EncryptionInfo", "EncryptedPackage"]))).toEqual([
      "Root Entry",
      "EncryptionInfo",
      "EncryptedPackage",
    ]);
    expect(oleSoort(["Root Entry", "WordDocument"])).toBe("anders");
    expect(oleNamen(Buffer.alloc(100))).toBeUndefined();
    const kapot = maakOle(["Workbook"]);
    kapot.writeUInt32LE(5000, 0x30); // directory sector outside the file
    expect(oleNamen(kapot)).toBeUndefined();
  });

  it("refuses an OpenDocument spreadsheet, whatever its name", async () => {
    const ods = maakZip([
      { naam: "mimetype", inhoud: "application/vnd.oasis.opendocument.spreadsheet", opslaan: true },
      { naam: "content.xml", inhoud: "<office:document-content/>" },
      { naam: "META-INF/manifest.xml", inhoud: "<manifest/>" },
    ]);
    for (const naam of ["begroting.ods", "hernoemd.xlsx"]) {
      eenRegel(
        await draai(["controleer", await schrijf(naam, ods)]),
        /OpenDocument-rekenblad \(\.ods/
      );
    }
  });

  it("refuses other zips: a Word document, a binary workbook, encrypted entries, a zip without a workbook", async () => {
    const gevallen: [string, Item[], RegExp][] = [
      ["brief.xlsx", [{ naam: "word/document.xml", inhoud: "<w:document/>" }], /Word-document/],
      [
        "binair.xlsx",
        [{ naam: "xl/workbook.bin", inhoud: "x" }],
        /binaire Excel-werkmap \(\.xlsb\)/,
      ],
      [
        "versleuteld.xlsx",
        [{ naam: "xl/workbook.xml", inhoud: WERKMAP_XML, versleuteld: true }],
        /versleutelde onderdelen/,
      ],
      ["foto.xlsx", [{ naam: "foto.jpg", inhoud: "jpg" }], /zip-bestand zonder Excel-werkmap/],
    ];
    for (const [naam, items, patroon] of gevallen)
      eenRegel(await draai(["controleer", await schrijf(naam, maakZip(items))]), patroon);
  });

  it("refuses an empty workbook (no sheets)", async () => {
    const wb = new ExcelJS.Workbook();
    const pad = await schrijf("geen-bladen.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    eenRegel(
      await draai(["controleer", pad]),
      /geen-bladen\.xlsx: de werkmap heeft geen werkbladen/
    );
  });

  it("refuses a workbook with one empty sheet and one with only a budget sheet", async () => {
    const leeg = await werkmap("leeg-blad.xlsx", { Blad1: [] });
    eenRegel(
      await draai(["controleer", leeg]),
      /leeg-blad\.xlsx: geen planlijst gevonden \(blad "Blad1": het blad is leeg\)/
    );
    const begroting = await werkmap("begroting.xlsx", {
      Begroting: [
        ["Begroting wonen 2026"],
        [],
        ["Post", "Omschrijving", "Bedrag 2026", "Bedrag 2027"],
        [1, "Volkshuisvestingsfonds", 250000, 250000],
        [2, "Starterslening", "€ 1.200.000", "€ 1.000.000"],
        ["Totaal", null, 1450000, 1250000],
      ],
    });
    eenRegel(
      await draai(["controleer", begroting]),
      /begroting\.xlsx: geen planlijst gevonden \(blad "Begroting": /
    );
  });

  it("still opens the real workbooks and the example after the checks", async () => {
    const r = await draai([
      "controleer",
      path.resolve(__dirname, "../../examples/voorbeeld-planlijst.xlsx"),
      "--peildatum",
      "2026-01-01",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
  });
});
