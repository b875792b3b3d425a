/**
 * The report sheet "Woondeal-rapport": reference date, price limits with their source,
 * counts by severity, the summary per gemeente and for the region, and every finding with a
 * link to its cell. It renders the one Rapport the engine made; nothing is re-derived here.
 *
 * Writing replaces the sheet as a whole (delete + add), so the user's sheets are never
 * touched and removing the report is deleting the sheet. Two syncs: one to see whether the
 * sheet exists, one to write it (a findings table over ~3.5 MB takes one more sync per
 * 3.5 MB, as Excel on the web refuses a request over 5 MB).
 *
 * Text cells get number format "@" before their values are written, so Excel does not turn
 * "2025-2026" or "1/2" into dates. Links are HYPERLINK formulas (`formulas` is in English
 * whatever the user's language): `=HYPERLINK("#'Blad'!C12","C12")`.
 *
 * Requirement sets: ExcelApi 1.1 (values, formulas, numberFormat, worksheets.add/delete),
 * 1.4 (getItemOrNullObject), 1.2 (autofitColumns).
 */
import { Bron, socialeHuurgrens } from "../deal";
import {
  ERNST_LABEL,
  REGEL_OP_CODE,
  Samenvatting,
  doelgroepenTekst,
  Rapport,
  telErnst,
} from "../rules";
import { kolomLetters } from "../planlijst";
import { RAPPORTBLAD } from "./namen";

type Waarde = string | number;

export interface RapportRaster {
  /** Every row has `breedte` cells. */
  waarden: Waarde[][];
  /** Number format per cell ("@" for text). */
  formaten: string[][];
  breedte: number;
  /** 0-based rows to show bold (titles and table headers). */
  koppen: number[];
  /** 0-based first row of the findings table body and the column of the cell links. */
  bevindingenVanaf: number;
  linkKolom: number;
  /** Per findings row: the HYPERLINK formula, or "" when the finding has no cell. */
  links: string[];
}

const TEKST = "@";
const GETAL = "#,##0";
const DECIMAAL = "#,##0.0";
const EURO = '"€ "#,##0.##';
const PROCENT = "0.0%";

export const BEVINDING_KOPPEN = [
  "Ernst",
  "Artikel",
  "Regel",
  "Blad",
  "Cel",
  "Veld",
  "Waarde",
  "Melding",
];
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

function bronTekst(b: Bron): string {
  return [b.document, b.artikel, b.verwijzing].filter(Boolean).join(", ");
}

function datumNl(iso: string): string {
  const [j, m, d] = iso.split("-");
  return `${Number(d)}-${Number(m)}-${j}`;
}

/** `=HYPERLINK("#'Blad 1'!C12","C12")`: sheet name quoted with ' doubled, " doubled inside the string. */
export function linkNaar(blad: string, adres: string, tekst: string): string {
  const doel = `#'${blad.replace(/'/g, "''")}'!${adres}`;
  return `=HYPERLINK("${doel.replace(/"/g, '""')}","${tekst.replace(/"/g, '""')}")`;
}

