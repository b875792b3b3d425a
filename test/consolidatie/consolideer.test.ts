/**
 * The consolidation over plain grids (no files): several gemeente workbooks (one with plans
 * that are also in another), a workbook with a sheet per gemeente, summary sheets, workbooks
 * that give nothing to count, and the engine's promises (input unchanged, one workbook at a time
 * gives the same result, labels unique).
 */
import {
  WerkmapBron,
  bereidVoor,
  consolideer,
  consolideerVoorbereid,
} from "../../src/consolidatie";
import { WerkmapInvoer } from "../../src/planlijst/lezer";
import { REGEL_OP_CODE } from "../../src/rules/regels";

const PEILDATUM = "2026-11-27";
const INSTELLINGEN = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 600 },
    "Borger-Odoorn": { aandeel: 650 },
    Coevorden: { aandeel: 900 },
    Emmen: { aandeel: 2100 },
  },
};
const KOP = [
  "Plan-ID",
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Planstatus",
  "Aantal woningen",
  "Sloop",
  "Netto",
  "Oplevering",
];
type Rij = WerkmapInvoer["raster"][number];

/** A planlijst sheet as a CLI or the pane would read it: a title, an empty row, the header (row 3), the plans. */
function planlijst(rijen: Rij[], naam = "Planlijst"): WerkmapInvoer {
  return { naam, raster: [["Woningbouwplanlijst"], [], KOP, ...rijen] };
}

/** `n` plans of a gemeente; the third has a #REF! in Netto (row 6 of the sheet, column H). */
function plannen(gemeente: string, code: string, n: number): Rij[] {
  return Array.from({ length: n }, (_, i) => {
    const bruto = 10 + i * 3;
    const netto = i === 2 ? { fout: "#REF!" } : bruto;
    return [
      `${code}-${i + 1}`,
      `${gemeente} plan ${i + 1}`,
      gemeente,
      `Kern ${i % 3}`,
      i % 2 ? "1A" : "3",
      bruto,
      0,
      netto,
      2024 + (i % 6),
    ];
  });
}

const GEMEENTEN = ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"];
const CODES = ["AH", "BO", "CO", "EM"];
const vier: WerkmapBron[] = GEMEENTEN.map((g, i) => ({
  label: `planlijst-${CODES[i].toLowerCase()}.xlsx`,
  bladen: [planlijst(plannen(g, CODES[i], 8))],
}));
// Emmen sent a second workbook: three plans that are also in the first (one with another
// netto, one under another id), and two new ones.
const emmen = plannen("Emmen", "EM", 8);
const aanvulling: WerkmapBron = {
  label: "emmen-aanvulling.xlsx",
  bladen: [
    planlijst([
      emmen[0],
      ["EM-4", "Emmen plan 4", "Emmen", "Kern 0", "1A", 23, 0, 23, 2027],
      ["EM-ANDER", "Emmen plan 5", "Emmen", "Kern 1", "3", 22, 0, 22, 2028],
      ["EM-N1", "Nieuw plan een", "Emmen", "Kern 2", "1A", 7, 0, 7, 2026],
      ["EM-N2", "Nieuw plan twee", "Emmen", "Kern 2", "1A", 9, 0, 9, 2027],
    ]),
  ],
};
const opties = { peildatum: PEILDATUM, instellingen: INSTELLINGEN };

