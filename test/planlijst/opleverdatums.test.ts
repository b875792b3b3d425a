/**
 * Layout D, the DIWI import template: its ten "Opleverdatum" columns (fixture
 * test/data/layouts/d-diwi-import.xlsx). A date in the sub-header and a count in the cell is a
 * delivery in parts, read as jaarschijven; a filled column the check cannot use is a finding at
 * its header, never dropped in silence.
 */
import * as path from "path";
import { leesXlsx } from "../../src/cli/xlsx";
import { Cel } from "../../src/planlijst/cel";
import { leesBlad, leesWerkmap } from "../../src/planlijst/lezer";
import { leveringVan } from "../../src/rules/levering";
import { toetsKolommen } from "../../src/rules/kolomregels";
import { toets } from "../../src/rules/toets";

const BESTAND = path.join(__dirname, "..", "data", "layouts", "d-diwi-import.xlsx");
const _ = null;
const datum = (jaar: number, maand = 7) => new Date(Date.UTC(jaar, maand - 1, 1));

describe("DIWI: Opleverdatum columns with a date in the sub-header", () => {
  it("each count is a jaarschijf of its sub-header's year; the deal counts the homes per year", async () => {
    const { bladen } = leesWerkmap(await leesXlsx(BESTAND));
    const blad = bladen.find((b) => b.naam === "Projecten")!;
    const schijven = blad.kolommen.filter((k) => k.betekenis.soort === "jaarschijf");
    expect(schijven.map((k) => [k.letters, k.betekenis])).toEqual([
      ["K", { soort: "jaarschijf", van: 2025, tot: 2025 }],
      ["L", { soort: "jaarschijf", van: 2026, tot: 2026 }],
      ["M", { soort: "jaarschijf", van: 2027, tot: 2027 }],
      ["N", { soort: "jaarschijf", van: 2028, tot: 2028 }],
    ]);
    // The sub-header row is no plan; the empty spare columns O–T are neither used nor unknown.
    expect(blad.overgeslagen).toContainEqual({ rij: 4, soort: "kop" });
    expect(blad.plannen.map((p) => p.rij)).toEqual([5, 6, 7]);
    expect(blad.onbekendeKoppen).toEqual([]);
    expect(blad.overigeKoppen ?? []).toEqual([]);
    const odoornerveen = blad.plannen.find((p) => p.naam === "Odoornerveen")!;
    expect(odoornerveen.jaarschijven).toEqual([
      { jaren: { van: 2027, tot: 2027 }, aantal: 4, kolom: "M" },
      { jaren: { van: 2028, tot: 2028 }, aantal: 8, kolom: "N" },
    ]);
    expect([...leveringVan(odoornerveen).brutoPerJaar]).toEqual([
      [2027, 4],
      [2028, 8],
    ]);
    const rapport = toets(bladen, { peildatum: "2025-06-01" });
    expect(rapport.bevindingen.filter((f) => /kolom|onleesbare|opleverjaar/.test(f.rule))).toEqual(
      []
    );
  });

  it("a filled Opleverdatum column without a date among dated ones: a warning at its header", async () => {
    const invoer = await leesXlsx(BESTAND);
    const raster = invoer[0].raster as Cel[][];
    raster[4][14] = 3; // O5: homes of Eext Brink under a column with no date in its sub-header
    const blad = leesWerkmap(invoer).bladen[0];
    const [f] = toetsKolommen(blad);
    expect(f).toMatchObject({
      rule: "kolom-niet-gebruikt",
      severity: "warning",
      sheet: "Projecten",
      row: 3,
      column: "O",
    });
    expect(f.message).toContain("Vul in rij 4 de opleverdatum van deze kolom in");
    expect(blad.plannen[0].jaarschijven.map((j) => j.kolom)).toEqual(["L", "M"]);
  });
});

describe("DIWI: Opleverdatum columns holding dates (no date in any sub-header)", () => {
  const rij = (naam: string, ...data: Cel[]): Cel[] => [naam, "Emmen", 10, ...data];
  const raster = (rijen: Cel[][]): Cel[][] => [
    ["Projectnaam", "Gemeente", "Aantal woningen", "Opleverdatum", "Opleverdatum", "Opleverdatum"],
    ...rijen,
  ];

  it("the first is the opleverjaar; another filled one, even in one cell, is a warning at its header", () => {
    const blad = leesBlad(
      "Projecten",
      raster([rij("A", datum(2026), _, _), rij("B", datum(2027), datum(2029), _)])
    );
    expect(blad.plannen.map((p) => p.opleverjaar)).toEqual([
      { van: 2026, tot: 2026 },
      { van: 2027, tot: 2027 },
    ]);
    const bevindingen = toetsKolommen(blad);
    expect(bevindingen.map((f) => [f.rule, `${f.column}${f.row}`])).toEqual([
      ["kolom-niet-gebruikt", "E1"],
    ]);
    expect(bevindingen[0].message).toContain("kolom D geldt als opleverjaar");
    // The empty third column is a spare: nothing to report, nothing unknown.
    expect(blad.onbekendeKoppen).toEqual([]);
  });

  it("one Opleverdatum column in an ordinary list stays the opleverjaar", () => {
    const blad = leesBlad("Plannen", [
      ["Projectnaam", "Aantal woningen", "Opleverdatum"],
      ["A", 10, datum(2026)],
      ["B", 5, datum(2028)],
    ]);
    expect(blad.kolommen.map((k) => k.betekenis)).toContainEqual({
      soort: "veld",
      veld: "opleverjaar",
    });
    expect(blad.plannen.map((p) => p.opleverjaar?.van)).toEqual([2026, 2028]);
    expect(blad.overgeslagen).toEqual([]);
  });
});
