import { Raster } from "../../src/planlijst/cel";
import { PlanlijstBlad, leesBlad, leesWerkmap } from "../../src/planlijst/lezer";
import { Plan, nettoVan } from "../../src/planlijst/plan";
import {
  begroting,
  emmenMetTitels,
  jaarschijvenPerJaar,
  jaarschijvenPerPeriode,
  kopRij,
  leeg,
  meerjarenbegroting,
  planRij,
  regioLijst,
  sectiesPerGemeente,
  verschuif,
} from "../fixtures/rasters";

const rijen = (b: PlanlijstBlad) => b.plannen.map((p) => p.rij);
const namen = (b: PlanlijstBlad) => b.plannen.map((p) => p.naam);
const overgeslagen = (b: PlanlijstBlad) => b.overgeslagen.map((o) => [o.rij, o.soort]);
const plan = (b: PlanlijstBlad, naam: string): Plan => {
  const p = b.plannen.find((x) => x.naam === naam);
  if (!p) throw new Error(`no plan ${naam}; plans: ${namen(b).join(", ")}`);
  return p;
};

describe("leesBlad: title rows above the header (header on row 6)", () => {
  const blad = leesBlad("Emmen 2023", emmenMetTitels());
  it("finds the header on row 6, under four title and note rows", () => {
    expect(blad.isPlanlijst).toBe(true);
    expect(blad.kopRij).toBe(6);
  });
  it("maps every header to its field with its column letters", () => {
    expect(
      blad.kolommen.map((k) => [
        k.letters,
        k.betekenis.soort === "veld" ? k.betekenis.veld : k.betekenis.soort,
      ])
    ).toEqual([
      ["A", "id"],
      ["B", "naam"],
      ["C", "kern"],
      ["D", "locatie"],
      ["E", "bruto"],
      ["F", "sloop"],
      ["G", "netto"],
      ["H", "segment"],
      ["I", "koopprijs"],
      ["J", "huurprijs"],
      ["K", "planstatus"],
      ["L", "opleverjaar"],
      ["M", "doelgroep"],
    ]);
    expect(blad.onbekendeKoppen).toEqual([]);
  });
  it("reads the plans on rows 7–10, 12 and 14 and skips blank rows, subtotal, total and note", () => {
    expect(rijen(blad)).toEqual([7, 8, 9, 10, 12, 14]);
    expect(overgeslagen(blad)).toEqual([
      [13, "subtotaal"],
      [15, "totaal"],
      [17, "notitie"],
    ]);
    expect(blad.laatsteRij).toBe(17);
  });
  it("takes the gemeente from the title above the header when rows don't say", () => {
    expect(blad.gemeente).toBe("Emmen");
    expect(blad.plannen.every((p) => p.gemeente === "Emmen" && p.gemeenteVanBlad === true)).toBe(
      true
    );
  });
  it("every plan remembers the column letters of all its fields, filled or not", () => {
    const p = plan(blad, "Weerdinge Oost");
    expect(p.rij).toBe(9);
    expect(p.kolommen).toEqual({
      id: "A",
      naam: "B",
      kern: "C",
      locatie: "D",
      bruto: "E",
      sloop: "F",
      netto: "G",
      segment: "H",
      koopprijs: "I",
      huurprijs: "J",
      planstatus: "K",
      opleverjaar: "L",
      doelgroep: "M",
    });
  });
  it("reads Dutch values: '1.050' homes, sloop stored negative, '€ 640,-', '3,5 ton', '763,48', '355.000,-'", () => {
    expect(plan(blad, "Zorgcluster Angelslo")).toMatchObject({
      bruto: 1050,
      sloop: 50,
      nettoOpgegeven: 1000,
      huurprijs: 763.48,
      segment: "middenhuur",
    });
    expect(plan(blad, "Centrum Kanaalzone")).toMatchObject({
      bruto: 40,
      sloop: 12,
      nettoOpgegeven: 28,
      huurprijs: 640,
      segment: "sociale huur",
      eigendom: "huur",
    });
    expect(plan(blad, "Weerdinge Oost")).toMatchObject({
      koopprijs: 350000,
      segment: "dure koop",
      opleverjaar: { van: 2027, tot: 2027 },
    });
    expect(plan(blad, "Noorderbreedte fase 3")).toMatchObject({
      id: "EM-01",
      koopprijs: 355000,
      segment: "betaalbare koop",
      eigendom: "koop",
      doelgroep: "starters",
    });
    expect(plan(blad, "Klazienaveen Zuid")).toMatchObject({
      koopprijs: 355000,
      segment: "betaalbare koop",
    });
  });
  it("reads statuses and years: '2A vastgesteld', 'vergund', 'Onbekend', '2025-2026'", () => {
    expect(plan(blad, "Centrum Kanaalzone").planstatus).toMatchObject({
      code: "2A",
      hardheid: "hard",
    });
    expect(plan(blad, "Centrum Kanaalzone").opleverjaar).toEqual({ van: 2025, tot: 2026 });
    expect(plan(blad, "Zorgcluster Angelslo").planstatus).toMatchObject({
      omschrijving: "vergund",
      hardheid: "hard",
    });
    expect(plan(blad, "Klazienaveen Zuid").planstatus).toMatchObject({ hardheid: "onbekend" });
    expect(plan(blad, "PM inbreiding")).toMatchObject({
      kern: "PM",
      opleverjaar: { van: 2028, tot: 2028 },
    });
  });
  it("has year information and no cell problems", () => {
    expect(blad.heeftJaarinformatie).toBe(true);
    expect(blad.plannen.flatMap((p) => p.problemen)).toEqual([]);
  });
});

