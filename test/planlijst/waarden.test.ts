import { Cel } from "../../src/planlijst/cel";
import {
  BETAALBARE_SEGMENTEN,
  SEGMENTEN,
  eigendomVan,
  foutReden,
  jaarVanSerieel,
  leesAantal,
  leesGetal,
  leesJaar,
  leesJaNee,
  leesBouwsoort,
  leesPlanstatus,
  leesPrijsklasse,
  leesSegment,
  leesWoonvorm,
  normaliseer,
} from "../../src/planlijst/waarden";

const waarde = <T>(g: { ok: true; waarde: T } | { ok: false; reden: string }): T | string =>
  g.ok ? g.waarde : `NEE: ${g.reden}`;

describe("leesGetal: Dutch numbers, prices and counts", () => {
  it.each([
    ["€ 355.000", 355000],
    ["355.000,-", 355000],
    ["€ 355.000,00", 355000],
    ["€355.000", 355000],
    ["1.050", 1050],
    ["€ 640,-", 640],
    ["€ 640,=", 640],
    ["763,47", 763.47],
    ["763.47", 763.47],
    ["€ 763,47 p/m", 763.47],
    ["€ 1.000,00", 1000],
    ["1,000.50", 1000.5],
    ["1.000.000,50", 1000000.5],
    ["355k", 355000],
    ["355 k", 355000],
    ["355,5k", 355500],
    ["3,5 ton", 350000],
    ["3,55 ton", 355000],
    ["1,5 mln", 1500000],
    ["0,35 miljoen", 350000],
    ["€ 355.000 v.o.n.", 355000],
    ["12 woningen", 12],
    ["12 won.", 12],
    ["355 000", 355000],
    ["\u00a0€\u00a0355.000", 355000],
    ["-5", -5],
    ["−5", -5],
    ["(5)", -5],
    ["+3", 3],
    ["12.5", 12.5],
    ["0", 0],
    ["ca. 20", 20],
    ["circa 20 woningen", 20],
    ["± 20", 20],
    ["~15", 15],
    ["-€ 32.000", -32000],
    ["€ -32.000", -32000],
    [24, 24],
    [-12, -12],
    [763.47, 763.47],
  ] as [Cel, number][])("%j → %d", (cel, getal) => {
    expect(leesGetal(cel)).toEqual({ ok: true, waarde: getal });
  });
  it("'1.05' has a dot with two digits: a decimal point, not thousands", () => {
    expect(waarde(leesGetal("1.05"))).toBe(1.05);
  });
  it.each([
    ["pm", '"pm" is geen getal'],
    ["p.m.", '"p.m." is geen getal'],
    ["nvt", '"nvt" is geen getal'],
    ["1e3", '"1e3" is geen getal'],
    ["12-15", '"12-15" is geen getal'],
    ["", "lege cel"],
    ["   ", "lege cel"],
    [null, "lege cel"],
    [undefined, "lege cel"],
    [true, "WAAR is geen getal"],
    [false, "ONWAAR is geen getal"],
    ["#REF!", "cel bevat de foutwaarde #REF!"],
    ["#verw!", "cel bevat de foutwaarde #VERW!"],
    [{ fout: "#DIV/0!" }, "cel bevat de foutwaarde #DIV/0!"],
    [NaN, "geen eindig getal"],
    [Infinity, "geen eindig getal"],
  ] as [Cel, string][])("%j is not a number: %s", (cel, reden) => {
    expect(leesGetal(cel)).toEqual({ ok: false, reden });
  });
  it("a date is not a number", () => {
    expect(leesGetal(new Date(Date.UTC(2025, 0, 1)))).toEqual({
      ok: false,
      reden: "een datum is geen getal",
    });
  });
  it("foutReden: an Excel error names the error; any other text is kept", () => {
    expect(foutReden("#N/A")).toBe("cel bevat de foutwaarde #N/A");
    expect(foutReden("formule zonder berekende waarde")).toBe("formule zonder berekende waarde");
  });
});

describe("leesAantal: counts of homes", () => {
  it("a count is a number; more than a million homes is not plausible", () => {
    expect(leesAantal("1.050")).toEqual({ ok: true, waarde: 1050 });
    expect(leesAantal(-12)).toEqual({ ok: true, waarde: -12 });
    expect(leesAantal(1000001)).toEqual({
      ok: false,
      reden: "1000001 woningen is niet aannemelijk",
    });
  });
});

