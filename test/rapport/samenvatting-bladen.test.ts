/**
 * The summary workbook's sheets as Rasters, and the consolidation as text: over a
 * consolidation of plain grids, so what a door writes is decided here.
 */
import { Consolidatie, consolideer } from "../../src/consolidatie";
import { WerkmapInvoer } from "../../src/planlijst/lezer";
import {
  Bediening,
  bevindingenBlad,
  samenvattingBladen,
  samenvattingBlad,
  uitSamenvattingenBlad,
} from "../../src/rapport/samenvatting-bladen";
import { verantwoordingBlad } from "../../src/rapport/samenvatting-verantwoording";
import { consolidatieAlsTekst } from "../../src/rapport/samenvatting-tekst";
import { Raster } from "../../src/rapport/raster";
import { BEVINDING_KOPPEN } from "../../src/rapport/bevindingentabel";

const BEDIENING: Bediening = {
  peildatum: "de instelling Peildatum",
  grensjaar: "de instelling Grensjaar",
  instellingen: "Instellingen → Bijlage 3",
  alleBevindingen: "de JSON-export",
};
const KOP = [
  "Plan-ID",
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Planstatus",
  "Aantal woningen",
  "Netto",
  "Oplevering",
];

function blad(gemeente: string, rijen: (string | number)[][]): WerkmapInvoer {
  return {
    naam: gemeente,
    raster: [KOP, ...rijen.map((r) => [r[0], r[1], gemeente, ...r.slice(2)])],
  };
}

const werkmap: WerkmapInvoer[] = [
  blad("Emmen", [
    ["E1", "Parkwijk", "Emmen", "1A", 900, 900, 2026],
    ["E2", "Dorpshart", "Erica", "3", 400, 400, 2028],
  ]),
  blad("Coevorden", [["C1", "Centrum", "Coevorden", "1A", 300, 300, 2027]]),
  {
    naam: "Per gemeente",
    raster: [
      ["gemeente", "htotaal", "ztotaal", "totaal"],
      ["Aa en Hunze", 100, 50, 150],
    ],
  },
];
const c = consolideer(
  [
    { label: "regio.xlsx", herkomst: "deze werkmap", bladen: werkmap },
    {
      label: "aanvulling.xlsx",
      bladen: [blad("Emmen", [["E1", "Parkwijk", "Emmen", "1A", 900, 900, 2026]])],
    },
  ],
  {
    peildatum: "2026-11-27",
    instellingen: { gemeenten: { Emmen: { aandeel: 1000 }, Coevorden: { aandeel: 900 } } },
  }
);

/** Every row has `breedte` values and formats; formats follow the values. */
function klopt(r: Raster) {
  for (let i = 0; i < r.waarden.length; i++) {
    expect([i, r.waarden[i].length, r.formaten[i].length]).toEqual([i, r.breedte, r.breedte]);
    r.waarden[i].forEach((v, k) => {
      if (typeof v === "string" && v !== "") expect(r.formaten[i][k]).toBe("@");
    });
  }
}

const rij = (r: Raster, eerste: string) => r.waarden.findIndex((w) => w[0] === eerste);

