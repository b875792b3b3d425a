/**
 * From a grid of cell values to plans: finds the header row, maps headers to fields,
 * tells plan rows from totals, titles and notes, and reads every value the Dutch way.
 * Never changes a value; every cell it cannot use is kept as a problem at its address.
 */
import { GemeenteNaam, gemeenteInTekst, herkenGemeente } from "../deal/gemeenten";
import { Cel, Raster, foutVan, isLeeg, kolomIndex, kolomLetters, leesAdres, toonCel } from "./cel";
import {
  Betekenis,
  Herkenning,
  Kolom,
  VELD_LABEL,
  Veld,
  bekendOngebruikt,
  herkenKopUitleg,
  kopSleutel,
  kopWeergave,
} from "./kolommen";
import { BladMelding, begrensRaster, rijReeksen } from "./grenzen";
import { CelProbleem, Plan, isRijVan, naamCelVan } from "./plan";
import {
  Gelezen,
  MAX_GETALTEKST,
  geradenGetal,
  leesAantal,
  leesBedrag,
  leesGetal,
  leesDatum,
  leesJaar,
  leesBouwsoort,
  leesPlanstatus,
  leesPositiefAantal,
  leesPrijsklasse,
  leesWoonvorm,
} from "./waarden";
import { INDELINGEN, Indeling, herkenIndeling } from "./indeling";
import { isPlanmonitor, leesPlanmonitor } from "./planmonitor";
import { leesOpleverdatums } from "./opleverdatums";

export type RijSoort = "plan" | "totaal" | "subtotaal" | "titel" | "notitie" | "kop";

export interface OvergeslagenRij {
  rij: number;
  soort: Exclude<RijSoort, "plan">;
  tekst?: string;
}

export interface PlanlijstBlad {
  naam: string;
  isPlanlijst: boolean;
  /** Why the sheet is not a planlijst (Dutch), when it is not. */
  reden?: string;
  /** 1-based row of the header. */
  kopRij?: number;
  kolommen: Kolom[];
  /**
   * Header cells the reader did not recognise; `lijkt` says what their content looks like
   * (prices, counts, years, statuses), so the check can report them.
   */
  onbekendeKoppen: { kolom: string; kop: string; lijkt?: InhoudSoort }[];
  /**
   * Recognised columns the check does not use (a month, a woningtype, a second status column),
   * with why; `melden` (what the user can do) when the column holds values the check leaves
   * out, which makes it a finding at its header (a second DIWI "Opleverdatum").
   */
  overigeKoppen?: { kolom: string; kop: string; wat: string; melden?: string }[];
  /** The public layout the sheet is written in, when the reader recognises one. */
  indeling?: Indeling;
  plannen: Plan[];
  overgeslagen: OvergeslagenRij[];
  /** The gemeente the sheet is about when rows don't say (sheet name, title or setting). */
  gemeente?: GemeenteNaam;
  /** True when the sheet has an opleverjaar column or jaarschijf columns. */
  heeftJaarinformatie: boolean;
  /** Last row with content. */
  laatsteRij: number;
  /** What the reader left out or wants the user to know about the sheet (src/planlijst/grenzen.ts). */
  meldingen?: BladMelding[];
}

export interface BladOpties {
  /** Top-left address of the grid within the sheet (default A1). */
  oorsprong?: string;
  /** Gemeente of the whole sheet, when known (task pane setting / CLI). */
  gemeente?: GemeenteNaam;
  /** Manual column mapping: column letters → field (null = ignore the column). */
  kolomToewijzing?: Record<string, Veld | null>;
  /** Whether Excel shows the sheet (from WerkmapInvoer). */
  zichtbaarheid?: "zichtbaar" | "verborgen" | "zeer verborgen";
  /** Hidden sheet rows (1-based, from WerkmapInvoer). */
  verborgenRijen?: number[];
  /** Leave hidden sheets and rows out instead of counting them. */
  zonderVerborgen?: boolean;
}

// "Totaal", "Subtotaal kern Emmen", "Eindtotaal", and Excel's Subtotals "Emmen Totaal".
const TOTAAL =
  /^(sub)?tot(aal|alen|aal generaal)\b|^eindtota|^generaal totaal|^som\b|^totaal\b|^grand total|^total\b|\s(sub)?totaal$/;
const KOP_ZOEKDIEPTE = 40;
const HOEVEELHEID = new Set<Veld>(["bruto", "netto", "sloop"]);

/**
 * Status columns that lost to a planologische status (a Woningbouw Monitor's `planstatus`
 * Actief/Gereed, its `procesfase`): still read for one thing, a plan already built.
 */
const tweedeStatus = new WeakMap<PlanlijstBlad, number[]>();

/** A column with the plan's own total: bruto, netto or a jaarschijf. */
const TOTAALKOLOM = (b: Betekenis): boolean =>
  (b.soort === "veld" && (b.veld === "bruto" || b.veld === "netto")) ||
  b.soort === "jaarschijf" ||
  b.soort === "jaarschijf-onbekend";

function isHoeveelheid(b: Betekenis): boolean {
  return (
    (b.soort === "veld" && HOEVEELHEID.has(b.veld)) ||
    b.soort === "jaarschijf" ||
    b.soort === "jaarschijf-onbekend" ||
    b.soort === "segmentaantal"
  );
}

interface KopKandidaat {
  index: number;
  score: number;
  herkenningen: (Herkenning | undefined)[];
  koppen: Cel[];
  /** The header as shown: "Koopwoningen – Betaalbaar" where a group header gives the meaning. */
  weergaven: string[];
  /** True when a group header above decided the meaning of at least one column. */
  metGroepen: boolean;
}

/** Counts that only say huur, koop or unknown: a group header above may say more. */
function algemeen(h: Herkenning | undefined): boolean {
  return (
    !h ||
    (h.betekenis.soort === "segmentaantal" &&
      (h.betekenis.segment === "huur" ||
        h.betekenis.segment === "koop" ||
        h.betekenis.segment === "onbekend"))
  );
}

/**
 * Group headers of the row above a header: a merged cell ("Koopwoningen" over "Betaalbaar |
 * Duur") holds its text in its first cell only, so each text reaches right until the next.
 * A row with one text only is a title, not groups.
 */
function groepenBoven(boven: Cel[], breedte: number): (string | undefined)[] | undefined {
  const teksten = boven.filter((c) => typeof c === "string" && c.trim() !== "").length;
  if (teksten < 2) return undefined;
  const uit: (string | undefined)[] = [];
  let huidig: string | undefined;
  for (let j = 0; j < breedte; j++) {
    const c = boven[j];
    if (typeof c === "string" && c.trim()) huidig = c.trim();
    else if (!isLeeg(c)) huidig = undefined;
    uit.push(huidig);
  }
  return uit;
}

