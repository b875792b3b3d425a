import { brutoVan, nettoVan } from "../../src/planlijst/plan";
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
