/**
 * Prices and segments: art. 1a (betaalbaarheid) and 1g (middenhuur). Where a plan has a
 * price, the price decides its segment (art. 1a, 1g) in every total; the label is checked
 * against it. The deal fixes the koop limit (€ 355.000, peildatum 1 januari 2022) and the
 * huur limit (€ 1.000); it does not define sociale huur, and the liberalisatiegrens that
 * art. 1g names is national and indexed every year: it is the one in force in the plan's
 * opleverjaar (else the peildatum's year).
 */
import {
  Bron,
  DatedValue,
  PERIODE,
  Prijsgrenzen,
  laatsteJaar,
  socialeHuurgrens,
  waardeInJaar,
} from "../deal/parameters";
import { Veld } from "../planlijst/kolommen";
import { Plan } from "../planlijst/plan";
import { Eigendom, Segment, eigendomVan } from "../planlijst/waarden";
import { Bevinding, Plaats, aantal, euro, maakBevinding, planPlaats } from "./bevinding";
import { ToetsContext } from "./context";
import { begrensd, leveringVan, somInJaren } from "./levering";
import { REGELS } from "./regels";
import { segmentVanPrijs, soortVanBedrag } from "./segment";

export interface PrijsLezing {
  prijs: number;
  soort: Eigendom;
  veld: "koopprijs" | "huurprijs" | "prijs";
}

/** The plan's price and its kind, from the koop/huur columns, the segment or the amount. */
export function prijsVan(plan: Plan): PrijsLezing | undefined {
  const soortUitPlan = plan.segment ? eigendomVan(plan.segment) : plan.eigendom;
  if (plan.koopprijs !== undefined && soortUitPlan !== "huur")
    return { prijs: plan.koopprijs, soort: "koop", veld: "koopprijs" };
  if (plan.huurprijs !== undefined && soortUitPlan !== "koop")
    return { prijs: plan.huurprijs, soort: "huur", veld: "huurprijs" };
  if (plan.koopprijs !== undefined)
    return { prijs: plan.koopprijs, soort: "koop", veld: "koopprijs" };
  if (plan.huurprijs !== undefined)
    return { prijs: plan.huurprijs, soort: "huur", veld: "huurprijs" };
  if (plan.prijs !== undefined) {
    // An amount that is clearly a rent or a sale price says so itself, whatever the segment claims.
    const soort = soortVanBedrag(plan.prijs) ?? soortUitPlan;
    return soort ? { prijs: plan.prijs, soort, veld: "prijs" } : undefined;
  }
  return undefined;
}

/**
 * The year whose liberalisatiegrens holds for a plan: the last year of its opleverjaar (or of
 * its jaarschijven): a span 2025–2027 may let at the 2027 limit, and an error must hold
 * under every reasonable reading. Undefined when the plan has no year.
 */
export function planJaar(plan: Plan): number | undefined {
  if (plan.opleverjaar) return begrensd(plan.opleverjaar).tot;
  const jaren = plan.jaarschijven
    .filter((j) => j.jaren && j.aantal !== 0)
    .map((j) => begrensd(j.jaren!).tot);
  return jaren.length ? Math.max(...jaren) : undefined;
}

export interface Liberalisatiegrens extends DatedValue<number> {
  /** The year asked for: the grensjaar, the plan's opleverjaar or the peildatum's year. */
  jaar: number;
  herkomst: "grensjaar" | "opleverjaar" | "peildatum";
  /** False when the year is after the last published value (that value is used, and said). */
  bekend: boolean;
}

/** The liberalisatiegrens for a plan: of the grensjaar if one is set, else of its opleverjaar, else of the peildatum's year. */
export function liberalisatiegrensVoor(plan: Plan, ctx: ToetsContext): Liberalisatiegrens {
  const vanPlan = planJaar(plan);
  const [jaar, herkomst]: [number, Liberalisatiegrens["herkomst"]] =
    ctx.grensjaar !== undefined
      ? [ctx.grensjaar, "grensjaar"]
      : vanPlan !== undefined
        ? [vanPlan, "opleverjaar"]
        : [ctx.peiljaar, "peildatum"];
  const sleutel = jaar * 4 + HERKOMST_SLEUTEL[herkomst];
  let grens = GRENS_PER_JAAR.get(sleutel);
  if (!grens) {
    const waarde = waardeInJaar(socialeHuurgrens, Math.max(jaar, PERIODE.van));
    grens = { ...waarde, jaar, herkomst, bekend: jaar <= laatsteJaar(socialeHuurgrens) };
    if (GRENS_PER_JAAR.size > 500) GRENS_PER_JAAR.clear();
    GRENS_PER_JAAR.set(sleutel, grens);
  }
  return grens;
}

