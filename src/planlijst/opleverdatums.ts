/**
 * The DIWI import template's "Opleverdatum" columns (layout D; the VNG template has ten). DIWI's
 * own import reads each such column as a delivery in parts: the date is in the column's
 * sub-header (the row under the header) and each cell holds the number of homes delivered on
 * that date; together they add up to the block's homes. So a column with a date in its
 * sub-header is read as a jaarschijf of that date's year.
 *
 * Without any dated sub-header the columns hold dates per plan, not counts: the first is the
 * plan's opleverjaar (as any "Opleverdatum" column), and how the homes divide over the others
 * is not known. A filled column the check cannot use this way is never dropped in silence: it
 * is an other header with what the user can do (`melden`), reported at its header
 * (src/rules/kolomregels.ts, kolom-niet-gebruikt). Empty spare columns are left alone.
 */
import { Cel, Raster, isLeeg, kolomIndex, kolomLetters } from "./cel";
import { Kolom, kopSleutel } from "./kolommen";
import type { PlanlijstBlad } from "./lezer";
import { leesDatum } from "./waarden";

/** The header row as the reader found it: its index in the grid and its cells. */
interface Kop {
  index: number;
  koppen: Cel[];
}

/** One "Opleverdatum" column of the header: where it is and the date its sub-header gives. */
interface Opleverkolom {
  index: number;
  letters: string;
  /** The header as written. */
  kop: string;
  datum?: Date;
}

function datumTekst(d: Date): string {
  return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
}

/** True when the row under the header holds no plan: no name or ID. Then it may be a sub-header. */
function isSubkop(blad: PlanlijstBlad, rij: Cel[], kolomStart: number): boolean {
  const namen = blad.kolommen.filter(
    (k) =>
      k.betekenis.soort === "veld" && (k.betekenis.veld === "naam" || k.betekenis.veld === "id")
  );
  return namen.length > 0 && namen.every((k) => isLeeg(rij[k.index - kolomStart]));
}

/** The header's "Opleverdatum" columns the user did not map by hand, with their sub-header date. */
function opleverkolommen(
  blad: PlanlijstBlad,
  raster: Raster,
  kop: Kop,
  kolomStart: number
): Opleverkolom[] {
  const sub = raster[kop.index + 1] ?? [];
  const metSubkop = isSubkop(blad, sub, kolomStart);
  const uit: Opleverkolom[] = [];
  kop.koppen.forEach((c, j) => {
    if (kopSleutel(c) !== "opleverdatum") return;
    const index = kolomStart + j;
    if (blad.kolommen.some((k) => k.index === index && k.handmatig)) return;
    const g = metSubkop && !isLeeg(sub[j]) ? leesDatum(sub[j]) : undefined;
    uit.push({
      index,
      letters: kolomLetters(index),
      kop: String(c).trim(),
      ...(g?.ok ? { datum: new Date(g.waarde) } : {}),
    });
  });
  return uit;
}

/** Whether a column holds anything in the rows from `van` on. */
function isGevuld(raster: Raster, van: number, j: number): boolean {
  for (let i = van; i < raster.length; i++) if (!isLeeg(raster[i]?.[j])) return true;
  return false;
}

/** Takes a column out of the sheet's columns and unknown headers (it is decided here). */
function haalWeg(blad: PlanlijstBlad, o: Opleverkolom) {
  blad.kolommen = blad.kolommen.filter((k) => k.index !== o.index);
  blad.onbekendeKoppen = blad.onbekendeKoppen.filter((k) => k.kolom !== o.letters);
}

function alsJaarschijf(o: Opleverkolom & { datum: Date }): Kolom {
  const jaar = o.datum.getUTCFullYear();
  return {
    index: o.index,
    letters: o.letters,
    kop: `Opleverdatum ${datumTekst(o.datum)}`,
    betekenis: { soort: "jaarschijf", van: jaar, tot: jaar },
    zekerheid: "zeker",
    waarom: `DIWI-sjabloon: het aantal woningen dat op de datum in de subkop (${datumTekst(o.datum)}) wordt opgeleverd`,
  };
}

/**
 * Reads the sheet's "Opleverdatum" columns as the DIWI template means them (see the module
 * comment). Returns true when the row under the header is their sub-header: it holds no plan.
 */
export function leesOpleverdatums(
  blad: PlanlijstBlad,
  raster: Raster,
  kop: Kop,
  kolomStart: number
): boolean {
  const kolommen = opleverkolommen(blad, raster, kop, kolomStart);
  const gedateerd = kolommen.some((o) => o.datum);
  const opleverjaar = blad.kolommen.find(
    (k) => k.betekenis.soort === "veld" && k.betekenis.veld === "opleverjaar"
  );
  let overige = blad.overigeKoppen ?? [];
  for (const o of kolommen) {
    if (!gedateerd && opleverjaar?.index === o.index) continue; // the opleverjaar, as before
    if (o.datum) {
      haalWeg(blad, o);
      overige = overige.filter((x) => x.kolom !== o.letters);
      blad.kolommen.push(alsJaarschijf({ ...o, datum: o.datum }));
    } else if (isGevuld(raster, kop.index + (gedateerd ? 2 : 1), o.index - kolomStart)) {
      haalWeg(blad, o);
      overige = overige.filter((x) => x.kolom !== o.letters);
      overige.push(nietGebruikt(blad, o, gedateerd, opleverjaar?.letters));
    } else haalWeg(blad, o); // an empty spare column: nothing to read, nothing unknown
  }
  blad.kolommen.sort((a, b) => a.index - b.index);
  overige.sort((a, b) => kolomIndex(a.kolom) - kolomIndex(b.kolom));
  if (overige.length) blad.overigeKoppen = overige;
  return gedateerd;
}

/** A filled "Opleverdatum" column the check cannot use: what it is, and what the user can do. */
function nietGebruikt(
  blad: PlanlijstBlad,
  o: Opleverkolom,
  gedateerd: boolean,
  opleverjaar: string | undefined
): { kolom: string; kop: string; wat: string; melden: string } {
  if (gedateerd)
    return {
      kolom: o.letters,
      kop: o.kop,
      wat: "een opleverdatum zonder datum in de subkop",
      melden: `Vul in rij ${(blad.kopRij ?? 0) + 1} de opleverdatum van deze kolom in; dan telt de controle de aantallen in het jaar van die datum.`,
    };
  return {
    kolom: o.letters,
    kop: o.kop,
    wat: opleverjaar
      ? `nog een opleverdatum; kolom ${opleverjaar} geldt als opleverjaar`
      : "een opleverdatum",
    melden:
      "In het DIWI-sjabloon staat de datum van elke oplevering in de subkop (de rij onder de kop) en het aantal woningen dat dan wordt opgeleverd in de cellen: zet de kolommen zo, of koppel deze kolom bij Instellingen aan een veld of kies daar Negeren.",
  };
}
