/** Columns with prices, counts, years or statuses that the reader could not map: an info finding at the header. */
import { leesBlad } from "../../src/planlijst/lezer";
import { toets } from "../../src/rules/toets";
import { woningbouwMonitor } from "../fixtures/rasters";

describe("kolom-niet-herkend", () => {
  it("reports each unmapped column that matters, at its header, with what the user can do", () => {
    const blad = leesBlad("Planlijst", [
      [
        "Projectnaam",
        "Gemeente",
        "Aantal",
        "Wooneenheden zorg",
        "Residuele grondwaarde",
        "Notitie",
      ],
      ["Vaart Zuid", "Emmen", 20, 0, "€ 420.000", "zie kaart"],
      ["Hoofdstraat", "Emmen", 8, 8, "€ 95.000", ""],
    ]);
    const f = toets([blad], { peildatum: "2025-06-01" }).bevindingen.filter(
      (x) => x.rule === "kolom-niet-herkend"
    );
    expect(f).toEqual([
      {
        rule: "kolom-niet-herkend",
        severity: "info",
        article: "art. 1d",
        sheet: "Planlijst",
        row: 1,
        column: "D",
        value: "Wooneenheden zorg",
        message:
          'Kolom D ("Wooneenheden zorg") lijkt aantallen woningen te bevatten maar is niet herkend; de controle gebruikt hem niet. Koppel hem bij Instellingen aan een veld, of kies daar Negeren.',
      },
      {
        rule: "kolom-niet-herkend",
        severity: "info",
        article: "art. 1d",
        sheet: "Planlijst",
        row: 1,
        column: "E",
        value: "Residuele grondwaarde",
        message:
          'Kolom E ("Residuele grondwaarde") lijkt prijzen te bevatten maar is niet herkend; de controle gebruikt hem niet. Koppel hem bij Instellingen aan een veld, of kies daar Negeren.',
      },
    ]);
  });
  it("a column the user ignored is not reported", () => {
    const blad = leesBlad("Export", woningbouwMonitor(), { kolomToewijzing: { L: null } });
    expect(
      toets([blad], { peildatum: "2025-06-01" }).bevindingen.filter(
        (x) => x.rule === "kolom-niet-herkend"
      )
    ).toEqual([]);
  });
});

describe("dubbel-plan: parts of one project are no duplicates", () => {
  it("bouwclusters of one project are parts; a cluster that really repeats is a duplicate", () => {
    const blad = leesBlad("Export", [
      ["naam", "stage_naam", "gemeente", "netto_aantal_woningen", "opleverjaar"],
      ["Parkrand", "Fase 1", "Emmen", 24, 2025],
      ["Parkrand", "Fase 2", "Emmen", 18, 2026],
      ["Parkrand", "Fase 2", "Emmen", 18, 2026],
    ]);
    const f = toets([blad], { peildatum: "2025-06-01" }).bevindingen.filter(
      (x) => x.rule === "dubbel-plan"
    );
    expect(f.map((x) => [x.row, x.message])).toEqual([
      [
        4,
        'Plan "Parkrand" staat ook op rij 3, met dezelfde aantallen; het telt één keer mee. Verwijder een van beide.',
      ],
    ]);
  });
  it("one row per plan per year: parts, not duplicates", () => {
    const blad = leesBlad("detail", [
      ["plannaam", "gemeente", "jaartal", "aantal"],
      ["De Hondsrug", "Aa en Hunze", 2025, 15],
      ["De Hondsrug", "Aa en Hunze", 2026, 13],
    ]);
    expect(
      toets([blad], { peildatum: "2025-06-01" }).bevindingen.filter((x) => x.rule === "dubbel-plan")
    ).toEqual([]);
  });
});
