import {
  BEVINDING_KOLOMMEN,
  BEVINDING_KOPPEN,
  CEL_KOLOM,
  MELDING_KOLOM,
  bevindingFormaten,
  bevindingRij,
} from "../../src/rapport/bevindingentabel";
import { Bevinding } from "../../src/rules/bevinding";

const prijs: Bevinding = {
  rule: "prijs-segment",
  severity: "error",
  article: "art. 1a",
  sheet: "Planlijst Emmen",
  row: 11,
  column: "J",
  field: "koopprijs",
  value: 375000,
  limit: 355000,
  gemeente: "Emmen",
  message: "Betaalbare koop kost volgens art. 1a ten hoogste € 355.000.",
};

describe("the findings table, defined once", () => {
  test("one column order for the CSV, the report sheet and the CLI", () => {
    expect(BEVINDING_KOPPEN).toEqual([
      "Ernst",
      "Artikel",
      "Regel",
      "Titel",
      "Blad",
      "Cel",
      "Veld",
      "Gemeente",
      "Waarde",
      "Grens",
      "Melding",
    ]);
    expect(BEVINDING_KOPPEN[CEL_KOLOM]).toBe("Cel");
    expect(MELDING_KOLOM).toBe(BEVINDING_KOPPEN.length - 1);
    for (const k of BEVINDING_KOLOMMEN) expect(k.breedte).toBeGreaterThan(0);
  });

  test("a finding at a cell: every column filled, numbers kept as numbers", () => {
    expect(bevindingRij(prijs)).toEqual([
      "fout",
      "art. 1a",
      "prijs-segment",
      "Prijs past niet bij het segment",
      "Planlijst Emmen",
      "J11",
      "koopprijs",
      "Emmen",
      375000,
      355000,
      prijs.message,
    ]);
    const formaten = bevindingFormaten(prijs);
    expect(formaten[8]).toBe("General");
    expect(formaten.filter((f, i) => i !== 8 && i !== 9).every((f) => f === "@")).toBe(true);
  });

  test("a finding about a gemeente: no place; text values and booleans are text", () => {
    const f: Bevinding = {
      rule: "aandeel-ontbreekt",
      severity: "info",
      article: "bijlage 3",
      gemeente: "Emmen",
      value: true,
      limit: "1A–2C",
      message: "x",
    };
    const rij = bevindingRij(f);
    expect(rij.slice(4, 10)).toEqual(["", "", "", "Emmen", "ja", "1A–2C"]);
    expect(bevindingFormaten(f).slice(8, 10)).toEqual(["@", "@"]);
    // A code the registry does not know has no title (the code itself is in Regel).
    expect(bevindingRij({ ...f, rule: "onbekend" })[3]).toBe("");
  });
});
