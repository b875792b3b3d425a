/**
 * Reading one workbook's grids into plans, summary figures and error cells. A door that
 * consolidates many files prepares one at a time, so only one workbook's grids are in memory.
 */
import { leesWerkmap } from "../planlijst/lezer";
import { foutCellen, leesSamenvattingsblad } from "../planlijst/samenvattingsblad";
import { LeesOpties, VoorbereidBestand, VoorbereidBlad, WerkmapBron } from "./typen";

export const NIET_GELEZEN = "het bestand kon niet worden gelezen";

/** Reads one workbook; its grids can be dropped afterwards. Pure: the input is not changed. */
export function bereidVoor(bron: WerkmapBron, lezen: LeesOpties = {}): VoorbereidBestand {
  const kop = {
    label: bron.label,
    ...(bron.herkomst !== undefined ? { herkomst: bron.herkomst } : {}),
  };
  const invoer = bron.bladen;
  if (!invoer) return { ...kop, fout: bron.fout ?? NIET_GELEZEN };
  const werkmap = leesWerkmap(invoer, lezen);
  return {
    ...kop,
    bladen: werkmap.bladen.map((blad, k): VoorbereidBlad => {
      const { raster, oorsprong } = invoer[k];
      const o = oorsprong ? { oorsprong } : {};
      const uit: VoorbereidBlad = { naam: blad.naam, fouten: foutCellen(blad.naam, raster, o) };
      if (blad.isPlanlijst) return { ...uit, planlijst: blad };
      const sb = leesSamenvattingsblad(blad.naam, raster, o);
      if (sb.isSamenvatting) return { ...uit, samenvatting: sb };
      // A summary per region, or a planlijst-like sheet, says best why it is neither.
      const reden =
        sb.reden && /regio|plan- of projectnamen/.test(sb.reden)
          ? sb.reden
          : (blad.reden ?? sb.reden);
      return reden !== undefined ? { ...uit, reden } : uit;
    }),
  };
}
