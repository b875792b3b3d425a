/**
 * Reading one cell of an argument the Dutch way (through the planlijst reader's parsers),
 * with the Dutch message a user sees when it cannot be read.
 */
import { GEMEENTEN, GemeenteNaam, REGIO, herkenGemeente, PERIODE } from "../deal";
import {
  Cel,
  isLeeg,
  toonCel,
  Eigendom,
  eigendomVan,
  leesGetal,
  leesJaar,
  leesSegment,
  Segment,
} from "../planlijst";
import { euro, soortVanBedrag } from "../rules";
import { FunctieFout, nietBeschikbaar, waardeFout } from "./fouten";
import { celFout } from "./invoer";

/** A blank cell: the functions that work row by row give "" for it. */
export const LEEG = "";
export type Leeg = typeof LEEG;

const KEUZE_GEMEENTE = `${GEMEENTEN.join(", ")} of ${REGIO}`;

/** A price (koop in euro, huur per month): a number or Dutch text such as "€ 355.000" or "763,47". */
export function leesPrijs(v: Cel): number | Leeg | FunctieFout {
  if (isLeeg(v)) return LEEG;
  const fout = celFout("Prijs", v);
  if (fout) return fout;
  const g = leesGetal(v);
  if (!g.ok) return waardeFout(`Prijs: ${g.reden}. Geef een bedrag, zoals 355000 of "€ 355.000".`);
  if (g.waarde <= 0)
    return waardeFout(`Prijs: een prijs moet groter dan 0 zijn, niet ${toonCel(v)}.`);
  return g.waarde;
}

/** "koop" or "huur" (a segment word also tells it: "sociale huur" is huur); blank = not given. */
export function leesSoort(v: Cel): Eigendom | undefined | FunctieFout {
  if (isLeeg(v)) return undefined;
  const fout = celFout("Soort", v);
  if (fout) return fout;
  const s = leesSegment(v);
  if (s.ok) return "segment" in s.waarde ? eigendomVan(s.waarde.segment) : s.waarde.eigendom;
  return waardeFout(`Soort "${toonCel(v)}" is onbekend: gebruik "koop" of "huur".`);
}

/** The kind of a price: as given, else told by the amount (≤ 5.000 huur, ≥ 20.000 koop). */
export function soortVan(prijs: number, soort: Eigendom | undefined): Eigendom | FunctieFout {
  if (soort) return soort;
  return (
    soortVanBedrag(prijs) ??
    waardeFout(
      `Bedrag ${euro(prijs)} is te hoog voor een maandhuur en te laag voor een koopprijs; geef als soort "koop" of "huur" op.`
    )
  );
}

/** A year of the deal's period (2022–2030): a number, text ("2025") or a date; blank = not given. */
export function leesJaartal(v: Cel, wat = "Jaar"): number | undefined | FunctieFout {
  if (isLeeg(v)) return undefined;
  const fout = celFout(wat, v);
  if (fout) return fout;
  if (typeof v === "boolean")
    return waardeFout(`${wat}: ${v ? "WAAR" : "ONWAAR"} is geen jaartal.`);
  const j = leesJaar(v);
  if (!j.ok) return waardeFout(`${wat}: ${j.reden}.`);
  if (j.waarde.van !== j.waarde.tot)
    return waardeFout(`${wat}: geef één jaar, niet ${j.waarde.van}–${j.waarde.tot}.`);
  const jaar = j.waarde.van;
  if (jaar < PERIODE.van || jaar > PERIODE.tot) {
    return waardeFout(
      `${wat} ${jaar} valt buiten de looptijd van de woondeal (${PERIODE.van}–${PERIODE.tot}).`
    );
  }
  return jaar;
}

/** A segment as the planlijst reader understands it (words and SH, MH, DH/VSH, BK, DK), or only koop/huur. */
export function leesSegmentArg(
  v: Cel
): { segment: Segment } | { eigendom: Eigendom } | Leeg | FunctieFout {
  if (isLeeg(v)) return LEEG;
  const fout = celFout("Segment", v);
  if (fout) return fout;
  const s = leesSegment(v);
  return s.ok ? s.waarde : waardeFout(`Segment: ${s.reden}.`);
}

export type GemeenteKeuze = { soort: "gemeente"; gemeente: GemeenteNaam } | { soort: "regio" };

/** A deal gemeente or the region "Zuidoost Drenthe", with spelling variants; a typo gets a suggestion. */
export function leesGemeente(v: Cel): GemeenteKeuze | FunctieFout {
  const fout = celFout("Gemeente", v);
  if (fout) return fout;
  if (isLeeg(v) || typeof v !== "string") {
    return waardeFout(
      `Geef een gemeente op: ${KEUZE_GEMEENTE}${isLeeg(v) ? "" : ` (niet ${toonCel(v)})`}.`
    );
  }
  const h = herkenGemeente(v);
  switch (h.soort) {
    case "deal":
      return { soort: "gemeente", gemeente: h.gemeente };
    case "regio":
      return { soort: "regio" };
    case "drenthe":
      return nietBeschikbaar(
        `${h.naam} hoort niet bij de Regionale Woondeal ${REGIO}; kies ${KEUZE_GEMEENTE}.`
      );
    case "onbekend":
      return nietBeschikbaar(
        h.suggestie
          ? `Onbekende gemeente: ${h.naam} (bedoelt u ${h.suggestie}?)`
          : `Onbekende gemeente: ${h.naam}. Kies ${KEUZE_GEMEENTE}.`
      );
  }
}
