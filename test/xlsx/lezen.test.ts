/**
 * The platform-neutral reader (src/xlsx/lezen.ts) from bytes in memory, with pako: the
 * same sheets as the CLI's door (a file, node:zlib) on real workbooks, and the same
 * refusals, with the same Dutch reasons, on hostile ones.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InvoerFout, leesXlsx } from "../../src/cli/xlsx";
import { zlibInflater } from "../../src/cli/zip";
import {
  INFLATE_STUK,
  MaakInflater,
  REDENEN,
  XlsxFout,
  geheugenBron,
  leesXlsxBron,
  pakoInflater,
  vulIn,
} from "../../src/xlsx";
import { doelPad } from "../../src/xlsx/lezen";
import { maakXlsx, maakZip, planlijstRijen } from "../cli/vijandig-bestanden";

jest.setTimeout(60_000);

const DATA = path.resolve(__dirname, "..", "data");
const WERKMAPPEN = [
  "openbaar/eib-plancapaciteit-2021.xlsx",
  "openbaar/plancapaciteit_databewijst.xlsx",
  "layouts/m-planmonitor-wonen.xlsx",
  "layouts/w-woningbouwmonitor-regio.xlsx",
];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-xlsx-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The neutral reader's reason, or its sheets. */
async function neutraal(bytes: Uint8Array, naam: string, inflater: MaakInflater = pakoInflater) {
  return leesXlsxBron(geheugenBron(bytes), { naam, inflater });
}

/** The CLI's one-line message for the same bytes written to a file. */
async function cliMelding(bytes: Uint8Array, naam: string): Promise<string> {
  const pad = path.join(tmp, naam);
  fs.writeFileSync(pad, bytes);
  const fout = await leesXlsx(pad).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(fout).toBeInstanceOf(InvoerFout);
  return (fout as Error).message;
}

async function neutraleReden(bytes: Uint8Array, naam: string, inflater?: MaakInflater) {
  const fout = await neutraal(bytes, naam, inflater).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(fout).toBeInstanceOf(XlsxFout);
  return (fout as XlsxFout).reden;
}

describe("real workbooks: the same sheets as the CLI", () => {
  it.each(WERKMAPPEN)("%s", async (bestand) => {
    const pad = path.join(DATA, bestand);
    const cli = await leesXlsx(pad);
    const uitGeheugen = await neutraal(fs.readFileSync(pad), path.basename(pad));
    expect(uitGeheugen).toEqual(cli);
    expect(cli.length).toBeGreaterThan(0);
    expect(cli[0].raster.length).toBeGreaterThan(1);
  });
});

