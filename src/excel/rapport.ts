/**
 * The report sheet "Woondeal-rapport": the engine lays it out (src/rapport/rapportblad.ts),
 * src/excel/raster.ts writes it (replacing the sheet as a whole, in two syncs for a report
 * under ~3.5 MB, one more per 3.5 MB beyond).
 */
import { rapportRaster as rapportRasterVan, Raster } from "../rapport";
import { Rapport } from "../rules";
import { RAPPORTBLAD } from "./namen";
import { schrijfRaster, verwijderBlad } from "./raster";

/** The report sheet as the engine lays it out, named RAPPORTBLAD. */
export function rapportRaster(rapport: Rapport): Raster {
  return rapportRasterVan(rapport, RAPPORTBLAD);
}

/** Writes (or replaces) the sheet "Woondeal-rapport" and activates it. */
export async function schrijfRapport(
  context: Excel.RequestContext,
  rapport: Rapport
): Promise<void> {
  await schrijfRaster(context, rapportRaster(rapport));
}

/** Deletes the report sheet, if there is one (the user's sheets are untouched). */
export function verwijderRapport(context: Excel.RequestContext): Promise<boolean> {
  return verwijderBlad(context, RAPPORTBLAD);
}