describe("consolideer: several gemeente workbooks", () => {
  const zonder = consolideer(vier, opties);
  const met = consolideer([...vier, aanvulling], opties);

  it("reads every workbook's planlijst and its gemeente, under the label it was given", () => {
    expect(
      zonder.bestanden.map((b) => [b.naam, b.plannen, b.bladen[0].soort, b.bladen[0].gemeenten])
    ).toEqual(GEMEENTEN.map((g, i) => [vier[i].label, 8, "planlijst", [g]]));
    expect(zonder.rapport.samenvatting.regio.gemeenten).toEqual(GEMEENTEN);
  });

  it("counts a plan that is in two workbooks once: the totals only grow by the two new plans", () => {
    const e0 = zonder.rapport.samenvatting.perGemeente.Emmen;
    const e1 = met.rapport.samenvatting.perGemeente.Emmen;
    expect(e1.plannen).toBe(e0.plannen + 2);
    expect(e1.bruto).toBe(e0.bruto + 16);
    for (const g of GEMEENTEN.slice(0, 3))
      expect(met.rapport.samenvatting.perGemeente[g]).toEqual(
        zonder.rapport.samenvatting.perGemeente[g]
      );
    expect(met.rapport.samenvatting.regio.plannen).toBe(
      zonder.rapport.samenvatting.regio.plannen + 2
    );
  });

  it("says which plans are in two workbooks, where they count, and when the numbers differ", () => {
    expect(
      met.dubbel.map((d) => [d.bestand, d.rij, d.telt.bestand, d.telt.rij, d.binnenBestand])
    ).toEqual([
      ["emmen-aanvulling.xlsx", 4, "planlijst-em.xlsx", 4, false],
      ["emmen-aanvulling.xlsx", 5, "planlijst-em.xlsx", 7, false],
      ["emmen-aanvulling.xlsx", 6, "planlijst-em.xlsx", 8, false],
    ]);
    const meldingen = met.bevindingen.filter(
      (b) => b.bestand === "emmen-aanvulling.xlsx" && b.bevinding.rule === "dubbel-plan"
    );
    expect(meldingen.map((m) => [m.blad, m.bevinding.row, m.bevinding.column])).toEqual([
      ["Planlijst", 4, "B"],
      ["Planlijst", 5, "B"],
      ["Planlijst", 6, "B"],
    ]);
    expect(meldingen[0].bevinding.message).toBe(
      'Plan "Emmen plan 1" (Emmen) staat ook in planlijst-em.xlsx, blad Planlijst, rij 4; in deze samenvatting telt het één keer mee.'
    );
    expect(meldingen[1].bevinding.message).toMatch(
      /De aantallen verschillen \(netto 23 hier, 19 in planlijst-em\.xlsx\); alleen dat van planlijst-em\.xlsx telt mee\.$/
    );
  });

  it("maps findings back to workbook and sheet although every workbook has a sheet called Planlijst", () => {
    const refs = met.bevindingen.filter((b) => b.bevinding.rule === "onleesbare-cel");
    expect(refs.map((b) => [b.bestand, b.blad, b.bevinding.column, b.bevinding.row])).toEqual(
      vier.map((w) => [w.label, "Planlijst", "H", 6])
    );
    // The broken formula is reported once (by the engine), not again as a formula error.
    expect(met.bevindingen.filter((b) => b.bevinding.rule === "formule-fout")).toEqual([]);
    // Workbook order as given; findings about the region last.
    const volgorde = [...new Set(met.bevindingen.map((b) => b.bestand))];
    expect(volgorde).toEqual([...vier.map((w) => w.label), "emmen-aanvulling.xlsx", ""]);
  });

  it("checks coverage against the aandelen from the settings", () => {
    const e = met.rapport.samenvatting.perGemeente.Emmen;
    expect(e.doel).toBe(2100);
    expect(e.dekking).toBeCloseTo(e.nettoInPeriode / 2100, 10);
    expect(met.rapport.samenvatting.regio.doel).toBe(4250);
    expect(met.instellingen).toEqual(INSTELLINGEN);
    expect(met.peildatumOpgegeven).toBe(true);
  });
});

describe("consolideer: what it promises", () => {
  it("does not change its input, so prepared workbooks can be consolidated again with the same result", () => {
    const bronnen = [...vier, aanvulling];
    const voor = JSON.stringify(bronnen);
    const voorbereid = bronnen.map((b) => bereidVoor(b));
    const bevroren = JSON.stringify(voorbereid);
    const a = consolideerVoorbereid(voorbereid, opties);
    const b = consolideerVoorbereid(voorbereid, opties);
    expect(JSON.stringify(voorbereid)).toBe(bevroren);
    expect(JSON.stringify(bronnen)).toBe(voor);
    expect(b).toEqual(a);
    // The sheet names are made unique for the engine on copies: the prepared sheets keep their own.
    expect(voorbereid.every((v) => v.bladen![0].planlijst!.naam === "Planlijst")).toBe(true);
    expect(a.rapport.bladen.map((x) => x.naam)).toEqual(
      bronnen.map((w) => `${w.label} › Planlijst`)
    );
  });

  it("gives the same result one workbook at a time (bereidVoor) as with all grids at once", () => {
    const bronnen = [...vier, aanvulling];
    expect(
      consolideerVoorbereid(
        bronnen.map((b) => bereidVoor(b)),
        opties
      )
    ).toEqual(consolideer(bronnen, opties));
  });

  it("refuses two workbooks under one label: the door gives unique labels", () => {
    expect(() => consolideer([vier[0], { ...vier[1], label: vier[0].label }])).toThrow(
      /het label "planlijst-ah\.xlsx" staat twee keer/
    );
  });

  it("keeps a hidden sheet's notice when duplicates make the totals again", () => {
    const verborgen: WerkmapBron = {
      label: "x.xlsx",
      bladen: [{ ...planlijst(plannen("Emmen", "EMX", 2)), zichtbaarheid: "verborgen" }],
    };
    const c = consolideer([...vier, aanvulling, verborgen], opties);
    expect(c.dubbel.length).toBeGreaterThan(0);
    expect(
      c.bevindingen.filter((b) => b.bevinding.rule === "verborgen-blad").map((b) => b.bestand)
    ).toEqual(["x.xlsx"]);
  });

  it("leaves hidden sheets out when asked", () => {
    const verborgen: WerkmapBron = {
      label: "x.xlsx",
      bladen: [{ ...planlijst(plannen("Emmen", "EM", 3)), zichtbaarheid: "verborgen" }],
    };
    expect(consolideer([verborgen], opties).rapport.samenvatting.regio.plannen).toBe(3);
    expect(
      consolideer([verborgen], opties, { zonderVerborgen: true }).rapport.samenvatting.regio.plannen
    ).toBe(0);
  });
});

