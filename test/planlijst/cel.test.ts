import {
  EXCEL_FOUTEN,
  celAdres,
  foutVan,
  isFout,
  isLeeg,
  kolomIndex,
  kolomLetters,
  leesAdres,
  leesGebied,
  leesGebieden,
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

describe("leesGebied / leesGebieden: the one A1 parser", () => {
  const ALLE_RIJEN = 1048576;
  const ALLE_KOLOMMEN = 16383;
  it.each([
    ["C5", { r0: 5, r1: 5, c0: 2, c1: 2 }],
    ["$C$5", { r0: 5, r1: 5, c0: 2, c1: 2 }],
    ["c5:$d$9", { r0: 5, r1: 9, c0: 2, c1: 3 }],
    ["D9:C5", { r0: 5, r1: 9, c0: 2, c1: 3 }],
    ["5:7", { r0: 5, r1: 7, c0: 0, c1: ALLE_KOLOMMEN }],
    ["$5:$7", { r0: 5, r1: 7, c0: 0, c1: ALLE_KOLOMMEN }],
    ["C:D", { r0: 1, r1: ALLE_RIJEN, c0: 2, c1: 3 }],
    ["$AA:$AB", { r0: 1, r1: ALLE_RIJEN, c0: 26, c1: 27 }],
    ["XFD1048576", { r0: ALLE_RIJEN, r1: ALLE_RIJEN, c0: ALLE_KOLOMMEN, c1: ALLE_KOLOMMEN }],
    ["Blad1!C5", { blad: "Blad1", r0: 5, r1: 5, c0: 2, c1: 2 }],
    ["'Emmen 2023'!$A$1:$B$2", { blad: "Emmen 2023", r0: 1, r1: 2, c0: 0, c1: 1 }],
    ["'Jan''s lijst'!A1", { blad: "Jan's lijst", r0: 1, r1: 1, c0: 0, c1: 0 }],
    ["'''t Veld'''!B2", { blad: "'t Veld'", r0: 2, r1: 2, c0: 1, c1: 1 }],
    ["'a!b'!C:C", { blad: "a!b", r0: 1, r1: ALLE_RIJEN, c0: 2, c1: 2 }],
  ])("%j", (adres, gebied) => {
    expect(leesGebied(adres)).toEqual(gebied);
  });

  it.each([
    "",
    "A0",
    "XFE1",
    "A1048577",
    "A1:B",
    "A:1",
    "A1:B2:C3",
    "Blad1!",
    "!A1",
    "'Blad1!A1",
    "'Blad1'A1",
    "''!A1",
    "A1B",
    "1A",
    "??",
  ])("%j is no area", (adres) => {
    expect(leesGebied(adres)).toBeUndefined();
  });

  it("several areas, split at commas outside quoted sheet names", () => {
    expect(leesGebieden("Emmen!$A$1:$B$2,D4")).toEqual([
      { blad: "Emmen", r0: 1, r1: 2, c0: 0, c1: 1 },
      { r0: 4, r1: 4, c0: 3, c1: 3 },
    ]);
    expect(leesGebieden("'a,b'!A1,'a,b'!C3:C4, 7:7")).toEqual([
      { blad: "a,b", r0: 1, r1: 1, c0: 0, c1: 0 },
      { blad: "a,b", r0: 3, r1: 4, c0: 2, c1: 2 },
      { r0: 7, r1: 7, c0: 0, c1: ALLE_KOLOMMEN },
    ]);
    expect(leesGebieden("'Jan''s, lijst'!B2,'Jan''s, lijst'!E5")).toEqual([
      { blad: "Jan's, lijst", r0: 2, r1: 2, c0: 1, c1: 1 },
      { blad: "Jan's, lijst", r0: 5, r1: 5, c0: 4, c1: 4 },
    ]);
    // One unreadable area makes the whole address unreadable.
    expect(leesGebieden("A1,??")).toBeUndefined();
    expect(leesGebieden("A1,")).toBeUndefined();
  });

  it("leesAdres takes the top-left cell and refuses whole rows and columns", () => {
    expect(leesAdres("'Jan''s lijst'!$B$3:$A$9")).toEqual({ rij: 3, kolom: 0 });
    expect(() => leesAdres("5:7")).toThrow("Ongeldig celadres: 5:7");
    expect(() => leesAdres("C:D")).toThrow("Ongeldig celadres: C:D");
  });
});
