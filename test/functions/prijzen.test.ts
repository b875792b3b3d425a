import { FunctieFout } from "../../src/functions/fouten";
import { betaalbaar, grens, segment, toets } from "../../src/functions/prijzen";
import { Plan } from "../../src/planlijst/plan";
import { maakContext } from "../../src/rules/context";
import { segmentVan, toetsPrijs } from "../../src/rules/prijzen";

const waarde = (m: string) => new FunctieFout("#VALUE!", m);
const nb = (m: string) => new FunctieFout("#N/A", m);
const LIB = (jaar: number) =>
  `liberalisatiegrens ${jaar}: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag`;

// Without a jaar, sociale huur takes the liberalisatiegrens of the current year (the deal does
// not fix it): these tests run "in" 2026 (€ 932,93).
beforeEach(() => jest.useFakeTimers({ now: new Date("2026-06-01T12:00:00Z") }));
afterEach(() => jest.useRealTimers());

describe("BETAALBAAR (art. 1a)", () => {
  test.each([
    // koop: ≤ € 355.000 at the deal's peildatum
    [355000, "koop", true],
    [355000.01, "koop", false],
    [355001, "koop", false],
    [1, "koop", true],
    // huur: ≤ € 1.000 per month
    [1000, "huur", true],
    [1000.01, "huur", false],
    [763.47, "huur", true],
  ])("%p %s → %p", (prijs, soort, verwacht) => {
    expect(betaalbaar(prijs, soort)).toBe(verwacht);
  });

  test.each([
    // soort left out: ≤ 5.000 is a monthly rent, ≥ 20.000 a sale price
    [1000, true],
    [1001, false],
    [5000, false],
    [20000, true],
    [355000, true],
    [355001, false],
  ])("without soort: %p → %p", (prijs, verwacht) => {
    expect(betaalbaar(prijs)).toBe(verwacht);
  });

  test("an amount between 5.000 and 20.000 without soort asks for it", () => {
    const vraag = (bedrag: string) =>
      waarde(
        `Bedrag ${bedrag} is te hoog voor een maandhuur en te laag voor een koopprijs; geef als soort "koop" of "huur" op.`
      );
    expect(betaalbaar(5000.01)).toEqual(vraag("€ 5.000,01"));
    expect(betaalbaar(10000)).toEqual(vraag("€ 10.000"));
    expect(betaalbaar(19999.99)).toEqual(vraag("€ 19.999,99"));
    expect(betaalbaar(10000, "koop")).toBe(true);
    expect(betaalbaar(10000, "huur")).toBe(false);
  });

  test("Dutch price text as the planlijst reader reads it", () => {
    expect(betaalbaar("€ 355.000")).toBe(true);
    expect(betaalbaar("€ 355.001")).toBe(false);
    expect(betaalbaar("355.000,-")).toBe(true);
    expect(betaalbaar("355k")).toBe(true);
    expect(betaalbaar("€ 1.000 p/m")).toBe(true);
    expect(betaalbaar("€ 1.000,01")).toBe(false);
    expect(betaalbaar("763,47", "huur")).toBe(true);
  });

  test("soort in words: huur/koop, segment words and abbreviations, any case", () => {
    expect(betaalbaar(900, "Huur")).toBe(true);
    expect(betaalbaar(900, " KOOP ")).toBe(true);
    expect(betaalbaar(1100, "sociale huur")).toBe(false);
    expect(betaalbaar(300000, "BK")).toBe(true);
    expect(betaalbaar(900, "huurwoning")).toBe(true);
  });

  test("jaar: that year's national limits", () => {
    expect(betaalbaar(405000, "koop", 2025)).toBe(true);
    expect(betaalbaar(405001, "koop", 2025)).toBe(false);
    expect(betaalbaar(390000, "koop", 2024)).toBe(true);
    expect(betaalbaar(355001, "koop", 2023)).toBe(false); // from 2023 no longer the NHG limit
    expect(betaalbaar(1184.82, "huur", 2025)).toBe(true);
    expect(betaalbaar(1184.83, "huur", 2025)).toBe(false);
    expect(betaalbaar(1123.13, "huur", 2024)).toBe(true); // the 1 July 2024 limit counts for 2024
    expect(betaalbaar(420000, "koop", "2026")).toBe(true);
    expect(betaalbaar(420000, "koop", 2022)).toBe(false);
  });

  test("bad input gives #VALUE! with a Dutch message", () => {
    expect(betaalbaar("veel")).toEqual(
      waarde('Prijs: "veel" is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".')
    );
    expect(betaalbaar(true)).toEqual(
      waarde('Prijs: WAAR is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".')
    );
    expect(betaalbaar(0)).toEqual(waarde("Prijs: een prijs moet groter dan 0 zijn, niet 0."));
    expect(betaalbaar(-5, "huur")).toEqual(
      waarde("Prijs: een prijs moet groter dan 0 zijn, niet -5.")
    );
    expect(betaalbaar(900, "pacht")).toEqual(
      waarde('Soort "pacht" is onbekend: gebruik "koop" of "huur".')
    );
    expect(betaalbaar(900, "huur", 2031)).toEqual(
      waarde("Jaar 2031 valt buiten de looptijd van de woondeal (2022–2030).")
    );
    expect(betaalbaar(900, "huur", 2021)).toEqual(
      waarde("Jaar 2021 valt buiten de looptijd van de woondeal (2022–2030).")
    );
    expect(betaalbaar(900, "huur", "volgend jaar")).toEqual(
      waarde('Jaar: "volgend jaar" is geen jaartal.')
    );
    expect(betaalbaar(900, "huur", "2024-2025")).toEqual(
      waarde("Jaar: geef één jaar, niet 2024–2025.")
    );
  });

  test("an error in the cell is passed on with the reason", () => {
    expect(betaalbaar({ fout: "#N/A" })).toEqual(
      new FunctieFout("#N/A", "Prijs: cel bevat de foutwaarde #N/A.")
    );
    expect(betaalbaar("#DEEL/0!")).toEqual(
      new FunctieFout("#DIV/0!", "Prijs: cel bevat de foutwaarde #DEEL/0!.")
    );
    expect(betaalbaar({ fout: "#REF!" })).toEqual(waarde("Prijs: cel bevat de foutwaarde #REF!."));
    expect(betaalbaar(900, { fout: "#N/A" })).toEqual(
      new FunctieFout("#N/A", "Soort: cel bevat de foutwaarde #N/A.")
    );
  });

  test("a blank cell gives a blank result", () => {
    expect(betaalbaar(null)).toBe("");
    expect(betaalbaar("  ")).toBe("");
  });
});

