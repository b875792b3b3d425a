/**
 * What the task pane can ask of Excel. The pane's components receive these operations as
 * props and never import Office.js; `src/excel/` implements them with Excel.run, and tests
 * and the demo supply them over a fake Excel host.
 */
import { GemeenteNaam, DealInstellingen } from "../deal";
import { Veld, PlanlijstBlad, WerkmapInvoer } from "../planlijst";
import { Rapport } from "../rules";
import type { Consolidatie } from "../consolidatie";
import type { Vergelijking } from "../vergelijking";

/** Everything the add-in stores in a workbook (shared by task pane and custom functions). */
export interface WerkmapInstellingen {
  /** Bijlage 3 numbers: per-gemeente aandeel and jaarschijven. */
  deal: DealInstellingen;
  /** ISO date the check is made on; absent = today. */
  peildatum?: string;
  /** National price limits of this year instead of the deal's 2022 peildatum. */
  grensjaar?: number;
  /** Per sheet: column letters → field (null = ignore), when headers are not recognised. */
  kolomToewijzing?: Record<string, Record<string, Veld | null>>;
  /** Per sheet: the gemeente of a sheet that has no gemeente column. */
  gemeentePerBlad?: Record<string, GemeenteNaam>;
}

/** Passed to `controleer` to check every planlijst sheet ("*" cannot occur in a sheet name). */
export const ALLE_PLANLIJSTEN = "*";

/**
 * A check that found its findings but could not mark every cell (a protected sheet): the
 * pane shows `rapport` and the Dutch message, which says what the user can do.
 */
export class NietGemarkeerd extends Error {
  constructor(
    message: string,
    readonly rapport: Rapport
  ) {
    super(message);
    this.name = "NietGemarkeerd";
  }
}

/** A comparison that could not be made; the message is Dutch and can be shown as it is. */
export class VergelijkFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VergelijkFout";
  }
}

export interface BladInfo {
  naam: string;
  actief: boolean;
}

export interface Voortgang {
  /** Dutch description of the step, e.g. "Planlijst lezen". */
  stap: string;
  /** 0..1 */
  fractie: number;
  /** With the last step: Dutch remarks on what was read in a bounded way (see src/excel/planlijst.ts). */
  opmerkingen?: string[];
}

/**
 * The previous monitoring round: the sheets of a file the user picked (read in the pane, never
 * uploaded), or a sheet of the open workbook.
 */
export type VorigeRonde =
  { soort: "bestand"; naam: string; invoer: WerkmapInvoer[] } | { soort: "blad"; blad: string };

/** What Markeer wijzigingen marked, in cells: changes, and plans that could not be paired. */
export interface GemarkeerdeWijzigingen {
  /** Cells with a change since the previous planlijst (the neutral change mark). */
  wijzigingen: number;
  /** Name cells of plans the comparison could not pair (a warning, as in its findings). */
  waarschuwingen: number;
}

/** A comparison of the open workbook with the previous round. */
export interface VergelijkResultaat {
  /** The previous round as the user knows it: the file name, or "blad Voorjaar". */
  vorige: string;
  vergelijking: Vergelijking;
  /** The current round's planlijst sheets (where the findings' and changes' cells are). */
  huidigeBladen: PlanlijstBlad[];
  /** Dutch remarks on what was read in a bounded way. */
  opmerkingen: string[];
}

