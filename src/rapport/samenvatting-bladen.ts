/**
 * The summary workbook of a consolidation as sheets (Rasters): Samenvatting (figures per
 * gemeente and the region), Bevindingen (every finding with workbook and sheet), Verantwoording
 * (what was used and where it comes from) and, when summary sheets were read, Uit
 * samenvattingen. The CLI writes them with ExcelJS (src/cli/raster-xlsx.ts); the pane can
 * write the same Rasters with Office.js. Nothing here decides how a door writes a cell.
 */
import type { Consolidatie } from "../consolidatie";
import { GEMEENTEN, GemeenteNaam, REGIO, herkenGemeente } from "../deal/gemeenten";
import { aandeelVan } from "../deal/instellingen";
import { AFSPRAKEN, DEAL, PERIODE } from "../deal/parameters";
import { HARDHEIDSOORTEN } from "../planlijst/samenvattingsblad";
import { Ernst, aantal } from "../rules/bevinding";
import { Samenvatting } from "../rules/samenvatting";
import {
  CelWaarde,
  EXCEL_MAX_RIJEN,
  GETAL,
  Kolomdef,
  Oordeel,
  PROCENT,
  Raster,
  RasterBouwer,
  plekAdres,
} from "./raster";
import { BLADNAMEN, BladNamen, Bediening, SamenvattingBladenOpties } from "./samenvatting-opties";
import {
  BEVINDING_KOLOMMEN,
  BEVINDING_KOPPEN,
  CEL_KOLOM,
  MELDING_KOLOM,
  bevindingRij,
  celLink,
} from "./bevindingentabel";
import { datumNl, jaNee } from "./opmaak";
import { verantwoordingBlad } from "./samenvatting-verantwoording";

export type { Bediening, BladNamen, SamenvattingBladenOpties } from "./samenvatting-opties";
export { BLADNAMEN } from "./samenvatting-opties";

function jarenVanDeal(): number[] {
  const jaren: number[] = [];
  for (let j = PERIODE.van; j <= PERIODE.tot; j++) jaren.push(j);
  return jaren;
}

// ---------------------------------------------------------------------------------------
// Samenvatting

function samenvattingKolommen(peiljaar: number): Kolomdef[] {
  const vijf = `${peiljaar}–${peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1}`;
  const getal = (kop: string, breedte = 9): Kolomdef => ({ kop, breedte, notatie: GETAL });
  return [
    { kop: "Gemeente", breedte: 26 },
    getal("Plannen"),
    getal("Bruto"),
    getal("Sloop", 8),
    getal("Netto (alle jaren)", 11),
    getal(`Netto ${PERIODE.van}–${PERIODE.tot}`, 11),
    getal("Netto zonder opleverjaar", 11),
    getal("Opgave (aandeel bijlage 3; regio: ten minste 4.177)", 14),
    { kop: "Dekking (netto ÷ opgave)", breedte: 10, notatie: PROCENT },
    { kop: "Dekking ≥ 100%", breedte: 9 },
    { kop: "Dekking ≥ 130% (art. 4.10)", breedte: 10 },
    getal("Hard"),
    getal("Zacht"),
    getal("Status onbekend"),
    getal(`Hard ${vijf}`, 10),
    getal(`Gepland ${vijf}`, 10),
    getal(`Vereist ${vijf} (jaarschijven)`, 11),
    { kop: "Genoeg hard voor vijf jaar (art. 4.10)", breedte: 11 },
    getal("Sociale huur"),
    getal("Middenhuur"),
    getal("Dure huur"),
    getal("Betaalbare koop"),
    getal("Dure koop"),
    getal("Segment onbekend"),
    {
      kop: `Betaalbaar vanaf ${AFSPRAKEN.betaalbaarAandeel.vanafJaar} (bekend segment)`,
      breedte: 11,
      notatie: PROCENT,
    },
    { kop: "Betaalbaar ≥ twee derde (art. 6)", breedte: 10 },
    getal("Flexwoningen (art. 4.13)"),
    getal("Transformatie (art. 4.13)"),
    ...jarenVanDeal().map((j) => getal(`Netto ${j}`, 8)),
    getal("Totaal volgens samenvatting per gemeente (geen plannen)", 14),
    { kop: "Bron samenvatting", breedte: 34 },
    { kop: "Opmerking", breedte: 44 },
  ];
}

