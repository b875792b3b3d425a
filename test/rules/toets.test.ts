import { Raster } from "../../src/planlijst/cel";
import { leesBlad } from "../../src/planlijst/lezer";
import { Bevinding } from "../../src/rules/bevinding";
import { sorteerBevindingen, telErnst, toets, toetsPlannen } from "../../src/rules/toets";
import { ctx, dealPlan, maakBlad, maakPlan } from "../fixtures/plannen";
import { emmenMetTitels, kopRij, planRij } from "../fixtures/rasters";

describe("toets: one report", () => {
  it("carries the peildatum, the limits used and, when asked, the grensjaar", () => {
    const r = toets([maakBlad([dealPlan()])], { peildatum: "2025-06-01", grensjaar: 2025 });
    expect(r.peildatum).toBe("2025-06-01");
    expect(r.grensjaar).toBe(2025);
    expect(r.grenzen.koop).toBe(405000);
    const zonder = toets([maakBlad([dealPlan()])], { peildatum: "2025-06-01" });
    expect("grensjaar" in zonder).toBe(false);
    expect(zonder.grenzen.koop).toBe(355000);
  });
  it("without a peildatum it uses today", () => {
    expect(toets([]).peildatum).toBe(new Date().toISOString().slice(0, 10));
  });
  it("lists the deal gemeenten with plans and counts plans outside the deal", () => {
    const r = toets(
      [
        maakBlad([
          dealPlan({ gemeente: "Coevorden" }),
          dealPlan(),
          maakPlan({ naam: "X", gemeenteTekst: "Assen", bruto: 3 }),
          maakPlan({ naam: "Y", gemeenteTekst: "Assen", bruto: 1 }),
        ]),
      ],
      { peildatum: "2025-06-01" }
    );
    expect(r.dealGemeenten).toEqual(["Coevorden", "Emmen"]);
    expect(r.plannenBuitenDeal).toBe(2);
  });
  it("checks only sheets that are planlijsten but keeps every sheet in the report", () => {
    const geen = { ...maakBlad([dealPlan({ bruto: -1 })]), naam: "Begroting", isPlanlijst: false };
    const r = toets([geen], { peildatum: "2025-06-01" });
    expect(r.bladen).toEqual([geen]);
    expect(r.bevindingen).toEqual([]);
  });
  it("an empty check gives no findings and an empty summary", () => {
    const r = toets([], { peildatum: "2025-06-01" });
    expect(r.bevindingen).toEqual([]);
    expect(r.dealGemeenten).toEqual([]);
    expect(r.samenvatting.perGemeente).toEqual({});
  });
  it("sorts findings by sheet, row, then severity; findings without a sheet come last", () => {
    const r = toets(
      [
        maakBlad([
          dealPlan({ rij: 9, planstatus: "3" }),
          dealPlan({ rij: 3, gemeente: undefined, gemeenteTekst: "Emen" }),
        ]),
      ],
      { peildatum: "2025-06-01" }
    );
    const plaats = r.bevindingen.map((f) => [f.row ?? null, f.severity]);
    expect(plaats[0]).toEqual([3, "error"]);
    const metBlad = r.bevindingen.filter((f) => f.sheet !== undefined).length;
    expect(r.bevindingen.slice(metBlad).every((f) => f.sheet === undefined)).toBe(true);
    const rijen = r.bevindingen.slice(0, metBlad).map((f) => f.row ?? 0);
    expect([...rijen].sort((a, b) => a - b)).toEqual(rijen);
  });
});

describe("sorteerBevindingen / telErnst / toetsPlannen", () => {
  const b = (
    sheet: string | undefined,
    row: number | undefined,
    severity: Bevinding["severity"]
  ): Bevinding => ({
    rule: "x",
    severity,
    article: "art. 1a",
    message: "",
    ...(sheet !== undefined ? { sheet } : {}),
    ...(row !== undefined ? { row } : {}),
  });
  it("orders sheets the Dutch way, rows numerically, errors before warnings before info", () => {
    const lijst = [
      b(undefined, undefined, "info"),
      b("Zuid", 2, "info"),
      b("emmen", 10, "warning"),
      b("emmen", 2, "info"),
      b("emmen", 2, "error"),
      b("Aa", 100, "warning"),
    ];
    expect(sorteerBevindingen(lijst).map((x) => `${x.sheet}:${x.row}:${x.severity}`)).toEqual([
      "Aa:100:warning",
      "emmen:2:error",
      "emmen:2:info",
      "emmen:10:warning",
      "Zuid:2:info",
      "undefined:undefined:info",
    ]);
  });
  it("counts findings per severity", () => {
    expect(telErnst([b("a", 1, "error"), b("a", 1, "error"), b("a", 1, "info")])).toEqual({
      error: 2,
      warning: 0,
      info: 1,
    });
  });
  it("toetsPlannen gives the row findings of a sheet's plans only (no totals, no duplicates)", () => {
    const blad = maakBlad([
      dealPlan({ naam: "A" }),
      dealPlan({ naam: "A", gemeente: undefined, gemeenteTekst: "Assen" }),
    ]);
    const f = toetsPlannen(blad, ctx());
    expect(f.map((x) => x.rule)).toEqual(["gemeente-buiten-deal"]);
  });
});

