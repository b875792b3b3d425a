/** NETTO and AANDEEL_BETAALBAAR: counts of homes, read as the planlijst reader reads them. */
import { Cel, isLeeg, toonCel, BETAALBARE_SEGMENTEN, leesAantal } from "../planlijst";
import { LEEG, Leeg, leesSegmentArg } from "./argumenten";
import { FunctieFout, deelDoorNul, isFunctieFout, waardeFout } from "./fouten";
import { afmeting, alleCellen, celFout } from "./invoer";

/** A count of homes; blank = not given. */
function leesTal(v: Cel, wat: string): number | Leeg | FunctieFout {
  if (isLeeg(v)) return LEEG;
  const fout = celFout(wat, v);
  if (fout) return fout;
  const a = leesAantal(v);
  return a.ok ? a.waarde : waardeFout(`${wat}: ${a.reden}.`);
}

/**
 * Net addition: bruto − sloop. A negative sloop (as some lists write demolition) counts
 * by its size, as in the planlijst reader. A blank bruto or sloop counts as 0; both blank
 * gives "" (a blank row of a range).
 */
export function netto(brutoCel: Cel, sloopCel: Cel): number | Leeg | FunctieFout {
  const bruto = leesTal(brutoCel, "Bruto");
  if (isFunctieFout(bruto)) return bruto;
  const sloop = leesTal(sloopCel, "Sloop");
  if (isFunctieFout(sloop)) return sloop;
  if (bruto === LEEG && sloop === LEEG) return LEEG;
  if (bruto !== LEEG && bruto < 0)
    return waardeFout(`Bruto: ${toonCel(brutoCel)} is negatief; bruto telt de nieuwe woningen.`);
  return (bruto === LEEG ? 0 : bruto) - Math.abs(sloop === LEEG ? 0 : sloop);
}

/**
 * The affordable share of a programme (sociale huur + middenhuur + betaalbare koop, art. 6)
 * from a range of segments and a range of the same size with their numbers of homes.
 * Rows with neither segment nor number are skipped; every other row must be readable.
 */
export function aandeelBetaalbaar(segmenten: unknown, aantallen: unknown): number | FunctieFout {
  const a = afmeting(segmenten);
  const b = afmeting(aantallen);
  if (a.rijen !== b.rijen || a.kolommen !== b.kolommen) {
    return waardeFout(
      `Segmenten (${a.rijen}×${a.kolommen}) en aantallen (${b.rijen}×${b.kolommen}) moeten even groot zijn.`
    );
  }
  const segs = alleCellen(segmenten);
  const tallen = alleCellen(aantallen);
  let totaal = 0;
  let betaalbaar = 0;
  for (let i = 0; i < segs.length; i++) {
    const plek = segs.length > 1 ? ` (cel ${i + 1})` : "";
    const seg = leesSegmentArg(segs[i]);
    const tal = leesTal(tallen[i], "Aantal");
    if (isFunctieFout(seg)) return metPlek(seg, plek);
    if (isFunctieFout(tal)) return metPlek(tal, plek);
    if (tal === LEEG || tal === 0) continue;
    if (tal < 0) return waardeFout(`Aantal${plek}: ${toonCel(tallen[i])} is negatief.`);
    if (seg === LEEG)
      return waardeFout(`Segment${plek}: ${toonCel(tallen[i])} woningen zonder segment.`);
    if (!("segment" in seg)) {
      return waardeFout(
        `Segment${plek}: "${toonCel(segs[i])}" zegt niet of het betaalbaar is; gebruik sociale huur, middenhuur, dure huur, betaalbare koop of dure koop.`
      );
    }
    totaal += tal;
    if (BETAALBARE_SEGMENTEN.has(seg.segment)) betaalbaar += tal;
  }
  if (totaal === 0) return deelDoorNul("Het programma telt 0 woningen.");
  return betaalbaar / totaal;
}

function metPlek(fout: FunctieFout, plek: string): FunctieFout {
  return plek ? new FunctieFout(fout.code, fout.message.replace(/^(\w+):/, `$1${plek}:`)) : fout;
}
