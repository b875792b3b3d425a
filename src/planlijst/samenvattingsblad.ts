/**
 * A summary sheet per gemeente, as a province or a data compiler makes it: one row per
 * gemeente with hard and soft plan capacity per period ("h2020-2024", "z2025-2029",
 * "htotaal", or a period row under a band "Harde plancapaciteit"), and no plan names.
 * These figures are capacity per gemeente as somebody summed it, not plans: they cannot be
 * checked row by row and must never be added to totals made from planlijsten.
 *
 * Pure: a grid in, figures and problems (at their cell) out. Never changes a value.
 */
import { GemeenteHerkenning, GemeenteNaam, herkenGemeente } from "../deal/gemeenten";
import { Cel, Raster, foutVan, isLeeg, kolomLetters, leesAdres } from "./cel";
import { herkenKop, jaarschijfUitKop } from "./kolommen";
import { foutReden, leesGetal, normaliseer } from "./waarden";

/** Which capacity a column holds. "totaal" = hard and soft together. */
export type Hardheidsoort = "hard" | "zacht" | "totaal" | "onbekend";
export const HARDHEIDSOORTEN: readonly Hardheidsoort[] = ["hard", "zacht", "totaal", "onbekend"];

export interface Periode {
  van: number;
  /** 2100 for an open end ("2030+"). */
  tot: number;
}

export interface CapaciteitKolom {
  /** 0-based index within the sheet. */
  index: number;
  letters: string;
  /** The header as written (with the band above it, when there is one). */
  kop: string;
  hardheid: Hardheidsoort;
  /** Undefined for a total over all periods ("htotaal", "totaal"). */
  periode?: Periode;
}

export interface CapaciteitWaarde {
  kolom: string;
  kop: string;
  hardheid: Hardheidsoort;
  periode?: Periode;
  aantal: number;
}

export interface GemeenteCijfers {
  /** 1-based row. */
  rij: number;
  gemeenteTekst: string;
  herkenning: GemeenteHerkenning;
  /** A deal gemeente, when recognised. */
  gemeente?: GemeenteNaam;
  provincie?: string;
  waarden: CapaciteitWaarde[];
  /**
   * Per kind: the explicit total column when there is one, else the sum of the widest
   * periods that do not overlap; null when the row gives nothing of that kind.
   */
  totalen: Record<Hardheidsoort, number | null>;
}

export interface SamenvattingProbleem {
  rij: number;
  /** Column letters. */
  kolom: string;
  waarde: Cel;
  reden: string;
  /** An unreadable cell, or totals that do not add up. */
  soort: "onleesbaar" | "som";
}

export interface SamenvattingsBlad {
  naam: string;
  isSamenvatting: boolean;
  /** Why the sheet is not a summary per gemeente (Dutch). */
  reden?: string;
  kopRij?: number;
  gemeenteKolom?: string;
  provincieKolom?: string;
  kolommen: CapaciteitKolom[];
  rijen: GemeenteCijfers[];
  /** Rows skipped as totals ("Totaal", "Eindtotaal"). */
  totaalRijen: number[];
  problemen: SamenvattingProbleem[];
}

const GEMEENTE_KOP =
  /^(gemeente|gemeenten|gemeentenaam|gem naam|naam gemeente|gemeente code|gemeentecode|gm naam)$/;
