import { begrensd, leveringVan, somInJaren, somInPeriode } from "../../src/rules/levering";
import { maakPlan } from "../fixtures/plannen";

const perJaar = (m: Map<number, number>) =>
  Object.fromEntries([...m].map(([j, n]) => [j, Math.round(n * 1e9) / 1e9 + 0]));

describe("leveringVan: homes per delivery year", () => {
  it("one opleverjaar: all homes in that year, net and gross", () => {
    const l = leveringVan(
      maakPlan({ bruto: 40, sloop: 12, opleverjaar: { van: 2025, tot: 2025 } })
    );
    expect(perJaar(l.brutoPerJaar)).toEqual({ 2025: 40 });
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2025: 28 });
    expect(l.nettoZonderJaar).toBe(0);
  });
  it("a span is spread evenly: 5 homes over 2023–2024 is 2,5 a year", () => {
    const l = leveringVan(maakPlan({ bruto: 5, opleverjaar: { van: 2023, tot: 2024 } }));
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2023: 2.5, 2024: 2.5 });
  });
  it("10 homes over three years give thirds that add up to 10 again", () => {
    const l = leveringVan(maakPlan({ bruto: 10, opleverjaar: { van: 2022, tot: 2024 } }));
    expect(l.nettoPerJaar.get(2022)).toBeCloseTo(10 / 3, 12);
    expect(somInPeriode(l.nettoPerJaar)).toBeCloseTo(10, 12);
  });
  it("jaarschijven: net in the plan's net/gross ratio (30 gross, 6 sloop → 0,8)", () => {
    const l = leveringVan(
      maakPlan({
        bruto: 30,
        sloop: 6,
        schijven: [
          [2022, 10],
          [2023, 20],
        ],
      })
    );
    expect(perJaar(l.brutoPerJaar)).toEqual({ 2022: 10, 2023: 20 });
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2022: 8, 2023: 16 });
  });
  it("a period jaarschijf is spread over its years; '2020-2024' puts 3/5 inside 2022–2030", () => {
    const l = leveringVan(maakPlan({ schijven: [[[2020, 2024], 10]] }));
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2020: 2, 2021: 2, 2022: 2, 2023: 2, 2024: 2 });
    expect(somInPeriode(l.nettoPerJaar)).toBe(6);
  });
  it("an open end ('2030+') is read as the decade from its first year", () => {
    expect(begrensd({ van: 2030, tot: 2100 })).toEqual({ van: 2030, tot: 2039 });
    expect(begrensd({ van: 2025, tot: 2029 })).toEqual({ van: 2025, tot: 2029 });
    const l = leveringVan(maakPlan({ schijven: [[[2030, 2100], 20]] }));
    expect(somInPeriode(l.nettoPerJaar)).toBe(2);
    expect(somInJaren(l.nettoPerJaar, 2030, 2039)).toBe(20);
  });
  it("an opleverjaar '2030+' read from a sheet is spread the same way", () => {
    const l = leveringVan(maakPlan({ bruto: 20, opleverjaar: { van: 2030, tot: 2100 } }));
    expect(somInPeriode(l.nettoPerJaar)).toBe(2);
  });
  it("a jaarschijf of unknown years and a plan without year have homes without a year", () => {
    const l = leveringVan(
      maakPlan({
        bruto: 15,
        schijven: [
          [2025, 10],
          ["onbekend", 5],
        ],
      })
    );
    expect(l.nettoZonderJaar).toBe(5);
    expect(l.brutoZonderJaar).toBe(5);
    const z = leveringVan(maakPlan({ bruto: 7, sloop: 2 }));
    expect(z).toEqual({
      nettoPerJaar: new Map(),
      brutoPerJaar: new Map(),
      nettoZonderJaar: 5,
      brutoZonderJaar: 7,
    });
  });
  it("jaarschijven win over an opleverjaar", () => {
    const l = leveringVan(
      maakPlan({ bruto: 10, opleverjaar: { van: 2029, tot: 2029 }, schijven: [[2025, 10]] })
    );
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2025: 10 });
  });
  it("jaarschijven adding up to 0 carry no net homes (no division by zero)", () => {
    const l = leveringVan(
      maakPlan({
        bruto: 10,
        schijven: [
          [2025, 5],
          [2026, -5],
        ],
      })
    );
    expect(perJaar(l.nettoPerJaar)).toEqual({ 2025: 0, 2026: 0 });
  });
});

describe("somInJaren / somInPeriode", () => {
  const m = new Map([
    [2021, 1],
    [2022, 2],
    [2030, 4],
    [2031, 8],
  ]);
  it("art. 3.1: only 2022 up to and including 2030 count", () => {
    expect(somInPeriode(m)).toBe(6);
    expect(somInJaren(m, 2021, 2031)).toBe(15);
    expect(somInJaren(m, 2023, 2029)).toBe(0);
  });
});
