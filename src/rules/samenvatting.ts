/** Totals per gemeente and for the region: the numbers the deal's targets are held against. */
import { GEMEENTEN, GemeenteNaam, REGIO, herkenGemeente } from "../deal/gemeenten";
import { aandeelVan, jaarschijfVan } from "../deal/instellingen";
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan, brutoVan, nettoVan } from "../planlijst/plan";
import { BETAALBARE_SEGMENTEN, Hardheid, Segment } from "../planlijst/waarden";
import { aantal } from "./bevinding";
import { ToetsContext, hardheidVan } from "./context";
import { vindDubbelen } from "./rijregels";
import { leveringVan, somInJaren, somInPeriode } from "./levering";
import { segmentVan } from "./prijzen";

export type Categorie = Segment | "huur" | "koop" | "onbekend";

export interface Samenvatting {
  /** True for the deal's four gemeenten and the region. */
  inDeal: boolean;
  plannen: number;
  bruto: number;
  sloop: number;
  netto: number;
  /** Net homes delivered 2022–2030 (plans without a year count when the list has no years at all). */
  nettoInPeriode: number;
  /** Net homes of plans whose delivery year is unknown (not in netInPeriod). */
  nettoJaarOnbekend: number;
  hard: number;
  zacht: number;
  statusOnbekend: number;
  /** Net homes already delivered (status opgeleverd). */
  gerealiseerd: number;
  /** Net homes in the period per segment. */
  socialeHuur: number;
  middenhuur: number;
  dureHuur: number;
  betaalbareKoop: number;
  dureKoop: number;
  /** Net homes in the period whose segment (or affordability) is not known. */
  segmentOnbekend: number;
  /** Gross homes delivered 2025–2030 with a known segment, and of those the affordable ones. */
  segmentBekendVanaf2025: number;
  /** Gross homes delivered 2025–2030 whose segment cannot be told (left out of the ⅔ share). */
  segmentOnbekendVanaf2025: number;
  betaalbaarVanaf2025: number;
  aandeelBetaalbaarVanaf2025: number | null;
  /** Net homes in the coming five years (from the reference year): all, and hard ones. */
  komendeVijfJaar: number;
  hardKomendeVijfJaar: number;
  /** Required production in the coming five years from bijlage 3 jaarschijven, when set. */
  vereistKomendeVijfJaar: number | null;
  /** Gemeentelijk aandeel (bijlage 3) or the regional 4,177; null when not set. */
  doel: number | null;
  /** netInPeriod ÷ target (1.3 = the 130% of art. 4.10). */
  dekking: number | null;
  /** Net homes per year 2022–2030. */
  perJaar: Record<string, number>;
  /** Net homes in the period that are flexwoningen, and that come from transformatie (art. 4.13). */
  flex: number;
  transformatie: number;
  /** Net homes in the period per doelgroep as the list names it (art. 4.9, 7.3); "" = none given. */
  doelgroepen: Record<string, number>;
}

export interface SamenvattingResultaat {
  perGemeente: Record<string, Samenvatting>;
  regio: Samenvatting & { gemeenten: GemeenteNaam[] };
}

function leeg(inDeal: boolean): Samenvatting {
  return {
    inDeal,
    plannen: 0,
    bruto: 0,
    sloop: 0,
    netto: 0,
    nettoInPeriode: 0,
    nettoJaarOnbekend: 0,
    hard: 0,
    zacht: 0,
    statusOnbekend: 0,
    gerealiseerd: 0,
    socialeHuur: 0,
    middenhuur: 0,
    dureHuur: 0,
    betaalbareKoop: 0,
    dureKoop: 0,
    segmentOnbekend: 0,
    segmentBekendVanaf2025: 0,
    segmentOnbekendVanaf2025: 0,
    betaalbaarVanaf2025: 0,
    aandeelBetaalbaarVanaf2025: null,
    komendeVijfJaar: 0,
    hardKomendeVijfJaar: 0,
    vereistKomendeVijfJaar: null,
    doel: null,
    dekking: null,
    perJaar: {},
    flex: 0,
    transformatie: 0,
    doelgroepen: {},
  };
}

/** A transformatie (art. 4.13): the row says so, or its plantype is transformatie or functieverandering. */
export function isTransformatie(plan: Plan): boolean {
  return (
    plan.transformatie === true ||
    (plan.transformatie === undefined &&
      plan.plantype !== undefined &&
      /transformatie|functieverandering/i.test(plan.plantype))
  );
}

/** A doelgroep as one key: trimmed, first letter upper case ("starters" and "Starters" together). */
function doelgroepSleutel(d: string | undefined): string {
  if (!d) return "";
  const t = d.trim().replace(/\s+/g, " ");
  return t ? t.charAt(0).toUpperCase() + t.slice(1).toLowerCase() : "";
}

const SEGMENT_VELD: Record<
  Segment,
  "socialeHuur" | "middenhuur" | "dureHuur" | "betaalbareKoop" | "dureKoop"
> = {
  "sociale huur": "socialeHuur",
  middenhuur: "middenhuur",
  "dure huur": "dureHuur",
  "betaalbare koop": "betaalbareKoop",
  "dure koop": "dureKoop",
};