function beoordeelKop(raster: Raster, i: number): KopKandidaat {
  const rij = raster[i] ?? [];
  const boven = raster[i - 1] ?? [];
  const koppen: Cel[] = [];
  const herkenningen: (Herkenning | undefined)[] = [];
  const weergaven: string[] = [];
  let metGroepen = false;
  let velden = 0;
  let jaren = 0;
  const breedte = Math.max(rij.length, i > 0 ? boven.length : 0);
  const groepen = i > 0 ? groepenBoven(boven, breedte) : undefined;
  for (let j = 0; j < breedte; j++) {
    let kop = rij[j];
    // A two-row header: a label above an empty cell belongs to this column.
    if (isLeeg(kop) && i > 0 && typeof boven[j] === "string") kop = boven[j];
    koppen.push(kop);
    let h = typeof kop === "string" || typeof kop === "number" ? herkenKopUitleg(kop) : undefined;
    let weergave = kopWeergave(kop);
    const groep = groepen?.[j];
    if (groep && weergave && groep !== weergave && typeof kop === "string" && algemeen(h)) {
      const metGroep = herkenKopUitleg(`${groep} ${weergave}`);
      // Counts under a sloop group (DIWI's mirrored "Sloop gegevens" block) add up to sloop.
      if (h && h.betekenis.soort === "segmentaantal" && /sloop|onttrek/i.test(groep)) {
        h = {
          betekenis: { soort: "veld", veld: "sloop" },
          zekerheid: "waarschijnlijk",
          waarom: `de kop "${weergave}" onder de groepskop "${groep}"`,
          rang: 1,
          optellen: true,
        };
        weergave = `${groep} – ${weergave}`;
        metGroepen = true;
      }
      // A count stays a count: the group may only make it more precise.
      if (metGroep && !algemeen(metGroep) && (!h || metGroep.betekenis.soort === "segmentaantal")) {
        h = {
          ...metGroep,
          zekerheid: "waarschijnlijk",
          waarom: `de kop "${weergave}" onder de groepskop "${groep}"`,
        };
        weergave = `${groep} – ${weergave}`;
        metGroepen = true;
      }
    }
    herkenningen.push(h);
    weergaven.push(weergave);
    if (!h) continue;
    if (h.betekenis.soort === "jaarschijf" && typeof kop === "number") jaren++;
    else velden++;
  }
  // Status date columns count only as a row of them: a data row may hold one status.
  const statusKoppen = herkenningen.filter((h) => h?.statusDatum).length;
  if (statusKoppen === 1) {
    const j = herkenningen.findIndex((h) => h?.statusDatum);
    herkenningen[j] = undefined;
    velden--;
  }
  // Bare year numbers count only as a row of them: a data row may hold one year.
  const score = velden + (jaren >= 3 ? jaren / 2 : 0);
  return { index: i, score, herkenningen, koppen, weergaven, metGroepen };
}

function vindKop(raster: Raster): KopKandidaat | undefined {
  let beste: KopKandidaat | undefined;
  const diepte = Math.min(raster.length, KOP_ZOEKDIEPTE);
  for (let i = 0; i < diepte; i++) {
    const k = beoordeelKop(raster, i);
    if (k.score >= 2 && (!beste || k.score > beste.score)) beste = k;
  }
  return beste;
}

function tekstVan(v: Cel): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  return undefined;
}

/** Reads one sheet's grid. */
export function leesBlad(naam: string, raster: Raster, opties: BladOpties = {}): PlanlijstBlad {
  const oorsprong = leesAdres(opties.oorsprong ?? "A1");
  const g = begrensRaster(raster, oorsprong);
  const zonder = opties.zonderVerborgen === true;
  const rijen = (opties.verborgenRijen ?? []).filter((r) =>
    (g.raster[r - oorsprong.rij] ?? []).some((c) => !isLeeg(c))
  );
  let begrensd = g.raster;
  if (zonder && rijen.length) {
    begrensd = begrensd.slice();
    for (const r of rijen) begrensd[r - oorsprong.rij] = [];
  }
  const blad = leesBegrensdBlad(naam, begrensd, opties, oorsprong);
  const meldingen = g.meldingen;
  // Hidden sheets and rows matter only where they hold plans.
  const zichtbaarheid = opties.zichtbaarheid ?? "zichtbaar";
  if (blad.isPlanlijst && zichtbaarheid !== "zichtbaar") {
    meldingen.push({
      soort: "verborgen-blad",
      tekst: `het blad is ${zichtbaarheid} en telt ${zonder ? "niet " : ""}mee`,
    });
    if (zonder) {
      blad.isPlanlijst = false;
      blad.reden = `het blad is ${zichtbaarheid} en wordt overgeslagen (zonder verborgen bladen en rijen)`;
      blad.plannen = [];
    }
  }
  if (blad.isPlanlijst && rijen.length) {
    const een = rijen.length === 1;
    meldingen.push({
      soort: "verborgen-rijen",
      rij: rijen.reduce((a, b) => Math.min(a, b)),
      tekst: `${een ? "rij" : "rijen"} ${rijReeksen(rijen)} ${een ? "is" : "zijn"} verborgen en ${een ? "telt" : "tellen"} ${zonder ? "niet " : ""}mee`,
    });
  }
  if (meldingen.length) blad.meldingen = meldingen;
  return blad;
}

/**
 * Reads a grid cut to its content: a Woningbouw Monitor's one-plan sheet, or a list under a
 * header row. Each step may end the reading with the reason the sheet is no planlijst.
 */
function leesBegrensdBlad(
  naam: string,
  raster: Raster,
  opties: BladOpties,
  oorsprong: { rij: number; kolom: number }
): PlanlijstBlad {
  const laatste = laatsteGevuldeRij(raster);
  const blad: PlanlijstBlad = {
    naam,
    isPlanlijst: false,
    kolommen: [],
    onbekendeKoppen: [],
    plannen: [],
    overgeslagen: [],
    heeftJaarinformatie: false,
    laatsteRij: laatste >= 0 ? oorsprong.rij + laatste : 0,
  };
  if (laatste < 0) {
    blad.reden = "het blad is leeg";
    return blad;
  }
  if (isPlanmonitor(raster) && leesAlsPlanmonitor(blad, raster, opties, oorsprong)) return blad;
  const kop = vindKop(raster);
  if (!kop) {
    blad.reden =
      "geen kopregel met herkenbare kolommen (zoals Projectnaam, Aantal woningen, Planstatus) gevonden";
    return blad;
  }
  blad.kopRij = oorsprong.rij + kop.index;

  wijsKolommenToe(blad, kop, opties.kolomToewijzing ?? {}, oorsprong.kolom);
  const subkop = leesOpleverdatums(blad, raster, kop, oorsprong.kolom);
  corrigeerOpInhoud(blad, raster, kop.index, oorsprong.kolom);
  beslisOpInhoud(blad, raster, kop.index, oorsprong.kolom);
  const indeling = herkenIndeling(blad, kop.koppen.map(kopSleutel), kop.metGroepen);
  if (indeling) blad.indeling = indeling;
  blad.heeftJaarinformatie =
    heeftVeld(blad, "opleverjaar") || blad.kolommen.some((k) => k.betekenis.soort === "jaarschijf");
  const reden = waaromGeenPlanlijst(blad);
  if (reden) {
    blad.reden = reden;
    return blad;
  }
  blad.isPlanlijst = true;

  // The gemeente of the sheet: setting, sheet name, or a title above the header.
  blad.gemeente = opties.gemeente ?? gemeenteInTekst(naam);
  zoekGemeenteBovenKop(blad, raster, kop.index);
  leesRijen(blad, raster, kop, laatste, oorsprong, subkop);
  markeerDelen(blad);
  if (blad.plannen.length === 0) {
    blad.isPlanlijst = false;
    blad.reden = "de kopregel is gevonden, maar er staan geen plannen onder";
  }
  return blad;
}

