/** A housing plan as read from one planlijst row. */
import { GemeenteNaam } from "../deal/gemeenten";
import { Cel } from "./cel";
import { Veld, SegmentAantalSoort } from "./kolommen";
import { Eigendom, Jaren, Planstatus, Segment } from "./waarden";

/** A cell the reader could not use: it becomes a finding at its address. */
export interface CelProbleem {
  veld: string;
  /** Column letters. */
  kolom: string;
  rij: number;
  waarde: Cel;
  reden: string;
}

export interface Jaarschijf {
  /** Undefined for "jaar onbekend" columns. */
  jaren?: Jaren;
  aantal: number;
  kolom: string;
}

export interface Plan {
  blad: string;
  /** Row number as Excel shows it (1-based). */
  rij: number;
  /** Cell address (column letters) of every field the row has. */
  kolommen: Partial<Record<Veld, string>>;
  id?: string;
  naam?: string;
  /** The gemeente text as written (or as taken from the sheet). */
  gemeenteTekst?: string;
  /** A deal gemeente, when recognised. */
  gemeente?: GemeenteNaam;
  /** True when the gemeente comes from the sheet name or title, not the row. */
  gemeenteVanBlad?: boolean;
  provincie?: string;
  kern?: string;
  locatie?: string;
  bruto?: number;
  /** Always ≥ 0 (a negative sloop in the source is read as its size). */
  sloop?: number;
  /** Netto as written in the row. */
  nettoOpgegeven?: number;
  segment?: Segment;
  /** A segment label the row gives that names no deal segment ("middeldure koop", "Huur goedkoop", "vrije sector"): the price decides, else the plan is not classifiable. */
  segmentLabel?: string;
  eigendom?: Eigendom;
  /** Counts per segment from count columns (e.g. "Sociale huur", "HUUR"). */
  segmentAantallen: Partial<Record<SegmentAantalSoort, number>>;
  koopprijs?: number;
  huurprijs?: number;
  /** A price whose kind (koop/huur) the row does not say. */
  prijs?: number;
  planstatus?: Planstatus;
  opleverjaar?: Jaren;
  jaarschijven: Jaarschijf[];
  doelgroep?: string;
  flex?: boolean;
  transformatie?: boolean;
  plantype?: string;
  corporatie?: string;
  opmerking?: string;
  /**
   * The part of a project this row holds: a bouwcluster or deelplan ("stage_naam"), or the
   * year of a list with one row per plan per year. Rows of one project with different parts
   * are parts, never duplicates.
   */
  deel?: string;
  problemen: CelProbleem[];
  /** Cells whose number the reader had to interpret ("ca. 20", "3,5 ton", "1,050"); reported as info. */
  geraden?: CelProbleem[];
}

/** Net addition of a plan: the row's own netto, else bruto − sloop, else the sum of its jaarschijven. */
export function nettoVan(plan: Plan): number {
  if (plan.nettoOpgegeven !== undefined) return plan.nettoOpgegeven;
  if (plan.bruto !== undefined) return plan.bruto - (plan.sloop ?? 0);
  const schijven = plan.jaarschijven.reduce((s, j) => s + j.aantal, 0);
  return schijven - (plan.sloop ?? 0);
}

export function brutoVan(plan: Plan): number {
  if (plan.bruto !== undefined) return plan.bruto;
  if (plan.jaarschijven.length) return plan.jaarschijven.reduce((s, j) => s + j.aantal, 0);
  if (plan.nettoOpgegeven !== undefined) return plan.nettoOpgegeven + (plan.sloop ?? 0);
  return 0;
}
