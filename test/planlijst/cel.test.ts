import {
  EXCEL_FOUTEN,
  celAdres,
  foutVan,
  isFout,
  isLeeg,
  kolomIndex,
  kolomLetters,
  leesAdres,
  toonCel,
} from "../../src/planlijst/cel";

describe("kolomLetters / kolomIndex", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i ↔ %s", (index, letters) => {
    expect(kolomLetters(index)).toBe(letters);
    expect(kolomIndex(letters)).toBe(index);
    expect(kolomIndex(letters.toLowerCase())).toBe(index);
  });
});

describe("leesAdres / celAdres", () => {
  it.each([
    ["A1", 1, 0],
    ["C12", 12, 2],
    ["$C$12", 12, 2],
    ["Blad1!B3", 3, 1],
    ["'Emmen 2023'!$AA$100", 100, 26],
    ["b3", 3, 1],
    ["XFD1048576", 1048576, 16383],
    ["B3:K120", 3, 1],
    ["Blad1!$B$3:$K$120", 3, 1],
  ])("%s → row %i, column %i", (adres, rij, kolom) => {
    expect(leesAdres(adres)).toEqual({ rij, kolom });
  });
  it("a range gives its top-left cell, not its end", () => {
    expect(leesAdres("Emmen!C5:H40")).toEqual({ rij: 5, kolom: 2 });
  });
  it.each(["Blad1", "Emmen", "A", "1", "", "A0", "XFE1", "A1048577", "Blad1!"])(
    "%j is no cell address (Dutch error)",
    (adres) => {
      expect(() => leesAdres(adres)).toThrow(`Ongeldig celadres: ${adres}`);
    }
  );
  it("celAdres gives A1 notation", () => {
    expect(celAdres(12, 2)).toBe("C12");
    expect(celAdres(1, 26)).toBe("AA1");
  });
});

describe("error values: strings from range.values and {fout} objects", () => {
  it.each([
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#N/A",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#VERW!",
    "#WAARDE!",
    "#N/B",
    "#DEEL/0!",
  ])("%s is an error value", (fout) => {
    expect(foutVan(fout)).toBe(fout);
    expect(foutVan(` ${fout.toLowerCase()} `)).toBe(fout);
    expect(EXCEL_FOUTEN).toContain(fout);
  });
  it("a {fout} object gives its text, also a non-Excel reason", () => {
    expect(foutVan({ fout: "#REF!" })).toBe("#REF!");
    expect(foutVan({ fout: "formule zonder berekende waarde" })).toBe(
      "formule zonder berekende waarde"
    );
    expect(isFout({ fout: "#REF!" })).toBe(true);
  });
  it("other values are no errors", () => {
    for (const v of ["#", "#1", "REF!", "Emmen", 0, null, undefined, true, new Date()])
      expect(foutVan(v)).toBeUndefined();
    expect(isFout("#REF!")).toBe(false);
    expect(isFout(new Date())).toBe(false);
    expect(isFout(null)).toBe(false);
  });
});

describe("isLeeg / toonCel", () => {
  it("null, undefined, empty and blank strings are empty; 0 and false are not", () => {
    expect([null, undefined, "", "   "].every(isLeeg)).toBe(true);
    expect([0, false, "0", "x", { fout: "#REF!" }].some(isLeeg)).toBe(false);
  });
  it("shows a cell as short text", () => {
    expect(toonCel(null)).toBe("(leeg)");
    expect(toonCel({ fout: "#REF!" })).toBe("#REF!");
    expect(toonCel(new Date(Date.UTC(2025, 6, 1)))).toBe("2025-07-01");
    expect(toonCel(355000)).toBe("355000");
    expect(toonCel(true)).toBe("true");
  });
});
