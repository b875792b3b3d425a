/**
 * Dutch cell values → numbers, years, segments, plan status. Every parser returns a
 * result or a reason in Dutch; none throws.
 */
import { Cel, foutVan, isFout, isLeeg, toonCel } from "./cel";

/** The reason text for a cell holding an error value (or a formula without a cached result). */
export function foutReden(fout: string): string {
  return fout.startsWith("#") ? `cel bevat de foutwaarde ${fout}` : fout;
}

export type Gelezen<T> = { ok: true; waarde: T } | { ok: false; reden: string };
const ok = <T>(waarde: T): Gelezen<T> => ({ ok: true, waarde });
const nee = <T>(reden: string): Gelezen<T> => ({ ok: false, reden });

/**
 * Text longer than this is not read as a number or a year: no planlijst writes one that long,
 * and it keeps every regular expression below cheap whatever a cell holds.
 */
export const MAX_GETALTEKST = 200;
export const MAX_JAARTEKST = 1000;

/** A cell's text for a message: one line, at most 60 characters. */
export function kortTekst(t: string, max = 60): string {
  const een = t.replace(/\s+/g, " ").trim();
  return een.length > max ? `${een.slice(0, max - 1)}…` : een;
}

const geenGetal = <T>(v: Cel): Gelezen<T> => nee(`"${kortTekst(String(v))}" is geen getal`);

/** Strips one suffix from `suffixen` at the end (then trailing spaces). Linear: no leading \s*. */
function zonderAchtervoegsel(t: string, suffixen: RegExp): string {
  const m = suffixen.exec(t);
  return m ? t.slice(0, m.index).trimEnd() : t;
}

/**
 * Reads a Dutch number: "1.050" (thousands), "763,47" (decimal), "€ 355.000", "355.000,-",
 * "€ 640,-", "355k", "3,5 ton", "12 woningen", "ca. 20", "-€ 32.000". A dot followed by
 * exactly three digits is a thousands separator; "763.47" (two digits) is a decimal point.
 * Every expression is anchored or fixed-width at its end, and text is capped at
 * MAX_GETALTEKST characters: the time is linear in the cell's length.
 */
export function leesGetal(v: Cel): Gelezen<number> {
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : nee("geen eindig getal");
  if (typeof v === "boolean") return nee(`${v ? "WAAR" : "ONWAAR"} is geen getal`);
  if (v instanceof Date) return nee("een datum is geen getal");
  const fout = foutVan(v);
  if (fout) return nee(foutReden(fout));
  if (isFout(v) || v === null || v === undefined) return nee("lege cel");
  let t = String(v).trim().toLowerCase();
  if (t === "") return nee("lege cel");
  if (t.length > MAX_GETALTEKST) return geenGetal(v);
  // "ca. 20", "± 20": an estimate is still the number; "-€ 32.000": the sign before the currency.
  t = t.replace(/\u00a0/g, " ").replace(/^(ca\.?|circa|±|~|\+\/-)\s*/, "");
  const teken = /^([-−+])\s*(?=€|eur)/.exec(t);
  if (teken) t = t.slice(teken[0].length);
  t = zonderAchtervoegsel(t.replace(/^(€|eur|euro)\s*/, ""), /(€|eur|euro)$/);
  if (teken) t = teken[1] + t;
  t = zonderAchtervoegsel(t, /(p\/m|p\.m\.|per maand|\/mnd|\/maand|pm|k\.k\.|v\.o\.n\.|von|kk)$/);
  t = zonderAchtervoegsel(t, /(woningen|woning|won\.|st\.|stuks|wo)$/);
  let factor = 1;
  const eenheid = /(k|ton|mln|miljoen)$/.exec(t);
  if (eenheid) {
    t = t.slice(0, eenheid.index).trimEnd();
    factor = eenheid[1] === "k" ? 1000 : eenheid[1] === "ton" ? 100000 : 1000000;
  }
  t = t.replace(/,-+$/, "").replace(/,=$/, "").replace(/\s/g, "");
  let negatief = false;
  if (t.startsWith("(") && t.endsWith(")")) {
    negatief = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith("-") || t.startsWith("−")) {
    negatief = !negatief;
    t = t.slice(1);
  } else if (t.startsWith("+")) t = t.slice(1);
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return geenGetal(v);
  let n: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) n = Number(t.replace(/\./g, "").replace(",", "."));
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) n = Number(t.replace(/,/g, ""));
  else if (/^\d+,\d+$/.test(t)) n = Number(t.replace(",", "."));
  else if (/^\d+(\.\d+)?$/.test(t)) n = Number(t);
  else return geenGetal(v);
  if (!Number.isFinite(n)) return geenGetal(v);
  n *= factor;
  return ok(negatief ? -n : n);
}

