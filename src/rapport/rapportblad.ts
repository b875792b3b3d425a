/**
 * The report sheet as a Raster: reference date, price limits with their source, counts by
 * severity, the summary per gemeente and for the region, and every finding with a link to
 * its cell. It renders the one Rapport the engine made; nothing is re-derived here. The pane
 * writes it with src/excel/raster.ts.
 */
import { socialeHuurgrens } from "../deal/parameters";
import { Samenvatting, doelgroepenTekst } from "../rules/samenvatting";
import { Rapport, telErnst } from "../rules/toets";
import {
  BEVINDING_KOLOMMEN,
  BEVINDING_KOPPEN,
  CEL_KOLOM,
  MELDING_KOLOM,
  bevindingFormaten,
  bevindingRij,
} from "./bevindingentabel";
import { bronTekst, celTekst, datumNl } from "./opmaak";
import {
  CelWaarde,
  DECIMAAL,
  EURO,
  GETAL,
  PROCENT,
  Raster,
  RasterBouwer,
  RasterWaarde,
  TEKST,
} from "./raster";

export const SAMENVATTING_KOPPEN = [
  "Gemeente",
  "Plannen",
  "Netto 2022–2030",
  "Aandeel (bijlage 3)",
  "Dekking",
  "Hard",
  "Zacht",
  "Status onbekend",
  "Sociale huur",
  "Middenhuur",
  "Dure huur",
  "Betaalbare koop",
  "Dure koop",
  "Segment onbekend",
  "Betaalbaar vanaf 2025",
  "Komende 5 jaar (hard)",
  "Flexwoningen (art. 4.13)",
  "Transformatie (art. 4.13)",
  "Doelgroepen",
];

/** A cell: its value and, when not the default (text, or #,##0 for a number), its format. */
type Cel = [RasterWaarde | null | undefined, string?];

/**
 * The report's rows are written as [value, format] pairs: a number without a format is a
 * count, a missing cell is empty text. Appends the row to the shared builder; returns its index.
 */
class Bouwer {
  private readonly bouwer: RasterBouwer;
  constructor(naam: string, breedte: number) {
    this.bouwer = new RasterBouwer(naam, breedte);
  }
  get raster(): Raster {
    return this.bouwer.raster;
  }
  rij(cellen: Cel[], kop = false): number {
    const waarden: CelWaarde[] = [];
    const notaties: string[] = [];
    for (let k = 0; k < this.raster.breedte; k++) {
      const [v, fmt] = cellen[k] ?? ["", TEKST];
      waarden.push(v ?? "");
      notaties.push(fmt ?? (typeof v === "number" ? GETAL : TEKST));
    }
    const i = this.bouwer.rij(waarden, notaties);
    if (kop) this.bouwer.vet(i);
    return i;
  }
  ruweRij(waarden: RasterWaarde[], formaten: string[]): number {
    return this.bouwer.ruweRij(waarden, formaten);
  }
  leeg(): void {
    this.rij([]);
  }
}

function kopEnGrenzen(b: Bouwer, rapport: Rapport): void {
  const g = rapport.grenzen;
  b.rij(
    [["Woondeal-toets: controle aan de Regionale Woondeal Zuidoost Drenthe (21 december 2022)"]],
    true
  );
  b.rij([["Peildatum"], [datumNl(rapport.peildatum)]]);
  b.rij([
    ["Prijsgrenzen"],
    [
      rapport.grensjaar === undefined
        ? `van de woondeal (peildatum ${datumNl(g.datum)})`
        : `landelijke grenzen van ${rapport.grensjaar} (per ${datumNl(g.datum)})`,
    ],
  ]);
  b.rij([["Betaalbare koop tot en met"], [g.koop, EURO], [bronTekst(g.bronnen.koop)]]);
  b.rij([
    ["Betaalbare huur en middenhuur tot en met (kale huur per maand)"],
    [g.huur, EURO],
    [bronTekst(g.bronnen.huur)],
  ]);
  if (rapport.grensjaar === undefined) {
    // The deal does not fix sociale huur: each plan takes the liberalisatiegrens of its opleverjaar.
    for (const w of socialeHuurgrens.waarden)
      b.rij([
        [
          `Sociale huur tot en met, oplevering in ${w.geldigVanaf.slice(0, 4)} (liberalisatiegrens; daarboven middenhuur)`,
        ],
        [w.waarde, EURO],
        [bronTekst(w.bron)],
      ]);
  } else {
    b.rij([
      ["Sociale huur tot en met (liberalisatiegrens)"],
      [g.socialeHuur, EURO],
      [bronTekst(g.bronnen.socialeHuur)],
    ]);
    b.rij([["Middenhuur vanaf"], [g.middenhuurMin, EURO], [bronTekst(g.bronnen.middenhuurMin)]]);
  }
  b.leeg();
  const telling = telErnst(rapport.bevindingen);
  b.rij([["Bevindingen"], ["Fouten"], ["Waarschuwingen"], ["Ter informatie"]], true);
  b.rij([["Aantal"], [telling.error], [telling.warning], [telling.info]]);
  b.leeg();
}

