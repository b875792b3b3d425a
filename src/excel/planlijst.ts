/**
 * Reads sheets into grids for the planlijst reader, in a small number of syncs that does not
 * grow with the number of rows:
 *
 * 1. (only without a given sheet) the sheet names;
 * 2. per sheet the used range (`getUsedRangeOrNullObject(true)`: values only, so formatted
 *    but empty rows far below don't count) and a sample: the used part of rows 1–200 with
 *    its values, to estimate the JSON size of a cell;
 * 3. (only when a used range is huge, > 100,000 rows — e.g. one stray value in row
 *    1,048,576) the used range of every band of 4,096 rows, so empty bands are skipped;
 * 4. the values, in blocks of rows, all queued before one sync as long as the estimate
 *    stays under 4 MB (Excel on the web refuses a request or response over 5 MB); a larger
 *    sheet takes one more sync per 4 MB. If Excel still refuses a sync for its size, the
 *    blocks are split and read again.
 *
 * Values come as Office.js gives them: numbers, strings, booleans, "" for empty cells and
 * error values as strings such as "#REF!" (the planlijst reader understands these).
 *
 * Hidden sheets (also "very hidden" ones) are read, with their visibility; hidden rows come
 * from the used range's `rowHidden` (loaded with its size) and, only when some rows are
 * hidden, the visible areas (`getSpecialCellsOrNullObject("Visible")`) in the values sync:
 * no extra sync.
 *
 * Bounds, each said in Dutch in `opmerkingen`: a used range wider than 256 columns (a stray
 * value far to the right) is read up to column IV; empty bands of a huge used range are
 * skipped; a text longer than 2,000 characters is read as its first 2,000.
 *
 * Requirement sets: ExcelApi 1.4 (getUsedRangeOrNullObject, *OrNullObject), 1.9
 * (getSpecialCellsOrNullObject), 1.2 (rowHidden), 1.1 otherwise.
 */
import { WerkmapInvoer, Raster, kolomLetters, leesGebieden } from "../planlijst";
import { isEigenBlad } from "./namen";

export interface GelezenBlad extends WerkmapInvoer {
  /** Worksheet id (matches WorksheetChangedEventArgs.worksheetId). */
  id: string;
  /** 0-based row and column of the grid's top-left cell (= oorsprong). */
  rijIndex: number;
  kolomIndex: number;
  /** Size of the used range that was read (rows with holes for skipped empty bands). */
  rijen: number;
  kolommen: number;
  /** Dutch remarks on what was read in a bounded way (empty when everything was read). */
  opmerkingen: string[];
}

export interface LeesOpties {
  /** Read only this sheet (else every sheet except the add-in's own: report and summary sheets). */
  blad?: string;
  /** Read only the active sheet (measured in the first sync, without the sheet names). */
  actief?: boolean;
  /** Queue extra loads (state of earlier marks, …) so they travel with the first values sync. */
  metWaardenSync?: (context: Excel.RequestContext, bladen: GelezenBereik[]) => void;
  /** Queue extra loads (settings, …) so they travel with the first sync. */
  metEersteSync?: (context: Excel.RequestContext) => void;
  /** Bytes per sync to plan for (default 4 MB). */
  budget?: number;
}

export const STANDAARD_BUDGET = 4 * 1024 * 1024;

/** A sheet being read and its used range (for loads that travel with the values). */
export interface GelezenBereik {
  naam: string;
  gebruikt: Excel.Range;
}
const STEEKPROEF_RIJEN = 200;
const GROOT = 100_000;
const BAND = 4_096;
/** Largest block of rows queued as one range read. */
const BLOK_MAX_RIJEN = 5_000;
/** Widest used range read (columns A..IV); a planlijst has a few dozen columns. */
export const MAX_KOLOMMEN = 256;
/** Longest text read from a cell. */
export const MAX_TEKST = 2_000;

const ZICHTBAARHEID: Record<string, GelezenBlad["zichtbaarheid"]> = {
  Visible: "zichtbaar",
  Hidden: "verborgen",
  VeryHidden: "zeer verborgen",
};

function getal(n: number): string {
  return n.toLocaleString("nl-NL");
}

