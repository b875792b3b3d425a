/**
 * The engine's grid bounds (src/planlijst/grenzen.ts), which both doors get through leesBlad:
 * the CLI's sparse rows and the task pane's dense used range.
 */
import { RASTER_GRENZEN, begrensRaster } from "../../src/planlijst/grenzen";
import { leesBlad } from "../../src/planlijst/lezer";
import { toets } from "../../src/rules/toets";
import { Cel } from "../../src/planlijst/cel";

const KOP = ["Projectnaam", "Gemeente", "Aantal", "Opleverjaar"];

describe("grid bounds for every door", () => {
  it("a dense row as wide as Excel (what a used range to XFD gives the pane) is cut at ALL, and said", () => {
    const breed: Cel[] = Array.from({ length: 16384 }, (_, j) =>
      j < 4 ? ["Plan A", "Emmen", 10, 2026][j] : j >= 16000 ? "x" : null
    );
    const blad = leesBlad("Emmen", [KOP, breed]);
    expect(blad.plannen).toHaveLength(1);
    expect(blad.meldingen).toEqual([
      {
        soort: "begrensd",
        tekst:
          "384 gevulde cellen rechts van kolom ALL worden niet gelezen (de eerste: WQK2); een planlijst heeft niet zoveel kolommen: verwijder wat daar staat of zet de planlijst op een eigen blad",
      },
    ]);
    const f = toets([blad], { peildatum: "2026-01-01" }).bevindingen.filter(
      (x) => x.rule === "invoer-begrensd"
    );
    expect(f).toEqual([
      {
        rule: "invoer-begrensd",
        severity: "warning",
        article: "art. 1d",
        sheet: "Emmen",
        message: `Blad "Emmen": ${blad.meldingen![0].tekst}.`,
      },
    ]);
  });

  it("a sparse row (the CLI's) is walked by its keys: 20,000 rows with a cell in XFD in milliseconds", () => {
    const raster: Cel[][] = [KOP, ["Plan A", "Emmen", 10, 2026]];
    for (let i = 0; i < 20000; i++) {
      const rij: Cel[] = [];
      rij[16383] = 1;
      raster.push(rij);
    }
    const { raster: uit, meldingen } = begrensRaster(raster);
    expect(uit[2]).toEqual([]);
    expect(meldingen.map((m) => m.tekst)[0]).toMatch(
      /^20\.000 gevulde cellen rechts van kolom ALL/
    );
  });

  it("a text longer than Excel allows becomes an unreadable cell at its address", () => {
    const lang = "9".repeat(RASTER_GRENZEN.tekst + 1);
    const blad = leesBlad("Emmen", [KOP, ["Plan A", "Emmen", lang, 2026]]);
    expect(blad.plannen[0].problemen).toEqual([
      {
        veld: "bruto",
        kolom: "C",
        rij: 2,
        waarde: {
          fout: "tekst van 32.768 of meer tekens, langer dan Excel in een cel toestaat (32.767); de cel wordt niet gelezen",
        },
        reden:
          "tekst van 32.768 of meer tekens, langer dan Excel in een cel toestaat (32.767); de cel wordt niet gelezen",
      },
    ]);
    expect(blad.meldingen?.map((m) => [m.rij, m.kolom])).toEqual([[2, "C"]]);
  });

  it("leaves an ordinary grid as it is (same arrays, no notices)", () => {
    const raster = [KOP, ["Plan A", "Emmen", 10, 2026]];
    const g = begrensRaster(raster);
    expect(g.raster).toBe(raster);
    expect(g.meldingen).toEqual([]);
  });
});