describe("leesJaar: delivery years, spans, quarters and dates", () => {
  it("an invalid date (ExcelJS gives one for a huge serial in a date cell) is unreadable, not year NaN", () => {
    expect(leesJaar(new Date(NaN))).toEqual({ ok: false, reden: "ongeldige datum" });
  });
  it.each([
    [2025, 2025, 2025],
    ["2025", 2025, 2025],
    ["Q3 2025", 2025, 2025],
    ["q1 2026", 2026, 2026],
    ["medio 2026", 2026, 2026],
    ["eind 2027", 2027, 2027],
    ["2023-2024", 2023, 2024],
    ["2023 - 2024", 2023, 2024],
    ["2023–2024", 2023, 2024],
    ["2025/2026", 2025, 2026],
    ["2023-24", 2023, 2024],
    ["2025 t/m 2027", 2025, 2027],
    ["2025-07-01", 2025, 2025],
    ["01-07-2025", 2025, 2025],
    ["1-7-2025", 2025, 2025],
    ["'25", 2025, 2025],
    ["Q3 '25", 2025, 2025],
    [45658, 2025, 2025],
    [45658.75, 2025, 2025],
    [44562, 2022, 2022],
    [47848, 2030, 2030],
  ] as [Cel, number, number][])("%j → %i–%i", (cel, van, tot) => {
    expect(leesJaar(cel)).toEqual({ ok: true, waarde: { van, tot } });
  });
  it("a JS Date (ExcelJS) gives its year", () => {
    expect(leesJaar(new Date(Date.UTC(2026, 11, 31)))).toEqual({
      ok: true,
      waarde: { van: 2026, tot: 2026 },
    });
    expect(leesJaar(new Date(Date.UTC(2022, 0, 1)))).toEqual({
      ok: true,
      waarde: { van: 2022, tot: 2022 },
    });
  });
  it("jaarVanSerieel: Excel serial 1 is 1900-01-01, 45658 is 2025-01-01, 45657 is 2024-12-31", () => {
    expect(jaarVanSerieel(45658)).toBe(2025);
    expect(jaarVanSerieel(45657)).toBe(2024);
    expect(jaarVanSerieel(2)).toBe(1900);
  });
  it("open ends: '2030+', '2030 e.v.', 'vanaf 2030' run from 2030; 'na 2030' starts in 2031", () => {
    expect(waarde(leesJaar("2030+"))).toEqual({ van: 2030, tot: 2100 });
    expect(waarde(leesJaar("2030 e.v."))).toEqual({ van: 2030, tot: 2100 });
    expect(waarde(leesJaar("vanaf 2030"))).toEqual({ van: 2030, tot: 2100 });
    expect(waarde(leesJaar("na 2030"))).toEqual({ van: 2031, tot: 2100 });
    expect(waarde(leesJaar("na 2024"))).toEqual({ van: 2025, tot: 2100 });
  });
  it.each([
    ["ooit", '"ooit" is geen jaartal'],
    ["", "lege cel"],
    [2025.5, "2025.5 is geen jaartal"],
    [150, "150 is geen jaartal"],
    [true, "geen jaartal"],
    ["#N/A", "cel bevat de foutwaarde #N/A"],
    [{ fout: "#REF!" }, "cel bevat de foutwaarde #REF!"],
  ] as [Cel, string][])("%j is no year: %s", (cel, reden) => {
    expect(leesJaar(cel)).toEqual({ ok: false, reden });
  });
});

describe("leesJaNee", () => {
  it.each([
    ["ja", true],
    ["Ja", true],
    ["J", true],
    ["x", true],
    ["waar", true],
    [true, true],
    [1, true],
    ["nee", false],
    ["Nee ", false],
    ["N", false],
    ["-", false],
    [false, false],
    [0, false],
  ] as [Cel, boolean][])("%j → %s", (cel, jaNee) => {
    expect(leesJaNee(cel)).toEqual({ ok: true, waarde: jaNee });
  });
  it("anything else is no yes/no", () => {
    expect(leesJaNee("misschien")).toEqual({ ok: false, reden: '"misschien" is geen ja of nee' });
    expect(leesJaNee(2)).toEqual({ ok: false, reden: "2 is geen ja/nee" });
    expect(leesJaNee(null)).toEqual({ ok: false, reden: "geen ja/nee" });
  });
});

