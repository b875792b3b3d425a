/**
 * The Verantwoording sheet of a summary workbook: the reference date, the price limits and the
 * deal's numbers with their sources, the gemeenten's shares, every workbook and sheet as read,
 * every duplicate and how the counting was done. With `links` (the pane), each sheet as read
 * links to that sheet and each duplicate to its row.
 */
import type { Consolidatie } from "../consolidatie";
import { SCHEIDING } from "../consolidatie";
import { GEMEENTEN, REGIO } from "../deal/gemeenten";
import { aandeelVan } from "../deal/instellingen";
import { AFSPRAKEN, Bron, PERIODE, socialeHuurgrens } from "../deal/parameters";
import { aantal } from "../rules/bevinding";
import { GETAL, Kolomdef, PROCENT, Raster, RasterBouwer, plekAdres } from "./raster";
import { BLADNAMEN, Bediening, SamenvattingBladenOpties } from "./samenvatting-opties";
import { bronTekst, datumNl, plannenTekst } from "./opmaak";

const KOLOMMEN: Kolomdef[] = [
  { kop: "Onderdeel", breedte: 24 },
  { kop: "Omschrijving", breedte: 48 },
  { kop: "Waarde", breedte: 22 },
  { kop: "Bron of toelichting", breedte: 90 },
];
/** The column of a line that names a sheet or a plan's place, so the one that links. */
const OMSCHRIJVING = 1;
const EURO_HEEL = '"€" #,##0';
const EURO_CENT = '"€" #,##0.00';

type Regel = (
  onderdeel: string,
  omschrijving: string,
  waarde: string | number | null,
  bron: string,
  notatie?: string
) => number;

/** Links row `rij`'s Omschrijving to `adres` on `blad`; a no-op without links. */
type Link = (rij: number, blad: string, adres: string | undefined) => void;

function peildatumEnGrenzen(regel: Regel, c: Consolidatie, bediening: Bediening) {
  const r = c.rapport;
  const g = r.grenzen;
  regel(
    "Peildatum",
    "Datum waarop getoetst is (datumregels art. 4.9, 11.2; komende vijf jaar art. 4.10)",
    datumNl(r.peildatum),
    c.peildatumOpgegeven ? `opgegeven met ${bediening.peildatum}` : "de dag van de controle"
  );
  regel(
    "Prijsgrenzen",
    r.grensjaar === undefined
      ? "Grenzen van de woondeal (peildatum 1 januari 2022)"
      : `Landelijke grenzen van ${r.grensjaar} (${bediening.grensjaar})`,
    datumNl(g.datum),
    "art. 1a en 1g; zie de regels hieronder"
  );
  regel(
    "Prijsgrenzen",
    "Betaalbare koop: hoogste koopprijs",
    g.koop,
    bronTekst(g.bronnen.koop),
    EURO_HEEL
  );
  regel(
    "Prijsgrenzen",
    "Betaalbare huur en middenhuur: hoogste kale huur per maand",
    g.huur,
    bronTekst(g.bronnen.huur),
    EURO_CENT
  );
  if (r.grensjaar === undefined) {
    // The deal does not fix sociale huur: each plan takes the liberalisatiegrens of its opleverjaar.
    const waarden = socialeHuurgrens.waarden;
    for (const w of waarden)
      regel(
        "Prijsgrenzen",
        `Sociale huur en ondergrens middenhuur: liberalisatiegrens voor plannen met oplevering in ${w.geldigVanaf.slice(0, 4)}${w === waarden[waarden.length - 1] ? " (en later, tot een nieuwe waarde bekend is; de bevinding zegt dat)" : ""}`,
        w.waarde,
        bronTekst(w.bron),
        EURO_CENT
      );
  } else {
    regel(
      "Prijsgrenzen",
      "Sociale huur: hoogste kale huur per maand (liberalisatiegrens)",
      g.socialeHuur,
      bronTekst(g.bronnen.socialeHuur),
      EURO_CENT
    );
    regel(
      "Prijsgrenzen",
      "Middenhuur: ondergrens kale huur per maand",
      g.middenhuurMin,
      bronTekst(g.bronnen.middenhuurMin),
      EURO_CENT
    );
  }
}

function afspraken(regel: Regel, c: Consolidatie, opties: SamenvattingBladenOpties) {
  const a = AFSPRAKEN;
  const af = (omschrijving: string, p: { waarde: number; bron: Bron }, notatie?: string) =>
    regel("Afspraken", omschrijving, p.waarde, bronTekst(p.bron), notatie);
  af(
    `Versnellingsopgave ${REGIO}, netto ${PERIODE.van}–${PERIODE.tot}`,
    a.versnellingsopgaveRegio,
    GETAL
  );
  af(
    "Plancapaciteit ten minste dit deel van het gemeentelijk aandeel",
    a.plancapaciteitFactor,
    "0%"
  );
  af("Harde plancapaciteit voor de productie van de komende jaren", a.hardeCapaciteitJaren);
  af(
    `Betaalbaar deel van de programmering vanaf ${a.betaalbaarAandeel.vanafJaar}`,
    a.betaalbaarAandeel,
    PROCENT
  );
  af(`Sociale huur ${REGIO}, ten minste`, a.socialeHuurRegio, GETAL);
  af(`Middensegment ${REGIO}, ten minste`, a.middensegmentRegio, GETAL);
  for (const gem of GEMEENTEN) {
    const aandeel = aandeelVan(c.instellingen, gem);
    regel(
      "Gemeentelijk aandeel",
      `${gem} (bijlage 3, netto ${PERIODE.van}–${PERIODE.tot})`,
      aandeel ?? "niet ingesteld",
      aandeel === undefined
        ? `bijlage 3 is niet openbaar; geef de aantallen op met ${opties.bediening.instellingen}`
        : `instellingen${opties.instellingenBron ? ` uit ${opties.instellingenBron}` : ""}`,
      aandeel === undefined ? undefined : GETAL
    );
  }
}