export type Samenstelling = readonly (readonly [Categorie, number])[];

/** A plan wholly of one category: one shared, frozen list per category, not one per plan. */
const GEHEEL = new Map<Categorie, Samenstelling>();
function geheel(c: Categorie): Samenstelling {
  let s = GEHEEL.get(c);
  if (!s) GEHEEL.set(c, (s = Object.freeze([Object.freeze([c, 1] as const)])));
  return s;
}

/** What a plan's homes are made of, as fractions per category. */
export function samenstelling(plan: Plan, ctx: ToetsContext): Samenstelling {
  const aantallen = Object.entries(plan.segmentAantallen) as [Categorie, number][];
  if (aantallen.length) {
    const totaal = aantallen.reduce((s, [, n]) => s + n, 0);
    if (totaal > 0) return aantallen.map(([c, n]) => [c, n / totaal]);
  }
  return geheel(segmentVan(plan, ctx) ?? plan.eigendom ?? "onbekend");
}

export interface PlanCijfers {
  gemeente: string;
  inDeal: boolean;
  bruto: number;
  sloop: number;
  netto: number;
  nettoInPeriode: number;
  nettoZonderJaar: number;
  nettoPerJaar: Map<number, number>;
  brutoVanaf2025: number;
  samenstelling: Samenstelling;
  hardheid: Hardheid;
  gerealiseerd: boolean;
  flex: boolean;
  transformatie: boolean;
  /** The doelgroep as one key (doelgroepSleutel). */
  doelgroep: string;
  /** Net homes in the five years from the peildatum's year (art. 4.10). */
  komendeVijfJaar: number;
}

/**
 * The numbers one plan adds to its gemeente's totals, and to the region's: everything taken
 * from the plan is worked out here once, so adding it to two totals is only additions.
 */
export function cijfersVan(plan: Plan, blad: PlanlijstBlad, ctx: ToetsContext): PlanCijfers {
  const lev = leveringVan(plan);
  const zonderJaarTelt = !blad.heeftJaarinformatie;
  const vanaf = AFSPRAKEN.betaalbaarAandeel.vanafJaar;
  // A plan of the region as a whole ("Zuidoost Drenthe") is in the deal: it counts for the region.
  const regio =
    plan.gemeente === undefined &&
    plan.gemeenteTekst !== undefined &&
    herkenGemeente(plan.gemeenteTekst).soort === "regio";
  const vijfTot = ctx.peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1;
  return {
    gemeente:
      plan.gemeente ?? (regio ? REGIO : (plan.gemeenteTekst?.trim() ?? "(gemeente onbekend)")),
    inDeal: plan.gemeente !== undefined || regio,
    bruto: brutoVan(plan),
    sloop: plan.sloop ?? 0,
    netto: nettoVan(plan),
    nettoInPeriode: somInPeriode(lev.nettoPerJaar) + (zonderJaarTelt ? lev.nettoZonderJaar : 0),
    nettoZonderJaar: zonderJaarTelt ? 0 : lev.nettoZonderJaar,
    nettoPerJaar: lev.nettoPerJaar,
    brutoVanaf2025:
      somInJaren(lev.brutoPerJaar, vanaf, PERIODE.tot) + (zonderJaarTelt ? lev.brutoZonderJaar : 0),
    samenstelling: samenstelling(plan, ctx),
    hardheid: hardheidVan(plan.planstatus, ctx),
    gerealiseerd: plan.planstatus?.gerealiseerd === true,
    flex: plan.flex === true,
    transformatie: isTransformatie(plan),
    doelgroep: doelgroepSleutel(plan.doelgroep),
    komendeVijfJaar: somInJaren(lev.nettoPerJaar, ctx.peiljaar, vijfTot),
  };
}

/** Adds a share of a plan's homes to the total of its category. */
function telCategorie(s: Samenvatting, cat: Categorie, c: PlanCijfers, deel: number) {
  const bekend = cat !== "huur" && cat !== "koop" && cat !== "onbekend";
  if (bekend) {
    s[SEGMENT_VELD[cat]] += c.nettoInPeriode * deel;
    s.segmentBekendVanaf2025 += c.brutoVanaf2025 * deel;
    if (BETAALBARE_SEGMENTEN.has(cat)) s.betaalbaarVanaf2025 += c.brutoVanaf2025 * deel;
  } else {
    s.segmentOnbekend += c.nettoInPeriode * deel;
    s.segmentOnbekendVanaf2025 += c.brutoVanaf2025 * deel;
  }
}

