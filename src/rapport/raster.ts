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

/** Excel's row limit per sheet. */
export const EXCEL_MAX_RIJEN = 1_048_576;
/** Excel's limit of characters in a cell: longer text makes Excel "repair" the file. */
export const EXCEL_MAX_TEKST = 32_767;
/** Excel's own format: a number as it is. */
export const ALGEMEEN = "General";

/**
 * The A1 address of a place on a sheet: a cell ("C12"), or the whole row ("12:12") without a
 * column; undefined for a place Excel has not, so a link never points at a made-up address.
 */
export function plekAdres(rij: number | undefined, kolom?: string): string | undefined {
  if (rij === undefined || !Number.isInteger(rij) || rij < 1 || rij > EXCEL_MAX_RIJEN)
    return undefined;
  if (!kolom) return `${rij}:${rij}`;
  return /^[A-Z]{1,3}$/.test(kolom) ? `${kolom}${rij}` : undefined;
}

export interface Kolomdef {
  kop: string;
  breedte: number;
  notatie?: string;
}

export type CelWaarde = RasterWaarde | null;

/** Builds a Raster row by row; rows of the same formats share one array (memory at 100,000 findings). */
export class RasterBouwer {
  readonly raster: Raster;
  private vormen = new Map<string, string[]>();

  /** `kolommen`: the columns with their widths, or only how many (widths left to the door). */
  constructor(
    naam: string,
    kolommen: Kolomdef[] | number,
    bevroren?: { rijen: number; kolommen?: number }
  ) {
    this.raster = {
      naam,
      waarden: [],
      formaten: [],
      breedte: typeof kolommen === "number" ? kolommen : kolommen.length,
      koppen: [],
      oordelen: [],
      links: [],
      ...(typeof kolommen === "number" ? {} : { kolombreedtes: kolommen.map((k) => k.breedte) }),
      ...(bevroren ? { bevrorenRijen: bevroren.rijen } : {}),
      ...(bevroren?.kolommen ? { bevrorenKolommen: bevroren.kolommen } : {}),
    };
  }

  /** Adds a row (null and "" are empty cells); returns its 0-based index. */
  rij(cellen: CelWaarde[], notaties: (string | undefined)[] = []): number {
    const b = this.raster.breedte;
    const waarden: RasterWaarde[] = new Array(b);
    const formaten: string[] = new Array(b);
    for (let i = 0; i < b; i++) {
      const v = cellen[i];
      const w = v === null || v === undefined ? "" : pastInCel(v);
      waarden[i] = w;
      // An empty cell gets its column's format, so that a number typed there looks like the rest.
      formaten[i] = typeof w === "string" && w !== "" ? TEKST : (notaties[i] ?? ALGEMEEN);
    }
    const sleutel = formaten.join("\u0000");
    let vorm = this.vormen.get(sleutel);
    if (!vorm) this.vormen.set(sleutel, (vorm = formaten));
    this.raster.waarden.push(waarden);
    this.raster.formaten.push(vorm);
    return this.raster.waarden.length - 1;
  }

  /** Appends a row as it is (values and formats already the full width and checked). */
  ruweRij(waarden: RasterWaarde[], formaten: string[]): number {
    this.raster.waarden.push(waarden);
    this.raster.formaten.push(formaten);
    return this.raster.waarden.length - 1;
  }

  leeg(): number {
    return this.rij([]);
  }

  kop(kolommen: Kolomdef[]): number {
    const n = this.rij(kolommen.map((k) => k.kop));
    this.raster.koppen.push(n);
    return n;
  }

  vet(rij: number) {
    this.raster.koppen.push(rij);
  }

  oordeel(rij: number, kolom: number, oordeel: Oordeel) {
    this.raster.oordelen.push({ rij, kolom, oordeel });
  }
}

function pastInCel(v: RasterWaarde): RasterWaarde {
  return typeof v === "string" && v.length > EXCEL_MAX_TEKST
    ? `${v.slice(0, EXCEL_MAX_TEKST - 1)}…`
    : v;
}
