/**
 * BETAALBAAR, SEGMENT, GRENS and TOETS for one cell: the deal's price definitions
 * (art. 1a, 1g) through the engine's own rules (src/rules/segment.ts, src/rules/prijzen.ts).
 */
import {
  DEAL_PEILDATUM,
  GRENZEN,
  GrensNaam,
  Parameter,
  Prijsgrenzen,
  laatstBekendGrensjaar,
  laatsteJaar,
  nogNietBekend,
  prijsgrenzen,
  socialeHuurgrens,
  waardeInJaar,
  waardeOp,
} from "../deal";
import { Cel, isLeeg, toonCel, Plan, Eigendom, Segment } from "../planlijst";
import { maakContext, segmentVan, toetsPrijs, isBetaalbaar } from "../rules";
import {
  LEEG,
  Leeg,
  leesJaartal,
  leesPrijs,
  leesSegmentArg,
  leesSoort,
  soortVan,
} from "./argumenten";
import { FunctieFout, isFunctieFout, nietBeschikbaar, waardeFout } from "./fouten";
import { celFout } from "./invoer";

/** The arguments prijs, [soort] and [jaar] read as BETAALBAAR and SEGMENT take them. */
function prijsArgumenten(
  prijsCel: Cel,
  soortCel: Cel,
  jaarCel: Cel
): { prijs: number; soort: Eigendom; grenzen: Prijsgrenzen; jaar?: number } | Leeg | FunctieFout {
  const prijs = leesPrijs(prijsCel);
  if (prijs === LEEG || isFunctieFout(prijs)) return prijs;
  const gegeven = leesSoort(soortCel);
  if (isFunctieFout(gegeven)) return gegeven;
  const jaar = leesJaartal(jaarCel);
  if (isFunctieFout(jaar)) return jaar;
  const onbekend = grensjaarFout(jaar);
  if (onbekend) return onbekend;
  const soort = soortVan(prijs, gegeven);
  if (isFunctieFout(soort)) return soort;
  return { prijs, soort, grenzen: prijsgrenzen(jaar), ...(jaar === undefined ? {} : { jaar }) };
}

/** #N/B for a year whose national limits are not published yet: never a silent copy of an older year. */
function grensjaarFout(jaar: number | undefined): FunctieFout | undefined {
  const laatste = laatstBekendGrensjaar();
  return jaar !== undefined && jaar > laatste
    ? nietBeschikbaar(nogNietBekend("De landelijke prijsgrenzen", jaar, laatste, true))
    : undefined;
}

/** TRUE when the price is affordable under art. 1a (koop ≤ € 355.000, huur ≤ € 1.000 at the deal's peildatum). */
export function betaalbaar(
  prijsCel: Cel,
  soortCel: Cel = null,
  jaarCel: Cel = null
): boolean | Leeg | FunctieFout {
  const a = prijsArgumenten(prijsCel, soortCel, jaarCel);
  if (a === LEEG || isFunctieFout(a)) return a;
  return isBetaalbaar(a.prijs, a.soort, a.grenzen);
}

/** The deal segment of a price: sociale huur, middenhuur, dure huur, betaalbare koop or dure koop. */
export function segment(
  prijsCel: Cel,
  soortCel: Cel = null,
  jaarCel: Cel = null
): Segment | Leeg | FunctieFout {
  const a = prijsArgumenten(prijsCel, soortCel, jaarCel);
  if (a === LEEG || isFunctieFout(a)) return a;
  // The engine's own choice (art. 1a, 1g): with a jaar all limits of that year; without, the
  // deal's limits and the liberalisatiegrens of this year, as for a plan without opleverjaar.
  const plan = rijPlan({ eigendom: a.soort }, a.prijs, a.soort);
  return segmentVan(plan, maakContext(a.jaar === undefined ? {} : { grensjaar: a.jaar }))!;
}

