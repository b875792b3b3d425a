/**
 * OPGAVE and DEKKING as streaming formulas over the workbook source: each formula is
 * computed now and again whenever the settings (or, for DEKKING without a capacity, a
 * planlijst sheet) change. Results are already in Excel's form (see naarExcelMatrix).
 */
import { Cel } from "../planlijst";
import { leesGemeente } from "./argumenten";
import { FunctieFout, isFunctieFout, naarExcel, naarExcelFout } from "./fouten";
import { Uitkomst, alleCellen, perCel } from "./invoer";
import { Onderdeel, Stroom, WerkmapBron } from "./bron";
import { dekkingVanCapaciteit, dekkingVanPlanlijst, opgave } from "./opgave";

/**
 * A result matrix as Excel takes it: errors become Excel error objects, cell by cell. A
 * single cell that is an error is given as the error itself (Excel then shows its message
 * on the cell); the caller throws it or streams it.
 */
export function naarExcelMatrix(m: Uitkomst<unknown>[][]): unknown[][] | { fout: unknown } {
  if (m.length === 1 && m[0].length === 1 && isFunctieFout(m[0][0]))
    return { fout: naarExcelFout(m[0][0]) };
  return m.map((rij) => rij.map((v) => naarExcel(v)));
}

/** For a function that returns: the matrix, or throws the single error. */
export function geefTerug(m: Uitkomst<unknown>[][]): unknown[][] {
  const uit = naarExcelMatrix(m);
  if ("fout" in uit) throw uit.fout;
  return uit;
}

/** For a streaming function: the value to pass to setResult. */
function stroomWaarde(m: Uitkomst<unknown>[][]): unknown {
  const uit = naarExcelMatrix(m);
  return "fout" in uit ? uit.fout : uit;
}

function volgMatrix(
  bron: WerkmapBron,
  stroom: Stroom<unknown>,
  nodig: Onderdeel[],
  bereken: () => Promise<Uitkomst<unknown>[][]>
): void {
  bron.volg(
    stroom,
    nodig,
    async () => stroomWaarde(await bereken()),
    (fout: FunctieFout) => stroomWaarde([[fout]])
  );
}

/** OPGAVE(gemeente; [jaar]) as a stream: a new result when the bijlage 3 settings change. */
export function volgOpgave(
  bron: WerkmapBron,
  gemeente: unknown,
  jaar: unknown,
  stroom: Stroom<unknown>
): void {
  volgMatrix(bron, stroom, ["instellingen"], async () => {
    const { deal } = await bron.instellingen();
    return perCel([gemeente, jaar], ([g, j]) => opgave(g, j, deal));
  });
}

/** True when the optional argument was left out (Excel passes null or nothing). */
export const weggelaten = (v: unknown) => v === null || v === undefined;

/**
 * DEKKING(gemeente; [plancapaciteit]) as a stream. With a capacity it depends on the
 * settings only; without, also on the planlijst (read once for all DEKKING formulas).
 */
export function volgDekking(
  bron: WerkmapBron,
  gemeente: unknown,
  capaciteit: unknown,
  stroom: Stroom<unknown>
): void {
  if (!weggelaten(capaciteit)) {
    volgMatrix(bron, stroom, ["instellingen"], async () => {
      const { deal } = await bron.instellingen();
      return perCel([gemeente], ([g]) => dekkingVanCapaciteit(g, capaciteit, deal));
    });
    return;
  }
  volgMatrix(bron, stroom, ["instellingen", "planlijst"], async () => {
    // No read of the workbook for a formula whose every gemeente is wrong anyway.
    const ergensGeldig = alleCellen(gemeente).some((g: Cel) => !isFunctieFout(leesGemeente(g)));
    const { deal } = await bron.instellingen();
    const samenvatting = ergensGeldig ? (await bron.planlijst()).samenvatting : undefined;
    return perCel([gemeente], ([g]) => dekkingVanPlanlijst(g, samenvatting, deal));
  });
}
