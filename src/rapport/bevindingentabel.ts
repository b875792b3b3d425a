/**
 * The findings table, defined once: its columns in order, each with its header, the value
 * per finding, the Excel number format and a width. The CSV export, the report sheet and
 * the CLI's xlsx all write these columns; none of them chooses its own.
 *
 * The order reads from the judgement to the detail: severity, article, rule code and title,
 * the place (sheet, cell, field, gemeente), value and limit, and the message last, as it is
 * the widest column.
 */
import { Bevinding, ERNST_LABEL } from "../rules/bevinding";
import { REGEL_OP_CODE } from "../rules/regels";
import { celTekst } from "./opmaak";
import { RasterLink, RasterWaarde, TEKST, plekAdres } from "./raster";

export interface BevindingKolom {
  kop: string;
  /** The cell's value: text or a number; "" when the finding has none. */
  waarde: (f: Bevinding) => RasterWaarde;
  /** Excel number format of the cell ("@" for text, "General" for a value as it came). */
  formaat: (f: Bevinding) => string;
  /** Width in characters (Excel's column width unit). */
  breedte: number;
}

/** A value from the sheet or a limit: a number stays a number, booleans read ja/nee. */
function waardeVan(v: Bevinding["value"]): RasterWaarde {
  if (v === undefined || v === null) return "";
  if (typeof v === "boolean") return v ? "ja" : "nee";
  return v;
}

/** A number as it came (no rounding, no thousands separator), text as text. */
const zoalsHetKwam = (v: RasterWaarde) => (typeof v === "number" ? "General" : TEKST);

const tekst = (kop: string, breedte: number, waarde: (f: Bevinding) => string): BevindingKolom => ({
  kop,
  waarde,
  formaat: () => TEKST,
  breedte,
});

export const BEVINDING_KOLOMMEN: readonly BevindingKolom[] = [
  tekst("Ernst", 14, (f) => ERNST_LABEL[f.severity]),
  tekst("Artikel", 12, (f) => f.article),
  tekst("Regel", 24, (f) => f.rule),
  tekst("Titel", 36, (f) => REGEL_OP_CODE[f.rule]?.titel ?? ""),
  tekst("Blad", 22, (f) => f.sheet ?? ""),
  tekst("Cel", 9, celTekst),
  tekst("Veld", 14, (f) => f.field ?? ""),
  tekst("Gemeente", 16, (f) => f.gemeente ?? ""),
  {
    kop: "Waarde",
    waarde: (f) => waardeVan(f.value),
    formaat: (f) => zoalsHetKwam(waardeVan(f.value)),
    breedte: 16,
  },
  {
    kop: "Grens",
    waarde: (f) => waardeVan(f.limit),
    formaat: (f) => zoalsHetKwam(waardeVan(f.limit)),
    breedte: 12,
  },
  tekst("Melding", 70, (f) => f.message),
];

export const BEVINDING_KOPPEN: readonly string[] = BEVINDING_KOLOMMEN.map((k) => k.kop);

/** 0-based column of the cell (where a link to the finding's cell goes). */
export const CEL_KOLOM = BEVINDING_KOPPEN.indexOf("Cel");
/** 0-based column of the message. */
export const MELDING_KOLOM = BEVINDING_KOPPEN.indexOf("Melding");

/** One finding as a table row, in the order of BEVINDING_KOLOMMEN. */
export function bevindingRij(f: Bevinding): RasterWaarde[] {
  return BEVINDING_KOLOMMEN.map((k) => k.waarde(f));
}

/** The number formats of one finding's row. */
export function bevindingFormaten(f: Bevinding): string[] {
  return BEVINDING_KOLOMMEN.map((k) => k.formaat(f));
}

/**
 * A link from the Cel cell of table row `rij` (`kolom`: that column in the sheet) to the
 * finding's cell on `blad`; none for a finding without a sheet and a row.
 */
export function celLink(
  rij: number,
  f: Bevinding,
  blad: string | undefined = f.sheet,
  kolom = CEL_KOLOM
): RasterLink | undefined {
  const adres = plekAdres(f.row, f.column);
  return blad && adres ? { rij, kolom, blad, adres, tekst: celTekst(f) } : undefined;
}