describe("leesSegment: words and abbreviations", () => {
  it.each([
    ["SH", "sociale huur"],
    ["sh", "sociale huur"],
    ["Sociale huur", "sociale huur"],
    ["sociale huurwoningen", "sociale huur"],
    ["soc. huur", "sociale huur"],
    ["MH", "middenhuur"],
    ["Middenhuur", "middenhuur"],
    ["midden huur", "middenhuur"],
    ["middeldure huur", "middenhuur"],
    ["VSH", "dure huur"],
    ["DH", "dure huur"],
    ["vrije sector huur", "dure huur"],
    ["vrije-sector huur", "dure huur"],
    ["BK", "betaalbare koop"],
    ["Betaalbare koop", "betaalbare koop"],
    ["DK", "dure koop"],
    ["dure koop", "dure koop"],
    ["vrije sector koop", "dure koop"],
    ["Huur(sociaal)", "sociale huur"],
    ["Huur middelduur", "middenhuur"],
    ["Huur(middenhuur)", "middenhuur"],
    ["Huur duur", "dure huur"],
    ["Koop betaalbaar", "betaalbare koop"],
    ["Koop(sociaal)", "betaalbare koop"],
    ["Koop(duur)", "dure koop"],
    ["sociale huur - corporatie", "sociale huur"],
  ])("%j → %s", (cel, segment) => {
    expect(leesSegment(cel)).toEqual({ ok: true, waarde: { segment } });
  });
  it("'Huur' and 'Koop' say only huur or koop", () => {
    expect(leesSegment("Huur")).toEqual({ ok: true, waarde: { eigendom: "huur" } });
    expect(leesSegment("koopwoningen")).toEqual({ ok: true, waarde: { eigendom: "koop" } });
  });
  it("an unknown word gets a reason listing the segments", () => {
    expect(leesSegment("penthouse")).toEqual({
      ok: false,
      reden:
        '"penthouse" is geen bekend segment (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop)',
    });
    expect(leesSegment(3)).toEqual({ ok: false, reden: "geen segment" });
  });
  it("segments, affordable ones and huur/koop", () => {
    expect(SEGMENTEN).toEqual([
      "sociale huur",
      "middenhuur",
      "dure huur",
      "betaalbare koop",
      "dure koop",
    ]);
    expect([...BETAALBARE_SEGMENTEN].sort()).toEqual([
      "betaalbare koop",
      "middenhuur",
      "sociale huur",
    ]);
    expect(SEGMENTEN.map(eigendomVan)).toEqual(["huur", "huur", "huur", "koop", "koop"]);
  });
});

describe("leesPrijsklasse: price-class words that name no deal segment stay labels", () => {
  it.each([
    ["middeldure koop", "koop"],
    ["Koop middelduur", "koop"],
    ["Koop laag middelduur", "koop"],
    ["koop midden", "koop"],
    ["(middel)dure koop", "koop"],
    ["goedkope koop", "koop"],
    ["Koop goedkoop", "koop"],
    ["Koop onbekend", "koop"],
    ["Huur goedkoop", "huur"],
    ["Huur(goedkoop)", "huur"],
    ["Huur betaalbaar", "huur"],
    ["betaalbare huur", "huur"],
    ["geliberaliseerde huur", "huur"],
    ["Huur onbekend", "huur"],
  ])("%j → label, %s", (cel, eigendom) => {
    expect(leesPrijsklasse(cel)).toEqual({ ok: true, waarde: { label: cel, eigendom } });
  });
  it.each(["vrije sector", "Onbekend", "middelduur", "duur", "betaalbaar"])(
    "%j → label without tenure",
    (cel) => {
      expect(leesPrijsklasse(cel)).toEqual({ ok: true, waarde: { label: cel } });
    }
  );
  it("deal segments and huur/koop read as leesSegment reads them", () => {
    expect(leesPrijsklasse("Sociale huur")).toEqual({
      ok: true,
      waarde: { segment: "sociale huur" },
    });
    expect(leesPrijsklasse("Koop")).toEqual({ ok: true, waarde: { eigendom: "koop" } });
  });
  it("leesSegment refuses a label: the price decides the segment", () => {
    expect(leesSegment("Koop laag middelduur")).toEqual({
      ok: false,
      reden:
        '"Koop laag middelduur" noemt geen segment van de woondeal (sociale huur, middenhuur, dure huur, betaalbare koop, dure koop); de prijs bepaalt het segment',
    });
  });
});

