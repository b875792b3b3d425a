/**
 * The reader and the rules together: price-class words that name no deal segment (the
 * Woningbouw Monitor's "Koop middelduur", "Huur goedkoop") are decided by the price where
 * the row has one (art. 1a, 1g), and reported as not classifiable where it has none.
 */
import { leesBlad } from "../../src/planlijst/lezer";
import { toets } from "../../src/rules/toets";

const blad = leesBlad("Export", [
  [
    "naam",
    "stage_naam",
    "gemeente",
    "netto_aantal_woningen",
    "huur_koop",
    "prijsklasse",
    "prijs",
    "juridische_status",
    "opleverjaar",
  ],
  ["Parkrand", "Fase 1", "Emmen", 10, "Koop", "Koop middelduur", 340000, "ONH", 2027],
  ["Parkrand", "Fase 2", "Emmen", 6, "Koop", "Koop middelduur", 390000, "ONH", 2027],
  ["Parkrand", "Fase 3", "Emmen", 8, "Koop", "Koop middelduur", null, "VST", 2028],
  ["Veld", "Blok A", "Emmen", 12, "Huur", "Huur goedkoop", null, "VST", 2028],
]);

describe("price classes that name no deal segment", () => {
  const r = toets([blad], { peildatum: "2026-11-29" });
  const op = (rij: number) =>
    r.bevindingen.filter((b) => b.row === rij).map((b) => [b.rule, b.severity]);

  it("the reader keeps the label and the tenure, and no deal segment", () => {
    expect(blad.plannen.map((p) => [p.segment, p.segmentLabel, p.eigendom])).toEqual([
      [undefined, "Koop middelduur", "koop"],
      [undefined, "Koop middelduur", "koop"],
      [undefined, "Koop middelduur", "koop"],
      [undefined, "Huur goedkoop", "huur"],
    ]);
  });
  it("with a price, the price decides and the finding is context", () => {
    expect(op(2)).toContainEqual(["segment-op-prijs", "info"]);
    expect(op(3)).toContainEqual(["segment-op-prijs", "info"]);
  });
  it("totals count the priced plans in the segment their price gives, and leave the others out of the ⅔ share", () => {
    const emmen = r.samenvatting.perGemeente["Emmen"];
    expect([emmen.betaalbareKoop, emmen.dureKoop, emmen.segmentOnbekend]).toEqual([10, 6, 20]);
    expect([
      emmen.segmentBekendVanaf2025,
      emmen.betaalbaarVanaf2025,
      emmen.segmentOnbekendVanaf2025,
    ]).toEqual([16, 10, 20]);
  });
  it("without a price, the plan is not classifiable: a warning, never an error", () => {
    expect(op(4)).toContainEqual(["segment-onbepaald", "warning"]);
    expect(op(5)).toContainEqual(["segment-onbepaald", "warning"]);
    expect(
      r.bevindingen.filter((b) => b.rule.startsWith("segment") && b.severity === "error")
    ).toEqual([]);
  });
});