/** Columns 2–37 of a gemeente's row: its figures and the judgements of art. 4.10 and 6. */
function cijfers(s: Samenvatting, onvolledig: boolean): CelWaarde[] {
  const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
  // Art. 4.10 needs the bijlage 3 jaarschijven; without them it is not judged (never against the list's own plan).
  const hardGenoeg =
    s.vereistKomendeVijfJaar !== null ? s.hardKomendeVijfJaar >= s.vereistKomendeVijfJaar : null;
  const betaalbaarGenoeg =
    s.aandeelBetaalbaarVanaf2025 === null
      ? null
      : s.aandeelBetaalbaarVanaf2025 >= AFSPRAKEN.betaalbaarAandeel.waarde - 1e-9;
  const dekking = s.dekking === null || onvolledig ? null : s.dekking;
  return [
    s.plannen,
    s.bruto,
    s.sloop,
    s.netto,
    s.nettoInPeriode,
    s.nettoJaarOnbekend,
    s.doel,
    s.dekking,
    dekking === null ? "" : jaNee(dekking >= 1),
    dekking === null ? "" : jaNee(dekking >= factor),
    s.hard,
    s.zacht,
    s.statusOnbekend,
    s.hardKomendeVijfJaar,
    s.komendeVijfJaar,
    s.vereistKomendeVijfJaar,
    jaNee(hardGenoeg),
    s.socialeHuur,
    s.middenhuur,
    s.dureHuur,
    s.betaalbareKoop,
    s.dureKoop,
    s.segmentOnbekend,
    s.aandeelBetaalbaarVanaf2025,
    jaNee(betaalbaarGenoeg),
    s.flex,
    s.transformatie,
    ...jarenVanDeal().map((j) => s.perJaar[j] ?? 0),
  ];
}

/** Fills of a gemeente's row (0-based columns): coverage (art. 3.2, 4.10), hard capacity, affordable share. */
function oordelen(s: Samenvatting, cellen: CelWaarde[]): { kolom: number; oordeel: Oordeel }[] {
  const uit: { kolom: number; oordeel: Oordeel }[] = [];
  const goedSlecht = (ja: boolean): Oordeel => (ja ? "goed" : "slecht");
  if (s.dekking !== null) {
    const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
    const d = s.dekking;
    uit.push({ kolom: 8, oordeel: d >= factor ? "goed" : d >= 1 ? "matig" : "slecht" });
    uit.push({ kolom: 9, oordeel: goedSlecht(d >= 1) });
    uit.push({ kolom: 10, oordeel: goedSlecht(d >= factor) });
  }
  if (cellen[17]) uit.push({ kolom: 17, oordeel: goedSlecht(cellen[17] === "ja") });
  if (cellen[25])
    for (const kolom of [24, 25]) uit.push({ kolom, oordeel: goedSlecht(cellen[25] === "ja") });
  return uit;
}

interface GemeenteRij {
  naam: string;
  s: Samenvatting | undefined;
  opmerking: string;
  regio?: boolean;
}

function schrijfGemeente(
  bouw: RasterBouwer,
  c: Consolidatie,
  kolommen: Kolomdef[],
  g: GemeenteRij
) {
  const sv = g.regio ? [] : c.samenvattingen.filter((x) => x.gemeente === g.naam);
  // The regional target needs all four gemeenten: without them coverage is shown unmarked.
  const onvolledig = !!g.regio && c.rapport.samenvatting.regio.gemeenten.length < GEMEENTEN.length;
  const aandeel = GEMEENTEN.includes(g.naam as GemeenteNaam)
    ? aandeelVan(c.instellingen, g.naam as GemeenteNaam)
    : undefined;
  const cellen: CelWaarde[] = [g.naam];
  if (g.s) cellen.push(...cijfers(g.s, onvolledig));
  // No plans: only the target, where bijlage 3 is set; the figures stay empty up to the summary columns.
  else cellen.push(...Array(6).fill(null), aandeel ?? null);
  while (cellen.length < kolommen.length - 3) cellen.push(null);
  const svTotaal = sv.length
    ? sv.reduce(
        (t, x) =>
          t +
          (x.totalen.totaal ??
            (x.totalen.hard ?? 0) + (x.totalen.zacht ?? 0) + (x.totalen.onbekend ?? 0)),
        0
      )
    : null;
  cellen.push(
    svTotaal,
    sv.map((x) => `${x.bestand}, blad ${x.blad}, rij ${x.rij}`).join("; "),
    g.opmerking
  );
  const n = bouw.rij(
    cellen,
    kolommen.map((k) => k.notatie)
  );
  if (g.s && !onvolledig)
    for (const o of oordelen(g.s, cellen)) bouw.oordeel(n, o.kolom, o.oordeel);
  if (g.regio) bouw.vet(n);
}