function telOp(s: Samenvatting, c: PlanCijfers) {
  s.plannen++;
  s.bruto += c.bruto;
  s.sloop += c.sloop;
  s.netto += c.netto;
  s.nettoInPeriode += c.nettoInPeriode;
  s.nettoJaarOnbekend += c.nettoZonderJaar;
  if (c.hardheid === "onbekend") s.statusOnbekend += c.netto;
  else if (c.hardheid === "hard") s.hard += c.netto;
  else s.zacht += c.netto;
  if (c.gerealiseerd) s.gerealiseerd += c.netto;
  for (let i = 0; i < c.samenstelling.length; i++)
    telCategorie(s, c.samenstelling[i][0], c, c.samenstelling[i][1]);
  if (c.flex) s.flex += c.nettoInPeriode;
  if (c.transformatie) s.transformatie += c.nettoInPeriode;
  s.doelgroepen[c.doelgroep] = (s.doelgroepen[c.doelgroep] ?? 0) + c.nettoInPeriode;
  s.komendeVijfJaar += c.komendeVijfJaar;
  if (c.hardheid === "hard") s.hardKomendeVijfJaar += c.komendeVijfJaar;
  c.nettoPerJaar.forEach((n, jaar) => {
    if (jaar >= PERIODE.van && jaar <= PERIODE.tot) s.perJaar[jaar] = (s.perJaar[jaar] ?? 0) + n;
  });
}

function sluitAf(s: Samenvatting, target: number | null) {
  s.aandeelBetaalbaarVanaf2025 =
    s.segmentBekendVanaf2025 > 0 ? s.betaalbaarVanaf2025 / s.segmentBekendVanaf2025 : null;
  s.doel = target;
  s.dekking = target && target > 0 ? s.nettoInPeriode / target : null;
  // Spread spans give fractions; totals are shown to one decimal at most.
  for (const k of Object.keys(s) as (keyof Samenvatting)[]) {
    const v = s[k];
    if (typeof v === "number" && k !== "dekking" && k !== "aandeelBetaalbaarVanaf2025")
      (s[k] as number) = Math.round(v * 10) / 10;
  }
  for (const jaar of Object.keys(s.perJaar))
    s.perJaar[jaar] = Math.round(s.perJaar[jaar] * 10) / 10;
  for (const groep of Object.keys(s.doelgroepen))
    s.doelgroepen[groep] = Math.round(s.doelgroepen[groep] * 10) / 10;
}

function vereistKomendeVijf(gemeenten: GemeenteNaam[], ctx: ToetsContext): number | null {
  let som = 0;
  let gevonden = false;
  for (const g of gemeenten) {
    for (
      let jaar = ctx.peiljaar;
      jaar < ctx.peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde;
      jaar++
    ) {
      const n = jaarschijfVan(ctx.instellingen, g, jaar);
      if (n !== undefined) {
        som += n;
        gevonden = true;
      }
    }
  }
  return gevonden ? som : null;
}

/**
 * Totals per gemeente and region. A plan entered twice with the same numbers (see vindDubbelen) counts once:
 * `dubbel` holds the copies to leave out; without it they are found here.
 */
export function vatSamen(
  bladen: PlanlijstBlad[],
  ctx: ToetsContext,
  dubbel?: ReadonlySet<Plan>
): SamenvattingResultaat {
  // Keyed by gemeente text from the list: no prototype ("constructor", "__proto__" are names too).
  const byGemeente: Record<string, Samenvatting> = Object.create(null);
  const region = { ...leeg(true), gemeenten: [] as GemeenteNaam[] };
  const lijsten = bladen.filter((b) => b.isPlanlijst);
  const kopieen =
    dubbel ??
    new Set(
      vindDubbelen(lijsten.flatMap((b) => b.plannen))
        .filter((d) => d.identiek)
        .map((d) => d.plan)
    );
  for (const blad of lijsten) {
    for (const plan of blad.plannen) {
      if (kopieen.has(plan)) continue;
      const c = cijfersVan(plan, blad, ctx);
      const s = (byGemeente[c.gemeente] ??= leeg(c.inDeal));
      telOp(s, c);
      if (c.inDeal) telOp(region, c);
    }
  }
  for (const [naam, s] of Object.entries(byGemeente)) {
    const g = (GEMEENTEN as readonly string[]).includes(naam) ? (naam as GemeenteNaam) : undefined;
    if (g) s.vereistKomendeVijfJaar = vereistKomendeVijf([g], ctx);
    sluitAf(s, g ? (aandeelVan(ctx.instellingen, g) ?? null) : null);
  }
  region.gemeenten = GEMEENTEN.filter((g) => byGemeente[g]);
  region.vereistKomendeVijfJaar = vereistKomendeVijf(region.gemeenten, ctx);
  const aandelen = GEMEENTEN.map((g) => aandeelVan(ctx.instellingen, g));
  const alleAandelen = aandelen.every((a) => a !== undefined)
    ? (aandelen as number[]).reduce((a, b) => a + b, 0)
    : undefined;
  sluitAf(region, Math.max(alleAandelen ?? 0, AFSPRAKEN.versnellingsopgaveRegio.waarde));
  return { perGemeente: byGemeente, regio: region };
}

/** "Starters 24 · Ouderen 1.000 · geen doelgroep 42", or "" when the list names no doelgroep. */
export function doelgroepenTekst(s: Samenvatting): string {
  const groepen = Object.entries(s.doelgroepen);
  if (!groepen.some(([g]) => g !== "")) return "";
  return groepen
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "nl")))
    .map(([g, n]) => `${g || "geen doelgroep"} ${aantal(n)}`)
    .join(" · ");
}
