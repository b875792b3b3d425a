/**
 * Plans that are in the consolidation twice. Within one workbook the engine's own rule decides
 * (toetsDubbel over that workbook's plans), so its messages point into the same workbook. Across
 * workbooks: the engine's rule, or the same name (or id) and gemeente with kern and locatie equal
 * where both are given. The first plan counts; every later one is left out of the totals.
 */
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan, nettoVan, rijenVan } from "../planlijst/plan";
import { normaliseer } from "../planlijst/waarden";
import { Bevinding, aantal, maakBevinding, planPlaats } from "../rules/bevinding";
import { REGELS } from "../rules/regels";
import { toetsDubbel } from "../rules/rijregels";
import { Rapport } from "../rules/toets";
import { BladHerkomst, DubbelPlan } from "./typen";

export interface Dubbelen {
  /** Plans left out of the totals (a plan counted elsewhere). */
  uitgesloten: Set<Plan>;
  dubbel: DubbelPlan[];
  /** The engine's findings for duplicates within one workbook. */
  binnen: Bevinding[];
  /** Findings for plans that are also in another workbook. */
  over: Bevinding[];
}

interface Zoeken {
  herkomst: Map<string, BladHerkomst>;
  bestandVan: (p: Plan) => string;
}

function gemeenteSleutel(plan: Plan): string {
  return plan.gemeente ?? normaliseer(plan.gemeenteTekst ?? "");
}

/** Same name and gemeente, and kern and locatie equal where both are filled in. */
function sleutelNaam(plan: Plan): string | undefined {
  const gemeente = gemeenteSleutel(plan);
  if (!gemeente) return undefined;
  if (plan.naam) return `n|${gemeente}|${normaliseer(plan.naam)}`;
  if (plan.id) return `i|${gemeente}|${normaliseer(plan.id)}`;
  return undefined;
}

function verenigbaar(a: string | undefined, b: string | undefined): boolean {
  const x = normaliseer(a ?? "");
  const y = normaliseer(b ?? "");
  return x === "" || y === "" || x === y;
}

function lijstIn<K>(m: Map<K, Plan[]>, k: K): Plan[] {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  return l;
}

function dubbelRecord(z: Zoeken, p: Plan, q: Plan, binnenBestand: boolean): DubbelPlan {
  return {
    bestand: z.bestandVan(p),
    blad: z.herkomst.get(p.blad)?.blad ?? p.blad,
    rij: p.rij,
    naam: p.naam ?? p.id ?? `rij ${p.rij}`,
    gemeente: p.gemeente ?? p.gemeenteTekst ?? "",
    netto: nettoVan(p),
    telt: {
      bestand: z.bestandVan(q),
      blad: z.herkomst.get(q.blad)?.blad ?? q.blad,
      rij: q.rij,
      netto: nettoVan(q),
    },
    binnenBestand,
  };
}

/** The finding at a plan that is also in another workbook, where it counts. */
function overMelding(p: Plan, d: DubbelPlan): Bevinding {
  const verschil =
    Math.abs(d.netto - d.telt.netto) > 0.5
      ? ` De aantallen verschillen (netto ${aantal(d.netto)} hier, ${aantal(d.telt.netto)} in ${d.telt.bestand}); alleen dat van ${d.telt.bestand} telt mee.`
      : "";
  const veld = p.naam && p.kolommen.naam ? "naam" : p.kolommen.id ? "id" : undefined;
  return maakBevinding(
    REGELS.dubbelPlan,
    planPlaats(p, veld),
    `Plan "${d.naam}" (${d.gemeente}) staat ook in ${d.telt.bestand}, blad ${d.telt.blad}, rij ${d.telt.rij}; in deze samenvatting telt het één keer mee.${verschil}`,
    { value: d.naam }
  );
}

/** The plans a list of dubbel-plan findings points at. */
function gemarkeerd(lijst: Bevinding[], opPlaats: Map<string, Plan>): Set<Plan> {
  return new Set(
    lijst
      .filter((f) => f.rule === REGELS.dubbelPlan.code && f.sheet)
      .map((f) => opPlaats.get(`${f.sheet}\u0000${f.row}`))
      .filter((p): p is Plan => !!p)
  );
}