describe("leesPlanstatus: Woningbouw Monitor codes, 5A/5B, procesfase words", () => {
  it.each([
    ["ONH", "1A", "hard"],
    ["VST", "2A", "hard"],
    ["OTW", "3", "zacht"],
    ["PLV", "3", "zacht"],
    ["5. onherroepelijk/ hard (ONH)", "1A", "hard"],
    ["4. vastgesteld/ hard (VST)", "2A", "hard"],
    ["3. concept bp/ zacht (PLV)", "3", "zacht"],
    ["2. ontwerp bp/ zacht (OTW)", "3", "zacht"],
    ["1a_onherroepelijk", "1A", "hard"],
    ["1A.", "1A", "hard"],
    ["1B onhr + uitwerkingsplicht", "1B", "hard"],
    ["5A Ambtelijk met locatie", "5A", "zacht"],
    ["Ambtelijk zonder locatie", "5B", "zacht"],
    ["Niet opgenomen in de visie", "4B", "zacht"],
    ["Potentieel", "4A", "zacht"],
    ["Planologische voorbereiding", "3", "zacht"],
    ["Ontwerpplan/besluit", "3", "zacht"],
    ["Vastgesteld plan/besluit", "2A", "hard"],
    ["Onherroepelijk plan/besluit", "1A", "hard"],
  ])("%j → %s (%s)", (cel, code, hardheid) => {
    expect(leesPlanstatus(cel)).toMatchObject({ ok: true, waarde: { code, hardheid } });
  });
  it.each([
    ["POC", "geen aanvraag", "zacht", false],
    ["1. geen aanvraag/ zacht (POC)", "geen aanvraag", "zacht", false],
    ["Intake", "intake", "zacht", false],
    ["Start Project", "start project", "zacht", false],
    ["Vergunning verleend", "vergund", "hard", false],
    ["In aanbouw", "in aanbouw", "hard", false],
    ["Gereed, in gebruik", "opgeleverd", "hard", true],
  ])("%j → %s (%s)", (cel, omschrijving, hardheid, gerealiseerd) => {
    expect(leesPlanstatus(cel)).toEqual({
      ok: true,
      waarde: { omschrijving, hardheid, gerealiseerd },
    });
  });
});

describe("leesWoonvorm and leesBouwsoort: Woningbouw Monitor words", () => {
  it.each([
    ["Flexwoning", true],
    ["Tijdelijke woningen", true],
    ["Tiny house", true],
    ["Mantelzorgwoning", false],
    ["Woonwagen/woonwagenstandplaats", false],
    ["Regulier permanent", false],
    ["ja", true],
  ])("%j → flex %s", (cel, flex) => {
    expect(leesWoonvorm(cel)).toEqual({ ok: true, waarde: flex });
  });
  it("an unknown woonvorm gets a reason", () => {
    expect(leesWoonvorm("Woonboot")).toEqual({
      ok: false,
      reden:
        '"Woonboot" is geen bekende woonvorm (flexwoning, tijdelijke woningen, tiny house, regulier, …)',
    });
  });
  it.each([
    ["Nieuwbouw", false, false],
    ["Nieuwbouw vervangend", false, false],
    ["Transformatie", true, false],
    ["Verbouw overig", true, false],
    ["Onttrekking sloop", false, true],
    ["Onttrekking overig", false, true],
  ])("%j → transformatie %s, onttrekking %s", (cel, transformatie, onttrekking) => {
    expect(leesBouwsoort(cel)).toEqual({ ok: true, waarde: { transformatie, onttrekking } });
  });
});