/** The report as a grid (pure; the Excel part only writes it). */
export function rapportRaster(rapport: Rapport): RapportRaster {
  const breedte = Math.max(BEVINDING_KOPPEN.length, SAMENVATTING_KOPPEN.length);
  const waarden: Waarde[][] = [];
  const formaten: string[][] = [];
  const koppen: number[] = [];
  const rij = (cellen: [Waarde | null | undefined, string?][], kop = false) => {
    if (kop) koppen.push(waarden.length);
    const w: Waarde[] = [];
    const f: string[] = [];
    for (let i = 0; i < breedte; i++) {
      const [v, fmt] = cellen[i] ?? ["", TEKST];
      const waarde = v === null || v === undefined ? "" : v;
      w.push(waarde);
      f.push(fmt ?? (typeof waarde === "number" ? GETAL : TEKST));
    }
    waarden.push(w);
    formaten.push(f);
  };
  const leeg = () => rij([]);
  const g = rapport.grenzen;
  const telling = telErnst(rapport.findings);

  rij(
    [["Woondeal-toets: controle aan de Regionale Woondeal Zuidoost Drenthe (21 december 2022)"]],
    true
  );
  rij([["Peildatum"], [datumNl(rapport.referenceDate)]]);
  rij([
    ["Prijsgrenzen"],
    [
      rapport.grensjaar === undefined
        ? `van de woondeal (peildatum ${datumNl(g.datum)})`
        : `landelijke grenzen van ${rapport.grensjaar} (per ${datumNl(g.datum)})`,
    ],
  ]);
  rij([["Betaalbare koop tot en met"], [g.koop, EURO], [bronTekst(g.bronnen.koop)]]);
  rij([
    ["Betaalbare huur en middenhuur tot en met (kale huur per maand)"],
    [g.huur, EURO],
    [bronTekst(g.bronnen.huur)],
  ]);
  if (rapport.grensjaar === undefined) {
    // The deal does not fix sociale huur: each plan takes the liberalisatiegrens of its opleverjaar.
    for (const w of socialeHuurgrens.waarden)
      rij([
        [
          `Sociale huur tot en met, oplevering in ${w.geldigVanaf.slice(0, 4)} (liberalisatiegrens; daarboven middenhuur)`,
        ],
        [w.waarde, EURO],
        [bronTekst(w.bron)],
      ]);
  } else {
    rij([
      ["Sociale huur tot en met (liberalisatiegrens)"],
      [g.socialeHuur, EURO],
      [bronTekst(g.bronnen.socialeHuur)],
    ]);
    rij([["Middenhuur vanaf"], [g.middenhuurMin, EURO], [bronTekst(g.bronnen.middenhuurMin)]]);
  }
  leeg();
  rij([["Bevindingen"], ["Fouten"], ["Waarschuwingen"], ["Ter informatie"]], true);
  rij([["Aantal"], [telling.error], [telling.warning], [telling.info]]);
  leeg();

  rij([["Samenvatting (netto woningen, 2022–2030)"]], true);
  rij(
    SAMENVATTING_KOPPEN.map((k) => [k] as [Waarde]),
    true
  );
  const samenvattingRij = (naam: string, s: Samenvatting) =>
    rij([
      [naam],
      [s.plans],
      [s.netInPeriod],
      s.target === null ? ["niet ingesteld"] : [s.target],
      s.coverage === null ? [""] : [s.coverage, PROCENT],
      [s.hard, DECIMAAL],
      [s.soft, DECIMAAL],
      [s.unknownStatus, DECIMAAL],
      [s.socialRent, DECIMAAL],
      [s.midRent, DECIMAAL],
      [s.expensiveRent, DECIMAAL],
      [s.affordableBuy, DECIMAAL],
      [s.expensiveBuy, DECIMAAL],
      [s.unknownSegment, DECIMAAL],
      s.affordableShareFrom2025 === null ? [""] : [s.affordableShareFrom2025, PROCENT],
      [s.hardNextFiveYears, DECIMAAL],
      [s.flex, DECIMAAL],
      [s.transformation, DECIMAAL],
      [s.inDeal ? doelgroepenTekst(s) : ""],
    ]);
  const gemeenten = Object.keys(rapport.summary.byGemeente).sort((a, b) =>
    a.localeCompare(b, "nl")
  );
  for (const naam of gemeenten) {
    const s = rapport.summary.byGemeente[naam];
    samenvattingRij(s.inDeal ? naam : `${naam} (niet in deze woondeal)`, s);
  }
  samenvattingRij("Regio Zuidoost Drenthe", rapport.summary.region);
  leeg();

  rij([[`Bevindingen (${rapport.findings.length})`]], true);
  rij(
    BEVINDING_KOPPEN.map((k) => [k] as [Waarde]),
    true
  );
  const bevindingenVanaf = waarden.length;
  const linkKolom = BEVINDING_KOPPEN.indexOf("Cel");
  const links: string[] = [];
  for (const f of rapport.findings) {
    const heeftPlek = !!(f.sheet && f.row);
    const celTekst = heeftPlek ? (f.column ? `${f.column}${f.row}` : `rij ${f.row}`) : "";
    links.push(
      heeftPlek
        ? linkNaar(f.sheet!, f.column ? `${f.column}${f.row}` : `${f.row}:${f.row}`, celTekst)
        : ""
    );
    rij([
      [ERNST_LABEL[f.severity]],
      [f.article],
      [REGEL_OP_CODE[f.rule]?.titel ?? f.rule],
      [f.sheet ?? (f.gemeente ? `(${f.gemeente})` : "(werkmap)")],
      [celTekst],
      [f.field ?? ""],
      [
        f.value === undefined || f.value === null
          ? ""
          : typeof f.value === "boolean"
            ? f.value
              ? "ja"
              : "nee"
            : f.value,
        typeof f.value === "number" ? "General" : TEKST,
      ],
      [f.message],
    ]);
  }
  // The link column holds formulas: it must not be text-formatted.
  for (let i = bevindingenVanaf; i < waarden.length; i++)
    if (links[i - bevindingenVanaf]) formaten[i][linkKolom] = "General";
  return { waarden, formaten, breedte, koppen, bevindingenVanaf, linkKolom, links };
}

