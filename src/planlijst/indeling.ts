/**
 * Which public planlijst layout a sheet is written in, told by its column names, so the pane
 * and the report can say what the reader took the sheet for.
 */
import type { PlanlijstBlad } from "./lezer";

export type IndelingCode = "W" | "E" | "P" | "A" | "M" | "D" | "twee-kopregels" | "eigen";

export interface Indeling {
  code: IndelingCode;
  /** Dutch name of the layout, for the pane and the report. */
  naam: string;
}

export const INDELINGEN: Record<IndelingCode, string> = {
  W: "Woningbouw Monitor-export (Shinto Labs): één rij per bouwcluster",
  E: "EIB/IPO-planinventarisatie: één rij per plan",
  P: "provinciale planregistratie: één rij per plan per jaar",
  A: "aantallen per segment in kolommen (zoals open data Amsterdam)",
  M: "Planmonitor Wonen-import: één blad per plan",
  D: "DIWI-importsjabloon (VNG): een datumkolom per planstatus",
  "twee-kopregels": "planlijst met groepskoppen boven de kolomkoppen",
  eigen: "eigen planlijst",
};

const maak = (code: IndelingCode): Indeling => ({ code, naam: INDELINGEN[code] });

/** The layout of a read sheet, from its normalised header texts; undefined when it is no planlijst. */
export function herkenIndeling(
  blad: Pick<PlanlijstBlad, "kolommen">,
  sleutels: string[],
  metGroepen: boolean
): Indeling | undefined {
  if (!blad.kolommen.length) return undefined;
  const heeft = (re: RegExp) => sleutels.some((s) => re.test(s));
  const telt = (re: RegExp) => sleutels.filter((s) => re.test(s)).length;
  if (
    heeft(/^(stage naam|juridische status|huur koop)$/) ||
    telt(/^(bruto|netto|sloop) aantal ?woningen$/) >= 2
  )
    return maak("W");
  if (heeft(/^(aantalrest|op202024|wtypggb|hrkponb)$/)) return maak("E");
  if (heeft(/^(status planologisch|jaartal)$/) || heeft(/^(meergezins|eengezins) (koop|huur)/))
    return maak("P");
  if (telt(/^aantal woningen .+/) >= 3) return maak("A");
  if (
    blad.kolommen.filter((k) => k.statusDatum).length >= 2 ||
    heeft(/^(particuliere verhuurder|huur woningcorporatie)$/)
  )
    return maak("D");
  if (metGroepen) return maak("twee-kopregels");
  return maak("eigen");
}
