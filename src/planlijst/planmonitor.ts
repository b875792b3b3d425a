/**
 * Layout M: the Planmonitor Wonen import (Zeeland; B3Partners), one sheet per plan. Key/value
 * fields in column A and B above a matrix of groups (Nieuwbouw, woningtype, betaalbaarheid,
 * flexwoningen, Sloop) by year. One plan per sheet; its row is the Nieuwbouw row, and each field
 * is at the cell that holds it (`Plan.rijen`): Gemeente, Status Planologisch and the other
 * key/value fields at their value in column B, bruto, flex and sloop at the total of their
 * matrix row. Findings and marks take these places from `celVanVeld` (src/planlijst/plan.ts).
 */
import { herkenGemeente } from "../deal/gemeenten";
import { Cel, Raster, isLeeg, kolomLetters } from "./cel";
import { Kolom, SegmentAantalSoort, Veld, jaarschijfUitKop } from "./kolommen";
import { CelProbleem, Plan } from "./plan";
import { leesAantal, leesPlanstatus, normaliseer } from "./waarden";

const ZOEKDIEPTE = 40;

/** Rows of the betaalbaarheid block and what they count. */
const BETAALBAARHEID: Record<string, SegmentAantalSoort> = {
  "sociale huur": "sociale huur",
  "huur middenhuur": "middenhuur",
  "huur dure huur": "dure huur",
  "huur onbekend": "huur",
  "koop betaalbare koop": "betaalbare koop",
  "koop dure koop": "dure koop",
  "koop onbekend": "koop",
  "onbekend koop of huur": "onbekend",
};

export interface PlanmonitorBlad {
  plan: Plan;
  kopRij: number;
  kolommen: Kolom[];
  /** Row labels of the matrix the reader does not use (woningtype, wonen en zorg, …). */
  overigeRijen: { rij: number; tekst: string }[];
}

function tekst(v: Cel): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  return undefined;
}

/** The matrix header row (with "Groepnaam") and the key/value labels above it, or undefined. */
export function isPlanmonitor(raster: Raster): boolean {
  let sleutels = 0;
  for (let i = 0; i < Math.min(raster.length, ZOEKDIEPTE); i++) {
    const a = normaliseer(tekst(raster[i]?.[0]) ?? "");
    if (/^(plannaam|plaatsnaam|status planologisch|status project)$/.test(a)) sleutels++;
    if ((raster[i] ?? []).some((c) => normaliseer(tekst(c) ?? "") === "groepnaam"))
      return sleutels >= 2;
  }
  return false;
}

/**
 * Reads one Planmonitor sheet. `oorsprong` is the sheet position of the grid's top-left cell
 * (row 1-based, column 0-based), so rows and columns are as Excel shows them.
 */
export function leesPlanmonitor(
  naam: string,
  raster: Raster,
  oorsprong = { rij: 1, kolom: 0 }
): PlanmonitorBlad | undefined {
  const { velden, kopIndex } = sleutelVelden(raster, oorsprong);
  if (kopIndex < 0) return undefined;
  const kop = raster[kopIndex] ?? [];
  const plan: Plan = {
    blad: naam,
    rij: oorsprong.rij + kopIndex + 1,
    kolommen: {},
    segmentAantallen: {},
    jaarschijven: [],
    problemen: [],
  };
  leesVelden(plan, velden, naam, oorsprong);
  const labelKolom = kop.findIndex((c) => normaliseer(tekst(c) ?? "") === "groepnaam");
  const totaalKolom = kop.findIndex((c) => normaliseer(tekst(c) ?? "") === "totalen");
  const m: Matrix = {
    plan,
    oorsprong,
    labelKolom,
    totaalKolom: totaalKolom >= 0 ? totaalKolom : labelKolom,
    jaarKolommen: jaarKolommenVan(kop),
  };
  const overigeRijen = leesMatrix(m, raster, kopIndex);
  const kolommen: Kolom[] = m.jaarKolommen.map(({ j, van, tot }) => ({
    index: oorsprong.kolom + j,
    letters: kolomLetters(oorsprong.kolom + j),
    kop: tekst(kop[j]) ?? "",
    betekenis: { soort: "jaarschijf", van, tot },
    zekerheid: "zeker",
    waarom: "jaarkolom van de Planmonitor-matrix",
  }));
  return { plan, kopRij: oorsprong.rij + kopIndex, kolommen, overigeRijen };
}