const PROVINCIE_KOP = /^(provincie|provincies|prov)$/;
const REGIO_KOP = /^(regio|regios|regio's|woondealregio|woningmarktregio|corop)$/;
const TOTAAL_RIJ =
  /^(sub)?tota(al|len)\b|^eindtotaal|^generaal totaal|^grand total|^total\b|^som\b/;
const KOP_ZOEKDIEPTE = 40;

function sleutel(v: Cel): string {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return "";
  return normaliseer(v).replace(/[_]+/g, " ").replace(/\s+/g, " ").trim();
}

function hardheidVanBand(tekst: string): Hardheidsoort | undefined {
  if (/\bhard/.test(tekst)) return "hard";
  if (/\bzacht/.test(tekst)) return "zacht";
  if (/\btota(al|le)\b/.test(tekst)) return "totaal";
  return undefined;
}

function periodeUit(tekst: string): Periode | "totaal" | undefined {
  const t = tekst.trim();
  if (t === "" || t === "totaal" || t === "total") return "totaal";
  const open = /^(20\d{2})\s*(?:en verder|e\.v\.|ev|en later|\+)$/.exec(t);
  if (open) return { van: Number(open[1]), tot: 2100 };
  const span = /^(20\d{2})\s*tot\s*(20\d{2})$/.exec(t);
  if (span) return { van: Number(span[1]), tot: Number(span[2]) - 1 };
  const j = jaarschijfUitKop(t);
  return j && j !== "onbekend" ? j : undefined;
}

/**
 * What a header cell says about capacity: "h2020-2024" → hard 2020–2024, "ztotaal" → soft
 * total, "hz2021-2030" → total 2021–2030, "onbekend_2021-2024", "Harde plancapaciteit
 * 2025-2029", or a bare period under a band ("Harde plancapaciteit" above "2021-2024").
 */
export function capaciteitUitKop(
  kop: Cel,
  band?: string
): { hardheid: Hardheidsoort; periode?: Periode } | undefined {
  const bandSoort = band ? hardheidVanBand(sleutel(band)) : undefined;
  if (typeof kop === "number") {
    if (!Number.isInteger(kop) || kop < 2000 || kop > 2100) return undefined;
    return { hardheid: bandSoort ?? "totaal", periode: { van: kop, tot: kop } };
  }
  const t = sleutel(kop);
  if (!t) return undefined;
  const m =
    /^(hz|h|z|harde?|zachte?|totale?|totaal|onbekend|ob)\s*(?:plancapaciteit|plancap|capaciteit|woningen)?\s*(.*)$/.exec(
      t
    );
  if (m) {
    const periode = periodeUit(m[2]);
    if (periode) {
      const p = m[1];
      const hardheid: Hardheidsoort =
        p === "hz" || p.startsWith("tota")
          ? "totaal"
          : p.startsWith("h")
            ? "hard"
            : p.startsWith("z")
              ? "zacht"
              : "onbekend";
      return periode === "totaal" ? { hardheid } : { hardheid, periode };
    }
  }
  const periode = periodeUit(t);
  if (periode && periode !== "totaal" && bandSoort) return { hardheid: bandSoort, periode };
  if (periode && periode !== "totaal" && /\d/.test(t)) return { hardheid: "totaal", periode };
  return undefined;
}

interface Kandidaat {
  index: number;
  kolommen: CapaciteitKolom[];
  gemeenteKolommen: number[];
  provincieKolom?: number;
  regioKolom?: number;
  planKolom: boolean;
}

function beoordeel(raster: Raster, i: number, kolomStart: number): Kandidaat {
  const rij = raster[i] ?? [];
  const boven = i > 0 ? (raster[i - 1] ?? []) : [];
  const k: Kandidaat = { index: i, kolommen: [], gemeenteKolommen: [], planKolom: false };
  let band: string | undefined;
  const breedte = Math.max(rij.length, boven.length);
  for (let j = 0; j < breedte; j++) {
    const b = boven[j];
    if (typeof b === "string" && b.trim()) band = b;
    const kop = rij[j];
    const s = sleutel(kop);
    if (GEMEENTE_KOP.test(s)) k.gemeenteKolommen.push(j);
    else if (PROVINCIE_KOP.test(s)) k.provincieKolom ??= j;
    else if (REGIO_KOP.test(s)) k.regioKolom ??= j;
    else {
      const betekenis = herkenKop(kop);
      if (betekenis?.soort === "veld" && (betekenis.veld === "naam" || betekenis.veld === "id"))
        k.planKolom = true;
      const cap = capaciteitUitKop(kop, band);
      if (cap) {
        const weergave = typeof kop === "number" ? String(kop) : String(kop).trim();
        const bandTekst =
          band &&
          hardheidVanBand(sleutel(band)) &&
          !/[a-z]/i.test(weergave.replace(/totaal|total/i, ""))
            ? `${band.trim()} `
            : "";
        k.kolommen.push({
          index: kolomStart + j,
          letters: kolomLetters(kolomStart + j),
          kop: `${bandTekst}${weergave}`,
          ...cap,
        });
      }
    }
  }
  return k;
}

/** The column among the candidates whose cells below the header hold the most text. */
function kiesGemeenteKolom(raster: Raster, kandidaat: Kandidaat): number {
  let beste = kandidaat.gemeenteKolommen[0];
  let meeste = -1;
  for (const j of kandidaat.gemeenteKolommen) {
    let tekst = 0;
    for (let i = kandidaat.index + 1; i < Math.min(raster.length, kandidaat.index + 201); i++) {
      const c = raster[i]?.[j];
      if (typeof c === "string" && /[a-z]/i.test(c)) tekst++;
    }
    if (tekst > meeste) {
      meeste = tekst;
      beste = j;
    }
  }
  return beste;
}

function tekstVan(v: Cel): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  return undefined;
}

