/**
 * src/rapport: every door's report, formatted once. This file is the folder's public API;
 * doors import from here only.
 *
 * - opmaak: Dutch dates, euros, counts, sources and places.
 * - raster: a sheet as data (Raster) and its builder; the pane writes it with Office.js,
 *   the CLI with ExcelJS.
 * - bevindingentabel: the findings table's columns, for the CSV, the report sheet and the
 *   summary workbook.
 * - rapportblad / tekst / json: one check's report as a sheet, as text, as the external JSON.
 * - samenvatting-*: the province's consolidation as sheets and as text.
 * - vergelijking-bladen: the comparison of two rounds as sheets, rows and marks.
 */
export * from "./opmaak";
export * from "./raster";
export * from "./bevindingentabel";
export { rapportRaster, SAMENVATTING_KOPPEN } from "./rapportblad";
export { rapportAlsTekst } from "./tekst";
export type { TekstOpties } from "./tekst";
export { rapportAlsJson } from "./json";
export type { JsonOpties, RapportJson } from "./json";
export {
  BLADNAMEN,
  bevindingenBlad,
  samenvattingBlad,
  samenvattingBladen,
  uitSamenvattingenBlad,
} from "./samenvatting-bladen";
export type { Bediening, BladNamen, SamenvattingBladenOpties } from "./samenvatting-opties";
export { verantwoordingBlad } from "./samenvatting-verantwoording";
export { consolidatieAlsTekst } from "./samenvatting-tekst";
export {
  MAX_BLADNAAM,
  SOORT_LABEL,
  TELLING_LABEL,
  VERGELIJKING_BLADEN,
  gemeentenInVolgorde,
  metTeken,
  perGemeenteBlad,
  regelVanWijziging,
  vergelijkingBevindingenBlad,
  vergelijkingBladen,
  vergelijkingBladNaam,
  wijzigingMarkeringen,
  wijzigingRijen,
  wijzigingTekst,
  wijzigingenBlad,
} from "./vergelijking-bladen";
export type {
  PlanPlaats,
  VergelijkingBladenOpties,
  WijzigingRij,
  WijzigingSoort,
} from "./vergelijking-bladen";
