/**
 * Writes a Raster (src/rapport/raster.ts) as a sheet with Office.js. The engine decides what
 * goes where; this writes it, nothing more.
 *
 * Writing replaces the sheet of the Raster's name as a whole (delete + add), so the user's
 * sheets are never touched and removing the result is deleting the sheet. Two syncs: one to
 * see whether the sheet exists, one to write it (also for several Rasters, schrijfRasters);
 * over ~3.5 MB one more sync per 3.5 MB, as Excel on the web refuses a request over 5 MB.
 *
 * - Number formats are set before the values, so text formatted "@" stays text ("2025-2026",
 *   "1/2" and "=1+1" from a user's cell are never read as a date or a formula).
 * - Links are HYPERLINK formulas (`formulas` is in English whatever the user's language),
 *   written over the cell's text, with format General: `=HYPERLINK("#'Blad'!C12","C12")`.
 * - Header rows (`koppen`) are bold; when row 0 is one, it is the title (larger); a header
 *   row with more than one cell is a table header and gets a light fill.
 * - Columns fit their content (the title in A1 excepted); a column the Raster gives a width
 *   (`kolombreedtes[i] > 0`, in characters) gets that width and wraps its text.
 *
 * Requirement sets: ExcelApi 1.1 (values, formulas, numberFormat, worksheets.add/delete),
 * 1.2 (autofitColumns), 1.4 (getItemOrNullObject), 1.7 (freezePanes).
 */
import { kolomLetters } from "../planlijst";
import { Oordeel, Raster } from "../rapport";

/** Request bytes per sync (Excel on the web: 5 MB; the rest is formatting). */
const BUDGET = 3.5 * 1024 * 1024;

const OORDEEL_KLEUR: Record<Oordeel, string> = {
  goed: "#C6EFCE",
  matig: "#FFEB9C",
  slecht: "#FFC7CE",
};
const KOP_VULLING = "#DDEBF7";

/** Points per character of column width (Calibri 11: 7 px a character plus 5 px padding). */
const punten = (tekens: number) => Math.round((tekens * 7 + 5) * 0.75);

/** Excel's limit for a text argument of a formula: a longer one makes the whole request fail. */
const FORMULE_TEKST = 255;

/**
 * `=HYPERLINK("#'Blad 1'!C12","C12")`: sheet name quoted with ' doubled, " doubled inside the
 * string, the text cut to 255 characters (a sheet name is at most 31, so the target fits).
 */
export function linkNaar(blad: string, adres: string, tekst: string): string {
  const doel = `#'${blad.replace(/'/g, "''")}'!${adres}`;
  const getoond = tekst.slice(0, FORMULE_TEKST);
  return `=HYPERLINK("${doel.replace(/"/g, '""')}","${getoond.replace(/"/g, '""')}")`;
}

export interface SchrijfOpties {
  /** Show the sheet when written (default true). */
  activeer?: boolean;
}

/** The links per row, each with its formula. */
function linksPerRij(raster: Raster): Map<number, { kolom: number; formule: string }[]> {
  const uit = new Map<number, { kolom: number; formule: string }[]>();
  for (const l of raster.links) {
    const lijst = uit.get(l.rij) ?? [];
    lijst.push({ kolom: l.kolom, formule: linkNaar(l.blad, l.adres, l.tekst) });
    uit.set(l.rij, lijst);
  }
  return uit;
}

/** Writes rows [van, tot): formats, values, then the links of those rows per column. */
function schrijfBlok(
  blad: Excel.Worksheet,
  raster: Raster,
  links: Map<number, { kolom: number; formule: string }[]>,
  van: number,
  tot: number
): void {
  const laatste = kolomLetters(raster.breedte - 1);
  const formaten = raster.formaten.slice(van, tot).map((f, i) => {
    const inRij = links.get(van + i);
    if (!inRij) return f;
    // A formula in a text-formatted cell would show as text.
    const kopie = [...f];
    for (const l of inRij) kopie[l.kolom] = "General";
    return kopie;
  });
  const bereik = blad.getRange(`A${van + 1}:${laatste}${tot}`);
  bereik.numberFormat = formaten;
  bereik.values = raster.waarden.slice(van, tot);
  // Per column, one range from its first to its last link in the block; null leaves a cell as it is.
  const perKolom = new Map<number, Map<number, string>>();
  for (let r = van; r < tot; r++)
    for (const l of links.get(r) ?? []) {
      const kolom = perKolom.get(l.kolom) ?? new Map<number, string>();
      kolom.set(r, l.formule);
      perKolom.set(l.kolom, kolom);
    }
  for (const [kolom, rijen] of perKolom) {
    // Rows were added in ascending order: the first key is the lowest, the last the highest.
    let eerste = -1;
    let laatsteRij = -1;
    for (const r of rijen.keys()) {
      if (eerste < 0) eerste = r;
      laatsteRij = r;
    }
    const letters = kolomLetters(kolom);
    const formules: (string | null)[][] = [];
    for (let r = eerste; r <= laatsteRij; r++) formules.push([rijen.get(r) ?? null]);
    blad.getRange(`${letters}${eerste + 1}:${letters}${laatsteRij + 1}`).formulas =
      formules as string[][];
  }
}

