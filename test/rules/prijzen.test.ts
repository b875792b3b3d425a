import { leesBlad } from "../../src/planlijst/lezer";
import { Plan } from "../../src/planlijst/plan";
import { Bevinding } from "../../src/rules/bevinding";
import { prijsVan, segmentVan, toetsPrijs } from "../../src/rules/prijzen";
import { ctx, dealPlan } from "../fixtures/plannen";
import { kopRij, planRij } from "../fixtures/rasters";

const koop = (prijs: number, segment: Plan["segment"], grensjaar?: number) =>
  toetsPrijs(dealPlan({ rij: 5, segment, koopprijs: prijs }), ctx(grensjaar ? { grensjaar } : {}));
const huur = (prijs: number, segment: Plan["segment"], grensjaar?: number) =>
  toetsPrijs(dealPlan({ rij: 5, segment, huurprijs: prijs }), ctx(grensjaar ? { grensjaar } : {}));
const kort = (f: Bevinding[]) => f.map((b) => [b.rule, b.severity, b.article, b.value, b.limit]);

describe("art. 1a: betaalbare koop up to € 355.000", () => {
  it("art. 1a: exactly € 355.000 is betaalbare koop; € 355.001 is not", () => {
    expect(koop(355000, "betaalbare koop")).toEqual([]);
    const f = koop(355001, "betaalbare koop");
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1a", 355001, 355000]]);
    expect(f[0]).toMatchObject({
      sheet: "Planlijst",
      row: 5,
      column: "K",
      field: "koopprijs",
      gemeente: "Emmen",
    });
    expect(f[0].message).toBe(
      "Betaalbare koop mag volgens art. 1a maximaal € 355.000 kosten; deze rij: € 355.001."
    );
  });
  it("art. 1a: dure koop at € 355.000 is affordable by the deal's definition (warning); at € 355.001 it is right", () => {
    const f = koop(355000, "dure koop");
    expect(kort(f)).toEqual([["segment-onderschat", "warning", "art. 1a", 355000, 355000]]);
    expect(f[0].message).toBe(
      "Segment dure koop, maar € 355.000 valt volgens art. 1a binnen betaalbare koop (grens € 355.000); telt dit plan mee als betaalbaar?"
    );
    expect(koop(355001, "dure koop")).toEqual([]);
  });
  it("art. 1a: with grensjaar 2025 the limit is € 405.000 and the message says so", () => {
    expect(koop(405000, "betaalbare koop", 2025)).toEqual([]);
    const f = koop(405001, "betaalbare koop", 2025);
    expect(f[0]).toMatchObject({ limit: 405000 });
    expect(f[0].message).toBe(
      "Betaalbare koop mag volgens art. 1a maximaal € 405.000 kosten (grenzen 2025); deze rij: € 405.001."
    );
  });
  it.each([
    [2024, 390000],
    [2026, 420000],
  ])("art. 1a: grensjaar %i: € %d passes, one euro more fails", (jaar, grens) => {
    expect(koop(grens, "betaalbare koop", jaar)).toEqual([]);
    expect(koop(grens + 1, "betaalbare koop", jaar)[0]).toMatchObject({ limit: grens });
  });
});

