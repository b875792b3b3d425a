/**
 * Presentation helpers for the pane: how findings are grouped, which cell a finding points
 * at, and Dutch words for counts and times. No rule logic: everything comes from the Rapport.
 */
import { Bevinding, ERNST_VOLGORDE, Ernst, REGELS, REGEL_OP_CODE, Rapport } from "../rules";
import { PlanlijstBlad, naamCelOpRij } from "../planlijst";

export interface Groep {
  rule: string;
  titel: string;
  /** Distinct articles of the group's findings, e.g. "art. 1a, art. 1g". */
  artikelen: string;
  /** The most severe finding in the group. */
  ernst: Ernst;
  bevindingen: Bevinding[];
}

const CATALOGUS_VOLGORDE: Record<string, number> = Object.fromEntries(
  Object.values(REGELS).map((r, i) => [r.code, i])
);

/** Findings grouped by rule: most severe groups first, then in the catalogue's order. */
export function groepeer(findings: Bevinding[]): Groep[] {
  const perRegel = new Map<string, Bevinding[]>();
  for (const f of findings) {
    const lijst = perRegel.get(f.rule);
    if (lijst) lijst.push(f);
    else perRegel.set(f.rule, [f]);
  }
  const groepen: Groep[] = [];
  for (const [rule, bevindingen] of perRegel) {
    const ernst = bevindingen.reduce<Ernst>(
      (e, f) => (ERNST_VOLGORDE[f.severity] < ERNST_VOLGORDE[e] ? f.severity : e),
      "info"
    );
    const artikelen = [...new Set(bevindingen.map((f) => f.article))].join("; ");
    groepen.push({
      rule,
      titel: REGEL_OP_CODE[rule]?.titel ?? rule,
      artikelen,
      ernst,
      bevindingen,
    });
  }
  return groepen.sort(
    (a, b) =>
      ERNST_VOLGORDE[a.ernst] - ERNST_VOLGORDE[b.ernst] ||
      (CATALOGUS_VOLGORDE[a.rule] ?? 999) - (CATALOGUS_VOLGORDE[b.rule] ?? 999)
  );
}

/**
 * The cell a finding points at (A1 address), or undefined for findings about a whole
 * gemeente, the region or a sheet. A row finding without a column points at the plan's
 * name (or id) cell, also where that is on a row of its own (a Planmonitor sheet).
 */
export function celVan(f: Bevinding, bladen: PlanlijstBlad[]): string | undefined {
  if (f.sheet === undefined || f.row === undefined) return undefined;
  let kolom = f.column;
  if (!kolom) {
    const naamCel = naamCelOpRij(bladen, f.sheet, f.row);
    if (naamCel) return naamCel;
    const blad = bladen.find((b) => b.naam === f.sheet);
    const naamKolom =
      blad?.kolommen.find((k) => k.betekenis.soort === "veld" && k.betekenis.veld === "naam") ??
      blad?.kolommen.find((k) => k.betekenis.soort === "veld" && k.betekenis.veld === "id") ??
      blad?.kolommen[0];
    kolom = naamKolom?.letters ?? "A";
  }
  return `${kolom}${f.row}`;
}

/** A stable key for a finding within one report. */
export function sleutelVan(f: Bevinding, i: number): string {
  return `${f.rule}|${f.sheet ?? ""}|${f.row ?? ""}|${f.column ?? ""}|${f.gemeente ?? ""}|${i}`;
}

const ERNST_WOORD: Record<Ernst, [string, string]> = {
  error: ["fout", "fouten"],
  warning: ["waarschuwing", "waarschuwingen"],
  info: ["ter informatie", "ter informatie"],
};

/** "1 fout", "3 waarschuwingen", "2 ter informatie". */
export function telTekst(ernst: Ernst, n: number): string {
  return `${n} ${ERNST_WOORD[ernst][n === 1 ? 0 : 1]}`;
}

/** "14:05" */
export function tijd(d: Date): string {
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** True when no sheet of the report is a planlijst. */
export function geenPlanlijst(rapport: Rapport): boolean {
  return !rapport.bladen.some((b) => b.isPlanlijst);
}
