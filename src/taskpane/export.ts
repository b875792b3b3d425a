/**
 * The report as files: findings as CSV for Dutch Excel (semicolons, decimal comma, UTF-8
 * with BOM, CRLF) and the whole report as JSON. Pure functions; the pane offers the result
 * as a download.
 */
import { Bevinding, ERNST_LABEL, REGEL_OP_CODE, Rapport } from "../rules";

export const CSV_KOPPEN = [
  "Ernst",
  "Artikel",
  "Regel",
  "Titel",
  "Blad",
  "Cel",
  "Veld",
  "Gemeente",
  "Waarde",
  "Grens",
  "Melding",
] as const;

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

function rij(f: Bevinding): string[] {
  return [
    csvVeld(ERNST_LABEL[f.severity]),
    csvVeld(f.article),
    csvVeld(f.rule),
    csvVeld(REGEL_OP_CODE[f.rule]?.titel ?? ""),
    csvVeld(f.sheet),
    csvVeld(
      f.column && f.row !== undefined
        ? `${f.column}${f.row}`
        : f.row !== undefined
          ? `rij ${f.row}`
          : ""
    ),
    csvVeld(f.field),
    csvVeld(f.gemeente),
    csvVeld(f.value),
    csvVeld(f.limit),
    csvVeld(f.message),
  ];
}

/** The findings as a semicolon-separated CSV with a UTF-8 BOM, for Dutch Excel. */
export function bevindingenCsv(findings: Bevinding[]): string {
  const regels = [CSV_KOPPEN.join(";"), ...findings.map((f) => rij(f).join(";"))];
  return "\uFEFF" + regels.join("\r\n") + "\r\n";
}

/** Above this many plans in total, the JSON leaves out the plan rows (findings and summary stay). */
export const MAX_PLANNEN_IN_JSON = 2000;

/** The report as JSON; the sheets' plan arrays are left out when the lists are huge. */
export function rapportJson(rapport: Rapport, maxPlannen = MAX_PLANNEN_IN_JSON): string {
  const totaal = rapport.bladen.reduce((n, b) => n + b.plannen.length, 0);
  const weglaten = totaal > maxPlannen;
  const uit = {
    ...rapport,
    ...(weglaten ? { plannenWeggelaten: true } : {}),
    bladen: rapport.bladen.map((b) => {
      if (!weglaten) return b;
      const { plannen, ...rest } = b;
      return { ...rest, aantalPlannen: plannen.length };
    }),
  };
  return JSON.stringify(uit, null, 2);
}

export function bestandsnaam(rapport: Rapport, soort: "csv" | "json"): string {
  const wat = soort === "csv" ? "bevindingen" : "rapport";
  return `woondeal-${wat}-${rapport.referenceDate}.${soort}`;
}