/**
 * The limit depends only on the year and where the year came from, and a list holds few
 * years; looked up once per plan and per rule, the lookup of a dated value showed in profiles
 * of 20,000-plan lists. Bounded: years are clamped by the reader (src/planlijst/grenzen.ts),
 * and the map is cleared if it ever grows past a few hundred entries.
 */
const GRENS_PER_JAAR = new Map<number, Readonly<Liberalisatiegrens>>();
/** Year and origin as one number key (a text key was built per plan, and showed in profiles). */
const HERKOMST_SLEUTEL: Record<Liberalisatiegrens["herkomst"], number> = {
  grensjaar: 0,
  opleverjaar: 1,
  peildatum: 2,
};

/** The limits for one plan: the check's limits, with the liberalisatiegrens of the plan's year. */
export function grenzenVoor(plan: Plan, ctx: ToetsContext): Prijsgrenzen {
  const lg = liberalisatiegrensVoor(plan, ctx);
  let perGrens = GRENZEN_PER_CONTEXT.get(ctx);
  if (!perGrens) GRENZEN_PER_CONTEXT.set(ctx, (perGrens = new Map()));
  let grenzen = perGrens.get(lg);
  if (!grenzen) {
    grenzen = {
      ...ctx.grenzen,
      socialeHuur: lg.waarde,
      middenhuurMin: lg.waarde,
      bronnen: { ...ctx.grenzen.bronnen, socialeHuur: lg.bron, middenhuurMin: lg.bron },
    };
    perGrens.set(lg, grenzen);
  }
  return grenzen;
}

/** One limits object per check and liberalisatiegrens (a few per list), not one per plan and rule. */
const GRENZEN_PER_CONTEXT = new WeakMap<ToetsContext, Map<Liberalisatiegrens, Prijsgrenzen>>();

/**
 * The segment a plan counts in: where it has a price, the one its price gives (art. 1a, 1g,
 * with the price's tenure); else the deal segment its label names; else undefined (a label
 * that names no deal segment, or none).
 */
export function segmentVan(plan: Plan, ctx: ToetsContext): Segment | undefined {
  const p = prijsVan(plan);
  if (p) return segmentVanPrijs(p.prijs, p.soort, grenzenVoor(plan, ctx));
  return plan.segment;
}

/**
 * "de liberalisatiegrens voor dit plan (oplevering 2026) is € 932,93 (liberalisatiegrens 2026: …)", or, for a year
 * whose value is not published yet, "… is die nog niet bekend; de laatst bekende is …".
 */
export function liberalisatiegrensTekst(lg: Liberalisatiegrens): string {
  const waarom =
    lg.herkomst === "opleverjaar"
      ? `oplevering ${lg.jaar}`
      : lg.herkomst === "peildatum"
        ? `geen opleverjaar; peildatum in ${lg.jaar}`
        : `grensjaar ${lg.jaar}`;
  const bedrag = `${euro(lg.waarde)} (${lg.bron.document})`;
  return lg.bekend
    ? `de liberalisatiegrens voor dit plan (${waarom}) is ${bedrag}`
    : `de liberalisatiegrens voor dit plan (${waarom}) is nog niet bekend; de laatst bekende is ${bedrag}`;
}

/**
 * A limit with its source: the deal's own ("€ 355.000 (de NHG-grens met peildatum 1 januari
 * 2022, art. 1a)") or, with a grensjaar, the national value of that year and its regulation.
 */
function grensTekst(waarde: number, bron: Bron, ctx: ToetsContext, vanDeDeal: string): string {
  const herkomst =
    ctx.grensjaar === undefined
      ? vanDeDeal
      : bron.artikel !== undefined
        ? `grensjaar ${ctx.grensjaar}: de grens van de woondeal, ${bron.artikel}`
        : `grensjaar ${ctx.grensjaar}: ${bron.document}`;
  return `${euro(waarde)} (${herkomst})`;
}

/**
 * The price checks of one plan: an amount that is neither rent nor sale price, a label with no
 * price to decide it, and, where the plan has a price, its segment against that price.
 */
