/*
 * The WOONDEAL custom functions. This file only declares them: the JSDoc below is what
 * custom-functions-metadata turns into functions.json (English names and descriptions;
 * tools/bouw/lokaliseer-functies.js adds the Dutch ones from metadata-nl.json). Each
 * function is a thin wrapper; the logic lives in the modules beside this file.
 *
 * The id (first word after @customfunction) never changes: workbooks store formulas by
 * id. Parameters are `any[][]` so a range spills a column of results (dynamic arrays)
 * and an error in one cell stays in that cell.
 */
import { aandeelBetaalbaar, netto } from "./aantallen";
import { Stroom } from "./bron";
import { naarExcelFout, isFunctieFout } from "./fouten";
import { perCel } from "./invoer";
import { betaalbaar, grens, segment, toets } from "./prijzen";
import { geefTerug, volgDekking, volgOpgave } from "./stromen";
import { werkmapBron } from "./werkmap";

/** The runtime's types this file names (the runtime itself provides the global CustomFunctions). */
declare namespace CustomFunctions {
  type StreamingInvocation<T> = Stroom<T>;
}

/**
 * Whether a price is affordable under the housing deal (art. 1a): a sale price up to € 355,000 or a monthly rent up to € 1,000.
 * @customfunction BETAALBAAR AFFORDABLE
 * @helpurl https://localhost:3000/help/betaalbaar.html
 * @param price Sale price in euros or monthly rent, a number or text such as "€ 355.000"; a range gives a column of results.
 * @param [kind] "koop" (sale) or "huur" (rent). Left out: up to 5,000 is a rent, from 20,000 a sale price.
 * @param [year] Use the national limits of this year (2022-2030) instead of the deal's limits of 1 January 2022.
 * @returns TRUE or FALSE for each price.
 */
export function affordable(price: any[][], kind?: any[][], year?: any[][]): any[][] {
  return geefTerug(perCel([price, kind, year], ([p, k, j]) => betaalbaar(p, k, j)));
}

/**
 * The housing deal segment of a price (art. 1a, 1g): sociale huur, middenhuur, dure huur, betaalbare koop or dure koop.
 * @customfunction SEGMENT SEGMENT
 * @helpurl https://localhost:3000/help/segment.html
 * @param price Sale price in euros or monthly rent, a number or text such as "€ 763,47"; a range gives a column of results.
 * @param [kind] "koop" (sale) or "huur" (rent). Left out: up to 5,000 is a rent, from 20,000 a sale price.
 * @param [year] Use the national limits of this year (2022-2030) instead of the deal's limits of 1 January 2022.
 * @returns The segment of each price.
 */
export function priceSegment(price: any[][], kind?: any[][], year?: any[][]): any[][] {
  return geefTerug(perCel([price, kind, year], ([p, k, j]) => segment(p, k, j)));
}

/**
 * A price limit of the housing deal, such as "koop" (355,000); "sociale_huur" is this year's liberalisatiegrens (the deal does not fix it).
 * @customfunction GRENS LIMIT
 * @helpurl https://localhost:3000/help/grens.html
 * @param name koop, nhg, huur, middenhuur_max, middenhuur_min, sociale_huur or liberalisatiegrens.
 * @param [year] The limit in force in this year (2022-2030) instead of the deal's value of 1 January 2022.
 * @returns The limit in euros (rents per month).
 */
export function limit(name: any[][], year?: any[][]): any[][] {
  return geefTerug(perCel([name, year], ([n, j]) => grens(n, j)));
}

/**
 * The target of a municipality under the housing deal: its share (appendix 3, from the settings) or 4,177 for Zuidoost Drenthe. Updates when the settings change.
 * @customfunction OPGAVE TARGET
 * @helpurl https://localhost:3000/help/opgave.html
 * @param municipality Aa en Hunze, Borger-Odoorn, Coevorden, Emmen or Zuidoost Drenthe.
 * @param [year] The target of this year (2022-2030) from the settings instead of the whole period.
 * @param invocation Streaming invocation (provided by Excel).
 */
export function target(
  municipality: any[][],
  year: any[][],
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  volgOpgave(werkmapBron(), municipality, year, invocation);
}

/**
 * Net plan capacity divided by the municipality's target; 1.3 is the 130% of art. 4.10. Without a capacity it counts the planlijst in this workbook and updates when it changes.
 * @customfunction DEKKING COVERAGE
 * @helpurl https://localhost:3000/help/dekking.html
 * @param municipality Aa en Hunze, Borger-Odoorn, Coevorden, Emmen or Zuidoost Drenthe.
 * @param [capacity] Net plan capacity, a number or a range that is summed. Left out: the net capacity 2022-2030 of the planlijst in this workbook.
 * @param invocation Streaming invocation (provided by Excel).
 */
export function coverage(
  municipality: any[][],
  capacity: any[][],
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  volgDekking(werkmapBron(), municipality, capacity, invocation);
}

/**
 * Net addition of homes: gross new homes minus demolition (a negative demolition counts by its size).
 * @customfunction NETTO NET
 * @helpurl https://localhost:3000/help/netto.html
 * @param gross Gross number of new homes; a range gives a column of results.
 * @param demolition Number of homes demolished or withdrawn.
 * @returns Net addition for each row.
 */
export function net(gross: any[][], demolition: any[][]): any[][] {
  return geefTerug(perCel([gross, demolition], ([b, s]) => netto(b, s)));
}

/**
 * Affordable share of a housing programme (sociale huur, middenhuur and betaalbare koop; art. 6 asks two thirds).
 * @customfunction AANDEEL_BETAALBAAR AFFORDABLE_SHARE
 * @helpurl https://localhost:3000/help/aandeel_betaalbaar.html
 * @param segments Segment of each row: words or abbreviations such as SH, MH, DH, BK, DK.
 * @param counts Number of homes of each row (a range of the same size).
 * @returns The affordable share, between 0 and 1.
 */
export function affordableShare(segments: any[][], counts: any[][]): number {
  const uit = aandeelBetaalbaar(segments, counts);
  if (isFunctieFout(uit)) throw naarExcelFout(uit);
  return uit;
}

/**
 * Checks a row's price against its segment (art. 1a, 1g): "OK" or the reason it does not fit.
 * @customfunction TOETS CHECK
 * @helpurl https://localhost:3000/help/toets.html
 * @param segment Segment of the row, such as "sociale huur" or "BK"; a range gives a column of results.
 * @param price Sale price in euros or monthly rent of the row.
 * @param [kind] "koop" (sale) or "huur" (rent), when the segment does not tell.
 * @param [year] Use the national limits of this year (2022-2030) instead of the deal's limits of 1 January 2022.
 * @returns "OK" or the reason, for each row.
 */
export function check(segment: any[][], price: any[][], kind?: any[][], year?: any[][]): any[][] {
  return geefTerug(perCel([segment, price, kind, year], ([s, p, k, j]) => toets(s, p, k, j)));
}
