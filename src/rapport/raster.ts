/**
 * A sheet as the engine describes it, before any door writes it: values and number formats
 * per cell, bold rows, fills for judgements and links to cells. The pane writes a Raster with
 * Office.js (src/excel/), the CLI with ExcelJS (src/cli/); neither decides what goes where.
 *
 * Column-major data would be smaller, but Office.js takes `values` and `numberFormat` as
 * row-major matrices, so a Raster is row-major and a door can send slices of rows as they are.
 */

export type RasterWaarde = string | number;

/** How a figure is judged, shown as a fill: met, partly met, not met. */
export type Oordeel = "goed" | "matig" | "slecht";

export interface RasterLink {
  /** 0-based row and column of the cell that carries the link. */
  rij: number;
  kolom: number;
  /** The target: a sheet of the same workbook and an A1 address on it. */
  blad: string;
  adres: string;
  /** The text the cell shows. */
  tekst: string;
}

export interface Raster {
  /** The sheet's name as the user will see it. */
  naam: string;
  /** Every row has `breedte` cells; "" for an empty cell. */
  waarden: RasterWaarde[][];
  /** Excel number format per cell ("@" for text, so Excel never reads text as a date or formula). */
  formaten: string[][];
  breedte: number;
  /** 0-based rows shown bold (titles and table headers). */
  koppen: number[];
  /** Fills for judged cells. */
  oordelen: { rij: number; kolom: number; oordeel: Oordeel }[];
  /** Cells that link to a place in the workbook. */
  links: RasterLink[];
  /** Column widths in characters, where the engine has a view on them. */
  kolombreedtes?: number[];
  /** Rows frozen at the top (a table's header). */
  bevrorenRijen?: number;
  /** Columns frozen at the left (the name of a row, while its figures scroll). */
  bevrorenKolommen?: number;
}

export const TEKST = "@";
export const GETAL = "#,##0";
export const DECIMAAL = "#,##0.0";
export const EURO = '"€ "#,##0.##';
export const PROCENT = "0.0%";