describe("samenvattingBlad", () => {
  const r = samenvattingBlad(c);
  it("has a title, a header on row 4 (frozen with the gemeente column) and a row per gemeente and the region", () => {
    klopt(r);
    expect(r.naam).toBe("Samenvatting");
    expect([r.bevrorenRijen, r.bevrorenKolommen]).toEqual([4, 1]);
    expect(r.koppen).toEqual([0, 3, 8]);
    expect(r.waarden[3].slice(0, 3)).toEqual(["Gemeente", "Plannen", "Bruto"]);
    expect(r.waarden.slice(4).map((w) => w[0])).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
      "Regio Zuidoost Drenthe",
    ]);
    expect(r.kolombreedtes?.slice(0, 3)).toEqual([26, 9, 9]);
    expect(r.waarden[1][0]).toBe(
      "Peildatum 27 november 2026 · 2 van 2 bestanden gelezen · prijsgrenzen van de woondeal (1 januari 2022) · 1 dubbele plannen één keer geteld · zie het blad Verantwoording"
    );
  });

  it("counts the plan in two workbooks once, and judges coverage with a fill", () => {
    const emmen = r.waarden[rij(r, "Emmen")];
    expect(emmen.slice(1, 3)).toEqual([2, 1300]);
    expect(emmen[7]).toBe(1000);
    expect(emmen[8]).toBeCloseTo(1.3, 10);
    expect(emmen.slice(9, 11)).toEqual(["ja", "ja"]);
    expect(r.formaten[rij(r, "Emmen")].slice(1, 3)).toEqual(["#,##0", "#,##0"]);
    expect(r.formaten[rij(r, "Emmen")][8]).toBe("0.0%");
    const oordelen = r.oordelen.filter((o) => o.rij === rij(r, "Emmen") && o.kolom <= 10);
    expect(oordelen.map((o) => [o.kolom, o.oordeel])).toEqual([
      [8, "goed"],
      [9, "goed"],
      [10, "goed"],
    ]);
    const co = rij(r, "Coevorden");
    expect(r.oordelen.filter((o) => o.rij === co && o.kolom <= 10).map((o) => o.oordeel)).toEqual([
      "slecht",
      "slecht",
      "slecht",
    ]);
  });

  it("shows a gemeente without a planlijst with what its summary says; the region unjudged without all four", () => {
    const aa = r.waarden[rij(r, "Aa en Hunze")];
    expect(aa.slice(1, 8)).toEqual(["", "", "", "", "", "", ""]);
    expect(aa.slice(-3)).toEqual([
      150,
      "regio.xlsx, blad Per gemeente, rij 2",
      "geen planlijst ontvangen; alleen een samenvatting per gemeente",
    ]);
    // An empty cell in a figures column carries the column's format.
    expect(r.formaten[rij(r, "Aa en Hunze")][1]).toBe("#,##0");
    const regio = rij(r, "Regio Zuidoost Drenthe");
    expect(r.waarden[regio].slice(9, 11)).toEqual(["", ""]);
    expect(r.oordelen.filter((o) => o.rij === regio)).toEqual([]);
    expect(r.waarden[regio].at(-1)).toBe(
      "alleen Coevorden, Emmen: de regionale toetsen (art. 3.2, 6) vragen alle vier"
    );
  });
});

describe("bevindingenBlad", () => {
  it("has a row per finding with workbook, sheet and cell, and the severity as a fill", () => {
    const r = bevindingenBlad(c, BEDIENING);
    klopt(r);
    expect(r.bevrorenRijen).toBe(1);
    // The one findings table, after the workbook the finding comes from.
    expect(r.waarden[0]).toEqual(["Bestand", ...BEVINDING_KOPPEN]);
    expect(r.waarden.length).toBe(c.bevindingen.length + 1);
    const kolom = (kop: string) => 1 + BEVINDING_KOPPEN.indexOf(kop);
    const dubbel = r.waarden.findIndex((w) => w[kolom("Regel")] === "dubbel-plan");
    const rij = r.waarden[dubbel];
    expect(
      ["Bestand", "Blad", "Cel", "Ernst", "Artikel", "Titel"].map((k) =>
        k === "Bestand" ? rij[0] : rij[kolom(k)]
      )
    ).toEqual([
      "aanvulling.xlsx",
      "Emmen",
      "B2",
      "waarschuwing",
      "art. 1d",
      "Plan staat dubbel in de planlijst",
    ]);
    expect(r.oordelen).toContainEqual({ rij: dubbel, kolom: kolom("Ernst"), oordeel: "matig" });
    // Findings about the region name no workbook.
    expect(r.waarden.at(-1)![0]).toBe("(alle bestanden)");
  });

  it("stops at Excel's row limit with one row saying what is left out and where it is", () => {
    const r = bevindingenBlad(c, BEDIENING, 4);
    expect(r.waarden.length).toBe(4);
    expect(r.waarden[3][1 + BEVINDING_KOPPEN.indexOf("Melding")]).toBe(
      `Nog ${c.bevindingen.length - 2} bevindingen staan niet in dit blad: Excel heeft hooguit 4 rijen. Alle bevindingen staan in de JSON-export.`
    );
  });

  it("cuts text longer than a cell can hold", () => {
    const lang: Consolidatie = {
      ...c,
      bevindingen: [
        {
          ...c.bevindingen[0],
          bevinding: { ...c.bevindingen[0].bevinding, message: "x".repeat(40_000) },
        },
      ],
    };
    const melding = bevindingenBlad(lang, BEDIENING).waarden[1][
      1 + BEVINDING_KOPPEN.indexOf("Melding")
    ] as string;
    expect(melding.length).toBe(32_767);
    expect(melding.endsWith("…")).toBe(true);
  });
});