describe("hostile files: the same refusal, in the same words, in both doors", () => {
  const leugen = () =>
    maakXlsx(
      [{ naam: "Planlijst", rijen: planlijstRijen() }],
      [
        {
          naam: "xl/worksheets/sheet1.xml",
          inhoud: Buffer.concat([
            Buffer.from("<worksheet><sheetData>"),
            Buffer.alloc(16 * 1024 * 1024, 0x20),
            Buffer.from("</sheetData></worksheet>"),
          ]),
          verklaard: 1024 * 1024,
        },
      ]
    );

  it("a part that inflates past what it declares is stopped at that chunk (pako and zlib)", async () => {
    const bytes = leugen();
    const verwacht = vulIn("liegtOverGrootte", {
      onderdeel: "xl/worksheets/sheet1.xml",
      grootte: "1 MB",
    });
    for (const maak of [pakoInflater, zlibInflater]) {
      // The most one part inflated to.
      let grootste = 0;
      const tellend: MaakInflater = (uit) => {
        let n = 0;
        return maak((stuk) => {
          n += stuk.length;
          grootste = Math.max(grootste, n);
          uit(stuk);
        });
      };
      expect(await neutraleReden(bytes, "leugen.xlsx", tellend)).toBe(verwacht);
      // Stopped at the first chunk past the declared 1 MB, not after 16 MB.
      expect(grootste).toBeGreaterThan(1024 * 1024);
      expect(grootste).toBeLessThanOrEqual(1024 * 1024 + INFLATE_STUK);
    }
    expect(await cliMelding(bytes, "leugen.xlsx")).toBe(`leugen.xlsx: ${verwacht}.`);
  });

  it("a real zip bomb is refused from its table of contents, before inflating", async () => {
    const bytes = maakZip([
      { naam: "xl/workbook.xml", inhoud: "<workbook/>" },
      { naam: "xl/worksheets/sheet1.xml", inhoud: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    let uitgepakt = 0;
    const reden = await neutraleReden(bytes, "bom.xlsx", (uit) =>
      pakoInflater((s) => {
        uitgepakt += s.length;
        uit(s);
      })
    );
    expect(reden).toMatch(/^onderdeel xl\/worksheets\/sheet1\.xml pakt uit tot 60 MB .*zip-bom\)$/);
    expect(uitgepakt).toBe(0);
    expect(await cliMelding(bytes, "bom.xlsx")).toBe(`bom.xlsx: ${reden}.`);
  });

  it("a damaged part (deflate data cut short) is a damaged file", async () => {
    const heel = maakXlsx([{ naam: "Planlijst", rijen: planlijstRijen() }]);
    // Overwrite the sheet's compressed bytes with garbage, keeping every header intact.
    const naam = Buffer.from("xl/worksheets/sheet1.xml");
    const kop = heel.indexOf(naam); // the local header comes first, its data right after the name
    const bytes = Buffer.from(heel);
    bytes.fill(0xff, kop + naam.length, kop + naam.length + 20);
    expect(await neutraleReden(bytes, "kapot.xlsx")).toBe(REDENEN.beschadigd);
    expect(await cliMelding(bytes, "kapot.xlsx")).toBe(`kapot.xlsx: ${REDENEN.beschadigd}.`);
  });

  it("a file that is not a zip, an empty file, a truncated zip", async () => {
    expect(await neutraleReden(Buffer.from("Projectnaam;Gemeente\n"), "lijst.xlsx")).toBe(
      REDENEN.geenZip
    );
    expect(await neutraleReden(new Uint8Array(0), "leeg.xlsx")).toBe(REDENEN.leeg);
    const heel = maakXlsx([{ naam: "Planlijst", rijen: planlijstRijen() }]);
    const half = heel.subarray(0, heel.length - 30);
    const reden = await neutraleReden(half, "half.xlsx");
    expect(reden).toMatch(/beschadigd of onvolledig/);
    expect(await cliMelding(half, "half.xlsx")).toBe(`half.xlsx: ${reden}.`);
  });

  it("an xlsx under another extension is refused by its name", async () => {
    const bytes = maakXlsx([{ naam: "Planlijst", rijen: planlijstRijen() }]);
    expect(await neutraleReden(bytes, "lijst.ods")).toBe(REDENEN.geenXlsxNaam);
    expect((await neutraal(bytes, "lijst.xlsx"))[0].raster[1]).toEqual([
      "De Velden",
      "Emmen",
      "1A",
      12,
      2026,
      300000,
    ]);
  });
});

describe("details", () => {
  it("relationship targets resolve against the workbook's folder", () => {
    expect(doelPad("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(doelPad("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml"
    );
    expect(doelPad("xl/workbook.xml", "../bladen/./a.xml")).toBe("bladen/a.xml");
  });

  it("vulIn fills placeholders literally (a part named with $& stays as it is)", () => {
    expect(vulIn("teDiep", { onderdeel: "x$&y", grens: "64" })).toBe(
      REDENEN.teDiep.replace("{onderdeel}", "x$$&y").replace("{grens}", "64")
    );
  });

  it("the CLI's inflater and pako read a generated workbook the same", async () => {
    const bytes = maakXlsx([{ naam: "P", rijen: planlijstRijen() }]);
    expect(await neutraal(bytes, "a.xlsx", zlibInflater)).toEqual(await neutraal(bytes, "a.xlsx"));
  });
});