describe("art. 1a, 1g: huur", () => {
  it("art. 1a: middenhuur at exactly € 1.000 passes; € 1.000,01 is dure huur (error)", () => {
    expect(huur(1000, "middenhuur")).toEqual([]);
    const f = huur(1000.01, "middenhuur");
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1g", 1000.01, 1000]]);
    expect(f[0].message).toBe(
      "Middenhuur ligt volgens art. 1g tussen € 763 en € 1.000 per maand; deze rij: € 1.000,01 (dat is dure huur)."
    );
    expect(f[0]).toMatchObject({ column: "L", field: "huurprijs" });
  });
  it("art. 1g: sociale huur at exactly € 763,47 passes; € 763,48 is above the liberalisatiegrens (error)", () => {
    expect(huur(763.47, "sociale huur")).toEqual([]);
    const f = huur(763.48, "sociale huur");
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1g", 763.48, 763.47]]);
    expect(f[0].message).toBe(
      "Sociale huur mag niet boven de liberalisatiegrens van € 763,47 per maand liggen; deze rij: € 763,48 (dat is middenhuur)."
    );
    expect(huur(1200, "sociale huur")[0].message).toContain("(dat is dure huur)");
  });
  it("art. 1g: middenhuur's lower edge: € 763,47 is sociale huur (warning), € 763,48 is middenhuur", () => {
    const f = huur(763.47, "middenhuur");
    expect(kort(f)).toEqual([["prijs-segment", "warning", "art. 1g", 763.47, 763.47]]);
    expect(f[0].message).toBe(
      "Middenhuur ligt volgens art. 1g boven de liberalisatiegrens van € 763,47; deze rij: € 763,47 per maand, dat is sociale huur."
    );
    expect(huur(763.48, "middenhuur")).toEqual([]);
    expect(kort(huur(763, "middenhuur"))).toEqual([
      ["prijs-segment", "warning", "art. 1g", 763, 763.47],
    ]);
  });
  it("art. 1a: dure huur at € 1.000 is affordable by the deal (warning); at € 1.000,01 it is right", () => {
    expect(kort(huur(1000, "dure huur"))).toEqual([
      ["segment-onderschat", "warning", "art. 1a", 1000, 1000],
    ]);
    expect(huur(1000.01, "dure huur")).toEqual([]);
  });
  it("art. 1g: grensjaar 2024 uses € 879,66 and € 1.123,13", () => {
    expect(huur(879.66, "sociale huur", 2024)).toEqual([]);
    expect(huur(879.67, "sociale huur", 2024)[0]).toMatchObject({ limit: 879.66 });
    expect(huur(1123.13, "middenhuur", 2024)).toEqual([]);
    expect(huur(1123.14, "middenhuur", 2024)[0]).toMatchObject({ limit: 1123.13 });
  });
});

describe("art. 1a: price and segment of different kinds", () => {
  it("art. 1a: segment sociale huur with a koopprijs is an error naming both", () => {
    const f = toetsPrijs(dealPlan({ segment: "sociale huur", koopprijs: 250000 }), ctx());
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1a", 250000, undefined]]);
    expect(f[0].message).toBe(
      "Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs."
    );
  });
  it("art. 1a: a price without kind that is clearly a sale price (€ 250.000) against sociale huur is a kind error, not a rent above the limit", () => {
    const f = toetsPrijs(dealPlan({ segment: "sociale huur", prijs: 250000 }), ctx());
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      "Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs."
    );
    expect(f[0]).toMatchObject({ field: "prijs", column: "M" });
  });
  it("art. 1a: a price without kind that is clearly a rent (€ 650) against betaalbare koop is a kind error", () => {
    const f = toetsPrijs(dealPlan({ segment: "betaalbare koop", prijs: 650 }), ctx());
    expect(f[0].message).toBe(
      "Segment betaalbare koop is koop, maar de prijs € 650 staat als huurprijs; corrigeer segment of prijs."
    );
  });
  it("art. 1a: with both prices, the one matching the segment is checked", () => {
    expect(
      toetsPrijs(dealPlan({ segment: "middenhuur", koopprijs: 400000, huurprijs: 900 }), ctx())
    ).toEqual([]);
    expect(
      toetsPrijs(
        dealPlan({ segment: "betaalbare koop", koopprijs: 300000, huurprijs: 1500 }),
        ctx()
      )
    ).toEqual([]);
  });
  it("art. 1a: an amount between € 5.000 and € 20.000 without kind, segment or eigendom is a warning", () => {
    const f = toetsPrijs(dealPlan({ prijs: 10000 }), ctx());
    expect(kort(f)).toEqual([["prijs-soort", "warning", "art. 1a", 10000, undefined]]);
    expect(f[0].message).toBe(
      "Bedrag € 10.000 is te hoog voor een maandhuur en te laag voor een koopprijs; vermeld of het om koop of huur gaat."
    );
    expect(toetsPrijs(dealPlan({ prijs: 10000, eigendom: "koop" }), ctx())).toEqual([]);
  });
  it("no price or no segment: nothing to hold against each other", () => {
    expect(toetsPrijs(dealPlan({ segment: "sociale huur" }), ctx())).toEqual([]);
    expect(toetsPrijs(dealPlan({ koopprijs: 900000 }), ctx())).toEqual([]);
  });
});

