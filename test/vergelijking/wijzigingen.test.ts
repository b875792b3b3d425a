import { jarenVan, statusTekst, wijzigingenVan } from "../../src/vergelijking/wijzigingen";
import { ctx, dealPlan } from "../fixtures/plannen";

describe("jarenVan and statusTekst", () => {
  it("takes the opleverjaar, else the span of the jaarschijven with homes; an open end is read as ten years", () => {
    expect(jarenVan(dealPlan({ opleverjaar: { van: 2025, tot: 2026 } }))).toEqual({
      van: 2025,
      tot: 2026,
    });
    expect(
      jarenVan(
        dealPlan({
          opleverjaar: undefined,
          schijven: [
            [2024, 0],
            [2025, 10],
            [[2027, 2028], 5],
            ["onbekend", 3],
          ],
        })
      )
    ).toEqual({ van: 2025, tot: 2028 });
    expect(jarenVan(dealPlan({ opleverjaar: { van: 2030, tot: 2100 } }))).toEqual({
      van: 2030,
      tot: 2039,
    });
    expect(jarenVan(dealPlan({ opleverjaar: undefined }))).toBeUndefined();
  });
  it("names a status with its code where it has one", () => {
    expect([
      statusTekst(dealPlan({ planstatus: "2B" })),
      statusTekst(dealPlan({ planstatus: "vergund" })),
      statusTekst(dealPlan({ planstatus: undefined })),
    ]).toEqual(["2B vastgesteld, met uitwerkingsplicht", "vergund", undefined]);
  });
});

describe("wijzigingenVan", () => {
  const c = ctx({ peildatum: "2026-06-01" });
  it("finds nothing when only the row moved", () => {
    const a = dealPlan({
      id: "EM-1",
      naam: "Parkwijk",
      kern: "Emmen",
      huurprijs: 700,
      segment: "sociale huur",
    });
    expect(wijzigingenVan(a, { ...a, rij: 40 }, c)).toEqual([]);
  });
  it("kern, sloop and netto as written; a year from jaarschijven moved", () => {
    const a = dealPlan({
      naam: "PM uitbreiding noord",
      bruto: 60,
      opleverjaar: undefined,
      schijven: [
        [2027, 30],
        [2028, 30],
      ],
    });
    const b = dealPlan({
      naam: "PM uitbreiding noord",
      kern: "Emmen",
      bruto: 60,
      sloop: 4,
      nettoOpgegeven: 56,
      opleverjaar: undefined,
      schijven: [
        [2028, 30],
        [2029, 30],
      ],
    });
    expect(wijzigingenVan(a, b, c)).toEqual([
      { soort: "kern", voor: undefined, na: "Emmen" },
      { soort: "aantal", veld: "netto", voor: 60, na: 56, verschil: -4 },
      { soort: "aantal", veld: "sloop", voor: 0, na: 4, verschil: 4 },
      {
        soort: "opleverjaar",
        voor: { van: 2027, tot: 2028 },
        na: { van: 2028, tot: 2029 },
        jaren: 1,
      },
    ]);
  });
  it("a price within the same segment is a price change only; a label without price changes the segment", () => {
    const a = dealPlan({ segment: "betaalbare koop", koopprijs: 300000 });
    expect(wijzigingenVan(a, { ...a, koopprijs: 320000 }, c)).toEqual([
      { soort: "prijs", voor: 300000, na: 320000 },
    ]);
    const b = dealPlan({ segment: "middenhuur" });
    expect(wijzigingenVan(b, { ...b, segment: "dure huur", eigendom: "huur" }, c)).toEqual([
      { soort: "segment", voor: "middenhuur", na: "dure huur" },
    ]);
  });
  it("the segment follows the liberalisatiegrens of the opleverjaar: € 920 is middenhuur in 2025 (limit € 900,07) and sociale huur in 2026 (€ 932,93)", () => {
    const a = dealPlan({
      segment: "sociale huur",
      huurprijs: 920,
      opleverjaar: { van: 2025, tot: 2025 },
    });
    const b = { ...a, opleverjaar: { van: 2026, tot: 2026 } };
    expect(wijzigingenVan(a, b, c)).toEqual([
      {
        soort: "opleverjaar",
        voor: { van: 2025, tot: 2025 },
        na: { van: 2026, tot: 2026 },
        jaren: 1,
      },
      { soort: "segment", voor: "middenhuur", na: "sociale huur" },
    ]);
  });
  it("a status to or from onbekend is 'anders', never up or down", () => {
    const a = dealPlan({ planstatus: "onbekend" });
    expect(
      wijzigingenVan(a, { ...a, planstatus: dealPlan({ planstatus: "1A" }).planstatus }, c)
    ).toEqual([
      {
        soort: "planstatus",
        voor: "onbekend",
        na: "1A onherroepelijk",
        hardheidVoor: "onbekend",
        hardheidNa: "hard",
        richting: "anders",
      },
    ]);
  });
});
