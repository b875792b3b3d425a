import { GEMEENTEN, GemeenteNaam } from "../../src/deal/gemeenten";
import { Plan } from "../../src/planlijst/plan";
import { Bevinding } from "../../src/rules/bevinding";
import { toets } from "../../src/rules/toets";
import {
  betaalbaarGehaald,
  dekkingsniveau,
  toetsAandelen,
  toetsTotalen,
} from "../../src/rules/totaalregels";
import { vatSamen } from "../../src/rules/samenvatting";
import { ctx, dealPlan, instellingen, maakBlad } from "../fixtures/plannen";
import { ToetsOpties } from "../../src/rules/context";

function regels(plannen: Plan[], opties: ToetsOpties = {}, rule?: string): Bevinding[] {
  const r = toets([maakBlad(plannen)], { peildatum: "2025-06-01", ...opties });
  return rule ? r.bevindingen.filter((f) => f.rule === rule) : r.bevindingen;
}

/** n homes of gemeente g delivered in `jaar`, status 1A, segment as given. */
function huizen(n: number, p: Parameters<typeof dealPlan>[0] = {}): Plan {
  return dealPlan({ bruto: n, ...p });
}

describe("art. 1c, bijlage 3: gemeentelijk aandeel not set", () => {
  it("art. 1c: without settings each gemeente with plans gets info 'aandeel niet ingesteld', no coverage finding", () => {
    const f = regels([huizen(10), huizen(5, { gemeente: "Coevorden" })]);
    const niet = f.filter((b) => b.rule === "aandeel-niet-ingesteld");
    expect(niet.map((b) => b.gemeente).sort()).toEqual(["Coevorden", "Emmen"]);
    for (const b of niet) {
      expect(b.severity).toBe("info");
      expect(b.article).toBe("art. 1c, bijlage 3");
      expect(b.message).toContain("niet ingesteld");
    }
    expect(
      f.filter((b) => b.rule === "opgave-niet-gedekt" || b.rule === "plancapaciteit-130")
    ).toEqual([]);
  });
  it("art. 1c: a gemeente without plans gets no finding; a gemeente whose aandeel is set gets none", () => {
    const f = regels(
      [huizen(10)],
      { instellingen: instellingen({ Emmen: 5 }) },
      "aandeel-niet-ingesteld"
    );
    expect(f).toEqual([]);
  });
  it("art. 1c: an aandeel from jaarschijven alone counts as set", () => {
    const f = regels([huizen(100)], {
      instellingen: instellingen({ Emmen: { jaarschijven: { 2025: 40, 2026: 40 } } }),
    });
    expect(f.filter((b) => b.rule === "aandeel-niet-ingesteld")).toEqual([]);
    expect(f.find((b) => b.rule === "plancapaciteit-130")).toMatchObject({
      value: 100,
      limit: 104,
    });
  });
});