/**
 * Why a text cell's number had to be interpreted, or undefined when it is plain: an estimate
 * ("ca. 20"), a multiplier ("355k", "3,5 ton"), a comma before exactly three digits ("1,050":
 * Dutch 1,05 or English 1.050), English notation ("1,050.00"), a range ("300.000 - 350.000",
 * the highest counts). Call it only on a cell that was read as a number. Linear: the text is
 * capped first, and each expression is anchored or a plain scan.
 */
export function geradenGetal(v: Cel): string | undefined {
  if (typeof v !== "string" || v.length > MAX_GETALTEKST) return undefined;
  const t = v
    .trim()
    .toLowerCase()
    .replace(/\u00a0/g, " ");
  if (/^(ca\.?|circa|±|~|\+\/-)/.test(t)) return "een schatting; het getal zelf telt";
  if (/\d\s*[-–]\s*(€\s*)?\d|\s(tot|à)\s/.test(t)) return "een bereik; de hoogste waarde telt";
  if (/\d\s*(k|ton|mln|miljoen)$/.test(t))
    return "een getal met een eenheid (k, ton, mln), omgerekend";
  if (/^[^\d,.]*\d{1,3}(,\d{3})+\.\d+/.test(t))
    return "Engelse schrijfwijze (komma voor duizendtallen)";
  if (/^[^\d,.]*\d{1,3},\d{3}(?![\d.,])/.test(t))
    return "een komma voor precies drie cijfers: gelezen als decimaalteken (Nederlands), niet als duizendtallen";
  return undefined;
}

/** Money or a unit that a count of homes cannot carry: "€ 355.000", "3,5 ton", "750 p/m". */
const GEEN_AANTAL =
  /€|\beur(o)?\b|\bton\b|\bmln\b|miljoen|\d\s*k$|p\/m|p\.m\.|per maand|\/mnd|\/maand|\bpm$|k\.k\.|v\.o\.n\.|\bvon\b|\bkk\b|,-+$|,=$/;

/**
 * A count of homes: a whole number (a fraction is rounded but reported by the caller).
 * Text with money or a price unit is not a count ("€ 355.000,00", "3,5 ton", "750 p/m").
 */
export function leesAantal(v: Cel): Gelezen<number> {
  if (
    typeof v === "string" &&
    v.length <= MAX_GETALTEKST &&
    GEEN_AANTAL.test(v.trim().toLowerCase())
  )
    return nee(`"${kortTekst(v)}" is een bedrag, geen aantal woningen`);
  const g = leesGetal(v);
  if (!g.ok) return g;
  if (Math.abs(g.waarde) > 1e6) return nee(`${g.waarde} woningen is niet aannemelijk`);
  return g;
}

/** A count that cannot be negative (bruto, homes per segment). */
export function leesPositiefAantal(v: Cel): Gelezen<number> {
  const g = leesAantal(v);
  if (g.ok && g.waarde < 0)
    return nee(
      `${typeof v === "string" ? `"${kortTekst(v)}"` : v}: een negatief aantal woningen kan hier niet`
    );
  return g;
}

/**
 * A price (koop or huur): a number that is not negative. "-€ 450.000", "(450.000)" (accounting
 * style) and "−450000" are no price of a home; the caller reports them at their address.
 */
