/**
 * A number the reader had to interpret is reported where it stands (issue: wrong numbers
 * without a finding): an estimate, a unit, an ambiguous comma, English notation, a range.
 * Plain numbers, dates and years are not.
 */
import { leesBlad } from "../../src/planlijst/lezer";
import { geradenGetal } from "../../src/planlijst/waarden";
import { toets } from "../../src/rules/toets";

describe("geradenGetal", () => {
  it.each([
    ["ca. 20", "een schatting; het getal zelf telt"],
    ["± 12 woningen", "een schatting; het getal zelf telt"],
    ["355k", "een getal met een eenheid (k, ton, mln), omgerekend"],
    ["3,5 ton", "een getal met een eenheid (k, ton, mln), omgerekend"],
    ["€ 300.000 - € 350.000", "een bereik; de hoogste waarde telt"],
    ["300k tot 350k", "een bereik; de hoogste waarde telt"],
    ["1,050.00", "Engelse schrijfwijze (komma voor duizendtallen)"],
    [
      "1,050",
      "een komma voor precies drie cijfers: gelezen als decimaalteken (Nederlands), niet als duizendtallen",
    ],
  ])("%s: %s", (tekst, uitleg) => {
    expect(geradenGetal(tekst)).toBe(uitleg);
  });
  it.each([["20"], ["€ 355.000"], ["355.000,-"], ["763,47"], ["1.050"], ["-€ 32.000"], [355000]])(
    "%s is plain",
    (v) => {
      expect(geradenGetal(v)).toBeUndefined();
    }
  );
  it("is linear on long hostile text (capped before any expression runs)", () => {
    expect(geradenGetal("1" + " ".repeat(100_000) + "k")).toBeUndefined();
  });
});

describe("getal-geraden: an info finding at the cell, the number still counts", () => {
  const blad = leesBlad("Emmen", [
    ["Plannaam", "Gemeente", "Aantal", "Koopprijs", "Oplevering"],
    ["Schatting", "Emmen", "ca. 20", 300000, 2027],
    ["Ton", "Emmen", 10, "3,5 ton", 2027],
    ["Komma", "Emmen", "1,050", 320000, 2027],
    ["Gewoon", "Emmen", 8, "€ 355.000", "2027-2028"],
  ]);
  const r = toets([blad], { peildatum: "2026-11-29" });
  const geraden = r.bevindingen.filter((f) => f.rule === "getal-geraden");

  it("names the cell, the field, the text and what was read, as info", () => {
    expect(geraden.map((f) => [f.severity, `${f.column}${f.row}`, f.field, f.value])).toEqual([
      ["info", "C2", "bruto", "ca. 20"],
      ["info", "D3", "koopprijs", "3,5 ton"],
      ["info", "C4", "bruto", "1,050"],
    ]);
    expect(geraden[1].message).toBe(
      'Cel D3 (koopprijs) "3,5 ton" is als getal gelezen: een getal met een eenheid (k, ton, mln), omgerekend. Klopt dat niet, vul dan het getal zelf in.'
    );
  });
  it("the numbers count as read", () => {
    expect(blad.plannen.map((p) => [p.bruto, p.koopprijs])).toEqual([
      [20, 300000],
      [10, 350000],
      [1.05, 320000],
      [8, 355000],
    ]);
  });
});
