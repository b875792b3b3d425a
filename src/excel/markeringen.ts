/**
 * Marks the cells of findings (and of changes) without destroying anything of the user's.
 *
 * Kinds: findings are marked by their severity (error, warning; info is not marked); the
 * changes since the previous planlijst (the comparison's "Markeer wijzigingen") get a kind of
 * their own, "wijziging", with a neutral colour: the deal treats a change as information, not
 * as a violation. A cell with both a finding and a change is coloured as the finding (the
 * colour tells the deal's force); its prompt gives the findings first, then the changes.
 *
 * Colour: one conditional format per sheet, kind and chunk of addresses (type "Custom",
 * formula `=N("woondeal-toets:fout")=0`, always TRUE). A conditional format overlays the
 * look of a cell without touching its own fill, font, borders or number format; deleting it
 * restores the previous look exactly. The formula names the add-in, so our conditional
 * formats are recognised on any sheet (also after a sheet was renamed or copied) and the
 * user's own are never touched. New conditional formats come first in priority, so the mark
 * shows over the user's rules, which keep applying to everything else.
 *
 * Reason: a data-validation input message (prompt, shown when the cell is selected) with
 * title "Woondeal-toets: …", but only on cells without validation of their own (type "None"
 * and no prompt, or a prompt of ours). Cells with the user's validation keep it and get the
 * colour only; the report sheet and the task pane list every reason anyway.
 *
 * Registry: the document setting "woondeal-toets-markeringen" records per sheet (name and
 * id) the cells coloured per kind (`soorten`) and the cells that got a prompt, as runs
 * ("I7:I9"), so "Markeringen wissen" and the next check clear exactly those prompts — only
 * where the cell still has no validation rule (type "None"): a rule the user added since is
 * left alone. (A prompt-only validation the user typed over ours in the meantime would be
 * cleared; Excel can't tell the two apart per chunk without a read per cell.)
 *
 * Syncs (constant, whatever the number of cells): sheet names + registry (skipped when
 * the caller loaded them with its own first sync); conditional formats of every sheet and
 * the validation state of the cells involved, per chunk of addresses; per cell only for
 * chunks that mix states (rare: user validation near findings); then the writes. Excel on
 * the web refuses a request over 5 MB, so the writes are queued with an estimate of their
 * request size (each operation's object path, action and arguments as JSON) and go out in
 * one sync per 4 MB. Addresses go to `getRanges` in chunks of at most 250 characters (a
 * RangeAreas address string has a length limit). Prompts are capped at ~3 MB of request per
 * check and the registry at 256 kB; cells beyond keep their colour without a prompt.
 *
 * Protected sheets (Controleren > Blad beveiligen) refuse every write with AccessDenied:
 * they are left alone (their old marks and registry entry stay) and named in the report,
 * so the pane can say so; an AccessDenied Excel still raises becomes a MarkeringsFout.
 *
 * Requirement sets: ExcelApi 1.9 (getRanges, RangeAreas.conditionalFormats and
 * .dataValidation), 1.8 (data validation), 1.6 (conditional formats), 1.4 (settings).
 */
import { Bevinding, ERNST_LABEL, Ernst, REGEL_OP_CODE, Rapport } from "../rules";
import { Gebied, kolomLetters, leesCelbereik, leesGebieden, naamCelOpRij } from "../planlijst";
import { MARKERINGEN_SLEUTEL, MELDING_TITEL } from "./namen";

/**
 * The kinds of mark: a finding's severity (error, warning), or "wijziging", a change since the
 * previous planlijst. "wijziging" is a kind of mark only, never a severity: a change's record
 * keeps its rule's severity (the deal's force) in `Bevinding.severity`.
 */
export type Markeerbaar = Exclude<Ernst, "info"> | "wijziging";

/** The kinds in the order their conditional formats are added: the last one added is on top. */
export const SOORTEN: readonly Markeerbaar[] = ["wijziging", "warning", "error"];

export const KLEUREN: Record<Markeerbaar, { vulling: string; letter: string }> = {
  // Excel's own "Lichtrode opvulling met donkerrode tekst" and "Gele opvulling met donkergele tekst".
  error: { vulling: "#FFC7CE", letter: "#9C0006" },
  warning: { vulling: "#FFEB9C", letter: "#9C5700" },
  // Neither red nor yellow: Excel's theme colours "Blauw, Accent 1, lichter 80%" with
  // "…, donkerder 50%" as text (contrast about 7:1).
  wijziging: { vulling: "#DDEBF7", letter: "#1F4E78" },
};

