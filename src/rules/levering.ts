/** When a plan's homes come: net and gross per delivery year, from its jaarschijven or opleverjaar. */
import { PERIODE } from "../deal/parameters";
import { Plan, brutoVan, nettoVan } from "../planlijst/plan";
import { Jaren } from "../planlijst/waarden";

/** An open-ended span ("2030+") is read as the decade from its first year. */
const OPEN_EINDE = 2100;
export function begrensd(j: Jaren): Jaren {
  return j.tot >= OPEN_EINDE ? { van: j.van, tot: j.van + 9 } : j;
}

export interface Levering {
  /** Net homes per year (fractions when a span is spread evenly over its years). */
  nettoPerJaar: Map<number, number>;
  brutoPerJaar: Map<number, number>;
  /** Net and gross homes whose year is not known. */
  nettoZonderJaar: number;
  brutoZonderJaar: number;
}

function spreid(doel: Map<number, number>, jaren: Jaren, aantal: number) {
  const j = begrensd(jaren);
  const n = j.tot - j.van + 1;
  for (let y = j.van; y <= j.tot; y++) doel.set(y, (doel.get(y) ?? 0) + aantal / n);
}

/**
 * Spreads a plan's homes over years: each jaarschijf evenly over its years (net in the
 * plan's net/gross ratio), else the opleverjaar (span) evenly; otherwise the year is unknown.
 */
export function leveringVan(plan: Plan): Levering {
  const netto = nettoVan(plan);
  const bruto = brutoVan(plan);
  const uit: Levering = {
    nettoPerJaar: new Map(),
    brutoPerJaar: new Map(),
    nettoZonderJaar: 0,
    brutoZonderJaar: 0,
  };
  if (plan.jaarschijven.length) {
    const totaal = plan.jaarschijven.reduce((s, j) => s + j.aantal, 0);
    const ratio = totaal !== 0 ? netto / totaal : 0;
    for (const schijf of plan.jaarschijven) {
      if (schijf.jaren) {
        spreid(uit.brutoPerJaar, schijf.jaren, schijf.aantal);
        spreid(uit.nettoPerJaar, schijf.jaren, schijf.aantal * ratio);
      } else {
        uit.brutoZonderJaar += schijf.aantal;
        uit.nettoZonderJaar += schijf.aantal * ratio;
      }
    }
    return uit;
  }
  if (plan.opleverjaar) {
    spreid(uit.brutoPerJaar, plan.opleverjaar, bruto);
    spreid(uit.nettoPerJaar, plan.opleverjaar, netto);
    return uit;
  }
  uit.nettoZonderJaar = netto;
  uit.brutoZonderJaar = bruto;
  return uit;
}

export function somInJaren(perJaar: Map<number, number>, van: number, tot: number): number {
  let s = 0;
  // forEach: a for-of over entries makes an array per year, and this runs for every plan.
  perJaar.forEach((n, jaar) => {
    if (jaar >= van && jaar <= tot) s += n;
  });
  return s;
}

export function somInPeriode(perJaar: Map<number, number>): number {
  return somInJaren(perJaar, PERIODE.van, PERIODE.tot);
}
