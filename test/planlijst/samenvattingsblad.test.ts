/**
 * Reading a summary per gemeente (h2020-2024, htotaal, …) and the error cells of a sheet.
 */
import {
  capaciteitUitKop,
  foutCellen,
  leesSamenvattingsblad,
} from "../../src/planlijst/samenvattingsblad";
import { WerkmapInvoer } from "../../src/planlijst/lezer";

describe("leesSamenvattingsblad", () => {
  it("reads prefixed headers, explicit totals and the sums that do not add up", () => {
    const raster = [
      [
        "provincie",
        "gemeente",
        "h2020-2024",
        "h2025-2029",
        "z2025-2029",
        "htotaal",
        "ztotaal",
        "totaal",
      ],
      ["Drenthe", "Emmen", 100, 50, 300, 150, 300, 460],
      ["Drenthe", "Coevorden", "#REF!", 20, "n.b.", 25, null, null],
      ["Totaal", "", 100, 70, 300, 175, 300, 460],
    ];
    const b = leesSamenvattingsblad("Blad1", raster);
    expect(b.isSamenvatting).toBe(true);
    expect(b.gemeenteKolom).toBe("B");
    expect(b.rijen.map((r) => [r.gemeente, r.totalen])).toEqual([
      ["Emmen", { hard: 150, zacht: 300, totaal: 460, onbekend: null }],
      ["Coevorden", { hard: 25, zacht: null, totaal: null, onbekend: null }],
    ]);
    expect(b.problemen).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: "H",
        soort: "som",
        reden: "totaal is 460, maar htotaal + ztotaal is 450",
      }),
      expect.objectContaining({
        rij: 3,
        kolom: "C",
        soort: "onleesbaar",
        reden: "cel bevat de foutwaarde #REF!",
      }),
      expect.objectContaining({ rij: 3, kolom: "E", soort: "onleesbaar" }),
      expect.objectContaining({ rij: 3, kolom: "F", soort: "som" }),
    ]);
  });

  it("reads a period row under a band of merged labels", () => {
    const raster = [
      [
        null,
        null,
        "Harde plancapaciteit",
        "Harde plancapaciteit",
        null,
        "Zachte plancapaciteit",
        null,
      ],
      ["Gemeente code", "Gemeente code", "2021-2024", 2025, null, "2021-2024", "2025-2029"],
      [114, "Emmen", 10, 5, null, 7, 8],
    ];
    const b = leesSamenvattingsblad("groningen", raster);
    expect(b.kopRij).toBe(2);
    expect(b.gemeenteKolom).toBe("B");
    expect(b.kolommen.map((k) => [k.letters, k.hardheid, k.kop])).toEqual([
      ["C", "hard", "Harde plancapaciteit 2021-2024"],
      ["D", "hard", "Harde plancapaciteit 2025"],
      ["F", "zacht", "Zachte plancapaciteit 2021-2024"],
      ["G", "zacht", "Zachte plancapaciteit 2025-2029"],
    ]);
    expect(b.rijen[0].totalen).toEqual({ hard: 15, zacht: 15, totaal: null, onbekend: null });
  });

  it("tells planlijsten, regional summaries and other sheets apart", () => {
    expect(
      leesSamenvattingsblad("p", [
        ["Projectnaam", "Gemeente", "h2025-2029"],
        ["Parkwijk", "Emmen", 5],
      ]).reden
    ).toMatch(/plan- of projectnamen/);
    expect(
      leesSamenvattingsblad("r", [
        ["provincie", "regio", "hz2021-2030"],
        ["Drenthe", "Zuidoost", 5000],
      ]).reden
    ).toBe("het blad vat samen per regio, niet per gemeente");
    expect(
      leesSamenvattingsblad("b", [
        ["Regio-indeling 2018", "Perioden", "Totale bevolking (x 1 000)"],
        ["Emmen", 2021, 107],
      ]).isSamenvatting
    ).toBe(false);
    expect(leesSamenvattingsblad("leeg", []).isSamenvatting).toBe(false);
  });

  it("knows the capacity headers", () => {
    expect(capaciteitUitKop("h2030+")).toEqual({
      hardheid: "hard",
      periode: { van: 2030, tot: 2100 },
    });
    expect(capaciteitUitKop("onbekend_2021-2024")).toEqual({
      hardheid: "onbekend",
      periode: { van: 2021, tot: 2024 },
    });
    expect(capaciteitUitKop("hz2021-2030")).toEqual({
      hardheid: "totaal",
      periode: { van: 2021, tot: 2030 },
    });
    expect(capaciteitUitKop("ztotaal")).toEqual({ hardheid: "zacht" });
    expect(capaciteitUitKop("2030 en verder", "Zachte plancapaciteit")).toEqual({
      hardheid: "zacht",
      periode: { van: 2030, tot: 2100 },
    });
    expect(
      capaciteitUitKop("Harde plancapaciteit relatief aan bevolkingsgroei 2021 tot 2030")
    ).toBeUndefined();
    expect(capaciteitUitKop("huur")).toBeUndefined();
  });

  it("lists error cells of a sparse grid at their addresses", () => {
    const raster: WerkmapInvoer["raster"] = [];
    raster[4] = [null, { fout: "#REF!" }];
    raster[99999] = [];
    raster[99999][27] = "#DIV/0!";
    expect(foutCellen("Blad1", raster)).toEqual([
      { blad: "Blad1", rij: 5, kolom: "B", fout: "#REF!" },
      { blad: "Blad1", rij: 100000, kolom: "AB", fout: "#DIV/0!" },
    ]);
  });
});