/** Index of the grid's last row with content; -1 when every row is empty. */
function laatsteGevuldeRij(raster: Raster): number {
  for (let i = raster.length - 1; i >= 0; i--) {
    if ((raster[i] ?? []).some((c) => !isLeeg(c))) return i;
  }
  return -1;
}

function heeftVeld(blad: PlanlijstBlad, v: Veld): boolean {
  return blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === v);
}

/**
 * Whether the sheet gives a field a place: a column, or, in a layout of one plan per sheet
 * (the Planmonitor's key/value rows), a cell of its own (`Plan.rijen`).
 */
export function bladHeeftVeld(blad: PlanlijstBlad, v: Veld): boolean {
  return heeftVeld(blad, v) || blad.plannen.some((p) => p.rijen?.[v] !== undefined);
}

/**
 * The name (or ID) cell, as A1, of the plan on row `rij` of a sheet (also where that cell is on
 * a row of its own, as in the Planmonitor): where a finding about a plan without a cell of its
 * own is shown and marked. Undefined when no plan holds that row.
 */
export function naamCelOpRij(
  bladen: PlanlijstBlad[],
  blad: string,
  rij: number
): string | undefined {
  const plan = bladen.find((b) => b.naam === blad)?.plannen.find((p) => isRijVan(p, rij));
  const cel = plan ? naamCelVan(plan) : undefined;
  return cel?.kolom ? `${cel.kolom}${cel.rij}` : undefined;
}

/** "Planstatus B9": the fields of a sheet's only plan that are at cells of their own. */
export function eigenCellen(blad: PlanlijstBlad): { veld: Veld; adres: string }[] {
  const plan = blad.plannen.length === 1 ? blad.plannen[0] : undefined;
  if (!plan?.rijen) return [];
  return (Object.entries(plan.rijen) as [Veld, number][])
    .sort(([, a], [, b]) => a - b)
    .flatMap(([veld, rij]) => {
      const kolom = plan.kolommen[veld];
      return kolom ? [{ veld, adres: `${kolom}${rij}` }] : [];
    });
}

/**
 * A Woningbouw Monitor sheet (one plan, labels down a column) read into `blad`; false when
 * the sheet only looked like one, so it is read as a list.
 */
function leesAlsPlanmonitor(
  blad: PlanlijstBlad,
  raster: Raster,
  opties: BladOpties,
  oorsprong: { rij: number; kolom: number }
): boolean {
  const m = leesPlanmonitor(blad.naam, raster, oorsprong);
  if (!m) return false;
  blad.isPlanlijst = true;
  blad.kopRij = m.kopRij;
  blad.kolommen = m.kolommen;
  blad.indeling = { code: "M", naam: INDELINGEN.M };
  blad.heeftJaarinformatie = m.kolommen.length > 0;
  blad.gemeente = opties.gemeente ?? m.plan.gemeente ?? gemeenteInTekst(blad.naam);
  if (!m.plan.gemeente && !m.plan.gemeenteTekst && blad.gemeente) {
    m.plan.gemeente = blad.gemeente;
    m.plan.gemeenteTekst = blad.gemeente;
    m.plan.gemeenteVanBlad = true;
  }
  blad.plannen = [m.plan];
  if (m.overigeRijen.length)
    blad.overgeslagen = m.overigeRijen.map((r) => ({
      rij: r.rij,
      soort: "notitie" as const,
      tekst: `${r.tekst} (niet gebruikt: de controle telt Nieuwbouw, betaalbaarheid, flexwoningen en Sloop)`,
    }));
  return true;
}

/** What assigning the header's columns to fields keeps track of. */
interface Toewijzing {
  blad: PlanlijstBlad;
  /** Fields the user mapped a column to by hand: a recognised header loses to them. */
  handVelden: Set<Veld>;
  /** The column that holds each field so far, with its header's rank. */
  perVeld: Map<Veld, { kolom: Kolom; rang: number }>;
  /** Recognised columns the check does not use (PlanlijstBlad.overigeKoppen). */
  overige: { kolom: string; kop: string; wat: string }[];
}

/**
 * Columns: one per field (a column mapped by hand, else the highest rank, else the first
 * wins), every jaarschijf and segment count. The others become unknown or other headers.
 */
function wijsKolommenToe(
  blad: PlanlijstBlad,
  kop: KopKandidaat,
  toewijzing: Record<string, Veld | null>,
  kolomStart: number
) {
  const stand: Toewijzing = {
    blad,
    handVelden: new Set<Veld>(Object.values(toewijzing).filter((v): v is Veld => !!v)),
    perVeld: new Map(),
    overige: [],
  };
  kop.koppen.forEach((kopCel, j) => {
    const kolLetters = kolomLetters(kolomStart + j);
    const handmatig = toewijzing[kolLetters];
    const h = kop.herkenningen[j];
    if (handmatig === null) return; // ignored by the user: not an unknown header either
    const weergave = kop.weergaven[j];
    if (handmatig !== undefined) {
      blad.kolommen.push({
        index: kolomStart + j,
        letters: kolLetters,
        kop: weergave,
        betekenis: { soort: "veld", veld: handmatig },
        handmatig: true,
        waarom: "door u gekoppeld bij Instellingen",
      });
      return;
    }
    if (!h) {
      const wat = bekendOngebruikt(kopCel);
      if (wat) stand.overige.push({ kolom: kolLetters, kop: weergave, wat });
      else if (weergave) blad.onbekendeKoppen.push({ kolom: kolLetters, kop: weergave });
      return;
    }
    const kolom: Kolom = {
      index: kolomStart + j,
      letters: kolLetters,
      kop: weergave,
      betekenis: h.betekenis,
      zekerheid: h.zekerheid,
      waarom: h.waarom,
      ...(h.optellen ? { optellen: true } : {}),
      ...(h.statusDatum ? { statusDatum: h.statusDatum } : {}),
    };
    const b = h.betekenis;
    if (b.soort !== "veld" || neemVeldKolom(stand, kolom, h, b.veld)) blad.kolommen.push(kolom);
  });
  blad.kolommen.sort((a, b) => a.index - b.index);
  const overige = stand.overige;
  if (overige.length)
    blad.overigeKoppen = overige.sort((a, b) => kolomIndex(a.kolom) - kolomIndex(b.kolom));
}

/**
 * Whether a column recognised as a field joins the sheet's columns as it is: not when the
 * field is mapped by hand or already held at the same rank (then it is an unknown header), nor
 * when it meets an earlier column of the field at another rank (kiesVeldKolom decides).
 * Status-date columns and columns that add up (sloop) may hold one field together.
 */
function neemVeldKolom(stand: Toewijzing, kolom: Kolom, h: Herkenning, veld: Veld): boolean {
  const { blad, perVeld } = stand;
  if (stand.handVelden.has(veld)) {
    blad.onbekendeKoppen.push({ kolom: kolom.letters, kop: kolom.kop });
    return false;
  }
  const eerder = perVeld.get(veld);
  if (eerder && h.statusDatum && eerder.kolom.statusDatum) return true;
  if (eerder && h.optellen && eerder.kolom.optellen) return true;
  if (eerder && eerder.rang === h.rang) {
    blad.onbekendeKoppen.push({ kolom: kolom.letters, kop: kolom.kop });
    return false;
  }
  if (eerder) {
    kiesVeldKolom(stand, eerder, kolom, h.rang, veld);
    return false;
  }
  perVeld.set(veld, { kolom, rang: h.rang });
  return true;
}