/** The engine's duplicate rule run within each workbook (with one workbook: the engine's own run). */
function binnenBestanden(rapport: Rapport, plannen: Plan[], z: Zoeken): Bevinding[] {
  const perBestand = new Map<string, Plan[]>();
  for (const p of plannen) lijstIn(perBestand, z.bestandVan(p)).push(p);
  if (perBestand.size <= 1)
    return rapport.bevindingen.filter((f) => f.rule === REGELS.dubbelPlan.code);
  return [...perBestand.values()].flatMap((lijst) => toetsDubbel(lijst));
}

/** Gemeenten with plans in more than one workbook: only they can have duplicates across workbooks. */
function gemeentenOverBestanden(plannen: Plan[], z: Zoeken): Set<string> {
  const bestandenPerGemeente = new Map<string, Set<string>>();
  for (const p of plannen) {
    const g = gemeenteSleutel(p);
    if (!g) continue;
    let b = bestandenPerGemeente.get(g);
    if (!b) bestandenPerGemeente.set(g, (b = new Set()));
    b.add(z.bestandVan(p));
  }
  return new Set([...bestandenPerGemeente].filter(([, b]) => b.size > 1).map(([g]) => g));
}

/**
 * Finds the duplicates, walking the plans in order so that the first of two counts. Earlier
 * plans are indexed by normalised id and name (the candidates a duplicate can be of) and by
 * name key for gemeenten in more than one workbook.
 */
export function zoekDubbel(
  rapport: Rapport,
  planlijsten: PlanlijstBlad[],
  herkomst: Map<string, BladHerkomst>
): Dubbelen {
  const z: Zoeken = { herkomst, bestandVan: (p) => herkomst.get(p.blad)?.bestand ?? "" };
  const plannen = planlijsten.flatMap((b) => b.plannen);
  const uit: Dubbelen = { uitgesloten: new Set(), dubbel: [], binnen: [], over: [] };
  uit.binnen = binnenBestanden(rapport, plannen, z);
  const opPlaats = new Map<string, Plan>();
  // Every row a plan has a field on: a finding at a Planmonitor plan's name is on a row of its own.
  for (const p of plannen) for (const rij of rijenVan(p)) opPlaats.set(`${p.blad}\u0000${rij}`, p);
  const binnen = gemarkeerd(uit.binnen, opPlaats);
  const doorEngine = gemarkeerd(rapport.bevindingen, opPlaats);
  const overBestanden = gemeentenOverBestanden(plannen, z);
  const indexeer = binnen.size > 0 || doorEngine.size > 0;
  if (!indexeer && overBestanden.size === 0) return uit;
  const perId = new Map<string, Plan[]>();
  const perNaam = new Map<string, Plan[]>();
  const eerder = new Map<string, Plan[]>();
  const kandidaten = (p: Plan) => [
    ...new Set([
      ...(p.id ? (perId.get(normaliseer(p.id)) ?? []) : []),
      ...(p.naam ? (perNaam.get(normaliseer(p.naam)) ?? []) : []),
    ]),
  ];
  const volgensEngine = (q: Plan, p: Plan) => toetsDubbel([q, p]).length > 0;
  const anderBestand = (q: Plan, p: Plan) => z.bestandVan(q) !== z.bestandVan(p);
  for (const p of plannen) {
    const g = gemeenteSleutel(p);
    const s = g && overBestanden.has(g) ? sleutelNaam(p) : undefined;
    if (binnen.has(p)) {
      const q = kandidaten(p).find((k) => !anderBestand(k, p) && volgensEngine(k, p));
      uit.uitgesloten.add(p);
      if (q) uit.dubbel.push(dubbelRecord(z, p, q, true));
    } else {
      const q =
        (s ? (eerder.get(s) ?? []) : []).find(
          (k) =>
            anderBestand(k, p) && verenigbaar(k.kern, p.kern) && verenigbaar(k.locatie, p.locatie)
        ) ??
        (doorEngine.has(p)
          ? kandidaten(p).find((k) => anderBestand(k, p) && volgensEngine(k, p))
          : undefined);
      if (q) {
        uit.uitgesloten.add(p);
        const d = dubbelRecord(z, p, q, false);
        uit.dubbel.push(d);
        uit.over.push(overMelding(p, d));
      }
    }
    if (s) lijstIn(eerder, s).push(p);
    if (indexeer) {
      if (p.id) lijstIn(perId, normaliseer(p.id)).push(p);
      if (p.naam) lijstIn(perNaam, normaliseer(p.naam)).push(p);
    }
  }
  return uit;
}
