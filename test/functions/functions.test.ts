/**
 * The wrappers Excel calls: ranges spill with an error per cell, a single bad value throws
 * a CustomFunctions.Error with the Dutch message, streaming functions set their results.
 * CustomFunctions is the Office runtime's global; it is mocked minimally here.
 */
import { WerkmapInstellingen } from "../../src/excel/acties";
import { Onderdeel, Stroom, WerkmapBron, WerkmapPoort } from "../../src/functions/bron";
import {
  affordable,
  affordableShare,
  check,
  coverage,
  limit,
  net,
  priceSegment,
  target,
} from "../../src/functions/functions";
import { zetWerkmapBron } from "../../src/functions/werkmap";
import { PlanlijstBlad, leesWerkmap } from "../../src/planlijst/lezer";

class ExcelFout {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
const g = globalThis as { CustomFunctions?: unknown };

beforeEach(() => {
  g.CustomFunctions = { Error: ExcelFout, ErrorCode: ERROR_CODE };
});
afterEach(() => {
  delete g.CustomFunctions;
  zetWerkmapBron(undefined);
});

const fout = (code: string, message?: string) => new ExcelFout(code, message);

describe("functions that return", () => {
  test("a range spills; each cell has its own result or error", () => {
    const prijzen = [[355000], ["€ 355.001"], [null], ["veel"], [10000], [{ code: "#N/A" }], [900]];
    expect(affordable(prijzen)).toEqual([
      [true],
      [false],
      [""],
      [
        fout(
          "#VALUE!",
          'Prijs: "veel" is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".'
        ),
      ],
      [
        fout(
          "#VALUE!",
          'Bedrag € 10.000 is te hoog voor een maandhuur en te laag voor een koopprijs; geef als soort "koop" of "huur" op.'
        ),
      ],
      [fout("#N/A", "Prijs: cel bevat de foutwaarde #N/A.")],
      [true],
    ]);
  });

  test("a single value gives a 1×1 result; a single bad value throws Excel's error", () => {
    expect(affordable([[355000]])).toEqual([[true]]);
    expect(affordable(1000 as never)).toEqual([[true]]);
    expect(() => affordable([[10000]])).toThrow(ExcelFout);
    try {
      affordable([["veel"]], [["koop"]]);
    } catch (e) {
      expect(e).toEqual(
        fout(
          "#VALUE!",
          'Prijs: "veel" is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".'
        )
      );
    }
    expect.assertions(4);
  });

  test("optional arguments: a single soort or jaar applies to every price; a column of them row by row", () => {
    expect(affordable([[400000], [1100]], [["koop"], ["huur"]], [[2025]])).toEqual([
      [true],
      [true],
    ]);
    // Without jaar, sociale huur ends at this year's liberalisatiegrens; with jaar 2022 at € 763,47.
    expect(priceSegment([[763.47], [763.48], [1000.01]], [["huur"]], [[2022]])).toEqual([
      ["sociale huur"],
      ["middenhuur"],
      ["dure huur"],
    ]);
    expect(priceSegment([[900]], undefined, [[2022], [2025]])).toEqual([
      ["middenhuur"],
      ["sociale huur"],
    ]);
  });

  test("GRENS, NETTO and TOETS over ranges", () => {
    expect(limit([["koop", "sociale_huur", "middenhuur_min"]], [[2022]])).toEqual([
      [355000, 763.47, 763],
    ]);
    expect(limit([["koop"]], [[2022], [2025], [2026]])).toEqual([[355000], [405000], [420000]]);
    expect(() => limit([["huurgrens"]])).toThrow(ExcelFout);
    expect(net([[24], ["12"], [null]], [[-4], [null], [null]])).toEqual([[20], [12], [""]]);
    expect(check([["BK"], ["SH"], [null]], [[355000], [800], [null]], undefined, [[2022]])).toEqual(
      [
        ["OK"],
        [
          "art. 1g: Sociale huur ligt niet boven de liberalisatiegrens (de woondeal definieert sociale huur niet; art. 1g noemt die grens); de liberalisatiegrens voor dit plan (grensjaar 2022) is € 763,47 (liberalisatiegrens 2022: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag). Deze rij: € 800 per maand, dus middenhuur; in de totalen telt dit plan als middenhuur.",
        ],
        [""],
      ]
    );
  });

  test("ranges of different sizes: cells beyond the shorter one are #N/A", () => {
    expect(net([[10], [20], [30]], [[1], [2]])).toEqual([
      [9],
      [18],
      [fout("#N/A", "Deze cel valt buiten een kleiner bereik in de formule.")],
    ]);
  });

  test("AANDEEL_BETAALBAAR returns a number; #DIV/0! carries no message (Excel shows none)", () => {
    expect(affordableShare([["SH"], ["BK"], ["DK"]], [[1], [1], [1]])).toBe(2 / 3);
    expect(() => affordableShare([["SH"]], [[0]])).toThrow(ExcelFout);
    try {
      affordableShare([["SH"]], [[0]]);
    } catch (e) {
      expect(e).toEqual(fout("#DIV/0!"));
    }
  });

  test("without the CustomFunctions runtime a plain Error still reaches Excel (#VALUE!)", () => {
    delete g.CustomFunctions;
    expect(() => affordable([[10000]])).toThrow(
      new Error(
        '#VALUE! Bedrag € 10.000 is te hoog voor een maandhuur en te laag voor een koopprijs; geef als soort "koop" of "huur" op.'
      )
    );
  });
});

/** A stub of the workbook port for the streaming wrappers (the Office.js port is tested against the fake Excel). */
class StubPoort implements WerkmapPoort {
  instellingen: WerkmapInstellingen = {
    deal: { gemeenten: { Emmen: { aandeel: 2000, jaarschijven: { 2025: 250 } } } },
  };
  melder?: (wat: Onderdeel) => void;
  async leesInstellingen() {
    return structuredClone(this.instellingen);
  }
  async leesPlanlijst(): Promise<PlanlijstBlad[]> {
    return leesWerkmap([
      {
        naam: "Plannen",
        raster: [
          ["Projectnaam", "Gemeente", "Aantal woningen", "Oplevering"],
          ["A", "Emmen", 2600, 2025],
        ],
      },
    ]).bladen;
  }
  async volg(melder: (wat: Onderdeel) => void) {
    this.melder = melder;
    return () => undefined;
  }
}

class StubStroom implements Stroom<unknown> {
  resultaten: unknown[] = [];
  onCanceled?: () => void;
  setResult(v: unknown) {
    this.resultaten.push(v);
  }
}

describe("streaming functions: OPGAVE and DEKKING", () => {
  test("OPGAVE streams the setting and again when the settings change", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 1 });
    zetWerkmapBron(bron);
    const s = new StubStroom();
    target([["Emmen"], ["Zuidoost Drenthe"], ["Emen"]], null as never, s);
    await bron.rust();
    poort.instellingen.deal.gemeenten.Emmen = { aandeel: 2100 };
    poort.melder?.("instellingen");
    await bron.rust();
    const emen = fout("#N/A", "Onbekende gemeente: Emen (bedoelt u Emmen?)");
    expect(s.resultaten).toEqual([
      [[2000], [4177], [emen]],
      [[2100], [4177], [emen]],
    ]);
  });

  test("OPGAVE of one cell streams the error itself", async () => {
    const bron = new WerkmapBron(new StubPoort(), { wachttijd: 1 });
    zetWerkmapBron(bron);
    const s = new StubStroom();
    target([["Coevorden"]], [[2025]], s);
    await bron.rust();
    expect(s.resultaten).toEqual([
      fout(
        "#N/A",
        "Jaarschijf 2025 (bijlage 3) niet ingesteld voor Coevorden. Vul het in bij de instellingen van de Woondeal-toets (taakvenster)."
      ),
    ]);
  });

  test("DEKKING with a capacity does not read the planlijst; without, it does", async () => {
    const poort = new StubPoort();
    const lees = jest.spyOn(poort, "leesPlanlijst");
    const bron = new WerkmapBron(poort, { wachttijd: 1 });
    zetWerkmapBron(bron);
    const met = new StubStroom();
    coverage([["Emmen"]], [[1000], [1600]], met);
    await bron.rust();
    expect(met.resultaten).toEqual([[[1.3]]]);
    expect(lees).not.toHaveBeenCalled();
    const zonder = new StubStroom();
    coverage([["Emmen"]], null as never, zonder);
    await bron.rust();
    expect(zonder.resultaten).toEqual([[[1.3]]]);
    expect(lees).toHaveBeenCalledTimes(1);
  });

  test("DEKKING without capacity and only bad gemeenten does not read the workbook's planlijst", async () => {
    const poort = new StubPoort();
    const lees = jest.spyOn(poort, "leesPlanlijst");
    const bron = new WerkmapBron(poort, { wachttijd: 1 });
    zetWerkmapBron(bron);
    const s = new StubStroom();
    coverage([["Assen"]], undefined as never, s);
    await bron.rust();
    expect(s.resultaten).toEqual([
      fout(
        "#N/A",
        "Assen hoort niet bij de Regionale Woondeal Zuidoost Drenthe; kies Aa en Hunze, Borger-Odoorn, Coevorden, Emmen of Zuidoost Drenthe."
      ),
    ]);
    expect(lees).not.toHaveBeenCalled();
  });
});