export class LeesFout extends Error {}

interface Omvang {
  naam: string;
  id: string;
  zichtbaarheid?: string;
  gebruikt: Excel.Range;
  steekproef: Excel.Range;
}

interface Segment {
  /** 0-based first row and row count. */
  r: number;
  rijen: number;
}

interface Plan {
  naam: string;
  id: string;
  zichtbaarheid?: string;
  opmerkingen: string[];
  /** Some rows hidden: the visible areas are loaded with the values. */
  zichtbaar?: Excel.RangeAreas;
  gebruikt?: Excel.Range;
  r: number;
  c: number;
  rijen: number;
  kolommen: number;
  segmenten: Segment[];
  bytesPerCel: number;
}

interface Blok {
  plan: Plan;
  r: number;
  rijen: number;
}

/** Reads the planlijst sheets (or one sheet) into grids with their origin address. */
export async function leesPlanlijstBladen(
  context: Excel.RequestContext,
  opties: LeesOpties = {}
): Promise<GelezenBlad[]> {
  const budget = opties.budget ?? STANDAARD_BUDGET;
  const omvang =
    opties.blad !== undefined || opties.actief
      ? await meetEenBlad(context, opties)
      : await meetAlleBladen(context, opties);

  const plannen = omvang.map(planVan);
  const groot = plannen.filter((p) => p.rijen > GROOT);
  if (groot.length) await zoekGevuldeBanden(context, groot);
  for (const p of groot) meldLegeBanden(p);

  const rasters = await leesWaarden(context, plannen, opties, budget);
  return plannen.map((p) => gelezenBlad(p, rasters.get(p)!));
}

/** Syncs 1–2 for one sheet (given or active): its name, id and visibility with its size. */
async function meetEenBlad(context: Excel.RequestContext, opties: LeesOpties): Promise<Omvang[]> {
  const bladen = context.workbook.worksheets;
  const blad =
    opties.blad !== undefined ? bladen.getItem(opties.blad) : bladen.getActiveWorksheet();
  blad.load("name,id,visibility");
  const omvang = [meetOmvang(blad, opties.blad ?? "", "")];
  opties.metEersteSync?.(context);
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code === "ItemNotFound")
      throw new LeesFout(`Blad "${opties.blad}" bestaat niet in deze werkmap.`);
    throw e;
  }
  omvang[0].naam = blad.name;
  omvang[0].id = blad.id;
  omvang[0].zichtbaarheid = blad.visibility;
  return omvang;
}

/** Syncs 1–2 for every sheet but the add-in's own: the names, then the sizes. */
async function meetAlleBladen(
  context: Excel.RequestContext,
  opties: LeesOpties
): Promise<Omvang[]> {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name,items/id,items/visibility");
  opties.metEersteSync?.(context);
  await context.sync();
  // Hidden and very hidden sheets are read too: the reader reports them.
  const namen = bladen.items
    .filter((b) => !isEigenBlad(b.name))
    .map((b) => ({ naam: b.name, id: b.id, zichtbaarheid: b.visibility }));
  const omvang = namen.map((n) => ({
    ...meetOmvang(bladen.getItem(n.naam), n.naam, n.id),
    zichtbaarheid: n.zichtbaarheid,
  }));
  if (omvang.length) await context.sync();
  return omvang;
}

