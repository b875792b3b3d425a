/**
 * The prepared workbooks side by side: a report per workbook and sheet, the planlijst sheets
 * under names unique over all workbooks (the engine names places by sheet), the summary
 * sheets, the error cells, and the findings for workbooks that gave nothing to count.
 */
import { GemeenteNaam } from "../deal/gemeenten";
import { PlanlijstBlad } from "../planlijst/lezer";
import { FoutCel, SamenvattingsBlad } from "../planlijst/samenvattingsblad";
import { maakBevinding } from "../rules/bevinding";
import { REGELS } from "../rules/regels";
import { NIET_GELEZEN } from "./voorbereiden";
import {
  BestandVerslag,
  BevindingRegel,
  BladHerkomst,
  BladVerslag,
  VoorbereidBestand,
  VoorbereidBlad,
} from "./typen";

/** Between a workbook's label and a sheet name, where two workbooks have a sheet of the same name. */
export const SCHEIDING = " › ";

export interface Ingelezen {
  bestanden: BestandVerslag[];
  /** Planlijst sheets under their unique names (copies where renamed; the input is not changed). */
  planlijsten: PlanlijstBlad[];
  samenvattingsBladen: { bestand: string; blad: SamenvattingsBlad }[];
  /** Unique sheet name → workbook label and the sheet's own name. */
  herkomst: Map<string, BladHerkomst>;
  foutenPerBlad: { bestand: string; blad: string; intern: string; fouten: FoutCel[] }[];
  /** Findings about workbooks that could not be read or hold nothing to count. */
  bevindingen: BevindingRegel[];
}

/** A planlijst under another name, its plans pointing at that name. */
function hernoemd(blad: PlanlijstBlad, naam: string): PlanlijstBlad {
  if (blad.naam === naam) return blad;
  return { ...blad, naam, plannen: blad.plannen.map((p) => ({ ...p, blad: naam })) };
}

function controleerLabels(invoer: VoorbereidBestand[]) {
  const gezien = new Set<string>();
  for (const i of invoer) {
    // Two workbooks under one label would be counted as one: a door's mistake, never a silent result.
    if (gezien.has(i.label))
      throw new Error(
        `consolidatie: het label "${i.label}" staat twee keer; geef elke werkmap een eigen label`
      );
    gezien.add(i.label);
  }
}

function bladVerslag(vb: VoorbereidBlad): BladVerslag {
  const bv: BladVerslag = {
    naam: vb.naam,
    soort: "overig",
    plannen: 0,
    gemeenten: [],
    foutCellen: vb.fouten.length,
  };
  if (vb.planlijst) {
    const plannen = vb.planlijst.plannen;
    const gemeenten = plannen.map((p) => p.gemeente).filter((g): g is GemeenteNaam => !!g);
    return {
      ...bv,
      soort: "planlijst",
      plannen: plannen.length,
      gemeenten: [...new Set(gemeenten)],
    };
  }
  if (vb.samenvatting) {
    const deal = vb.samenvatting.rijen.filter((r) => r.gemeente);
    return {
      ...bv,
      soort: "samenvatting",
      gemeenten: [...new Set(deal.map((r) => r.gemeente!))],
      rijenBuitenDeal: vb.samenvatting.rijen.length - deal.length,
    };
  }
  return { ...bv, reden: vb.reden };
}

/** Why nothing of a workbook counts: the first two sheets' reasons. */
function geenPlanlijstReden(bladen: BladVerslag[]): string {
  const redenen = bladen
    .slice(0, 2)
    .map((b) => `blad "${b.naam}": ${b.reden}`)
    .join("; ");
  const rest = bladen.length > 2 ? `; en ${bladen.length - 2} andere bladen` : "";
  return `geen planlijst of samenvatting per gemeente gevonden (${redenen}${rest})`;
}

function nietTeTellen(label: string, fout: string, gelezen: boolean): BevindingRegel {
  const bevinding = gelezen
    ? maakBevinding(REGELS.geenPlanlijst, {}, `${label}: ${fout}.`)
    : maakBevinding(
        REGELS.bestandNietGelezen,
        {},
        `${label}: ${fout}. Dit bestand telt niet mee in de samenvatting.`
      );
  return { bestand: label, blad: "", bevinding };
}

/** Sheet names over all workbooks: a name in two workbooks gets the workbook's label in front. */
function internNamen(invoer: VoorbereidBestand[]): (label: string, blad: string) => string {
  const telling = new Map<string, number>();
  for (const i of invoer)
    for (const b of i.bladen ?? []) telling.set(b.naam, (telling.get(b.naam) ?? 0) + 1);
  return (label, blad) => ((telling.get(blad) ?? 0) > 1 ? `${label}${SCHEIDING}${blad}` : blad);
}

export function leesIn(invoer: VoorbereidBestand[]): Ingelezen {
  controleerLabels(invoer);
  const intern = internNamen(invoer);
  const uit: Ingelezen = {
    bestanden: [],
    planlijsten: [],
    samenvattingsBladen: [],
    herkomst: new Map(),
    foutenPerBlad: [],
    bevindingen: [],
  };
  for (const i of invoer) {
    const label = i.label;
    const verslag: BestandVerslag = {
      naam: label,
      ...(i.herkomst !== undefined ? { herkomst: i.herkomst } : {}),
      bladen: [],
      plannen: 0,
    };
    uit.bestanden.push(verslag);
    if (!i.bladen) {
      verslag.fout = i.fout ?? NIET_GELEZEN;
      uit.bevindingen.push(nietTeTellen(label, verslag.fout, false));
      continue;
    }
    for (const vb of i.bladen) {
      const naam = intern(label, vb.naam);
      uit.herkomst.set(naam, { bestand: label, blad: vb.naam });
      const bv = bladVerslag(vb);
      if (vb.planlijst) uit.planlijsten.push(hernoemd(vb.planlijst, naam));
      else if (vb.samenvatting)
        uit.samenvattingsBladen.push({ bestand: label, blad: { ...vb.samenvatting, naam } });
      verslag.plannen += bv.plannen;
      verslag.bladen.push(bv);
      uit.foutenPerBlad.push({ bestand: label, blad: vb.naam, intern: naam, fouten: vb.fouten });
    }
    if (!verslag.bladen.some((b) => b.soort !== "overig")) {
      verslag.fout = geenPlanlijstReden(verslag.bladen);
      uit.bevindingen.push(nietTeTellen(label, verslag.fout, true));
    }
  }
  return uit;
}