function gemeenteRijen(c: Consolidatie): GemeenteRij[] {
  const r = c.rapport;
  const rijen: GemeenteRij[] = GEMEENTEN.map((g) => {
    const s = r.samenvatting.perGemeente[g];
    const metSamenvatting = c.samenvattingen.some((x) => x.gemeente === g);
    const opmerking = !s
      ? metSamenvatting
        ? "geen planlijst ontvangen; alleen een samenvatting per gemeente"
        : "geen planlijst ontvangen"
      : s.doel === null
        ? "gemeentelijk aandeel (bijlage 3) niet ingesteld: dekking niet te berekenen"
        : "";
    return { naam: g, s, opmerking };
  });
  const regio = r.samenvatting.regio;
  rijen.push({
    naam: `Regio ${REGIO}`,
    s: regio,
    regio: true,
    opmerking:
      regio.gemeenten.length === GEMEENTEN.length
        ? "alle vier gemeenten"
        : `alleen ${regio.gemeenten.length ? regio.gemeenten.join(", ") : "geen gemeenten"}: de regionale toetsen (art. 3.2, 6) vragen alle vier`,
  });
  for (const [naam, s] of Object.entries(r.samenvatting.perGemeente)) {
    if (s.inDeal) continue;
    const drenthe = herkenGemeente(naam).soort === "drenthe";
    rijen.push({
      naam,
      s,
      opmerking: drenthe
        ? "andere Drentse woondealregio: niet in deze woondeal"
        : "buiten de woondeal: telt niet mee voor de regio",
    });
  }
  return rijen;
}

/** Figures per gemeente and for the region, with a fill where the deal's aims are (not) met. */
export function samenvattingBlad(c: Consolidatie, namen: BladNamen = BLADNAMEN): Raster {
  const r = c.rapport;
  const kolommen = samenvattingKolommen(Number(r.peildatum.slice(0, 4)));
  const bouw = new RasterBouwer(namen.samenvatting, kolommen, { rijen: 4, kolommen: 1 });
  bouw.vet(bouw.rij([`Samenvatting planlijsten ${REGIO} · ${DEAL}`]));
  const leesbaar = c.bestanden.filter((b) => !b.fout).length;
  bouw.rij([
    `Peildatum ${datumNl(r.peildatum)} · ${leesbaar} van ${c.bestanden.length} bestanden gelezen · ` +
      `prijsgrenzen ${r.grensjaar === undefined ? "van de woondeal (1 januari 2022)" : `van ${r.grensjaar}`} · ` +
      (c.dubbel.length ? `${aantal(c.dubbel.length)} dubbele plannen één keer geteld · ` : "") +
      `zie het blad ${namen.verantwoording}`,
  ]);
  bouw.leeg();
  bouw.kop(kolommen);
  for (const g of gemeenteRijen(c)) schrijfGemeente(bouw, c, kolommen, g);
  return bouw.raster;
}

// ---------------------------------------------------------------------------------------
// Bevindingen

/** The one findings table (src/rapport/bevindingentabel.ts), after the workbook it comes from. */
const BEVINDINGEN_KOLOMMEN: Kolomdef[] = [
  { kop: "Bestand", breedte: 28 },
  ...BEVINDING_KOLOMMEN.map((k) => ({ kop: k.kop, breedte: k.breedte })),
];
const ERNST_KOLOM = 1 + BEVINDING_KOPPEN.indexOf("Ernst");
const CEL = 1 + CEL_KOLOM;

const ERNST_OORDEEL: Partial<Record<Ernst, Oordeel>> = { error: "slecht", warning: "matig" };

/**
 * Every finding, one row each, with workbook and sheet as the user knows them. Excel's last row
 * is 1,048,576 (`maxRijen`, smaller in tests): the header, the findings that fit, and one row
 * saying what is left out. With `links` (the pane: the sources are sheets of the same
 * workbook), the Cel of a finding with a sheet and a row links to that cell.
 */
