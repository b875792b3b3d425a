import { Plan } from "../../src/planlijst/plan";
import { cijfersVan, samenstelling, vatSamen } from "../../src/rules/samenvatting";
import { ctx, dealPlan, instellingen, maakBlad, maakPlan } from "../fixtures/plannen";
import { ToetsOpties } from "../../src/rules/context";

const samen = (plannen: Plan[], opties: ToetsOpties = {}, heeftJaarinformatie?: boolean) =>
  vatSamen(
    [maakBlad(plannen, heeftJaarinformatie === undefined ? {} : { heeftJaarinformatie })],
    ctx(opties)
  );

describe("vatSamen: totals per gemeente", () => {
  const plannen = [
    dealPlan({
      bruto: 40,
      sloop: 12,
      planstatus: "1A",
      segment: "sociale huur",
      opleverjaar: { van: 2025, tot: 2025 },
    }),
    dealPlan({
      bruto: 20,
      planstatus: "3",
      segment: "dure koop",
      opleverjaar: { van: 2027, tot: 2028 },
    }),
    dealPlan({ bruto: 10, planstatus: "Onbekend", opleverjaar: { van: 2031, tot: 2031 } }),
    dealPlan({
      bruto: 6,
      planstatus: "opgeleverd",
      segment: "middenhuur",
      opleverjaar: { van: 2023, tot: 2023 },
    }),
    dealPlan({ bruto: 5, opleverjaar: undefined, planstatus: undefined }),
  ];
  const s = samen(plannen).perGemeente.Emmen;
  it("art. 3.2: counts plans, bruto, sloop and net", () => {
    expect(s).toMatchObject({ inDeal: true, plannen: 5, bruto: 81, sloop: 12, netto: 69 });
  });
  it("art. 3.1: net in 2022–2030 leaves out 2031 and plans without a year (on a sheet with years)", () => {
    expect(s.nettoInPeriode).toBe(54);
    expect(s.nettoJaarOnbekend).toBe(5);
    expect(s.perJaar).toEqual({ 2023: 6, 2025: 28, 2027: 10, 2028: 10 });
  });
  it("art. 4.10: hard, soft and unknown status are net homes of all years; opgeleverd is hard and realised", () => {
    expect(s).toMatchObject({ hard: 34, zacht: 20, statusOnbekend: 15, gerealiseerd: 6 });
  });
  it("art. 6: net homes per segment in the period; unknown segment apart", () => {
    expect(s).toMatchObject({
      socialeHuur: 28,
      middenhuur: 6,
      dureKoop: 20,
      betaalbareKoop: 0,
      dureHuur: 0,
      segmentOnbekend: 0,
    });
  });
  it("art. 6: gross homes from 2025 with a known segment, and the affordable ones", () => {
    expect(s).toMatchObject({ segmentBekendVanaf2025: 60, betaalbaarVanaf2025: 40 });
    expect(s.aandeelBetaalbaarVanaf2025).toBeCloseTo(2 / 3, 12);
  });
  it("art. 4.10: the coming five years from the peildatum (2025–2029): all and hard", () => {
    expect(s).toMatchObject({
      komendeVijfJaar: 48,
      hardKomendeVijfJaar: 28,
      vereistKomendeVijfJaar: null,
    });
  });
  it("art. 1c: no aandeel set: no target and no coverage", () => {
    expect(s).toMatchObject({ doel: null, dekking: null });
  });
});

