/**
 * Reads an .xlsx file into grids of plain cell values with ExcelJS's streaming reader
 * (a quarter of the memory of the full reader on long lists). Refuses files that are not
 * an xlsx workbook with a Dutch reason.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { Cel, Raster } from "../planlijst/cel";
import { WerkmapInvoer } from "../planlijst/lezer";
import { beschrijfOle, controleerZip } from "./zip";

/** The input could not be checked (exit code 2). The message is a one-line Dutch reason. */
export class InvoerFout extends Error {}

/** ExcelJS cell value → engine cell value. Formulas give their cached result. */
export function celUitExcelJS(v: unknown): Cel {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { fout: o.error };
    if ("formula" in o || "sharedFormula" in o) {
      if (!("result" in o) || o.result === undefined || o.result === null) {
        return o.result === null
          ? null
          : {
              fout: "formule zonder bruikbare uitkomst (een foutwaarde zoals #VERW!, of niet berekend); controleer de formule",
            };
      }
      // The streaming reader gives NaN for a formula whose cached result is an error value.
      if (typeof o.result === "number" && Number.isNaN(o.result)) {
        return { fout: "cel bevat een formule met een foutwaarde (zoals #VERW! of #WAARDE!)" };
      }
      return celUitExcelJS(o.result);
    }
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text;
    if (o.text && typeof o.text === "object") return celUitExcelJS(o.text);
  }
  return String(v);
}

const MAGIC_ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAGIC_OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Checks the file before ExcelJS sees it: exists, is a zip, is not .xls/.ods/encrypted. */
export async function controleerBestand(bestand: string): Promise<void> {
  const naam = path.basename(bestand);
  let kop: Buffer;
  try {
    const fh = await fs.open(bestand, "r");
    try {
      kop = Buffer.alloc(8);
      const { bytesRead } = await fh.read(kop, 0, 8, 0);
      kop = kop.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InvoerFout(`${naam}: bestand niet gevonden.`);
    if (code === "EISDIR") throw new InvoerFout(`${naam}: dit is een map, geen Excel-bestand.`);
    throw new InvoerFout(`${naam}: bestand kan niet worden geopend (${code ?? "onbekende fout"}).`);
  }
  if (kop.length === 0) throw new InvoerFout(`${naam}: het bestand is leeg.`);
  if (kop.subarray(0, 8).equals(MAGIC_OLE)) {
    // .xls, or an xlsx encrypted with a password: tell them apart by the OLE directory (src/cli/zip.ts).
    throw new InvoerFout(`${naam}: ${await beschrijfOle(bestand)}.`);
  }
  if (!kop.subarray(0, 4).equals(MAGIC_ZIP)) {
    throw new InvoerFout(
      `${naam}: geen Excel-werkmap (.xlsx); open het in Excel en bewaar het als .xlsx.`
    );
  }
  // Truncated zips, zip bombs, .ods and other zips: judged from the central directory before ExcelJS inflates anything.
  const zipReden = await controleerZip(bestand);
  if (zipReden) throw new InvoerFout(`${naam}: ${zipReden}.`);
  if (/\.(ods|odt|docx|pptx|zip)$/i.test(naam)) {
    throw new InvoerFout(`${naam}: geen Excel-werkmap (.xlsx); bewaar het in Excel als .xlsx.`);
  }
}

/**
 * Files up to this size are read with ExcelJS's full reader, which keeps the exact error
 * value of a formula (#REF!); larger ones with the streaming reader, which needs about half
 * the memory but loses a formula's error text.
 */
export const GRENS_VOLLEDIG_LEZEN = 4 * 1024 * 1024;

function rasterUitRijen(rijen: Iterable<[number, unknown[]]>): Raster {
  const raster: Raster = [];
  for (const [nummer, waarden] of rijen) {
    const rij: Cel[] = [];
    for (let c = 1; c < waarden.length; c++) rij.push(celUitExcelJS(waarden[c]));
    raster[nummer - 1] = rij;
  }
  for (let i = 0; i < raster.length; i++) raster[i] ??= [];
  return raster;
}

async function leesVolledig(bestand: string): Promise<WerkmapInvoer[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  return wb.worksheets.map((ws) => {
    const rijen: [number, unknown[]][] = [];
    ws.eachRow({ includeEmpty: false }, (row, nummer) =>
      rijen.push([nummer, row.values as unknown[]])
    );
    return { naam: ws.name, raster: rasterUitRijen(rijen) };
  });
}

async function leesStromend(bestand: string): Promise<WerkmapInvoer[]> {
  const bladen: WerkmapInvoer[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bestand, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  for await (const ws of reader) {
    const rijen: [number, unknown[]][] = [];
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>)
      rijen.push([row.number, row.values as unknown[]]);
    bladen.push({ naam: (ws as unknown as { name: string }).name, raster: rasterUitRijen(rijen) });
  }
  return bladen;
}

/** Reads every worksheet of an xlsx file as a grid (row 1 = index 0, column A = index 0). */
export async function leesXlsx(bestand: string): Promise<WerkmapInvoer[]> {
  await controleerBestand(bestand);
  const naam = path.basename(bestand);
  let bladen: WerkmapInvoer[];
  try {
    const { size } = await fs.stat(bestand);
    bladen =
      size <= GRENS_VOLLEDIG_LEZEN ? await leesVolledig(bestand) : await leesStromend(bestand);
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    const tekst = e instanceof Error ? e.message : String(e);
    if (
      /end of central directory|invalid signature|corrupt|unexpected end|FILE_ENDED|zip/i.test(
        tekst
      )
    ) {
      throw new InvoerFout(
        `${naam}: het bestand is beschadigd of onvolledig (geen leesbare .xlsx-zip).`
      );
    }
    throw new InvoerFout(
      `${naam}: het bestand kan niet als Excel-werkmap worden gelezen (${tekst.split("\n")[0]}).`
    );
  }
  if (bladen.length === 0) throw new InvoerFout(`${naam}: de werkmap heeft geen werkbladen.`);
  return bladen;
}
