import { aandeelBetaalbaar, netto } from "../../src/functions/aantallen";
import { FunctieFout } from "../../src/functions/fouten";

const waarde = (m: string) => new FunctieFout("#VALUE!", m);

describe("NETTO", () => {
  test("bruto minus sloop; a negative sloop counts by its size", () => {
    expect(netto(24, 4)).toBe(20);
    expect(netto(24, -4)).toBe(20);
    expect(netto(10, 0)).toBe(10);
    expect(netto(0, 3)).toBe(-3);
    expect(netto(12, 12)).toBe(0);
  });

  test("Dutch text and blanks", () => {
    expect(netto("1.050", "50")).toBe(1000);
    expect(netto("12 woningen", "-2")).toBe(10);
    expect(netto(12, null)).toBe(12);
    expect(netto(null, 3)).toBe(-3);
    expect(netto(null, "")).toBe("");
  });

  test("bad input", () => {
    expect(netto("veel", 2)).toEqual(waarde('Bruto: "veel" is geen getal.'));
    expect(netto(10, "enkele")).toEqual(waarde('Sloop: "enkele" is geen getal.'));
    expect(netto(-10, 2)).toEqual(waarde("Bruto: -10 is negatief; bruto telt de nieuwe woningen."));
    expect(netto(2000000, 0)).toEqual(waarde("Bruto: 2000000 woningen is niet aannemelijk."));
    expect(netto({ fout: "#N/A" }, 1)).toEqual(
      new FunctieFout("#N/A", "Bruto: cel bevat de foutwaarde #N/A.")
    );
    expect(netto(10, true)).toEqual(waarde("Sloop: WAAR is geen getal."));
  });
});

describe("AANDEEL_BETAALBAAR (art. 6)", () => {
  test("affordable homes ÷ all homes of the programme", () => {
    const segmenten = [
      ["sociale huur"],
      ["middenhuur"],
      ["dure huur"],
      ["betaalbare koop"],
      ["dure koop"],
    ];
    expect(aandeelBetaalbaar(segmenten, [[10], [5], [5], [10], [10]])).toBe(25 / 40);
  });

  test("exactly two thirds; abbreviations and Dutch counts", () => {
    expect(aandeelBetaalbaar([["SH"], ["BK"], ["DK"]], [["10"], ["10"], ["10 woningen"]])).toBe(
      2 / 3
    );
    expect(aandeelBetaalbaar([["MH", "VSH"]], [[2, "1"]])).toBe(2 / 3);
  });

  test("rows without segment and number are skipped, as are rows of 0 homes", () => {
    expect(aandeelBetaalbaar([["SH"], [null], ["DK"], ["BK"]], [[3], [null], [1], [0]])).toBe(0.75);
    expect(aandeelBetaalbaar([["SH"], ["BK"]], [[4], [""]])).toBe(1);
    expect(aandeelBetaalbaar("dure koop", 8)).toBe(0);
  });

  test("ranges of different sizes", () => {
    expect(aandeelBetaalbaar([["SH"], ["BK"]], [[1], [2], [3]])).toEqual(
      waarde("Segmenten (2×1) en aantallen (3×1) moeten even groot zijn.")
    );
  });

  test("rows that cannot be read name their cell", () => {
    expect(aandeelBetaalbaar([["SH"], ["luxe"]], [[1], [2]])).toEqual(
      waarde(
        'Segment (cel 2): "luxe" is geen bekend segment (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop).'
      )
    );
    expect(aandeelBetaalbaar([["SH"], ["koop"]], [[1], [2]])).toEqual(
      waarde(
        'Segment (cel 2): "koop" zegt niet of het betaalbaar is; gebruik sociale huur, middenhuur, dure huur, betaalbare koop of dure koop.'
      )
    );
    expect(aandeelBetaalbaar([["SH"], [null]], [[1], [2]])).toEqual(
      waarde("Segment (cel 2): 2 woningen zonder segment.")
    );
    expect(aandeelBetaalbaar([["SH"], ["BK"]], [[1], ["twee"]])).toEqual(
      waarde('Aantal (cel 2): "twee" is geen getal.')
    );
    expect(aandeelBetaalbaar([["SH"], ["BK"]], [[1], [-2]])).toEqual(
      waarde("Aantal (cel 2): -2 is negatief.")
    );
    expect(aandeelBetaalbaar([["SH"], [{ code: "#N/A" }]], [[1], [2]])).toEqual(
      new FunctieFout("#N/A", "Segment (cel 2): cel bevat de foutwaarde #N/A.")
    );
  });

  test("a programme of 0 homes", () => {
    expect(aandeelBetaalbaar([["SH"], ["BK"]], [[0], [null]])).toEqual(
      new FunctieFout("#DIV/0!", "Het programma telt 0 woningen.")
    );
  });
});