describe("SEGMENT (art. 1a, 1g)", () => {
  test.each([
    [932.93, "huur", "sociale huur"],
    [932.94, "huur", "middenhuur"],
    [1000, "huur", "middenhuur"],
    [1000.01, "huur", "dure huur"],
    [355000, "koop", "betaalbare koop"],
    [355000.01, "koop", "dure koop"],
  ])("%p %s → %s", (prijs, soort, verwacht) => {
    expect(segment(prijs, soort)).toBe(verwacht);
  });

  test("without soort, from the amount; Dutch text", () => {
    expect(segment("€ 640,-")).toBe("sociale huur");
    expect(segment("€ 950 per maand")).toBe("middenhuur");
    expect(segment("€ 1.250")).toBe("dure huur");
    expect(segment("€ 299.500")).toBe("betaalbare koop");
    expect(segment("3,6 ton")).toBe("dure koop");
    expect(segment(12500)).toEqual(
      waarde(
        'Bedrag € 12.500 is te hoog voor een maandhuur en te laag voor een koopprijs; geef als soort "koop" of "huur" op.'
      )
    );
  });

  test("jaar: the limits in force that year", () => {
    expect(segment(900.07, "huur", 2025)).toBe("sociale huur");
    expect(segment(900.08, "huur", 2025)).toBe("middenhuur");
    expect(segment(1184.82, "huur", 2025)).toBe("middenhuur");
    expect(segment(1184.83, "huur", 2025)).toBe("dure huur");
    expect(segment(405000, "koop", 2025)).toBe("betaalbare koop");
    expect(segment(800, "huur", 2022)).toBe("middenhuur");
    expect(segment(800, "huur", 2023)).toBe("sociale huur");
  });

  test("bad input", () => {
    expect(segment("n.t.b.")).toEqual(
      waarde('Prijs: "n.t.b." is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".')
    );
    expect(segment(800, "huur", true)).toEqual(waarde("Jaar: WAAR is geen jaartal."));
    expect(segment(undefined)).toBe("");
  });
});