describe("art. 3.2 and 4.10: netto plancapaciteit against the gemeentelijk aandeel", () => {
  const inst = instellingen({ Emmen: 1000 });
  it.each([
    [999, "opgave-niet-gedekt"],
    [1000, "plancapaciteit-130"],
    [1299, "plancapaciteit-130"],
    [1300, undefined],
    [2000, undefined],
  ])("art. 3.2/4.10: aandeel 1000, net %i in 2022–2030 → %s", (net, verwacht) => {
    const f = regels([huizen(net)], { instellingen: inst }).filter(
      (b) => b.rule === "opgave-niet-gedekt" || b.rule === "plancapaciteit-130"
    );
    expect(f.map((b) => b.rule)).toEqual(verwacht ? [verwacht] : []);
  });
  it("art. 3.2: coverage below 100% is a warning naming value, limit and coverage", () => {
    const [b] = regels([huizen(750)], { instellingen: inst }, "opgave-niet-gedekt");
    expect(b).toMatchObject({
      severity: "warning",
      article: "art. 3.2",
      gemeente: "Emmen",
      value: 750,
      limit: 1000,
    });
    expect(b.message).toBe(
      "Emmen: netto plancapaciteit 2022–2030 is 750 woningen, minder dan het gemeentelijk aandeel van 1.000 (dekking 75%); art. 3.2: elke gemeente neemt ten minste haar deel van de versnellingsopgave voor haar rekening."
    );
    expect(b.sheet).toBeUndefined();
  });
  it("art. 4.10: coverage between 100% and 130% is a warning with the 130% number as limit", () => {
    const [b] = regels([huizen(1200)], { instellingen: inst }, "plancapaciteit-130");
    expect(b).toMatchObject({
      severity: "warning",
      article: "art. 4.10",
      value: 1200,
      limit: 1300,
    });
    expect(b.message).toContain("120%");
    expect(b.message).toContain(
      "spannen de gemeenten zich in om ten minste 130% plancapaciteit te behouden (1.300 woningen)"
    );
  });
  it("art. 4.10: coverage of exactly 130% passes, also when aandeel × 1,3 is not exact in floating point", () => {
    // 13 × 1.3 = 16.900000000000002 in floating point; 16 + 0.9 homes is exactly 130%.
    const plannen = [huizen(16), huizen(1, { opleverjaar: { van: 2021, tot: 2030 } })];
    const r = toets([maakBlad(plannen)], {
      peildatum: "2025-06-01",
      instellingen: instellingen({ Emmen: 13 }),
    });
    expect(r.samenvatting.perGemeente.Emmen.nettoInPeriode).toBe(16.9);
    expect(r.bevindingen.filter((b) => b.rule === "plancapaciteit-130")).toEqual([]);
  });
  it("art. 3.2: only net homes count: bruto 1100 with sloop 200 is net 900 < 1000", () => {
    const f = regels([huizen(1100, { sloop: 200 })], { instellingen: inst }, "opgave-niet-gedekt");
    expect(f[0]).toMatchObject({ value: 900, limit: 1000 });
  });
  it("art. 3.1: homes delivered after 2030 do not count towards the aandeel", () => {
    const f = regels(
      [huizen(1300, { opleverjaar: { van: 2031, tot: 2031 } })],
      { instellingen: inst },
      "opgave-niet-gedekt"
    );
    expect(f[0]).toMatchObject({ value: 0 });
  });
});

describe("art. 4.10: hard plan capacity for the coming five years", () => {
  // peildatum 2025-06-01: the coming five years are 2025–2029.
  const vijf = { 2024: 100, 2025: 3, 2026: 3, 2027: 3, 2028: 3, 2029: 3, 2030: 100 };
  it("art. 4.10: without bijlage 3 jaarschijven, hard capacity and hard share are info only, never held against the list's own schedule", () => {
    const plannen = [
      huizen(10, { opleverjaar: { van: 2026, tot: 2026 } }),
      huizen(5, { planstatus: "3", opleverjaar: { van: 2027, tot: 2027 } }),
    ];
    expect(regels(plannen, {}, "harde-capaciteit")).toEqual([]);
    const [b] = regels(plannen, {}, "harde-capaciteit-stand");
    expect(b).toMatchObject({
      severity: "info",
      article: "art. 4.10",
      gemeente: "Emmen",
      value: 10,
    });
    expect(b.limit).toBeUndefined();
    expect(b.message).toBe(
      "Emmen: harde plancapaciteit met oplevering in 2025–2029 is 10 van de 15 woningen die de planlijst in die jaren plant (66,7% hard). Zonder jaarschijven uit bijlage 3 is de productie waar art. 4.10 voldoende harde capaciteit voor vraagt niet ingesteld; vul ze in bij Instellingen om dit te toetsen."
    );
  });
  it("art. 4.10: an ambitious list with few hard plans gets no warning without jaarschijven", () => {
    const f = regels(
      [huizen(10), huizen(500, { planstatus: "4A", opleverjaar: { van: 2027, tot: 2027 } })],
      {},
      "harde-capaciteit"
    );
    expect(f).toEqual([]);
  });
  it("art. 4.10: with jaarschijven set, hard capacity is held against their sum for 2025–2029: a warning with both numbers", () => {
    const inst = instellingen({ Emmen: { aandeel: 10, jaarschijven: vijf } });
    expect(
      regels(
        [huizen(15, { opleverjaar: { van: 2025, tot: 2029 } })],
        { instellingen: inst },
        "harde-capaciteit"
      )
    ).toEqual([]);
    const [b] = regels(
      [huizen(14, { opleverjaar: { van: 2026, tot: 2026 } })],
      { instellingen: inst },
      "harde-capaciteit"
    );
    expect(b).toMatchObject({ severity: "warning", value: 14, limit: 15 });
    expect(b.message).toBe(
      "Emmen: harde plancapaciteit met oplevering in 2025–2029 is 14 woningen; de jaarschijven uit bijlage 3 voor 2025–2029 tellen op tot 15. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de woningbouwproductie van de komende vijf jaren."
    );
    expect(regels([huizen(14)], { instellingen: inst }, "harde-capaciteit-stand")).toEqual([]);
  });
  it("art. 4.10: the five years move with the peildatum (2023 → 2023–2027); jaarschijven stop at 2030", () => {
    const inst = instellingen({ Emmen: { jaarschijven: { 2027: 10, 2028: 10, 2030: 4 } } });
    const plannen = [huizen(10, { planstatus: "3", opleverjaar: { van: 2028, tot: 2028 } })];
    expect(
      regels(plannen, { peildatum: "2023-03-01", instellingen: inst }, "harde-capaciteit")
    ).toMatchObject([{ value: 0, limit: 10 }]);
    const [b] = regels(
      plannen,
      { peildatum: "2027-03-01", instellingen: inst },
      "harde-capaciteit"
    );
    expect(b).toMatchObject({ value: 0, limit: 24 });
    expect(b.message).toContain(
      "in 2027–2031 is 0 woningen; de jaarschijven uit bijlage 3 voor 2027–2030 tellen op tot 24."
    );
  });
  it("art. 4.10: unknown status is not hard", () => {
    const inst = instellingen({ Emmen: { jaarschijven: vijf } });
    expect(
      regels(
        [huizen(10, { planstatus: "Onbekend" })],
        { instellingen: inst },
        "harde-capaciteit"
      )[0]
    ).toMatchObject({ value: 0, limit: 15 });
  });
});