describe("leesPlanstatus: coded 1A … 4B, words, unknown", () => {
  it.each([
    ["1A", "1A", "hard"],
    ["1a onherroepelijk", "1A", "hard"],
    ["1A Onherroepelijk", "1A", "hard"],
    ["1 A", "1A", "hard"],
    ["1B onhr + uitwerkingsplicht", "1B", "hard"],
    ["1C Onherroepelijk, wijzigingsbevoegdheid", "1C", "hard"],
    ["2A Vastgesteld plan/besluit", "2A", "hard"],
    ["2B vastgesteld + Uitwerkingsplicht", "2B", "hard"],
    ["2C", "2C", "hard"],
    ["3", "3", "zacht"],
    ["3 plan/besluit in voorbereiding", "3", "zacht"],
    ["4A potentiele locatie in visie", "4A", "zacht"],
    ["4A Visie", "4A", "zacht"],
    ["4B Optie", "4B", "zacht"],
    ["onherroepelijk", "1A", "hard"],
    ["Vastgesteld", "2A", "hard"],
    ["vastgesteld, nog niet onherroepelijk", "2A", "hard"],
    ["in voorbereiding", "3", "zacht"],
    ["ontwerpbestemmingsplan", "3", "zacht"],
    ["zacht", "3", "zacht"],
    ["niet hard", "3", "zacht"],
    ["potentiële locatie", "4A", "zacht"],
    ["optie", "4B", "zacht"],
  ])("%j → code %s, %s", (cel, code, hardheid) => {
    const g = leesPlanstatus(cel);
    expect(g.ok && g.waarde).toMatchObject({ code, hardheid });
  });
  it.each([
    [1, "1", "hard"],
    [2, "2", "hard"],
    [3, "3", "zacht"],
    [4, "4", "zacht"],
  ])("a bare number %d is code %s, %s", (cel, code, hardheid) => {
    expect(leesPlanstatus(cel)).toMatchObject({ ok: true, waarde: { code, hardheid } });
  });
  it.each(["Onbekend", "Status onbekend", "onbekend", "n.b.", "?"])(
    "%j is unknown, never hard",
    (cel) => {
      expect(leesPlanstatus(cel)).toEqual({
        ok: true,
        waarde: { omschrijving: "onbekend", hardheid: "onbekend", gerealiseerd: false },
      });
    }
  );
  it.each([
    ["vergund", "vergund", false],
    ["omgevingsvergunning verleend", "vergund", false],
    ["in aanbouw", "in aanbouw", false],
    ["start bouw", "in aanbouw", false],
    ["opgeleverd", "opgeleverd", true],
    ["gerealiseerd", "opgeleverd", true],
    ["gereed", "opgeleverd", true],
  ])("%j is hard (%s), realised: %s", (cel, omschrijving, gerealiseerd) => {
    expect(leesPlanstatus(cel)).toEqual({
      ok: true,
      waarde: { omschrijving, hardheid: "hard", gerealiseerd },
    });
  });
  it("a year in the status column is no status code ('2025' is not 2 vastgesteld)", () => {
    expect(leesPlanstatus("2025").ok).toBe(false);
    expect(leesPlanstatus(2025).ok).toBe(false);
  });
  it("'voorbereiding gestart' is in voorbereiding, not in aanbouw; 'gereed voor vergunning' is not delivered", () => {
    expect(leesPlanstatus("voorbereiding gestart")).toMatchObject({
      ok: true,
      waarde: { code: "3", hardheid: "zacht" },
    });
    const g = leesPlanstatus("Gereed voor vergunning");
    expect(g.ok && g.waarde.gerealiseerd).toBe(false);
  });
  it("errors and empty cells have reasons", () => {
    expect(leesPlanstatus("#REF!")).toEqual({ ok: false, reden: "cel bevat de foutwaarde #REF!" });
    expect(leesPlanstatus(null)).toEqual({ ok: false, reden: "lege cel" });
    expect(leesPlanstatus("weet ik niet")).toEqual({
      ok: false,
      reden:
        '"weet ik niet" is geen bekende planstatus (1A … 4B, onherroepelijk, vastgesteld, in voorbereiding, …)',
    });
  });
});

describe("normaliseer", () => {
  it("lower case, no accents, single spaces", () => {
    expect(normaliseer("  Potentiële   Locatie_Oost ")).toBe("potentiele locatie oost");
  });
});

describe("leesPlanstatus: more words", () => {
  it("'harde plancapaciteit' is hard; 'gestart' alone is in aanbouw", () => {
    expect(leesPlanstatus("harde plancapaciteit")).toMatchObject({
      ok: true,
      waarde: { hardheid: "hard" },
    });
    expect(leesPlanstatus("gestart")).toMatchObject({
      ok: true,
      waarde: { omschrijving: "in aanbouw" },
    });
  });
});