export interface PaneActies {
  /** The workbook's sheets, the active one marked. */
  bladen(): Promise<BladInfo[]>;
  /**
   * Reads the planlijst (the given sheet; ALLE_PLANLIJSTEN for every planlijst sheet; nothing:
   * the active sheet when it is a planlijst, else every planlijst sheet), checks it and marks the violating cells.
   * Rejects with NietGemarkeerd (carrying the report) when cells could not be marked.
   */
  controleer(blad?: string, voortgang?: (v: Voortgang) => void): Promise<Rapport>;
  /** Selects a cell (A1 address) on a sheet. */
  selecteer(blad: string, adres: string): Promise<void>;
  /** Removes every mark the add-in made, restoring the exact previous look. */
  wisMarkeringen(): Promise<void>;
  /** Writes (or replaces) the sheet "Woondeal-rapport". */
  maakRapport(rapport: Rapport): Promise<void>;
  leesInstellingen(): Promise<WerkmapInstellingen>;
  bewaarInstellingen(instellingen: WerkmapInstellingen): Promise<void>;
  /**
   * Compares the planlijst sheets of the workbook (the add-in's own sheets and, for a sheet,
   * that sheet excepted) with the previous round, under the workbook's settings. Rejects with a
   * Dutch message when either round holds no planlijst.
   */
  vergelijk(vorige: VorigeRonde): Promise<VergelijkResultaat>;
  /** Writes (or replaces) the sheets Woondeal-verschil-Wijzigingen, Woondeal-verschil-Per gemeente and Woondeal-verschil-Bevindingen. */
  schrijfVergelijking(resultaat: VergelijkResultaat): Promise<void>;
  /**
   * Marks the changed cells with the neutral mark of a change (replacing earlier marks), and
   * plans that could not be paired as warnings; resolves to how many cells of each were
   * marked. wisMarkeringen clears them.
   */
  markeerWijzigingen(resultaat: VergelijkResultaat): Promise<GemarkeerdeWijzigingen>;
  /** Removes the comparison's sheets; resolves to how many there were. */
  verwijderVergelijking(): Promise<number>;
  /** After a check: calls back with a new report when planlijst rows change (debounced). Returns an unsubscribe function. */
  volgWijzigingen(terugroep: (rapport: Rapport) => void): () => void;
  /**
   * "Samenvatting van deze werkmap": every sheet (planlijsten and summary sheets) consolidated
   * as `woondeal-toets samenvatting` does the saved file; with `inWerkmap` its sheets written
   * (replacing earlier ones). Marks nothing.
   */
  vatSamen(opties?: WerkmapSamenvattingOpties): Promise<WerkmapSamenvatting>;
  /** Deletes the summary sheets the add-in wrote (nothing else); resolves to their names. */
  verwijderSamenvatting(): Promise<string[]>;
}

export interface WerkmapSamenvattingOpties {
  /** Leave hidden sheets and rows out (as the CLI's `--zonder-verborgen`). */
  zonderVerborgen?: boolean;
  /** Also write the summary sheets into the workbook. */
  inWerkmap?: boolean;
}

export interface WerkmapSamenvatting {
  consolidatie: Consolidatie;
  /** The workbook's name: its label in every finding and sheet. */
  werkmap: string;
  /** The sheets written, in order (empty unless asked). */
  bladen: string[];
  /** Dutch remarks on what was read in a bounded way (a huge used range, very long texts). */
  opmerkingen: string[];
}

/** What the custom functions' source (src/functions/bron.ts) follows: the settings or the planlijst. */
export type Onderdeel = "instellingen" | "planlijst";

/**
 * What the custom functions ask of Excel; `officePoort()` in src/excel/functiebron.ts
 * implements it over the workbook's watcher, tests supply a stub.
 */
export interface WerkmapPoort {
  leesInstellingen(): Promise<WerkmapInstellingen>;
  /** Reads every sheet with the settings' column mappings and sheet gemeenten. */
  leesPlanlijst(instellingen: WerkmapInstellingen): Promise<PlanlijstBlad[]>;
  /**
   * Starts listening: `wijziging("planlijst")` when a sheet for which `telt(naam)` is true
   * changes or sheets are added, deleted or renamed; `wijziging("instellingen")` when the
   * stored settings change. Resolves to a function that stops listening.
   */
  volg(
    wijziging: (wat: Onderdeel) => void,
    telt: (blad: string) => boolean
  ): Promise<() => unknown>;
  /** Resolves when no change is waiting to be reported (tests, shutdown). */
  rust?(): Promise<void>;
}
