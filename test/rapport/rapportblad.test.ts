import { BEVINDING_KOPPEN, CEL_KOLOM, MELDING_KOLOM } from "../../src/rapport/bevindingentabel";
import { SAMENVATTING_KOPPEN, rapportRaster } from "../../src/rapport/rapportblad";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { telErnst, toets } from "../../src/rules/toets";
import { veelRaster, voorbeeldRapport } from "../taskpane/fixtures";

describe("the report sheet as a Raster", () => {
  const rapport = voorbeeldRapport();
  const raster = rapportRaster(rapport, "Woondeal-rapport");
  const rijMet = (tekst: string) => raster.waarden.findIndex((r) => r[0] === tekst);

  test("every row has the full width and a format per cell", () => {
    expect(raster.naam).toBe("Woondeal-rapport");
    expect(raster.breedte).toBe(Math.max(BEVINDING_KOPPEN.length, SAMENVATTING_KOPPEN.length));
    expect(new Set(raster.waarden.map((r) => r.length))).toEqual(new Set([raster.breedte]));
    expect(raster.formaten.map((r) => r.length)).toEqual(raster.waarden.map(() => raster.breedte));
  });

  test("reference date in words, limits with their source", () => {
    expect(raster.waarden[1].slice(0, 2)).toEqual(["Peildatum", "1 juni 2025"]);
    expect(raster.waarden[2][1]).toBe("van de woondeal (peildatum 1 januari 2022)");
    const koop = rijMet("Betaalbare koop tot en met");
    expect(raster.waarden[koop].slice(1, 3)).toEqual([
      355000,
      "Regionale woondeal Zuidoost Drenthe (21 december 2022), art. 1a",
    ]);
  });

  test("counts by severity, the findings table with its header bold and a link per placed finding", () => {
    const tel = telErnst(rapport.bevindingen);
    expect(raster.waarden[rijMet("Aantal")].slice(1, 4)).toEqual([
      tel.error,
      tel.warning,
      tel.info,
    ]);
    const kop = rijMet("Ernst");
    expect(raster.koppen).toContain(kop);
    expect(raster.waarden[kop].slice(0, BEVINDING_KOPPEN.length)).toEqual([...BEVINDING_KOPPEN]);
    const geplaatst = rapport.bevindingen.filter((f) => f.sheet && f.row);
    expect(raster.links).toHaveLength(geplaatst.length);
    for (const l of raster.links) {
      expect(l.kolom).toBe(CEL_KOLOM);
      expect(raster.waarden[l.rij][CEL_KOLOM]).toBe(l.tekst);
      const f = rapport.bevindingen[l.rij - kop - 1];
      expect(l.blad).toBe(f.sheet);
      expect(l.adres).toBe(f.column ? `${f.column}${f.row}` : `${f.row}:${f.row}`);
    }
    // Only the message column has a set width; the others fit their content.
    expect(raster.kolombreedtes!.filter((b) => b > 0)).toHaveLength(1);
    expect(raster.kolombreedtes![MELDING_KOLOM]).toBeGreaterThan(0);
  });

  test("with a grensjaar, the national limits of that year, middenhuur included", () => {
    const bladen = leesWerkmap([{ naam: "Planlijst", raster: veelRaster(2) }]).bladen;
    const r = rapportRaster(toets(bladen, { peildatum: "2026-01-01", grensjaar: 2025 }), "R");
    expect(r.waarden[2][1]).toMatch(/^landelijke grenzen van 2025 \(per \d+ [a-z]+ 2025\)$/);
    expect(r.waarden.some((w) => w[0] === "Middenhuur vanaf")).toBe(true);
    expect(raster.waarden.some((w) => w[0] === "Middenhuur vanaf")).toBe(false);
  });
});
