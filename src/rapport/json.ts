/**
 * The one JSON contract of a check report: `woondeal-toets controleer --json` and the pane's
 * "Exporteer JSON" both write what `rapportAlsJson` returns, and docs/rapport.schema.json
 * describes it (test/rapport/json.test.ts validates both against it).
 *
 * Naming rule: inside the code, records are Dutch (Rapport, PlanlijstBlad, Samenvatting …);
 * the external JSON uses English keys, and this module is the only place that maps one to
 * the other. When an engine record is renamed, only this module (and nothing outside it)
 * changes, and the JSON stays as it is.
 *
 * Exceptions, stated once:
 * - A finding keeps the field names the product specifies, inside and outside:
 *   {rule, severity, article, sheet, row, column, field, value, limit, gemeente, message}.
 * - A plan (`sheets[].plans[]`) and a column's `meaning` are the planlijst reader's records
 *   with their Dutch keys (naam, rij, bruto, planstatus …; soort, veld …), as `--json` has
 *   written them from the start: scripts read them, so they are passed on unchanged.
 * - Dutch domain words that have no English equivalent stay in English keys: gemeente,
 *   bruto, sloop, koop, huur, grensjaar, planlijst.
 * - Values are never translated: severities are "error"/"warning"/"info", segments and
 *   statuses are the deal's Dutch words.
 *
 * New keys follow the rule; keys `--json` already had are kept (thresholds.datum, grensjaar).
 */
import { Bron, Prijsgrenzen } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan } from "../planlijst/plan";
import { Kolom } from "../planlijst/kolommen";
import { Bevinding } from "../rules/bevinding";
import { Samenvatting } from "../rules/samenvatting";
import { Rapport } from "../rules/toets";

export interface SourceJson {
  document: string;
  article: string | null;
  reference: string | null;
}

export interface ThresholdsJson {
  koop: number;
  huur: number;
  socialeHuur: number;
  middenhuurMin: number;
  /** ISO date of the limits used. */
  datum: string;
  sources: Record<"koop" | "huur" | "socialeHuur" | "middenhuurMin", SourceJson>;
}

export interface ColumnJson {
  column: string;
  header: string;
  meaning: Kolom["betekenis"];
  manual: boolean;
  certainty: "zeker" | "waarschijnlijk" | "inhoud" | null;
  why: string | null;
  summed: boolean;
  statusDate: string | null;
}

export interface SheetJson {
  name: string;
  isPlanlijst: boolean;
  reason: string | null;
  headerRow: number | null;
  gemeente: string | null;
  layout: { code: string; name: string } | null;
  hasYearInfo: boolean;
  lastRow: number;
  planCount: number;
  columns: ColumnJson[];
  unknownHeaders: { column: string; header: string; looksLike: string | null }[];
  otherHeaders: { column: string; header: string; what: string }[];
  skippedRows: { row: number; kind: string; text: string | null }[];
  notes: { kind: string; row: number | null; column: string | null; text: string }[];
  /** Left out when the report leaves out plans (`plansOmitted`). */
  plans?: Plan[];
}

/**
 * The summary per gemeente as the JSON names it. Declared apart from the engine's Samenvatting
 * on purpose (today the names coincide): when the engine's fields get Dutch names, this type
 * and the JSON stay as they are, and `samenvatting()` below is the one mapping to change.
 */
export interface SummaryJson {
  inDeal: boolean;
  plans: number;
  bruto: number;
  sloop: number;
  net: number;
  netInPeriod: number;
  netUnknownYear: number;
  hard: number;
  soft: number;
  unknownStatus: number;
  realised: number;
  socialRent: number;
  midRent: number;
  expensiveRent: number;
  affordableBuy: number;
  expensiveBuy: number;
  unknownSegment: number;
  knownSegmentFrom2025: number;
  unknownSegmentFrom2025: number;
  affordableFrom2025: number;
  affordableShareFrom2025: number | null;
  plannedNextFiveYears: number;
  hardNextFiveYears: number;
  requiredNextFiveYears: number | null;
  target: number | null;
  coverage: number | null;
  perYear: Record<string, number>;
  flex: number;
  transformation: number;
  targetGroups: Record<string, number>;
}

export interface RapportJson {
  /** The file checked (CLI), or null (the pane checks the open workbook). */
  file: string | null;
  referenceDate: string;
  grensjaar: number | null;
  /** Which plan statuses count as hard: "ruim" (1A–2C) or "streng" (art. 1h). */
  hardness: "ruim" | "streng";
  thresholds: ThresholdsJson;
  dealGemeenten: string[];
  plansOutsideDeal: number;
  /** True when the plan rows are left out (`maxPlans`); findings and summary are always whole. */
  plansOmitted: boolean;
  sheets: SheetJson[];
  findings: Bevinding[];
  summary: {
    byGemeente: Record<string, SummaryJson>;
    region: SummaryJson & { gemeenten: string[] };
  };
}

export interface JsonOpties {
  /** The file checked; null (default) when there is none. */
  bestand?: string | null;
  /** Above this many plans in all sheets together, the plan rows are left out (default: never). */
  maxPlannen?: number;
}