/** One row as the engine's rules take it. */
function rijPlan(
  seg: { segment: Segment } | { eigendom: Eigendom },
  prijs: number,
  soort: Eigendom | undefined
): Plan {
  return {
    blad: "",
    rij: 0,
    kolommen: {},
    segmentAantallen: {},
    jaarschijven: [],
    problemen: [],
    ...seg,
    ...(soort === "koop"
      ? { koopprijs: prijs }
      : soort === "huur"
        ? { huurprijs: prijs }
        : { prijs }),
  };
}

export const GRENS_NAMEN = Object.keys(GRENZEN) as GrensNaam[];

/** A price limit by name (GRENZEN in src/deal/parameters.ts), at the deal's peildatum or in a year. */
export function grens(naamCel: Cel, jaarCel: Cel = null): number | FunctieFout {
  const fout = celFout("Naam", naamCel);
  if (fout) return fout;
  const sleutel =
    typeof naamCel === "string"
      ? naamCel
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, "_")
      : "";
  if (!(GRENS_NAMEN as string[]).includes(sleutel)) {
    const wat = isLeeg(naamCel)
      ? "Geef de naam van een grens"
      : `Onbekende grens "${toonCel(naamCel)}"`;
    return waardeFout(`${wat}: kies uit ${GRENS_NAMEN.join(", ")}.`);
  }
  const jaar = leesJaartal(jaarCel);
  if (isFunctieFout(jaar)) return jaar;
  const parameter: Parameter<number> = GRENZEN[sleutel as GrensNaam];
  if (jaar !== undefined && jaar > laatsteJaar(parameter))
    return nietBeschikbaar(nogNietBekend(`De grens ${sleutel}`, jaar, laatsteJaar(parameter)));
  // The same choice the check makes: the deal's value (peildatum 1 januari 2022), or the value
  // in force in that year. The deal does not fix sociale huur: without a year, the
  // liberalisatiegrens of this year, as for a plan without opleverjaar.
  if (jaar === undefined && parameter === socialeHuurgrens) {
    const ditJaar = maakContext().peiljaar;
    if (ditJaar > laatsteJaar(parameter))
      return nietBeschikbaar(nogNietBekend(`De grens ${sleutel}`, ditJaar, laatsteJaar(parameter)));
    return waardeInJaar(parameter, ditJaar).waarde;
  }
  return (jaar === undefined ? waardeOp(parameter, DEAL_PEILDATUM) : waardeInJaar(parameter, jaar))
    .waarde;
}

export const OK = "OK";

/**
 * "OK", or the reason a row's price breaks the definition of its segment (art. 1a, 1g), as
 * the engine's row rule words it. Blank segment and price: "" (a blank row of a range).
 */
export function toets(
  segmentCel: Cel,
  prijsCel: Cel,
  soortCel: Cel = null,
  jaarCel: Cel = null
): string | FunctieFout {
  const seg = leesSegmentArg(segmentCel);
  const prijs = leesPrijs(prijsCel);
  if (seg === LEEG && prijs === LEEG) return LEEG;
  if (isFunctieFout(seg)) return seg;
  if (isFunctieFout(prijs)) return prijs;
  if (seg === LEEG)
    return waardeFout("Segment: geef het segment van de rij (bijvoorbeeld sociale huur of BK).");
  if (prijs === LEEG)
    return waardeFout("Prijs: geef de koopprijs of de kale huur per maand van de rij.");
  const soort = leesSoort(soortCel);
  if (isFunctieFout(soort)) return soort;
  const jaar = leesJaartal(jaarCel);
  if (isFunctieFout(jaar)) return jaar;
  const onbekend = grensjaarFout(jaar);
  if (onbekend) return onbekend;
  const plan = rijPlan(seg, prijs, soort);
  const bevindingen = toetsPrijs(plan, maakContext(jaar === undefined ? {} : { grensjaar: jaar }));
  return bevindingen.length === 0
    ? OK
    : bevindingen.map((b) => `${b.article}: ${b.message}`).join(" ");
}