function bestanden(regel: Regel, link: Link, c: Consolidatie, uitSamenvattingen: string) {
  for (const b of c.bestanden) {
    if (b.fout) {
      regel("Bestand niet gelezen", b.naam, "niet gelezen", b.fout);
      continue;
    }
    regel(
      "Bestand",
      b.naam,
      plannenTekst(b.plannen),
      `${b.bladen.length} ${b.bladen.length === 1 ? "blad" : "bladen"}${b.herkomst ? `; ${b.herkomst}` : ""}`
    );
    for (const bl of b.bladen) {
      const fouten = bl.foutCellen ? `; ${aantal(bl.foutCellen)} cellen met een foutwaarde` : "";
      const plaats = `${b.naam}${SCHEIDING}${bl.naam}`;
      let n: number;
      if (bl.soort === "planlijst")
        n = regel(
          "Blad",
          plaats,
          plannenTekst(bl.plannen),
          `planlijst${bl.gemeenten.length ? ` (${bl.gemeenten.join(", ")})` : ""}${fouten}`
        );
      else if (bl.soort === "samenvatting")
        n = regel(
          "Blad",
          plaats,
          `${bl.gemeenten.length} gemeenten`,
          `samenvatting per gemeente (geen plannen): ${bl.gemeenten.length ? `cijfers van ${bl.gemeenten.join(", ")} overgenomen in het blad ${uitSamenvattingen}` : "geen gemeenten van de woondeal"}` +
            `${bl.rijenBuitenDeal ? `; ${aantal(bl.rijenBuitenDeal)} rijen van gemeenten buiten de woondeal niet gebruikt` : ""}${fouten}`
        );
      else
        n = regel(
          "Blad niet gelezen",
          plaats,
          "niet gebruikt",
          `${bl.reden ?? "geen planlijst"}${fouten}`
        );
      link(n, bl.naam, "A1");
    }
  }
}

function dubbelEnWerkwijze(regel: Regel, link: Link, c: Consolidatie) {
  for (const d of c.dubbel) {
    const n = regel(
      "Dubbel plan",
      `${d.naam} (${d.gemeente}) in ${d.bestand}, blad ${d.blad}, rij ${d.rij}`,
      "één keer geteld",
      `telt mee uit ${d.telt.bestand}, blad ${d.telt.blad}, rij ${d.telt.rij}${d.binnenBestand ? " (dubbel binnen hetzelfde bestand)" : ""}` +
        (Math.abs(d.netto - d.telt.netto) > 0.5
          ? `; let op: netto ${aantal(d.netto)} tegen ${aantal(d.telt.netto)}`
          : "")
    );
    link(n, d.blad, plekAdres(d.rij));
  }
  regel(
    "Werkwijze",
    "Tellen",
    null,
    "Alle planlijstbladen van alle bestanden zijn in één keer getoetst; een plan dat in meer bestanden staat (zelfde naam en gemeente; kern en locatie gelijk waar ingevuld) of binnen een bestand dubbel staat, telt één keer mee. " +
      "Cijfers uit een samenvatting per gemeente zijn geen plannen: ze staan apart en tellen niet mee in de totalen."
  );
}

/** What was used and where it comes from, one line each. */
export function verantwoordingBlad(c: Consolidatie, opties: SamenvattingBladenOpties): Raster {
  const namen = opties.bladnamen ?? BLADNAMEN;
  const bouw = new RasterBouwer(namen.verantwoording, KOLOMMEN, { rijen: 1 });
  bouw.kop(KOLOMMEN);
  const regel: Regel = (onderdeel, omschrijving, waarde, bron, notatie) =>
    bouw.rij([onderdeel, omschrijving, waarde, bron], [undefined, undefined, notatie]);
  const link: Link = (rij, blad, adres) => {
    const tekst = bouw.raster.waarden[rij][OMSCHRIJVING];
    if (opties.links && adres && typeof tekst === "string")
      bouw.raster.links.push({ rij, kolom: OMSCHRIJVING, blad, adres, tekst });
  };
  peildatumEnGrenzen(regel, c, opties.bediening);
  afspraken(regel, c, opties);
  bestanden(regel, link, c, namen.uitSamenvattingen);
  dubbelEnWerkwijze(regel, link, c);
  return bouw.raster;
}