export function leesBedrag(v: Cel): Gelezen<number> {
  const g = leesGetal(v);
  if (g.ok && g.waarde < 0)
    return nee(
      `${typeof v === "string" ? `"${kortTekst(v)}"` : v} is negatief; een prijs van een woning kan niet negatief zijn`
    );
  return g;
}

export interface Jaren {
  van: number;
  tot: number;
}

/** The open end of a span such as "2030+". */
export const OPEN_EINDE = 2100;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Year of an Excel date serial (days since 1899-12-30). */
export function jaarVanSerieel(serieel: number): number {
  return new Date(EXCEL_EPOCH + Math.round(serieel) * 86400000).getUTCFullYear();
}

/**
 * Reads a delivery year or span: 2025, "2025", "Q3 2025", "medio 2026", "2023-2024",
 * "2025/2026", "2025 t/m 2027", a date, or an Excel date serial (what range.values
 * gives for a date-formatted cell).
 */
export function leesJaar(v: Cel): Gelezen<Jaren> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return nee("ongeldige datum");
    return ok({ van: v.getUTCFullYear(), tot: v.getUTCFullYear() });
  }
  const fout = foutVan(v);
  if (fout) return nee(foutReden(fout));
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return ok({ van: v, tot: v });
    if (v >= 3000 && v < 80000) {
      const j = jaarVanSerieel(v);
      return ok({ van: j, tot: j });
    }
    return nee(`${v} is geen jaartal`);
  }
  if (typeof v !== "string") return nee("geen jaartal");
  const t = v.trim().toLowerCase();
  if (t === "") return nee("lege cel");
  if (t.length > MAX_JAARTEKST) return nee(`"${kortTekst(v)}" is geen jaartal`);
  // No lookbehind: older Safari web views in Office reject a bundle that contains one.
  const jaren = [...t.matchAll(/(?:^|\D)(19\d{2}|20\d{2}|21\d{2})(?!\d)/g)].map((m) =>
    Number(m[1])
  );
  // Open ends: "2030+", "2030 e.v.", "vanaf 2030" (from 2030), "na 2030" (from 2031); 2100 marks
  // the open end, as jaarschijf headers have it ("2030+").
  if (jaren.length === 1) {
    if (/^na\s/.test(t)) return ok({ van: jaren[0] + 1, tot: OPEN_EINDE });
    if (/^(vanaf|v\.a\.)\s/.test(t) || /\d\s*(\+|e\.?\s?v\.?|en later)$/.test(t))
      return ok({ van: jaren[0], tot: OPEN_EINDE });
  }
  if (jaren.length === 0) {
    const kort = /^(?:q[1-4]|[a-z]+)?\s*'(\d{2})$/.exec(t);
    if (kort) return ok({ van: 2000 + Number(kort[1]), tot: 2000 + Number(kort[1]) });
    return nee(`"${kortTekst(v)}" is geen jaartal`);
  }
  if (jaren.length === 1) {
    // "2023-24" style
    const span = /(20\d{2})\s*[-–/]\s*(\d{2})(?!\d)/.exec(t);
    if (span) {
      const tot = 2000 + Number(span[2]);
      if (tot >= jaren[0]) return ok({ van: jaren[0], tot });
    }
    return ok({ van: jaren[0], tot: jaren[0] });
  }
  const van = Math.min(...jaren);
  const tot = Math.max(...jaren);
  return ok({ van, tot });
}

export function leesJaNee(v: Cel): Gelezen<boolean> {
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number")
    return v === 1 ? ok(true) : v === 0 ? ok(false) : nee(`${v} is geen ja/nee`);
  if (typeof v !== "string") return nee("geen ja/nee");
  const t = v.trim().toLowerCase();
  if (["ja", "j", "x", "yes", "y", "waar", "true", "wel", "✓", "v"].includes(t)) return ok(true);
  if (["nee", "n", "no", "onwaar", "false", "niet", "-", "geen"].includes(t)) return ok(false);
  return nee(`"${v.trim()}" is geen ja of nee`);
}

