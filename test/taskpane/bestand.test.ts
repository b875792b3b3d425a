/** @jest-environment jsdom */
/**
 * The pane's door to the xlsx reader (src/taskpane/bestand.ts): a File the user picked is
 * read in the pane (FileReader over slices, pako, TextDecoder) into the same sheets the
 * CLI reads from the same file, and a hostile file is refused with the CLI's words.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { InvoerFout, leesXlsx } from "../../src/cli/xlsx";
import { BestandFout, MAX_GEKOZEN_BESTAND, leesGekozenBestand } from "../../src/taskpane/bestand";
import { REDENEN, vulIn } from "../../src/xlsx";
import { maakXlsx, maakZip, planlijstRijen } from "../cli/vijandig-bestanden";

jest.setTimeout(60_000);

// jsdom has no TextDecoder; every Office web view has (Safari 10.3, Chromium 38, WebView2).
beforeAll(() => {
  if (typeof globalThis.TextDecoder === "undefined")
    (globalThis as { TextDecoder?: unknown }).TextDecoder = NodeTextDecoder;
});

const OPENBAAR = path.resolve(__dirname, "..", "data", "openbaar", "eib-plancapaciteit-2021.xlsx");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-bestand-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const alsBestand = (bytes: Uint8Array, naam: string) => new File([new Uint8Array(bytes)], naam);

async function paneFout(bestand: File): Promise<BestandFout> {
  const fout = await leesGekozenBestand(bestand).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(fout).toBeInstanceOf(BestandFout);
  return fout as BestandFout;
}

/** The CLI's message for the same bytes, read from a file. */
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

it("reads the public EIB workbook from a File into the same sheets as the CLI", async () => {
  const bytes = fs.readFileSync(OPENBAAR);
  const pane = await leesGekozenBestand(alsBestand(bytes, "eib-plancapaciteit-2021.xlsx"));
  const cli = await leesXlsx(OPENBAAR);
  expect(pane).toEqual(cli);
  expect(pane[0].raster.filter((r) => r.length > 0).length).toBeGreaterThan(100);
});

it("refuses a zip bomb with the CLI's reason, before inflating it", async () => {
  const bytes = maakZip([
    { naam: "xl/workbook.xml", inhoud: "<workbook/>" },
    { naam: "xl/worksheets/sheet1.xml", inhoud: Buffer.alloc(60 * 1024 * 1024) },
  ]);
  expect(bytes.length).toBeLessThan(200 * 1024);
  const fout = await paneFout(alsBestand(bytes, "bom.xlsx"));
  expect(fout.reden).toMatch(/pakt uit tot 60 MB .*mogelijk een zip-bom/);
  expect(fout.message).toBe(await cliMelding(bytes, "bom.xlsx"));
});

it("stops a part that inflates past what it declares, with the CLI's reason", async () => {
  const bytes = maakXlsx(
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
  const fout = await paneFout(alsBestand(bytes, "leugen.xlsx"));
  expect(fout.reden).toBe(
    vulIn("liegtOverGrootte", { onderdeel: "xl/worksheets/sheet1.xml", grootte: "1 MB" })
  );
  expect(fout.message).toBe(await cliMelding(bytes, "leugen.xlsx"));
});

it("refuses a file over 50 MB without reading it, in Dutch", async () => {
  const groot = alsBestand(new Uint8Array(MAX_GEKOZEN_BESTAND + 1024 * 1024), "groot.xlsx");
  const lees = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
  try {
    const fout = await paneFout(groot);
    expect(fout.message).toBe(
      `groot.xlsx: het bestand is 51 MB; dat is meer dan 50 MB en geen gewone planlijst, het wordt niet geopend.`
    );
    expect(lees).not.toHaveBeenCalled();
  } finally {
    lees.mockRestore();
  }
});

it("refuses what is not an xlsx, with the CLI's reason", async () => {
  const bytes = Buffer.from("Projectnaam;Gemeente;Aantal\nDe Velden;Emmen;12\n");
  const fout = await paneFout(alsBestand(bytes, "lijst.xlsx"));
  expect(fout.reden).toBe(REDENEN.geenZip);
  expect(fout.message).toBe(await cliMelding(bytes, "lijst.xlsx"));
});

it("a file that can no longer be read (changed after picking) is a Dutch reason, not the browser's", async () => {
  const lees = jest.spyOn(FileReader.prototype, "readAsArrayBuffer").mockImplementation(function (
    this: FileReader
  ) {
    setTimeout(() => this.onerror?.(new ProgressEvent("error") as ProgressEvent<FileReader>));
  });
  try {
    const bytes = maakXlsx([{ naam: "Planlijst", rijen: planlijstRijen() }]);
    const fout = await paneFout(alsBestand(bytes, "weg.xlsx"));
    expect(fout.message).toBe(`weg.xlsx: ${REDENEN.nietTeOpenen}.`);
  } finally {
    lees.mockRestore();
  }
});
