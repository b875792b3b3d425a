/**
 * A housing plan as read from one planlijst row, or from one sheet that holds a single plan
 * (a Planmonitor sheet: key/value rows above a year matrix). Where each field of a plan is,
 * for findings and marks, is asked of `celVanVeld` only.
 */
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
  /**
   * Row of each field that is not on the plan's row: a Planmonitor sheet holds its fields as
   * key/value rows (Gemeente, Status Planologisch) above the matrix the plan's row is in.
   */
  rijen?: Partial<Record<Veld, number>>;
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

/**
 * The cell that holds a field of a plan: the field's column (`kolommen`) on the field's own row
 * (`rijen`), else on the plan's row; only the plan's row when no field is asked. Every finding
 * and mark about a field takes its place from here.
 */
export function celVanVeld(plan: Plan, veld?: Veld): { rij: number; kolom?: string } {
  if (!veld) return { rij: plan.rij };
  const kolom = plan.kolommen[veld];
  const rij = plan.rijen?.[veld] ?? plan.rij;
  return kolom ? { rij, kolom } : { rij };
}

/** The plan's name (or ID) cell: where a finding about the plan without a cell of its own is shown. */
export function naamCelVan(plan: Plan): { rij: number; kolom?: string } {
  return celVanVeld(plan, plan.kolommen.naam ? "naam" : plan.kolommen.id ? "id" : undefined);
}

/** The rows that hold the plan or one of its fields: a finding on any of them is about the plan. */
export function rijenVan(plan: Plan): number[] {
  return plan.rijen ? [plan.rij, ...Object.values(plan.rijen)] : [plan.rij];
}

/** Whether a row holds the plan or one of its fields (rijenVan, without making a list). */
export function isRijVan(plan: Plan, rij: number): boolean {
  return plan.rij === rij || (plan.rijen !== undefined && Object.values(plan.rijen).includes(rij));
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