describe("art. 6: two thirds affordable from 2025", () => {
  it("art. 6: exactly two thirds affordable (20 sociale huur, 10 dure koop) passes", () => {
    const f = regels(
      [huizen(20, { segment: "sociale huur" }), huizen(10, { segment: "dure koop" })],
      {},
      "betaalbaar-aandeel"
    );
    expect(f).toEqual([]);
  });
  it("art. 6: 19 of 29 affordable (65,5%) is a warning", () => {
    const f = regels(
      [huizen(19, { segment: "middenhuur" }), huizen(10, { segment: "dure koop" })],
      {},
      "betaalbaar-aandeel"
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      article: "art. 6",
      gemeente: "Emmen",
      value: 0.655,
      limit: "2/3",
    });
    expect(f[0].message).toBe(
      "Emmen: 65,5% van de woningen met bekend segment vanaf 2025 is betaalbaar (19 van 29, segment op prijs waar die bekend is). Art. 6: partijen zetten in op het streven naar ten minste twee derde betaalbare huur- en koopwoningen vanaf 2025."
    );
  });
  it("art. 6: homes before 2025 do not count (100 dure koop in 2024)", () => {
    const f = regels(
      [
        huizen(20, { segment: "betaalbare koop" }),
        huizen(10, { segment: "dure huur" }),
        huizen(100, { segment: "dure koop", opleverjaar: { van: 2024, tot: 2024 } }),
      ],
      {},
      "betaalbaar-aandeel"
    );
    expect(f).toEqual([]);
  });
  it("art. 6: homes without a known segment are left out of the share", () => {
    expect(
      regels(
        [huizen(2, { segment: "sociale huur" }), huizen(1, { segment: "dure koop" }), huizen(50)],
        {},
        "betaalbaar-aandeel"
      )
    ).toEqual([]);
  });
  it("art. 6: a segment derived from the price counts (koopprijs € 355.001 is dure koop)", () => {
    const f = regels(
      [huizen(10, { koopprijs: 355001 }), huizen(10, { koopprijs: 355000 })],
      {},
      "betaalbaar-aandeel"
    );
    expect(f[0]).toMatchObject({ value: 0.5 });
  });
  it("art. 6: the region gets the same check when all four gemeenten are in", () => {
    const plannen = GEMEENTEN.map((g) => huizen(10, { gemeente: g, segment: "dure koop" }));
    const f = regels(plannen, {}, "betaalbaar-aandeel");
    expect(f.map((b) => b.gemeente).sort()).toEqual([...GEMEENTEN, "Zuidoost Drenthe"].sort());
  });
});