describe("verantwoordingBlad", () => {
  const r = verantwoordingBlad(c, { bediening: BEDIENING, instellingenBron: "Instellingen" });
  const tekst = r.waarden.map((w) => w.join(" | "));
  it("names the door's own settings, the sources and every workbook and sheet", () => {
    klopt(r);
    expect(tekst).toContain(
      "Peildatum | Datum waarop getoetst is (datumregels art. 4.9, 11.2; komende vijf jaar art. 4.10) | 27 november 2026 | opgegeven met de instelling Peildatum"
    );
    expect(tekst).toContain(
      "Gemeentelijk aandeel | Aa en Hunze (bijlage 3, netto 2022–2030) | niet ingesteld | bijlage 3 is niet openbaar; geef de aantallen op met Instellingen → Bijlage 3"
    );
    expect(tekst).toContain(
      "Gemeentelijk aandeel | Emmen (bijlage 3, netto 2022–2030) | 1000 | instellingen uit Instellingen"
    );
    expect(tekst).toContain("Bestand | regio.xlsx | 3 plannen | 3 bladen; deze werkmap");
    expect(tekst).toContain("Bestand | aanvulling.xlsx | 1 plan | 1 blad");
    expect(tekst).toContain(
      "Blad | regio.xlsx › Per gemeente | 1 gemeenten | samenvatting per gemeente (geen plannen): cijfers van Aa en Hunze overgenomen in het blad Uit samenvattingen"
    );
    expect(
      tekst.some((t) =>
        t.startsWith(
          "Dubbel plan | Parkwijk (Emmen) in aanvulling.xlsx, blad Emmen, rij 2 | één keer geteld | telt mee uit regio.xlsx, blad Emmen, rij 2"
        )
      )
    ).toBe(true);
  });

  it("gives money its format per cell", () => {
    const koop = r.waarden.findIndex((w) => w[1] === "Betaalbare koop: hoogste koopprijs");
    expect([r.waarden[koop][2], r.formaten[koop][2]]).toEqual([355000, '"€" #,##0']);
  });
});

describe("uitSamenvattingenBlad and the set of sheets", () => {
  it("lists a summary's figures under its own headers, not as plans", () => {
    const r = uitSamenvattingenBlad(c);
    klopt(r);
    expect([r.bevrorenRijen, r.bevrorenKolommen]).toEqual([3, 1]);
    expect(r.waarden[2]).toEqual([
      "Gemeente",
      "Bestand",
      "Blad",
      "Rij",
      "Hard",
      "Zacht",
      "Totaal",
      "Hardheid onbekend",
      "htotaal",
      "ztotaal",
      "totaal",
    ]);
    expect(r.waarden[3]).toEqual([
      "Aa en Hunze",
      "regio.xlsx",
      "Per gemeente",
      2,
      100,
      50,
      150,
      "",
      100,
      50,
      150,
    ]);
  });

  it("has Uit samenvattingen only when a summary was read", () => {
    expect(samenvattingBladen(c, { bediening: BEDIENING }).map((r) => r.naam)).toEqual([
      "Samenvatting",
      "Bevindingen",
      "Verantwoording",
      "Uit samenvattingen",
    ]);
    const zonder = { ...c, samenvattingen: [] };
    expect(samenvattingBladen(zonder, { bediening: BEDIENING }).map((r) => r.naam)).toEqual([
      "Samenvatting",
      "Bevindingen",
      "Verantwoording",
    ]);
  });
});

describe("consolidatieAlsTekst", () => {
  it("says per workbook what was read, the duplicates, the figures per gemeente and the findings", () => {
    const t = consolidatieAlsTekst(c);
    expect(t.split("\n").slice(0, 4)).toEqual([
      "Woondeal-toets · samenvatting van 2 bestanden · peildatum 27 november 2026",
      "  regio.xlsx: 2 planlijsten, 3 plannen (Emmen, Coevorden); samenvatting per gemeente in blad Per gemeente (Aa en Hunze)",
      "  aanvulling.xlsx: 1 planlijst, 1 plan (Emmen)",
      "Dubbel: 1 plan staat twee keer (1 in verschillende bestanden); elk telt één keer mee.",
    ]);
    expect(t).toContain(
      "  Aa en Hunze: geen planlijst. Volgens samenvatting: 150 (regio.xlsx, blad Per gemeente, rij 2)."
    );
    expect(t).toMatch(
      / {2}Emmen: netto 2022–2030 1\.300 · opgave 1\.000, dekking 130% · hard 2026–2030 /
    );
    expect(t).toMatch(
      /\nBevindingen: \d+ fouten, \d+ waarschuwingen, \d+ ter informatie \(alle in het blad Bevindingen\)\.\n$/
    );
  });
});