describe("prijsVan / segmentVan", () => {
  it("the price's kind comes from the column, else the segment or eigendom, else the amount", () => {
    expect(prijsVan(dealPlan({ koopprijs: 300000 }))).toEqual({
      prijs: 300000,
      soort: "koop",
      veld: "koopprijs",
    });
    expect(prijsVan(dealPlan({ huurprijs: 700 }))).toEqual({
      prijs: 700,
      soort: "huur",
      veld: "huurprijs",
    });
    expect(prijsVan(dealPlan({ prijs: 700 }))).toEqual({
      prijs: 700,
      soort: "huur",
      veld: "prijs",
    });
    expect(prijsVan(dealPlan({ prijs: 300000 }))).toEqual({
      prijs: 300000,
      soort: "koop",
      veld: "prijs",
    });
    expect(prijsVan(dealPlan({ prijs: 10000, eigendom: "huur" }))).toEqual({
      prijs: 10000,
      soort: "huur",
      veld: "prijs",
    });
    expect(prijsVan(dealPlan({ prijs: 10000 }))).toBeUndefined();
    expect(prijsVan(dealPlan())).toBeUndefined();
  });
  it("the segment: as written, else from the price under the limits in use", () => {
    expect(segmentVan(dealPlan({ segment: "dure koop", koopprijs: 100 }), ctx())).toBe("dure koop");
    expect(segmentVan(dealPlan({ koopprijs: 355000 }), ctx())).toBe("betaalbare koop");
    expect(segmentVan(dealPlan({ koopprijs: 380000 }), ctx())).toBe("dure koop");
    expect(segmentVan(dealPlan({ koopprijs: 380000 }), ctx({ grensjaar: 2024 }))).toBe(
      "betaalbare koop"
    );
    expect(segmentVan(dealPlan({ huurprijs: 763.47 }), ctx())).toBe("sociale huur");
    expect(segmentVan(dealPlan({ huurprijs: 999 }), ctx())).toBe("middenhuur");
    expect(segmentVan(dealPlan({ huurprijs: 1001 }), ctx())).toBe("dure huur");
    expect(segmentVan(dealPlan(), ctx())).toBeUndefined();
  });
});

describe("prices read from the sheet", () => {
  const raster = [
    kopRij("Projectnaam", "Gemeente", "Aantal", "Segment", "Koopprijs", "Huurprijs"),
    planRij("A", "Emmen", 10, "BK", "€ 355.000", ""),
    planRij("B", "Emmen", 10, "BK", "355.001", ""),
    planRij("C", "Emmen", 10, "BK", "3,55 ton", ""),
    planRij("D", "Emmen", 10, "BK", "€ 300.000 - € 360.000", ""),
    planRij("E", "Emmen", 10, "BK", "300.000-350.000", ""),
    planRij("F", "Emmen", 10, "SH", "", "€ 763,47"),
    planRij("G", "Emmen", 10, "SH", "", "763.48"),
    planRij("H", "Emmen", 10, "MH", "", "€ 1.000,-"),
    planRij("I", "Emmen", 10, "BK", "300k tot 340k", ""),
  ];
  const blad = leesBlad("Emmen", raster);
  it("reads prices and ranges (the highest of a range counts)", () => {
    expect(blad.plannen.map((p) => p.koopprijs ?? p.huurprijs)).toEqual([
      355000, 355001, 355000, 360000, 350000, 763.47, 763.48, 1000, 340000,
    ]);
    expect(blad.plannen.flatMap((p) => p.problemen)).toEqual([]);
  });
  it("art. 1a/1g: findings on rows 3 (€ 355.001), 5 (range up to € 360.000) and 8 (€ 763,48) only", () => {
    const f = blad.plannen.flatMap((p) => toetsPrijs(p, ctx()));
    expect(f.map((b) => [b.row, b.column, b.rule])).toEqual([
      [3, "E", "prijs-segment"],
      [5, "E", "prijs-segment"],
      [8, "F", "prijs-segment"],
    ]);
  });
});