/** A woonvorm (Woningbouw Monitor) or yes/no: flexwoning, tijdelijke woning and tiny house are flex. */
export function leesWoonvorm(v: Cel): Gelezen<boolean> {
  const j = leesJaNee(v);
  if (j.ok || typeof v !== "string") return j;
  const t = normaliseer(v);
  if (/flex|tijdelijk|tiny/.test(t)) return ok(true);
  if (
    /^(regulier|permanent|regulier permanent|friendswoning|innovatieve woonvorm|mantelzorgwoning|woonwagen|woonwagen\/?woonwagenstandplaats|woonwagenstandplaats|woonwerk ?combinatie|woon ?werk ?combinatie|overig|onbekend)$/.test(
      t
    )
  )
    return ok(false);
  return nee(
    `"${v.trim()}" is geen bekende woonvorm (flexwoning, tijdelijke woningen, tiny house, regulier, …)`
  );
}

/** What a nieuw_verbouw cell says: a transformatie, an onttrekking (the row's homes leave the stock), or neither. */
export interface Bouwsoort {
  transformatie: boolean;
  onttrekking: boolean;
}

/** Reads nieuw_verbouw words (Nieuwbouw, Transformatie, Verbouw overig, Onttrekking sloop, …) or yes/no. */
export function leesBouwsoort(v: Cel): Gelezen<Bouwsoort> {
  const j = leesJaNee(v);
  if (j.ok) return ok({ transformatie: j.waarde, onttrekking: false });
  if (typeof v !== "string") return nee(j.reden);
  const t = normaliseer(v);
  if (/^onttrekking|^sloop/.test(t)) return ok({ transformatie: false, onttrekking: true });
  if (/transformatie|verbouw|functieverandering|splitsing/.test(t))
    return ok({ transformatie: true, onttrekking: false });
  if (
    /^(nieuwbouw|nieuwbouw vervangend|vervangende nieuwbouw|sloop\/nieuwbouw|uitbreiding|inbreiding|herstructurering|verdichting)$/.test(
      t
    )
  )
    return ok({ transformatie: false, onttrekking: false });
  return nee(
    `"${v.trim()}" is geen bekende bouwsoort (nieuwbouw, transformatie, verbouw, onttrekking)`
  );
}

export type Segment = "sociale huur" | "middenhuur" | "dure huur" | "betaalbare koop" | "dure koop";
export const SEGMENTEN: readonly Segment[] = [
  "sociale huur",
  "middenhuur",
  "dure huur",
  "betaalbare koop",
  "dure koop",
];
export const BETAALBARE_SEGMENTEN: ReadonlySet<Segment> = new Set([
  "sociale huur",
  "middenhuur",
  "betaalbare koop",
]);

export type Eigendom = "huur" | "koop";
export function eigendomVan(segment: Segment): Eigendom {
  return segment.endsWith("huur") ? "huur" : "koop";
}

/** What a segment cell says: a deal segment, or only huur/koop. */
export type SegmentLezing = { segment: Segment } | { eigendom: Eigendom };

/**
 * What a price-class cell says: a deal segment, only huur/koop, or a label that names no
 * deal segment ("middeldure koop", "Huur goedkoop", "vrije sector") with the tenure it names.
 * Price-class words mean different bands in different sources; only those that name one
 * segment of the deal (art. 1a, 1g) map to it, the rest stay labels for a price to decide.
 */
export type PrijsklasseLezing = SegmentLezing | { label: string; eigendom?: Eigendom };