describe("consolideer: workbooks that give nothing to count", () => {
  const c = consolideer(
    [
      { label: "kapot.xlsx", fout: "het bestand is beschadigd of onvolledig" },
      {
        label: "leeg.xlsx",
        bladen: [
          { naam: "Notities", raster: [["Alleen tekst"]] },
          { naam: "Leeg", raster: [] },
          { naam: "Ook leeg", raster: [] },
        ],
      },
      vier[3],
    ],
    opties
  );

  it("names the workbook that could not be read, and counts the others", () => {
    expect(c.bestanden[0]).toEqual({
      naam: "kapot.xlsx",
      fout: "het bestand is beschadigd of onvolledig",
      bladen: [],
      plannen: 0,
    });
    const b = c.bevindingen.find((x) => x.bevinding.rule === "bestand-niet-gelezen")!;
    expect(b.bestand).toBe("kapot.xlsx");
    expect(b.bevinding).toMatchObject({
      severity: "error",
      article: "art. 8.1",
      message:
        "kapot.xlsx: het bestand is beschadigd of onvolledig. Dit bestand telt niet mee in de samenvatting.",
    });
    expect(c.rapport.samenvatting.perGemeente.Emmen.plannen).toBe(8);
  });

  it("says why a workbook without a planlijst or summary gives nothing (the first two sheets)", () => {
    expect(c.bestanden[1].fout).toMatch(
      /^geen planlijst of samenvatting per gemeente gevonden \(blad "Notities": .+; blad "Leeg": .+; en 1 andere bladen\)$/
    );
    const b = c.bevindingen.find((x) => x.bevinding.rule === "geen-planlijst")!;
    expect([b.bestand, b.bevinding.severity]).toEqual(["leeg.xlsx", "error"]);
  });

  it("makes every consolidation finding from the one rule registry", () => {
    for (const code of ["bestand-niet-gelezen", "geen-planlijst"]) {
      const regel = REGEL_OP_CODE[code];
      const b = c.bevindingen.find((x) => x.bevinding.rule === code)!.bevinding;
      expect([b.severity, b.article]).toEqual([regel.ernst, regel.artikel]);
      expect(regel.kracht).toBe("invoer");
    }
  });
});

