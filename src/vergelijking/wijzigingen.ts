/**
 * What changed in one plan between two rounds: numbers, hard/soft, delivery year, segment
 * (as the rules count it: by price where the plan has one, art. 1a/1g), price, delivered,
 * and the names it is known by. Plain data; the findings are made in vergelijk.ts.
 */
import { Plan, brutoVan, nettoVan } from "../planlijst/plan";
import { Hardheid, Jaren, Segment } from "../planlijst/waarden";
import { ToetsContext, hardheidVan } from "../rules/context";
import { begrensd } from "../rules/levering";
import { prijsVan, segmentVan } from "../rules/prijzen";

export type Wijziging =
  | {
      soort: "aantal";
      veld: "netto" | "bruto" | "sloop";
      voor: number;
      na: number;
      verschil: number;
    }
  | {
      soort: "planstatus";
      voor?: string;
      na?: string;
      hardheidVoor: Hardheid;
      hardheidNa: Hardheid;
      /** opgehard: zacht → hard; afgewaardeerd: hard → zacht; anders: another status, or to or from onbekend. */
      richting: "opgehard" | "afgewaardeerd" | "anders";
    }
  | {
      soort: "opleverjaar";
      voor?: Jaren;
      na?: Jaren;
      /** Years moved (later is positive); null when one of the two has no year. */
      jaren: number | null;
    }
  | { soort: "segment"; voor?: Segment; na?: Segment }
  | { soort: "prijs"; voor?: number; na?: number }
  | { soort: "opgeleverd" }
  | { soort: "naam" | "id" | "kern" | "gemeente"; voor?: string; na?: string };

export type WijzigingSoort = Wijziging["soort"];

/** Status as words: "1A onherroepelijk", "vergund". */
export function statusTekst(plan: Plan): string | undefined {
  const s = plan.planstatus;
  if (!s) return undefined;
  return s.code ? `${s.code} ${s.omschrijving}` : s.omschrijving;
}

/** The same status words (statusTekst) in both; the texts are made only when the parts differ. */
function zelfdeStatus(a: Plan, b: Plan): boolean {
  const s = a.planstatus;
  const t = b.planstatus;
  if (s === t || (s && t && s.code === t.code && s.omschrijving === t.omschrijving)) return true;
  return statusTekst(a) === statusTekst(b);
}

/** The years a plan delivers in: its opleverjaar, else the span of its jaarschijven with homes. */
export function jarenVan(plan: Plan): Jaren | undefined {
  if (plan.opleverjaar) return begrensd(plan.opleverjaar);
  let van = Infinity;
  let tot = -Infinity;
  for (const j of plan.jaarschijven) {
    if (!j.jaren || j.aantal === 0) continue;
    const b = begrensd(j.jaren);
    van = Math.min(van, b.van);
    tot = Math.max(tot, b.tot);
  }
  return van <= tot ? { van, tot } : undefined;
}

function tekstGelijk(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  const n = (t: string | undefined) => (t ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  return n(a) === n(b);
}

function aantal(uit: Wijziging[], veld: "netto" | "bruto" | "sloop", voor: number, na: number) {
  if (voor !== na) uit.push({ soort: "aantal", veld, voor, na, verschil: na - voor });
}

/** Every change between the previous and the current version of one plan (empty: unchanged). */
export function wijzigingenVan(vorig: Plan, huidig: Plan, ctx: ToetsContext): Wijziging[] {
  const uit: Wijziging[] = [];
  for (const veld of ["naam", "id", "kern"] as const)
    if (!tekstGelijk(vorig[veld], huidig[veld]))
      uit.push({ soort: veld, voor: vorig[veld], na: huidig[veld] });
  const gemeenteVoor = vorig.gemeente ?? vorig.gemeenteTekst;
  const gemeenteNa = huidig.gemeente ?? huidig.gemeenteTekst;
  if (!tekstGelijk(gemeenteVoor, gemeenteNa))
    uit.push({ soort: "gemeente", voor: gemeenteVoor, na: gemeenteNa });

  aantal(uit, "netto", nettoVan(vorig), nettoVan(huidig));
  aantal(uit, "bruto", brutoVan(vorig), brutoVan(huidig));
  aantal(uit, "sloop", vorig.sloop ?? 0, huidig.sloop ?? 0);

  const hardheidVoor = hardheidVan(vorig.planstatus, ctx);
  const hardheidNa = hardheidVan(huidig.planstatus, ctx);
  if (!zelfdeStatus(vorig, huidig) || hardheidVoor !== hardheidNa) {
    const statusVoor = statusTekst(vorig);
    const statusNa = statusTekst(huidig);
    const richting =
      hardheidVoor === "zacht" && hardheidNa === "hard"
        ? "opgehard"
        : hardheidVoor === "hard" && hardheidNa === "zacht"
          ? "afgewaardeerd"
          : "anders";
    uit.push({
      soort: "planstatus",
      voor: statusVoor,
      na: statusNa,
      hardheidVoor,
      hardheidNa,
      richting,
    });
  }
  if (huidig.planstatus?.gerealiseerd && !vorig.planstatus?.gerealiseerd)
    uit.push({ soort: "opgeleverd" });

  const jarenVoor = jarenVan(vorig);
  const jarenNa = jarenVan(huidig);
  if (jarenVoor?.van !== jarenNa?.van || jarenVoor?.tot !== jarenNa?.tot) {
    const jaren =
      jarenVoor && jarenNa
        ? jarenNa.van !== jarenVoor.van
          ? jarenNa.van - jarenVoor.van
          : jarenNa.tot - jarenVoor.tot
        : null;
    uit.push({
      soort: "opleverjaar",
      ...(jarenVoor ? { voor: jarenVoor } : {}),
      ...(jarenNa ? { na: jarenNa } : {}),
      jaren,
    });
  }

  // The segment follows from the price, its kind, the label and the year (art. 1a, 1g): only
  // when one of those differs can it change (the limits are costly to look up per plan).
  const jaarGelijk = jarenVoor?.tot === jarenNa?.tot;
  const prijsVoor = prijsVan(vorig);
  const prijsNa = prijsVan(huidig);
  if (
    !jaarGelijk ||
    vorig.segment !== huidig.segment ||
    prijsVoor?.prijs !== prijsNa?.prijs ||
    prijsVoor?.soort !== prijsNa?.soort
  ) {
    const segmentVoor = segmentVan(vorig, ctx);
    const segmentNa = segmentVan(huidig, ctx);
    if (segmentVoor !== segmentNa) uit.push({ soort: "segment", voor: segmentVoor, na: segmentNa });
  }
  if (prijsVoor?.prijs !== prijsNa?.prijs)
    uit.push({ soort: "prijs", voor: prijsVoor?.prijs, na: prijsNa?.prijs });
  return uit;
}