type Veldwaarden = Map<string, { waarde: Cel; rij: number }>;

/**
 * The key/value fields above the matrix (label in column A, value in B; the first of a label
 * holds), and the index of the
 * matrix header row (the one with "Groepnaam"), -1 when there is none.
 */
function sleutelVelden(
  raster: Raster,
  oorsprong: { rij: number; kolom: number }
): { velden: Veldwaarden; kopIndex: number } {
  const velden: Veldwaarden = new Map();
  for (let i = 0; i < Math.min(raster.length, ZOEKDIEPTE); i++) {
    const rij = raster[i] ?? [];
    if (rij.some((c) => normaliseer(tekst(c) ?? "") === "groepnaam"))
      return { velden, kopIndex: i };
    const sleutel = normaliseer(tekst(rij[0]) ?? "").replace(/:$/, "");
    // An empty value is kept too: a finding about it (no gemeente) points at the cell to fill.
    if (sleutel && !velden.has(sleutel))
      velden.set(sleutel, { waarde: rij[1], rij: oorsprong.rij + i });
  }
  return { velden, kopIndex: -1 };
}

function meldProbleem(
  plan: Plan,
  veld: string,
  kolom: string,
  rij: number,
  waarde: Cel,
  reden: string
) {
  plan.problemen.push({ veld, kolom, rij, waarde, reden } satisfies CelProbleem);
}

/** The key/value labels the check uses, and the field each fills. */
const SLEUTELS: Record<string, Veld> = {
  plannaam: "naam",
  plaatsnaam: "kern",
  gemeente: "gemeente",
  provincie: "provincie",
  plantype: "plantype",
  opmerkingen: "opmerking",
  "status planologisch": "planstatus",
};

/** Records that a field of the plan is at row `rij`, column `kolom` (not on the plan's row). */
function plaatsVeld(plan: Plan, veld: Veld, rij: number, kolom: string) {
  plan.kolommen[veld] = kolom;
  (plan.rijen ??= {})[veld] = rij;
}

/**
 * The plan's name, place, gemeente, planologische status and other texts from the key/value
 * fields, each with the place of its value cell.
 */
function leesVelden(
  plan: Plan,
  velden: Veldwaarden,
  naam: string,
  oorsprong: { rij: number; kolom: number }
) {
  const kolomB = kolomLetters(oorsprong.kolom + 1);
  for (const [sleutel, veld] of Object.entries(SLEUTELS)) {
    const v = velden.get(sleutel);
    if (v) plaatsVeld(plan, veld, v.rij, kolomB);
  }
  const t = (k: string) => tekst(velden.get(k)?.waarde);
  plan.naam = t("plannaam") ?? naam;
  if (t("plaatsnaam")) plan.kern = t("plaatsnaam");
  if (t("provincie")) plan.provincie = t("provincie");
  if (t("plantype")) plan.plantype = t("plantype");
  if (t("opmerkingen")) plan.opmerking = t("opmerkingen");
  const gemeente = t("gemeente");
  if (gemeente) {
    plan.gemeenteTekst = gemeente;
    const h = herkenGemeente(gemeente);
    if (h.soort === "deal") plan.gemeente = h.gemeente;
  }
  const status = velden.get("status planologisch");
  if (status && !isLeeg(status.waarde)) {
    const g = leesPlanstatus(status.waarde);
    if (g.ok) plan.planstatus = g.waarde;
    else meldProbleem(plan, "planstatus", kolomB, status.rij, status.waarde, g.reden);
  }
}