const MERK: Record<Markeerbaar, string> = {
  error: "woondeal-toets:fout",
  warning: "woondeal-toets:waarschuwing",
  wijziging: "woondeal-toets:wijziging",
};
export const FORMULE: Record<Markeerbaar, string> = {
  error: `=N("${MERK.error}")=0`,
  warning: `=N("${MERK.warning}")=0`,
  wijziging: `=N("${MERK.wijziging}")=0`,
};
export const PROMPT_TITEL: Record<Markeerbaar, string> = {
  error: `${MELDING_TITEL}: fout`,
  warning: `${MELDING_TITEL}: waarschuwing`,
  wijziging: `${MELDING_TITEL}: wijziging`,
};

/**
 * What `markeer` marks: the findings of a report (by severity) and, optionally, the changes
 * since the previous planlijst (src/rapport `wijzigingMarkeringen`), marked as "wijziging"
 * whatever their severity.
 */
export type MarkeerInvoer = Pick<Rapport, "bevindingen" | "bladen"> & {
  wijzigingen?: Bevinding[];
};

/** Longest address string given to getRanges. */
export const MAX_ADRES = 250;
/** Request bytes spent on prompts per check. */
const PROMPT_BUDGET = 3 * 1024 * 1024;
/** Request bytes per write sync (Excel on the web refuses more than 5 MB). */
export const SCHRIJF_BUDGET = 4 * 1024 * 1024;
/** Largest registry (JSON bytes) stored as a document setting. */
export const MAX_REGISTER = 256 * 1024;

export interface RegisterBlad {
  id?: string;
  /**
   * Cells coloured per kind when the sheet was marked. Informative (what the marks are); an
   * older version of the add-in writes none and ignores it, so the registry stays version 2.
   */
  soorten?: Partial<Record<Markeerbaar, number>>;
  /** Areas (single cells or vertical runs such as "I7:I9") whose cells got a prompt of ours. */
  meldingen: string[];
}

export interface Register {
  /** 2: runs; 1 (older versions of the add-in): single cells, read the same way. */
  versie: 1 | 2;
  bladen: Record<string, RegisterBlad>;
}

const LEEG_REGISTER: Register = { versie: 2, bladen: {} };

/** Marks could not be written (a sheet refused the writes). The message is Dutch. */
export class MarkeringsFout extends Error {}

export interface MarkeringsVerslag {
  /** Cells coloured as error / warning / change. */
  fouten: number;
  waarschuwingen: number;
  wijzigingen: number;
  /** Cells that got a prompt with the reason. */
  meldingen: number;
  /** Marked cells without prompt (user validation there, or over the budget). */
  zonderMelding: number;
  /** Conditional formats of ours that were removed. */
  verwijderd: number;
  /** Protected sheets with findings or old marks: left as they were. */
  beveiligd: string[];
}

export interface Voorgeladen {
  bladen: { naam: string; id: string; beveiligd: boolean }[];
  register: Register;
  /** Whether the registry setting exists (it is deleted when nothing stays marked). */
  registerBestaat: boolean;
}

interface CelMarkering {
  /** The kind the cell is coloured as: its worst finding, else "wijziging". */
  soort: Markeerbaar;
  bevindingen: Bevinding[];
  wijzigingen: Bevinding[];
}

/** Which of the kinds wins a cell: the deal's force before a change. */
const RANG: Record<Markeerbaar, number> = { error: 0, warning: 1, wijziging: 2 };

/**
 * Findings and changes → per sheet, per cell (A1) the marking. Records without a cell use the
 * plan's name cell; findings ter informatie are not marked.
 */