/**
 * Two columns for one field at different ranks: the higher rank holds the field, the other is
 * an other header. A planologische status beats a plain status, which beats a procesfase; a
 * status column that lost is still read for a plan already built.
 */
function kiesVeldKolom(
  stand: Toewijzing,
  eerder: { kolom: Kolom; rang: number },
  kolom: Kolom,
  rang: number,
  veld: Veld
) {
  const { blad } = stand;
  const [wint, verliest] = rang > eerder.rang ? [kolom, eerder.kolom] : [eerder.kolom, kolom];
  stand.overige.push({
    kolom: verliest.letters,
    kop: verliest.kop,
    wat: `ook ${VELD_LABEL[veld].toLowerCase()}; kolom ${wint.letters} gaat voor`,
  });
  if (veld === "planstatus") {
    const lijst = tweedeStatus.get(blad) ?? [];
    tweedeStatus.set(blad, [...lijst, verliest.index]);
  }
  if (wint === kolom) {
    blad.kolommen[blad.kolommen.indexOf(eerder.kolom)] = kolom;
    stand.perVeld.set(veld, { kolom, rang });
  }
}

/** Why a sheet with a header row is no planlijst: no counts, or no plan names. */
function waaromGeenPlanlijst(blad: PlanlijstBlad): string | undefined {
  if (!blad.kolommen.some((k) => isHoeveelheid(k.betekenis)))
    return "geen kolom met aantallen woningen (zoals Aantal, Netto, Sloop of jaarschijven) gevonden";
  if (!heeftVeld(blad, "naam") && !heeftVeld(blad, "id"))
    return heeftVeld(blad, "gemeente")
      ? "het blad lijkt een samenvatting per gemeente: er is geen kolom met plan- of projectnamen"
      : "geen kolom met plan- of projectnamen gevonden";
  return undefined;
}

/** The first gemeente named in a title above the header, when the sheet has none yet. */
function zoekGemeenteBovenKop(blad: PlanlijstBlad, raster: Raster, kopIndex: number) {
  for (let i = 0; !blad.gemeente && i < kopIndex; i++) {
    for (const c of raster[i] ?? []) {
      const t = tekstVan(c);
      if (t && (blad.gemeente = gemeenteInTekst(t))) break;
    }
  }
}

/** What reading the rows below the header needs, worked out once per sheet. */
interface RijContext {
  blad: PlanlijstBlad;
  kolomStart: number;
  /** The header's texts (kopSleutel), to know a repeated header. */
  kopTeksten: Set<string>;
  naamKolommen: Kolom[];
  hoeveelheidKolommen: Kolom[];
  /** Columns a totals row may fill besides counts (a subtotal per gemeente names it). */
  beschrijvend: Kolom[];
  sommen: Sommen;
  plan: PlanContext;
  /** The section the rows are in, from the last title that named a gemeente or a place. */
  sectie?: { gemeente?: GemeenteNaam; tekst: string };
}

function rijContext(blad: PlanlijstBlad, kop: KopKandidaat, kolomStart: number): RijContext {
  const hoeveelheidKolommen = blad.kolommen.filter((k) => isHoeveelheid(k.betekenis));
  return {
    blad,
    kolomStart,
    kopTeksten: new Set(kop.koppen.map((k) => kopSleutel(k)).filter(Boolean)),
    naamKolommen: blad.kolommen.filter(
      (k) =>
        k.betekenis.soort === "veld" && (k.betekenis.veld === "naam" || k.betekenis.veld === "id")
    ),
    hoeveelheidKolommen,
    beschrijvend: blad.kolommen.filter(
      (k) =>
        !isHoeveelheid(k.betekenis) &&
        !(
          k.betekenis.soort === "veld" &&
          (k.betekenis.veld === "gemeente" || k.betekenis.veld === "provincie")
        )
    ),
    sommen: new Sommen(hoeveelheidKolommen.length),
    plan: {
      metTotaal: blad.kolommen.some((k) => TOTAALKOLOM(k.betekenis)),
      tweedeStatus: tweedeStatus.get(blad) ?? [],
    },
  };
}

/**
 * Every row with content below the header (and below its sub-header row, when the header has
 * one): a plan, or a skipped row with its kind.
 */
function leesRijen(
  blad: PlanlijstBlad,
  raster: Raster,
  kop: KopKandidaat,
  laatste: number,
  oorsprong: { rij: number; kolom: number },
  subkop: boolean
) {
  const ctx = rijContext(blad, kop, oorsprong.kolom);
  // The row of sub-headers under the header (DIWI's opleverdatums): no plan.
  if (subkop) blad.overgeslagen.push({ rij: oorsprong.rij + kop.index + 1, soort: "kop" });
  for (let i = kop.index + (subkop ? 2 : 1); i <= laatste; i++) {
    const rij = raster[i] ?? [];
    if (!rij.some((c) => !isLeeg(c))) continue;
    leesRij(ctx, rij, oorsprong.rij + i);
  }
}

function celVan(ctx: RijContext, rij: Cel[], k: Kolom): Cel {
  return rij[k.index - ctx.kolomStart];
}

/**
 * One row below the header, in the order the kinds are told apart: a labelled total, a
 * repeated header, a one-cell note or section title, a row without name and counts, an
 * unlabelled total; else a plan.
 */
function leesRij(ctx: RijContext, rij: Cel[], nr: number) {
  const { blad } = ctx;
  const gevuld = rij.filter((c) => !isLeeg(c));
  const eersteTekst = gevuld.map(tekstVan).find((t) => t && /[a-z]/i.test(t));
  const naamTekst = ctx.naamKolommen
    .map((k) => tekstVan(celVan(ctx, rij, k)))
    .find((t) => t !== undefined);
  const totaalTekst = [eersteTekst, naamTekst].find((t) => t && TOTAAL.test(t.toLowerCase()));
  if (totaalTekst) {
    blad.overgeslagen.push({
      rij: nr,
      soort: /^sub/i.test(totaalTekst) ? "subtotaal" : "totaal",
      tekst: totaalTekst,
    });
    ctx.sommen.naTotaal();
    return;
  }
  const getallen = ctx.hoeveelheidKolommen.map((k) => {
    const g = leesGetal(celVan(ctx, rij, k));
    return g.ok ? g.waarde : undefined;
  });
  const heeftGetal = getallen.some((n) => n !== undefined);
  if (isHerhaaldeKop(ctx, gevuld, naamTekst, heeftGetal)) {
    blad.overgeslagen.push({ rij: nr, soort: "kop" });
    return;
  }
  if (isNotitieOfSectie(ctx, rij, nr, gevuld, heeftGetal)) return;
  const heeftNaam = ctx.naamKolommen.some((k) => !isLeeg(celVan(ctx, rij, k)));
  if (!heeftNaam && !heeftGetal) {
    slaTitelOfNotitieOver(ctx, nr, gevuld, eersteTekst);
    return;
  }
  if (isOngelabeldTotaal(ctx, rij, nr, gevuld, heeftNaam, naamTekst, getallen)) return;
  voegPlanToe(ctx, rij, nr, getallen);
}

/**
 * A repeated header: header words (and perhaps year numbers). Normalising every cell is
 * costly, so only rows without counts or with a header word as name are looked at.
 */