describe("art. 3.2 and 6: regional numbers only with all four gemeenten", () => {
  const vier = (socialeHuur: number, middenhuur: number) =>
    GEMEENTEN.map((g: GemeenteNaam, i) =>
      i === 0
        ? huizen(socialeHuur, { gemeente: g, segment: "sociale huur" })
        : i === 1
          ? huizen(middenhuur, { gemeente: g, segment: "middenhuur" })
          : huizen(1, { gemeente: g })
    );
  it("art. 6: 1.040 sociale huur in the region is a warning; 1.041 passes", () => {
    expect(regels(vier(1040, 476), {}, "sociale-huur-regio")[0]).toMatchObject({
      severity: "warning",
      article: "art. 6",
      gemeente: "Zuidoost Drenthe",
      value: 1040,
      limit: 1041,
    });
    expect(regels(vier(1041, 476), {}, "sociale-huur-regio")).toEqual([]);
  });
  it("art. 6: 475 middenhuur in the region is a warning; 476 passes", () => {
    expect(regels(vier(1041, 475), {}, "middensegment-regio")[0]).toMatchObject({
      value: 475,
      limit: 476,
    });
    expect(regels(vier(1041, 476), {}, "middensegment-regio")).toEqual([]);
  });
  it("art. 3.2: the region is held against 4.177 when all four are in (rule regio-opgave)", () => {
    const f = regels(vier(1041, 476), {}).filter(
      (b) => b.gemeente === "Zuidoost Drenthe" && /opgave|130/.test(b.rule)
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "regio-opgave",
      severity: "warning",
      article: "art. 3.2, 4.10",
      value: 1519,
      limit: 4177,
    });
    expect(f[0].message).toContain("minder dan de versnellingsopgave van 4.177");
  });
  it("art. 3.2: the region between 4.177 and 130% gets the 130% warning", () => {
    const f = regels(vier(4177, 476), {}).filter(
      (b) => b.gemeente === "Zuidoost Drenthe" && /opgave|130/.test(b.rule)
    );
    expect(f.map((b) => [b.rule, b.limit])).toEqual([["plancapaciteit-130", 5430.1]]);
  });
  it("art. 3.2: with three gemeenten: info regio-onvolledig, no regional 1.041 / 476 / 4.177 findings", () => {
    const f = regels(vier(0, 0).slice(0, 3), {});
    expect(
      f.filter((b) =>
        ["sociale-huur-regio", "middensegment-regio", "regio-opgave"].includes(b.rule)
      )
    ).toEqual([]);
    const [b] = f.filter((x) => x.rule === "regio-onvolledig");
    expect(b).toMatchObject({ severity: "info", article: "art. 3.2" });
    expect(b.message).toContain("Aa en Hunze, Borger-Odoorn, Coevorden");
    expect(b.message).toContain("alleen getoetst met alle vier gemeenten");
  });
  it("no deal gemeente at all: no regional finding", () => {
    const f = regels([huizen(10, { gemeente: undefined, gemeenteTekst: "Assen" })]);
    expect(
      f.filter((b) => b.gemeente === "Zuidoost Drenthe" || b.rule === "regio-onvolledig")
    ).toEqual([]);
  });
});

describe("art. 3.2, bijlage 3: the four aandelen together at least 4.177", () => {
  it("art. 3.2: aandelen summing to 4.176 are an error; 4.177 passes", () => {
    const te = toetsAandelen(
      ctx({
        instellingen: instellingen({
          "Aa en Hunze": 1000,
          "Borger-Odoorn": 1000,
          Coevorden: 1000,
          Emmen: 1176,
        }),
      })
    );
    expect(te).toHaveLength(1);
    expect(te[0]).toMatchObject({
      rule: "aandelen-som",
      severity: "error",
      article: "art. 3.2, bijlage 3",
      value: 4176,
      limit: 4177,
    });
    expect(te[0].message).toContain("tellen op tot 4.176");
    expect(
      toetsAandelen(
        ctx({
          instellingen: instellingen({
            "Aa en Hunze": 1000,
            "Borger-Odoorn": 1000,
            Coevorden: 1000,
            Emmen: 1177,
          }),
        })
      )
    ).toEqual([]);
  });
  it("art. 3.2: not checked until all four are set", () => {
    expect(toetsAandelen(ctx({ instellingen: instellingen({ Emmen: 10 }) }))).toEqual([]);
  });
  it("art. 3.2: with all four set, the region's target is their sum when above 4.177", () => {
    const inst = instellingen({
      "Aa en Hunze": 1500,
      "Borger-Odoorn": 1500,
      Coevorden: 1500,
      Emmen: 1500,
    });
    const s = vatSamen([maakBlad([huizen(1)])], ctx({ instellingen: inst }));
    expect(s.regio.doel).toBe(6000);
  });
});