/** The read plan of a measured sheet; queues its visible areas when some rows are hidden. */
function planVan(o: Omvang): Plan {
  const g = o.gebruikt;
  if (g.isNullObject) {
    return {
      naam: o.naam,
      id: o.id,
      zichtbaarheid: o.zichtbaarheid,
      opmerkingen: [],
      r: 0,
      c: 0,
      rijen: 0,
      kolommen: 0,
      segmenten: [],
      bytesPerCel: 0,
    };
  }
  const plan: Plan = {
    naam: o.naam,
    id: o.id,
    zichtbaarheid: o.zichtbaarheid,
    opmerkingen: [],
    gebruikt: g,
    r: g.rowIndex,
    c: g.columnIndex,
    rijen: g.rowCount,
    kolommen: Math.min(g.columnCount, MAX_KOLOMMEN),
    segmenten: [{ r: g.rowIndex, rijen: g.rowCount }],
    bytesPerCel: schatBytesPerCel(o.steekproef),
  };
  if (g.columnCount > MAX_KOLOMMEN) {
    const laatste = kolomLetters(g.columnIndex + g.columnCount - 1);
    const tot = kolomLetters(g.columnIndex + MAX_KOLOMMEN - 1);
    plan.opmerkingen.push(
      `Blad "${o.naam}": het gebruikte bereik loopt tot kolom ${laatste}; alleen de kolommen ${kolomLetters(g.columnIndex)} tot en met ${tot} zijn gelezen. Staat er ver naar rechts nog iets (bijvoorbeeld een spatie)? Wis die cellen, dan wordt het hele blad gelezen.`
    );
  }
  // rowHidden: false = no hidden rows, true = all, null = some (then read the visible areas).
  if (g.rowHidden !== false) {
    plan.zichtbaar = g.getSpecialCellsOrNullObject("Visible");
    plan.zichtbaar.load("address");
  }
  return plan;
}

/** A remark when fewer than half the rows of a huge used range hold values. */
function meldLegeBanden(p: Plan): void {
  const gevuld = p.segmenten.reduce((n, s) => n + s.rijen, 0);
  if (gevuld < p.rijen / 2)
    p.opmerkingen.push(
      `Blad "${p.naam}": het gebruikte bereik loopt tot rij ${getal(p.r + p.rijen)}, maar alleen ${getal(gevuld)} rijen bevatten waarden; de lege stukken zijn overgeslagen.`
    );
}

/** Sync 4 onwards: the values of every plan, in blocks within the budget. */
async function leesWaarden(
  context: Excel.RequestContext,
  plannen: Plan[],
  opties: LeesOpties,
  budget: number
): Promise<Map<Plan, Raster>> {
  const rasters = new Map<Plan, Raster>();
  for (const p of plannen) {
    const raster: Raster = [];
    raster.length = p.rijen;
    rasters.set(p, raster);
  }
  const blokken = plannen.flatMap((p) => verdeel(p, budget));
  opties.metWaardenSync?.(
    context,
    plannen.filter((p) => p.gebruikt).map((p) => ({ naam: p.naam, gebruikt: p.gebruikt! }))
  );
  await leesBlokken(context, blokken, budget, (blok, waarden) => {
    const raster = rasters.get(blok.plan)!;
    for (let i = 0; i < waarden.length; i++) raster[blok.r - blok.plan.r + i] = waarden[i];
  });
  return rasters;
}

/** The sheet as read, for the planlijst reader. */
function gelezenBlad(p: Plan, raster: Raster): GelezenBlad {
  return {
    naam: p.naam,
    id: p.id,
    ...(p.zichtbaarheid ? { zichtbaarheid: ZICHTBAARHEID[p.zichtbaarheid] ?? "zichtbaar" } : {}),
    ...(p.zichtbaar ? { verborgenRijen: verborgenRijen(p) } : {}),
    opmerkingen: [...p.opmerkingen, ...begrensTeksten(p.naam, raster, p.r, p.c)],
    raster,
    oorsprong: `${kolomLetters(p.c)}${p.r + 1}`,
    rijIndex: p.r,
    kolomIndex: p.c,
    rijen: p.rijen,
    kolommen: p.kolommen,
  };
}

/** Hidden rows (1-based) of a sheet: rows of the used range outside its visible areas. */
function verborgenRijen(p: Plan): number[] {
  const zichtbaar = new Set<number>();
  if (!p.zichtbaar!.isNullObject) {
    for (const g of leesGebieden(p.zichtbaar!.address) ?? []) {
      // Only the rows of the used range matter (a visible area may be whole columns).
      const van = Math.max(g.r0, p.r + 1);
      const tot = Math.min(g.r1, p.r + p.rijen);
      for (let r = van; r <= tot; r++) zichtbaar.add(r);
    }
  }
  const uit: number[] = [];
  for (let r = p.r + 1; r <= p.r + p.rijen; r++) if (!zichtbaar.has(r)) uit.push(r);
  return uit;
}

