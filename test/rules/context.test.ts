import { LEGE_INSTELLINGEN } from "../../src/deal/instellingen";
import { maakContext, vandaag } from "../../src/rules/context";
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
