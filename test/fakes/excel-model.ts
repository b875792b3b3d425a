/**
 * The in-memory workbook behind the fake Excel: plain JSON data, so a test can snapshot a
 * sheet (`structuredClone`) and deep-compare it later. No jest or Node imports: this file
 * also bundles for the browser test page.
 */

import { kolomIndex, kolomLetters } from "../../src/planlijst/cel";

export type Waarde = string | number | boolean;

export interface RandModel {
  stijl: string;
  kleur?: string;
  dikte?: string;
}

export interface OpmaakModel {
  vulling?: string;
  letterkleur?: string;
  vet?: boolean;
  cursief?: boolean;
  lettergrootte?: number;
  lettertype?: string;
  terugloop?: boolean;
  horizontaal?: string;
  /** Per edge ("EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", …). */
  randen?: Record<string, RandModel>;
}

export interface PromptModel {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidatieModel {
  /** "None" for a validation that only carries a prompt (Excel's "Elke waarde"). */
  type: string;
  rule?: unknown;
  prompt?: PromptModel;
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CelModel {
  waarde?: Waarde;
  formule?: string;
  getalnotatie?: string;
  opmaak?: OpmaakModel;
  validatie?: ValidatieModel;
  hyperlink?: HyperlinkModel;
}

export interface VoorwaardelijkeOpmaakModel {
  id: string;
  type: string;
  /** A1 areas on the sheet (no sheet name), e.g. ["B2:B9", "D4"]. */
  bereiken: string[];
  /** For "Custom": the rule's formula. For other types: whatever the test put in. */
  formule?: string;
  opmaak: { vulling?: string; letterkleur?: string; vet?: boolean };
  stopIfTrue: boolean;
  /** Anything else (data bars, color scales) the fake does not interpret. */
  overig?: unknown;
}

export interface TabelModel {
  naam: string;
  adres: string;
  heeftKoppen: boolean;
  stijl?: string;
}

export interface OpmerkingModel {
  id: string;
  adres: string;
  inhoud: string;
  auteur?: string;
}

export interface BladModel {
  naam: string;
  id: string;
  zichtbaarheid: "Visible" | "Hidden" | "VeryHidden";
  /** Sparse cells: row index (0-based) → column index (0-based) → cell. */
  cellen: Record<number, Record<number, CelModel>>;
  voorwaardelijkeOpmaak: VoorwaardelijkeOpmaakModel[];
  /** Notes (the old yellow "opmerkingen"), by A1 address. */
  notities: Record<string, string>;
  /** Threaded comments. */
  opmerkingen: OpmerkingModel[];
  tabellen: TabelModel[];
  kolombreedtes: Record<number, number>;
  bevrorenRijen?: number;
  tabkleur?: string;
  /** Sheet protection (Controleren > Blad beveiligen): every write to a cell throws AccessDenied. */
  beveiligd?: boolean;
  /** Hidden rows (0-based). */
  verborgenRijen?: number[];
}

export interface WerkmapModel {
  bladen: BladModel[];
  actiefBlad: string;
  selectie?: { blad: string; adres: string };
  /** Excel.SettingCollection (document settings): key → JSON-compatible value. */
  instellingen: Record<string, unknown>;
  /** Custom XML parts (id → xml), for completeness. */
  aangepasteXml: Record<string, string>;
}

export const MAX_RIJEN = 1048576;
export const MAX_KOLOMMEN = 16384;

/** Column letters ↔ 0-based index: the same conversion the engine uses. */
export const kolomNaam = kolomLetters;
export const kolomNummer = kolomIndex;

/** A rectangle on a sheet, 0-based. */
export interface Rechthoek {
  r: number;
  c: number;
  rijen: number;
  kolommen: number;
}

/** Splits "Blad 1!A1:B2" / "'Blad''s'!A1" into sheet name and the rest. */
export function splitsBlad(adres: string): { blad?: string; rest: string } {
  const uitroep = adres.lastIndexOf("!");
  if (uitroep < 0) return { rest: adres.trim() };
  let blad = adres.slice(0, uitroep).trim();
  if (blad.startsWith("'") && blad.endsWith("'")) blad = blad.slice(1, -1).replace(/''/g, "'");
  return { blad, rest: adres.slice(uitroep + 1).trim() };
}

function leesHoek(deel: string): { r?: number; c?: number } {
  const m = /^\$?([A-Z]*)\$?(\d*)$/i.exec(deel.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`ongeldig adres: ${deel}`);
  return {
    ...(m[1] ? { c: kolomNummer(m[1]) } : {}),
    ...(m[2] ? { r: Number(m[2]) - 1 } : {}),
  };
}

/** Parses one area: "C3", "A1:D10", "2:5" (whole rows), "B:C" (whole columns). */
export function leesGebied(adres: string): Rechthoek {
  const [a, b = a] = splitsBlad(adres).rest.split(":");
  const p = leesHoek(a);
  const q = leesHoek(b);
  const r0 = Math.min(p.r ?? 0, q.r ?? 0);
  const r1 = p.r === undefined ? MAX_RIJEN - 1 : Math.max(p.r, q.r ?? p.r);
  const c0 = Math.min(p.c ?? 0, q.c ?? 0);
  const c1 = p.c === undefined ? MAX_KOLOMMEN - 1 : Math.max(p.c, q.c ?? p.c);
  const rect = { r: r0, c: c0, rijen: r1 - r0 + 1, kolommen: c1 - c0 + 1 };
  if (r0 < 0 || c0 < 0 || r1 >= MAX_RIJEN || c1 >= MAX_KOLOMMEN)
    throw new Error(`adres buiten het blad: ${adres}`);
  return rect;
}

export function gebiedAdres(g: Rechthoek): string {
  const a = `${kolomNaam(g.c)}${g.r + 1}`;
  if (g.rijen === 1 && g.kolommen === 1) return a;
  return `${a}:${kolomNaam(g.c + g.kolommen - 1)}${g.r + g.rijen}`;
}

export function bladVoorvoegsel(naam: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

export function snijdt(a: Rechthoek, b: Rechthoek): boolean {
  return (
    a.r < b.r + b.rijen && b.r < a.r + a.rijen && a.c < b.c + b.kolommen && b.c < a.c + a.kolommen
  );
}

export function doorsnede(a: Rechthoek, b: Rechthoek): Rechthoek | undefined {
  if (!snijdt(a, b)) return undefined;
  const r = Math.max(a.r, b.r);
  const c = Math.max(a.c, b.c);
  return {
    r,
    c,
    rijen: Math.min(a.r + a.rijen, b.r + b.rijen) - r,
    kolommen: Math.min(a.c + a.kolommen, b.c + b.kolommen) - c,
  };
}

export function leegBlad(naam: string, id: string): BladModel {
  return {
    naam,
    id,
    zichtbaarheid: "Visible",
    cellen: {},
    voorwaardelijkeOpmaak: [],
    notities: {},
    opmerkingen: [],
    tabellen: [],
    kolombreedtes: {},
  };
}

export function heeftWaarde(cel: CelModel | undefined): boolean {
  return !!cel && ((cel.waarde !== undefined && cel.waarde !== "") || !!cel.formule);
}

export function heeftIets(cel: CelModel | undefined): boolean {
  return (
    !!cel &&
    (heeftWaarde(cel) ||
      cel.getalnotatie !== undefined ||
      cel.opmaak !== undefined ||
      cel.validatie !== undefined ||
      cel.hyperlink !== undefined)
  );
}

/** Bounding box of the cells that satisfy `telt`, or undefined when there are none. */
export function gebruiktGebied(
  blad: BladModel,
  telt: (c: CelModel) => boolean,
  binnen?: Rechthoek
): Rechthoek | undefined {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (const rSleutel of Object.keys(blad.cellen)) {
    const r = Number(rSleutel);
    if (binnen && (r < binnen.r || r >= binnen.r + binnen.rijen)) continue;
    const rij = blad.cellen[r];
    for (const cSleutel of Object.keys(rij)) {
      const c = Number(cSleutel);
      if (binnen && (c < binnen.c || c >= binnen.c + binnen.kolommen)) continue;
      if (!telt(rij[c])) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  }
  if (r1 < 0) return undefined;
  return { r: r0, c: c0, rijen: r1 - r0 + 1, kolommen: c1 - c0 + 1 };
}

/** Removes empty cell records and rows, so that models compare equal after clean-up. */
export function ruimOp(blad: BladModel, r: number, c: number) {
  const rij = blad.cellen[r];
  if (!rij) return;
  const cel = rij[c];
  if (cel) {
    for (const k of Object.keys(cel) as (keyof CelModel)[]) if (cel[k] === undefined) delete cel[k];
    if (cel.opmaak && Object.keys(cel.opmaak).length === 0) delete cel.opmaak;
    if (Object.keys(cel).length === 0) delete rij[c];
  }
  if (Object.keys(rij).length === 0) delete blad.cellen[r];
}
