/**
 * What the sheets of a summary workbook share: a builder that turns rows of values into a
 * Raster (with Excel's limits), and the options the door gives (its words for its settings).
 */
import { RasterWaarde, Oordeel, Raster, TEKST } from "./raster";

/** Excel's row limit per sheet. */
export const EXCEL_MAX_RIJEN = 1_048_576;
/** Excel's limit of characters in a cell: longer text makes Excel "repair" the file. */
export const EXCEL_MAX_TEKST = 32_767;
/** Excel's own format: a number as it is. */
export const ALGEMEEN = "General";

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

export interface SamenvattingBladenOpties {
  bediening: Bediening;
  /** Name of the settings' source (a file name), for Verantwoording. */
  instellingenBron?: string;
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

  constructor(naam: string, kolommen: Kolomdef[], bevroren?: { rijen: number; kolommen?: number }) {
    this.raster = {
      naam,
      waarden: [],
      formaten: [],
      breedte: kolommen.length,
      koppen: [],
      oordelen: [],
      links: [],
      kolombreedtes: kolommen.map((k) => k.breedte),
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
