/**
 * The records of a consolidation: what goes in (workbooks as labelled grids), what one
 * workbook becomes after reading (so its grids can be dropped), and what comes out.
 */
import { GemeenteNaam } from "../deal/gemeenten";
import { DealInstellingen } from "../deal/instellingen";
import { PlanlijstBlad, WerkmapInvoer } from "../planlijst/lezer";
import { FoutCel, Hardheidsoort, SamenvattingsBlad } from "../planlijst/samenvattingsblad";
import { Bevinding } from "../rules/bevinding";
import { Rapport } from "../rules/toets";

/** One workbook to consolidate: a file in the CLI, the open workbook in the pane. */
export interface WerkmapBron {
  /**
   * The name the user knows the workbook by (a file name); it names the workbook in every
   * finding and sheet. Unique over one consolidation: the door makes it so.
   */
  label: string;
  /** Where the workbook came from, in the door's words (the CLI: "pad <path as typed>"); shown in Verantwoording. */
  herkomst?: string;
  /** The sheets, when the workbook could be read. */
  bladen?: WerkmapInvoer[];
  /** Why the workbook could not be read (Dutch, one line), when it could not. */
  fout?: string;
}

/** How the sheets are read (the same choice as for one planlijst). */
export interface LeesOpties {
  /** Leave hidden sheets and rows out instead of counting them. */
  zonderVerborgen?: boolean;
}

/** A sheet of one workbook as read: a planlijst, a summary per gemeente, or neither; its grid is no longer needed. */
export interface VoorbereidBlad {
  naam: string;
  planlijst?: PlanlijstBlad;
  samenvatting?: SamenvattingsBlad;
  /** Why the sheet is neither. */
  reden?: string;
  /** Cells with an error value (broken formulas). */
  fouten: FoutCel[];
}

/** One workbook after reading (bereidVoor): plans, summary figures and error cells, no grids. */
export interface VoorbereidBestand {
  label: string;
  herkomst?: string;
  fout?: string;
  bladen?: VoorbereidBlad[];
}

export type BladSoort = "planlijst" | "samenvatting" | "overig";

export interface BladVerslag {
  naam: string;
  soort: BladSoort;
  plannen: number;
  /** Deal gemeenten with plans (planlijst) or rows (summary) on the sheet. */
  gemeenten: string[];
  /** Why the sheet was not read as a planlijst or summary. */
  reden?: string;
  /** Cells with an error value (broken formulas). */
  foutCellen: number;
  /** Summary sheets: gemeente rows outside the deal (not taken). */
  rijenBuitenDeal?: number;
}

export interface BestandVerslag {
  /** The workbook's label. */
  naam: string;
  herkomst?: string;
  fout?: string;
  bladen: BladVerslag[];
  plannen: number;
}

export interface DubbelPlan {
  bestand: string;
  blad: string;
  rij: number;
  naam: string;
  gemeente: string;
  netto: number;
  /** The plan that is counted. */
  telt: { bestand: string; blad: string; rij: number; netto: number };
  /** Within one workbook (the engine's rule) or across workbooks. */
  binnenBestand: boolean;
}

/** Capacity of a deal gemeente as a summary workbook gives it: not plans, not checked. */
export interface SamenvattingsCijfers {
  bestand: string;
  blad: string;
  rij: number;
  gemeente: GemeenteNaam;
  totalen: Record<Hardheidsoort, number | null>;
  /** Header → number, as in the source. */
  perKolom: { kop: string; aantal: number }[];
}

export interface BevindingRegel {
  /** Workbook label; empty for findings about a gemeente or the region over all workbooks. */
  bestand: string;
  /** Sheet name as in the workbook. */
  blad: string;
  bevinding: Bevinding;
}

export interface Consolidatie {
  /** One engine report over all planlijst sheets; summary and totals findings count every plan once. */
  rapport: Rapport;
  bestanden: BestandVerslag[];
  dubbel: DubbelPlan[];
  samenvattingen: SamenvattingsCijfers[];
  /** All findings, with workbook and sheet as the user knows them. */
  bevindingen: BevindingRegel[];
  peildatumOpgegeven: boolean;
  /** The bijlage 3 settings the check used. */
  instellingen: DealInstellingen;
}

/** Where a sheet of the engine run came from: the workbook's label and the sheet's own name. */
export interface BladHerkomst {
  bestand: string;
  blad: string;
}
