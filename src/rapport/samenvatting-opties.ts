/**
 * What the sheets of a summary workbook share: the options the door gives (its words for its
 * settings). The builder and Excel's limits are in raster.ts.
 */

/**
 * How the user reaches, in the door that shows the sheets, what the sheets refer to: the CLI
 * names its options ("--peildatum"), the pane its settings.
 */
export interface Bediening {
  peildatum: string;
  grensjaar: string;
  instellingen: string;
  /** Where every finding can be had when the Bevindingen sheet is full. */
  alleBevindingen: string;
}

/** The names of the summary sheets, and how their texts refer to each other. */
export interface BladNamen {
  samenvatting: string;
  bevindingen: string;
  verantwoording: string;
  uitSamenvattingen: string;
}

/** The names in the CLI's summary workbook (a workbook of its own, so plain names). */
export const BLADNAMEN: BladNamen = {
  samenvatting: "Samenvatting",
  bevindingen: "Bevindingen",
  verantwoording: "Verantwoording",
  uitSamenvattingen: "Uit samenvattingen",
};

export interface SamenvattingBladenOpties {
  bediening: Bediening;
  /** Sheet names (default BLADNAMEN); the pane writes the sheets beside the user's own. */
  bladnamen?: BladNamen;
  /** Name of the settings' source (a file name), for Verantwoording. */
  instellingenBron?: string;
  /**
   * Links from each finding to its cell, and from each sheet as read (Verantwoording, Uit
   * samenvattingen) to that sheet. Only where the sheets go into the workbook they were read
   * from (the pane); the CLI's summary workbook is a file apart from its sources and has none.
   */
  links?: boolean;
}