describe("GRENS", () => {
  test.each([
    ["koop", 355000],
    ["nhg", 355000],
    ["huur", 1000],
    ["middenhuur_max", 1000],
    ["middenhuur_min", 763],
    ["sociale_huur", 932.93],
    ["liberalisatiegrens", 932.93],
  ])(
    "%s → %p (the deal's value of 1 januari 2022; sociale huur: this year's liberalisatiegrens)",
    (naam, verwacht) => {
      expect(grens(naam)).toBe(verwacht);
    }
  );

  test.each([
    ["koop", 2025, 405000],
    ["koop", 2023, 355000],
    ["koop", 2024, 390000],
    ["koop", 2026, 420000],
    ["nhg", 2025, 450000],
    ["nhg", 2023, 405000],
    ["huur", 2024, 1123.13],
    ["huur", 2025, 1184.82],
    ["sociale_huur", 2023, 808.06],
    ["sociale_huur", 2026, 932.93],
    ["middenhuur_min", 2025, 900.07],
    ["koop", 2022, 355000],
  ])("%s in %p → %p", (naam, jaar, verwacht) => {
    expect(grens(naam, jaar)).toBe(verwacht);
  });

  test("names are forgiving about case, spaces and hyphens; the year may be text", () => {
    expect(grens(" Sociale huur ")).toBe(932.93);
    expect(grens("MIDDENHUUR-MIN")).toBe(763);
    expect(grens("koop", "2025")).toBe(405000);
  });

  test("an unknown name lists the names", () => {
    const namen =
      "koop, nhg, huur, middenhuur_max, middenhuur_min, sociale_huur, liberalisatiegrens";
    expect(grens("huurgrens")).toEqual(waarde(`Onbekende grens "huurgrens": kies uit ${namen}.`));
    expect(grens(5)).toEqual(waarde(`Onbekende grens "5": kies uit ${namen}.`));
    expect(grens(null)).toEqual(waarde(`Geef de naam van een grens: kies uit ${namen}.`));
    expect(grens("koop", 2040)).toEqual(
      waarde("Jaar 2040 valt buiten de looptijd van de woondeal (2022–2030).")
    );
  });

  test("a year without published national values is #N/B 'nog niet bekend', never a copy of 2026", () => {
    expect(grens("koop", 2030)).toEqual(
      nb(
        "De grens koop van 2030 is nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026."
      )
    );
    expect(grens("sociale_huur", 2027)).toEqual(
      nb(
        "De grens sociale_huur van 2027 is nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026."
      )
    );
    expect(grens("koop", 2026)).toBe(420000);
    jest.setSystemTime(new Date("2027-03-01T12:00:00Z"));
    expect(grens("sociale_huur")).toEqual(
      nb(
        "De grens sociale_huur van 2027 is nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026."
      )
    );
    expect(grens("koop")).toBe(355000);
  });

  test("BETAALBAAR, SEGMENT and TOETS with such a year are #N/B too", () => {
    const fout = nb(
      "De landelijke prijsgrenzen van 2029 zijn nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026."
    );
    expect(betaalbaar(400000, "koop", 2029)).toEqual(fout);
    expect(segment(900, "huur", 2029)).toEqual(fout);
    expect(toets("BK", 400000, "koop", 2029)).toEqual(fout);
    expect(grens({ fout: "#N/A" })).toEqual(
      new FunctieFout("#N/A", "Naam: cel bevat de foutwaarde #N/A.")
    );
  });
});