describe("leesBlad: header on row 1, a gemeente column", () => {
  const blad = leesBlad("Regio", regioLijst());
  it("header on row 1, plans on rows 2–7", () => {
    expect(blad.kopRij).toBe(1);
    expect(rijen(blad)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(blad.gemeente).toBeUndefined();
  });
  it("recognises 'Aa & Hunze', 'Borger Odoorn', 'gemeente Emmen'; keeps 'Emen' and 'Assen' as written", () => {
    expect(blad.plannen.map((p) => [p.gemeenteTekst, p.gemeente ?? null])).toEqual([
      ["Aa & Hunze", "Aa en Hunze"],
      ["Borger Odoorn", "Borger-Odoorn"],
      ["gemeente Emmen", "Emmen"],
      ["Coevorden", "Coevorden"],
      ["Emen", null],
      ["Assen", null],
    ]);
    expect(blad.plannen.some((p) => p.gemeenteVanBlad)).toBe(false);
  });
  it("reads coded statuses and segment words", () => {
    expect(blad.plannen.map((p) => p.planstatus?.code)).toEqual([
      "1A",
      "1B",
      "2C",
      "4A",
      "3",
      "1A",
    ]);
    expect(blad.plannen.map((p) => p.segment)).toEqual([
      "sociale huur",
      "middenhuur",
      "dure koop",
      "dure huur",
      "betaalbare koop",
      "dure koop",
    ]);
  });
});

describe("leesBlad: an origin other than A1", () => {
  it("with oorsprong B3, rows and column letters are the sheet's, not the grid's", () => {
    const blad = leesBlad("Regio", regioLijst(), { oorsprong: "B3" });
    expect(blad.kopRij).toBe(3);
    expect(rijen(blad)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(blad.kolommen.map((k) => [k.letters, k.index])).toEqual([
      ["B", 1],
      ["C", 2],
      ["D", 3],
      ["E", 4],
      ["F", 5],
      ["G", 6],
    ]);
    expect(blad.plannen[0].kolommen).toMatchObject({
      gemeente: "B",
      naam: "C",
      bruto: "D",
      planstatus: "E",
      opleverjaar: "F",
      segment: "G",
    });
    expect(blad.laatsteRij).toBe(9);
  });
  it("a grid that starts with empty rows and columns (used range from A1) gives the same letters", () => {
    const blad = leesBlad("Regio", verschuif(regioLijst(), 2, 1));
    expect(blad.kopRij).toBe(3);
    expect(rijen(blad)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(blad.plannen[0].kolommen.naam).toBe("C");
  });
  it("accepts absolute and sheet-qualified origins ('Blad1!$C$10')", () => {
    const blad = leesBlad("Regio", regioLijst(), { oorsprong: "Blad1!$C$10" });
    expect(blad.kopRij).toBe(10);
    expect(blad.plannen[0]).toMatchObject({ rij: 11, kolommen: { gemeente: "C", naam: "D" } });
  });
});

describe("leesBlad: a section title per gemeente, no gemeente column, unlabelled subtotals", () => {
  const blad = leesBlad("Plannen", sectiesPerGemeente());
  it("reads the five plans; section titles, subtotals and the grand total are no plans", () => {
    expect(namen(blad)).toEqual([
      "Rolde Noord",
      "Gieten Centrum",
      "Exloo Zuid",
      "Borger Dorp",
      "Dalen",
    ]);
    expect(overgeslagen(blad)).toEqual([
      [2, "titel"],
      [5, "totaal"],
      [7, "titel"],
      [10, "totaal"],
      [11, "titel"],
      [13, "totaal"],
    ]);
  });
  it("each plan gets the gemeente of its section", () => {
    expect(blad.plannen.map((p) => [p.naam, p.gemeente, p.gemeenteVanBlad])).toEqual([
      ["Rolde Noord", "Aa en Hunze", true],
      ["Gieten Centrum", "Aa en Hunze", true],
      ["Exloo Zuid", "Borger-Odoorn", true],
      ["Borger Dorp", "Borger-Odoorn", true],
      ["Dalen", "Coevorden", true],
    ]);
  });
  it("a section of a gemeente outside the deal (Assen) does not inherit the section above", () => {
    const raster = [
      ...sectiesPerGemeente().slice(0, 4),
      planRij("Gemeente Assen"),
      planRij("Kloosterveen", "Assen", 50, "1A", 2025),
    ];
    const b = leesBlad("Plannen", raster);
    expect(plan(b, "Kloosterveen")).toMatchObject({
      gemeenteTekst: "Assen",
      gemeenteVanBlad: true,
    });
    expect(plan(b, "Kloosterveen").gemeente).toBeUndefined();
  });
  it("a title naming all four gemeenten gives the plans none of them (the rules then ask for a gemeente)", () => {
    const raster = [
      planRij("Planlijsten Aa en Hunze, Borger-Odoorn, Coevorden en Emmen"),
      kopRij("Project", "Aantal"),
      planRij("Sleen", 4),
    ];
    const b = leesBlad("Regio", raster);
    expect(b.gemeente).toBeUndefined();
    expect(b.plannen[0].gemeente).toBeUndefined();
    expect(b.plannen[0].gemeenteTekst).toBeUndefined();
  });
  it("a sheet named after a gemeente gives its plans that gemeente", () => {
    const raster = [kopRij("Project", "Aantal"), planRij("Sleen", 4)];
    expect(leesBlad("Coevorden planlijst", raster).plannen[0]).toMatchObject({
      gemeente: "Coevorden",
      gemeenteVanBlad: true,
    });
    expect(leesBlad("Blad1", raster, { gemeente: "Emmen" }).plannen[0]).toMatchObject({
      gemeente: "Emmen",
      gemeenteVanBlad: true,
    });
  });
});

describe("leesBlad: unlabelled totals never eat a real plan", () => {
  it("a named plan whose count equals the sum above is a plan", () => {
    const b = leesBlad("L", [
      kopRij("Project", "Aantal"),
      planRij("A", 10),
      planRij("B", 5),
      planRij("C", 15),
    ]);
    expect(namen(b)).toEqual(["A", "B", "C"]);
  });
  it("a plan without a name but with a kern and status, whose count equals the sum above, is a plan", () => {
    const b = leesBlad("L", [
      kopRij("Project", "Kern", "Aantal", "Planstatus"),
      planRij("A", "Emmen", 10, "1A"),
      planRij("", "Erica", 10, "3"),
    ]);
    expect(rijen(b)).toEqual([2, 3]);
    expect(b.plannen[1]).toMatchObject({ kern: "Erica", bruto: 10 });
  });
  it("a numbers-only row that does not add up is kept as a plan (and the rules will ask for its name)", () => {
    const b = leesBlad("L", [
      kopRij("Project", "Aantal"),
      planRij("A", 10),
      planRij("B", 5),
      planRij("", 14),
    ]);
    expect(rijen(b)).toEqual([2, 3, 4]);
  });
  it("a labelled total ('Totaal', 'Eindtotaal', 'Subtotaal kern Emmen') is skipped whatever its numbers", () => {
    const b = leesBlad("L", [
      kopRij("Project", "Aantal"),
      planRij("A", 10),
      planRij("Subtotaal kern Emmen", 99),
      planRij("B", 5),
      planRij("Eindtotaal", 7),
      planRij("TOTAAL", 1),
    ]);
    expect(namen(b)).toEqual(["A", "B"]);
    expect(overgeslagen(b)).toEqual([
      [3, "subtotaal"],
      [5, "totaal"],
      [6, "totaal"],
    ]);
  });
  it("a total labelled in a column before the name ('Totaal' in Gemeente) is skipped", () => {
    const b = leesBlad("L", [
      kopRij("Gemeente", "Project", "Aantal"),
      planRij("Emmen", "A", 10),
      planRij("Totaal", "", 10),
    ]);
    expect(namen(b)).toEqual(["A"]);
  });
  it("a plan named 'Totaalplan Centrum' is a plan", () => {
    const b = leesBlad("L", [kopRij("Project", "Aantal"), planRij("Totaalplan Centrum", 10)]);
    expect(namen(b)).toEqual(["Totaalplan Centrum"]);
  });
  it("a repeated header row in the middle of the list is skipped", () => {
    const b = leesBlad("L", [
      kopRij("Project", "Aantal", "Status"),
      planRij("A", 10, "1A"),
      kopRij("Project", "Aantal", "Status"),
      planRij("B", 5, "3"),
    ]);
    expect(namen(b)).toEqual(["A", "B"]);
    expect(overgeslagen(b)).toEqual([[3, "kop"]]);
  });
});

describe("leesBlad: jaarschijven layouts", () => {
  it("one column per year 2022 … 2030 (number headers) under a title; the unlabelled total row is skipped", () => {
    const b = leesBlad("Coevorden", jaarschijvenPerJaar());
    expect(b.kopRij).toBe(3);
    expect(b.heeftJaarinformatie).toBe(true);
    expect(namen(b)).toEqual(["Dalen West", "Coevorden Binnenstad", "Schoonebeek"]);
    expect(overgeslagen(b)).toEqual([[7, "totaal"]]);
    const dalen = plan(b, "Dalen West");
    expect(dalen.bruto).toBe(30);
    expect(dalen.jaarschijven).toEqual([
      { jaren: { van: 2022, tot: 2022 }, aantal: 10, kolom: "D" },
      { jaren: { van: 2023, tot: 2023 }, aantal: 10, kolom: "E" },
      { jaren: { van: 2024, tot: 2024 }, aantal: 10, kolom: "F" },
    ]);
    expect(plan(b, "Schoonebeek").jaarschijven.map((j) => [j.kolom, j.aantal])).toEqual([
      ["K", 4],
      ["L", 5],
    ]);
    expect(b.gemeente).toBe("Coevorden");
  });
  it("a jaarschijven list without a total column: unlabelled total rows are found column by column", () => {
    const raster = [
      kopRij("Projectnaam", 2024, 2025, 2026),
      planRij("A", 5, 5, ""),
      planRij("B", "", 3, 4),
      planRij("", 5, 8, 4),
    ];
    const b = leesBlad("L", raster);
    expect(namen(b)).toEqual(["A", "B"]);
    expect(overgeslagen(b)).toEqual([[4, "totaal"]]);
  });
  it("period columns '2020-2024', '2025-2029', '2030+' and 'Jaar onbekend'", () => {
    const b = leesBlad("L", jaarschijvenPerPeriode());
    expect(b.kolommen.slice(3).map((k) => [k.letters, k.betekenis])).toEqual([
      ["D", { soort: "jaarschijf", van: 2020, tot: 2024 }],
      ["E", { soort: "jaarschijf", van: 2025, tot: 2029 }],
      ["F", { soort: "jaarschijf", van: 2030, tot: 2100 }],
      ["G", { soort: "jaarschijf-onbekend" }],
    ]);
    expect(plan(b, "Sleen Noord").jaarschijven).toEqual([
      { jaren: { van: 2025, tot: 2029 }, aantal: 10, kolom: "E" },
      { jaren: { van: 2030, tot: 2100 }, aantal: 20, kolom: "F" },
      { aantal: 5, kolom: "G" },
    ]);
    expect(nettoVan(plan(b, "Sleen Noord"))).toBe(35);
    expect(plan(b, "Nieuw-Amsterdam Oost").planstatus).toMatchObject({ hardheid: "hard" });
  });
});

describe("leesBlad: sheets that are not a planlijst say why, in plain Dutch", () => {
  it("a budget sheet: no recognisable header", () => {
    const b = leesBlad("Begroting", begroting());
    expect(b).toMatchObject({ isPlanlijst: false, plannen: [] });
    expect(b.reden).toBe(
      "geen kopregel met herkenbare kolommen (zoals Projectnaam, Aantal woningen, Planstatus) gevonden"
    );
  });
  it("a multi-year budget in euros under year columns is not read as jaarschijven of homes", () => {
    const b = leesBlad("Meerjarenbegroting", meerjarenbegroting());
    expect(b.isPlanlijst).toBe(false);
    expect(b.plannen).toEqual([]);
    expect(b.reden).toBe(
      "geen kolom met aantallen woningen (zoals Aantal, Netto, Sloop of jaarschijven) gevonden"
    );
  });
  it("an empty sheet (no rows, or rows of empty cells and spaces)", () => {
    for (const raster of [[], leeg(5), [[null, "", "  "], [undefined]]] as Raster[]) {
      const b = leesBlad("Blad2", raster);
      expect(b).toMatchObject({
        isPlanlijst: false,
        reden: "het blad is leeg",
        laatsteRij: 0,
        plannen: [],
      });
    }
  });
  it("a summary per gemeente (gemeente and counts, no plan names)", () => {
    const b = leesBlad("Overzicht", [
      kopRij("Gemeente", "Aantal woningen", "Netto"),
      planRij("Emmen", 100, 90),
    ]);
    expect(b.isPlanlijst).toBe(false);
    expect(b.reden).toBe(
      "het blad lijkt een samenvatting per gemeente: er is geen kolom met plan- of projectnamen"
    );
  });
  it("plan names without counts", () => {
    const b = leesBlad("Namen", [
      kopRij("Projectnaam", "Kern", "Opmerking"),
      planRij("A", "Emmen", "x"),
    ]);
    expect(b.reden).toBe(
      "geen kolom met aantallen woningen (zoals Aantal, Netto, Sloop of jaarschijven) gevonden"
    );
  });
  it("a header with nothing under it", () => {
    const b = leesBlad("Sjabloon", [kopRij("Projectnaam", "Aantal woningen", "Planstatus")]);
    expect(b).toMatchObject({
      isPlanlijst: false,
      kopRij: 1,
      reden: "de kopregel is gevonden, maar er staan geen plannen onder",
    });
  });
});

describe("leesBlad: error cells and unreadable values become problems at their cell", () => {
  const raster = [
    kopRij("Projectnaam", "Gemeente", "Aantal", "Sloop", "Planstatus", "Oplevering", "Koopprijs"),
    planRij("A", "Emmen", "#REF!", 2, "1A", 2025, 300000),
    planRij("B", { fout: "#VALUE!" }, 10, { fout: "#DIV/0!" }, "3", "ooit", "duur"),
    planRij({ fout: "#REF!" }, "Emmen", 5, "", "#N/A", 2026, ""),
  ];
  const b = leesBlad("Fouten", raster);
  it("reads every row as a plan", () => {
    expect(rijen(b)).toEqual([2, 3, 4]);
  });
  it("'#REF!' text from range.values and {fout} objects give problems with row, column letters and reason", () => {
    expect(
      b.plannen.flatMap((p) => p.problemen.map((x) => [`${x.kolom}${x.rij}`, x.veld, x.reden]))
    ).toEqual([
      ["C2", "bruto", "cel bevat de foutwaarde #REF!"],
      ["B3", "gemeente", "cel bevat de foutwaarde #VALUE!"],
      ["D3", "sloop", "cel bevat de foutwaarde #DIV/0!"],
      ["F3", "opleverjaar", '"ooit" is geen jaartal'],
      ["G3", "koopprijs", '"duur" is geen getal'],
      ["A4", "naam", "cel bevat de foutwaarde #REF!"],
      ["E4", "planstatus", "cel bevat de foutwaarde #N/A"],
    ]);
  });
  it("the unreadable value is kept as it was", () => {
    expect(b.plannen[1].problemen[0].waarde).toEqual({ fout: "#VALUE!" });
    expect(b.plannen[0].problemen[0].waarde).toBe("#REF!");
    expect(b.plannen[0].bruto).toBeUndefined();
  });
});

describe("leesBlad: manual column mapping and unknown headers", () => {
  it("a column mapped by hand takes the field; null ignores a column", () => {
    const raster = [
      kopRij("Omschrijving", "Woningen", "Fase", "Notitie"),
      planRij("Plan A", 12, "1A", "x"),
    ];
    const b = leesBlad("L", raster, { kolomToewijzing: { A: "naam", C: null } });
    expect(b.isPlanlijst).toBe(true);
    expect(b.kolommen.map((k) => [k.letters, k.handmatig ?? false])).toEqual([
      ["A", true],
      ["B", false],
    ]);
    expect(b.plannen[0]).toMatchObject({ naam: "Plan A", bruto: 12 });
    expect(b.plannen[0].planstatus).toBeUndefined();
    expect(b.onbekendeKoppen).toEqual([{ kolom: "D", kop: "Notitie" }]);
  });
  it("a second column for the same field is reported as unknown; the first wins", () => {
    const b = leesBlad("L", [kopRij("Project", "Aantal", "Woningen"), planRij("A", 3, 4)]);
    expect(b.plannen[0].bruto).toBe(3);
    expect(b.onbekendeKoppen).toEqual([{ kolom: "C", kop: "Woningen" }]);
  });
  it("a 'Huur' count column that holds words is read as huur/koop", () => {
    const raster = [
      kopRij("Project", "Aantal", "Huur"),
      planRij("A", 3, "huur"),
      planRij("B", 4, "koop"),
      planRij("C", 5, "huur"),
    ];
    const b = leesBlad("L", raster);
    expect(b.plannen.map((p) => p.eigendom)).toEqual(["huur", "koop", "huur"]);
  });
});

describe("leesWerkmap", () => {
  it("reads every sheet with its own origin; only planlijsten are marked so", () => {
    const w = leesWerkmap([
      { naam: "Emmen", raster: emmenMetTitels() },
      { naam: "Begroting", raster: begroting() },
      { naam: "Regio", raster: regioLijst(), oorsprong: "C5" },
    ]);
    expect(w.bladen.map((b) => [b.naam, b.isPlanlijst, b.kopRij ?? null])).toEqual([
      ["Emmen", true, 6],
      ["Begroting", false, null],
      ["Regio", true, 5],
    ]);
  });
});

describe("leesBlad: header detection", () => {
  it("a two-row header: labels above, years below, the lower row is the header and keeps the labels", () => {
    const raster = [
      kopRij("Project", "Gemeente", "Aantal", "Oplevering", "", ""),
      kopRij("", "", "", 2025, 2026, 2027),
      planRij("A", "Emmen", 30, 10, 10, 10),
    ];
    const b = leesBlad("L", raster);
    expect(b.kopRij).toBe(2);
    expect(b.kolommen.map((k) => k.kop)).toEqual([
      "Project",
      "Gemeente",
      "Aantal",
      "2025",
      "2026",
      "2027",
    ]);
    expect(b.plannen[0]).toMatchObject({ naam: "A", bruto: 30, rij: 3 });
  });
  it("a data row full of header-like words (Huur, SH, Onbekend) does not beat the header", () => {
    const raster = [
      kopRij("Projectnaam", "Aantal", "Huur/koop", "Segment", "Planstatus"),
      planRij("A", 10, "Huur", "SH", "Onbekend"),
      planRij("B", 4, "", "", "Onbekend"),
    ];
    const b = leesBlad("L", raster);
    expect(b.kopRij).toBe(1);
    expect(namen(b)).toEqual(["A", "B"]);
  });
  it("a subtotal per gemeente (gemeente filled, no name, the sum above) is a total", () => {
    const raster = [
      kopRij("Gemeente", "Projectnaam", "Aantal", "Sloop"),
      planRij("Emmen", "A", 10, -2),
      planRij("Emmen", "B", 5, ""),
      planRij("Emmen", "", 15, -2),
      planRij("Coevorden", "C", 7, ""),
      planRij("Coevorden", "", 7, ""),
      planRij("", "", 22, -2),
    ];
    const b = leesBlad("L", raster);
    expect(namen(b)).toEqual(["A", "B", "C"]);
    expect(overgeslagen(b)).toEqual([
      [4, "totaal"],
      [6, "totaal"],
      [7, "totaal"],
    ]);
  });
});

describe("leesBlad: totals and repeated headers as Excel makes them", () => {
  it("a repeated header with year numbers (jaarschijven layout) is skipped, not read as a plan named 'Projectnaam'", () => {
    const raster = [
      kopRij("Projectnaam", "Planstatus", 2025, 2026, 2027),
      planRij("A", "1A", 5, 5, ""),
      kopRij("Projectnaam", "Planstatus", 2025, 2026, 2027),
      planRij("B", "3", "", 4, 4),
    ];
    const b = leesBlad("L", raster);
    expect(namen(b)).toEqual(["A", "B"]);
    expect(overgeslagen(b)).toEqual([[3, "kop"]]);
  });
  it("Excel's Subtotals ('Emmen Totaal', 'Eindtotaal') are totals", () => {
    const raster = [
      kopRij("Gemeente", "Projectnaam", "Aantal"),
      planRij("Emmen", "A", 10),
      planRij("Emmen Totaal", "", 10),
      planRij("Coevorden", "B", 4),
      planRij("Coevorden totaal", "", 4),
      planRij("Eindtotaal", "", 14),
    ];
    const b = leesBlad("L", raster);
    expect(namen(b)).toEqual(["A", "B"]);
    expect(overgeslagen(b).map(([, s]) => s)).toEqual(["totaal", "totaal", "totaal"]);
  });
  it("'Emmen Totaal' in the name column is a total whatever its numbers", () => {
    const b = leesBlad("L", [
      kopRij("Projectnaam", "Aantal"),
      planRij("A", 10),
      planRij("Emmen Totaal", 99),
    ]);
    expect(namen(b)).toEqual(["A"]);
    expect(overgeslagen(b)).toEqual([[3, "totaal"]]);
  });
  it("a gemeente name with the sum of the plans above it, in the name column, is a subtotal", () => {
    const raster = [
      kopRij("Projectnaam", "Kern", "Aantal", "Planstatus"),
      planRij("Rolde Noord", "Rolde", 20, "1A"),
      planRij("Gieten Centrum", "Gieten", 10, "3"),
      planRij("Aa en Hunze", "", 30, ""),
      planRij("Exloo Zuid", "Exloo", 5, "2A"),
      planRij("Borger-Odoorn", "", 5, ""),
    ];
    const b = leesBlad("L", raster);
    expect(namen(b)).toEqual(["Rolde Noord", "Gieten Centrum", "Exloo Zuid"]);
    expect(overgeslagen(b)).toEqual([
      [4, "subtotaal"],
      [6, "subtotaal"],
    ]);
  });
});

describe("leesBlad: a price written as a range counts at its highest end", () => {
  const blad = leesBlad("Prijzen", [
    ["Plannaam", "Gemeente", "Aantal", "Koopprijs"],
    ["Streep", "Emmen", 4, "300.000-350.000"],
    ["Streep met euro", "Emmen", 4, "€ 300.000 - € 350.000"],
    ["Streep na ,-", "Emmen", 4, "355.000,- - 400.000,-"],
    ["Gedachtestreep", "Emmen", 4, "300.000 – 360.000"],
    ["Tot", "Emmen", 4, "300k tot 350k"],
    ["Negatief", "Emmen", 4, "-€ 32.000"],
    ["Twee bereiken", "Emmen", 4, "100.000 - 200.000 - 300.000"],
  ]);
  it.each([
    ["Streep", 350000],
    ["Streep met euro", 350000],
    ["Streep na ,-", 400000],
    ["Gedachtestreep", 360000],
    ["Tot", 350000],
  ])("%s → %d", (naam, prijs) => {
    expect(plan(blad, naam).koopprijs).toBe(prijs);
  });
  it("does not read a negative price: no price of a home is below zero, the cell is reported", () => {
    const p = plan(blad, "Negatief");
    expect(p.koopprijs).toBeUndefined();
    expect(p.problemen).toEqual([
      {
        veld: "koopprijs",
        kolom: "D",
        rij: 7,
        waarde: "-€ 32.000",
        reden: '"-€ 32.000" is negatief; een prijs van een woning kan niet negatief zijn',
      },
    ]);
  });
  it("does not guess a price from a text with two ranges, and says so", () => {
    const p = plan(blad, "Twee bereiken");
    expect(p.koopprijs).toBeUndefined();
    expect(p.problemen.map((x) => x.veld)).toContain("koopprijs");
  });
});