function isHerhaaldeKop(
  ctx: RijContext,
  gevuld: Cel[],
  naamTekst: string | undefined,
  heeftGetal: boolean
): boolean {
  const { kopTeksten } = ctx;
  const misschienKop =
    !heeftGetal || (naamTekst !== undefined && kopTeksten.has(kopSleutel(naamTekst)));
  return (
    misschienKop &&
    gevuld.filter((c) => kopTeksten.has(kopSleutel(c))).length >= Math.min(3, kopTeksten.size)
  );
}

/**
 * A row of one text and no counts: a note, or a section title, also in the name column
 * ("Emmen", "Gemeente Assen", "Kern Erica"), which sets the section. True when skipped.
 */
function isNotitieOfSectie(
  ctx: RijContext,
  rij: Cel[],
  nr: number,
  gevuld: Cel[],
  heeftGetal: boolean
): boolean {
  const { blad } = ctx;
  const alleenTekst =
    gevuld.length === 1 &&
    typeof gevuld[0] === "string" &&
    hoeveelheidLeeg(blad, rij, ctx.kolomStart);
  if (alleenTekst && isNotitie(String(gevuld[0]))) {
    blad.overgeslagen.push({ rij: nr, soort: "notitie", tekst: String(gevuld[0]).trim() });
    return true;
  }
  const titel = alleenTekst && !heeftGetal ? sectieTitel(String(gevuld[0])) : undefined;
  if (!titel) return false;
  if (titel.gemeente) ctx.sectie = { gemeente: titel.gemeente, tekst: titel.gemeente };
  else if (titel.tekst) ctx.sectie = { tekst: titel.tekst };
  blad.overgeslagen.push({ rij: nr, soort: "titel", tekst: String(gevuld[0]).trim() });
  ctx.sommen.naTitel();
  return true;
}

/** A row without name and counts: a title (e.g. a section per gemeente or kern) or a note. */
function slaTitelOfNotitieOver(
  ctx: RijContext,
  nr: number,
  gevuld: Cel[],
  eersteTekst: string | undefined
) {
  const tekst = gevuld.map(toonCel).join(" ").trim();
  const g = gevuld.length === 1 && eersteTekst ? gemeenteInTekst(eersteTekst) : undefined;
  if (g) ctx.sectie = { gemeente: g, tekst: g };
  const isTitel =
    gevuld.length <= 2 &&
    tekst.length <= 60 &&
    !/[.:;]\s|^\*|^bron|^noot|^toelichting|^opmerking/i.test(tekst);
  ctx.blad.overgeslagen.push({ rij: nr, soort: isTitel ? "titel" : "notitie", tekst });
  if (isTitel) ctx.sommen.naTitel();
}

/**
 * A totals row without a totals label, skipped: only counts (and perhaps the gemeente), each
 * the sum of the plans above it; or a subtotal under a gemeente's plans, labelled with the
 * gemeente's name in the name column.
 */
function isOngelabeldTotaal(
  ctx: RijContext,
  rij: Cel[],
  nr: number,
  gevuld: Cel[],
  heeftNaam: boolean,
  naamTekst: string | undefined,
  getallen: (number | undefined)[]
): boolean {
  const { blad, sommen } = ctx;
  if (
    !heeftNaam &&
    ctx.beschrijvend.every((k) => isLeeg(celVan(ctx, rij, k))) &&
    sommen.isTotaal(getallen)
  ) {
    blad.overgeslagen.push({ rij: nr, soort: "totaal", tekst: gevuld.map(toonCel).join(" ") });
    sommen.naTotaal();
    return true;
  }
  if (
    heeftNaam &&
    naamTekst !== undefined &&
    ctx.beschrijvend.every((k) => ctx.naamKolommen.includes(k) || isLeeg(celVan(ctx, rij, k))) &&
    sommen.isTotaal(getallen) &&
    sectieTitel(naamTekst) !== undefined
  ) {
    blad.overgeslagen.push({ rij: nr, soort: "subtotaal", tekst: naamTekst });
    sommen.naTotaal();
    return true;
  }
  return false;
}

/** A plan row read; without a gemeente of its own it takes its section's or the sheet's. */
function voegPlanToe(ctx: RijContext, rij: Cel[], nr: number, getallen: (number | undefined)[]) {
  const { blad } = ctx;
  const plan = leesPlan(blad, nr, rij, ctx.kolomStart, ctx.plan);
  if (!plan.gemeente && !plan.gemeenteTekst) {
    const g =
      ctx.sectie ?? (blad.gemeente ? { gemeente: blad.gemeente, tekst: blad.gemeente } : undefined);
    if (g) {
      if (g.gemeente) plan.gemeente = g.gemeente;
      plan.gemeenteTekst = g.tekst;
      plan.gemeenteVanBlad = true;
    }
  }
  ctx.sommen.telOp(getallen);
  blad.plannen.push(plan);
}

/**
 * Running sums of the count columns, to tell an unlabelled totals row from a plan: since
 * the last total (a subtotal), since the last section title, and of all plans (a grand
 * total after subtotals).
 */
class Sommen {
  private sindsTotaal: number[];
  private sindsTitel: number[];
  private alles: number[];
  private plannenSindsTotaal = 0;
  constructor(private readonly n: number) {
    this.sindsTotaal = new Array<number>(n).fill(0);
    this.sindsTitel = new Array<number>(n).fill(0);
    this.alles = new Array<number>(n).fill(0);
  }
  telOp(getallen: (number | undefined)[]) {
    for (let j = 0; j < this.n; j++) {
      const g = getallen[j] ?? 0;
      this.sindsTotaal[j] += g;
      this.sindsTitel[j] += g;
      this.alles[j] += g;
    }
    this.plannenSindsTotaal++;
  }
  naTotaal() {
    this.sindsTotaal.fill(0);
    this.sindsTitel.fill(0);
    this.plannenSindsTotaal = 0;
  }
  naTitel() {
    this.sindsTitel.fill(0);
  }
  /** Every filled count equals the same kind of running sum, and at least one is not zero. */
  isTotaal(getallen: (number | undefined)[]): boolean {
    if (!getallen.some((g) => g !== undefined && g !== 0)) return false;
    const past = (som: number[]) =>
      getallen.every((g, j) => g === undefined || Math.abs(g - som[j]) < 1e-6);
    return (
      (this.plannenSindsTotaal > 0 && (past(this.sindsTotaal) || past(this.sindsTitel))) ||
      past(this.alles)
    );
  }
}

/**
 * A one-cell row that heads a section: a gemeente ("Emmen", "Gemeente Assen") or a kern,
 * wijk or regio ("Kern Erica"). Gives the gemeente (deal gemeente, or the text of another
 * one) the plans below it belong to, or only `{}` when the title names no gemeente.
 */
function sectieTitel(tekst: string): { gemeente?: GemeenteNaam; tekst?: string } | undefined {
  const t = tekst.trim();
  const h = herkenGemeente(t);
  if (h.soort === "deal") return { gemeente: h.gemeente };
  if (h.soort === "drenthe") return { tekst: h.naam };
  const metWoord = /^gemeente\s+(.+)$/i.exec(t);
  if (metWoord) {
    const g = gemeenteInTekst(metWoord[1]);
    return g ? { gemeente: g } : { tekst: metWoord[1].trim() };
  }
  if (/^(kern|wijk|dorp|woonplaats|regio|deelgebied)\b/i.test(t)) return {};
  return undefined;
}

