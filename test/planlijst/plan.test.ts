import {
  brutoVan,
  celVanVeld,
  isRijVan,
  naamCelVan,
  nettoVan,
  rijenVan,
} from "../../src/planlijst/plan";
import { maakPlan } from "../fixtures/plannen";

describe("nettoVan: net addition of a plan (art. 1k, 3.2)", () => {
  it("art. 3.2: the row's own netto wins", () => {
    expect(nettoVan(maakPlan({ bruto: 40, sloop: 12, nettoOpgegeven: 30 }))).toBe(30);
  });
  it("art. 3.2: else bruto − sloop", () => {
    expect(nettoVan(maakPlan({ bruto: 40, sloop: 12 }))).toBe(28);
    expect(nettoVan(maakPlan({ bruto: 40 }))).toBe(40);
    expect(nettoVan(maakPlan({ bruto: 0, sloop: 45 }))).toBe(-45);
  });
  it("art. 3.2: else the jaarschijven minus sloop", () => {
    expect(
      nettoVan(
        maakPlan({
          sloop: 2,
          schijven: [
            [2025, 5],
            [2026, 7],
          ],
        })
      )
    ).toBe(10);
  });
  it("no numbers at all: 0", () => {
    expect(nettoVan(maakPlan())).toBe(0);
  });
});

describe("brutoVan", () => {
  it("bruto as written, else the jaarschijven, else netto + sloop, else 0", () => {
    expect(brutoVan(maakPlan({ bruto: 40, schijven: [[2025, 1]] }))).toBe(40);
    expect(
      brutoVan(
        maakPlan({
          schijven: [
            [2025, 5],
            ["onbekend", 7],
          ],
        })
      )
    ).toBe(12);
    expect(brutoVan(maakPlan({ nettoOpgegeven: 28, sloop: 12 }))).toBe(40);
    expect(brutoVan(maakPlan())).toBe(0);
  });
});

describe("celVanVeld: where a field of a plan is", () => {
  it("a list row: the field's column on the plan's row; no column, no column", () => {
    const plan = maakPlan({ rij: 7, velden: [], kolommen: { naam: "B", planstatus: "E" } });
    expect(celVanVeld(plan, "planstatus")).toEqual({ rij: 7, kolom: "E" });
    expect(celVanVeld(plan, "opleverjaar")).toEqual({ rij: 7 });
    expect(celVanVeld(plan)).toEqual({ rij: 7 });
    expect(naamCelVan(plan)).toEqual({ rij: 7, kolom: "B" });
    expect(rijenVan(plan)).toEqual([7]);
  });
  it("a plan with fields on rows of their own (Planmonitor): each at its own row", () => {
    const plan = maakPlan({
      rij: 15,
      velden: [],
      kolommen: { naam: "B", gemeente: "B", bruto: "B" },
      rijen: { naam: 1, gemeente: 3, bruto: 15 },
    });
    expect(celVanVeld(plan, "gemeente")).toEqual({ rij: 3, kolom: "B" });
    expect(naamCelVan(plan)).toEqual({ rij: 1, kolom: "B" });
    expect(celVanVeld(plan)).toEqual({ rij: 15 });
    expect(rijenVan(plan).sort((a, b) => a - b)).toEqual([1, 3, 15, 15]);
    expect([1, 3, 15, 2].map((r) => isRijVan(plan, r))).toEqual([true, true, true, false]);
  });
});