/** The total of one kind: its explicit total column, else the widest non-overlapping periods. */
function totaalVan(waarden: CapaciteitWaarde[], hardheid: Hardheidsoort): number | null {
  const eigen = waarden.filter((w) => w.hardheid === hardheid);
  if (eigen.length === 0) return null;
  const expliciet = eigen.filter((w) => !w.periode);
  if (expliciet.length) return expliciet.reduce((s, w) => s + w.aantal, 0);
  return dekkendePerioden(eigen).reduce((s, w) => s + w.aantal, 0);
}

function dekkendePerioden(waarden: CapaciteitWaarde[]): CapaciteitWaarde[] {
  const gekozen: CapaciteitWaarde[] = [];
  const opBreedte = waarden
    .filter((w) => w.periode)
    .sort(
      (a, b) =>
        b.periode!.tot - b.periode!.van - (a.periode!.tot - a.periode!.van) ||
        a.periode!.van - b.periode!.van
    );
  for (const w of opBreedte) {
    if (gekozen.every((g) => w.periode!.tot < g.periode!.van || w.periode!.van > g.periode!.tot))
      gekozen.push(w);
  }
  return gekozen;
}

const AANTAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
function aantal(n: number): string {
  return AANTAL.format(n);
}

/** Reads a sheet as a summary per gemeente; `isSamenvatting` false (with a reason) when it is not one. */
export function leesSamenvattingsblad(
  naam: string,
  raster: Raster,
  opties: { oorsprong?: string } = {}
): SamenvattingsBlad {
  const oorsprong = leesAdres(opties.oorsprong ?? "A1");
  const blad: SamenvattingsBlad = {
    naam,
    isSamenvatting: false,
    kolommen: [],
    rijen: [],
    totaalRijen: [],
    problemen: [],
  };
  const { beste, regioKandidaat, planKandidaat } = zoekKop(raster, oorsprong.kolom);
  if (!beste) {
    blad.reden = planKandidaat
      ? "het blad heeft een kolom met plan- of projectnamen; het is geen samenvatting per gemeente"
      : regioKandidaat
        ? "het blad vat samen per regio, niet per gemeente"
        : "geen kolom Gemeente met kolommen harde of zachte plancapaciteit (zoals h2020-2024, z2025-2029, htotaal) gevonden";
    return blad;
  }
  const kolomStart = oorsprong.kolom;
  const gemeenteJ = kiesGemeenteKolom(raster, beste);
  blad.kopRij = oorsprong.rij + beste.index;
  blad.gemeenteKolom = kolomLetters(kolomStart + gemeenteJ);
  if (beste.provincieKolom !== undefined)
    blad.provincieKolom = kolomLetters(kolomStart + beste.provincieKolom);
  blad.kolommen = beste.kolommen;

  for (let i = beste.index + 1; i < raster.length; i++) {
    const rij = raster[i];
    if (!rij) continue;
    const nr = oorsprong.rij + i;
    const gemeenteTekst = tekstVan(rij[gemeenteJ]);
    if (!gemeenteTekst || !/[a-z]/i.test(gemeenteTekst)) continue;
    if (TOTAAL_RIJ.test(gemeenteTekst.toLowerCase())) {
      blad.totaalRijen.push(nr);
      continue;
    }
    const provincie =
      beste.provincieKolom !== undefined ? tekstVan(rij[beste.provincieKolom]) : undefined;
    const cijfers = leesGemeenteRij(blad, rij, nr, gemeenteTekst, provincie, kolomStart);
    controleerSommen(blad, cijfers);
    blad.rijen.push(cijfers);
  }
  if (blad.rijen.length === 0) {
    blad.reden = "de kopregel is gevonden, maar er staan geen gemeenten onder";
    return blad;
  }
  blad.isSamenvatting = true;
  return blad;
}

/**
 * The header row: of the rows with a gemeente column and capacity columns (and no plan
 * column), the one with the most capacity columns. Also whether a row with a plan column or
 * a regio column was seen, to say why a sheet without one is no summary per gemeente.
 */
function zoekKop(
  raster: Raster,
  kolomStart: number
): { beste?: Kandidaat; regioKandidaat?: Kandidaat; planKandidaat: boolean } {
  let beste: Kandidaat | undefined;
  let regioKandidaat: Kandidaat | undefined;
  let planKandidaat = false;
  const diepte = Math.min(raster.length, KOP_ZOEKDIEPTE);
  for (let i = 0; i < diepte; i++) {
    const k = beoordeel(raster, i, kolomStart);
    if (k.kolommen.length === 0) continue;
    if (k.planKolom) planKandidaat = true;
    if (
      k.gemeenteKolommen.length &&
      !k.planKolom &&
      (!beste || k.kolommen.length > beste.kolommen.length)
    )
      beste = k;
    if (!k.gemeenteKolommen.length && k.regioKolom !== undefined) regioKandidaat ??= k;
  }
  return { beste, regioKandidaat, planKandidaat };
}