/** A note under or inside the list: "* Prijzen: …", "Bron: …", or a long sentence. */
function isNotitie(tekst: string): boolean {
  const t = tekst.trim();
  return (
    /^(\*|bron\b|noot\b|toelichting\b|opmerking\b|nb\b|n\.b\.)/i.test(t) ||
    t.length > 80 ||
    /[.:;]\s+\S/.test(t)
  );
}

function hoeveelheidLeeg(blad: PlanlijstBlad, rij: Cel[], kolomStart: number): boolean {
  return blad.kolommen.every(
    (k) => !isHoeveelheid(k.betekenis) || isLeeg(rij[k.index - kolomStart])
  );
}

/** Drops or re-reads columns whose content contradicts their header (e.g. "Huur" holding words). */
function corrigeerOpInhoud(
  blad: PlanlijstBlad,
  raster: Raster,
  kopIndex: number,
  kolomStart: number
) {
  const steekproef = raster.slice(kopIndex + 1, kopIndex + 201);
  blad.kolommen = blad.kolommen.filter((k) => {
    if (!isHoeveelheid(k.betekenis)) return true;
    let getallen = 0;
    let tekst = 0;
    let bedragen = 0;
    for (const rij of steekproef) {
      const c = rij?.[k.index - kolomStart];
      if (isLeeg(c) || foutVan(c)) continue;
      if (leesGetal(c).ok) {
        getallen++;
        if (typeof c === "string" && /€|\beur(o)?\b/i.test(c)) bedragen++;
      } else if (typeof c === "string") tekst++;
    }
    // Amounts in euros under year headers (a multi-year budget) are no homes.
    if (bedragen >= 2 && bedragen * 2 > getallen) {
      blad.onbekendeKoppen.push({ kolom: k.letters, kop: k.kop });
      return false;
    }
    if (tekst > getallen * 2 && tekst >= 3) {
      const b = k.betekenis;
      if (b.soort === "segmentaantal" && (b.segment === "huur" || b.segment === "koop")) {
        if (
          !blad.kolommen.some(
            (x) => x.betekenis.soort === "veld" && x.betekenis.veld === "eigendom"
          )
        ) {
          k.betekenis = { soort: "veld", veld: "eigendom" };
          return true;
        }
      }
      blad.onbekendeKoppen.push({ kolom: k.letters, kop: k.kop });
      return false;
    }
    return true;
  });
}

/** What a column's content looks like. */
export type InhoudSoort = "prijzen" | "aantallen" | "jaartallen" | "planstatussen" | "gemeenten";

export const INHOUD_LABEL: Record<InhoudSoort, string> = {
  prijzen: "prijzen",
  aantallen: "aantallen woningen",
  jaartallen: "jaartallen",
  planstatussen: "planstatussen",
  gemeenten: "gemeentenamen",
};

const STEEKPROEF = 200;

/**
 * What the first filled cells of a column look like: at least two, and four in five of one
 * kind. Euro amounts and numbers from 20.000 are prices; whole numbers from 1990 to 2100 (or
 * dates) years; other whole numbers counts; texts plan statuses or gemeente names.
 */
export function inhoudVan(waarden: Cel[]): InhoudSoort | undefined {
  const tel: Record<InhoudSoort, number> = {
    prijzen: 0,
    aantallen: 0,
    jaartallen: 0,
    planstatussen: 0,
    gemeenten: 0,
  };
  let gevuld = 0;
  for (const c of waarden) {
    if (isLeeg(c) || foutVan(c)) continue;
    gevuld++;
    if (c instanceof Date) {
      tel.jaartallen++;
      continue;
    }
    if (typeof c === "string" && /[a-z]/i.test(c) && !/€|\beur/i.test(c)) {
      const t = c.trim();
      if (t.length > 60) continue;
      const h = herkenGemeente(t);
      if (h.soort === "deal" || h.soort === "drenthe") tel.gemeenten++;
      else if (leesPlanstatus(t).ok) tel.planstatussen++;
      continue;
    }
    const g = leesGetal(c);
    if (!g.ok) continue;
    const n = g.waarde;
    if (typeof c === "string" && /€|\beur/i.test(c)) tel.prijzen++;
    else if (Math.abs(n) >= 20000) tel.prijzen++;
    else if (Number.isInteger(n) && n >= 1990 && n <= 2100) tel.jaartallen++;
    else if (Number.isInteger(n) && Math.abs(n) < 5000) tel.aantallen++;
    else if (n >= 300 && n < 5000) tel.prijzen++;
  }
  if (gevuld < 2) return undefined;
  for (const soort of Object.keys(tel) as InhoudSoort[])
    if (tel[soort] * 5 >= gevuld * 4) return soort;
  return undefined;
}

/** What the content of a column with this meaning should look like, where that is clear. */
function verwachteInhoud(b: Betekenis): InhoudSoort | undefined {
  if (b.soort === "segmentaantal") return "aantallen";
  if (b.soort !== "veld") return undefined;
  switch (b.veld) {
    case "prijs":
    case "koopprijs":
    case "huurprijs":
      return "prijzen";
    case "bruto":
    case "netto":
    case "sloop":
      return "aantallen";
    case "opleverjaar":
      return "jaartallen";
    case "planstatus":
      return "planstatussen";
    case "gemeente":
      return "gemeenten";
    default:
      return undefined;
  }
}

function kolomWaarden(raster: Raster, kopIndex: number, j: number): Cel[] {
  const uit: Cel[] = [];
  const eind = Math.min(raster.length, kopIndex + 1 + STEEKPROEF);
  for (let i = kopIndex + 1; i < eind; i++) uit.push(raster[i]?.[j]);
  return uit;
}

/**
 * Unrecognised columns decided by their content: gemeente names or plan statuses where the
 * sheet has no such column (years could be a start as well as an oplevering, amounts a koop
 * or a huur: those are not guessed). Other columns with prices, counts, years or statuses keep
 * what they look like, so the check reports them at their header.
 */
function beslisOpInhoud(blad: PlanlijstBlad, raster: Raster, kopIndex: number, kolomStart: number) {
  const heeft = (v: Veld) =>
    blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === v);
  const besluit: Partial<Record<InhoudSoort, Veld>> = {
    gemeenten: "gemeente",
    planstatussen: "planstatus",
  };
  // A column read by its header's words: its content confirms it, or contradicts it (then it is
  // not used, and reported for what it looks like).
  blad.kolommen = blad.kolommen.filter((k) => {
    if (k.zekerheid !== "waarschijnlijk" || k.statusDatum) return true;
    const verwacht = verwachteInhoud(k.betekenis);
    if (!verwacht) return true;
    const lijkt = inhoudVan(kolomWaarden(raster, kopIndex, k.index - kolomStart));
    if (!lijkt) return true;
    if (lijkt === verwacht) {
      k.waarom = `${k.waarom}; de kolom bevat ${INHOUD_LABEL[lijkt]}`;
      return true;
    }
    blad.onbekendeKoppen.push({ kolom: k.letters, kop: k.kop, lijkt });
    blad.onbekendeKoppen.sort((a, b) => kolomIndex(a.kolom) - kolomIndex(b.kolom));
    return false;
  });
  blad.onbekendeKoppen = blad.onbekendeKoppen.filter((o) => {
    const index = kolomIndex(o.kolom);
    const lijkt = inhoudVan(kolomWaarden(raster, kopIndex, index - kolomStart));
    if (!lijkt) return true;
    const veld = besluit[lijkt];
    if (veld && !heeft(veld)) {
      blad.kolommen.push({
        index,
        letters: o.kolom,
        kop: o.kop,
        betekenis: { soort: "veld", veld },
        zekerheid: "inhoud",
        waarom: `de kop "${o.kop}" is onbekend, maar de kolom bevat ${INHOUD_LABEL[lijkt]}`,
      });
      blad.kolommen.sort((a, b) => a.index - b.index);
      return false;
    }
    o.lijkt = lijkt;
    return true;
  });
}

