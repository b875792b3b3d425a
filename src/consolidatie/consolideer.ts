/**
 * The consolidation: every planlijst sheet of every workbook checked in one engine run, every
 * plan counted once, summary sheets and broken formulas reported, and every finding given back
 * with the workbook and sheet the user knows. Pure: grids or prepared workbooks in, a
 * Consolidatie out; nothing read, nothing written, the input not changed.
 */
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan } from "../planlijst/plan";
import { Bevinding, ERNST_VOLGORDE } from "../rules/bevinding";
import { ToetsContext, ToetsOpties, maakContext } from "../rules/context";
import { REGELS } from "../rules/regels";
import { vatSamen } from "../rules/samenvatting";
import { Rapport, sorteerBevindingen, toets } from "../rules/toets";
import { toetsTotalen } from "../rules/totaalregels";
import { Dubbelen, zoekDubbel } from "./dubbel";
import { leesIn } from "./inlezen";
import { formuleFouten, uitSamenvattingen } from "./samenvattingen";
import {
  BevindingRegel,
  BladHerkomst,
  Consolidatie,
  LeesOpties,
  VoorbereidBestand,
  WerkmapBron,
} from "./typen";
import { bereidVoor } from "./voorbereiden";

/**
 * The engine's report with every duplicate counted once: its row findings (the engine's own
 * duplicate findings replaced by the consolidation's), and its totals and aggregate findings
 * made again without the plans that are counted elsewhere.
 */
function zonderDubbel(
  rapport: Rapport,
  planlijsten: PlanlijstBlad[],
  d: Dubbelen,
  ctx: ToetsContext
): Rapport {
  let samenvatting = rapport.samenvatting;
  let totaalBevindingen = rapport.bevindingen.filter((f) => f.row === undefined);
  if (d.uitgesloten.size > 0) {
    const telt = (p: Plan) => !d.uitgesloten.has(p);
    const bladen = planlijsten.map((b) => ({ ...b, plannen: b.plannen.filter(telt) }));
    samenvatting = vatSamen(bladen, ctx);
    // Only the totals are made again; a sheet's own notices without a row (a hidden sheet) stay.
    const sleutel = (f: Bevinding) => `${f.rule}|${f.sheet ?? ""}|${f.gemeente ?? ""}|${f.message}`;
    const oud = new Set(toetsTotalen(planlijsten, rapport.samenvatting, ctx).map(sleutel));
    totaalBevindingen = [
      ...totaalBevindingen.filter((f) => !oud.has(sleutel(f))),
      ...toetsTotalen(bladen, samenvatting, ctx),
    ];
  }
  const findings = sorteerBevindingen([
    ...rapport.bevindingen.filter((f) => f.row !== undefined && f.rule !== REGELS.dubbelPlan.code),
    ...d.binnen,
    ...d.over,
    ...totaalBevindingen,
  ]);
  return {
    ...rapport,
    bevindingen: findings,
    samenvatting: samenvatting,
    dealGemeenten: samenvatting.regio.gemeenten,
    plannenBuitenDeal: Object.values(samenvatting.perGemeente)
      .filter((s) => !s.inDeal)
      .reduce((n, s) => n + s.plannen, 0),
  };
}

/** Workbook by workbook in the given order, sheets by name, rows, severity; region-wide findings last. */
function sorteerRegels(regels: BevindingRegel[], labels: string[]): BevindingRegel[] {
  const volgorde = new Map(labels.map((l, i) => [l, i]));
  return regels.sort(
    (a, b) =>
      (a.bestand === "" ? 1 : 0) - (b.bestand === "" ? 1 : 0) ||
      (volgorde.get(a.bestand) ?? 0) - (volgorde.get(b.bestand) ?? 0) ||
      (a.blad < b.blad ? -1 : a.blad > b.blad ? 1 : 0) ||
      (a.bevinding.row ?? 0) - (b.bevinding.row ?? 0) ||
      ERNST_VOLGORDE[a.bevinding.severity] - ERNST_VOLGORDE[b.bevinding.severity]
  );
}

function metHerkomst(findings: Bevinding[], herkomst: Map<string, BladHerkomst>): BevindingRegel[] {
  return findings.map((b) => {
    const h = b.sheet ? herkomst.get(b.sheet) : undefined;
    return { bestand: h?.bestand ?? "", blad: h?.blad ?? b.sheet ?? "", bevinding: b };
  });
}

/** Consolidates prepared workbooks (see bereidVoor). Labels must be unique. */
export function consolideerVoorbereid(
  invoer: VoorbereidBestand[],
  opties: ToetsOpties = {}
): Consolidatie {
  const ingelezen = leesIn(invoer);
  const { planlijsten, herkomst } = ingelezen;
  // One engine run over all planlijst sheets of all workbooks.
  const ruw = toets(planlijsten, opties);
  const ctx = maakContext(opties);
  const dubbelen = zoekDubbel(ruw, planlijsten, herkomst);
  const rapport = zonderDubbel(ruw, planlijsten, dubbelen, ctx);
  const sv = uitSamenvattingen(ingelezen.samenvattingsBladen, herkomst);
  const bevindingen = sorteerRegels(
    [
      ...metHerkomst(rapport.bevindingen, herkomst),
      ...ingelezen.bevindingen,
      ...sv.bevindingen,
      ...formuleFouten(ingelezen.foutenPerBlad, sv.gemeld, rapport.bevindingen),
    ],
    ingelezen.bestanden.map((b) => b.naam)
  );
  return {
    rapport,
    bestanden: ingelezen.bestanden,
    dubbel: dubbelen.dubbel,
    samenvattingen: sv.cijfers,
    bevindingen,
    peildatumOpgegeven: opties.peildatum !== undefined,
    instellingen: ctx.instellingen,
  };
}

/** Reads and consolidates workbooks whose grids are all at hand (the pane; tests). Labels must be unique. */
export function consolideer(
  bronnen: WerkmapBron[],
  opties: ToetsOpties = {},
  lezen: LeesOpties = {}
): Consolidatie {
  return consolideerVoorbereid(
    bronnen.map((b) => bereidVoor(b, lezen)),
    opties
  );
}