/**
 * One gemeente's row: its capacity cells as numbers (a cell that is none is a problem) and
 * the total of each kind.
 */
function leesGemeenteRij(
  blad: SamenvattingsBlad,
  rij: Cel[],
  nr: number,
  gemeenteTekst: string,
  provincie: string | undefined,
  kolomStart: number
): GemeenteCijfers {
  const herkenning = herkenGemeente(gemeenteTekst);
  const cijfers: GemeenteCijfers = {
    rij: nr,
    gemeenteTekst,
    herkenning,
    waarden: [],
    totalen: { hard: null, zacht: null, totaal: null, onbekend: null },
  };
  if (herkenning.soort === "deal") cijfers.gemeente = herkenning.gemeente;
  if (provincie) cijfers.provincie = provincie;
  for (const k of blad.kolommen) {
    const v = rij[k.index - kolomStart];
    if (isLeeg(v)) continue;
    const g = leesGetal(v);
    if (!g.ok) {
      const fout = foutVan(v);
      blad.problemen.push({
        rij: nr,
        kolom: k.letters,
        waarde: v,
        reden: fout ? foutReden(fout) : g.reden,
        soort: "onleesbaar",
      });
      continue;
    }
    cijfers.waarden.push({
      kolom: k.letters,
      kop: k.kop,
      hardheid: k.hardheid,
      ...(k.periode ? { periode: k.periode } : {}),
      aantal: g.waarde,
    });
  }
  for (const h of HARDHEIDSOORTEN) cijfers.totalen[h] = totaalVan(cijfers.waarden, h);
  return cijfers;
}

/** Explicit totals that do not match their parts: per kind (periods vs total) and hard + zacht vs totaal. */
function controleerSommen(blad: SamenvattingsBlad, c: GemeenteCijfers) {
  for (const h of HARDHEIDSOORTEN) {
    const totaal = c.waarden.find((w) => w.hardheid === h && !w.periode);
    const delen = dekkendePerioden(c.waarden.filter((w) => w.hardheid === h));
    if (!totaal || delen.length === 0) continue;
    const som = delen.reduce((s, w) => s + w.aantal, 0);
    if (Math.abs(som - totaal.aantal) > 0.5) {
      blad.problemen.push({
        rij: c.rij,
        kolom: totaal.kolom,
        waarde: totaal.aantal,
        reden: `${totaal.kop} is ${aantal(totaal.aantal)}, maar de perioden (${delen.map((d) => d.kop).join(" + ")}) tellen op tot ${aantal(som)}`,
        soort: "som",
      });
    }
  }
  const los = (h: Hardheidsoort) => c.waarden.find((w) => w.hardheid === h && !w.periode);
  const [hard, zacht, totaal] = [los("hard"), los("zacht"), los("totaal")];
  if (hard && zacht && totaal) {
    const onbekend = los("onbekend")?.aantal ?? 0;
    const som = hard.aantal + zacht.aantal + onbekend;
    if (Math.abs(som - totaal.aantal) > 0.5) {
      blad.problemen.push({
        rij: c.rij,
        kolom: totaal.kolom,
        waarde: totaal.aantal,
        reden: `${totaal.kop} is ${aantal(totaal.aantal)}, maar ${hard.kop} + ${zacht.kop}${onbekend ? " + onbekend" : ""} is ${aantal(som)}`,
        soort: "som",
      });
    }
  }
}

export interface FoutCel {
  blad: string;
  rij: number;
  kolom: string;
  /** "#REF!", "#DIV/0!", … or the reader's text for a formula without a cached result. */
  fout: string;
}

/** Every cell of a grid that holds an error value (a broken formula such as #REF!), in row order. Sparse grids are fine. */
export function foutCellen(
  naam: string,
  raster: Raster,
  opties: { oorsprong?: string } = {}
): FoutCel[] {
  const oorsprong = leesAdres(opties.oorsprong ?? "A1");
  const uit: FoutCel[] = [];
  raster.forEach((rij, i) => {
    if (!rij) return;
    rij.forEach((c, j) => {
      const fout = foutVan(c);
      if (fout)
        uit.push({
          blad: naam,
          rij: oorsprong.rij + i,
          kolom: kolomLetters(oorsprong.kolom + j),
          fout,
        });
    });
  });
  return uit;
}