/** Request bytes per sync for the report (Excel on the web: 5 MB; the rest is formatting). */
const BUDGET = 3.5 * 1024 * 1024;

/** Writes (or replaces) the sheet "Woondeal-rapport" and activates it. */
export async function schrijfRapport(
  context: Excel.RequestContext,
  rapport: Rapport
): Promise<void> {
  const raster = rapportRaster(rapport);
  const bladen = context.workbook.worksheets;
  const oud = bladen.getItemOrNullObject(RAPPORTBLAD);
  oud.load("name");
  await context.sync();

  if (!oud.isNullObject) oud.delete();
  const blad = bladen.add(RAPPORTBLAD);
  const laatsteKolom = kolomLetters(raster.breedte - 1);
  const eerste = raster.bevindingenVanaf;
  const n = raster.links.length;
  const linkKolom = kolomLetters(raster.linkKolom);
  // Rows in blocks under the budget (values, formats and links); usually all in one sync.
  let van = 0;
  let bytes = 0;
  const schrijf = (tot: number) => {
    const bereik = blad.getRange(`A${van + 1}:${laatsteKolom}${tot}`);
    bereik.numberFormat = raster.formaten.slice(van, tot);
    bereik.values = raster.waarden.slice(van, tot);
    // Links of the findings rows in this block; null leaves a cell as it is.
    const a = Math.max(van, eerste);
    if (tot > a) {
      blad.getRange(`${linkKolom}${a + 1}:${linkKolom}${tot}`).formulas = raster.links
        .slice(a - eerste, tot - eerste)
        .map((l) => [l === "" ? null : l]);
    }
    van = tot;
  };
  const encoder = new TextEncoder();
  for (let i = 0; i < raster.waarden.length; i++) {
    const link = i >= eerste ? raster.links[i - eerste] : "";
    const r = encoder.encode(
      JSON.stringify(raster.waarden[i]) + JSON.stringify(raster.formaten[i]) + link
    ).length;
    if (bytes + r > BUDGET && i > van) {
      schrijf(i);
      // One sync per ~4 MB block, to stay under Excel on the web's 5 MB payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      bytes = 0;
    }
    bytes += r;
  }
  schrijf(raster.waarden.length);

  for (const k of raster.koppen) {
    const kop = blad.getRange(`A${k + 1}:${laatsteKolom}${k + 1}`);
    kop.format.font.bold = true;
    if (k === 0) kop.format.font.size = 14;
    else if (raster.waarden[k][1] !== "") kop.format.fill.color = "#DDEBF7";
  }
  // Fit the columns to the tables (not to the long title in A1), then give the messages room.
  blad.getRange(`A2:${laatsteKolom}${raster.waarden.length}`).format.autofitColumns();
  const melding = kolomLetters(BEVINDING_KOPPEN.indexOf("Melding"));
  blad.getRange(`${melding}1`).format.columnWidth = 360;
  if (n > 0)
    blad.getRange(`${melding}${eerste + 1}:${melding}${eerste + n}`).format.wrapText = true;
  blad.activate();
  await context.sync();
}

/** Deletes the report sheet, if there is one (the user's sheets are untouched). */
export async function verwijderRapport(context: Excel.RequestContext): Promise<boolean> {
  const oud = context.workbook.worksheets.getItemOrNullObject(RAPPORTBLAD);
  oud.load("name");
  await context.sync();
  if (oud.isNullObject) return false;
  oud.delete();
  await context.sync();
  return true;
}