export function toetsPrijs(plan: Plan, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  const plaats = (veld: Veld) => planPlaats(plan, veld);
  const zonderSoort = bedragZonderSoort(plan, plaats);
  if (zonderSoort) uit.push(zonderSoort);
  const p = prijsVan(plan);
  const segment = plan.segment;
  if (!p) {
    if (!segment && plan.segmentLabel) uit.push(onbepaald(plan, plaats));
    return uit;
  }
  const t = prijstoets(plan, p, plaats, ctx);
  const bevinding = !segment
    ? labelOpPrijs(t)
    : eigendomVan(segment) !== p.soort
      ? andereEigendom(t, segment)
      : prijsBuitenSegment(t, segment);
  if (bevinding) uit.push(bevinding);
  return uit;
}

/** A bare amount too high for a monthly rent and too low for a sale price, with nothing to say which. */
function bedragZonderSoort(plan: Plan, plaats: (veld: Veld) => Plaats): Bevinding | undefined {
  if (
    plan.prijs === undefined ||
    plan.koopprijs !== undefined ||
    plan.huurprijs !== undefined ||
    plan.segment ||
    plan.eigendom ||
    soortVanBedrag(plan.prijs)
  )
    return undefined;
  return maakBevinding(
    REGELS.prijsSoort,
    plaats("prijs"),
    `Bedrag ${euro(plan.prijs)} is te hoog voor een maandhuur en te laag voor een koopprijs; vermeld of het om koop of huur gaat.`,
    { value: plan.prijs }
  );
}

/** What the checks of a plan's price against its segment share, worked out once per plan. */
interface Prijstoets {
  plan: Plan;
  p: PrijsLezing;
  plaats: (veld: Veld) => Plaats;
  g: ToetsContext["grenzen"];
  lg: Liberalisatiegrens;
  /** The segment the price gives. */
  werkelijk: Segment;
  /** "in de totalen telt dit plan als …" */
  telt: string;
  /** The koop and huur limits with their sources, as the messages name them. */
  koopgrens: string;
  huurgrens: string;
}

function prijstoets(
  plan: Plan,
  p: PrijsLezing,
  plaats: (veld: Veld) => Plaats,
  ctx: ToetsContext
): Prijstoets {
  const g = ctx.grenzen;
  const lg = liberalisatiegrensVoor(plan, ctx);
  const werkelijk = segmentVanPrijs(p.prijs, p.soort, grenzenVoor(plan, ctx));
  return {
    plan,
    p,
    plaats,
    g,
    lg,
    werkelijk,
    telt: `in de totalen telt dit plan als ${werkelijk}`,
    koopgrens: grensTekst(
      g.koop,
      g.bronnen.koop,
      ctx,
      "de NHG-grens met peildatum 1 januari 2022, art. 1a"
    ),
    huurgrens: grensTekst(g.huur, g.bronnen.huur, ctx, "art. 1a"),
  };
}

/** A label that names no deal segment: the price decides, and says which segment counts. */
function labelOpPrijs(t: Prijstoets): Bevinding | undefined {
  const { plan, p, g, lg, werkelijk, telt } = t;
  if (!plan.segmentLabel) return undefined;
  return maakBevinding(
    REGELS.segmentOpPrijs,
    t.plaats(p.veld),
    `Segment "${plan.segmentLabel}" is geen segment van de woondeal; de prijs beslist (art. 1a, 1g): ${euro(p.prijs)} is ${werkelijk}; ${p.soort === "koop" ? `de grens is ${t.koopgrens}` : `${liberalisatiegrensTekst(lg)} en betaalbare huur gaat tot ${t.huurgrens}`}; ${telt}.`,
    {
      value: p.prijs,
      limit: p.soort === "koop" ? g.koop : werkelijk === "sociale huur" ? lg.waarde : g.huur,
    }
  );
}

/** A koop segment with a rent, or a huur segment with a sale price. */
function andereEigendom(t: Prijstoets, segment: Segment): Bevinding {
  const { p, telt } = t;
  return maakBevinding(
    REGELS.prijsSegment,
    t.plaats(p.veld),
    `Segment ${segment} is ${eigendomVan(segment)}, maar de prijs ${euro(p.prijs)} staat als ${p.soort}prijs; corrigeer segment of prijs. Op zijn prijs ${telt.replace("in de totalen telt dit plan", "telt dit plan in de totalen")}.`,
    { value: p.prijs }
  );
}

