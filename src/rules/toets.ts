/** One check of a workbook: the planlijst sheets in, one report out. Every door renders this report. */
import { GemeenteNaam } from "../deal/gemeenten";
import { Prijsgrenzen } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Bevinding, ERNST_VOLGORDE, Ernst } from "./bevinding";
import { ToetsContext, ToetsOpties, maakContext } from "./context";
import { toetsDubbel, toetsRij } from "./rijregels";
import { SamenvattingResultaat, vatSamen } from "./samenvatting";
import { toetsTotalen } from "./totaalregels";

export interface Rapport {
  referenceDate: string;
  grensjaar?: number;
  grenzen: Prijsgrenzen;
  bladen: PlanlijstBlad[];
  findings: Bevinding[];
  summary: SamenvattingResultaat;
  /** The deal gemeenten that have plans in this check. */
  dealGemeenten: GemeenteNaam[];
  /** Plans of gemeenten outside the deal. */
  plannenBuitenDeal: number;
}

export function sorteerBevindingen(lijst: Bevinding[]): Bevinding[] {
  return lijst.sort(
    (a, b) =>
      (a.sheet === undefined ? 1 : 0) - (b.sheet === undefined ? 1 : 0) ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      (a.row ?? 0) - (b.row ?? 0) ||
      ERNST_VOLGORDE[a.severity] - ERNST_VOLGORDE[b.severity]
  );
}

/** Row findings for some plans of a sheet (used for a live re-check of changed rows). */
export function toetsPlannen(blad: PlanlijstBlad, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const plan of blad.plannen) uit.push(...toetsRij(plan, blad, ctx));
  return uit;
}

export function toets(bladen: PlanlijstBlad[], opties: ToetsOpties = {}): Rapport {
  const ctx = maakContext(opties);
  const lijsten = bladen.filter((b) => b.isPlanlijst);
  const findings: Bevinding[] = [];
  for (const blad of lijsten) findings.push(...toetsPlannen(blad, ctx));
  findings.push(...toetsDubbel(lijsten.flatMap((b) => b.plannen)));
  const summary = vatSamen(lijsten, ctx);
  findings.push(...toetsTotalen(lijsten, summary, ctx));
  const plannenBuitenDeal = Object.values(summary.byGemeente)
    .filter((s) => !s.inDeal)
    .reduce((n, s) => n + s.plans, 0);
  return {
    referenceDate: ctx.peildatum,
    ...(ctx.grensjaar !== undefined ? { grensjaar: ctx.grensjaar } : {}),
    grenzen: ctx.grenzen,
    bladen,
    findings: sorteerBevindingen(findings),
    summary,
    dealGemeenten: summary.region.gemeenten,
    plannenBuitenDeal,
  };
}

export function telErnst(findings: Bevinding[]): Record<Ernst, number> {
  const t: Record<Ernst, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) t[f.severity]++;
  return t;
}