describe("vatSamen: targets, coverage and the region", () => {
  it("art. 4.10: coverage is net in the period ÷ aandeel (1,3 = 130%)", () => {
    const s = samen([dealPlan({ bruto: 1300 })], { instellingen: instellingen({ Emmen: 1000 }) })
      .perGemeente.Emmen;
    expect(s).toMatchObject({ doel: 1000, dekking: 1.3 });
  });
  it("art. 4.10: required production of the coming five years from the jaarschijven", () => {
    const inst = instellingen({ Emmen: { jaarschijven: { 2024: 1, 2025: 2, 2029: 3, 2030: 4 } } });
    expect(
      samen([dealPlan()], { instellingen: inst }).perGemeente.Emmen.vereistKomendeVijfJaar
    ).toBe(5);
  });
  it("art. 3.2: the region adds the deal gemeenten only, and is held against at least 4.177", () => {
    const r = samen([
      dealPlan({ bruto: 10 }),
      dealPlan({ bruto: 7, gemeente: "Coevorden" }),
      maakPlan({ naam: "K", gemeenteTekst: "Assen", bruto: 50 }),
    ]);
    expect(r.regio).toMatchObject({
      plannen: 2,
      netto: 17,
      doel: 4177,
      gemeenten: ["Coevorden", "Emmen"],
    });
    expect(r.regio.dekking).toBeCloseTo(17 / 4177, 12);
    expect(r.perGemeente.Assen).toMatchObject({
      inDeal: false,
      plannen: 1,
      netto: 50,
      doel: null,
      vereistKomendeVijfJaar: null,
    });
  });
  it("a plan without any gemeente is counted under '(gemeente onbekend)'", () => {
    expect(
      samen([maakPlan({ naam: "X", bruto: 3 })]).perGemeente["(gemeente onbekend)"]
    ).toMatchObject({ inDeal: false, plannen: 1 });
  });
  it("art. 3.1: on a sheet without any years all plans count inside the period", () => {
    const s = samen(
      [dealPlan({ opleverjaar: undefined, bruto: 12, segment: "dure koop" })],
      {},
      false
    ).perGemeente.Emmen;
    expect(s).toMatchObject({
      nettoInPeriode: 12,
      nettoJaarOnbekend: 0,
      segmentBekendVanaf2025: 12,
      komendeVijfJaar: 0,
    });
  });
  it("spread spans give fractions, shown to one decimal", () => {
    const s = samen([dealPlan({ bruto: 10, opleverjaar: { van: 2022, tot: 2024 } })]).perGemeente
      .Emmen;
    expect(s.perJaar).toEqual({ 2022: 3.3, 2023: 3.3, 2024: 3.3 });
    expect(s.nettoInPeriode).toBe(10);
  });
  it("an empty check: no gemeenten, a region of zeros", () => {
    const r = vatSamen([], ctx());
    expect(r.perGemeente).toEqual({});
    expect(r.regio).toMatchObject({ plannen: 0, gemeenten: [], doel: 4177, dekking: 0 });
  });
});

describe("samenstelling / cijfersVan", () => {
  it("segment counts become fractions; else the segment, the price's segment, huur/koop or unknown", () => {
    expect(
      samenstelling(maakPlan({ segmentAantallen: { "sociale huur": 6, "dure koop": 2 } }), ctx())
    ).toEqual([
      ["sociale huur", 0.75],
      ["dure koop", 0.25],
    ]);
    expect(samenstelling(maakPlan({ segment: "middenhuur" }), ctx())).toEqual([["middenhuur", 1]]);
    expect(samenstelling(maakPlan({ huurprijs: 700 }), ctx())).toEqual([["sociale huur", 1]]);
    expect(samenstelling(maakPlan({ eigendom: "koop" }), ctx())).toEqual([["koop", 1]]);
    expect(samenstelling(maakPlan(), ctx())).toEqual([["onbekend", 1]]);
  });
  it("the numbers one plan adds", () => {
    const p = dealPlan({ bruto: 20, sloop: 4, opleverjaar: { van: 2024, tot: 2025 } });
    const c = cijfersVan(p, maakBlad([p]), ctx());
    expect(c).toMatchObject({
      gemeente: "Emmen",
      inDeal: true,
      bruto: 20,
      sloop: 4,
      netto: 16,
      nettoInPeriode: 16,
      nettoZonderJaar: 0,
      brutoVanaf2025: 10,
    });
  });
});

describe("plans of the region as a whole", () => {
  it("art. 3.2: a plan for 'Regio Zuidoost Drenthe' is in the deal: it counts for the region, not as outside the deal", () => {
    const r = samen([
      dealPlan({ bruto: 10 }),
      maakPlan({
        naam: "Regionale flexwoningen",
        gemeenteTekst: "Regio Zuidoost Drenthe",
        bruto: 40,
      }),
    ]);
    expect(r.perGemeente["Zuidoost Drenthe"]).toMatchObject({
      inDeal: true,
      plannen: 1,
      netto: 40,
      doel: null,
    });
    expect(r.regio).toMatchObject({ plannen: 2, netto: 50, gemeenten: ["Emmen"] });
  });
});

describe("vatSamen: a plan entered twice", () => {
  it("art. 1d, 3.2: the same plan with the same numbers counts once in the net capacity", () => {
    const a = dealPlan({ naam: "Parkwijk", kern: "Emmen", bruto: 20 });
    const b = dealPlan({ naam: "Parkwijk", kern: "Emmen", bruto: 20 });
    const s = samen([a, b]).perGemeente.Emmen;
    expect(s).toMatchObject({ plannen: 1, bruto: 20, netto: 20, nettoInPeriode: 20 });
  });
  it("art. 1d: the same name with other numbers may be two phases: both count (and a warning says so)", () => {
    const a = dealPlan({ naam: "Parkwijk", kern: "Emmen", bruto: 20 });
    const b = dealPlan({ naam: "Parkwijk", kern: "Emmen", bruto: 30 });
    expect(samen([a, b]).perGemeente.Emmen).toMatchObject({ plannen: 2, bruto: 50 });
  });
});

