import {
  InstellingenFout,
  LEGE_INSTELLINGEN,
  aandeelVan,
  aandelenStand,
  jaarschijfVan,
  leesInstellingen,
} from "../../src/deal/instellingen";

describe("leesInstellingen: bijlage 3 as settings", () => {
  it("art. 1c: reads aandeel and jaarschijven per gemeente, with spelling variants as keys", () => {
    const inst = leesInstellingen({
      gemeenten: {
        Emmen: { aandeel: 2000, jaarschijven: { "2023": 250, "2024": 300 } },
        "Aa & Hunze": { aandeel: 400 },
      },
    });
    expect(inst).toEqual({
      gemeenten: {
        Emmen: { aandeel: 2000, jaarschijven: { 2023: 250, 2024: 300 } },
        "Aa en Hunze": { aandeel: 400 },
      },
    });
  });
  it("null and missing values are not set", () => {
    expect(
      leesInstellingen({ gemeenten: { Coevorden: { aandeel: null, jaarschijven: null } } })
    ).toEqual({ gemeenten: { Coevorden: {} } });
    expect(leesInstellingen({ gemeenten: {} })).toEqual({ gemeenten: {} });
  });
  it("zero is a valid aandeel", () => {
    expect(leesInstellingen({ gemeenten: { Emmen: { aandeel: 0 } } }).gemeenten.Emmen).toEqual({
      aandeel: 0,
    });
  });
});

describe("leesInstellingen: Dutch errors naming the offending key", () => {
  const fout = (json: unknown) => {
    try {
      leesInstellingen(json);
    } catch (e) {
      expect(e).toBeInstanceOf(InstellingenFout);
      return (e as Error).message;
    }
    throw new Error("no InstellingenFout");
  };
  it.each([[null], [[]], [{}], [{ gemeenten: [] }], ["Emmen"]])(
    "%j has the wrong shape",
    (json) => {
      expect(fout(json)).toBe(
        'Instellingen moeten de vorm {"gemeenten": {"Emmen": {"aandeel": …}}} hebben.'
      );
    }
  );
  it("a typo in a gemeente gets a suggestion", () => {
    expect(fout({ gemeenten: { Emen: { aandeel: 1 } } })).toBe(
      'Onbekende gemeente in instellingen: "Emen" (bedoelt u Emmen?). Kies uit Aa en Hunze, Borger-Odoorn, Coevorden, Emmen.'
    );
  });
  it("a gemeente outside the deal is refused", () => {
    expect(fout({ gemeenten: { Assen: { aandeel: 1 } } })).toBe(
      'Onbekende gemeente in instellingen: "Assen". Kies uit Aa en Hunze, Borger-Odoorn, Coevorden, Emmen.'
    );
  });
  it("a gemeente's settings must be an object", () => {
    expect(fout({ gemeenten: { Emmen: 2000 } })).toBe(
      "Instellingen voor Emmen: verwacht een object."
    );
  });
  it.each([
    [-1, "-1"],
    ["2000", '"2000"'],
    [Number.NaN, "null"],
    [true, "true"],
  ])("an aandeel of %j is refused", (aandeel, getoond) => {
    expect(fout({ gemeenten: { Emmen: { aandeel } } })).toBe(
      `Instellingen Emmen.aandeel: verwacht een getal van 0 of meer, niet ${getoond}.`
    );
  });
  it("jaarschijven must be an object of years 2022 … 2030", () => {
    expect(fout({ gemeenten: { Emmen: { jaarschijven: [1, 2] } } })).toBe(
      'Instellingen Emmen.jaarschijven: verwacht {"2023": aantal, …}.'
    );
    expect(fout({ gemeenten: { Emmen: { jaarschijven: { "2021": 5 } } } })).toBe(
      'Instellingen Emmen.jaarschijven: "2021" is geen jaar van 2022 t/m 2030.'
    );
    expect(fout({ gemeenten: { Emmen: { jaarschijven: { "2031": 5 } } } })).toBe(
      'Instellingen Emmen.jaarschijven: "2031" is geen jaar van 2022 t/m 2030.'
    );
    expect(fout({ gemeenten: { Emmen: { jaarschijven: { volgend: 5 } } } })).toBe(
      'Instellingen Emmen.jaarschijven: "volgend" is geen jaar van 2022 t/m 2030.'
    );
    expect(fout({ gemeenten: { Emmen: { jaarschijven: { "2025": -5 } } } })).toBe(
      "Instellingen Emmen.jaarschijven.2025: verwacht een getal van 0 of meer, niet -5."
    );
  });
  it("2022 and 2030 are valid jaarschijven", () => {
    expect(
      leesInstellingen({ gemeenten: { Emmen: { jaarschijven: { "2022": 1, "2030": 2 } } } })
        .gemeenten.Emmen?.jaarschijven
    ).toEqual({ 2022: 1, 2030: 2 });
  });
});