/** Words that name one deal segment, after normalisation (lower case, "-", "_", "()" as spaces). */
const SEGMENT_WOORDEN: [RegExp, SegmentLezing][] = [
  [
    /^(sh|soc\.? huur|sociale? huur(woning)?(en)?|sociaal|sociale? sector|corporatie huur|huur sociaal|huur sociale huur|dah|betaalbare huur sociaal|sociale huur corporatie|sociale huur particulier)$/,
    { segment: "sociale huur" },
  ],
  [
    /^(mh|middenhuur|midden huur|middeldure huur|huur midden|huur middenhuur|middensegment huur|huur middelduur)$/,
    { segment: "middenhuur" },
  ],
  [/^(dh|vsh|dure huur|vrije sector huur|huur vrije sector|huur duur)$/, { segment: "dure huur" }],
  [
    /^(bk|betaalbare koop|koop betaalbaar|sociale koop|koop sociaal|koop tot nhg|starterswoning)$/,
    { segment: "betaalbare koop" },
  ],
  [
    /^(dk|dure koop|koop duur|vrije sector koop|koop vrije sector|koop boven nhg|luxe koop)$/,
    { segment: "dure koop" },
  ],
  [/^(huur|huurwoning(en)?|h)$/, { eigendom: "huur" }],
  [/^(koop|koopwoning(en)?|k)$/, { eigendom: "koop" }],
];

/** Price-class words that name no single deal segment: a price decides, else the plan is not classifiable. */
const KLASSE_WOORDEN =
  /^((huur|koop) )?(goedkoop|goedkope|betaalbaar|betaalbare|laag middelduur|middelduur|middeldure|midden|middensegment|duur|dure|vrije sector|onbekend|nader te bepalen|ntb|geliberaliseerd|geliberaliseerde)( (huur|koop))?$|^(mdk|middel dure koop|geliberaliseerde huur|huur of koop onbekend|onbekend koop of huur)$/;