/** Headers, fills for judgements, column widths and frozen rows. */
function maakOp(blad: Excel.Worksheet, raster: Raster): void {
  const laatste = kolomLetters(raster.breedte - 1);
  const n = raster.waarden.length;
  for (const k of raster.koppen) {
    const kop = blad.getRange(`A${k + 1}:${laatste}${k + 1}`);
    kop.format.font.bold = true;
    if (k === 0) kop.format.font.size = 14;
    else if (raster.waarden[k].filter((v) => v !== "").length > 1)
      kop.format.fill.color = KOP_VULLING;
  }
  for (const o of raster.oordelen)
    blad.getRange(`${kolomLetters(o.kolom)}${o.rij + 1}`).format.fill.color =
      OORDEEL_KLEUR[o.oordeel];
  // Fit the columns to the tables (not to a long title in A1), then set the widths the Raster gives.
  const titel = raster.koppen.includes(0) && n > 1;
  if (n > 0) blad.getRange(`A${titel ? 2 : 1}:${laatste}${n}`).format.autofitColumns();
  (raster.kolombreedtes ?? []).forEach((tekens, i) => {
    if (!(tekens > 0)) return;
    const kolom = kolomLetters(i);
    blad.getRange(`${kolom}1`).format.columnWidth = punten(tekens);
    if (n > 1) blad.getRange(`${kolom}2:${kolom}${n}`).format.wrapText = true;
  });
  if (raster.bevrorenRijen) blad.freezePanes.freezeRows(raster.bevrorenRijen);
}

/** Writes (or replaces) the sheet `raster.naam`, in as few syncs as the 5 MB limit allows. */
export async function schrijfRaster(
  context: Excel.RequestContext,
  raster: Raster,
  opties: SchrijfOpties = {}
): Promise<void> {
  await schrijfRasters(context, [raster], opties);
}

/**
 * Writes (or replaces) several sheets together: one sync to see which exist (`vervang`: more
 * names to delete first, e.g. an earlier set of sheets), then all writes in syncs under the
 * budget, usually one. The first sheet is shown (unless `activeer` is false).
 */
export async function schrijfRasters(
  context: Excel.RequestContext,
  rasters: Raster[],
  opties: SchrijfOpties & { vervang?: string[] } = {}
): Promise<void> {
  const bladen = context.workbook.worksheets;
  const namen = [...new Set([...rasters.map((r) => r.naam), ...(opties.vervang ?? [])])];
  const oud = namen.map((n) => bladen.getItemOrNullObject(n).load("name"));
  await context.sync();

  for (const o of oud) if (!o.isNullObject) o.delete();
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const raster of rasters) {
    const blad = bladen.add(raster.naam);
    const links = linksPerRij(raster);
    // Rows in blocks under the budget (values, formats and links); usually all in one sync.
    let van = 0;
    for (let i = 0; i < raster.waarden.length; i++) {
      const r = encoder.encode(
        JSON.stringify(raster.waarden[i]) +
          JSON.stringify(raster.formaten[i]) +
          (links.get(i) ?? []).map((l) => l.formule).join("")
      ).length;
      if (bytes + r > BUDGET && bytes > 0) {
        if (i > van) schrijfBlok(blad, raster, links, van, i);
        van = i;
        // One sync per block, to stay under Excel on the web's 5 MB payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        bytes = 0;
      }
      bytes += r;
    }
    if (raster.waarden.length > van) schrijfBlok(blad, raster, links, van, raster.waarden.length);
    maakOp(blad, raster);
    if (raster === rasters[0] && opties.activeer !== false) blad.activate();
  }
  await context.sync();
}

/** Deletes the sheet of that name, if there is one (the user's sheets are untouched). */
export async function verwijderBlad(context: Excel.RequestContext, naam: string): Promise<boolean> {
  return (await verwijderBladen(context, [naam])).length > 0;
}

/** Deletes those of the named sheets that exist (two syncs, one when none does); returns their names. */
export async function verwijderBladen(
  context: Excel.RequestContext,
  namen: string[]
): Promise<string[]> {
  const oud = namen.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("name"));
  await context.sync();
  const weg = oud.filter((o) => !o.isNullObject);
  if (!weg.length) return [];
  const uit = weg.map((o) => o.name);
  for (const o of weg) o.delete();
  await context.sync();
  return uit;
}
