import {
  BEVINDING_KOLOMMEN,
  BEVINDING_KOPPEN,
  CEL_KOLOM,
  MELDING_KOLOM,
  bevindingFormaten,
  bevindingRij,
  celLink,
} from "../../src/rapport/bevindingentabel";
import { plekAdres } from "../../src/rapport/raster";
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

describe("links to a finding's place", () => {
  test("plekAdres: a cell, a whole row, nothing for a place Excel has not", () => {
    expect(plekAdres(12, "C")).toBe("C12");
    expect(plekAdres(12, "XFD")).toBe("XFD12");
    expect(plekAdres(12)).toBe("12:12");
    for (const [rij, kolom] of [
      [undefined, "C"],
      [0, "C"],
      [1.5, "C"],
      [1_048_577, "C"],
      [3, "c"],
      [3, "=A"],
      [3, "ABCD"],
    ] as const)
      expect(plekAdres(rij, kolom)).toBeUndefined();
  });

  test("celLink: from the Cel column to the cell, under the given sheet name; none without sheet or row", () => {
    expect(celLink(4, prijs)).toEqual({
      rij: 4,
      kolom: CEL_KOLOM,
      blad: "Planlijst Emmen",
      adres: "J11",
      tekst: "J11",
    });
    expect(celLink(4, { ...prijs, column: undefined }, "Blad 'x'", 7)).toEqual({
      rij: 4,
      kolom: 7,
      blad: "Blad 'x'",
      adres: "11:11",
      tekst: "rij 11",
    });
    expect(celLink(4, { ...prijs, sheet: undefined })).toBeUndefined();
    expect(celLink(4, { ...prijs, row: undefined })).toBeUndefined();
  });
});