describe("links to the sources (the pane's option)", () => {
  // One workbook, as in the pane: sheet names with spaces and apostrophes, a plan twice on a sheet.
  const emmen = { ...blad("Emmen", [["E1", "Parkwijk", "Emmen", "1A", 900, 900, 2026]]) };
  emmen.naam = "Plannen d'Emmen";
  emmen.raster.push(["E1", "Parkwijk", "Emmen", "Emmen", "1A", 900, 900, 2026]);
  const coevorden = {
    ...blad("Coevorden", [["C1", "Centrum", "Coevorden", "1A", 300, 300, 2027]]),
  };
  coevorden.naam = "Coevorden 2026";
  const per = { ...werkmap[2], naam: "Per gemeente 'oud'" };
  const een = consolideer([{ label: "werkmap.xlsx", bladen: [emmen, coevorden, per] }], {
    peildatum: "2026-11-27",
    instellingen: { gemeenten: {} },
  });
  const met = samenvattingBladen(een, { bediening: BEDIENING, links: true });
  const zonder = samenvattingBladen(een, { bediening: BEDIENING });

  it("leaves every sheet without links unless asked, and the values the same either way", () => {
    expect(zonder.map((r) => r.links)).toEqual([[], [], [], []]);
    expect(met.map((r) => r.waarden)).toEqual(zonder.map((r) => r.waarden));
    expect(met[0].links).toEqual([]);
  });

  it("links each finding with a sheet and a row from its Cel cell to that cell, under the sheet's own name", () => {
    const r = met[1];
    const cel = 1 + BEVINDING_KOPPEN.indexOf("Cel");
    const bladKolom = 1 + BEVINDING_KOPPEN.indexOf("Blad");
    const metPlek = een.bevindingen.filter((b) => b.blad && b.bevinding.row !== undefined);
    expect(metPlek.length).toBeGreaterThan(0);
    expect(r.links).toHaveLength(metPlek.length);
    for (const l of r.links) {
      expect(l.kolom).toBe(cel);
      expect(l.blad).toBe(r.waarden[l.rij][bladKolom]);
      expect(l.tekst).toBe(r.waarden[l.rij][cel]);
      expect(l.adres).toMatch(/^([A-Z]+\d+|(\d+):\2)$/);
    }
    const dubbel = r.waarden.findIndex(
      (w) => w[1 + BEVINDING_KOPPEN.indexOf("Regel")] === "dubbel-plan"
    );
    expect(r.links.find((l) => l.rij === dubbel)).toEqual({
      rij: dubbel,
      kolom: cel,
      blad: "Plannen d'Emmen",
      adres: "A3",
      tekst: "A3",
    });
    // Findings about a gemeente or the region name no cell: no link.
    const regio = r.waarden.findIndex((w) => w[0] === "(alle bestanden)");
    expect(regio).toBeGreaterThan(0);
    expect(r.links.some((l) => l.rij === regio)).toBe(false);
  });

  it("links each sheet as read and each duplicate in Verantwoording, and the summary rows in Uit samenvattingen", () => {
    const v = met[2];
    const naar = v.links.map((l) => [v.waarden[l.rij][0], l.tekst, l.blad, l.adres]);
    expect(naar).toEqual([
      ["Blad", "werkmap.xlsx › Plannen d'Emmen", "Plannen d'Emmen", "A1"],
      ["Blad", "werkmap.xlsx › Coevorden 2026", "Coevorden 2026", "A1"],
      ["Blad", "werkmap.xlsx › Per gemeente 'oud'", "Per gemeente 'oud'", "A1"],
      [
        "Dubbel plan",
        "Parkwijk (Emmen) in werkmap.xlsx, blad Plannen d'Emmen, rij 3",
        "Plannen d'Emmen",
        "3:3",
      ],
    ]);
    expect(v.links.every((l) => l.kolom === 1 && l.tekst === v.waarden[l.rij][1])).toBe(true);
    const u = met[3];
    expect(u.links).toEqual([
      { rij: 3, kolom: 2, blad: "Per gemeente 'oud'", adres: "2:2", tekst: "Per gemeente 'oud'" },
    ]);
    expect(u.waarden[3][2]).toBe("Per gemeente 'oud'");
  });

  it("the single sheet builders take the option too", () => {
    expect(bevindingenBlad(een, BEDIENING).links).toEqual([]);
    expect(bevindingenBlad(een, BEDIENING, 1_048_576, "B", true).links).toEqual(met[1].links);
    expect(uitSamenvattingenBlad(een).links).toEqual([]);
    expect(uitSamenvattingenBlad(een, "U", true).links).toHaveLength(1);
  });
});
