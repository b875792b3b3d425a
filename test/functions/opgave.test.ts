import { DealInstellingen, leesInstellingen } from "../../src/deal/instellingen";
import { FunctieFout } from "../../src/functions/fouten";
import {
  dekkingVanCapaciteit,
  dekkingVanPlanlijst,
  opgave,
  somCapaciteit,
} from "../../src/functions/opgave";
import { Raster } from "../../src/planlijst/cel";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { maakContext } from "../../src/rules/context";
import { vatSamen } from "../../src/rules/samenvatting";

const nb = (m: string) => new FunctieFout("#N/A", m);
const waarde = (m: string) => new FunctieFout("#VALUE!", m);
const INSTELLEN = "Vul het in bij de instellingen van de Woondeal-toets (taakvenster).";
const KIES = "Aa en Hunze, Borger-Odoorn, Coevorden, Emmen of Zuidoost Drenthe";

const LEEG: DealInstellingen = { gemeenten: {} };
const INST = leesInstellingen({
  gemeenten: {
    Emmen: { aandeel: 2000, jaarschijven: { 2025: 250, 2026: 240 } },
    Coevorden: { aandeel: 700, jaarschijven: { 2025: 80 } },
    "Aa en Hunze": { jaarschijven: { 2025: 60, 2026: 70 } },
    "Borger-Odoorn": { aandeel: 0 },
  },
});
const ALLE_VIER = leesInstellingen({
  gemeenten: {
    Emmen: { aandeel: 2100, jaarschijven: { 2025: 250 } },
    Coevorden: { aandeel: 800, jaarschijven: { 2025: 90 } },
    "Aa en Hunze": { aandeel: 700, jaarschijven: { 2025: 80 } },
    "Borger-Odoorn": { aandeel: 700, jaarschijven: { 2025: 75 } },
  },
});

describe("OPGAVE", () => {
  test("the gemeente's aandeel (bijlage 3 setting), spelling variants accepted", () => {
    expect(opgave("Emmen", null, INST)).toBe(2000);
    expect(opgave("gemeente Coevorden", null, INST)).toBe(700);
    expect(opgave("Aa & Hunze", null, INST)).toBe(130); // no aandeel: the sum of its jaarschijven
    expect(opgave("Borger Odoorn", null, INST)).toBe(0);
  });

  test("the region: 4.177, or the sum of the four aandelen when larger (as the engine)", () => {
    expect(opgave("Zuidoost Drenthe", null, LEEG)).toBe(4177);
    expect(opgave("regio Zuidoost Drenthe", null, INST)).toBe(4177);
    expect(opgave("Zuidoost-Drenthe", null, ALLE_VIER)).toBe(4300);
  });

  test("with a year: that jaarschijf", () => {
    expect(opgave("Emmen", 2025, INST)).toBe(250);
    expect(opgave("Emmen", "2026", INST)).toBe(240);
    expect(opgave("Zuidoost Drenthe", 2025, ALLE_VIER)).toBe(495);
    expect(opgave("Emmen", 2027, INST)).toEqual(
      nb(`Jaarschijf 2027 (bijlage 3) niet ingesteld voor Emmen. ${INSTELLEN}`)
    );
    expect(opgave("Zuidoost Drenthe", 2025, INST)).toEqual(
      nb(`Jaarschijf 2025 (bijlage 3) niet ingesteld voor Borger-Odoorn. ${INSTELLEN}`)
    );
    expect(opgave("Emmen", 2031, INST)).toEqual(
      waarde("Jaar 2031 valt buiten de looptijd van de woondeal (2022–2030).")
    );
  });

  test("aandeel not set", () => {
    expect(opgave("Emmen", null, LEEG)).toEqual(
      nb(`Gemeentelijk aandeel (bijlage 3) niet ingesteld voor Emmen. ${INSTELLEN}`)
    );
  });

  test("unknown gemeente, with a suggestion; other Drenthe gemeenten; no gemeente", () => {
    expect(opgave("Emen", null, INST)).toEqual(nb("Onbekende gemeente: Emen (bedoelt u Emmen?)"));
    expect(opgave("Coevorde", null, INST)).toEqual(
      nb("Onbekende gemeente: Coevorde (bedoelt u Coevorden?)")
    );
    expect(opgave("Groningen", null, INST)).toEqual(
      nb(`Onbekende gemeente: Groningen. Kies ${KIES}.`)
    );
    expect(opgave("Assen", null, INST)).toEqual(
      nb(`Assen hoort niet bij de Regionale Woondeal Zuidoost Drenthe; kies ${KIES}.`)
    );
    expect(opgave(null, null, INST)).toEqual(waarde(`Geef een gemeente op: ${KIES}.`));
    expect(opgave(12, null, INST)).toEqual(waarde(`Geef een gemeente op: ${KIES} (niet 12).`));
    expect(opgave({ fout: "#N/A" }, null, INST)).toEqual(
      nb("Gemeente: cel bevat de foutwaarde #N/A.")
    );
  });
});

