/**
 * From a grid of cell values to plans: finds the header row, maps headers to fields,
 * tells plan rows from totals, titles and notes, and reads every value the Dutch way.
 * Never changes a value; every cell it cannot use is kept as a problem at its address.
 */
import { GemeenteNaam, gemeenteInTekst, herkenGemeente } from "../deal/gemeenten";
import { Cel, Raster, foutVan, isLeeg, kolomLetters, leesAdres, toonCel } from "./cel";
import { Betekenis, Kolom, Veld, herkenKop, kopSleutel, kopWeergave } from "./kolommen";
import { BladMelding, begrensRaster, rijReeksen } from "./grenzen";
import { CelProbleem, Plan } from "./plan";
import {
  Gelezen,
  MAX_GETALTEKST,
  leesAantal,
  leesBedrag,
  leesGetal,
  leesJaar,
  leesJaNee,
  leesPlanstatus,
  leesPositiefAantal,
  leesSegment,
} from "./waarden";

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
  /** Header cells the reader did not recognise. */
  onbekendeKoppen: { kolom: string; kop: string }[];
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
  betekenissen: (Betekenis | undefined)[];
  koppen: Cel[];
}

function beoordeelKop(raster: Raster, i: number): KopKandidaat {
  const rij = raster[i] ?? [];
  const boven = raster[i - 1] ?? [];
  const koppen: Cel[] = [];
  const betekenissen: (Betekenis | undefined)[] = [];
  let velden = 0;
  let jaren = 0;
  const breedte = Math.max(rij.length, i > 0 ? boven.length : 0);
  for (let j = 0; j < breedte; j++) {
    let kop = rij[j];
    // A two-row header: a label above an empty cell belongs to this column.
    if (isLeeg(kop) && i > 0 && typeof boven[j] === "string") kop = boven[j];
    koppen.push(kop);
    const b = typeof kop === "string" || typeof kop === "number" ? herkenKop(kop) : undefined;
    betekenissen.push(b);
    if (!b) continue;
    if (b.soort === "jaarschijf" && typeof kop === "number") jaren++;
    else velden++;
  }
  // Bare year numbers count only as a row of them: a data row may hold one year.
  const score = velden + (jaren >= 3 ? jaren / 2 : 0);
  return { index: i, score, betekenissen, koppen };
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

function leesBegrensdBlad(
  naam: string,
  raster: Raster,
  opties: BladOpties,
  oorsprong: { rij: number; kolom: number }
): PlanlijstBlad {
  const rijNr = (i: number) => oorsprong.rij + i;
  const letters = (j: number) => kolomLetters(oorsprong.kolom + j);
  let laatste = -1;
  for (let i = raster.length - 1; i >= 0; i--) {
    if ((raster[i] ?? []).some((c) => !isLeeg(c))) {
      laatste = i;
      break;
    }
  }
  const blad: PlanlijstBlad = {
    naam,
    isPlanlijst: false,
    kolommen: [],
    onbekendeKoppen: [],
    plannen: [],
    overgeslagen: [],
    heeftJaarinformatie: false,
    laatsteRij: laatste >= 0 ? rijNr(laatste) : 0,
  };
  if (laatste < 0) {
    blad.reden = "het blad is leeg";
    return blad;
  }
  const kop = vindKop(raster);
  if (!kop) {
    blad.reden =
      "geen kopregel met herkenbare kolommen (zoals Projectnaam, Aantal woningen, Planstatus) gevonden";
    return blad;
  }
  blad.kopRij = rijNr(kop.index);

  // Columns: one per field (a column mapped by hand, else the first wins), every jaarschijf and segment count.
  const toewijzing = opties.kolomToewijzing ?? {};
  const gezien = new Set<Veld>(Object.values(toewijzing).filter((v): v is Veld => !!v));
  kop.koppen.forEach((kopCel, j) => {
    const kolLetters = letters(j);
    const handmatig = toewijzing[kolLetters];
    let b = kop.betekenissen[j];
    if (handmatig === null) return; // ignored by the user: not an unknown header either
    if (handmatig !== undefined) b = { soort: "veld", veld: handmatig };
    const weergave = kopWeergave(kopCel);
    if (!b) {
      if (weergave) blad.onbekendeKoppen.push({ kolom: kolLetters, kop: weergave });
      return;
    }
    if (handmatig !== undefined) {
      blad.kolommen.push({
        index: oorsprong.kolom + j,
        letters: kolLetters,
        kop: weergave,
        betekenis: b,
        handmatig: true,
      });
      return;
    }
    if (b.soort === "veld") {
      if (gezien.has(b.veld)) {
        blad.onbekendeKoppen.push({ kolom: kolLetters, kop: weergave });
        return;
      }
      gezien.add(b.veld);
    }
    blad.kolommen.push({
      index: oorsprong.kolom + j,
      letters: kolLetters,
      kop: weergave,
      betekenis: b,
    });
  });
  corrigeerOpInhoud(blad, raster, kop.index, oorsprong.kolom);

  const heeft = (v: Veld) =>
    blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === v);
  const heeftHoeveelheid = blad.kolommen.some((k) => isHoeveelheid(k.betekenis));
  blad.heeftJaarinformatie =
    heeft("opleverjaar") || blad.kolommen.some((k) => k.betekenis.soort === "jaarschijf");
  if (!heeftHoeveelheid) {
    blad.reden =
      "geen kolom met aantallen woningen (zoals Aantal, Netto, Sloop of jaarschijven) gevonden";
    return blad;
  }
  if (!heeft("naam") && !heeft("id")) {
    blad.reden = heeft("gemeente")
      ? "het blad lijkt een samenvatting per gemeente: er is geen kolom met plan- of projectnamen"
      : "geen kolom met plan- of projectnamen gevonden";
    return blad;
  }
  blad.isPlanlijst = true;

  // The gemeente of the sheet: setting, sheet name, or a title above the header.
  blad.gemeente = opties.gemeente ?? gemeenteInTekst(naam);
  for (let i = 0; !blad.gemeente && i < kop.index; i++) {
    for (const c of raster[i] ?? []) {
      const t = tekstVan(c);
      if (t && (blad.gemeente = gemeenteInTekst(t))) break;
    }
  }

  const kopTeksten = new Set(kop.koppen.map((k) => kopSleutel(k)).filter(Boolean));
  const naamKolommen = blad.kolommen.filter(
    (k) =>
      k.betekenis.soort === "veld" && (k.betekenis.veld === "naam" || k.betekenis.veld === "id")
  );
  const hoeveelheidKolommen = blad.kolommen.filter((k) => isHoeveelheid(k.betekenis));
  // Columns a totals row may fill besides counts (a subtotal per gemeente names it).
  const beschrijvend = blad.kolommen.filter(
    (k) =>
      !isHoeveelheid(k.betekenis) &&
      !(
        k.betekenis.soort === "veld" &&
        (k.betekenis.veld === "gemeente" || k.betekenis.veld === "provincie")
      )
  );
  const sommen = new Sommen(hoeveelheidKolommen.length);
  let sectie: { gemeente?: GemeenteNaam; tekst: string } | undefined;
  for (let i = kop.index + 1; i <= laatste; i++) {
    const rij = raster[i] ?? [];
    if (!rij.some((c) => !isLeeg(c))) continue;
    const nr = rijNr(i);
    const cel = (k: Kolom) => rij[k.index - oorsprong.kolom];
    const gevuld = rij.filter((c) => !isLeeg(c));
    const eersteTekst = gevuld.map(tekstVan).find((t) => t && /[a-z]/i.test(t));
    const naamTekst = naamKolommen.map((k) => tekstVan(cel(k))).find((t) => t !== undefined);
    const totaalTekst = [eersteTekst, naamTekst].find((t) => t && TOTAAL.test(t.toLowerCase()));
    if (totaalTekst) {
      blad.overgeslagen.push({
        rij: nr,
        soort: /^sub/i.test(totaalTekst) ? "subtotaal" : "totaal",
        tekst: totaalTekst,
      });
      sommen.naTotaal();
      continue;
    }
    const getallen = hoeveelheidKolommen.map((k) => {
      const g = leesGetal(cel(k));
      return g.ok ? g.waarde : undefined;
    });
    const heeftGetal = getallen.some((n) => n !== undefined);
    // A repeated header: header words (and perhaps year numbers). Normalising every cell is
    // costly, so only rows without counts or with a header word as name are looked at.
    const misschienKop =
      !heeftGetal || (naamTekst !== undefined && kopTeksten.has(kopSleutel(naamTekst)));
    if (
      misschienKop &&
      gevuld.filter((c) => kopTeksten.has(kopSleutel(c))).length >= Math.min(3, kopTeksten.size)
    ) {
      blad.overgeslagen.push({ rij: nr, soort: "kop" });
      continue;
    }
    const alleenTekst =
      gevuld.length === 1 &&
      typeof gevuld[0] === "string" &&
      hoeveelheidLeeg(blad, rij, oorsprong.kolom);
    if (alleenTekst && isNotitie(String(gevuld[0]))) {
      blad.overgeslagen.push({ rij: nr, soort: "notitie", tekst: String(gevuld[0]).trim() });
      continue;
    }
    // A section title, also in the name column: "Emmen", "Gemeente Assen", "Kern Erica".
    const titel = alleenTekst && !heeftGetal ? sectieTitel(String(gevuld[0])) : undefined;
    if (titel) {
      if (titel.gemeente) sectie = { gemeente: titel.gemeente, tekst: titel.gemeente };
      else if (titel.tekst) sectie = { tekst: titel.tekst };
      blad.overgeslagen.push({ rij: nr, soort: "titel", tekst: String(gevuld[0]).trim() });
      sommen.naTitel();
      continue;
    }
    const heeftNaam = naamKolommen.some((k) => !isLeeg(cel(k)));
    if (!heeftNaam && !heeftGetal) {
      // A title (e.g. a section per gemeente or kern) or a note.
      const tekst = gevuld.map(toonCel).join(" ").trim();
      const g = gevuld.length === 1 && eersteTekst ? gemeenteInTekst(eersteTekst) : undefined;
      if (g) sectie = { gemeente: g, tekst: g };
      const isTitel =
        gevuld.length <= 2 &&
        tekst.length <= 60 &&
        !/[.:;]\s|^\*|^bron|^noot|^toelichting|^opmerking/i.test(tekst);
      blad.overgeslagen.push({ rij: nr, soort: isTitel ? "titel" : "notitie", tekst });
      if (isTitel) sommen.naTitel();
      continue;
    }
    // An unlabelled totals row: only counts (and perhaps the gemeente), each the sum of the plans above it.
    if (!heeftNaam && beschrijvend.every((k) => isLeeg(cel(k))) && sommen.isTotaal(getallen)) {
      blad.overgeslagen.push({ rij: nr, soort: "totaal", tekst: gevuld.map(toonCel).join(" ") });
      sommen.naTotaal();
      continue;
    }
    // A subtotal under a gemeente's plans, labelled with the gemeente's name in the name column.
    if (
      heeftNaam &&
      naamTekst !== undefined &&
      beschrijvend.every((k) => naamKolommen.includes(k) || isLeeg(cel(k))) &&
      sommen.isTotaal(getallen) &&
      sectieTitel(naamTekst) !== undefined
    ) {
      blad.overgeslagen.push({ rij: nr, soort: "subtotaal", tekst: naamTekst });
      sommen.naTotaal();
      continue;
    }
    const plan = leesPlan(blad, nr, rij, oorsprong.kolom);
    if (!plan.gemeente && !plan.gemeenteTekst) {
      const g =
        sectie ?? (blad.gemeente ? { gemeente: blad.gemeente, tekst: blad.gemeente } : undefined);
      if (g) {
        if (g.gemeente) plan.gemeente = g.gemeente;
        plan.gemeenteTekst = g.tekst;
        plan.gemeenteVanBlad = true;
      }
    }
    sommen.telOp(getallen);
    blad.plannen.push(plan);
  }
  if (blad.plannen.length === 0) {
    blad.isPlanlijst = false;
    blad.reden = "de kopregel is gevonden, maar er staan geen plannen onder";
  }
  return blad;
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

function leesPlan(blad: PlanlijstBlad, rijNr: number, rij: Cel[], kolomStart: number): Plan {
  const plan: Plan = {
    blad: blad.naam,
    rij: rijNr,
    kolommen: {},
    segmentAantallen: {},
    jaarschijven: [],
    problemen: [],
  };
  const probleem = (veld: string, k: Kolom, waarde: Cel, reden: string) =>
    plan.problemen.push({
      veld,
      kolom: k.letters,
      rij: rijNr,
      waarde,
      reden,
    } satisfies CelProbleem);
  function lees<T>(veld: string, k: Kolom, v: Cel, lezer: (c: Cel) => Gelezen<T>): T | undefined {
    if (isLeeg(v)) return undefined;
    const g = lezer(v);
    if (g.ok) return g.waarde;
    probleem(veld, k, v, g.reden);
    return undefined;
  }
  for (const k of blad.kolommen) {
    const v = rij[k.index - kolomStart];
    const b = k.betekenis;
    if (b.soort === "jaarschijf" || b.soort === "jaarschijf-onbekend") {
      const aantal = lees("jaarschijf", k, v, leesAantal);
      if (aantal)
        plan.jaarschijven.push({
          ...(b.soort === "jaarschijf" ? { jaren: { van: b.van, tot: b.tot } } : {}),
          aantal,
          kolom: k.letters,
        });
      continue;
    }
    if (b.soort === "segmentaantal") {
      const aantal = lees(b.segment, k, v, leesAantal);
      if (aantal)
        plan.segmentAantallen[b.segment] = (plan.segmentAantallen[b.segment] ?? 0) + aantal;
      continue;
    }
    const veld = b.veld;
    plan.kolommen[veld] = k.letters;
    if (isLeeg(v)) continue;
    const fout = foutVan(v);
    if (fout && !HOEVEELHEID.has(veld)) {
      probleem(veld, k, v, fout.startsWith("#") ? `cel bevat de foutwaarde ${fout}` : fout);
      continue;
    }
    switch (veld) {
      case "bruto":
      case "netto": {
        const n = lees(veld, k, v, veld === "bruto" ? leesPositiefAantal : leesAantal);
        if (n !== undefined) veld === "bruto" ? (plan.bruto = n) : (plan.nettoOpgegeven = n);
        break;
      }
      case "sloop": {
        const n = lees(veld, k, v, leesAantal);
        if (n !== undefined) plan.sloop = Math.abs(n);
        break;
      }
      case "koopprijs":
      case "huurprijs":
      case "prijs": {
        const n = lees(veld, k, v, leesPrijs);
        if (n !== undefined) plan[veld] = n;
        break;
      }
      case "segment":
      case "eigendom": {
        const s = lees(veld, k, v, leesSegment);
        if (s && "segment" in s) plan.segment ??= s.segment;
        else if (s) plan.eigendom = s.eigendom;
        break;
      }
      case "planstatus":
        plan.planstatus = lees(veld, k, v, leesPlanstatus);
        break;
      case "opleverjaar":
        plan.opleverjaar = lees(veld, k, v, leesJaar);
        break;
      case "flex":
      case "transformatie":
        plan[veld] = lees(veld, k, v, leesJaNee);
        break;
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
  if (plan.segment && !plan.eigendom)
    plan.eigendom = plan.segment.endsWith("huur") ? "huur" : "koop";
  return plan;
}

export interface WerkmapInvoer {
  naam: string;
  raster: Raster;
  oorsprong?: string;
  /** Whether Excel shows the sheet; hidden sheets are read and reported. */
  zichtbaarheid?: "zichtbaar" | "verborgen" | "zeer verborgen";
  /** Sheet row numbers (1-based) that are hidden. */
  verborgenRijen?: number[];
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
      })
    ),
  };
}
