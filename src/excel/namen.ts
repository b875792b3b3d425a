/** Names the add-in uses inside a workbook. */
import { vergelijkingBladNaam } from "../rapport";

/** The report sheet the add-in writes (and never reads as a planlijst). */
export const RAPPORTBLAD = "Woondeal-rapport";

/**
 * The sheets of "Samenvatting van deze werkmap" (src/excel/samenvatting.ts): the CLI's summary
 * workbook under names that say they are the add-in's and never clash with a user's sheet
 * (at most 31 characters). Written as a set, removed as a set, never read as input.
 */
export const SAMENVATTINGSBLADEN = {
  samenvatting: "Woondeal-samenvatting",
  bevindingen: "Woondeal-bevindingen",
  verantwoording: "Woondeal-verantwoording",
  uitSamenvattingen: "Woondeal-uit-samenvattingen",
} as const;

/** Before every sheet name the comparison of rounds writes: its own set, apart from the summary's. */
export const VERGELIJKING_VOORVOEGSEL = "Woondeal-verschil-";

/** The sheets "Vergelijk met vorige versie" writes (src/excel/vergelijking.ts), at most 31 characters. */
export const VERGELIJKINGSBLADEN: readonly string[] = (
  ["wijzigingen", "perGemeente", "bevindingen"] as const
).map((b) => vergelijkingBladNaam(b, VERGELIJKING_VOORVOEGSEL));

const EIGEN_BLADEN = new Set<string>(
  [RAPPORTBLAD, ...Object.values(SAMENVATTINGSBLADEN), ...VERGELIJKINGSBLADEN].map((n) =>
    n.toLowerCase()
  )
);

/** Whether a sheet is one the add-in writes (Excel compares sheet names without case). */
export function isEigenBlad(naam: string): boolean {
  return EIGEN_BLADEN.has(naam.toLowerCase());
}

/** Document setting (Excel.SettingCollection) holding the add-in's settings as a JSON string. */
export const INSTELLINGEN_SLEUTEL = "woondeal-toets";

/** Document setting holding the registry of the marks the add-in made. */
export const MARKERINGEN_SLEUTEL = "woondeal-toets-markeringen";

/** Prompt title of the data-validation messages the add-in adds (≤ 32 characters). */
export const MELDING_TITEL = "Woondeal-toets";
