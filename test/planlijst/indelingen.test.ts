/** The reader on the layouts of public planlijsten: group headers, export names, content. */
import { leesBlad, inhoudVan } from "../../src/planlijst/lezer";
import { groepskoppen, huurKoopEnKlasse, woningbouwMonitor } from "../fixtures/rasters";

describe("two header rows with merged group headers", () => {
  const b = leesBlad("Borger-Odoorn", groepskoppen());
  it("reads each sub-header with the group above it, and says so", () => {
    expect(b.kopRij).toBe(2);
    expect(b.indeling).toEqual({
      code: "twee-kopregels",
      naam: "planlijst met groepskoppen boven de kolomkoppen",
    });
    expect(b.kolommen.map((k) => [k.letters, k.kop, k.betekenis])).toEqual([
      ["A", "Projectnaam", { soort: "veld", veld: "naam" }],
      ["B", "Kern", { soort: "veld", veld: "kern" }],
      ["C", "Koopwoningen – Betaalbaar", { soort: "segmentaantal", segment: "betaalbare koop" }],
      ["D", "Koopwoningen – Duur", { soort: "segmentaantal", segment: "dure koop" }],
      ["E", "Huurwoningen – Sociaal", { soort: "segmentaantal", segment: "sociale huur" }],
      ["F", "Huurwoningen – Midden", { soort: "segmentaantal", segment: "middenhuur" }],
      ["G", "Huurwoningen – Duur", { soort: "segmentaantal", segment: "dure huur" }],
      ["H", "Jaar", { soort: "veld", veld: "opleverjaar" }],
    ]);
    expect(b.kolommen[2]).toMatchObject({
      zekerheid: "waarschijnlijk",
      waarom: 'de kop "Betaalbaar" onder de groepskop "Koopwoningen"',
    });
  });
  it("the counts per segment make up each plan (no total column)", () => {
    expect(b.plannen.map((p) => [p.naam, p.bruto, p.segmentAantallen])).toEqual([
      ["Buinen Oost", 10, { "betaalbare koop": 6, "dure koop": 4 }],
      ["Valthermond", 18, { "sociale huur": 10, middenhuur: 6, "dure huur": 2 }],
    ]);
  });
});

describe("a Woningbouw Monitor export", () => {
  const b = leesBlad("Export", woningbouwMonitor());
  it("takes juridische_status as planstatus over planstatus (Actief) and procesfase, and says why", () => {
    expect(b.indeling?.code).toBe("W");
    const status = b.kolommen.find(
      (k) => k.betekenis.soort === "veld" && k.betekenis.veld === "planstatus"
    );
    expect(status?.letters).toBe("G");
    expect(b.overigeKoppen).toEqual([
      { kolom: "C", kop: "planstatus", wat: "ook planstatus; kolom G gaat voor" },
      { kolom: "H", kop: "procesfase", wat: "ook planstatus; kolom G gaat voor" },
    ]);
  });
  it("decides an unknown column with gemeente names by its content; reports one with prices", () => {
    expect(b.kolommen.find((k) => k.letters === "M")).toEqual({
      index: 12,
      letters: "M",
      kop: "Bestuurlijke eenheid",
      betekenis: { soort: "veld", veld: "gemeente" },
      zekerheid: "inhoud",
      waarom: 'de kop "Bestuurlijke eenheid" is onbekend, maar de kolom bevat gemeentenamen',
    });
    expect(b.onbekendeKoppen).toEqual([{ kolom: "L", kop: "Grondprijs", lijkt: "prijzen" }]);
  });
  it("a procesfase or project status 'Gereed' marks the plan as built; its status stays the juridische", () => {
    const g = leesBlad("Export", [
      ["naam", "planstatus", "netto_aantal_woningen", "juridische_status", "procesfase"],
      ["Gieten Centrum", "Gereed", 14, "ONH", "Gereed, in gebruik"],
      ["Exloo Esrand", "Actief", 20, "OTW", "Ontwerpplan/besluit"],
    ]);
    expect(g.plannen.map((p) => p.planstatus)).toEqual([
      { code: "1A", omschrijving: "onherroepelijk", hardheid: "hard", gerealiseerd: true },
      { code: "3", omschrijving: "ontwerpplan", hardheid: "zacht", gerealiseerd: false },
    ]);
    expect(g.plannen.flatMap((p) => p.problemen)).toEqual([]);
  });
  it("reads bouwclusters as parts, price classes as segments or labels, flex and onttrekking", () => {
    expect(
      b.plannen.map((p) => [
        p.naam,
        p.deel,
        p.gemeente,
        p.planstatus?.code ?? p.planstatus?.omschrijving,
        p.segment ?? p.segmentLabel,
        p.eigendom,
        p.bruto,
        p.sloop,
        p.flex,
        p.transformatie,
      ])
    ).toEqual([
      [
        "Parkrand",
        "Fase 1",
        "Emmen",
        "1A",
        "sociale huur",
        "huur",
        24,
        undefined,
        undefined,
        false,
      ],
      [
        "Parkrand",
        "Fase 2",
        "Emmen",
        "2A",
        "Koop laag middelduur",
        "koop",
        18,
        undefined,
        undefined,
        true,
      ],
      ["Kerkstraat", "Sloop", "Coevorden", "1A", "sociale huur", "huur", 0, 8, undefined, false],
      [
        "Tijdelijk",
        "Paviljoen",
        "Coevorden",
        "geen aanvraag",
        "Huur goedkoop",
        "huur",
        30,
        undefined,
        true,
        false,
      ],
    ]);
    expect(b.plannen.flatMap((p) => p.problemen)).toEqual([]);
  });
});

