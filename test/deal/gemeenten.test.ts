import {
  GEMEENTEN,
  REGIO,
  gemeenteInTekst,
  gemeentenInTekst,
  herkenGemeente,
} from "../../src/deal/gemeenten";

describe("GEMEENTEN: the deal's four gemeenten (art. 3.2)", () => {
  it("art. 3.2: Aa en Hunze, Borger-Odoorn, Coevorden and Emmen make up Zuidoost Drenthe", () => {
    expect(GEMEENTEN).toEqual(["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"]);
    expect(REGIO).toBe("Zuidoost Drenthe");
  });
});

describe("herkenGemeente: spelling variants", () => {
  it.each([
    ["Emmen", "Emmen"],
    ["emmen", "Emmen"],
    ["EMMEN", "Emmen"],
    ["  Emmen ", "Emmen"],
    ["gemeente Emmen", "Emmen"],
    ["Gemeente Emmen", "Emmen"],
    ["gem. Emmen", "Emmen"],
    ["Emmen (Dr.)", "Emmen"],
    ["Emmen (Drenthe)", "Emmen"],
    ["Aa en Hunze", "Aa en Hunze"],
    ["Aa & Hunze", "Aa en Hunze"],
    ["Aa&Hunze", "Aa en Hunze"],
    ["Aa-en-Hunze", "Aa en Hunze"],
    ["AA EN HUNZE", "Aa en Hunze"],
    ["Borger-Odoorn", "Borger-Odoorn"],
    ["Borger Odoorn", "Borger-Odoorn"],
    ["borger-odoorn", "Borger-Odoorn"],
    ["Borgerodoorn", "Borger-Odoorn"],
    ["Borger_Odoorn", "Borger-Odoorn"],
    ["Coevorden", "Coevorden"],
    ["gemeente Coevorden", "Coevorden"],
  ])("%j is the deal gemeente %s", (tekst, gemeente) => {
    expect(herkenGemeente(tekst)).toEqual({ soort: "deal", gemeente });
  });
});

describe("herkenGemeente: typos get a 'bedoelt u' suggestion", () => {
  it.each([
    ["Emen", "Emmen"],
    ["Emmmen", "Emmen"],
    ["Coeverden", "Coevorden"],
    ["Koevorden", "Coevorden"],
    ["Borger-Odorn", "Borger-Odoorn"],
    ["Aa en Hunse", "Aa en Hunze"],
    ["AaenHunze", "Aa en Hunze"],
  ])("%j → onbekend, suggestie %s", (tekst, suggestie) => {
    expect(herkenGemeente(tekst)).toEqual({ soort: "onbekend", naam: tekst, suggestie });
  });
  it("a gemeente far from all four gets no suggestion", () => {
    expect(herkenGemeente("Rotterdam")).toEqual({ soort: "onbekend", naam: "Rotterdam" });
    expect(herkenGemeente(" Aalsmeer ")).toEqual({ soort: "onbekend", naam: "Aalsmeer" });
    expect(herkenGemeente("Ermelo")).toEqual({ soort: "onbekend", naam: "Ermelo" });
  });
});

describe("herkenGemeente: Drenthe gemeenten of the other two regions", () => {
  it.each([
    ["Assen", "Assen"],
    ["gemeente Assen", "Assen"],
    ["Tynaarlo", "Tynaarlo"],
    ["Noordenveld", "Noordenveld"],
    ["Midden-Drenthe", "Midden-Drenthe"],
    ["Midden Drenthe", "Midden-Drenthe"],
    ["Hoogeveen", "Hoogeveen"],
    ["Meppel", "Meppel"],
    ["Westerveld", "Westerveld"],
    ["De Wolden", "De Wolden"],
  ])("%j → drenthe %s", (tekst, naam) => {
    expect(herkenGemeente(tekst)).toEqual({ soort: "drenthe", naam });
  });
});

describe("herkenGemeente: the region itself", () => {
  it.each([
    "Zuidoost Drenthe",
    "Zuidoost-Drenthe",
    "Regio Zuidoost Drenthe",
    "zuid oost drenthe",
    "ZO Drenthe",
    "Regio",
  ])("%j → regio", (tekst) => {
    expect(herkenGemeente(tekst)).toEqual({ soort: "regio" });
  });
  it("the answer for the same text is the same object every time (cached)", () => {
    expect(herkenGemeente("Emen")).toBe(herkenGemeente("Emen"));
  });
});

describe("gemeenteInTekst: a deal gemeente in a sheet name or title", () => {
  it.each([
    ["Planlijst woningbouw gemeente Emmen", "Emmen"],
    ["Emmen 2023", "Emmen"],
    ["Emmen-Noord", "Emmen"],
    ["Woningbouwprogramma Coevorden 2022-2030", "Coevorden"],
    ["Aa en Hunze planning", "Aa en Hunze"],
    ["Planlijst Aa & Hunze", "Aa en Hunze"],
    ["Borger-Odoorn", "Borger-Odoorn"],
  ])("%j → %s", (tekst, gemeente) => {
    expect(gemeenteInTekst(tekst)).toBe(gemeente);
  });
  it.each(["Blad1", "Planlijst", "BO lijst", "Emmerhout", "Assen"])(
    "%j names no deal gemeente",
    (tekst) => {
      expect(gemeenteInTekst(tekst)).toBeUndefined();
    }
  );
});

describe("gemeentenInTekst: a text naming several gemeenten", () => {
  it("lists them in the deal's order; gemeenteInTekst then names none", () => {
    const titel = "Planlijsten gemeenten Emmen, Coevorden, Borger-Odoorn en Aa en Hunze";
    expect(gemeentenInTekst(titel)).toEqual(["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"]);
    expect(gemeenteInTekst(titel)).toBeUndefined();
    expect(gemeenteInTekst("Emmen en Coevorden")).toBeUndefined();
    expect(gemeentenInTekst("Blad1")).toEqual([]);
  });
});