function samenvattingRij(b: Bouwer, naam: string, s: Samenvatting): void {
  b.rij([
    [naam],
    [s.plannen],
    [s.nettoInPeriode],
    s.doel === null ? ["niet ingesteld"] : [s.doel],
    s.dekking === null ? [""] : [s.dekking, PROCENT],
    [s.hard, DECIMAAL],
    [s.zacht, DECIMAAL],
    [s.statusOnbekend, DECIMAAL],
    [s.socialeHuur, DECIMAAL],
    [s.middenhuur, DECIMAAL],
    [s.dureHuur, DECIMAAL],
    [s.betaalbareKoop, DECIMAAL],
    [s.dureKoop, DECIMAAL],
    [s.segmentOnbekend, DECIMAAL],
    s.aandeelBetaalbaarVanaf2025 === null ? [""] : [s.aandeelBetaalbaarVanaf2025, PROCENT],
    [s.hardKomendeVijfJaar, DECIMAAL],
    [s.flex, DECIMAAL],
    [s.transformatie, DECIMAAL],
    [s.inDeal ? doelgroepenTekst(s) : ""],
  ]);
}

function samenvatting(b: Bouwer, rapport: Rapport): void {
  b.rij([["Samenvatting (netto woningen, 2022–2030)"]], true);
  b.rij(
    SAMENVATTING_KOPPEN.map((k) => [k]),
    true
  );
  const perGemeente = rapport.samenvatting.perGemeente;
  for (const naam of Object.keys(perGemeente).sort((x, y) => x.localeCompare(y, "nl"))) {
    const s = perGemeente[naam];
    samenvattingRij(b, s.inDeal ? naam : `${naam} (niet in deze woondeal)`, s);
  }
  samenvattingRij(b, "Regio Zuidoost Drenthe", rapport.samenvatting.regio);
  b.leeg();
}

/** The findings table (BEVINDING_KOLOMMEN), each finding with a cell linking to its place. */
function bevindingen(b: Bouwer, rapport: Rapport): void {
  b.rij([[`Bevindingen (${rapport.bevindingen.length})`]], true);
  b.rij(
    BEVINDING_KOPPEN.map((k) => [k]),
    true
  );
  const breedte = b.raster.breedte;
  const opvulling = Array<string>(breedte - BEVINDING_KOLOMMEN.length).fill("");
  for (const f of rapport.bevindingen) {
    const i = b.ruweRij(
      [...bevindingRij(f), ...opvulling],
      [...bevindingFormaten(f), ...opvulling.map(() => TEKST)]
    );
    if (f.sheet && f.row)
      b.raster.links.push({
        rij: i,
        kolom: CEL_KOLOM,
        blad: f.sheet,
        adres: f.column ? `${f.column}${f.row}` : `${f.row}:${f.row}`,
        tekst: celTekst(f),
      });
  }
}

/** The report as a Raster named `naam` (pure; src/excel/ only writes it). */
export function rapportRaster(rapport: Rapport, naam: string): Raster {
  const breedte = Math.max(BEVINDING_KOPPEN.length, SAMENVATTING_KOPPEN.length);
  const b = new Bouwer(naam, breedte);
  kopEnGrenzen(b, rapport);
  samenvatting(b, rapport);
  bevindingen(b, rapport);
  // The other columns fit their content; the message column gets the table's width (and wraps).
  const kolombreedtes = Array<number>(breedte).fill(0);
  kolombreedtes[MELDING_KOLOM] = BEVINDING_KOLOMMEN[MELDING_KOLOM].breedte;
  b.raster.kolombreedtes = kolombreedtes;
  return b.raster;
}
