import {
  ERNST_LABEL,
  ERNST_VOLGORDE,
  aantal,
  euro,
  maakBevinding,
  procent,
} from "../../src/rules/bevinding";
import { REGELS } from "../../src/rules/regels";

describe("euro / aantal / procent: Dutch number formats in messages", () => {
  it.each([
    [355000, "€ 355.000"],
    [763.47, "€ 763,47"],
    [1000, "€ 1.000"],
    [1000.5, "€ 1.000,50"],
    [1123.13, "€ 1.123,13"],
    [640, "€ 640"],
    [0.3, "€ 0,30"],
    [2500000, "€ 2.500.000"],
    [355000.00000000006, "€ 355.000"],
    [763.4699999999, "€ 763,47"],
  ])("euro(%d) = %s", (n, tekst) => {
    expect(euro(n)).toBe(tekst);
  });
  it.each([
    [4177, "4.177"],
    [1041, "1.041"],
    [16.9, "16,9"],
    [16.94, "16,9"],
    [0, "0"],
    [-45, "-45"],
  ])("aantal(%d) = %s", (n, tekst) => {
    expect(aantal(n)).toBe(tekst);
  });
  it.each([
    [2 / 3, "66,7%"],
    [1.3, "130%"],
    [0.75, "75%"],
    [19 / 29, "65,5%"],
  ])("procent(%d) = %s", (n, tekst) => {
    expect(procent(n)).toBe(tekst);
  });
});

describe("maakBevinding: the one way findings are made", () => {
  it("takes code, severity and article from the rule and the place from the plan", () => {
    const b = maakBevinding(
      REGELS.prijsSegment,
      { sheet: "Emmen", row: 7, column: "K", field: "koopprijs", gemeente: "Emmen" },
      "tekst",
      {
        value: 355001,
        limit: 355000,
      }
    );
    expect(b).toEqual({
      rule: "prijs-segment",
      severity: "error",
      article: "art. 1a",
      sheet: "Emmen",
      row: 7,
      column: "K",
      field: "koopprijs",
      gemeente: "Emmen",
      value: 355001,
      limit: 355000,
      message: "tekst",
    });
  });
  it("leaves out what is not given (no undefined keys)", () => {
    const b = maakBevinding(REGELS.regioOnvolledig, {}, "m");
    expect(Object.keys(b).sort()).toEqual(["article", "message", "rule", "severity"]);
  });
  it("a severity given for one finding overrides the rule's", () => {
    expect(maakBevinding(REGELS.onleesbareCel, {}, "m", { severity: "warning" }).severity).toBe(
      "warning"
    );
  });
  it("cell values become plain values: error objects their text, dates ISO, null stays null", () => {
    expect(maakBevinding(REGELS.onleesbareCel, {}, "m", { value: { fout: "#REF!" } }).value).toBe(
      "#REF!"
    );
    expect(
      maakBevinding(REGELS.onleesbareCel, {}, "m", { value: new Date(Date.UTC(2025, 6, 1)) }).value
    ).toBe("2025-07-01");
    expect(maakBevinding(REGELS.onleesbareCel, {}, "m", { value: null }).value).toBeNull();
    expect(maakBevinding(REGELS.onleesbareCel, {}, "m", { value: false }).value).toBe(false);
  });
  it("severity order and Dutch labels", () => {
    expect(ERNST_VOLGORDE).toEqual({ error: 0, warning: 1, info: 2 });
    expect(ERNST_LABEL).toEqual({ error: "fout", warning: "waarschuwing", info: "ter informatie" });
  });
});
