/**
 * The one place where findings are made. A finding is a plain record with a stable rule
 * code, the article it enforces, the place (sheet, row, column, field), the value and a
 * Dutch message built from the rule's template.
 */
import { Cel, isFout } from "../planlijst/cel";
import { Veld } from "../planlijst/kolommen";
import { Plan, celVanVeld } from "../planlijst/plan";

export type Ernst = "error" | "warning" | "info";

export interface Bevinding {
  /** Stable code, e.g. "prijs-segment". */
  rule: string;
  severity: Ernst;
  /** Article of the deal, e.g. "art. 1a". */
  article: string;
  sheet?: string;
  /** Row as Excel shows it (1-based). */
  row?: number;
  /** Column letters. */
  column?: string;
  /** Field name (Dutch, as in the planlijst reader). */
  field?: string;
  value?: string | number | boolean | null;
  /** The limit the value was held against, where there is one. */
  limit?: number | string;
  gemeente?: string;
  message: string;
}

/**
 * The force the deal gives what a rule checks; it decides the severity (ERNST_VAN_KRACHT):
 * - definitie: a definition of the deal (art. 1) broken under every reasonable reading → error;
 * - lezing: a definition whose reading is debatable (a label the deal does not use, a limit
 *   not yet published) → warning;
 * - streven / inspanning: an aim ("streven", "zetten in op") or an effort ("spannen zich in")
 *   not met → warning; its message says what the deal asks, never "moet";
 * - invoer: the list itself cannot be read as the deal counts (sums, cells, doubles) → warning,
 *   or error where the numbers contradict themselves (netto ≠ bruto − sloop);
 * - context: what helps to read the rest → info.
 */
export type Kracht = "definitie" | "lezing" | "streven" | "inspanning" | "invoer" | "context";

export const ERNST_VAN_KRACHT: Record<Kracht, Ernst> = {
  definitie: "error",
  lezing: "warning",
  streven: "warning",
  inspanning: "warning",
  invoer: "warning",
  context: "info",
};

export interface RegelDefinitie {
  code: string;
  ernst: Ernst;
  /** The deal's force behind the rule (src/rules/regels.ts gives it for every rule). */
  kracht?: Kracht;
  artikel: string;
  /** Short Dutch title, used to group findings in the pane and the report. */
  titel: string;
}

export interface Plaats {
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  gemeente?: string;
}

/**
 * The place of a finding about a plan, or about one of its fields: the cell that holds the
 * field (src/planlijst/plan.ts `celVanVeld`: a Planmonitor plan's Gemeente is on a row of its
 * own), with the plan's gemeente.
 */
export function planPlaats(plan: Plan, veld?: Veld): Plaats {
  const cel = celVanVeld(plan, veld);
  const gemeente = plan.gemeente ?? plan.gemeenteTekst;
  return {
    sheet: plan.blad,
    row: cel.rij,
    ...(cel.kolom ? { column: cel.kolom } : {}),
    ...(veld ? { field: veld } : {}),
    ...(gemeente ? { gemeente } : {}),
  };
}

function celWaarde(v: Cel | number | string | boolean | null | undefined): Bevinding["value"] {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isFout(v as Cel)) return (v as { fout: string }).fout;
  return v as string | number | boolean;
}

export function maakBevinding(
  regel: RegelDefinitie,
  plaats: Plaats,
  message: string,
  extra: {
    value?: Cel | number | string | boolean | null;
    limit?: number | string;
    severity?: Ernst;
  } = {}
): Bevinding {
  const b: Bevinding = {
    rule: regel.code,
    severity: extra.severity ?? regel.ernst,
    article: regel.artikel,
    message,
  };
  if (plaats.sheet !== undefined) b.sheet = plaats.sheet;
  if (plaats.row !== undefined) b.row = plaats.row;
  if (plaats.column !== undefined) b.column = plaats.column;
  if (plaats.field !== undefined) b.field = plaats.field;
  if (plaats.gemeente !== undefined) b.gemeente = plaats.gemeente;
  const value = celWaarde(extra.value);
  if (value !== undefined) b.value = value;
  if (extra.limit !== undefined) b.limit = extra.limit;
  return b;
}

// Intl.NumberFormat is costly to make: one per format, not one per message (100,000-row lists).
const EURO_HEEL = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const EURO_CENTEN = new Intl.NumberFormat("nl-NL", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const AANTAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** "€ 355.000" / "€ 763,47" (whole euros without cents, also after floating-point noise). */
export function euro(n: number): string {
  const centen = Math.round(n * 100) / 100;
  return `€ ${(Number.isInteger(centen) ? EURO_HEEL : EURO_CENTEN).format(centen)}`;
}
/** "4.177" */
export function aantal(n: number): string {
  return AANTAL.format(n);
}
/** "66,7%" */
export function procent(fractie: number): string {
  return `${AANTAL.format(fractie * 100)}%`;
}

export const ERNST_VOLGORDE: Record<Ernst, number> = { error: 0, warning: 1, info: 2 };
export const ERNST_LABEL: Record<Ernst, string> = {
  error: "fout",
  warning: "waarschuwing",
  info: "ter informatie",
};