describe("consolideer: one workbook with a sheet per gemeente", () => {
  it("takes each sheet's gemeente from its name when the rows do not say", () => {
    const kop = ["Projectnaam", "Kern", "Planstatus", "Aantal", "Oplevering"];
    const c = consolideer(
      [
        {
          label: "regio.xlsx",
          bladen: GEMEENTEN.map((g, i) => ({
            naam: g,
            raster: [
              kop,
              [`Plan ${g}`, "Kern", "1A", 10 + i, 2026],
              ["Dorpshart", "Kern", "3", 5, 2027],
            ],
          })),
        },
      ],
      { peildatum: PEILDATUM }
    );
    expect(c.rapport.samenvatting.regio.gemeenten).toEqual(GEMEENTEN);
    expect(c.rapport.samenvatting.perGemeente.Coevorden.bruto).toBe(17);
    // "Dorpshart" in four gemeenten: four different plans, none is a duplicate.
    expect(c.dubbel).toEqual([]);
    expect(c.rapport.samenvatting.regio.plannen).toBe(8);
  });

  it("counts a duplicate within one workbook once too, keeping the engine's message", () => {
    const kop = ["Projectnaam", "Gemeente", "Kern", "Aantal", "Oplevering"];
    const c = consolideer(
      [
        {
          label: "emmen.xlsx",
          bladen: [
            {
              naam: "Blad1",
              raster: [
                kop,
                ["Parkwijk", "Emmen", "Emmen", 20, 2026],
                ["Parkwijk", "Emmen", "Emmen", 20, 2026],
              ],
            },
          ],
        },
      ],
      { peildatum: PEILDATUM }
    );
    expect(c.rapport.samenvatting.perGemeente.Emmen.bruto).toBe(20);
    expect(c.dubbel).toEqual([
      expect.objectContaining({
        rij: 3,
        binnenBestand: true,
        telt: expect.objectContaining({ rij: 2 }),
      }),
    ]);
    expect(
      c.bevindingen.find((b) => b.bevinding.rule === "dubbel-plan")?.bevinding.message
    ).toMatch(/staat ook op rij 2/);
  });

  it("does not merge plans of the same name in other kernen across workbooks", () => {
    const kop = ["Projectnaam", "Gemeente", "Kern", "Aantal", "Oplevering"];
    const blad = (rij: Rij) => [{ naam: "Blad1", raster: [kop, rij] }];
    const c = consolideer(
      [
        { label: "a.xlsx", bladen: blad(["Centrumplan", "Emmen", "Erica", 12, 2026]) },
        { label: "b.xlsx", bladen: blad(["Centrumplan", "Emmen", "Klazienaveen", 30, 2027]) },
        { label: "c.xlsx", bladen: blad(["Centrumplan", "Emmen", "", 30, 2027]) },
      ],
      { peildatum: PEILDATUM }
    );
    expect(c.rapport.samenvatting.perGemeente.Emmen.bruto).toBe(42);
    expect(c.dubbel.map((d) => [d.bestand, d.telt.bestand])).toEqual([["c.xlsx", "a.xlsx"]]);
  });
});

describe("consolideer: summary sheets and broken formulas", () => {
  const samenvatting: WerkmapInvoer = {
    naam: "Per gemeente",
    raster: [
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
      ["Drenthe", "Assen", 1, 2, 3, 3, 3, 6],
    ],
  };
  const overig: WerkmapInvoer = {
    naam: "Toelichting",
    raster: [["Bron"], [{ fout: "#DIV/0!" }]],
  };
  const c = consolideer([{ label: "provincie.xlsx", bladen: [samenvatting, overig] }], {
    peildatum: PEILDATUM,
  });

  it("takes the deal gemeenten's figures, labelled with workbook, sheet and row, not as plans", () => {
    expect(c.samenvattingen.map((s) => [s.gemeente, s.bestand, s.blad, s.rij, s.totalen])).toEqual([
      [
        "Emmen",
        "provincie.xlsx",
        "Per gemeente",
        2,
        { hard: 150, zacht: 300, totaal: 460, onbekend: null },
      ],
      [
        "Coevorden",
        "provincie.xlsx",
        "Per gemeente",
        3,
        { hard: 25, zacht: null, totaal: null, onbekend: null },
      ],
    ]);
    expect(c.rapport.samenvatting.regio.plannen).toBe(0);
    expect(c.bestanden[0].bladen[0]).toMatchObject({
      soort: "samenvatting",
      gemeenten: ["Emmen", "Coevorden"],
      rijenBuitenDeal: 1,
    });
  });

  it("reports unreadable figures and sums that do not add up, at their cells", () => {
    const rijen = c.bevindingen
      .filter((b) => b.bevinding.rule.startsWith("samenvatting-"))
      .map((b) => [
        b.bevinding.rule,
        b.bevinding.severity,
        `${b.bevinding.column}${b.bevinding.row}`,
        b.bevinding.gemeente,
      ]);
    expect(rijen).toEqual([
      ["samenvatting-som", "warning", "H2", "Emmen"],
      ["samenvatting-cel", "error", "C3", "Coevorden"],
      ["samenvatting-cel", "error", "E3", "Coevorden"],
      ["samenvatting-som", "warning", "F3", "Coevorden"],
    ]);
    expect(
      c.bevindingen.find((b) => b.bevinding.rule === "samenvatting-som")!.bevinding.message
    ).toBe("Samenvatting Emmen: totaal is 460, maar htotaal + ztotaal is 450.");
  });

  it("reports every other error value once, with its Dutch name; not again where a summary finding is", () => {
    const fouten = c.bevindingen.filter((b) => b.bevinding.rule === "formule-fout");
    expect(fouten.map((b) => [b.blad, `${b.bevinding.column}${b.bevinding.row}`])).toEqual([
      ["Toelichting", "A2"],
    ]);
    expect(fouten[0].bevinding.message).toBe(
      "Cel A2 bevat de foutwaarde #DIV/0! (in Nederlandse Excel: #DEEL/0!); de formule verwijst waarschijnlijk naar iets dat niet meer bestaat. De cel telt niet mee."
    );
  });
});
