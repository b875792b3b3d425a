/**
 * Layout M: the Planmonitor Wonen import (Zeeland; B3Partners), one sheet per plan. Key/value
 * fields in column A and B above a matrix of groups (Nieuwbouw, woningtype, betaalbaarheid,
 * flexwoningen, Sloop) by year. One plan per sheet; its place in findings is the Nieuwbouw row.
 */
import { herkenGemeente } from "../deal/gemeenten";
import { Cel, Raster, isLeeg, kolomLetters } from "./cel";
import { Kolom, SegmentAantalSoort, jaarschijfUitKop } from "./kolommen";
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
  const rijNr = (i: number) => oorsprong.rij + i;
  const letters = (j: number) => kolomLetters(oorsprong.kolom + j);
  const velden = new Map<string, { waarde: Cel; rij: number }>();
  let kopIndex = -1;
  for (let i = 0; i < Math.min(raster.length, ZOEKDIEPTE); i++) {
    const rij = raster[i] ?? [];
    if (rij.some((c) => normaliseer(tekst(c) ?? "") === "groepnaam")) {
      kopIndex = i;
      break;
    }
    const sleutel = normaliseer(tekst(rij[0]) ?? "").replace(/:$/, "");
    if (sleutel && !isLeeg(rij[1])) velden.set(sleutel, { waarde: rij[1], rij: rijNr(i) });
  }
  if (kopIndex < 0) return undefined;
  const kop = raster[kopIndex] ?? [];
  const labelKolom = kop.findIndex((c) => normaliseer(tekst(c) ?? "") === "groepnaam");
  const jaarKolommen: { j: number; van: number; tot: number }[] = [];
  kop.forEach((c, j) => {
    const s = typeof c === "string" || typeof c === "number" ? jaarschijfUitKop(c) : undefined;
    if (s && s !== "onbekend") jaarKolommen.push({ j, ...s });
  });
  const plan: Plan = {
    blad: naam,
    rij: rijNr(kopIndex + 1),
    kolommen: {},
    segmentAantallen: {},
    jaarschijven: [],
    problemen: [],
  };
  const probleem = (veld: string, kolom: string, rij: number, waarde: Cel, reden: string) =>
    plan.problemen.push({ veld, kolom, rij, waarde, reden } satisfies CelProbleem);
  const veld = (k: string) => velden.get(k);
  const t = (k: string) => tekst(veld(k)?.waarde);
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
  const status = veld("status planologisch");
  if (status) {
    const g = leesPlanstatus(status.waarde);
    if (g.ok) plan.planstatus = g.waarde;
    else probleem("planstatus", letters(1), status.rij, status.waarde, g.reden);
  }

  const overigeRijen: { rij: number; tekst: string }[] = [];
  const som = (rij: Cel[], i: number, wat: string, metSchijven: boolean): number => {
    let n = 0;
    for (const { j, van, tot } of jaarKolommen) {
      const c = rij[j];
      if (isLeeg(c)) continue;
      const g = leesAantal(c);
      if (!g.ok) {
        probleem(wat, letters(j), rijNr(i), c, g.reden);
        continue;
      }
      n += g.waarde;
      if (metSchijven && g.waarde)
        plan.jaarschijven.push({ jaren: { van, tot }, aantal: g.waarde, kolom: letters(j) });
    }
    return n;
  };
  let nieuwbouw: number | undefined;
  let flex: number | undefined;
  for (let i = kopIndex + 1; i < raster.length; i++) {
    const rij = raster[i] ?? [];
    const label = normaliseer(tekst(rij[labelKolom]) ?? "");
    if (!label) continue;
    if (label === "nieuwbouw" && nieuwbouw === undefined) {
      plan.rij = rijNr(i);
      nieuwbouw = som(rij, i, "nieuwbouw", true);
    } else if (label === "sloop") {
      plan.sloop = Math.abs(som(rij, i, "sloop", false));
    } else if (label in BETAALBAARHEID) {
      const n = som(rij, i, label, false);
      const soort = BETAALBAARHEID[label];
      if (n) plan.segmentAantallen[soort] = (plan.segmentAantallen[soort] ?? 0) + n;
    } else if (label === "flexwoningen") {
      flex = som(rij, i, "flex", false);
    } else if (jaarKolommen.some(({ j }) => !isLeeg(rij[j]))) {
      overigeRijen.push({ rij: rijNr(i), tekst: tekst(rij[labelKolom]) ?? "" });
    }
  }
  if (nieuwbouw !== undefined) plan.bruto = nieuwbouw;
  if (flex !== undefined && nieuwbouw) plan.flex = flex >= nieuwbouw;
  const kolommen: Kolom[] = jaarKolommen.map(({ j, van, tot }) => ({
    index: oorsprong.kolom + j,
    letters: letters(j),
    kop: tekst(kop[j]) ?? "",
    betekenis: { soort: "jaarschijf", van, tot },
    zekerheid: "zeker",
    waarom: "jaarkolom van de Planmonitor-matrix",
  }));
  return { plan, kopRij: rijNr(kopIndex), kolommen, overigeRijen };
}