describe("tenure and price class in two columns", () => {
  const b = leesBlad("Planlijst", huurKoopEnKlasse());
  it("one price column for koop and huur; netto from a decorated header", () => {
    expect(b.kolommen.map((k) => [k.letters, k.betekenis])).toEqual([
      ["A", { soort: "veld", veld: "naam" }],
      ["B", { soort: "veld", veld: "gemeente" }],
      ["C", { soort: "veld", veld: "netto" }],
      ["D", { soort: "veld", veld: "eigendom" }],
      ["E", { soort: "veld", veld: "segment" }],
      ["F", { soort: "veld", veld: "prijs" }],
    ]);
  });
  it("tenure + class names a deal segment where it is unambiguous, else keeps the label", () => {
    expect(b.plannen.map((p) => [p.segment, p.segmentLabel, p.eigendom, p.prijs])).toEqual([
      ["betaalbare koop", undefined, "koop", 325000],
      [undefined, "koop midden", "koop", 365000],
      ["sociale huur", undefined, "huur", 690],
      [undefined, "huur goedkoop", "huur", 540],
    ]);
  });
});

describe("content confirms or contradicts a header read by its words", () => {
  it("a price column with prices is confirmed; one with years is not used and reported", () => {
    const b = leesBlad("Planlijst", [
      ["Projectnaam", "Aantal", "Prijs v.o.n.", "Prijsstelling"],
      ["A", 10, "€ 325.000", 2024],
      ["B", 12, "€ 365.000", 2024],
    ]);
    expect(b.kolommen.map((k) => [k.letters, k.waarom])).toEqual([
      ["A", '"Projectnaam" is een bekende kop'],
      ["B", '"Aantal" is een bekende kop'],
      ["C", 'de kop "Prijs v.o.n." bevat een prijs bij "koop"; de kolom bevat prijzen'],
    ]);
    expect(b.onbekendeKoppen).toEqual([{ kolom: "D", kop: "Prijsstelling", lijkt: "jaartallen" }]);
  });
});

describe("a mirrored sloop block under a group header", () => {
  it("its counts add up to the plan's sloop, not to its new homes", () => {
    const b = leesBlad("Projecten", [
      ["Projectgegevens", "", "Woning aantallen", "", "Sloop gegevens", ""],
      [
        "Projectnaam",
        "Gemeente",
        "Koopwoning",
        "Huur woningcorporatie",
        "Koopwoning",
        "Huur woningcorporatie",
      ],
      ["Eext Brink", "Aa en Hunze", 6, 4, 1, 2],
    ]);
    expect(b.kolommen.map((k) => [k.letters, k.kop, k.betekenis])).toEqual([
      ["A", "Projectnaam", { soort: "veld", veld: "naam" }],
      ["B", "Gemeente", { soort: "veld", veld: "gemeente" }],
      ["C", "Koopwoning", { soort: "segmentaantal", segment: "koop" }],
      ["D", "Huur woningcorporatie", { soort: "segmentaantal", segment: "huur" }],
      ["E", "Sloop gegevens – Koopwoning", { soort: "veld", veld: "sloop" }],
      ["F", "Sloop gegevens – Huur woningcorporatie", { soort: "veld", veld: "sloop" }],
    ]);
    expect(b.plannen.map((p) => [p.bruto, p.sloop, p.segmentAantallen])).toEqual([
      [10, 3, { koop: 6, huur: 4 }],
    ]);
  });
});

describe("one row per plan per year", () => {
  it("rows of one plan with different opleverjaren are its parts", () => {
    const b = leesBlad("detail", [
      ["plannaam", "gemeente", "jaartal", "meergezins_koop1", "eengezins_huur2"],
      ["De Hondsrug", "Aa en Hunze", 2025, 4, 6],
      ["De Hondsrug", "Aa en Hunze", 2026, 2, ""],
      ["Rolde Kern", "Aa en Hunze", 2029, 15, ""],
    ]);
    expect(b.indeling?.code).toBe("P");
    expect(b.plannen.map((p) => [p.naam, p.deel, p.bruto])).toEqual([
      ["De Hondsrug", "oplevering 2025", 10],
      ["De Hondsrug", "oplevering 2026", 2],
      ["Rolde Kern", undefined, 15],
    ]);
  });
});

describe("inhoudVan: what a column's content looks like", () => {
  it.each([
    [["€ 325.000", "€ 410.000", ""], "prijzen"],
    [[325000, 410000], "prijzen"],
    [[12, 8, 0, 40], "aantallen"],
    [[2025, 2026, "2027"], "jaartallen"],
    [["1A", "ONH", "in voorbereiding"], "planstatussen"],
    [["Emmen", "Coevorden", "Assen"], "gemeenten"],
  ])("%j → %s", (waarden, soort) => {
    expect(inhoudVan(waarden)).toBe(soort);
  });
  it.each([[["x"]], [["Parkrand", "Centrum", "Noord"]], [[12, "Emmen", "€ 5"]], [[]]])(
    "%j → nothing",
    (waarden) => {
      expect(inhoudVan(waarden)).toBeUndefined();
    }
  );
});
