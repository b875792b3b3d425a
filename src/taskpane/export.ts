/**
 * The report as files: findings as CSV for Dutch Excel (semicolons, decimal comma, UTF-8
 * with BOM, CRLF), in the columns of the one findings table (src/rapport/bevindingentabel.ts),
 * and the whole report as JSON in the one external shape (src/rapport/json.ts). Pure
 * functions; the pane offers the result as a download.
 */
import { BEVINDING_KOPPEN, bevindingRij, rapportAlsJson } from "../rapport";
import { Bevinding, Rapport } from "../rules";

/** A number as Dutch Excel reads it from a CSV: decimal comma, no thousands separator. */
function getal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 1e6) / 1e6).replace(".", ",");
}

/** One CSV field: quoted when needed; text that Excel would run as a formula is defused. */
export function csvVeld(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return getal(v);
  if (typeof v === "boolean") return v ? "ja" : "nee";
  let t = v;
  // CSV injection (OWASP): a field that starts, after any white space, with =, + , -, @ (or
  // their full-width forms, which Excel also reads as operators), a tab or a carriage return
  // gets a leading apostrophe, so the program that opens the file shows it as text.
  if (/^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/.test(t)) t = `'${t}`;
  if (/[;"\r\n]/.test(t) || t !== t.trim()) t = `"${t.replace(/"/g, '""')}"`;
  return t;
}

/** The findings as a semicolon-separated CSV with a UTF-8 BOM, for Dutch Excel. */
export function bevindingenCsv(findings: Bevinding[]): string {
  const regels = [
    BEVINDING_KOPPEN.map(csvVeld).join(";"),
    ...findings.map((f) => bevindingRij(f).map(csvVeld).join(";")),
  ];
  return "\uFEFF" + regels.join("\r\n") + "\r\n";
}

/** Above this many plans in total, the JSON leaves out the plan rows (findings and summary stay). */
export const MAX_PLANNEN_IN_JSON = 2000;

/**
 * The report as JSON, in the one shape `woondeal-toets --json` also writes (src/rapport/json.ts,
 * docs/rapport.schema.json); above `maxPlannen` plans the plan rows are left out.
 */
export function rapportJson(rapport: Rapport, maxPlannen = MAX_PLANNEN_IN_JSON): string {
  return JSON.stringify(rapportAlsJson(rapport, { maxPlannen }), null, 2);
}

export function bestandsnaam(rapport: Rapport, soort: "csv" | "json"): string {
  const wat = soort === "csv" ? "bevindingen" : "rapport";
  return `woondeal-${wat}-${rapport.peildatum}.${soort}`;
}