function bron(b: Bron): SourceJson {
  return { document: b.document, article: b.artikel ?? null, reference: b.verwijzing ?? null };
}

function drempels(g: Prijsgrenzen): ThresholdsJson {
  return {
    koop: g.koop,
    huur: g.huur,
    socialeHuur: g.socialeHuur,
    middenhuurMin: g.middenhuurMin,
    datum: g.datum,
    sources: {
      koop: bron(g.bronnen.koop),
      huur: bron(g.bronnen.huur),
      socialeHuur: bron(g.bronnen.socialeHuur),
      middenhuurMin: bron(g.bronnen.middenhuurMin),
    },
  };
}

function kolom(k: Kolom): ColumnJson {
  return {
    column: k.letters,
    header: k.kop,
    meaning: k.betekenis,
    manual: k.handmatig === true,
    certainty: k.zekerheid ?? null,
    why: k.waarom ?? null,
    summed: k.optellen === true,
    statusDate: k.statusDatum ? (k.statusDatum.code ?? k.statusDatum.omschrijving) : null,
  };
}

function blad(b: PlanlijstBlad, metPlannen: boolean): SheetJson {
  return {
    name: b.naam,
    isPlanlijst: b.isPlanlijst,
    reason: b.reden ?? null,
    headerRow: b.kopRij ?? null,
    gemeente: b.gemeente ?? null,
    layout: b.indeling ? { code: b.indeling.code, name: b.indeling.naam } : null,
    hasYearInfo: b.heeftJaarinformatie,
    lastRow: b.laatsteRij,
    planCount: b.plannen.length,
    columns: b.kolommen.map(kolom),
    unknownHeaders: b.onbekendeKoppen.map((o) => ({
      column: o.kolom,
      header: o.kop,
      looksLike: o.lijkt ?? null,
    })),
    otherHeaders: (b.overigeKoppen ?? []).map((o) => ({
      column: o.kolom,
      header: o.kop,
      what: o.wat,
    })),
    skippedRows: b.overgeslagen.map((o) => ({ row: o.rij, kind: o.soort, text: o.tekst ?? null })),
    notes: (b.meldingen ?? []).map((m) => ({
      kind: m.soort,
      row: m.rij ?? null,
      column: m.kolom ?? null,
      text: m.tekst,
    })),
    ...(metPlannen ? { plans: b.plannen } : {}),
  };
}

/** Field by field, so that renaming a field of Samenvatting never changes the JSON. */
function samenvatting(s: Samenvatting): SummaryJson {
  return {
    inDeal: s.inDeal,
    plans: s.plannen,
    bruto: s.bruto,
    sloop: s.sloop,
    net: s.netto,
    netInPeriod: s.nettoInPeriode,
    netUnknownYear: s.nettoJaarOnbekend,
    hard: s.hard,
    soft: s.zacht,
    unknownStatus: s.statusOnbekend,
    realised: s.gerealiseerd,
    socialRent: s.socialeHuur,
    midRent: s.middenhuur,
    expensiveRent: s.dureHuur,
    affordableBuy: s.betaalbareKoop,
    expensiveBuy: s.dureKoop,
    unknownSegment: s.segmentOnbekend,
    knownSegmentFrom2025: s.segmentBekendVanaf2025,
    unknownSegmentFrom2025: s.segmentOnbekendVanaf2025,
    affordableFrom2025: s.betaalbaarVanaf2025,
    affordableShareFrom2025: s.aandeelBetaalbaarVanaf2025,
    plannedNextFiveYears: s.komendeVijfJaar,
    hardNextFiveYears: s.hardKomendeVijfJaar,
    requiredNextFiveYears: s.vereistKomendeVijfJaar,
    target: s.doel,
    coverage: s.dekking,
    perYear: { ...s.perJaar },
    flex: s.flex,
    transformation: s.transformatie,
    targetGroups: { ...s.doelgroepen },
  };
}

/** The report as the external JSON (a plain object; the doors serialise it). */
export function rapportAlsJson(rapport: Rapport, opties: JsonOpties = {}): RapportJson {
  const totaal = rapport.bladen.reduce((n, b) => n + b.plannen.length, 0);
  const weglaten = totaal > (opties.maxPlannen ?? Infinity);
  // fromEntries defines own properties: a gemeente named "__proto__" stays a key.
  const perGemeente: Record<string, SummaryJson> = Object.fromEntries(
    Object.entries(rapport.samenvatting.perGemeente).map(([naam, s]) => [naam, samenvatting(s)])
  );
  return {
    file: opties.bestand ?? null,
    referenceDate: rapport.peildatum,
    grensjaar: rapport.grensjaar ?? null,
    hardness: rapport.hardheid ?? "ruim",
    thresholds: drempels(rapport.grenzen),
    dealGemeenten: [...rapport.dealGemeenten],
    plansOutsideDeal: rapport.plannenBuitenDeal,
    plansOmitted: weglaten,
    sheets: rapport.bladen.map((b) => blad(b, !weglaten)),
    findings: rapport.bevindingen,
    summary: {
      byGemeente: perGemeente,
      region: {
        ...samenvatting(rapport.samenvatting.regio),
        gemeenten: [...rapport.samenvatting.regio.gemeenten],
      },
    },
  };
}
