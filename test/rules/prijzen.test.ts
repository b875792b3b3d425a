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

const NHG = "€ 355.000 (de NHG-grens met peildatum 1 januari 2022, art. 1a)";
const LIB = (jaar: number) =>
  `liberalisatiegrens ${jaar}: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag`;
const opl = (jaar: number) => ({ van: jaar, tot: jaar });

describe("art. 1a: betaalbare koop up to € 355.000", () => {
  it("art. 1a: exactly € 355.000 is betaalbare koop; € 355.001 is not, and the finding says where it is counted", () => {
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
      `Betaalbare koop kost volgens art. 1a ten hoogste ${NHG}; deze rij: € 355.001, dus dure koop; in de totalen telt dit plan als dure koop.`
    );
  });
  it("art. 1a: dure koop at € 355.000 is affordable by the deal's definition (warning, counted as betaalbare koop); at € 355.001 it is right", () => {
    const f = koop(355000, "dure koop");
    expect(kort(f)).toEqual([["segment-onderschat", "warning", "art. 1a", 355000, 355000]]);
    expect(f[0].message).toBe(
      `Segment dure koop, maar € 355.000 valt volgens art. 1a binnen betaalbare koop; de grens is ${NHG}; in de totalen telt dit plan als betaalbare koop en dus als betaalbaar.`
    );
    expect(koop(355001, "dure koop")).toEqual([]);
  });
  it("art. 1a: with grensjaar 2025 the limit is € 405.000 and the message names that year's national source", () => {
    expect(koop(405000, "betaalbare koop", 2025)).toEqual([]);
    const f = koop(405001, "betaalbare koop", 2025);
    expect(f[0]).toMatchObject({ limit: 405000 });
    expect(f[0].message).toBe(
      "Betaalbare koop kost volgens art. 1a ten hoogste € 405.000 (grensjaar 2025: betaalbare koopgrens 2025); deze rij: € 405.001, dus dure koop; in de totalen telt dit plan als dure koop."
    );
  });
  it("art. 1a: grensjaar 2023 keeps the deal's own € 355.000 and says it is the deal's", () => {
    expect(koop(355001, "betaalbare koop", 2023)[0].message).toBe(
      "Betaalbare koop kost volgens art. 1a ten hoogste € 355.000 (grensjaar 2023: de grens van de woondeal, art. 1a); deze rij: € 355.001, dus dure koop; in de totalen telt dit plan als dure koop."
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

describe("art. 1g: sociale huur up to the liberalisatiegrens in force in the plan's year", () => {
  const sociaal = (prijs: number, p: Partial<Plan> = {}, opties = {}) =>
    toetsPrijs(dealPlan({ rij: 5, segment: "sociale huur", huurprijs: prijs, ...p }), ctx(opties));
  it("the issue's case: € 812 sociale huur delivered in 2026 is lawful (limit € 932,93), not an error against € 763,47", () => {
    expect(sociaal(812, { opleverjaar: opl(2026) })).toEqual([]);
  });
  it.each([
    [2022, 763.47],
    [2023, 808.06],
    [2024, 879.66],
    [2025, 900.07],
    [2026, 932.93],
  ])("oplevering %i: € %d passes, one cent more is an error at that limit", (jaar, grens) => {
    expect(sociaal(grens, { opleverjaar: opl(jaar) })).toEqual([]);
    const f = sociaal(Math.round((grens + 0.01) * 100) / 100, { opleverjaar: opl(jaar) });
    expect(kort(f)).toEqual([
      ["prijs-segment", "error", "art. 1g", Math.round((grens + 0.01) * 100) / 100, grens],
    ]);
  });
  it("the message names the limit, the year it was taken from, its source, and the total the plan counts in", () => {
    const f = sociaal(950, { opleverjaar: opl(2026) });
    expect(f[0].message).toBe(
      `Sociale huur ligt niet boven de liberalisatiegrens (de woondeal definieert sociale huur niet; art. 1g noemt die grens); de liberalisatiegrens voor dit plan (oplevering 2026) is € 932,93 (${LIB(2026)}). Deze rij: € 950 per maand, dus middenhuur; in de totalen telt dit plan als middenhuur.`
    );
    expect(sociaal(1200, { opleverjaar: opl(2026) })[0].message).toContain(
      "dus dure huur; in de totalen telt dit plan als dure huur."
    );
  });
  it("a span 2024–2026 takes the last year's limit (an error must hold under every reading)", () => {
    expect(sociaal(930, { opleverjaar: { van: 2024, tot: 2026 } })).toEqual([]);
  });
  it("a year after the last published value: that value, said so, and a warning (the year's limit will be higher)", () => {
    const f = sociaal(950, { opleverjaar: opl(2029) });
    expect(kort(f)).toEqual([["prijs-segment", "warning", "art. 1g", 950, 932.93]]);
    expect(f[0].message).toBe(
      `Sociale huur ligt niet boven de liberalisatiegrens (de woondeal definieert sociale huur niet; art. 1g noemt die grens); de liberalisatiegrens voor dit plan (oplevering 2029) is nog niet bekend; de laatst bekende is € 932,93 (${LIB(2026)}). Deze rij: € 950 per maand, dus middenhuur; in de totalen telt dit plan als middenhuur.`
    );
  });
  it("no opleverjaar: the peildatum's year (2025: € 900,07); jaarschijven: the last year with homes", () => {
    const f = sociaal(901, { opleverjaar: undefined });
    expect(f[0].limit).toBe(900.07);
    expect(f[0].message).toContain(
      "de liberalisatiegrens voor dit plan (geen opleverjaar; peildatum in 2025) is € 900,07"
    );
    expect(
      toetsPrijs(
        dealPlan({
          segment: "sociale huur",
          huurprijs: 901,
          opleverjaar: undefined,
          schijven: [
            [2023, 5],
            [2026, 5],
          ],
        }),
        ctx()
      )
    ).toEqual([]);
  });
  it("a grensjaar sets every limit, the liberalisatiegrens too", () => {
    const f = sociaal(880, { opleverjaar: opl(2026) }, { grensjaar: 2024 });
    expect(f[0]).toMatchObject({ limit: 879.66, severity: "error" });
    expect(f[0].message).toContain("(grensjaar 2024) is € 879,66");
  });
});

describe("art. 1a, 1g: middenhuur between the liberalisatiegrens and € 1.000", () => {
  it("art. 1a: middenhuur at exactly € 1.000 passes; € 1.000,01 is dure huur (error)", () => {
    expect(huur(1000, "middenhuur")).toEqual([]);
    const f = huur(1000.01, "middenhuur");
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1g", 1000.01, 1000]]);
    expect(f[0].message).toBe(
      "Middenhuur ligt volgens art. 1g tussen de liberalisatiegrens en € 1.000 (art. 1a) per maand; deze rij: € 1.000,01, dus dure huur; in de totalen telt dit plan als dure huur."
    );
    expect(f[0]).toMatchObject({ column: "L", field: "huurprijs" });
  });
  it("art. 1g: middenhuur at or below the liberalisatiegrens of its year is sociale huur (warning: the deal wrote € 763)", () => {
    const f = huur(900, "middenhuur");
    expect(kort(f)).toEqual([["prijs-segment", "warning", "art. 1g", 900, 932.93]]);
    expect(f[0].message).toBe(
      `Middenhuur ligt volgens art. 1g boven de liberalisatiegrens; de liberalisatiegrens voor dit plan (oplevering 2026) is € 932,93 (${LIB(2026)}). Deze rij: € 900 per maand, dus sociale huur; in de totalen telt dit plan als sociale huur.`
    );
    expect(huur(932.94, "middenhuur")).toEqual([]);
    expect(
      toetsPrijs(
        dealPlan({ segment: "middenhuur", huurprijs: 763.48, opleverjaar: opl(2022) }),
        ctx()
      )
    ).toEqual([]);
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
  it("art. 1a: segment sociale huur with a koopprijs is an error naming both and the total it counts in", () => {
    const f = toetsPrijs(dealPlan({ segment: "sociale huur", koopprijs: 250000 }), ctx());
    expect(kort(f)).toEqual([["prijs-segment", "error", "art. 1a", 250000, undefined]]);
    expect(f[0].message).toBe(
      "Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als betaalbare koop."
    );
  });
  it("art. 1a: a price without kind that is clearly a sale price (€ 250.000) against sociale huur is a kind error, not a rent above the limit", () => {
    const f = toetsPrijs(dealPlan({ segment: "sociale huur", prijs: 250000 }), ctx());
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      "Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als betaalbare koop."
    );
    expect(f[0]).toMatchObject({ field: "prijs", column: "M" });
  });
  it("art. 1a: a price without kind that is clearly a rent (€ 650) against betaalbare koop is a kind error", () => {
    const f = toetsPrijs(dealPlan({ segment: "betaalbare koop", prijs: 650 }), ctx());
    expect(f[0].message).toBe(
      "Segment betaalbare koop is koop, maar de prijs € 650 staat als huurprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als sociale huur."
    );
  });
  it("art. 1a: with both prices, the one matching the segment is checked", () => {
    expect(
      toetsPrijs(dealPlan({ segment: "middenhuur", koopprijs: 400000, huurprijs: 950 }), ctx())
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

describe("labels that name no deal segment (plan.segmentLabel)", () => {
  it("'middeldure koop' at € 340.000 is betaalbare koop by its price (info), not dure koop", () => {
    const plan = dealPlan({
      rij: 7,
      segmentLabel: "middeldure koop",
      eigendom: "koop",
      koopprijs: 340000,
    });
    const f = toetsPrijs(plan, ctx());
    expect(kort(f)).toEqual([["segment-op-prijs", "info", "art. 1a", 340000, 355000]]);
    expect(f[0].message).toBe(
      `Segment "middeldure koop" is geen segment van de woondeal; de prijs beslist (art. 1a, 1g): € 340.000 is betaalbare koop; de grens is ${NHG}; in de totalen telt dit plan als betaalbare koop.`
    );
    expect(segmentVan(plan, ctx())).toBe("betaalbare koop");
  });
  it("'Huur goedkoop' at € 700 is sociale huur by its price and the liberalisatiegrens of its year", () => {
    const f = toetsPrijs(
      dealPlan({ segmentLabel: "Huur goedkoop", eigendom: "huur", huurprijs: 700 }),
      ctx()
    );
    expect(f[0].message).toBe(
      `Segment "Huur goedkoop" is geen segment van de woondeal; de prijs beslist (art. 1a, 1g): € 700 is sociale huur; de liberalisatiegrens voor dit plan (oplevering 2026) is € 932,93 (${LIB(2026)}) en betaalbare huur gaat tot € 1.000 (art. 1a); in de totalen telt dit plan als sociale huur.`
    );
  });
  it("'vrije sector' without a price is not classifiable: a warning with the homes left out of the ⅔ share", () => {
    const f = toetsPrijs(dealPlan({ rij: 9, segmentLabel: "vrije sector", bruto: 12 }), ctx());
    expect(kort(f)).toEqual([
      ["segment-onbepaald", "warning", "art. 1a, 6", "vrije sector", undefined],
    ]);
    expect(f[0]).toMatchObject({ column: "I", field: "segment", row: 9 });
    expect(f[0].message).toBe(
      'Segment "vrije sector" is geen segment van de woondeal en de rij heeft geen prijs; volgens art. 1a en 1g beslist de prijs. 12 woningen vanaf 2025 tellen daarom niet mee in het betaalbare aandeel (art. 6) en niet in de segmenttotalen. Vul de koopprijs of huurprijs in.'
    );
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
  it("the segment: by price where there is one (art. 1a, 1g), else the label's deal segment", () => {
    expect(segmentVan(dealPlan({ segment: "dure koop", koopprijs: 300000 }), ctx())).toBe(
      "betaalbare koop"
    );
    expect(segmentVan(dealPlan({ segment: "dure koop" }), ctx())).toBe("dure koop");
    expect(segmentVan(dealPlan({ koopprijs: 355000 }), ctx())).toBe("betaalbare koop");
    expect(segmentVan(dealPlan({ koopprijs: 380000 }), ctx())).toBe("dure koop");
    expect(segmentVan(dealPlan({ koopprijs: 380000 }), ctx({ grensjaar: 2024 }))).toBe(
      "betaalbare koop"
    );
    expect(segmentVan(dealPlan({ huurprijs: 932.93 }), ctx())).toBe("sociale huur");
    expect(segmentVan(dealPlan({ huurprijs: 999 }), ctx())).toBe("middenhuur");
    expect(segmentVan(dealPlan({ huurprijs: 1001 }), ctx())).toBe("dure huur");
    expect(segmentVan(dealPlan({ segmentLabel: "vrije sector" }), ctx())).toBeUndefined();
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
    planRij("G", "Emmen", 10, "SH", "", "900.08"),
    planRij("H", "Emmen", 10, "MH", "", "€ 1.000,-"),
    planRij("I", "Emmen", 10, "BK", "300k tot 340k", ""),
  ];
  const blad = leesBlad("Emmen", raster);
  it("reads prices and ranges (the highest of a range counts)", () => {
    expect(blad.plannen.map((p) => p.koopprijs ?? p.huurprijs)).toEqual([
      355000, 355001, 355000, 360000, 350000, 763.47, 900.08, 1000, 340000,
    ]);
    expect(blad.plannen.flatMap((p) => p.problemen)).toEqual([]);
  });
  it("art. 1a/1g: findings on rows 3 (€ 355.001), 5 (range up to € 360.000) and 8 (€ 900,08 above the 2025 liberalisatiegrens: no opleverjaar, peildatum 2025) only", () => {
    const f = blad.plannen.flatMap((p) => toetsPrijs(p, ctx()));
    expect(f.map((b) => [b.row, b.column, b.rule])).toEqual([
      [3, "E", "prijs-segment"],
      [5, "E", "prijs-segment"],
      [8, "F", "prijs-segment"],
    ]);
  });
});