describe("performance: a 100,000-row planlijst", () => {
  it("reads and checks 100,000 rows with 190,000 findings without overflowing the call stack", () => {
    const gemeenten = ["Emmen", "Coevorden", "Aa en Hunze", "Borger-Odoorn", "Assen", "Emen"];
    const raster: Raster = [
      kopRij(
        "Projectnaam",
        "Gemeente",
        "Kern",
        "Aantal",
        "Sloop",
        "Segment",
        "Koopprijs",
        "Huurprijs",
        "Planstatus",
        "Oplevering"
      ),
    ];
    for (let i = 0; i < 100000; i++) {
      raster.push(
        planRij(
          `Plan ${i}`,
          gemeenten[i % 6],
          i % 7 === 0 ? "" : "Emmen",
          10 + (i % 5),
          i % 3 ? 0 : -2,
          ["SH", "MH", "BK", "DK", "VSH"][i % 5],
          i % 5 >= 2 ? 300000 + i : null,
          i % 5 < 2 ? 700 + (i % 400) : null,
          ["1A", "2B", "3", "4A", "Onbekend"][i % 5],
          2020 + (i % 12)
        )
      );
    }
    // CPU time of this process, not wall time: the machine is shared.
    const t0 = process.cpuUsage();
    const blad = leesBlad("Lijst", raster);
    const r = toets([blad], { peildatum: "2025-06-01" });
    const { user, system } = process.cpuUsage(t0);
    const ms = (user + system) / 1000;
    expect(blad.plannen).toHaveLength(100000);
    expect(r.bevindingen.length).toBeGreaterThan(150000);
    expect(r.samenvatting.perGemeente.Emmen.plannen).toBe(16667);
    expect(ms).toBeLessThan(15000);
  }, 120000);
});

describe("toets: regional plans", () => {
  it("a plan of 'Zuidoost Drenthe' gets no gemeente finding and is not counted as outside the deal", () => {
    const r = toets(
      [
        maakBlad([
          maakPlan({
            naam: "Flex",
            gemeenteTekst: "Zuidoost Drenthe",
            bruto: 40,
            planstatus: "1A",
            opleverjaar: { van: 2026, tot: 2026 },
          }),
        ]),
      ],
      {
        peildatum: "2025-06-01",
      }
    );
    expect(r.plannenBuitenDeal).toBe(0);
    expect(r.bevindingen.filter((f) => f.rule.startsWith("gemeente"))).toEqual([]);
  });
});

describe("toets: Emmen's list from title rows to summary", () => {
  const r = toets([leesBlad("Emmen 2023", emmenMetTitels())], { peildatum: "2025-06-01" });
  it("gives each finding at its cell, sorted by row, then the gemeente and region findings", () => {
    expect(
      r.bevindingen.map((f) => [f.rule, `${f.column ?? ""}${f.row ?? ""}`, f.severity, f.article])
    ).toEqual([
      // DK at € 350.000 is betaalbare koop by its price (art. 1a)
      ["segment-onderschat", "I9", "warning", "art. 1a"],
      // "3,5 ton" read as € 350.000: said where it stands
      ["getal-geraden", "I9", "info", "art. 1d"],
      // MH at € 763,48 delivered in 2024 is below that year's liberalisatiegrens (€ 879,66)
      ["prijs-segment", "J10", "warning", "art. 1g"],
      // soft plans due in 2027 and 2028: no art. 4.9 finding (only plans due through 2024)
      ["pm-plan", "D12", "warning", "art. 4.9, 11.2"],
      ["geen-opleverjaar", "L14", "warning", "art. 3.1"],
      ["planstatus-onbekend", "K14", "warning", "art. 4.10"],
      ["aandeel-niet-ingesteld", "", "info", "art. 1c, bijlage 3"],
      // no bijlage 3 jaarschijven: art. 4.10's hard capacity is context
      ["harde-capaciteit-stand", "", "info", "art. 4.10"],
      ["regio-onvolledig", "", "info", "art. 3.2"],
    ]);
    expect(r.bevindingen.every((f) => f.sheet === undefined || f.sheet === "Emmen 2023")).toBe(
      true
    );
  });
  it("sums Emmen's plans (subtotal and total rows left out), each in the segment its price gives", () => {
    expect(r.samenvatting.perGemeente.Emmen).toMatchObject({
      plannen: 6,
      bruto: 1172,
      sloop: 62,
      netto: 1110,
      nettoInPeriode: 1094,
      nettoJaarOnbekend: 16,
      hard: 1052,
      zacht: 42,
      statusOnbekend: 16,
      // EM-04 "MH" at € 763,48 in 2024: sociale huur; EM-03 "DK" at € 350.000: betaalbare koop
      socialeHuur: 1028,
      middenhuur: 0,
      betaalbareKoop: 36,
      dureKoop: 0,
      segmentOnbekend: 30,
      segmentBekendVanaf2025: 76,
      segmentOnbekendVanaf2025: 30,
      betaalbaarVanaf2025: 76,
      doelgroepen: { "": 42, Ouderen: 1000, Spoedzoekers: 28, Starters: 24 },
      komendeVijfJaar: 94,
      hardKomendeVijfJaar: 52,
      perJaar: { 2024: 1000, 2025: 38, 2026: 14, 2027: 12, 2028: 30 },
    });
    expect(r.dealGemeenten).toEqual(["Emmen"]);
  });
});
