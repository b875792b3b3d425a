/**
 * A cell value as the engine sees it: what Office.js `range.values` gives (numbers,
 * strings, booleans, error strings such as "#REF!") or an adapter made of ExcelJS values.
 */
export interface CelFout {
  fout: string;
}
export type Cel = string | number | boolean | Date | null | undefined | CelFout;
export type Raster = Cel[][];

export const EXCEL_FOUTEN = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  // Dutch Excel shows these names; range.values gives the English ones, but copies of
  // values typed as text may hold the Dutch spelling.
  "#VERW!",
  "#WAARDE!",
  "#DEEL/0!",
  "#NAAM?",
  "#GETAL!",
  "#N/B",
  "#LEEG!",
] as const;
const FOUTEN = new Set<string>(EXCEL_FOUTEN);

export function isFout(v: Cel): v is CelFout {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "fout" in v;
}

/** The error text of a cell that holds an Excel error, else undefined. */
export function foutVan(v: Cel): string | undefined {
  if (isFout(v)) return v.fout;
  if (typeof v === "string") {
    const t = v.trim().toUpperCase();
    if (FOUTEN.has(t)) return t;
  }
  return undefined;
}

export function isLeeg(v: Cel): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function kolomLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for letters: A → 0. */
export function kolomIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Positie {
  /** 1-based row as Excel shows it. */
  rij: number;
  /** 0-based column index. */
  kolom: number;
}

/** Excel's last column (XFD) and row. */
const MAX_KOLOM = 16383;
const MAX_RIJ = 1048576;

/**
 * Parses an A1 address ("C12", "$C$12", "Blad1!C12") into row/column. Of a range
 * ("Blad1!B3:K120", what Office.js gives as an address) it takes the top-left cell.
 */
export function leesAdres(adres: string): Positie {
  const cel = (adres.split("!").pop() ?? "").split(":")[0].replace(/\$/g, "").trim();
  const m = /^([A-Z]{1,3})(\d+)$/i.exec(cel);
  const kolom = m ? kolomIndex(m[1]) : -1;
  const rij = m ? Number(m[2]) : 0;
  if (!m || kolom > MAX_KOLOM || rij < 1 || rij > MAX_RIJ)
    throw new Error(`Ongeldig celadres: ${adres}`);
  return { kolom, rij };
}

export function celAdres(rij: number, kolom: number): string {
  return `${kolomLetters(kolom)}${rij}`;
}

/** A cell value as short display text for messages. */
export function toonCel(v: Cel): string {
  if (v === null || v === undefined) return "(leeg)";
  if (isFout(v)) return v.fout;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
