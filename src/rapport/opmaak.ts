/**
 * The one Dutch formatting of a report: dates, euros, counts, percentages, sources and the
 * place of a finding. The CLI text, the report sheet, the CSV export and the pane format
 * through these, so one figure reads the same everywhere.
 *
 * Euros, counts and percentages are the formatters the rule messages use
 * (src/rules/bevinding.ts), re-exported here: a number in a message and the same number in a
 * table are written alike.
 */
import { Bron } from "../deal/parameters";
import { Bevinding, Ernst, aantal, euro, procent } from "../rules/bevinding";

/** "€ 355.000", "€ 763,47". */
export { euro };
/** "4.177", "12,5". */
export { aantal };
/** "66,7%" from 0.667. */
export { procent };

/** "1 plan", "3 plannen", "1.200 plannen": a count with its noun in the right number. */
export function telling(n: number, enkelvoud: string, meervoud: string): string {
  return `${aantal(n)} ${n === 1 ? enkelvoud : meervoud}`;
}

/** "1 plan", "20.000 plannen". */
export function plannenTekst(n: number): string {
  return telling(n, "plan", "plannen");
}

const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * "29 november 2026" from an ISO date (JJJJ-MM-DD). No Intl: the output must not depend on
 * the ICU data of the runtime (Node without full ICU, old web views). Text that is not an
 * ISO date is returned as it is.
 */
export function datumNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const maand = MAANDEN[Number(m[2]) - 1];
  if (maand === undefined || Number(m[3]) < 1) return iso;
  return `${Number(m[3])} ${maand} ${m[1]}`;
}

/** "Regionale woondeal …, art. 1a" / "liberalisatiegrens 2026: …, Staatscourant …". */
export function bronTekst(b: Bron): string {
  return [b.document, b.artikel, b.verwijzing].filter(Boolean).join(", ");
}

/** "ja" / "nee", "" when unknown. */
export function jaNee(waar: boolean | null | undefined): string {
  return waar === null || waar === undefined ? "" : waar ? "ja" : "nee";
}

const ERNST_WOORDEN: Record<Ernst, [string, string]> = {
  error: ["fout", "fouten"],
  warning: ["waarschuwing", "waarschuwingen"],
  info: ["melding ter informatie", "meldingen ter informatie"],
};

/** "1 fout", "1.204 waarschuwingen", "3 meldingen ter informatie". */
export function ernstTelling(n: number, ernst: Ernst): string {
  return telling(n, ...ERNST_WOORDEN[ernst]);
}

/** The part of a finding that says where it is. */
export type Plek = Pick<Bevinding, "sheet" | "row" | "column" | "gemeente">;

/** The cell of a finding: "C12", "rij 12" for a whole row, "" when it names no row. */
export function celTekst(b: Plek): string {
  if (b.row === undefined) return "";
  return b.column ? `${b.column}${b.row}` : `rij ${b.row}`;
}

/**
 * A finding's place in running text: "Blad!C12", "Blad rij 12", the sheet for a finding
 * about a whole sheet, else the gemeente, else "werkmap".
 */
export function plaatsVan(b: Plek): string {
  if (b.sheet && b.row && b.column) return `${b.sheet}!${b.column}${b.row}`;
  if (b.sheet && b.row) return `${b.sheet} rij ${b.row}`;
  if (b.sheet) return b.sheet;
  return b.gemeente ?? "werkmap";
}
