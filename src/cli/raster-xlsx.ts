/**
 * Writes Rasters (src/rapport/raster.ts) as an .xlsx with ExcelJS's streaming writer: rows go
 * to disk as they are made. It decides only how a cell looks, never what goes where:
 * - values and number formats per cell ("@" and "General" are left to the cell's type: ExcelJS
 *   writes a string as text, never as a formula); a format that every cell of a column below
 *   the header shares becomes the column's style;
 * - a Raster with frozen rows is a table whose last frozen row is its header: that row gets the
 *   header style and the autofilter runs from it to the last row; other rows in `koppen` are bold;
 * - fills per Oordeel, links to places in the workbook (as HYPERLINK formulas: ExcelJS 4.4
 *   writes internal hyperlinks as external ones), column widths, frozen rows and columns.
 */
import ExcelJS from "exceljs";
import { Oordeel, Raster, RasterLink, TEKST } from "../rapport";

const KOPSTIJL: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: "FF1F2D3D" } },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  border: { bottom: { style: "thin", color: { argb: "FF7F9DB9" } } },
  alignment: { vertical: "top", wrapText: true },
};
const KOPHOOGTE = 45;

const vulling = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});
const OORDEEL_VULLING: Record<Oordeel, ExcelJS.Fill> = {
  goed: vulling("FFC6EFCE"),
  matig: vulling("FFFFEB9C"),
  slecht: vulling("FFFFC7CE"),
};

/** Formats ExcelJS need not be told: a string is text and a number without a format is General. */
const VANZELF = new Set([TEKST, "General", ""]);

/** Excel's limit for a text argument of a formula. */
const FORMULE_TEKST = 255;
const formuleTekst = (t: string) => `"${t.slice(0, FORMULE_TEKST).replace(/"/g, '""')}"`;

/** A link to a place in the same workbook: =HYPERLINK("#'Blad'!A1"; "tekst"). */
function linkWaarde(l: RasterLink): ExcelJS.CellValue {
  const doel = `#'${l.blad.replace(/'/g, "''")}'!${l.adres}`;
  return {
    formula: `HYPERLINK(${formuleTekst(doel)},${formuleTekst(l.tekst)})`,
    result: l.tekst.slice(0, FORMULE_TEKST),
  };
}

/**
 * The number format every cell below the header shares (empty cells included), or undefined:
 * written as the column's style, so Excel shows the column's width and a number typed there
 * later looks like the rest.
 */
function kolomFormaten(r: Raster, kop: number): (string | undefined)[] {
  const uit: (string | undefined)[] = [];
  for (let k = 0; k < r.breedte; k++) {
    let f: string | undefined = r.formaten[kop + 1]?.[k];
    for (let i = kop + 2; i < r.formaten.length && f !== undefined; i++)
      if (r.formaten[i][k] !== f) f = undefined;
    uit.push(f === undefined || VANZELF.has(f) ? undefined : f);
  }
  return uit;
}

function perRij<T extends { rij: number }>(lijst: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of lijst) {
    const l = m.get(x.rij);
    if (l) l.push(x);
    else m.set(x.rij, [x]);
  }
  return m;
}

function schrijfRij(
  ws: ExcelJS.Worksheet,
  r: Raster,
  i: number,
  extra: {
    kop: number;
    kolomFormaat: (string | undefined)[];
    vet: Set<number>;
    oordelen: Map<number, { kolom: number; oordeel: Oordeel }[]>;
    links: Map<number, RasterLink[]>;
  }
) {
  const rij = ws.getRow(i + 1);
  const waarden = r.waarden[i];
  const formaten = r.formaten[i];
  for (let k = 0; k < r.breedte; k++) {
    const v = waarden[k];
    if (v === "" || v === undefined) continue;
    const cel = rij.getCell(k + 1);
    cel.value = v;
    const f = formaten[k];
    if (!VANZELF.has(f) && f !== extra.kolomFormaat[k]) cel.numFmt = f;
  }
  for (const l of extra.links.get(i) ?? []) {
    const cel = rij.getCell(l.kolom + 1);
    cel.value = linkWaarde(l);
    cel.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  if (i === extra.kop) {
    for (let k = 0; k < r.breedte; k++) rij.getCell(k + 1).style = KOPSTIJL;
    rij.height = KOPHOOGTE;
  } else if (extra.vet.has(i)) rij.font = { bold: true };
  for (const o of extra.oordelen.get(i) ?? [])
    rij.getCell(o.kolom + 1).fill = OORDEEL_VULLING[o.oordeel];
  rij.commit();
}

function schrijfBlad(wb: ExcelJS.stream.xlsx.WorkbookWriter, r: Raster) {
  const ySplit = r.bevrorenRijen ?? 0;
  const xSplit = r.bevrorenKolommen ?? 0;
  const ws = wb.addWorksheet(
    r.naam,
    ySplit || xSplit ? { views: [{ state: "frozen", xSplit, ySplit }] } : {}
  );
  const kop = ySplit - 1;
  const kolomFormaat = kolomFormaten(r, kop);
  ws.columns = Array.from({ length: r.breedte }, (_, k) => ({
    ...(r.kolombreedtes?.[k] !== undefined ? { width: r.kolombreedtes[k] } : {}),
    ...(kolomFormaat[k] ? { style: { numFmt: kolomFormaat[k] } } : {}),
  }));
  const extra = {
    kop,
    kolomFormaat,
    vet: new Set(r.koppen),
    oordelen: perRij(r.oordelen),
    links: perRij(r.links),
  };
  for (let i = 0; i < r.waarden.length; i++) schrijfRij(ws, r, i, extra);
  if (ySplit > 0)
    ws.autoFilter = {
      from: { row: ySplit, column: 1 },
      to: { row: Math.max(ySplit, r.waarden.length), column: r.breedte },
    };
  ws.commit();
}

/** Writes the Rasters as the sheets of one workbook at `pad`, in order. */
export async function schrijfRastersXlsx(bladen: Raster[], pad: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: pad,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Woondeal-toets";
  wb.created = new Date();
  for (const r of bladen) schrijfBlad(wb, r);
  await wb.commit();
}
