/**
 * The province's consolidation: several gemeente files (one with plans that are also in
 * another file), a workbook with a sheet per gemeente, the real Data Bewijst summary
 * workbook, and a file that cannot be read.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { BestandInvoer, consolideer, leesBestanden } from "../../src/cli/samenvatting";
import {
  leesSamenvattingsblad,
  capaciteitUitKop,
  foutCellen,
} from "../../src/planlijst/samenvattingsblad";
import { WerkmapInvoer } from "../../src/planlijst/lezer";
import { DATABEWIJST } from "../data/openbaar";

const generator = require("../../tools/data/genereer-planlijst.js") as {
  genereerPlannen(n: number, o: { gemeente?: string; seed?: number; start?: number }): unknown[][];
  schrijfPlanlijst(
    pad: string,
    rijen: unknown[][],
    o?: { titel?: string; blad?: string; refFouten?: number }
  ): Promise<void>;
  KOP: string[];
};

const PEILDATUM = "2026-11-27";
const INSTELLINGEN = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 600 },
    "Borger-Odoorn": { aandeel: 650 },
    Coevorden: { aandeel: 900 },
    Emmen: { aandeel: 2100 },
  },
};

let tmp: string;
const bestanden: Record<string, string> = {};
const planRijen: Record<string, unknown[][]> = {};

async function draai(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    kleur: false,
  });
  return { code, stdout, stderr };
}

async function leesUit(pad: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

function rijen(ws: ExcelJS.Worksheet): unknown[][] {
  const uit: unknown[][] = [];
  ws.eachRow((r, n) => (uit[n] = (r.values as unknown[]).slice(1)));
  return uit;
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-samenvatting-"));
  const gemeenten = ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"];
  for (const [i, g] of gemeenten.entries()) {
    planRijen[g] = generator.genereerPlannen(40, {
      gemeente: g,
      seed: 11 + i,
      start: 1 + i * 1000,
    });
    bestanden[g] = path.join(tmp, `planlijst-${g.toLowerCase().replace(/ /g, "-")}.xlsx`);
    await generator.schrijfPlanlijst(bestanden[g], planRijen[g], {
      titel: `Woningbouwplanlijst ${g}`,
      refFouten: 1,
    });
  }
  // Emmen sent a second file: five plans that are also in the first (one with another netto), two new ones.
  const emmen = planRijen.Emmen;
  const herhaald = [3, 7, 12, 20, 33].map((i) => [...emmen[i]]);
  herhaald[1][8] = (herhaald[1][8] as number) + 4; // netto differs
  herhaald[1][6] = (herhaald[1][6] as number) + 4;
  herhaald[2][0] = "EM-ANDER-ID"; // same plan under another id: name, gemeente, kern match
  const nieuw = generator.genereerPlannen(2, { gemeente: "Emmen", seed: 99, start: 5000 });
  planRijen.EmmenAanvulling = [...herhaald, ...nieuw];
  bestanden.EmmenAanvulling = path.join(tmp, "emmen-aanvulling.xlsx");
  await generator.schrijfPlanlijst(bestanden.EmmenAanvulling, planRijen.EmmenAanvulling, {
    titel: "Aanvulling Emmen",
    refFouten: 0,
  });
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("consolideer: several gemeente files", () => {
  let zonder: ReturnType<typeof consolideer>;
  let met: ReturnType<typeof consolideer>;
  beforeAll(async () => {
    const vier = ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"].map((g) => bestanden[g]);
    zonder = consolideer(await leesBestanden(vier), {
      peildatum: PEILDATUM,
      instellingen: INSTELLINGEN,
    });
    met = consolideer(await leesBestanden([...vier, bestanden.EmmenAanvulling]), {
      peildatum: PEILDATUM,
      instellingen: INSTELLINGEN,
    });
  });

  it("reads every file's planlijst and its gemeente", () => {
    expect(
      zonder.bestanden.map((b) => [b.naam, b.plannen, b.bladen[0].soort, b.bladen[0].gemeenten])
    ).toEqual([
      ["planlijst-aa-en-hunze.xlsx", 40, "planlijst", ["Aa en Hunze"]],
      ["planlijst-borger-odoorn.xlsx", 40, "planlijst", ["Borger-Odoorn"]],
      ["planlijst-coevorden.xlsx", 40, "planlijst", ["Coevorden"]],
      ["planlijst-emmen.xlsx", 40, "planlijst", ["Emmen"]],
    ]);
    expect(zonder.rapport.summary.region.gemeenten).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
    ]);
  });

  it("counts a plan that is in two files once: the totals only grow by the two new plans", () => {
    const emmenZonder = zonder.rapport.summary.byGemeente.Emmen;
    const emmenMet = met.rapport.summary.byGemeente.Emmen;
    expect(emmenMet.plans).toBe(emmenZonder.plans + 2);
    const nieuwBruto = (planRijen.EmmenAanvulling.slice(5) as unknown[][]).reduce(
      (s, r) => s + (r[6] as number),
      0
    );
    expect(emmenMet.bruto).toBeCloseTo(emmenZonder.bruto + nieuwBruto, 5);
    // The other gemeenten do not change; the region moves exactly as Emmen does.
    for (const g of ["Aa en Hunze", "Borger-Odoorn", "Coevorden"]) {
      expect(met.rapport.summary.byGemeente[g]).toEqual(zonder.rapport.summary.byGemeente[g]);
    }
    expect(met.rapport.summary.region.plans).toBe(zonder.rapport.summary.region.plans + 2);
    expect(met.rapport.summary.region.bruto - zonder.rapport.summary.region.bruto).toBeCloseTo(
      emmenMet.bruto - emmenZonder.bruto,
      5
    );
  });

  it("says which plans are in two files, where they are counted, and when the numbers differ", () => {
    const over = met.dubbel.filter((d) => !d.binnenBestand);
    expect(over.map((d) => [d.bestand, d.rij, d.telt.bestand])).toEqual(
      [5, 6, 7, 8, 9].map((rij) => ["emmen-aanvulling.xlsx", rij, "planlijst-emmen.xlsx"])
    );
    const meldingen = met.bevindingen.filter(
      (b) => b.bestand === "emmen-aanvulling.xlsx" && b.bevinding.rule === "dubbel-plan"
    );
    expect(meldingen).toHaveLength(5);
    expect(meldingen[0].bevinding.message).toMatch(
      /staat ook in planlijst-emmen\.xlsx, blad Planlijst, rij 8; in deze samenvatting telt het één keer mee\./
    );
    expect(meldingen[1].bevinding.message).toMatch(
      /De aantallen verschillen \(netto \d+ hier, \d+ in planlijst-emmen\.xlsx\)/
    );
    expect(meldingen.every((m) => m.blad === "Planlijst" && m.bevinding.column === "B")).toBe(true);
    // The engine's own message ("staat ook op rij …") is not shown for plans across files.
    expect(met.bevindingen.filter((b) => /tel het niet dubbel/.test(b.bevinding.message))).toEqual(
      []
    );
  });

  it("maps findings back to file and sheet although every file has a sheet called Planlijst", () => {
    const refs = met.bevindingen.filter(
      (b) => b.bevinding.field === "netto" && b.bevinding.rule === "onleesbare-cel"
    );
    expect(refs.map((b) => b.bestand).sort()).toEqual([
      "planlijst-aa-en-hunze.xlsx",
      "planlijst-borger-odoorn.xlsx",
      "planlijst-coevorden.xlsx",
      "planlijst-emmen.xlsx",
    ]);
    expect(refs.every((b) => b.blad === "Planlijst" && /#REF!/.test(b.bevinding.message))).toBe(
      true
    );
    // The broken formula is reported once (by the engine), not again as a formula error.
    expect(met.bevindingen.filter((b) => b.bevinding.rule === "formule-fout")).toEqual([]);
  });

  it("checks coverage against the aandelen from the settings", () => {
    const e = met.rapport.summary.byGemeente.Emmen;
    expect(e.target).toBe(2100);
    expect(e.coverage).toBeCloseTo(e.netInPeriod / 2100, 10);
    expect(met.rapport.summary.region.target).toBe(4250);
  });
});

describe("woondeal-toets samenvatting (end to end)", () => {
  it("writes the summary workbook with Dutch headers, frozen header rows and autofilters; exits 1 on errors", async () => {
    const instellingen = path.join(tmp, "deal.json");
    await fs.writeFile(instellingen, JSON.stringify(INSTELLINGEN));
    const uit = path.join(tmp, "samenvatting.xlsx");
    const r = await draai([
      "samenvatting",
      ...["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen", "EmmenAanvulling"].map(
        (g) => bestanden[g]
      ),
      "--out",
      uit,
      "--instellingen",
      instellingen,
      "--peildatum",
      PEILDATUM,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Woondeal-toets · samenvatting van 5 bestanden · peildatum 27-11-2026"
    );
    expect(r.stdout).toContain(
      "Dubbel: 5 plannen staan twee keer (5 in verschillende bestanden); elk telt één keer mee."
    );
    expect(r.stdout).toMatch(/Emmen: netto 2022–2030 [\d.]+ · opgave 2\.100, dekking [\d,]+%/);
    expect(r.stdout).toContain(`Samenvatting geschreven naar ${uit}.`);

    const wb = await leesUit(uit);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Samenvatting",
      "Bevindingen",
      "Verantwoording",
    ]);
    const sam = wb.getWorksheet("Samenvatting")!;
    expect(sam.views[0]).toMatchObject({ state: "frozen", ySplit: 4, xSplit: 1 });
    expect(sam.autoFilter).toMatch(/^A4:[A-Z]+9$/);
    const s = rijen(sam);
    expect(s[4].slice(0, 11)).toEqual([
      "Gemeente",
      "Plannen",
      "Bruto",
      "Sloop",
      "Netto (alle jaren)",
      "Netto 2022–2030",
      "Netto zonder opleverjaar",
      "Opgave (aandeel bijlage 3; regio: ten minste 4.177)",
      "Dekking (netto ÷ opgave)",
      "Dekking ≥ 100%",
      "Dekking ≥ 130% (art. 4.10)",
    ]);
    expect(s.slice(5, 10).map((x) => x[0])).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
      "Regio Zuidoost Drenthe",
    ]);
    expect(s[8][1]).toBe(42); // Emmen: 40 + 2 new plans
    expect(s[8][7]).toBe(2100);
    expect(sam.getCell("I8").numFmt).toBe("0.0%");
    expect(sam.getCell("C8").numFmt).toBe("#,##0");
    expect(["ja", "nee"]).toContain(s[8][9]);
    const kop = s[4] as string[];
    for (const j of [2022, 2026, 2030]) expect(kop).toContain(`Netto ${j}`);
    expect(kop).toContain("Hard 2026–2030");
    expect(kop).toContain("Betaalbaar vanaf 2025 (bekend segment)");
    expect(kop).toContain("Flexwoningen (art. 4.13)");
    expect(kop).toContain("Transformatie (art. 4.13)");

    const bev = wb.getWorksheet("Bevindingen")!;
    expect(rijen(bev)[1]).toEqual([
      "Bestand",
      "Blad",
      "Cel",
      "Ernst",
      "Artikel",
      "Regel",
      "Melding",
      "Gemeente",
      "Waarde",
      "Grens",
      "Code",
    ]);
    expect(bev.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(bev.autoFilter).toMatch(/^A1:K\d+$/);
    const dubbel = rijen(bev).filter((x) => x && x[10] === "dubbel-plan");
    expect(dubbel[0].slice(0, 6)).toEqual([
      "emmen-aanvulling.xlsx",
      "Planlijst",
      "B5",
      "waarschuwing",
      "art. 1d",
      "Plan staat dubbel in de planlijst",
    ]);

    const ver = rijen(wb.getWorksheet("Verantwoording")!);
    const tekst = ver.map((x) => (x ?? []).join(" | ")).join("\n");
    expect(tekst).toContain("Peildatum | Datum waarop getoetst is");
    expect(tekst).toContain("27-11-2026 | opgegeven met --peildatum");
    expect(tekst).toMatch(
      /Betaalbare koop: hoogste koopprijs \| 355000 \| Regionale woondeal Zuidoost Drenthe \(21 december 2022\), art\. 1a/
    );
    expect(tekst).toMatch(
      /Gemeentelijk aandeel \| Emmen .* \| 2100 \| instellingen uit deal\.json/
    );
    expect(tekst).toMatch(/Bestand \| emmen-aanvulling\.xlsx \| 7 plannen/);
    expect(tekst).toMatch(
      /Dubbel plan \| .* in emmen-aanvulling\.xlsx, blad Planlijst, rij 6 \| één keer geteld \| telt mee uit planlijst-emmen\.xlsx, blad Planlijst, rij \d+; let op: netto/
    );
  });

  it("still writes the summary when a file cannot be read, names it and exits 2", async () => {
    const kapot = path.join(tmp, "kapot.xlsx");
    await fs.writeFile(kapot, (await fs.readFile(bestanden.Coevorden)).subarray(0, 2000));
    const uit = path.join(tmp, "met-fout.xlsx");
    const r = await draai([
      "samenvatting",
      bestanden.Emmen,
      kapot,
      bestanden.Coevorden,
      "--out",
      uit,
      "--peildatum",
      PEILDATUM,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^woondeal-toets: kapot\.xlsx: het bestand is beschadigd of onvolledig/
    );
    expect(r.stdout).toContain(
      "kapot.xlsx: NIET GELEZEN — het bestand is beschadigd of onvolledig"
    );
    expect(r.stdout).toContain(
      "opgave 4.177 niet getoetst: alleen Coevorden, Emmen (de regio vraagt alle vier)"
    );
    const wb = await leesUit(uit);
    const s = rijen(wb.getWorksheet("Samenvatting")!);
    expect(s[8][0]).toBe("Emmen");
    expect(s[8][1]).toBe(40);
    expect(s[5][s[4].length - 1]).toBe("geen planlijst ontvangen");
    const ver = rijen(wb.getWorksheet("Verantwoording")!).map((x) => (x ?? []).join(" | "));
    expect(
      ver.some((x) =>
        /^Bestand niet gelezen \| kapot\.xlsx \| niet gelezen \| het bestand is beschadigd/.test(x)
      )
    ).toBe(true);
    const bev = rijen(wb.getWorksheet("Bevindingen")!).filter(
      (x) => x && x[10] === "bestand-niet-gelezen"
    );
    expect(bev).toHaveLength(1);
  });

  it("refuses to run without --out, or with --out pointing at an input file", async () => {
    const r1 = await draai(["samenvatting", bestanden.Emmen]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("geef met --out aan waar de samenvatting moet komen");
    const r2 = await draai(["samenvatting", bestanden.Emmen, "--out", bestanden.Emmen]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("is ook een invoerbestand");
    const r3 = await draai(["samenvatting", "--out", path.join(tmp, "x.xlsx")]);
    expect(r3.stderr).toContain("geef de planlijsten op");
  });
});

describe("one workbook with a sheet per gemeente", () => {
  it("takes each sheet's gemeente from its name when the rows do not say", () => {
    const kop = ["Projectnaam", "Kern", "Planstatus", "Aantal", "Oplevering"];
    const invoer: BestandInvoer[] = [
      {
        bestand: "regio.xlsx",
        bladen: ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"].map((g, i) => ({
          naam: g,
          raster: [
            kop,
            [`Plan ${g}`, "Kern", "1A", 10 + i, 2026],
            ["Dorpshart", "Kern", "3", 5, 2027],
          ],
        })),
      },
    ];
    const c = consolideer(invoer, { peildatum: PEILDATUM });
    expect(c.rapport.summary.region.gemeenten).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
    ]);
    expect(c.rapport.summary.byGemeente.Coevorden.bruto).toBe(17);
    // "Dorpshart" in four gemeenten: four different plans, none is a duplicate.
    expect(c.dubbel).toEqual([]);
    expect(c.rapport.summary.region.plans).toBe(8);
  });

  it("counts a duplicate within one file once too, keeping the engine's message", () => {
    const kop = ["Projectnaam", "Gemeente", "Kern", "Aantal", "Oplevering"];
    const c = consolideer(
      [
        {
          bestand: "emmen.xlsx",
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
    expect(c.rapport.summary.byGemeente.Emmen.bruto).toBe(20);
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

  it("does not merge plans of the same name in other kernen across files", () => {
    const kop = ["Projectnaam", "Gemeente", "Kern", "Aantal", "Oplevering"];
    const c = consolideer(
      [
        {
          bestand: "a.xlsx",
          bladen: [{ naam: "Blad1", raster: [kop, ["Centrumplan", "Emmen", "Erica", 12, 2026]] }],
        },
        {
          bestand: "b.xlsx",
          bladen: [
            { naam: "Blad1", raster: [kop, ["Centrumplan", "Emmen", "Klazienaveen", 30, 2027]] },
          ],
        },
        {
          bestand: "c.xlsx",
          bladen: [{ naam: "Blad1", raster: [kop, ["Centrumplan", "Emmen", "", 30, 2027]] }],
        },
      ],
      { peildatum: PEILDATUM }
    );
    expect(c.rapport.summary.byGemeente.Emmen.bruto).toBe(42);
    expect(c.dubbel.map((d) => [d.bestand, d.telt.bestand])).toEqual([["c.xlsx", "a.xlsx"]]);
  });
});

describe("the Data Bewijst summary workbook", () => {
  let c: ReturnType<typeof consolideer>;
  beforeAll(async () => {
    c = consolideer(await leesBestanden([DATABEWIJST]), { peildatum: PEILDATUM });
  });

  it("takes the four deal gemeenten's capacity from the summary sheet, labelled as such", () => {
    expect(c.samenvattingen.map((s) => [s.gemeente, s.blad, s.rij, s.totalen])).toEqual([
      [
        "Aa en Hunze",
        "plancapaciteit_nl",
        343,
        { hard: null, zacht: null, totaal: 433, onbekend: null },
      ],
      [
        "Borger-Odoorn",
        "plancapaciteit_nl",
        345,
        { hard: null, zacht: null, totaal: 350, onbekend: null },
      ],
      [
        "Coevorden",
        "plancapaciteit_nl",
        346,
        { hard: null, zacht: null, totaal: 400, onbekend: null },
      ],
      [
        "Emmen",
        "plancapaciteit_nl",
        347,
        { hard: null, zacht: null, totaal: 1636, onbekend: null },
      ],
    ]);
    // Not plans: the plan totals stay empty.
    expect(c.rapport.summary.region.plans).toBe(0);
    const blad = c.bestanden[0].bladen.find((b) => b.naam === "plancapaciteit_nl")!;
    expect(blad).toMatchObject({
      soort: "samenvatting",
      gemeenten: ["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"],
      rijenBuitenDeal: 349,
    });
    expect(c.bestanden[0].bladen.find((b) => b.naam === "groningen")).toMatchObject({
      soort: "samenvatting",
      gemeenten: [],
    });
    expect(c.bestanden[0].bladen.find((b) => b.naam === "zuid-holland")).toMatchObject({
      soort: "overig",
      reden: "het blad vat samen per regio, niet per gemeente",
    });
    expect(c.bestanden[0].fout).toBeUndefined();
  });

  it("lists every #REF! as a finding at its cell, with the Dutch name", () => {
    const fouten = c.bevindingen.filter((b) => b.bevinding.rule === "formule-fout");
    expect(fouten).toHaveLength(775);
    const perBlad = fouten.reduce<Record<string, number>>(
      (m, b) => ((m[b.blad] = (m[b.blad] ?? 0) + 1), m),
      {}
    );
    expect(perBlad).toEqual({
      "Harde plancapaciteit relatief a": 265,
      "Totale plancapaciteit relatief ": 255,
      "Zachte plancapaciteit relatief ": 255,
    });
    const c2 = fouten.find(
      (b) =>
        b.blad === "Harde plancapaciteit relatief a" &&
        b.bevinding.row === 2 &&
        b.bevinding.column === "C"
    )!;
    expect(c2.bestand).toBe("plancapaciteit_databewijst.xlsx");
    expect(c2.bevinding.message).toBe(
      "Cel C2 bevat de foutwaarde #REF! (in Nederlandse Excel: #VERW!); de formule verwijst waarschijnlijk naar iets dat niet meer bestaat. De cel telt niet mee."
    );
  });

  it("runs end to end: a summary workbook with the sheet Uit samenvattingen, exit 0 (warnings only)", async () => {
    const uit = path.join(tmp, "databewijst-samenvatting.xlsx");
    const r = await draai(["samenvatting", DATABEWIJST, "--out", uit, "--peildatum", PEILDATUM]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "samenvatting per gemeente in blad plancapaciteit_nl (Aa en Hunze, Borger-Odoorn, Coevorden, Emmen)"
    );
    expect(r.stdout).toContain("775 cellen met een foutwaarde zoals #VERW!");
    expect(r.stdout).toContain(
      "Emmen: geen planlijst. Volgens samenvatting: 1.636 (plancapaciteit_databewijst.xlsx, blad plancapaciteit_nl, rij 347)."
    );
    const wb = await leesUit(uit);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Samenvatting",
      "Bevindingen",
      "Verantwoording",
      "Uit samenvattingen",
    ]);
    const s = rijen(wb.getWorksheet("Samenvatting")!);
    const kop = s[4] as string[];
    const emmen = s[8];
    expect(emmen[0]).toBe("Emmen");
    expect(emmen[kop.indexOf("Totaal volgens samenvatting per gemeente (geen plannen)")]).toBe(
      1636
    );
    expect(emmen[kop.length - 1]).toBe(
      "geen planlijst ontvangen; alleen een samenvatting per gemeente"
    );
    const u = rijen(wb.getWorksheet("Uit samenvattingen")!);
    expect(u[1][0]).toMatch(
      /^Plancapaciteit per gemeente zoals een samenvatting die geeft: geen plannen/
    );
    expect(u[4].slice(0, 7)).toEqual([
      "Aa en Hunze",
      "plancapaciteit_databewijst.xlsx",
      "plancapaciteit_nl",
      343,
      undefined,
      undefined,
      433,
    ]);
  });
});

describe("leesSamenvattingsblad", () => {
  it("reads prefixed headers, explicit totals and the sums that do not add up", () => {
    const raster = [
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
      ["Totaal", "", 100, 70, 300, 175, 300, 460],
    ];
    const b = leesSamenvattingsblad("Blad1", raster);
    expect(b.isSamenvatting).toBe(true);
    expect(b.gemeenteKolom).toBe("B");
    expect(b.rijen.map((r) => [r.gemeente, r.totalen])).toEqual([
      ["Emmen", { hard: 150, zacht: 300, totaal: 460, onbekend: null }],
      ["Coevorden", { hard: 25, zacht: null, totaal: null, onbekend: null }],
    ]);
    expect(b.problemen).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: "H",
        soort: "som",
        reden: "totaal is 460, maar htotaal + ztotaal is 450",
      }),
      expect.objectContaining({
        rij: 3,
        kolom: "C",
        soort: "onleesbaar",
        reden: "cel bevat de foutwaarde #REF!",
      }),
      expect.objectContaining({ rij: 3, kolom: "E", soort: "onleesbaar" }),
      expect.objectContaining({ rij: 3, kolom: "F", soort: "som" }),
    ]);
  });

  it("reads a period row under a band of merged labels", () => {
    const raster = [
      [
        null,
        null,
        "Harde plancapaciteit",
        "Harde plancapaciteit",
        null,
        "Zachte plancapaciteit",
        null,
      ],
      ["Gemeente code", "Gemeente code", "2021-2024", 2025, null, "2021-2024", "2025-2029"],
      [114, "Emmen", 10, 5, null, 7, 8],
    ];
    const b = leesSamenvattingsblad("groningen", raster);
    expect(b.kopRij).toBe(2);
    expect(b.gemeenteKolom).toBe("B");
    expect(b.kolommen.map((k) => [k.letters, k.hardheid, k.kop])).toEqual([
      ["C", "hard", "Harde plancapaciteit 2021-2024"],
      ["D", "hard", "Harde plancapaciteit 2025"],
      ["F", "zacht", "Zachte plancapaciteit 2021-2024"],
      ["G", "zacht", "Zachte plancapaciteit 2025-2029"],
    ]);
    expect(b.rijen[0].totalen).toEqual({ hard: 15, zacht: 15, totaal: null, onbekend: null });
  });

  it("tells planlijsten, regional summaries and other sheets apart", () => {
    expect(
      leesSamenvattingsblad("p", [
        ["Projectnaam", "Gemeente", "h2025-2029"],
        ["Parkwijk", "Emmen", 5],
      ]).reden
    ).toMatch(/plan- of projectnamen/);
    expect(
      leesSamenvattingsblad("r", [
        ["provincie", "regio", "hz2021-2030"],
        ["Drenthe", "Zuidoost", 5000],
      ]).reden
    ).toBe("het blad vat samen per regio, niet per gemeente");
    expect(
      leesSamenvattingsblad("b", [
        ["Regio-indeling 2018", "Perioden", "Totale bevolking (x 1 000)"],
        ["Emmen", 2021, 107],
      ]).isSamenvatting
    ).toBe(false);
    expect(leesSamenvattingsblad("leeg", []).isSamenvatting).toBe(false);
  });

  it("knows the capacity headers", () => {
    expect(capaciteitUitKop("h2030+")).toEqual({
      hardheid: "hard",
      periode: { van: 2030, tot: 2100 },
    });
    expect(capaciteitUitKop("onbekend_2021-2024")).toEqual({
      hardheid: "onbekend",
      periode: { van: 2021, tot: 2024 },
    });
    expect(capaciteitUitKop("hz2021-2030")).toEqual({
      hardheid: "totaal",
      periode: { van: 2021, tot: 2030 },
    });
    expect(capaciteitUitKop("ztotaal")).toEqual({ hardheid: "zacht" });
    expect(capaciteitUitKop("2030 en verder", "Zachte plancapaciteit")).toEqual({
      hardheid: "zacht",
      periode: { van: 2030, tot: 2100 },
    });
    expect(
      capaciteitUitKop("Harde plancapaciteit relatief aan bevolkingsgroei 2021 tot 2030")
    ).toBeUndefined();
    expect(capaciteitUitKop("huur")).toBeUndefined();
  });

  it("lists error cells of a sparse grid at their addresses", () => {
    const raster: WerkmapInvoer["raster"] = [];
    raster[4] = [null, { fout: "#REF!" }];
    raster[99999] = [];
    raster[99999][27] = "#DIV/0!";
    expect(foutCellen("Blad1", raster)).toEqual([
      { blad: "Blad1", rij: 5, kolom: "B", fout: "#REF!" },
      { blad: "Blad1", rij: 100000, kolom: "AB", fout: "#DIV/0!" },
    ]);
  });
});