/**
 * Rows of one project that are its parts: a list with one row per plan per year (the same name
 * with different opleverjaren) gives each row its year as part. Bouwclusters have their own column.
 */
function markeerDelen(blad: PlanlijstBlad) {
  if (
    !blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === "opleverjaar")
  )
    return;
  if (blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === "deel"))
    return;
  // The first row of each name (or ID); names whose rows give more than one opleverjaar.
  const eerste = new Map<string, Plan>();
  const meer = new Set<string>();
  const zelfde = (a: Plan, b: Plan) =>
    a.id === b.id && a.naam === b.naam && a.gemeenteTekst === b.gemeenteTekst;
  for (const p of blad.plannen) {
    const k = p.id ?? p.naam;
    if (k === undefined || !p.opleverjaar) continue;
    const e = eerste.get(k);
    if (!e) eerste.set(k, p);
    else if (
      zelfde(e, p) &&
      (e.opleverjaar!.van !== p.opleverjaar.van || e.opleverjaar!.tot !== p.opleverjaar.tot)
    )
      meer.add(k);
  }
  if (!meer.size) return;
  for (const p of blad.plannen) {
    const k = p.id ?? p.naam;
    const j = p.opleverjaar;
    if (k === undefined || !j || !meer.has(k) || !zelfde(eerste.get(k)!, p)) continue;
    p.deel = `oplevering ${j.van}${j.tot !== j.van ? `–${j.tot}` : ""}`;
  }
}

/**
 * The two ends of a range written "a - b", "a – b", "a tot b" or "a à b", or undefined when the
 * text is not exactly one such range. A dash separates only after a digit or a dash ("355.000,- -
 * 400.000,-") and before a digit or "€", so the sign of "-€ 32.000" is not a separator. (No
 * lookbehind: older Safari web views in Office reject a bundle that contains one.)
 */
function splitsBereik(v: string): [string, string] | undefined {
  const scheidingen: Array<[number, number]> = [];
  for (const m of v.matchAll(/\s*[-–]\s*(?=[€\d])|\s+tot\s+|\s+à\s+/gi)) {
    const start = m.index ?? 0;
    if (/[-–]/.test(m[0]) && !/[\d-]/.test(v.charAt(start - 1))) continue;
    scheidingen.push([start, start + m[0].length]);
  }
  if (scheidingen.length !== 1) return undefined;
  const [van, tot] = scheidingen[0];
  return [v.slice(0, van), v.slice(tot)];
}

function leesPrijs(v: Cel): Gelezen<number> {
  const g = leesBedrag(v);
  if (g.ok || typeof v !== "string" || leesGetal(v).ok) return g;
  // A price range: the highest counts ("€ 300.000 - € 350.000", "300.000-350.000", "355.000,- - 400.000,-", "300k tot 350k").
  // Capped first: the separator search is quadratic on long runs of spaces.
  const delen = v.length <= 2 * MAX_GETALTEKST ? splitsBereik(v) : undefined;
  if (delen) {
    const a = leesBedrag(delen[0]);
    const b = leesBedrag(delen[1]);
    if (a.ok && b.ok) return { ok: true, waarde: Math.max(a.waarde, b.waarde) };
  }
  return g;
}

/** The readers of counts and amounts: a number they had to interpret is reported (getal-geraden). */
const GETAL_LEZERS = new Set<(c: Cel) => Gelezen<unknown>>([
  leesAantal,
  leesPositiefAantal,
  leesPrijs,
]);

/** What every row of a sheet shares, worked out once. */
interface PlanContext {
  /** The sheet has a bruto, netto or jaarschijf column. */
  metTotaal: boolean;
  /** Status columns that lost to a planologische status. */
  tweedeStatus: number[];
}

/**
 * One plan row being read: the plan, and what its cells said that is settled only after
 * every column (a segment label, a price class in a column of its own, a dated status).
 */
interface PlanLezing {
  plan: Plan;
  rijNr: number;
  label: string | undefined;
  labelEigendom: Plan["eigendom"];
  klasseTekst: string | undefined;
  eigendomUitKolom: boolean;
  onttrekking: boolean;
  statusDatum: number | undefined;
}

/** Reads one plan row: every column's cell, then what the cells decide together. */
function leesPlan(
  blad: PlanlijstBlad,
  rijNr: number,
  rij: Cel[],
  kolomStart: number,
  ctx: PlanContext
): Plan {
  const s: PlanLezing = {
    plan: {
      blad: blad.naam,
      rij: rijNr,
      kolommen: {},
      segmentAantallen: {},
      jaarschijven: [],
      problemen: [],
    },
    rijNr,
    label: undefined,
    labelEigendom: undefined,
    klasseTekst: undefined,
    eigendomUitKolom: false,
    onttrekking: false,
    statusDatum: undefined,
  };
  for (const k of blad.kolommen) leesKolom(s, k, rij[k.index - kolomStart]);
  const plan = s.plan;
  // Built already, says a procesfase ("Gereed, in gebruik") or project status ("Gereed").
  for (const index of ctx.tweedeStatus) {
    const g = leesPlanstatus(rij[index - kolomStart]);
    if (g.ok && g.waarde.gerealiseerd && plan.planstatus && !plan.planstatus.gerealiseerd)
      plan.planstatus = { ...plan.planstatus, gerealiseerd: true };
  }
  // Counts per segment make up the plan where the list has no total column (planregistratie,
  // group headers "Koopwoningen | Huurwoningen").
  if (!ctx.metTotaal) {
    const delen = Object.values(plan.segmentAantallen);
    if (delen.length) plan.bruto = delen.reduce((a, b) => a + (b ?? 0), 0);
  }
  bepaalSegment(s);
  // An onttrekking row without sloop or netto columns: its homes leave the stock.
  if (
    s.onttrekking &&
    plan.sloop === undefined &&
    plan.nettoOpgegeven === undefined &&
    plan.bruto
  ) {
    plan.sloop = Math.abs(plan.bruto);
    plan.bruto = 0;
  }
  return plan;
}

function meldProbleem(s: PlanLezing, veld: string, k: Kolom, waarde: Cel, reden: string) {
  s.plan.problemen.push({
    veld,
    kolom: k.letters,
    rij: s.rijNr,
    waarde,
    reden,
  } satisfies CelProbleem);
}

/**
 * A cell read by `lezer`: its value, or undefined for an empty cell or a problem (kept). A
 * count or amount the reader had to interpret is kept as guessed (getal-geraden).
 */