describe("totals by the deal's definitions: the price decides the segment (art. 1a, 1g)", () => {
  // peildatum 2025-06-01; dealPlan delivers in 2026 (liberalisatiegrens € 932,93)
  const plannen = [
    // label "dure koop", price affordable: counted as betaalbare koop
    dealPlan({ bruto: 10, segment: "dure koop", koopprijs: 340000 }),
    // "middeldure koop" (no deal segment) at € 340.000: betaalbare koop; at € 400.000: dure koop
    dealPlan({ bruto: 4, segmentLabel: "middeldure koop", eigendom: "koop", koopprijs: 340000 }),
    dealPlan({ bruto: 3, segmentLabel: "middeldure koop", eigendom: "koop", koopprijs: 400000 }),
    // "sociale huur" at € 950 in 2026: middenhuur; "middenhuur" at € 812 in 2026: sociale huur
    dealPlan({ bruto: 8, segment: "sociale huur", huurprijs: 950 }),
    dealPlan({ bruto: 5, segment: "middenhuur", huurprijs: 812 }),
    // "vrije sector" without price: not classifiable, out of the ⅔ share
    dealPlan({ bruto: 6, segmentLabel: "vrije sector" }),
  ];
  it("counts each plan in the segment its price gives, and leaves the unclassifiable ones out of the ⅔ share", () => {
    const s = samen(plannen).perGemeente.Emmen;
    expect(s).toMatchObject({
      betaalbareKoop: 14,
      dureKoop: 3,
      socialeHuur: 5,
      middenhuur: 8,
      segmentOnbekend: 6,
      segmentBekendVanaf2025: 30,
      segmentOnbekendVanaf2025: 6,
      betaalbaarVanaf2025: 27,
    });
    expect(s.aandeelBetaalbaarVanaf2025).toBeCloseTo(27 / 30, 10);
  });
  it("with the label's segment 'dure koop' but a betaalbare price, the samenstelling is betaalbare koop", () => {
    expect(samenstelling(plannen[0], ctx())).toEqual([["betaalbare koop", 1]]);
    expect(samenstelling(plannen[5], ctx())).toEqual([["onbekend", 1]]);
  });
});

describe("art. 4.13 and doelgroepen in the summary", () => {
  it("counts flexwoningen and transformatie (column or plantype) per gemeente and region, and net homes per doelgroep", () => {
    const r = samen([
      dealPlan({ bruto: 12, flex: true, doelgroep: "spoedzoekers" }),
      dealPlan({ bruto: 7, transformatie: true, doelgroep: "Starters" }),
      dealPlan({ bruto: 5, plantype: "Transformatie kantoor", doelgroep: " starters " }),
      dealPlan({ bruto: 3, plantype: "uitleg" }),
      dealPlan({
        bruto: 9,
        gemeente: "Coevorden",
        flex: true,
        transformatie: false,
        plantype: "transformatie",
      }),
    ]);
    expect(r.perGemeente.Emmen).toMatchObject({
      flex: 12,
      transformatie: 12,
      doelgroepen: { Spoedzoekers: 12, Starters: 12, "": 3 },
    });
    expect(r.perGemeente.Coevorden).toMatchObject({ flex: 9, transformatie: 0 });
    expect(r.regio).toMatchObject({ flex: 21, transformatie: 12 });
  });
});

describe("planstatus hard/zacht: the reading is a setting", () => {
  const plannen = ["1A", "1B", "1C", "2A", "2B", "2C", "3", "4A", "vergund", "opgeleverd"].map(
    (status) => dealPlan({ bruto: 1, planstatus: status })
  );
  it("ruim (default): 1A–2C, vergund and opgeleverd are hard; 3 and 4 soft", () => {
    expect(samen(plannen).perGemeente.Emmen).toMatchObject({ hard: 8, zacht: 2 });
  });
  it("streng: 1B, 1C, 2B and 2C (uitwerkingsplicht, wijzigingsbevoegdheid) are soft", () => {
    const s = samen(plannen, {
      instellingen: { gemeenten: {}, hardheid: "streng" },
    }).perGemeente.Emmen;
    expect(s).toMatchObject({ hard: 4, zacht: 6, hardKomendeVijfJaar: 4 });
  });
});
