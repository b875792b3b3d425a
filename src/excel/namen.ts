/** Names the add-in uses inside a workbook. */

/** The report sheet the add-in writes (and never reads as a planlijst). */
export const RAPPORTBLAD = "Woondeal-rapport";

/** Document setting (Excel.SettingCollection) holding the add-in's settings as a JSON string. */
export const INSTELLINGEN_SLEUTEL = "woondeal-toets";

/** Document setting holding the registry of the marks the add-in made. */
export const MARKERINGEN_SLEUTEL = "woondeal-toets-markeringen";

/** Prompt title of the data-validation messages the add-in adds (≤ 32 characters). */
export const MELDING_TITEL = "Woondeal-toets";