/** Texts over MAX_TEKST characters are cut to that length (in the copy read, never in the sheet). */
function begrensTeksten(naam: string, raster: Raster, r0: number, c0: number): string[] {
  const lang: string[] = [];
  raster.forEach((rij, i) =>
    rij?.forEach((v, j) => {
      if (typeof v === "string" && v.length > MAX_TEKST) {
        lang.push(`${kolomLetters(c0 + j)}${r0 + i + 1}`);
        rij[j] = v.slice(0, MAX_TEKST);
      }
    })
  );
  if (!lang.length) return [];
  const cellen =
    lang.slice(0, 5).join(", ") + (lang.length > 5 ? ` en ${lang.length - 5} andere` : "");
  return [
    `Blad "${naam}": ${lang.length === 1 ? "cel" : "de cellen"} ${cellen} ${lang.length === 1 ? "bevat" : "bevatten"} een tekst van meer dan ${getal(MAX_TEKST)} tekens; alleen de eerste ${getal(MAX_TEKST)} zijn gelezen.`,
  ];
}

function meetOmvang(blad: Excel.Worksheet, naam: string, id: string): Omvang {
  const gebruikt = blad.getUsedRangeOrNullObject(true);
  gebruikt.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  const steekproef = blad.getRange(`1:${STEEKPROEF_RIJEN}`).getUsedRangeOrNullObject(true);
  steekproef.load("values");
  return { naam, id, gebruikt, steekproef };
}

/** JSON bytes per cell of the sample, with a margin; 16 when there is no sample. */
function schatBytesPerCel(steekproef: Excel.Range): number {
  if (steekproef.isNullObject) return 16;
  const waarden = steekproef.values;
  const cellen = waarden.length * (waarden[0]?.length ?? 1);
  const bytes = new TextEncoder().encode(JSON.stringify(waarden)).length;
  return Math.max(4, (bytes / Math.max(1, cellen)) * 1.25);
}

/** For huge used ranges: which bands of rows hold values (one sync for all such sheets). */
async function zoekGevuldeBanden(context: Excel.RequestContext, plannen: Plan[]) {
  const proeven: { plan: Plan; bereik: Excel.Range }[] = [];
  for (const plan of plannen) {
    const blad = context.workbook.worksheets.getItem(plan.naam);
    for (let r = plan.r; r < plan.r + plan.rijen; r += BAND) {
      const rijen = Math.min(BAND, plan.r + plan.rijen - r);
      const bereik = blad
        .getRangeByIndexes(r, plan.c, rijen, plan.kolommen)
        .getUsedRangeOrNullObject(true);
      bereik.load("rowIndex,rowCount");
      proeven.push({ plan, bereik });
    }
  }
  await context.sync();
  for (const plan of plannen) plan.segmenten = [];
  for (const { plan, bereik } of proeven) {
    if (bereik.isNullObject) continue;
    const vorige = plan.segmenten[plan.segmenten.length - 1];
    if (vorige && vorige.r + vorige.rijen === bereik.rowIndex) vorige.rijen += bereik.rowCount;
    else plan.segmenten.push({ r: bereik.rowIndex, rijen: bereik.rowCount });
  }
}

/** Blocks of rows of a sheet, each at most BLOK_MAX_RIJEN rows and a quarter of the budget. */
function verdeel(plan: Plan, budget: number): Blok[] {
  if (plan.kolommen === 0) return [];
  const perRij = Math.max(1, plan.kolommen * plan.bytesPerCel);
  const maxRijen = Math.max(1, Math.min(BLOK_MAX_RIJEN, Math.floor(budget / 4 / perRij)));
  const blokken: Blok[] = [];
  for (const s of plan.segmenten) {
    for (let r = s.r; r < s.r + s.rijen; r += maxRijen) {
      blokken.push({ plan, r, rijen: Math.min(maxRijen, s.r + s.rijen - r) });
    }
  }
  return blokken;
}

function schatting(b: Blok): number {
  return b.rijen * b.plan.kolommen * b.plan.bytesPerCel;
}