describe("sheet-level context (info)", () => {
  it("art. 3.1: a sheet without delivery years gets info geen-jaarinformatie", () => {
    const blad = maakBlad([huizen(10, { opleverjaar: undefined })], { heeftJaarinformatie: false });
    const f = toetsTotalen([blad], vatSamen([blad], ctx()), ctx());
    expect(f.find((b) => b.rule === "geen-jaarinformatie")).toMatchObject({
      severity: "info",
      article: "art. 3.1",
      sheet: "Planlijst",
    });
  });
  it("art. 4.10: a sheet without a planstatus column gets info geen-planstatus", () => {
    const blad = maakBlad([huizen(10)], { velden: ["naam", "gemeente", "bruto", "opleverjaar"] });
    const f = toetsTotalen([blad], vatSamen([blad], ctx()), ctx());
    expect(f.find((b) => b.rule === "geen-planstatus")).toMatchObject({
      severity: "info",
      article: "art. 4.10",
    });
  });
  it("sheets that are not a planlijst are left alone", () => {
    const blad = { ...maakBlad([]), isPlanlijst: false, heeftJaarinformatie: false };
    expect(toetsTotalen([blad], vatSamen([blad], ctx()), ctx())).toEqual([]);
  });
});

describe("art. 6: per-gemeente segment targets from the settings", () => {
  it("checks sociale huur and middensegment against the gemeente's own numbers, counted by price", () => {
    const inst = instellingen({ Emmen: { aandeel: 10 } });
    inst.gemeenten.Emmen!.socialeHuur = 20;
    inst.gemeenten.Emmen!.middensegment = 5;
    const f = regels(
      [
        huizen(12, { segment: "sociale huur", huurprijs: 700 }),
        // labelled sociale huur, but € 950 in 2026 is middenhuur
        huizen(6, { segment: "sociale huur", huurprijs: 950 }),
      ],
      { instellingen: inst },
      "segment-doel-gemeente"
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      article: "art. 6, bijlage 3",
      gemeente: "Emmen",
      value: 12,
      limit: 20,
    });
    expect(f[0].message).toBe(
      "Emmen: 12 sociale huurwoningen netto in 2022–2030 (segment op prijs waar die bekend is); ingesteld voor Emmen (bijlage 3 of prestatieafspraken) is 20. Art. 6: partijen zetten in op deze aantallen."
    );
  });
  it("no targets set: no finding", () => {
    expect(regels([huizen(1, { segment: "sociale huur" })], {}, "segment-doel-gemeente")).toEqual(
      []
    );
  });
});

describe("dekkingsniveau and betaalbaarGehaald: the classification the rules and the pane share", () => {
  it.each([
    [999, 1000, "onder-aandeel"],
    [1000, 1000, "onder-130"],
    [1299.9, 1000, "onder-130"],
    [1300, 1000, "gedekt"],
    // 13 × 1.3 is 16.900000000000002 in floating point: 16.9 is 130%.
    [16.9, 13, "gedekt"],
    [16.8, 13, "onder-130"],
  ])("net %d against target %d: %s", (netInPeriod, target, niveau) => {
    expect(dekkingsniveau({ nettoInPeriode: netInPeriod, doel: target })).toBe(niveau);
  });
  it("no target, no classification; the rules report exactly what it says", () => {
    expect(dekkingsniveau({ nettoInPeriode: 5, doel: null })).toBeUndefined();
    for (const [net, rule] of [
      [900, "opgave-niet-gedekt"],
      [1200, "plancapaciteit-130"],
      [1300, undefined],
    ] as const) {
      const f = regels([huizen(net)], { instellingen: instellingen({ Emmen: 1000 }) });
      expect(
        f.find((b) => ["opgave-niet-gedekt", "plancapaciteit-130"].includes(b.rule))?.rule
      ).toBe(rule);
    }
  });
  it("betaalbaarGehaald: two thirds reached or not, undefined without known segments", () => {
    expect(betaalbaarGehaald({ aandeelBetaalbaarVanaf2025: null })).toBeUndefined();
    expect(betaalbaarGehaald({ aandeelBetaalbaarVanaf2025: 2 / 3 })).toBe(true);
    expect(betaalbaarGehaald({ aandeelBetaalbaarVanaf2025: 0.66 })).toBe(false);
  });
});