describe("TOETS (the engine's row rule for art. 1a/1g)", () => {
  test("OK when the price fits the segment, exactly at each limit", () => {
    expect(toets("betaalbare koop", 355000)).toBe("OK");
    expect(toets("sociale huur", 932.93)).toBe("OK");
    expect(toets("sociale huur", 812)).toBe("OK");
    expect(toets("middenhuur", 1000)).toBe("OK");
    expect(toets("middenhuur", 932.94)).toBe("OK");
    expect(toets("dure koop", 355000.01)).toBe("OK");
    expect(toets("dure huur", 1000.01)).toBe("OK");
    expect(toets("BK", "€ 355.000")).toBe("OK");
    expect(toets("SH", "€ 640,-")).toBe("OK");
  });

  test("the engine's reason, with its article, when it does not", () => {
    expect(toets("betaalbare koop", 355001)).toBe(
      "art. 1a: Betaalbare koop kost volgens art. 1a ten hoogste € 355.000 (de NHG-grens met peildatum 1 januari 2022, art. 1a); deze rij: € 355.001, dus dure koop; in de totalen telt dit plan als dure koop."
    );
    expect(toets("sociale huur", 932.94)).toBe(
      `art. 1g: Sociale huur ligt niet boven de liberalisatiegrens (de woondeal definieert sociale huur niet; art. 1g noemt die grens); de liberalisatiegrens voor dit plan (geen opleverjaar; peildatum in 2026) is € 932,93 (${LIB(2026)}). Deze rij: € 932,94 per maand, dus middenhuur; in de totalen telt dit plan als middenhuur.`
    );
    expect(toets("MH", 1000.01)).toBe(
      "art. 1g: Middenhuur ligt volgens art. 1g tussen de liberalisatiegrens en € 1.000 (art. 1a) per maand; deze rij: € 1.000,01, dus dure huur; in de totalen telt dit plan als dure huur."
    );
    expect(toets("middenhuur", 700)).toBe(
      `art. 1g: Middenhuur ligt volgens art. 1g boven de liberalisatiegrens; de liberalisatiegrens voor dit plan (geen opleverjaar; peildatum in 2026) is € 932,93 (${LIB(2026)}). Deze rij: € 700 per maand, dus sociale huur; in de totalen telt dit plan als sociale huur.`
    );
    expect(toets("dure koop", 300000)).toBe(
      "art. 1a: Segment dure koop, maar € 300.000 valt volgens art. 1a binnen betaalbare koop; de grens is € 355.000 (de NHG-grens met peildatum 1 januari 2022, art. 1a); in de totalen telt dit plan als betaalbare koop en dus als betaalbaar."
    );
    expect(toets("sociale huur", 250000, "koop")).toBe(
      "art. 1a: Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als betaalbare koop."
    );
  });

  test("without soort the segment tells the kind; a price of the other kind is a koop/huur mix-up", () => {
    expect(toets("sociale huur", 250000)).toBe(
      "art. 1a: Segment sociale huur is huur, maar de prijs € 250.000 staat als koopprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als betaalbare koop."
    );
    expect(toets("betaalbare koop", 950)).toBe(
      "art. 1a: Segment betaalbare koop is koop, maar de prijs € 950 staat als huurprijs; corrigeer segment of prijs. Op zijn prijs telt dit plan in de totalen als middenhuur."
    );
  });

  test("jaar: the row rule with that year's limits", () => {
    expect(toets("betaalbare koop", 405000, null, 2025)).toBe("OK");
    expect(toets("betaalbare koop", 405001, "koop", 2025)).toBe(
      "art. 1a: Betaalbare koop kost volgens art. 1a ten hoogste € 405.000 (grensjaar 2025: betaalbare koopgrens 2025); deze rij: € 405.001, dus dure koop; in de totalen telt dit plan als dure koop."
    );
  });

  test("only koop/huur as segment: the kind is known, nothing to hold the price against", () => {
    expect(toets("huur", 1500)).toBe("OK");
  });

  test("missing or bad input", () => {
    expect(toets(null, null)).toBe("");
    expect(toets(null, 300000)).toEqual(
      waarde("Segment: geef het segment van de rij (bijvoorbeeld sociale huur of BK).")
    );
    expect(toets("BK", "")).toEqual(
      waarde("Prijs: geef de koopprijs of de kale huur per maand van de rij.")
    );
    expect(toets("luxe", 300000)).toEqual(
      waarde(
        'Segment: "luxe" is geen bekend segment (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop).'
      )
    );
    expect(toets("BK", "duur")).toEqual(
      waarde('Prijs: "duur" is geen getal. Geef een bedrag, zoals 355000 of "€ 355.000".')
    );
    expect(toets("BK", 300000, "erfpacht")).toEqual(
      waarde('Soort "erfpacht" is onbekend: gebruik "koop" of "huur".')
    );
    expect(toets({ fout: "#N/A" }, 300000)).toEqual(
      new FunctieFout("#N/A", "Segment: cel bevat de foutwaarde #N/A.")
    );
  });
});

describe("the functions give the engine's answers (the CLI and the pane use the same engine)", () => {
  test("TOETS and SEGMENT for a row equal toetsPrijs and segmentVan for the same plan on the same day", () => {
    const ctx = maakContext({ peildatum: "2026-06-01" });
    for (const [seg, prijs] of [
      ["sociale huur", 950],
      ["sociale huur", 812],
      ["middenhuur", 900],
      ["betaalbare koop", 360000],
      ["dure koop", 340000],
    ] as const) {
      const plan: Plan = {
        blad: "",
        rij: 0,
        kolommen: {},
        segmentAantallen: {},
        jaarschijven: [],
        problemen: [],
        segment: seg,
        ...(prijs > 5000 ? { koopprijs: prijs } : { huurprijs: prijs }),
      };
      const f = toetsPrijs(plan, ctx);
      expect(toets(seg, prijs)).toBe(
        f.length ? f.map((b) => `${b.article}: ${b.message}`).join(" ") : "OK"
      );
      expect(segment(prijs)).toBe(segmentVan(plan, ctx));
    }
  });
});