/** Groups blocks into syncs under the budget, reads them; splits and retries when Excel refuses a sync for its size. */
async function leesBlokken(
  context: Excel.RequestContext,
  blokken: Blok[],
  budget: number,
  ontvang: (blok: Blok, waarden: Raster) => void
) {
  const groepen: Blok[][] = [];
  let groep: Blok[] = [];
  let bytes = 0;
  for (const b of blokken) {
    const s = schatting(b);
    if (groep.length && bytes + s > budget) {
      groepen.push(groep);
      groep = [];
      bytes = 0;
    }
    groep.push(b);
    bytes += s;
  }
  if (groep.length) groepen.push(groep);
  // An empty workbook still takes its value sync, so the count stays the same for every size.
  if (groepen.length === 0) groepen.push([]);
  for (const g of groepen) await leesGroep(context, g, ontvang);
}

async function leesGroep(
  context: Excel.RequestContext,
  groep: Blok[],
  ontvang: (blok: Blok, waarden: Raster) => void
): Promise<void> {
  const bereiken = groep.map((b) => {
    const bereik = context.workbook.worksheets
      .getItem(b.plan.naam)
      .getRangeByIndexes(b.r, b.plan.c, b.rijen, b.plan.kolommen);
    bereik.load("values");
    return bereik;
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isOmvangFout(e)) throw e;
    if (groep.length > 1) {
      const helft = Math.ceil(groep.length / 2);
      await leesGroep(context, groep.slice(0, helft), ontvang);
      await leesGroep(context, groep.slice(helft), ontvang);
      return;
    }
    const b = groep[0];
    if (b.rijen <= 1) {
      throw new LeesFout(
        `Rij ${b.r + 1} van blad "${b.plan.naam}" is te groot om in één keer te lezen (Excel staat hooguit 5 MB per keer toe).`
      );
    }
    const helft = Math.ceil(b.rijen / 2);
    await leesGroep(context, [{ ...b, rijen: helft }], ontvang);
    await leesGroep(context, [{ ...b, r: b.r + helft, rijen: b.rijen - helft }], ontvang);
    return;
  }
  groep.forEach((b, i) => ontvang(b, bereiken[i].values as Raster));
}

/** Excel on the web refuses requests or responses over its payload limit with these codes. */
export function isOmvangFout(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code ?? "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/.test(
    code
  );
}

/**
 * Queues the read of some rows of one sheet (e.g. the header and the rows a user changed),
 * columns `kolomIndex`..`kolomIndex + kolommen - 1`; consecutive rows become one range.
 * After the next sync the returned function gives row number (1-based) → values.
 */
export function laadRijen(
  context: Excel.RequestContext,
  blad: string,
  rijen: number[],
  kolomIndex: number,
  kolommen: number
): () => Map<number, Raster[number]> {
  const sheet = context.workbook.worksheets.getItem(blad);
  const uniek = [...new Set(rijen)].filter((r) => r >= 1).sort((a, b) => a - b);
  const stukken: { van: number; tot: number; bereik?: Excel.Range }[] = [];
  for (const r of uniek) {
    const laatste = stukken[stukken.length - 1];
    if (laatste && laatste.tot === r - 1) laatste.tot = r;
    else stukken.push({ van: r, tot: r });
  }
  for (const s of stukken) {
    s.bereik = sheet.getRangeByIndexes(
      s.van - 1,
      kolomIndex,
      s.tot - s.van + 1,
      Math.max(1, kolommen)
    );
    s.bereik.load("values");
  }
  return () => {
    const uit = new Map<number, Raster[number]>();
    for (const s of stukken) {
      const waarden = s.bereik!.values;
      for (let i = 0; i < waarden.length; i++) uit.set(s.van + i, waarden[i]);
    }
    return uit;
  };
}

/** Reads some rows of one sheet in one sync (see laadRijen). */
export async function leesRijen(
  context: Excel.RequestContext,
  blad: string,
  rijen: number[],
  kolomIndex: number,
  kolommen: number
): Promise<Map<number, Raster[number]>> {
  const lees = laadRijen(context, blad, rijen, kolomIndex, kolommen);
  await context.sync();
  return lees();
}