export function bevindingenBlad(
  c: Consolidatie,
  bediening: Bediening,
  maxRijen = EXCEL_MAX_RIJEN,
  naam = BLADNAMEN.bevindingen,
  links = false
): Raster {
  const bouw = new RasterBouwer(naam, BEVINDINGEN_KOLOMMEN, { rijen: 1 });
  bouw.kop(BEVINDINGEN_KOLOMMEN);
  const ruimte = maxRijen - 2;
  const teVeel = c.bevindingen.length > ruimte;
  for (const { bestand, blad, bevinding: b } of teVeel
    ? c.bevindingen.slice(0, ruimte)
    : c.bevindingen) {
    // The sheet as the user knows it in that workbook (not the name made unique across files).
    const n = bouw.rij([bestand || "(alle bestanden)", ...bevindingRij({ ...b, sheet: blad })]);
    const oordeel = ERNST_OORDEEL[b.severity];
    if (oordeel) bouw.oordeel(n, ERNST_KOLOM, oordeel);
    const link = links ? celLink(n, b, blad, CEL) : undefined;
    if (link) bouw.raster.links.push(link);
  }
  if (teVeel) {
    const cellen: CelWaarde[] = [];
    cellen[1 + MELDING_KOLOM] =
      `Nog ${(c.bevindingen.length - ruimte).toLocaleString("nl-NL")} bevindingen staan niet in dit blad: ` +
      `Excel heeft hooguit ${maxRijen.toLocaleString("nl-NL")} rijen. ` +
      `Alle bevindingen staan in ${bediening.alleBevindingen}.`;
    bouw.rij(cellen);
  }
  return bouw.raster;
}

// ---------------------------------------------------------------------------------------
// Uit samenvattingen

/**
 * Capacity per gemeente as summary workbooks give it: not plans, not checked, not added up.
 * With `links` (the pane), each Blad cell links to the row its figures come from.
 */
export function uitSamenvattingenBlad(
  c: Consolidatie,
  naam = BLADNAMEN.uitSamenvattingen,
  links = false
): Raster {
  const koppen = [...new Set(c.samenvattingen.flatMap((s) => s.perKolom.map((k) => k.kop)))];
  const kolommen: Kolomdef[] = [
    { kop: "Gemeente", breedte: 18 },
    { kop: "Bestand", breedte: 30 },
    { kop: "Blad", breedte: 20 },
    { kop: "Rij", breedte: 6 },
    { kop: "Hard", breedte: 10, notatie: GETAL },
    { kop: "Zacht", breedte: 10, notatie: GETAL },
    { kop: "Totaal", breedte: 10, notatie: GETAL },
    { kop: "Hardheid onbekend", breedte: 10, notatie: GETAL },
    ...koppen.map((k) => ({ kop: k, breedte: 11, notatie: GETAL })),
  ];
  const bouw = new RasterBouwer(naam, kolommen, { rijen: 3, kolommen: 1 });
  bouw.rij([
    "Plancapaciteit per gemeente zoals een samenvatting die geeft: geen plannen, niet getoetst en niet opgeteld bij de planlijsten. Lege cel: niet opgegeven in de bron.",
  ]);
  bouw.leeg();
  bouw.kop(kolommen);
  const notaties = kolommen.map((k) => k.notatie);
  for (const s of c.samenvattingen) {
    const perKop = new Map<string, number>();
    for (const p of s.perKolom) if (!perKop.has(p.kop)) perKop.set(p.kop, p.aantal);
    const n = bouw.rij(
      [
        s.gemeente,
        s.bestand,
        s.blad,
        s.rij,
        ...HARDHEIDSOORTEN.map((h) => s.totalen[h]),
        ...koppen.map((k) => perKop.get(k) ?? null),
      ],
      notaties
    );
    const adres = links ? plekAdres(s.rij) : undefined;
    // Column 2 is Blad.
    if (adres) bouw.raster.links.push({ rij: n, kolom: 2, blad: s.blad, adres, tekst: s.blad });
  }
  return bouw.raster;
}

// ---------------------------------------------------------------------------------------

/** The sheets of the summary workbook, in order; Uit samenvattingen only when summaries were read. */
export function samenvattingBladen(c: Consolidatie, opties: SamenvattingBladenOpties): Raster[] {
  const namen = opties.bladnamen ?? BLADNAMEN;
  const bladen = [
    samenvattingBlad(c, namen),
    bevindingenBlad(c, opties.bediening, EXCEL_MAX_RIJEN, namen.bevindingen, opties.links),
    verantwoordingBlad(c, opties),
  ];
  if (c.samenvattingen.length)
    bladen.push(uitSamenvattingenBlad(c, namen.uitSamenvattingen, opties.links));
  return bladen;
}
