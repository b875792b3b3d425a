/** Which segment a price falls in, under the deal's definitions (art. 1a, 1g). */
import { Prijsgrenzen } from "../deal/parameters";
import { Eigendom, Segment } from "../planlijst/waarden";

/**
 * When a price's kind is not given: an amount up to € 5.000 is a monthly rent, from
 * € 20.000 a sale price; in between the kind cannot be told (undefined).
 */
export const HOOGSTE_MAANDHUUR = 5000;
export const LAAGSTE_KOOPPRIJS = 20000;

export function soortVanBedrag(bedrag: number): Eigendom | undefined {
  if (bedrag <= 0) return undefined;
  if (bedrag <= HOOGSTE_MAANDHUUR) return "huur";
  if (bedrag >= LAAGSTE_KOOPPRIJS) return "koop";
  return undefined;
}

/** Segment of a price: koop ≤ limit is betaalbare koop; huur ≤ sociale limit sociaal, ≤ huur limit midden. */
export function segmentVanPrijs(prijs: number, soort: Eigendom, grenzen: Prijsgrenzen): Segment {
  if (soort === "koop") return prijs <= grenzen.koop ? "betaalbare koop" : "dure koop";
  if (prijs <= grenzen.socialeHuur) return "sociale huur";
  if (prijs <= grenzen.huur) return "middenhuur";
  return "dure huur";
}

export function isBetaalbaar(prijs: number, soort: Eigendom, grenzen: Prijsgrenzen): boolean {
  return prijs <= (soort === "koop" ? grenzen.koop : grenzen.huur);
}