function normaliseerKlasse(v: string): string {
  return v
    .trim()
    .toLowerCase()
    .replace(/[-_()/]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads a segment or price-class word (SH, MH, DH/VSH, BK, DK, "Koop laag middelduur", "Huur(sociaal)"). */
export function leesPrijsklasse(v: Cel): Gelezen<PrijsklasseLezing> {
  if (typeof v !== "string") return nee(isLeeg(v) ? "lege cel" : "geen segment");
  const t = normaliseerKlasse(v);
  for (const [re, lezing] of SEGMENT_WOORDEN) {
    if (re.test(t)) return ok(lezing);
  }
  if (KLASSE_WOORDEN.test(t)) {
    const huur = /\bhuur\b/.test(t);
    const koop = /\bkoop\b/.test(t) || t === "mdk";
    const label = v.trim().replace(/\s+/g, " ");
    if (huur !== koop) return ok({ label, eigendom: huur ? "huur" : "koop" });
    return ok({ label });
  }
  return nee(
    `"${v.trim()}" is geen bekend segment (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop)`
  );
}

/** Reads a segment word or abbreviation (SH, MH, DH/VSH, BK, DK): only a deal segment or huur/koop. */
export function leesSegment(v: Cel): Gelezen<SegmentLezing> {
  const g = leesPrijsklasse(v);
  if (!g.ok) return g;
  if ("label" in g.waarde)
    return nee(
      `"${g.waarde.label}" noemt geen segment van de woondeal (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop); de prijs bepaalt het segment`
    );
  return ok(g.waarde);
}

export type Hardheid = "hard" | "zacht" | "onbekend";
export interface Planstatus {
  /** National plan-capacity code (1A … 4B) when known. */
  code?: string;
  omschrijving: string;
  hardheid: Hardheid;
  /** Opgeleverd / gerealiseerd: counts as production already made. */
  gerealiseerd: boolean;
}

const CODE_OMSCHRIJVING: Record<string, string> = {
  "1A": "onherroepelijk",
  "1B": "onherroepelijk, met uitwerkingsplicht",
  "1C": "onherroepelijk, met wijzigingsbevoegdheid",
  "2A": "vastgesteld, nog niet onherroepelijk",
  "2B": "vastgesteld, met uitwerkingsplicht",
  "2C": "vastgesteld, met wijzigingsbevoegdheid",
  "3": "in voorbereiding",
  "4A": "potentiële locatie in visie",
  "4B": "potentiële locatie, optie",
  "5A": "ambtelijk, met locatie",
  "5B": "ambtelijk, zonder locatie",
};

/**
 * The juridische status of the Woningbouw Monitor (Shinto Labs), also written as Tilburg does:
 * "5. onherroepelijk/ hard (ONH)". Checked before the IPO codes, whose numbers differ.
 */
const JURIDISCHE_STATUS: Record<string, [string | undefined, string, Hardheid]> = {
  onh: ["1A", CODE_OMSCHRIJVING["1A"], "hard"],
  vst: ["2A", CODE_OMSCHRIJVING["2A"], "hard"],
  otw: ["3", "ontwerpplan", "zacht"],
  plv: ["3", CODE_OMSCHRIJVING["3"], "zacht"],
  poc: [undefined, "geen aanvraag", "zacht"],
};

function status(
  code: string | undefined,
  omschrijving: string,
  hardheid: Hardheid,
  gerealiseerd = false
): Planstatus {
  return code
    ? { code, omschrijving, hardheid, gerealiseerd }
    : { omschrijving, hardheid, gerealiseerd };
}

/**
 * Reads a plan status: coded (IPO 1A … 4B, 5A/5B; Woningbouw Monitor ONH, VST, OTW, PLV, POC)
 * or words (onherroepelijk, vergund, in aanbouw, procesfase words, hard/zacht, …).
 */
export function leesPlanstatus(v: Cel): Gelezen<Planstatus> {
  const fout = foutVan(v);
  if (fout) return nee(foutReden(fout));
  if (typeof v === "number" && [1, 2, 3, 4].includes(v)) {
    const code = String(v);
    if (code === "3") return ok(status("3", CODE_OMSCHRIJVING["3"], "zacht"));
    return ok(
      status(
        code,
        code === "1" ? "onherroepelijk" : code === "2" ? "vastgesteld" : "potentiële locatie",
        v <= 2 ? "hard" : "zacht"
      )
    );
  }
  if (typeof v !== "string") return nee(isLeeg(v) ? "lege cel" : "geen planstatus");
  const t = v.trim().toLowerCase();
  if (t === "") return nee("lege cel");
  const shinto = /^(onh|vst|otw|plv|poc)$|\((onh|vst|otw|plv|poc)\)\s*$/.exec(t);
  if (shinto) {
    const [code, omschrijving, hardheid] = JURIDISCHE_STATUS[shinto[1] ?? shinto[2]];
    return ok(status(code, omschrijving, hardheid));
  }
  // "5A Ambtelijk met locatie" (some provinces): an idea inside the gemeente's own organisation.
  const vijf = /^5\s*([ab])(?![a-z\d])/.exec(t);
  if (vijf) {
    const code = `5${vijf[1].toUpperCase()}`;
    return ok(status(code, CODE_OMSCHRIJVING[code], "zacht"));
  }
  // A code: 1A … 4B, not the start of a year or a number ("2025", "1,5").
  const m = /^([1-4])\s*([abc])?(?![a-z\d]|[.,]\d)/.exec(t);
  if (m) {
    const code = `${m[1]}${m[2] ? m[2].toUpperCase() : ""}`;
    const omschrijving =
      CODE_OMSCHRIJVING[code] ?? CODE_OMSCHRIJVING[m[1] === "3" ? "3" : `${m[1]}A`];
    return ok(status(code, omschrijving, m[1] === "1" || m[1] === "2" ? "hard" : "zacht"));
  }
  if (/onbekend|n\.?b\.?$|^\?$|^unknown/.test(t))
    return ok(status(undefined, "onbekend", "onbekend"));
  if (/opgeleverd|gerealiseerd|^(gereed|afgerond)$|^gereed,? in gebruik$|bewoond/.test(t))
    return ok(status(undefined, "opgeleverd", "hard", true));
  if (/in aanbouw|in uitvoering|^uitvoeringsfase$|bouw (is )?gestart|start bouw|^gestart$/.test(t))
    return ok(status(undefined, "in aanbouw", "hard"));
  if (/vergund|vergunning verleend|omgevingsvergunning/.test(t))
    return ok(status(undefined, "vergund", "hard"));
  if (/niet onherroepelijk/.test(t)) return ok(status("2A", CODE_OMSCHRIJVING["2A"], "hard"));
  if (/\bniet hard\b/.test(t)) return ok(status("3", CODE_OMSCHRIJVING["3"], "zacht"));
  if (/onherroepelijk|\bhard\b|^hard/.test(t))
    return ok(status("1A", CODE_OMSCHRIJVING["1A"], "hard"));
  if (/vastgesteld/.test(t)) return ok(status("2A", CODE_OMSCHRIJVING["2A"], "hard"));
  if (
    /voorbereiding|in procedure|^definitiefase$|ontwerp|voorontwerp|initiatief|haalbaarheid|zacht/.test(
      t
    )
  )
    return ok(status("3", CODE_OMSCHRIJVING["3"], "zacht"));
  if (/niet opgenomen in (de )?visie/.test(t))
    return ok(status("4B", CODE_OMSCHRIJVING["4B"], "zacht"));
  // Procesfase words of the Woningbouw Monitor before any plan procedure.
  if (/^(intake|start project|in studie|verkenning)$/.test(t))
    return ok(status(undefined, t, "zacht"));
  if (/^ambtelijk/.test(t))
    return ok(
      status(
        /zonder/.test(t) ? "5B" : "5A",
        /zonder/.test(t) ? CODE_OMSCHRIJVING["5B"] : CODE_OMSCHRIJVING["5A"],
        "zacht"
      )
    );
  if (/visie|potenti/.test(t)) return ok(status("4A", CODE_OMSCHRIJVING["4A"], "zacht"));
  if (/optie|idee|reserve/.test(t)) return ok(status("4B", CODE_OMSCHRIJVING["4B"], "zacht"));
  return nee(
    `"${v.trim()}" is geen bekende planstatus (1A … 4B, onherroepelijk, vastgesteld, in voorbereiding, …)`
  );
}

// eslint-disable-next-line no-control-regex
const ALLEEN_ASCII = /^[\x00-\x7f]*$/;

/** Normalises text for matching: lower case, no accents, single spaces. */
export function normaliseer(tekst: string): string {
  // Most names are plain ASCII, which has no accents to strip: NFKD is the costly step.
  const zonderAccenten = ALLEEN_ASCII.test(tekst)
    ? tekst
    : tekst.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const klein = zonderAccenten.toLowerCase();
  // Single spaces are the rule: the replace rebuilds the text only when there is more to do.
  return (GEEN_GEWONE_SPATIE.test(klein) ? klein.replace(/[\s_]+/g, " ") : klein).trim();
}
/**
 * `sleutel` for texts that repeat down a list (gemeente, kern, locatie), each distinct text
 * worked out once for as long as the returned function is used (one search or matching):
 * memory proportional to the distinct texts of that list. No text gives "".
 */
export function eenmaalPerTekst(sleutel: (t: string) => string): (t: string | undefined) => string {
  const gezien = new Map<string, string>();
  return (t) => {
    if (!t) return "";
    let s = gezien.get(t);
    if (s === undefined) gezien.set(t, (s = sleutel(t)));
    return s;
  };
}

/** Whitespace other than one plain space, or an underscore: what normaliseer turns into one space. */
const GEEN_GEWONE_SPATIE = /[^\S ]|_| {2}/;

/** A date as a sortable number (a Date, an Excel serial, or a Dutch "d-m-jjjj" text). */
export function leesDatum(v: Cel): Gelezen<number> {
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? { ok: false, reden: "ongeldige datum" }
      : { ok: true, waarde: v.getTime() };
  if (typeof v === "number" && v >= 3000 && v < 80000)
    return { ok: true, waarde: Date.UTC(1899, 11, 30) + Math.round(v) * 86400000 };
  if (typeof v === "string") {
    const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v.trim());
    if (m) return { ok: true, waarde: Date.UTC(+m[3], +m[2] - 1, +m[1]) };
    const j = /^(19|20)\d{2}$/.exec(v.trim());
    if (j) return { ok: true, waarde: Date.UTC(+v.trim(), 0, 1) };
  }
  if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100)
    return { ok: true, waarde: Date.UTC(v, 0, 1) };
  return { ok: false, reden: `"${toonCel(v)}" is geen datum` };
}