function leesCel<T>(
  s: PlanLezing,
  veld: string,
  k: Kolom,
  v: Cel,
  lezer: (c: Cel) => Gelezen<T>
): T | undefined {
  if (isLeeg(v)) return undefined;
  const g = lezer(v);
  if (g.ok) {
    const uitleg = GETAL_LEZERS.has(lezer as (c: Cel) => Gelezen<unknown>)
      ? geradenGetal(v)
      : undefined;
    if (uitleg)
      (s.plan.geraden ??= []).push({
        veld,
        kolom: k.letters,
        rij: s.rijNr,
        waarde: v,
        reden: uitleg,
      });
    return g.waarde;
  }
  meldProbleem(s, veld, k, v, g.reden);
  return undefined;
}

/** One column's cell of a plan row: a jaarschijf, a segment count or a field. */
function leesKolom(s: PlanLezing, k: Kolom, v: Cel) {
  const { plan } = s;
  const b = k.betekenis;
  if (b.soort === "jaarschijf" || b.soort === "jaarschijf-onbekend") {
    const aantal = leesCel(s, "jaarschijf", k, v, leesAantal);
    if (aantal)
      plan.jaarschijven.push({
        ...(b.soort === "jaarschijf" ? { jaren: { van: b.van, tot: b.tot } } : {}),
        aantal,
        kolom: k.letters,
      });
    return;
  }
  if (b.soort === "segmentaantal") {
    const aantal = leesCel(s, b.segment, k, v, leesAantal);
    if (aantal) plan.segmentAantallen[b.segment] = (plan.segmentAantallen[b.segment] ?? 0) + aantal;
    return;
  }
  const veld = b.veld;
  plan.kolommen[veld] = k.letters;
  if (isLeeg(v)) return;
  const fout = foutVan(v);
  if (fout && !HOEVEELHEID.has(veld)) {
    meldProbleem(s, veld, k, v, fout.startsWith("#") ? `cel bevat de foutwaarde ${fout}` : fout);
    return;
  }
  leesVeld(s, k, veld, v);
}

/** A filled cell of a field's column, without an error value (or a count's, which is reported). */
function leesVeld(s: PlanLezing, k: Kolom, veld: Veld, v: Cel) {
  const { plan } = s;
  switch (veld) {
    case "bruto":
    case "netto": {
      const n = leesCel(s, veld, k, v, veld === "bruto" ? leesPositiefAantal : leesAantal);
      if (n !== undefined) veld === "bruto" ? (plan.bruto = n) : (plan.nettoOpgegeven = n);
      break;
    }
    case "sloop": {
      const n = leesCel(s, veld, k, v, leesAantal);
      if (n !== undefined) plan.sloop = Math.abs(n) + (k.optellen ? (plan.sloop ?? 0) : 0);
      break;
    }
    case "koopprijs":
    case "huurprijs":
    case "prijs": {
      const n = leesCel(s, veld, k, v, leesPrijs);
      if (n !== undefined) plan[veld] = n;
      break;
    }
    case "segment":
    case "eigendom":
      leesKlasse(s, k, veld, v);
      break;
    case "planstatus":
      leesStatus(s, k, v);
      break;
    case "opleverjaar":
      plan.opleverjaar = leesCel(s, veld, k, v, leesJaar);
      break;
    case "flex":
      plan.flex = leesCel(s, veld, k, v, leesWoonvorm);
      break;
    case "transformatie": {
      const b = leesCel(s, veld, k, v, leesBouwsoort);
      if (b) {
        plan.transformatie = b.transformatie;
        s.onttrekking = b.onttrekking;
      }
      break;
    }
    case "gemeente": {
      const t = tekstVan(v);
      plan.gemeenteTekst = t;
      if (t) {
        const h = herkenGemeente(t);
        if (h.soort === "deal") plan.gemeente = h.gemeente;
      }
      break;
    }
    default:
      plan[veld] = tekstVan(v) ?? toonCel(v);
  }
}

/** A segment or eigendom cell: a deal segment, a label the deal does not name, or a tenure. */
function leesKlasse(s: PlanLezing, k: Kolom, veld: "segment" | "eigendom", v: Cel) {
  const { plan } = s;
  const g = leesCel(s, veld, k, v, leesPrijsklasse);
  if (!g) return;
  if (veld === "eigendom") s.eigendomUitKolom = true;
  else if (typeof v === "string") s.klasseTekst = v.trim();
  if ("segment" in g) plan.segment ??= g.segment;
  else if ("label" in g) {
    s.label ??= g.label;
    if (g.eigendom) s.labelEigendom ??= g.eigendom;
  } else plan.eigendom = g.eigendom;
}

/** A planstatus cell; of status-date columns, the status with the latest date holds. */
function leesStatus(s: PlanLezing, k: Kolom, v: Cel) {
  const { plan } = s;
  if (!k.statusDatum) {
    plan.planstatus = leesCel(s, "planstatus", k, v, leesPlanstatus);
    return;
  }
  const d = leesCel(s, "planstatus", k, v, leesDatum);
  if (d !== undefined && (s.statusDatum === undefined || d >= s.statusDatum)) {
    s.statusDatum = d;
    plan.planstatus = k.statusDatum;
    plan.kolommen.planstatus = k.letters;
  }
}

/**
 * The plan's segment and eigendom from what its cells said. Tenure and price class in two
 * columns: "Koop" + "betaalbaar" is betaalbare koop, "Huur" + "goedkoop" names no deal segment.
 */
function bepaalSegment(s: PlanLezing) {
  const { plan, klasseTekst } = s;
  if (s.eigendomUitKolom && plan.eigendom && klasseTekst && !/\b(huur|koop)\b/i.test(klasseTekst)) {
    const g = leesPrijsklasse(`${plan.eigendom} ${klasseTekst}`);
    if (g.ok && "segment" in g.waarde) {
      plan.segment = g.waarde.segment;
      s.label = undefined;
    } else if (g.ok && "label" in g.waarde) {
      plan.segment = undefined;
      s.label = `${plan.eigendom} ${klasseTekst}`;
    }
  }
  if (s.label !== undefined && !plan.segment) {
    plan.segmentLabel = s.label;
    if (s.labelEigendom && !plan.eigendom) plan.eigendom = s.labelEigendom;
  }
  if (plan.segment && !plan.eigendom)
    plan.eigendom = plan.segment.endsWith("huur") ? "huur" : "koop";
}

export interface WerkmapInvoer {
  naam: string;
  raster: Raster;
  oorsprong?: string;
  /** Whether Excel shows the sheet; hidden sheets are read and reported. */
  zichtbaarheid?: "zichtbaar" | "verborgen" | "zeer verborgen";
  /** Sheet row numbers (1-based) that are hidden. */
  verborgenRijen?: number[];
  /** What the user set for this sheet (the pane's settings): its gemeente, its column mapping. */
  gemeente?: GemeenteNaam;
  kolomToewijzing?: Record<string, Veld | null>;
}

export interface Werkmap {
  bladen: PlanlijstBlad[];
}

/** Reads every sheet of a workbook; the planlijst sheets are those with isPlanlijst. */
export function leesWerkmap(
  invoer: WerkmapInvoer[],
  opties: Omit<BladOpties, "oorsprong"> = {}
): Werkmap {
  return {
    bladen: invoer.map((b) =>
      leesBlad(b.naam, b.raster, {
        ...opties,
        oorsprong: b.oorsprong,
        zichtbaarheid: b.zichtbaarheid,
        verborgenRijen: b.verborgenRijen,
        ...(b.gemeente ? { gemeente: b.gemeente } : {}),
        ...(b.kolomToewijzing ? { kolomToewijzing: b.kolomToewijzing } : {}),
      })
    ),
  };
}
