import { LEGE_INSTELLINGEN } from "../../src/deal/instellingen";
import { maakContext, toetsOptiesVan, vandaag } from "../../src/rules/context";
import { instellingen } from "../fixtures/plannen";

describe("maakContext", () => {
  it("peildatum and its year; the deal's 2022 limits by default; empty settings", () => {
    const c = maakContext({ peildatum: "2025-06-01" });
    expect(c).toMatchObject({
      peildatum: "2025-06-01",
      peiljaar: 2025,
      instellingen: LEGE_INSTELLINGEN,
    });
    expect(c.grenzen.koop).toBe(355000);
    expect("grensjaar" in c).toBe(false);
  });
  it("a grensjaar picks that year's national limits", () => {
    const c = maakContext({ peildatum: "2025-06-01", grensjaar: 2024 });
    expect(c.grensjaar).toBe(2024);
    expect(c.grenzen).toMatchObject({ koop: 390000, socialeHuur: 879.66, huur: 1123.13 });
  });
  it("settings are passed on; without a peildatum, today", () => {
    const inst = instellingen({ Emmen: 10 });
    expect(maakContext({ instellingen: inst }).instellingen).toBe(inst);
    expect(maakContext().peildatum).toBe(vandaag());
    expect(vandaag()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("toetsOptiesVan: stored settings → options of a check", () => {
  it("passes the deal, the peildatum and the grensjaar; leaves out what is not set", () => {
    const deal = instellingen({ Emmen: 10 });
    expect(toetsOptiesVan({ deal, peildatum: "2026-11-27", grensjaar: 2024 })).toEqual({
      instellingen: deal,
      peildatum: "2026-11-27",
      grensjaar: 2024,
    });
    const zonder = toetsOptiesVan({ deal });
    expect(zonder).toEqual({ instellingen: deal });
    expect("peildatum" in zonder || "grensjaar" in zonder).toBe(false);
    // An empty peildatum means "today", not a date.
    expect(toetsOptiesVan({ deal, peildatum: "" })).toEqual({ instellingen: deal });
    expect(maakContext(toetsOptiesVan({ deal, peildatum: "2025-03-01" })).peiljaar).toBe(2025);
  });
});
