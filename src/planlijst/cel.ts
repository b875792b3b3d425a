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

/** A rectangle of a sheet: rows 1-based, columns 0-based, both ends inclusive. */
export interface Gebied {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** An area of an A1 address with the sheet it names, if any. */
export interface AdresGebied extends Gebied {
  /** The sheet name with its quotes undone ("Jan's lijst" from "'Jan''s lijst'!A1"). */
  blad?: string;
}

/** One end of an area: a cell ("$C$5"), a whole column ("C") or a whole row ("5"). */
interface Einde {
  rij?: number;
  kolom?: number;
}

function leesEinde(tekst: string): Einde | undefined {
  const m = /^\$?([A-Z]{0,3})\$?(\d*)$/i.exec(tekst.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const kolom = m[1] ? kolomIndex(m[1]) : undefined;
  const rij = m[2] ? Number(m[2]) : undefined;
  if (kolom !== undefined && kolom > MAX_KOLOM) return undefined;
  if (rij !== undefined && (rij < 1 || rij > MAX_RIJ)) return undefined;
  return { ...(rij !== undefined ? { rij } : {}), ...(kolom !== undefined ? { kolom } : {}) };
}

/** Splits "'Jan''s lijst'!A1:B2" into the sheet name (quotes undone) and the area. */
function splitsBlad(adres: string): { blad?: string; rest: string } | undefined {
  const t = adres.trim();
  if (t.startsWith("'")) {
    // A quoted name: '' stands for one quote; the name ends at a lone quote.
    let naam = "";
    let i = 1;
    for (; i < t.length; i++) {
      if (t[i] !== "'") naam += t[i];
      else if (t[i + 1] === "'") naam += t[i++];
      else break;
    }
    if (i >= t.length || t[i + 1] !== "!") return undefined;
    return { blad: naam, rest: t.slice(i + 2) };
  }
  const uitroep = t.lastIndexOf("!");
  return uitroep < 0 ? { rest: t } : { blad: t.slice(0, uitroep), rest: t.slice(uitroep + 1) };
}

/** The sheet and the two ends of one area, when both ends are of one kind. */
function leesDelen(adres: string): { blad?: string; van: Einde; tot: Einde } | undefined {
  const delen = splitsBlad(adres);
  if (!delen || delen.blad === "") return undefined;
  const [a, b, ...meer] = delen.rest.split(":");
  const van = leesEinde(a);
  const tot = b === undefined ? van : leesEinde(b);
  if (!van || !tot || meer.length) return undefined;
  // Both ends of one kind: cell:cell, column:column or row:row.
  if ((van.rij === undefined) !== (tot.rij === undefined)) return undefined;
  if ((van.kolom === undefined) !== (tot.kolom === undefined)) return undefined;
  return { ...(delen.blad !== undefined ? { blad: delen.blad } : {}), van, tot };
}

/**
 * One area of an A1 address: a cell ("C5", "$C$5"), a range ("C5:D9"), whole rows ("5:7")
 * or whole columns ("C:D"), optionally with its sheet ("Blad1!C5", "'Emmen 2023'!A1:B2",
 * "'Jan''s lijst'!A1"). Ends are put in order. Undefined when the text is no such area.
 */
export function leesGebied(adres: string): AdresGebied | undefined {
  const d = leesDelen(adres);
  if (!d) return undefined;
  const r = [d.van.rij ?? 1, d.tot.rij ?? MAX_RIJ];
  const c = [d.van.kolom ?? 0, d.tot.kolom ?? MAX_KOLOM];
  return {
    ...(d.blad !== undefined ? { blad: d.blad } : {}),
    r0: Math.min(r[0], r[1]),
    r1: Math.max(r[0], r[1]),
    c0: Math.min(c[0], c[1]),
    c1: Math.max(c[0], c[1]),
  };
}

/** Like leesGebied, but only a cell or a range of cells ("C5", "Blad1!C4:C9"): no whole rows or columns. */
export function leesCelbereik(adres: string): AdresGebied | undefined {
  const d = leesDelen(adres);
  return d && d.van.rij !== undefined && d.van.kolom !== undefined ? leesGebied(adres) : undefined;
}

/**
 * The areas of a multi-area address as Office.js gives it ("A1:B2,D4",
 * "Blad1!A1:B2,Blad1!D4", "'a,b'!A1,'a,b'!C3"): a comma inside a quoted sheet name does not
 * separate. Undefined when any area cannot be read.
 */
export function leesGebieden(adres: string): AdresGebied[] | undefined {
  const delen: string[] = [];
  let huidig = "";
  let inNaam = false;
  for (const ch of adres) {
    // '' inside a quoted name toggles twice: still inside.
    if (ch === "'") inNaam = !inNaam;
    if (ch === "," && !inNaam) {
      delen.push(huidig);
      huidig = "";
    } else huidig += ch;
  }
  delen.push(huidig);
  const gebieden = delen.map(leesGebied);
  return gebieden.every((g) => g) ? (gebieden as AdresGebied[]) : undefined;
}

/**
 * Parses an A1 address ("C12", "$C$12", "Blad1!C12") into row/column. Of a range
 * ("Blad1!B3:K120", what Office.js gives as an address) it takes the top-left cell; whole
 * rows or columns ("5:7", "C") are no cell address.
 */
export function leesAdres(adres: string): Positie {
  const d = leesDelen(adres);
  if (!d || d.van.rij === undefined || d.van.kolom === undefined)
    throw new Error(`Ongeldig celadres: ${adres}`);
  return {
    rij: Math.min(d.van.rij, d.tot.rij!),
    kolom: Math.min(d.van.kolom, d.tot.kolom!),
  };
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