describe("aandeelVan / jaarschijfVan", () => {
  const inst = leesInstellingen({
    gemeenten: {
      Emmen: { aandeel: 2000, jaarschijven: { "2023": 250 } },
      Coevorden: { jaarschijven: { "2023": 100, "2024": 150 } },
      "Borger-Odoorn": {},
    },
  });
  it("art. 1c: the set aandeel wins over the jaarschijven", () => {
    expect(aandeelVan(inst, "Emmen")).toBe(2000);
  });
  it("art. 1c: without an aandeel, the sum of the jaarschijven", () => {
    expect(aandeelVan(inst, "Coevorden")).toBe(250);
  });
  it("art. 1c: nothing set is undefined, never a guess", () => {
    expect(aandeelVan(inst, "Borger-Odoorn")).toBeUndefined();
    expect(aandeelVan(inst, "Aa en Hunze")).toBeUndefined();
    expect(aandeelVan(LEGE_INSTELLINGEN, "Emmen")).toBeUndefined();
  });
  it("a jaarschijf of a year, or undefined", () => {
    expect(jaarschijfVan(inst, "Emmen", 2023)).toBe(250);
    expect(jaarschijfVan(inst, "Emmen", 2024)).toBeUndefined();
    expect(jaarschijfVan(inst, "Aa en Hunze", 2023)).toBeUndefined();
  });
});

describe("leesInstellingen: segment targets per gemeente and the hard/soft reading", () => {
  it("reads sociale huur and middensegment targets (art. 6, bijlage 3 or prestatieafspraken)", () => {
    expect(
      leesInstellingen({ gemeenten: { Emmen: { socialeHuur: 400, middensegment: 150 } } })
    ).toEqual({ gemeenten: { Emmen: { socialeHuur: 400, middensegment: 150 } } });
    expect(() => leesInstellingen({ gemeenten: { Emmen: { socialeHuur: -1 } } })).toThrow(
      "Instellingen Emmen.socialeHuur: verwacht een getal van 0 of meer, niet -1."
    );
  });
  it('reads hardheid "ruim" or "streng" and names anything else', () => {
    expect(leesInstellingen({ gemeenten: {}, hardheid: "streng" })).toEqual({
      gemeenten: {},
      hardheid: "streng",
    });
    expect(() => leesInstellingen({ gemeenten: {}, hardheid: "hard" })).toThrow(
      'Instelling hardheid: kies "ruim" (1A–2C hard) of "streng" (alleen 1A en 2A hard), niet "hard".'
    );
  });
});

describe("aandelenStand: the aandelen together against the versnellingsopgave (art. 3.2)", () => {
  it("counts set aandelen (also as a sum of jaarschijven) and flags a short sum only when all four are set", () => {
    expect(aandelenStand(LEGE_INSTELLINGEN)).toEqual({
      ingevuld: 0,
      som: 0,
      regio: 4177,
      tekort: false,
    });
    const drie = leesInstellingen({
      gemeenten: {
        Emmen: { aandeel: 2000 },
        Coevorden: { jaarschijven: { 2023: 300, 2024: 400 } },
        "Aa en Hunze": { aandeel: 500 },
      },
    });
    expect(aandelenStand(drie)).toEqual({ ingevuld: 3, som: 3200, regio: 4177, tekort: false });
    const vier = leesInstellingen({
      gemeenten: { ...drie.gemeenten, "Borger-Odoorn": { aandeel: 976 } },
    });
    expect(aandelenStand(vier)).toMatchObject({ ingevuld: 4, som: 4176, tekort: true });
    const genoeg = leesInstellingen({
      gemeenten: { ...drie.gemeenten, "Borger-Odoorn": { aandeel: 977 } },
    });
    expect(aandelenStand(genoeg)).toMatchObject({ ingevuld: 4, som: 4177, tekort: false });
  });
});
