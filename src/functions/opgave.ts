/**
 * OPGAVE and DEKKING for one gemeente (or the region), given the bijlage 3 settings and,
 * for DEKKING, either a plan capacity or the engine's summary of the workbook's planlijst.
 * Targets and coverage come from the engine (src/rules/samenvatting.ts), so the functions
 * give the numbers the task pane and the CLI report.
 */
import { GEMEENTEN, REGIO, DealInstellingen, aandeelVan, jaarschijfVan } from "../deal";
import { Cel, isLeeg, leesGetal } from "../planlijst";
import { aantal, maakContext, SamenvattingResultaat, vatSamen } from "../rules";
import { GemeenteKeuze, leesGemeente, leesJaartal } from "./argumenten";
import { FunctieFout, deelDoorNul, isFunctieFout, nietBeschikbaar, waardeFout } from "./fouten";
import { alleCellen, celFout } from "./invoer";

const INSTELLEN = "Vul het in bij de instellingen van de Woondeal-toets (taakvenster).";

function aandeelNietIngesteld(gemeente: string): FunctieFout {
  return nietBeschikbaar(
    `Gemeentelijk aandeel (bijlage 3) niet ingesteld voor ${gemeente}. ${INSTELLEN}`
  );
}

/** The target a coverage is held against: the gemeente's aandeel, or the region's (as the engine sets it). */
function doelVan(keuze: GemeenteKeuze, instellingen: DealInstellingen): number | FunctieFout {
  if (keuze.soort === "regio") {
    // The engine's regional target: 4.177 (art. 3.2), or the sum of the four aandelen when that is larger.
    return vatSamen([], maakContext({ instellingen })).regio.doel ?? aandeelNietIngesteld(REGIO);
  }
  return aandeelVan(instellingen, keuze.gemeente) ?? aandeelNietIngesteld(keuze.gemeente);
}

/** OPGAVE: the gemeente's aandeel (bijlage 3) or the regional 4.177; with a year, that jaarschijf. */
export function opgave(
  gemeenteCel: Cel,
  jaarCel: Cel,
  instellingen: DealInstellingen
): number | FunctieFout {
  const keuze = leesGemeente(gemeenteCel);
  if (isFunctieFout(keuze)) return keuze;
  const jaar = leesJaartal(jaarCel);
  if (isFunctieFout(jaar)) return jaar;
  if (jaar === undefined) return doelVan(keuze, instellingen);
  const gemeenten = keuze.soort === "regio" ? [...GEMEENTEN] : [keuze.gemeente];
  const ontbreekt = gemeenten.filter((g) => jaarschijfVan(instellingen, g, jaar) === undefined);
  if (ontbreekt.length > 0) {
    return nietBeschikbaar(
      `Jaarschijf ${jaar} (bijlage 3) niet ingesteld voor ${ontbreekt.join(", ")}. ${INSTELLEN}`
    );
  }
  return gemeenten.reduce((som, g) => som + (jaarschijfVan(instellingen, g, jaar) ?? 0), 0);
}

/** A plan capacity: a number, Dutch text ("1.250") or a range that is summed (blank cells count 0). */
export function somCapaciteit(waarde: unknown): number | FunctieFout {
  const cellen = alleCellen(waarde);
  let som = 0;
  for (let i = 0; i < cellen.length; i++) {
    const v = cellen[i];
    if (isLeeg(v)) continue;
    const plek = cellen.length > 1 ? ` (cel ${i + 1})` : "";
    const fout = celFout(`Plancapaciteit${plek}`, v);
    if (fout) return fout;
    const g = leesGetal(v);
    if (!g.ok) return waardeFout(`Plancapaciteit${plek}: ${g.reden}.`);
    som += g.waarde;
  }
  return som;
}

/** DEKKING with a given plan capacity: capacity ÷ target (1,3 = the 130% of art. 4.10). */
export function dekkingVanCapaciteit(
  gemeenteCel: Cel,
  capaciteit: unknown,
  instellingen: DealInstellingen
): number | FunctieFout {
  const keuze = leesGemeente(gemeenteCel);
  if (isFunctieFout(keuze)) return keuze;
  const som = somCapaciteit(capaciteit);
  if (isFunctieFout(som)) return som;
  return deel(som, keuze, instellingen);
}

function deel(
  capaciteit: number,
  keuze: GemeenteKeuze,
  instellingen: DealInstellingen
): number | FunctieFout {
  const doel = doelVan(keuze, instellingen);
  if (isFunctieFout(doel)) return doel;
  if (doel === 0)
    return deelDoorNul(`Het aandeel van ${keuze.soort === "regio" ? REGIO : keuze.gemeente} is 0.`);
  return capaciteit / doel;
}

/**
 * DEKKING from the workbook's planlijst: the net plan capacity 2022–2030 the engine counts
 * for the gemeente (summary.byGemeente[g].netInPeriod), divided by its target.
 */
export function dekkingVanPlanlijst(
  gemeenteCel: Cel,
  samenvatting: SamenvattingResultaat | undefined,
  instellingen: DealInstellingen
): number | FunctieFout {
  const keuze = leesGemeente(gemeenteCel);
  if (isFunctieFout(keuze)) return keuze;
  if (!samenvatting) return nietBeschikbaar("Geen planlijst gevonden in deze werkmap.");
  if (keuze.soort === "regio") {
    const ontbreekt = GEMEENTEN.filter((g) => !samenvatting.perGemeente[g]);
    if (ontbreekt.length > 0) {
      return nietBeschikbaar(
        `De planlijst heeft geen plannen van ${ontbreekt.join(", ")}; de dekking van ${REGIO} vraagt de plannen van alle vier gemeenten.`
      );
    }
    return (
      samenvatting.regio.dekking ?? deel(samenvatting.regio.nettoInPeriode, keuze, instellingen)
    );
  }
  const s = samenvatting.perGemeente[keuze.gemeente];
  if (!s) {
    const zonder = Object.values(samenvatting.perGemeente)
      .filter((x) => !x.inDeal)
      .reduce((n, x) => n + x.plannen, 0);
    if (zonder > 0) {
      return nietBeschikbaar(
        `De planlijst heeft geen plannen van ${keuze.gemeente}, wel ${aantal(zonder)} ${zonder === 1 ? "plan" : "plannen"} zonder herkende gemeente. Geef de gemeente van het blad op in het taakvenster.`
      );
    }
  }
  // The engine's coverage (same settings); where it has none, deel() says why (aandeel not set or 0).
  return s?.dekking ?? deel(s?.nettoInPeriode ?? 0, keuze, instellingen);
}
