/** The four gemeenten of the deal and the words people use for them. */

export const GEMEENTEN = ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"] as const;
export type GemeenteNaam = (typeof GEMEENTEN)[number];
export const REGIO = "Zuidoost Drenthe";

/**
 * Drenthe gemeenten that belong to the other two Drenthe woondeal regions. Lookups keyed by
 * user text are Maps: a plain object would answer "constructor" or "toString" with Object's own.
 */
const ANDERE_DRENTSE = new Map<string, string>([
  ["assen", "Assen"],
  ["tynaarlo", "Tynaarlo"],
  ["noordenveld", "Noordenveld"],
  ["midden-drenthe", "Midden-Drenthe"],
  ["hoogeveen", "Hoogeveen"],
  ["meppel", "Meppel"],
  ["westerveld", "Westerveld"],
  ["de wolden", "De Wolden"],
]);

function sleutel(tekst: string): string {
  return (
    tekst
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .trim()
      .replace(/^(gemeente\s+|gem\.\s*)/, "")
      // "Emmen (Dr.)", "Emmen (Drenthe)": a province or note in brackets after the name.
      .replace(/\s*\([^)]*\)$/, "")
      .replace(/&/g, " en ")
      .replace(/[\s_.-]+/g, " ")
      .trim()
  );
}

const VARIANTEN = new Map<string, GemeenteNaam>([
  ...GEMEENTEN.map((g): [string, GemeenteNaam] => [sleutel(g), g]),
  ["aa hunze", "Aa en Hunze"],
  ["aa en hunze", "Aa en Hunze"],
  ["aah", "Aa en Hunze"],
  ["borger odoorn", "Borger-Odoorn"],
  ["borgerodoorn", "Borger-Odoorn"],
  ["borger oderon", "Borger-Odoorn"],
  ["b o", "Borger-Odoorn"],
]);

export type GemeenteHerkenning =
  | { soort: "deal"; gemeente: GemeenteNaam }
  | { soort: "regio" }
  | { soort: "drenthe"; naam: string }
  | { soort: "onbekend"; naam: string; suggestie?: GemeenteNaam };

const herkend = new Map<string, GemeenteHerkenning>();

/** Recognises a gemeente name, with spelling variants; suggests the nearest on a typo. */
export function herkenGemeente(tekst: string): GemeenteHerkenning {
  let h = herkend.get(tekst);
  if (!h) {
    h = herken(tekst);
    if (herkend.size > 10000) herkend.clear();
    herkend.set(tekst, h);
  }
  return h;
}

function herken(tekst: string): GemeenteHerkenning {
  const s = sleutel(tekst);
  const gevonden = VARIANTEN.get(s);
  if (gevonden) return { soort: "deal", gemeente: gevonden };
  if (/^(regio\s+)?zuid ?oost drenthe$/.test(s) || s === "zo drenthe" || s === "regio")
    return { soort: "regio" };
  const drents = ANDERE_DRENTSE.get(s.replace(/ /g, "-")) ?? ANDERE_DRENTSE.get(s);
  if (drents) return { soort: "drenthe", naam: drents };
  let beste: GemeenteNaam | undefined;
  let afstand = Infinity;
  const maxAfstand = Math.max(2, Math.floor(s.length / 3));
  for (const [variant, g] of VARIANTEN) {
    // Names whose lengths differ more than the allowed distance cannot be near: skip the work.
    if (Math.abs(variant.length - s.length) > maxAfstand) continue;
    const d = levenshtein(s, variant);
    if (d < afstand) {
      afstand = d;
      beste = g;
    }
  }
  const suggestie = beste && afstand <= maxAfstand ? beste : undefined;
  return { soort: "onbekend", naam: tekst.trim(), suggestie };
}

/** The deal gemeenten mentioned inside a longer text such as a sheet name or title, in the deal's order. */
export function gemeentenInTekst(tekst: string): GemeenteNaam[] {
  const s = ` ${sleutel(tekst.replace(/[,;:()/]+/g, " "))} `;
  const gevonden = new Set<GemeenteNaam>();
  for (const [variant, g] of VARIANTEN) {
    if (variant.length >= 4 && s.includes(` ${variant} `)) gevonden.add(g);
  }
  return GEMEENTEN.filter((g) => gevonden.has(g));
}

/**
 * The deal gemeente a sheet name or title is about. A text that names more than one
 * ("Planlijsten Aa en Hunze, Borger-Odoorn, Coevorden en Emmen") is about none of them.
 */
export function gemeenteInTekst(tekst: string): GemeenteNaam | undefined {
  const g = gemeentenInTekst(tekst);
  return g.length === 1 ? g[0] : undefined;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
