import { socialeHuurgrens, prijsgrenzen } from "../../src/deal/parameters";
import {
  aantal,
  bronTekst,
  celTekst,
  datumNl,
  ernstTelling,
  euro,
  jaNee,
  plaatsVan,
  plannenTekst,
  procent,
  telling,
} from "../../src/rapport/opmaak";

describe("datumNl: one Dutch date everywhere", () => {
  test.each([
    ["2026-11-29", "29 november 2026"],
    ["2022-01-01", "1 januari 2022"],
    ["2025-06-01", "1 juni 2025"],
    ["2024-02-29", "29 februari 2024"],
  ])("%s → %s", (iso, nl) => expect(datumNl(iso)).toBe(nl));

  test("text that is not an ISO date is left as it is", () => {
    for (const t of ["", "2026-13-01", "2026-00-10", "2026-01-00", "29-11-2026", "2026-1-1"])
      expect(datumNl(t)).toBe(t);
  });
});

describe("numbers", () => {
  test("euros, counts and percentages the Dutch way", () => {
    expect(euro(355000)).toBe("€ 355.000");
    expect(euro(763.47)).toBe("€ 763,47");
    expect(aantal(4177)).toBe("4.177");
    expect(aantal(12.25)).toBe("12,3");
    expect(procent(2 / 3)).toBe("66,7%");
  });

  test("a count of findings names the severity, singular or plural", () => {
    expect(ernstTelling(1, "error")).toBe("1 fout");
    expect(ernstTelling(1204, "warning")).toBe("1.204 waarschuwingen");
    expect(ernstTelling(1, "info")).toBe("1 melding ter informatie");
    expect(ernstTelling(0, "info")).toBe("0 meldingen ter informatie");
  });

  test("ja/nee, empty when unknown", () => {
    expect([jaNee(true), jaNee(false), jaNee(null), jaNee(undefined)]).toEqual([
      "ja",
      "nee",
      "",
      "",
    ]);
  });
});

describe("bronTekst", () => {
  test("document, article and reference, what there is of them", () => {
    expect(bronTekst(prijsgrenzen().bronnen.koop)).toBe(
      "Regionale woondeal Zuidoost Drenthe (21 december 2022), art. 1a"
    );
    expect(bronTekst({ document: "Wet op de huurtoeslag", verwijzing: "Stcrt. 2025" })).toBe(
      "Wet op de huurtoeslag, Stcrt. 2025"
    );
    expect(bronTekst(socialeHuurgrens.waarden[0].bron)).toMatch(/^liberalisatiegrens 2022: /);
  });
});

describe("a finding's place", () => {
  test("the cell: C12, rij 12 for a whole row, nothing without a row", () => {
    expect(celTekst({ sheet: "Blad", row: 12, column: "C" })).toBe("C12");
    expect(celTekst({ sheet: "Blad", row: 12 })).toBe("rij 12");
    expect(celTekst({ sheet: "Blad" })).toBe("");
    expect(celTekst({ gemeente: "Emmen" })).toBe("");
  });

  test("in running text: with the sheet, else the gemeente, else the workbook", () => {
    expect(plaatsVan({ sheet: "Planlijst Emmen", row: 11, column: "J" })).toBe(
      "Planlijst Emmen!J11"
    );
    expect(plaatsVan({ sheet: "Planlijst Emmen", row: 11 })).toBe("Planlijst Emmen rij 11");
    expect(plaatsVan({ sheet: "Toelichting" })).toBe("Toelichting");
    expect(plaatsVan({ gemeente: "Emmen" })).toBe("Emmen");
    expect(plaatsVan({})).toBe("werkmap");
  });
});

describe("telling / plannenTekst: a count with its noun in the right number", () => {
  it("one plan, several plans, with Dutch thousands", () => {
    expect(plannenTekst(1)).toBe("1 plan");
    expect(plannenTekst(0)).toBe("0 plannen");
    expect(plannenTekst(20000)).toBe("20.000 plannen");
    expect(telling(1, "gemeente", "gemeenten")).toBe("1 gemeente");
    expect(telling(3, "gemeente", "gemeenten")).toBe("3 gemeenten");
  });
});