export function markeringenVan(invoer: MarkeerInvoer): Map<string, Map<string, CelMarkering>> {
  const uit = new Map<string, Map<string, CelMarkering>>();
  const voegToe = (f: Bevinding, soort: Markeerbaar) => {
    const adres = celVan(invoer, f);
    if (!adres) return;
    if (!uit.has(f.sheet!)) uit.set(f.sheet!, new Map());
    const cellen = uit.get(f.sheet!)!;
    const m = cellen.get(adres) ?? { soort, bevindingen: [], wijzigingen: [] };
    cellen.set(adres, m);
    (soort === "wijziging" ? m.wijzigingen : m.bevindingen).push(f);
    if (RANG[soort] < RANG[m.soort]) m.soort = soort;
  };
  for (const f of invoer.bevindingen) if (f.severity !== "info") voegToe(f, f.severity);
  for (const f of invoer.wijzigingen ?? []) voegToe(f, "wijziging");
  return uit;
}

/**
 * The cell (A1) of a record: its own, else the name (or ID) cell of the plan on its row (a
 * Planmonitor plan's name is on a row of its own: src/planlijst/plan.ts `naamCelVan`).
 */
function celVan(invoer: MarkeerInvoer, f: Bevinding): string | undefined {
  if (!f.sheet || !f.row) return undefined;
  if (f.column) return `${f.column}${f.row}`;
  return naamCelOpRij(invoer.bladen, f.sheet, f.row);
}

/**
 * The prompt: the findings (errors first) with their severity, rule and article; then the
 * changes, each in its own words ("Gewijzigd sinds de vorige planlijst …") with its article.
 */
function promptTekst(m: CelMarkering): string {
  const bevindingen = [...m.bevindingen]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
    .map(
      (f) =>
        `${ERNST_LABEL[f.severity]}: ${REGEL_OP_CODE[f.rule]?.titel ?? f.rule} (${f.article}). ${f.message}`
    );
  const wijzigingen = m.wijzigingen.map((f) => `${f.message.replace(/\.$/, "")} (${f.article}).`);
  const tekst = [...bevindingen, ...wijzigingen].join("\n");
  return tekst.length <= 255 ? tekst : `${tekst.slice(0, 254)}…`;
}

/** Cells (A1) → areas: vertical runs in a column become "C4:C9". */
export function comprimeer(adressen: Iterable<string>): string[] {
  const perKolom = new Map<number, number[]>();
  for (const a of adressen) {
    const g = leesCelbereik(a);
    if (!g || g.r0 !== g.r1 || g.c0 !== g.c1) continue;
    if (!perKolom.has(g.c0)) perKolom.set(g.c0, []);
    perKolom.get(g.c0)!.push(g.r0);
  }
  const uit: string[] = [];
  for (const k of [...perKolom.keys()].sort((a, b) => a - b)) {
    const rijen = [...new Set(perKolom.get(k))].sort((a, b) => a - b);
    const l = kolomLetters(k);
    for (let i = 0; i < rijen.length;) {
      let j = i;
      while (j + 1 < rijen.length && rijen[j + 1] === rijen[j] + 1) j++;
      uit.push(i === j ? `${l}${rijen[i]}` : `${l}${rijen[i]}:${l}${rijen[j]}`);
      i = j + 1;
    }
  }
  return uit;
}

/** Areas → address strings of at most `max` characters. */
export function inStukken(gebieden: string[], max = MAX_ADRES): string[] {
  const uit: string[] = [];
  let huidig = "";
  for (const g of gebieden) {
    if (huidig && huidig.length + 1 + g.length > max) {
      uit.push(huidig);
      huidig = "";
    }
    huidig = huidig ? `${huidig},${g}` : g;
  }
  if (huidig) uit.push(huidig);
  return uit;
}

/** Cells of an area list ("C4:C6,D2") as A1 addresses. */
function cellenVan(gebieden: string[]): string[] {
  const uit: string[] = [];
  for (const tekst of gebieden) {
    const g = leesCelbereik(tekst);
    if (!g) continue;
    for (let k = g.c0; k <= g.c1; k++)
      for (let r = g.r0; r <= g.r1; r++) uit.push(`${kolomLetters(k)}${r}`);
  }
  return uit;
}