/** The matrix's year columns (a jaarschijf in the header). */
function jaarKolommenVan(kop: Cel[]): { j: number; van: number; tot: number }[] {
  const jaarKolommen: { j: number; van: number; tot: number }[] = [];
  kop.forEach((c, j) => {
    const s = typeof c === "string" || typeof c === "number" ? jaarschijfUitKop(c) : undefined;
    if (s && s !== "onbekend") jaarKolommen.push({ j, ...s });
  });
  return jaarKolommen;
}

/** The matrix under the header: where its labels and years are, and the plan it fills. */
interface Matrix {
  plan: Plan;
  oorsprong: { rij: number; kolom: number };
  labelKolom: number;
  /** The "Totalen" column (else the label column): where a row's total is, for findings. */
  totaalKolom: number;
  jaarKolommen: { j: number; van: number; tot: number }[];
}

/**
 * The matrix rows the check uses (Nieuwbouw, betaalbaarheid, flexwoningen, Sloop) read into
 * the plan; returns the other rows with counts, which it does not use.
 */
function leesMatrix(m: Matrix, raster: Raster, kopIndex: number): { rij: number; tekst: string }[] {
  const { plan, labelKolom } = m;
  const overigeRijen: { rij: number; tekst: string }[] = [];
  let nieuwbouw: number | undefined;
  let flex: number | undefined;
  for (let i = kopIndex + 1; i < raster.length; i++) {
    const rij = raster[i] ?? [];
    const label = normaliseer(tekst(rij[labelKolom]) ?? "");
    if (!label) continue;
    if (label === "nieuwbouw" && nieuwbouw === undefined) {
      plan.rij = m.oorsprong.rij + i;
      plaatsTotaal(m, "bruto", i);
      nieuwbouw = somVanRij(m, rij, i, "nieuwbouw", true);
    } else if (label === "sloop") {
      plaatsTotaal(m, "sloop", i);
      plan.sloop = Math.abs(somVanRij(m, rij, i, "sloop", false));
    } else if (label in BETAALBAARHEID) {
      const n = somVanRij(m, rij, i, label, false);
      const soort = BETAALBAARHEID[label];
      if (n) plan.segmentAantallen[soort] = (plan.segmentAantallen[soort] ?? 0) + n;
    } else if (label === "flexwoningen") {
      plaatsTotaal(m, "flex", i);
      flex = somVanRij(m, rij, i, "flex", false);
    } else if (m.jaarKolommen.some(({ j }) => !isLeeg(rij[j]))) {
      overigeRijen.push({ rij: m.oorsprong.rij + i, tekst: tekst(rij[labelKolom]) ?? "" });
    }
  }
  if (nieuwbouw !== undefined) plan.bruto = nieuwbouw;
  if (flex !== undefined && nieuwbouw) plan.flex = flex >= nieuwbouw;
  return overigeRijen;
}

/** A count field of the plan is at the total of matrix row `i`. */
function plaatsTotaal(m: Matrix, veld: Veld, i: number) {
  plaatsVeld(m.plan, veld, m.oorsprong.rij + i, kolomLetters(m.oorsprong.kolom + m.totaalKolom));
}

/**
 * A matrix row's counts summed over the year columns (a cell that is no count is a problem);
 * with `metSchijven`, each count also becomes a jaarschijf of the plan.
 */
function somVanRij(m: Matrix, rij: Cel[], i: number, wat: string, metSchijven: boolean): number {
  const { plan, oorsprong } = m;
  let n = 0;
  for (const { j, van, tot } of m.jaarKolommen) {
    const c = rij[j];
    if (isLeeg(c)) continue;
    const g = leesAantal(c);
    const letters = kolomLetters(oorsprong.kolom + j);
    if (!g.ok) {
      meldProbleem(plan, wat, letters, oorsprong.rij + i, c, g.reden);
      continue;
    }
    n += g.waarde;
    if (metSchijven && g.waarde)
      plan.jaarschijven.push({ jaren: { van, tot }, aantal: g.waarde, kolom: letters });
  }
  return n;
}