/** A price outside its segment's bounds (art. 1a, 1g), or a dure segment the price makes betaalbaar. */
function prijsBuitenSegment(t: Prijstoets, segment: Segment): Bevinding | undefined {
  const { p, g, lg, werkelijk, telt, koopgrens, huurgrens } = t;
  const plaats = t.plaats;
  switch (segment) {
    case "betaalbare koop":
      if (p.prijs > g.koop)
        return maakBevinding(
          REGELS.prijsSegment,
          plaats(p.veld),
          `Betaalbare koop kost volgens art. 1a ten hoogste ${koopgrens}; deze rij: ${euro(p.prijs)}, dus dure koop; ${telt}.`,
          { value: p.prijs, limit: g.koop }
        );
      break;
    case "sociale huur":
      if (p.prijs > lg.waarde)
        return maakBevinding(
          { ...REGELS.prijsSegment, artikel: "art. 1g" },
          plaats(p.veld),
          `Sociale huur ligt niet boven de liberalisatiegrens (de woondeal definieert sociale huur niet; art. 1g noemt die grens); ${liberalisatiegrensTekst(lg)}. Deze rij: ${euro(p.prijs)} per maand, dus ${werkelijk}; ${telt}.`,
          // A limit not published yet for the plan's year will be higher: the reading is debatable.
          {
            value: p.prijs,
            limit: lg.waarde,
            ...(lg.bekend ? {} : { severity: "warning" as const }),
          }
        );
      break;
    case "middenhuur":
      if (p.prijs > g.huur)
        return maakBevinding(
          { ...REGELS.prijsSegment, artikel: "art. 1g" },
          plaats(p.veld),
          `Middenhuur ligt volgens art. 1g tussen de liberalisatiegrens en ${huurgrens} per maand; deze rij: ${euro(p.prijs)}, dus dure huur; ${telt}.`,
          { value: p.prijs, limit: g.huur }
        );
      if (p.prijs <= lg.waarde)
        return maakBevinding(
          { ...REGELS.prijsSegment, artikel: "art. 1g", ernst: "warning" },
          plaats(p.veld),
          `Middenhuur ligt volgens art. 1g boven de liberalisatiegrens; ${liberalisatiegrensTekst(lg)}. Deze rij: ${euro(p.prijs)} per maand, dus sociale huur; ${telt}.`,
          { value: p.prijs, limit: lg.waarde }
        );
      break;
    case "dure koop":
    case "dure huur":
      if (werkelijk !== segment)
        return maakBevinding(
          REGELS.segmentOnderschat,
          plaats(p.veld),
          `Segment ${segment}, maar ${euro(p.prijs)} valt volgens art. 1a binnen ${werkelijk}; de grens is ${p.soort === "koop" ? koopgrens : huurgrens}; ${telt} en dus als betaalbaar.`,
          { value: p.prijs, limit: p.soort === "koop" ? g.koop : g.huur }
        );
      break;
  }
  return undefined;
}

/** A label that names no deal segment and no price to decide: not classifiable, left out of the ⅔ share. */
function onbepaald(plan: Plan, plaats: (veld: Veld) => Plaats): Bevinding {
  const lev = leveringVan(plan);
  const vanaf = somInJaren(lev.brutoPerJaar, 2025, PERIODE.tot);
  const zonderJaar = lev.brutoPerJaar.size === 0;
  const hoeveel = zonderJaar
    ? `de ${aantal(lev.brutoZonderJaar)} woningen van dit plan tellen`
    : `${aantal(vanaf)} ${vanaf === 1 ? "woning" : "woningen"} vanaf 2025 ${vanaf === 1 ? "telt" : "tellen"}`;
  const soort = plan.eigendom ? ` (${plan.eigendom})` : "";
  return maakBevinding(
    REGELS.segmentOnbepaald,
    plaats("segment"),
    `Segment "${plan.segmentLabel}"${soort} is geen segment van de woondeal en de rij heeft geen prijs; volgens art. 1a en 1g beslist de prijs. ${hoeveel.charAt(0).toUpperCase()}${hoeveel.slice(1)} daarom niet mee in het betaalbare aandeel (art. 6) en niet in de segmenttotalen. Vul de koopprijs of huurprijs in.`,
    { value: plan.segmentLabel ?? null }
  );
}
