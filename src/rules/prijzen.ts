/** Prices and segments: art. 1a (betaalbaarheid) and 1g (middenhuur). */
import { Plan } from "../planlijst/plan";
import { Eigendom, Segment, eigendomVan } from "../planlijst/waarden";
import { Bevinding, euro, maakBevinding } from "./bevinding";
import { ToetsContext } from "./context";
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

/** The segment the plan belongs to: as written, else derived from its price. */
export function segmentVan(plan: Plan, ctx: ToetsContext): Segment | undefined {
  if (plan.segment) return plan.segment;
  const p = prijsVan(plan);
  return p ? segmentVanPrijs(p.prijs, p.soort, ctx.grenzen) : undefined;
}

export function toetsPrijs(plan: Plan, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  const g = ctx.grenzen;
  const plaats = (veld: string) => ({
    sheet: plan.blad,
    row: plan.rij,
    column: plan.kolommen[veld as keyof Plan["kolommen"]],
    field: veld,
    gemeente: plan.gemeente ?? plan.gemeenteTekst,
  });
  if (
    plan.prijs !== undefined &&
    plan.koopprijs === undefined &&
    plan.huurprijs === undefined &&
    !plan.segment &&
    !plan.eigendom &&
    !soortVanBedrag(plan.prijs)
  ) {
    uit.push(
      maakBevinding(
        REGELS.prijsSoort,
        plaats("prijs"),
        `Bedrag ${euro(plan.prijs)} is te hoog voor een maandhuur en te laag voor een koopprijs; vermeld of het om koop of huur gaat.`,
        { value: plan.prijs }
      )
    );
  }
  const p = prijsVan(plan);
  const segment = plan.segment;
  if (!p || !segment) return uit;
  if (eigendomVan(segment) !== p.soort) {
    uit.push(
      maakBevinding(
        REGELS.prijsSegment,
        plaats(p.veld),
        `Segment ${segment} is ${eigendomVan(segment)}, maar de prijs ${euro(p.prijs)} staat als ${p.soort}prijs; corrigeer segment of prijs.`,
        { value: p.prijs }
      )
    );
    return uit;
  }
  const werkelijk = segmentVanPrijs(p.prijs, p.soort, g);
  const jaar = ctx.grensjaar === undefined ? "" : ` (grenzen ${ctx.grensjaar})`;
  switch (segment) {
    case "betaalbare koop":
      if (p.prijs > g.koop)
        uit.push(
          maakBevinding(
            REGELS.prijsSegment,
            plaats(p.veld),
            `Betaalbare koop mag volgens art. 1a maximaal ${euro(g.koop)} kosten${jaar}; deze rij: ${euro(p.prijs)}.`,
            { value: p.prijs, limit: g.koop }
          )
        );
      break;
    case "sociale huur":
      if (p.prijs > g.socialeHuur)
        uit.push(
          maakBevinding(
            { ...REGELS.prijsSegment, artikel: "art. 1g" },
            plaats(p.veld),
            `Sociale huur mag niet boven de liberalisatiegrens van ${euro(g.socialeHuur)} per maand liggen${jaar}; deze rij: ${euro(p.prijs)} (dat is ${werkelijk}).`,
            { value: p.prijs, limit: g.socialeHuur }
          )
        );
      break;
    case "middenhuur":
      if (p.prijs > g.huur)
        uit.push(
          maakBevinding(
            { ...REGELS.prijsSegment, artikel: "art. 1g" },
            plaats(p.veld),
            `Middenhuur ligt volgens art. 1g tussen ${euro(g.middenhuurMin)} en ${euro(g.huur)} per maand${jaar}; deze rij: ${euro(p.prijs)} (dat is dure huur).`,
            { value: p.prijs, limit: g.huur }
          )
        );
      else if (p.prijs <= g.socialeHuur)
        uit.push(
          maakBevinding(
            { ...REGELS.prijsSegment, artikel: "art. 1g", ernst: "warning" },
            plaats(p.veld),
            `Middenhuur ligt volgens art. 1g boven de liberalisatiegrens van ${euro(g.socialeHuur)}${jaar}; deze rij: ${euro(p.prijs)} per maand, dat is sociale huur.`,
            { value: p.prijs, limit: g.socialeHuur }
          )
        );
      break;
    case "dure koop":
    case "dure huur":
      if (werkelijk !== segment)
        uit.push(
          maakBevinding(
            REGELS.segmentOnderschat,
            plaats(p.veld),
            `Segment ${segment}, maar ${euro(p.prijs)} valt volgens art. 1a binnen ${werkelijk} (grens ${euro(p.soort === "koop" ? g.koop : g.huur)})${jaar}; telt dit plan mee als betaalbaar?`,
            { value: p.prijs, limit: p.soort === "koop" ? g.koop : g.huur }
          )
        );
      break;
  }
  return uit;
}