describe("DEKKING with a given plan capacity", () => {
  test("capacity ÷ aandeel; exactly 130% is 1.3", () => {
    expect(dekkingVanCapaciteit("Emmen", 2600, INST)).toBe(1.3);
    expect(dekkingVanCapaciteit("Emmen", 2000, INST)).toBe(1);
    expect(dekkingVanCapaciteit("Coevorden", "910", INST)).toBe(1.3);
    expect(dekkingVanCapaciteit("Zuidoost Drenthe", 4177, INST)).toBe(1);
    expect(dekkingVanCapaciteit("Zuidoost Drenthe", 4300, ALLE_VIER)).toBe(1);
  });

  test("a range is summed (Dutch text, blanks count 0)", () => {
    expect(dekkingVanCapaciteit("Emmen", [[1000], ["1.000"], [null], [600]], INST)).toBe(1.3);
    expect(
      somCapaciteit([
        [1, 2],
        [3, ""],
      ])
    ).toBe(6);
    expect(somCapaciteit([[null]])).toBe(0);
  });

  test("bad input", () => {
    expect(dekkingVanCapaciteit("Emmen", [[1000], ["veel"]], INST)).toEqual(
      waarde('Plancapaciteit (cel 2): "veel" is geen getal.')
    );
    expect(dekkingVanCapaciteit("Emmen", [[1000], [{ code: "#N/A" }]], INST)).toEqual(
      nb("Plancapaciteit (cel 2): cel bevat de foutwaarde #N/A.")
    );
    expect(dekkingVanCapaciteit("Emmen", 1000, LEEG)).toEqual(
      nb(`Gemeentelijk aandeel (bijlage 3) niet ingesteld voor Emmen. ${INSTELLEN}`)
    );
    expect(dekkingVanCapaciteit("Borger-Odoorn", 10, INST)).toEqual(
      new FunctieFout("#DIV/0!", "Het aandeel van Borger-Odoorn is 0.")
    );
    expect(dekkingVanCapaciteit("Emen", 10, INST)).toEqual(
      nb("Onbekende gemeente: Emen (bedoelt u Emmen?)")
    );
  });
});

/** A small planlijst: Emmen 2.600 net in 2022–2030 (2.650 bruto − 50 sloop), Coevorden 455, 100 beyond 2030. */
const PLANLIJST: Raster = [
  ["Planlijst woningbouw"],
  [],
  ["Projectnaam", "Gemeente", "Aantal woningen", "Sloop", "Oplevering", "Planstatus"],
  ["Centrum", "Emmen", 1650, -50, 2025, "1A"],
  ["Noord", "Emmen", 1000, null, "2026-2027", "3"],
  ["Later", "Emmen", 100, null, 2032, "4A"],
  ["Dorp", "Coevorden", "455", null, 2024, "vastgesteld"],
];

function samenvattingVan(raster: Raster, instellingen: DealInstellingen) {
  const { bladen } = leesWerkmap([{ naam: "Planlijst", raster }]);
  return vatSamen(
    bladen.filter((b) => b.isPlanlijst),
    maakContext({ instellingen, peildatum: "2025-06-01" })
  );
}

describe("DEKKING from the planlijst (the engine's summary)", () => {
  test("net plan capacity 2022–2030 ÷ aandeel", () => {
    const s = samenvattingVan(PLANLIJST, INST);
    expect(s.perGemeente.Emmen.nettoInPeriode).toBe(2600);
    expect(dekkingVanPlanlijst("Emmen", s, INST)).toBe(1.3);
    expect(dekkingVanPlanlijst("Coevorden", s, INST)).toBe(0.65);
  });

  test("a gemeente without plans in a list where every plan has a deal gemeente: 0", () => {
    const s = samenvattingVan(PLANLIJST, INST);
    expect(dekkingVanPlanlijst("Aa en Hunze", s, INST)).toBe(0);
  });

  test("plans without a recognised gemeente: says so instead of 0", () => {
    const raster: Raster = [
      ["Projectnaam", "Aantal woningen", "Oplevering"],
      ["Centrum", 100, 2025],
      ["Noord", 20, 2026],
    ];
    expect(dekkingVanPlanlijst("Emmen", samenvattingVan(raster, INST), INST)).toEqual(
      nb(
        "De planlijst heeft geen plannen van Emmen, wel 2 plannen zonder herkende gemeente. Geef de gemeente van het blad op in het taakvenster."
      )
    );
  });

  test("the region needs plans of all four gemeenten", () => {
    expect(dekkingVanPlanlijst("Zuidoost Drenthe", samenvattingVan(PLANLIJST, INST), INST)).toEqual(
      nb(
        "De planlijst heeft geen plannen van Aa en Hunze, Borger-Odoorn; de dekking van Zuidoost Drenthe vraagt de plannen van alle vier gemeenten."
      )
    );
    const vier: Raster = [
      ...PLANLIJST,
      ["Brink", "Aa en Hunze", 500, null, 2027, "2A"],
      ["Esch", "Borger-Odoorn", 622, null, 2028, "2A"],
    ];
    // 2.600 + 455 + 500 + 622 = 4.177 against max(4.300, 4.177)
    expect(
      dekkingVanPlanlijst("Zuidoost Drenthe", samenvattingVan(vier, ALLE_VIER), ALLE_VIER)
    ).toBe(4177 / 4300);
    expect(dekkingVanPlanlijst("Zuidoost Drenthe", samenvattingVan(vier, LEEG), LEEG)).toBe(1);
  });

  test("no planlijst, aandeel not set, bad gemeente", () => {
    expect(dekkingVanPlanlijst("Emmen", undefined, INST)).toEqual(
      nb("Geen planlijst gevonden in deze werkmap.")
    );
    expect(dekkingVanPlanlijst("Emmen", samenvattingVan(PLANLIJST, LEEG), LEEG)).toEqual(
      nb(`Gemeentelijk aandeel (bijlage 3) niet ingesteld voor Emmen. ${INSTELLEN}`)
    );
    expect(dekkingVanPlanlijst("Borger-Odoorn", samenvattingVan(PLANLIJST, INST), INST)).toEqual(
      new FunctieFout("#DIV/0!", "Het aandeel van Borger-Odoorn is 0.")
    );
    expect(dekkingVanPlanlijst("Assen", samenvattingVan(PLANLIJST, INST), INST)).toEqual(
      nb(`Assen hoort niet bij de Regionale Woondeal Zuidoost Drenthe; kies ${KIES}.`)
    );
  });
});
