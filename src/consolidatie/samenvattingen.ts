/**
 * What summary sheets and broken formulas add: the deal gemeenten's figures from summaries
 * per gemeente (not plans: they are never added to the plan totals), their unreadable cells and
 * sums that do not add up, and every error value the engine did not already report.
 */
import { FoutCel, SamenvattingsBlad } from "../planlijst/samenvattingsblad";
import { Bevinding, maakBevinding } from "../rules/bevinding";
import { REGELS } from "../rules/regels";
import { BevindingRegel, BladHerkomst, SamenvattingsCijfers } from "./typen";

/** Dutch Excel shows these names for the error values range.values and files hold in English. */
const FOUT_NL = new Map<string, string>([
  ["#REF!", "#VERW!"],
  ["#VALUE!", "#WAARDE!"],
  ["#DIV/0!", "#DEEL/0!"],
  ["#NAME?", "#NAAM?"],
  ["#NUM!", "#GETAL!"],
  ["#N/A", "#N/B"],
  ["#NULL!", "#LEEG!"],
]);

const celSleutel = (blad: string, kolom: string, rij: number) => `${blad}\u0000${kolom}${rij}`;

export interface UitSamenvattingen {
  cijfers: SamenvattingsCijfers[];
  bevindingen: BevindingRegel[];
  /** Cells already reported (unique sheet name, address), so a broken formula is not reported twice. */
  gemeld: Set<string>;
}

function probleemMelding(
  blad: SamenvattingsBlad,
  p: SamenvattingsBlad["problemen"][number]
): Bevinding {
  const regel = p.soort === "som" ? REGELS.samenvattingSom : REGELS.samenvattingCel;
  const gemeente = blad.rijen.find((r) => r.rij === p.rij)?.gemeente;
  return maakBevinding(
    regel,
    { sheet: blad.naam, row: p.rij, column: p.kolom, ...(gemeente ? { gemeente } : {}) },
    p.soort === "som"
      ? `Samenvatting ${gemeente}: ${p.reden}.`
      : `Cel ${p.kolom}${p.rij} (${gemeente}) is niet te lezen: ${p.reden}; dit cijfer ontbreekt in de samenvatting.`,
    { value: p.waarde }
  );
}

/** The deal gemeenten's rows of every summary sheet, and the problems in those rows. */
export function uitSamenvattingen(
  bladen: { bestand: string; blad: SamenvattingsBlad }[],
  herkomst: Map<string, BladHerkomst>
): UitSamenvattingen {
  const uit: UitSamenvattingen = { cijfers: [], bevindingen: [], gemeld: new Set() };
  for (const { bestand, blad } of bladen) {
    const eigenNaam = herkomst.get(blad.naam)?.blad ?? blad.naam;
    const dealRijen = new Set(blad.rijen.filter((r) => r.gemeente).map((r) => r.rij));
    for (const r of blad.rijen) {
      if (!r.gemeente) continue;
      uit.cijfers.push({
        bestand,
        blad: eigenNaam,
        rij: r.rij,
        gemeente: r.gemeente,
        totalen: r.totalen,
        perKolom: r.waarden.map((w) => ({ kop: w.kop, aantal: w.aantal })),
      });
    }
    for (const p of blad.problemen) {
      if (!dealRijen.has(p.rij)) continue;
      uit.gemeld.add(celSleutel(blad.naam, p.kolom, p.rij));
      uit.bevindingen.push({ bestand, blad: eigenNaam, bevinding: probleemMelding(blad, p) });
    }
  }
  return uit;
}

/** Broken formulas anywhere, except cells already reported (by the engine or a summary finding). */
export function formuleFouten(
  foutenPerBlad: { bestand: string; blad: string; intern: string; fouten: FoutCel[] }[],
  gemeld: ReadonlySet<string>,
  engine: Bevinding[]
): BevindingRegel[] {
  const ook = new Set<string>();
  for (const f of engine)
    if (f.sheet && f.row !== undefined && f.column) ook.add(celSleutel(f.sheet, f.column, f.row));
  const uit: BevindingRegel[] = [];
  for (const { bestand, blad, intern, fouten } of foutenPerBlad) {
    for (const c of fouten) {
      const sleutel = celSleutel(intern, c.kolom, c.rij);
      if (gemeld.has(sleutel) || ook.has(sleutel)) continue;
      const nl = FOUT_NL.get(c.fout);
      const bevinding = maakBevinding(
        REGELS.formuleFout,
        { sheet: intern, row: c.rij, column: c.kolom },
        c.fout.startsWith("#")
          ? `Cel ${c.kolom}${c.rij} bevat de foutwaarde ${c.fout}${nl ? ` (in Nederlandse Excel: ${nl})` : ""}; de formule verwijst waarschijnlijk naar iets dat niet meer bestaat. De cel telt niet mee.`
          : `Cel ${c.kolom}${c.rij}: ${c.fout}.`,
        { value: c.fout }
      );
      uit.push({ bestand, blad, bevinding });
    }
  }
  return uit;
}