/** Queues the load of sheet names and the registry; call the result after the next sync. */
export function laadVoorMarkeringen(context: Excel.RequestContext): () => Voorgeladen {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name,items/id,items/protection/protected");
  const item = context.workbook.settings.getItemOrNullObject(MARKERINGEN_SLEUTEL);
  item.load("value");
  // Read by the caller after its sync (the lint rule can't see through the closure).
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () => ({
    bladen: bladen.items.map((b) => ({
      naam: b.name,
      id: b.id,
      beveiligd: b.protection.protected,
    })),
    register: item.isNullObject ? LEEG_REGISTER : leesRegister(item.value),
    registerBestaat: !item.isNullObject,
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

function leesRegister(waarde: unknown): Register {
  try {
    const r = (typeof waarde === "string" ? JSON.parse(waarde) : waarde) as Register;
    if (r && (r.versie === 1 || r.versie === 2) && typeof r.bladen === "object" && r.bladen)
      return r;
  } catch {
    // An unreadable registry: our conditional formats are still found by their formula.
  }
  return LEEG_REGISTER;
}

type Status = "vrij" | "ons" | "gebruiker" | "gemengd";

/**
 * Who owns the validation of a chunk of cells. `verwacht` is what the registry says: old
 * prompt cells are expected to be ours (their messages differ, so a chunk of them has no
 * single prompt: type "None" is enough), new cells are expected to be free. `per cel`: the
 * state of one cell, exactly.
 */
function statusVan(dv: Excel.DataValidation, verwacht: "ons" | "vrij" | "per cel"): Status {
  if (dv.type === "Inconsistent" || dv.type === "MixedCriteria") return "gemengd";
  if (dv.type !== "None") return "gebruiker";
  const p = dv.prompt;
  // No prompt object: a chunk of mixed prompts, or (on some hosts) a cell that never had
  // validation; one cell of type "None" without a prompt is free.
  if (!p) return verwacht === "ons" ? "ons" : verwacht === "per cel" ? "vrij" : "gemengd";
  if (p.title?.startsWith(MELDING_TITEL)) return "ons";
  if (!p.title && !p.message) return verwacht === "ons" ? "ons" : "vrij";
  return "gebruiker";
}

function isOnzeFormule(formule: string | undefined): boolean {
  return !!formule && formule.toLowerCase().includes('"woondeal-toets:');
}

interface Stuk {
  blad: string;
  adres: string;
  dv: Excel.DataValidation;
  verwacht: "ons" | "vrij";
}

/** The state of earlier marks, queued for a sync (see laadMarkeerStaat). */
export interface MarkeerStaat {
  voorgeladen: Voorgeladen;
  cfLijsten: { naam: string; lijst: Excel.ConditionalFormatCollection }[];
  oudeMeldingen: Map<string, Set<string>>;
  behouden: Register["bladen"];
  stukken: Stuk[];
  /** Per sheet read: the cells with any data validation (ours or the user's). */
  validatie?: Map<string, Excel.RangeAreas>;
}

/** Queues the loads of the marks' state; `nieuw`: also the validation of these new cells. */
function zetStaatInRij(
  context: Excel.RequestContext,
  v: Voorgeladen,
  nieuw?: Map<string, Map<string, CelMarkering>>
): MarkeerStaat {
  const { bladen, register } = v;
  const bestaand = new Map(bladen.map((b) => [b.naam, b]));
  const perId = new Map(bladen.map((b) => [b.id, b.naam]));
  const beveiligd = new Set(bladen.filter((b) => b.beveiligd).map((b) => b.naam));

  // Old prompt cells per current sheet name (a renamed sheet is found by its id).
  const oudeMeldingen = new Map<string, Set<string>>();
  /** Registry entries of protected sheets: their prompts stay, so does the entry. */
  const behouden: Register["bladen"] = {};
  for (const [naam, r] of Object.entries(register.bladen)) {
    const huidig = (r.id && perId.get(r.id)) || (bestaand.has(naam) ? naam : undefined);
    if (!huidig || !r.meldingen?.length) continue;
    if (beveiligd.has(huidig)) {
      behouden[huidig] = {
        ...(r.id ? { id: r.id } : {}),
        ...(r.soorten ? { soorten: r.soorten } : {}),
        meldingen: r.meldingen,
      };
      continue;
    }
    if (!oudeMeldingen.has(huidig)) oudeMeldingen.set(huidig, new Set());
    for (const c of cellenVan(r.meldingen)) oudeMeldingen.get(huidig)!.add(c);
  }

  // Conditional formats of every sheet; validation state of old (and new) cells, per chunk.
  const cfLijsten = bladen
    .filter((b) => !b.beveiligd)
    .map((b) => {
      const lijst = context.workbook.worksheets.getItem(b.naam).getRange().conditionalFormats;
      lijst.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return { naam: b.naam, lijst };
    });
  const stukken: Stuk[] = [];
  for (const naam of new Set([
    ...oudeMeldingen.keys(),
    ...[...(nieuw?.keys() ?? [])].filter((n) => bestaand.has(n) && !beveiligd.has(n)),
  ])) {
    // Old prompt cells (expected: ours) and new cells (expected: free) in separate chunks,
    // so that chunks are usually uniform and need no per-cell look.
    const oud = oudeMeldingen.get(naam) ?? new Set<string>();
    const alleenNieuw = [...(nieuw?.get(naam)?.keys() ?? [])].filter((c) => !oud.has(c));
    const blad = context.workbook.worksheets.getItem(naam);
    for (const [groep, verwacht] of [
      [[...oud], "ons"],
      [alleenNieuw, "vrij"],
    ] as const) {
      for (const adres of inStukken(comprimeer(groep))) {
        // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, loaded on the next line
        const dv = blad.getRanges(adres).dataValidation;
        dv.load("type,prompt");
        stukken.push({ blad: naam, adres, dv, verwacht });
      }
    }
  }
  return { voorgeladen: v, cfLijsten, oudeMeldingen, behouden, stukken };
}

/**
 * Queues the state of earlier marks so it travels with the sync that reads the values (the
 * findings, and so the new cells, are known only after it): our conditional formats, the
 * validation state of the cells we prompted before, and the cells with any data validation
 * in the used ranges being read (ExcelApi 1.9 getSpecialCells): a new cell outside those
 * has none, a cell inside that is not an old prompt of ours has the user's.
 */
export function laadMarkeerStaat(
  context: Excel.RequestContext,
  v: Voorgeladen,
  bladen: { naam: string; gebruikt: Excel.Range }[]
): MarkeerStaat {
  const staat = zetStaatInRij(context, v);
  staat.validatie = new Map();
  const beveiligd = new Set(v.bladen.filter((b) => b.beveiligd).map((b) => b.naam));
  for (const b of bladen) {
    if (beveiligd.has(b.naam)) continue;
    const gebieden = b.gebruikt.getSpecialCellsOrNullObject("DataValidations");
    gebieden.load("address");
    staat.validatie.set(b.naam, gebieden);
  }
  return staat;
}

/** Rectangles of a RangeAreas address ("Blad!A1:B2,Blad!D4"); none when it cannot be read. */
function rechthoeken(adres: string): Gebied[] {
  return leesGebieden(adres) ?? [];
}

type Nieuw = ReturnType<typeof markeringenVan>;
type StatusPerBlad = Map<string, Map<string, Status>>;
/** The sheets of the workbook by name, and the names of the protected ones. */
interface BladenInfo {
  bestaand: Map<string, Voorgeladen["bladen"][number]>;
  beveiligd: Set<string>;
}

/**
 * Marks the findings of a report (and the changes, if given) and removes every earlier mark of
 * ours (also on sheets not in this report, and of every kind). An empty report = clear all
 * marks. With `staat` (laadMarkeerStaat, loaded with the values) the state needs no sync of
 * its own.
 */
export async function markeer(
  context: Excel.RequestContext,
  rapport: MarkeerInvoer,
  voorgeladen?: Voorgeladen,
  geladen?: MarkeerStaat
): Promise<MarkeringsVerslag> {
  let v = geladen?.voorgeladen ?? voorgeladen;
  if (!v) {
    const lees = laadVoorMarkeringen(context);
    await context.sync();
    v = lees();
  }
  const info: BladenInfo = {
    bestaand: new Map(v.bladen.map((b) => [b.naam, b])),
    beveiligd: new Set(v.bladen.filter((b) => b.beveiligd).map((b) => b.naam)),
  };
  const nieuw = markeringenVan(rapport);

  // 1. The state: loaded with the values, or now.
  let staat = geladen;
  if (!staat) {
    staat = zetStaatInRij(context, v, nieuw);
    await context.sync();
  }
  const { behouden } = staat;
  const { status, perCel } = statusVanStukken(context, staat.stukken);
  if (staat.validatie) statusVanNieuweCellen(status, staat, nieuw, info);
  // 2. Only when a chunk mixes states: the cells of such chunks one by one.
  if (perCel.length) {
    await context.sync();
    for (const p of perCel) {
      const st = statusVan(p.dv, "per cel");
      status.get(p.blad)!.set(p.adres, st === "gemengd" ? "gebruiker" : st);
    }
  }

  // 3. The writes, in syncs of at most SCHRIJF_BUDGET estimated request bytes.
  const schrijver = new Schrijver(context, SCHRIJF_BUDGET);
  const verslag: MarkeringsVerslag = {
    fouten: 0,
    waarschuwingen: 0,
    wijzigingen: 0,
    meldingen: 0,
    zonderMelding: 0,
    verwijderd: 0,
    beveiligd: [...info.beveiligd].filter((b) => nieuw.has(b) || b in behouden),
  };
  await wisOudeMarkeringen(context, schrijver, staat, status, nieuw, verslag);
  const nieuwRegister = await schrijfNieuweMarkeringen(
    context,
    schrijver,
    { nieuw, status, info, behouden },
    verslag
  );
  await schrijfRegister(context, schrijver, nieuwRegister, v.registerBestaat);
  await schrijver.klaar();
  return verslag;
}

/**
 * The status of the cells in the loaded chunks; the cells of chunks that mix states get
 * their own validation queued (`perCel`, read after the next sync).
 */
function statusVanStukken(
  context: Excel.RequestContext,
  stukken: Stuk[]
): {
  status: StatusPerBlad;
  perCel: { blad: string; adres: string; dv: Excel.DataValidation }[];
} {
  const status: StatusPerBlad = new Map();
  const perCel: { blad: string; adres: string; dv: Excel.DataValidation }[] = [];
  for (const s of stukken) {
    if (!status.has(s.blad)) status.set(s.blad, new Map());
    const st = statusVan(s.dv, s.verwacht);
    const cellen = cellenVan(s.adres.split(","));
    if (st !== "gemengd") for (const c of cellen) status.get(s.blad)!.set(c, st);
    else
      for (const c of cellen) {
        const dv = context.workbook.worksheets.getItem(s.blad).getRange(c).dataValidation;
        dv.load("type,prompt");
        perCel.push({ blad: s.blad, adres: c, dv });
      }
  }
  return { status, perCel };
}

/** New cells (state loaded with the values): free unless inside the validation areas. */
function statusVanNieuweCellen(
  status: StatusPerBlad,
  staat: MarkeerStaat,
  nieuw: Nieuw,
  { bestaand, beveiligd }: BladenInfo
): void {
  for (const [naam, cellen] of nieuw) {
    if (!bestaand.has(naam) || beveiligd.has(naam)) continue;
    if (!status.has(naam)) status.set(naam, new Map());
    const gebieden = staat.validatie?.get(naam);
    const rh = gebieden && !gebieden.isNullObject ? rechthoeken(gebieden.address) : [];
    const oud = staat.oudeMeldingen.get(naam);
    for (const adres of cellen.keys()) {
      if (oud?.has(adres)) continue;
      const { r0: r, c0: c } = leesCelbereik(adres)!;
      const binnen = rh.some((g) => r >= g.r0 && r <= g.r1 && c >= g.c0 && c <= g.c1);
      // Validation there that is not an old prompt of ours: the user's (colour only).
      status.get(naam)!.set(adres, binnen ? "gebruiker" : "vrij");
    }
  }
}

/** Deletes our conditional formats and clears our old prompts that are not prompted again. */
async function wisOudeMarkeringen(
  context: Excel.RequestContext,
  schrijver: Schrijver,
  { cfLijsten, oudeMeldingen }: MarkeerStaat,
  status: StatusPerBlad,
  nieuw: Nieuw,
  verslag: MarkeringsVerslag
): Promise<void> {
  for (const { lijst } of cfLijsten) {
    for (const cf of lijst.items) {
      if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
      if (isOnzeFormule(cf.customOrNullObject.rule.formula)) {
        await schrijver.ruimte(KOSTEN.pad * 3 + KOSTEN.actie + cf.id.length);
        cf.delete();
        verslag.verwijderd++;
      }
    }
  }
  for (const [naam, oud] of oudeMeldingen) {
    const nieuwHier = nieuw.get(naam);
    const wissen = [...oud].filter((c) => status.get(naam)?.get(c) === "ons" && !nieuwHier?.has(c));
    const blad = context.workbook.worksheets.getItem(naam);
    for (const adres of inStukken(comprimeer(wissen))) {
      await schrijver.ruimte(KOSTEN.pad * 3 + KOSTEN.actie + naam.length + adres.length);
      blad.getRanges(adres).dataValidation.clear();
    }
  }
}

/** Bytes spent so far on prompts (request) and on the registry (JSON), over all sheets. */
interface Budget {
  promptBytes: number;
  registerBytes: number;
}

/** Colours and prompts of the new marks, sheet by sheet; returns the registry to store. */
async function schrijfNieuweMarkeringen(
  context: Excel.RequestContext,
  schrijver: Schrijver,
  {
    nieuw,
    status,
    info,
    behouden,
  }: { nieuw: Nieuw; status: StatusPerBlad; info: BladenInfo; behouden: Register["bladen"] },
  verslag: MarkeringsVerslag
): Promise<Register> {
  const nieuwRegister: Register = { versie: 2, bladen: { ...behouden } };
  const budget: Budget = { promptBytes: 0, registerBytes: jsonBytes(nieuwRegister) };
  for (const [naam, cellen] of nieuw) {
    const bladInfo = info.bestaand.get(naam);
    if (!bladInfo || bladInfo.beveiligd) continue;
    const blad = context.workbook.worksheets.getItem(naam);
    const soorten = await schrijfKleuren(schrijver, blad, naam, cellen, verslag);
    const reg: RegisterBlad = { id: bladInfo.id, soorten, meldingen: [] };
    budget.registerBytes += jsonBytes(naam) + jsonBytes(reg) + 1;
    const perTekst = meldingenPerTekst(cellen, status.get(naam), verslag);
    await schrijfMeldingen(schrijver, blad, naam, perTekst, reg, budget, verslag);
    // The registry stores runs: merge the areas of all prompts of this sheet.
    reg.meldingen = comprimeer(cellenVan(reg.meldingen));
    nieuwRegister.bladen[naam] = reg;
  }
  return nieuwRegister;
}

const VERSLAG_TELLER = {
  error: "fouten",
  warning: "waarschuwingen",
  wijziging: "wijzigingen",
} as const satisfies Record<Markeerbaar, keyof MarkeringsVerslag>;

/** One conditional format per kind and chunk of addresses of a sheet; returns the cells per kind. */
async function schrijfKleuren(
  schrijver: Schrijver,
  blad: Excel.Worksheet,
  naam: string,
  cellen: Map<string, CelMarkering>,
  verslag: MarkeringsVerslag
): Promise<Partial<Record<Markeerbaar, number>>> {
  const soorten: Partial<Record<Markeerbaar, number>> = {};
  // A cell has one kind, so the formats never overlap; the order only fixes their priority.
  for (const soort of SOORTEN) {
    const adressen = [...cellen].filter(([, m]) => m.soort === soort).map(([a]) => a);
    if (!adressen.length) continue;
    soorten[soort] = adressen.length;
    verslag[VERSLAG_TELLER[soort]] += adressen.length;
    for (const adres of inStukken(comprimeer(adressen))) {
      // getItem, getRanges, conditionalFormats, add, custom, rule, format, fill, font; 4 actions.
      await schrijver.ruimte(
        KOSTEN.pad * 9 + KOSTEN.actie * 4 + naam.length + adres.length + FORMULE[soort].length
      );
      const cf = blad.getRanges(adres).conditionalFormats.add("Custom");
      cf.custom.rule.formula = FORMULE[soort];
      cf.custom.format.fill.color = KLEUREN[soort].vulling;
      cf.custom.format.font.color = KLEUREN[soort].letter;
    }
  }
  return soorten;
}

/** Prompts: cells with the same text share one write. Cells not free or ours get none. */
function meldingenPerTekst(
  cellen: Map<string, CelMarkering>,
  status: Map<string, Status> | undefined,
  verslag: MarkeringsVerslag
): Map<string, { soort: Markeerbaar; cellen: string[] }> {
  const perTekst = new Map<string, { soort: Markeerbaar; cellen: string[] }>();
  for (const [adres, m] of cellen) {
    const st = status?.get(adres);
    if (st !== "vrij" && st !== "ons") {
      verslag.zonderMelding++;
      continue;
    }
    const tekst = promptTekst(m);
    const sleutel = `${m.soort}\u0000${tekst}`;
    if (!perTekst.has(sleutel)) perTekst.set(sleutel, { soort: m.soort, cellen: [] });
    perTekst.get(sleutel)!.cellen.push(adres);
  }
  return perTekst;
}

/** Writes the prompts of a sheet within the prompt and registry budgets; records them in `reg`. */
async function schrijfMeldingen(
  schrijver: Schrijver,
  blad: Excel.Worksheet,
  naam: string,
  perTekst: Map<string, { soort: Markeerbaar; cellen: string[] }>,
  reg: RegisterBlad,
  budget: Budget,
  verslag: MarkeringsVerslag
): Promise<void> {
  for (const [sleutel, { soort, cellen: lijst }] of perTekst) {
    const message = sleutel.split("\u0000")[1];
    const prompt = { showPrompt: true, title: PROMPT_TITEL[soort], message };
    for (const adres of inStukken(comprimeer(lijst))) {
      const aantal = cellenVan(adres.split(",")).length;
      const kosten = KOSTEN.pad * 3 + KOSTEN.actie + naam.length + adres.length + jsonBytes(prompt);
      const gebieden = adres.split(",");
      const registerKosten = jsonBytes(gebieden) + 1;
      if (
        budget.promptBytes + kosten > PROMPT_BUDGET ||
        budget.registerBytes + registerKosten > MAX_REGISTER
      ) {
        verslag.zonderMelding += aantal;
        continue;
      }
      budget.promptBytes += kosten;
      budget.registerBytes += registerKosten;
      await schrijver.ruimte(kosten);
      blad.getRanges(adres).dataValidation.prompt = prompt;
      reg.meldingen.push(...gebieden);
      verslag.meldingen += aantal;
    }
  }
}

/** Stores the registry setting, or deletes it when nothing stays marked. */
async function schrijfRegister(
  context: Excel.RequestContext,
  schrijver: Schrijver,
  nieuwRegister: Register,
  registerBestaat: boolean
): Promise<void> {
  if (Object.keys(nieuwRegister.bladen).length) {
    const tekst = JSON.stringify(nieuwRegister);
    await schrijver.ruimte(KOSTEN.pad * 2 + KOSTEN.actie + jsonBytes(tekst));
    context.workbook.settings.add(MARKERINGEN_SLEUTEL, tekst);
  } else if (registerBestaat) {
    await schrijver.ruimte(KOSTEN.pad * 2 + KOSTEN.actie);
    context.workbook.settings.getItem(MARKERINGEN_SLEUTEL).delete();
  }
}

/**
 * Estimated request bytes of Office.js operations (measured on its request JSON): an object
 * path `{"Id":12,"ObjectPathType":3,"Name":"getRanges","ParentObjectPathId":11,
 * "ArgumentInfo":{"Arguments":["C4:C9"]}}` with the action that instantiates it, and an action
 * `{"Id":13,"ActionType":4,"Name":"prompt","ObjectPathId":12,"ArgumentInfo":{"Arguments":[…]}}`;
 * arguments come on top. Rounded up.
 */
const KOSTEN = { pad: 200, actie: 120 };

const encoder = new TextEncoder();
function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v)).length;
}

/** Queues writes and syncs before one would take the request past the budget. */
class Schrijver {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number
  ) {}

  /** Call before queueing an operation of about `kosten` request bytes. */
  async ruimte(kosten: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + kosten > this.budget) await this.sync();
    this.bytes += kosten;
  }

  async klaar(): Promise<void> {
    await this.sync();
  }

  private async sync(): Promise<void> {
    this.bytes = 0;
    try {
      await this.context.sync();
    } catch (e) {
      if ((e as { code?: string }).code === "AccessDenied") {
        throw new MarkeringsFout(
          "Excel weigerde de markeringen te schrijven: een blad is beveiligd. De bevindingen staan hieronder. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Controleer om de cellen te markeren."
        );
      }
      throw e;
    }
  }
}

/** Removes every mark of ours: conditional formats by their formula, prompts where still ours. */
export async function wisMarkeringen(
  context: Excel.RequestContext,
  voorgeladen?: Voorgeladen
): Promise<MarkeringsVerslag> {
  return markeer(context, { bevindingen: [], bladen: [] }, voorgeladen);
}
