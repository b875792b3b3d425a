/**
 * The samenvatting command end to end: several gemeente files (one with plans that are also in
 * another file), the real Data Bewijst summary workbook, and a file that cannot be read. The
 * consolidation itself is tested over plain grids in test/consolidatie/.
 */
import { BEVINDING_KOPPEN } from "../../src/rapport/bevindingentabel";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { bestandsLabels, leesBronnen } from "../../src/cli/samenvatting";
import { consolideer } from "../../src/consolidatie";
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

/**
 * The cells that link or compute anywhere in the workbook. The CLI's summary workbook is a
 * file apart from its sources: no links (the pane's sheets have them), and never a formula.
 */
function linksEnFormules(wb: ExcelJS.Workbook): string[] {
  const uit: string[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((r) =>
      r.eachCell((cel) => {
        if (cel.formula || cel.hyperlink || cel.type === ExcelJS.ValueType.Formula)
          uit.push(`${ws.name}!${cel.address}`);
      })
    );
  return uit;
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
      "Woondeal-toets · samenvatting van 5 bestanden · peildatum 27 november 2026"
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
    // Coverage judged by a fill (art. 4.10): the coverage cell and its two ja/nee cells.
    const vulling = (ws: ExcelJS.Worksheet, adres: string) =>
      (ws.getCell(adres).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const dekking = s[8][8] as number;
    expect(vulling(sam, "I8")).toBe(
      dekking >= 1.3 ? "FFC6EFCE" : dekking >= 1 ? "FFFFEB9C" : "FFFFC7CE"
    );
    expect(vulling(sam, "J8")).toBe(dekking >= 1 ? "FFC6EFCE" : "FFFFC7CE");
    expect(sam.getCell("A9").font?.bold).toBe(true); // the region's row
    const kop = s[4] as string[];
    for (const j of [2022, 2026, 2030]) expect(kop).toContain(`Netto ${j}`);
    expect(kop).toContain("Hard 2026–2030");
    expect(kop).toContain("Betaalbaar vanaf 2025 (bekend segment)");
    expect(kop).toContain("Flexwoningen (art. 4.13)");
    expect(kop).toContain("Transformatie (art. 4.13)");

    const bev = wb.getWorksheet("Bevindingen")!;
    // The one findings table (src/rapport/bevindingentabel.ts), after the workbook.
    expect(rijen(bev)[1]).toEqual(["Bestand", ...BEVINDING_KOPPEN]);
    expect(bev.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(bev.autoFilter).toMatch(/^A1:L\d+$/);
    const kolom = (kop: string) => (kop === "Bestand" ? 0 : 1 + BEVINDING_KOPPEN.indexOf(kop));
    const isDubbel = (x: unknown[] | undefined) => x && x[kolom("Regel")] === "dubbel-plan";
    const dubbel = rijen(bev).filter(isDubbel);
    expect(
      ["Bestand", "Blad", "Cel", "Ernst", "Artikel", "Titel"].map((k) => dubbel[0][kolom(k)])
    ).toEqual([
      "emmen-aanvulling.xlsx",
      "Planlijst",
      "B5",
      "waarschuwing",
      "art. 1d",
      "Plan staat dubbel in de planlijst",
    ]);
    // The severity as a fill: a warning is amber.
    const rijDubbel = rijen(bev).findIndex(isDubbel);
    const ernstKolom = String.fromCharCode(65 + kolom("Ernst"));
    expect(vulling(bev, `${ernstKolom}${rijDubbel}`)).toBe("FFFFEB9C");

    const ver = rijen(wb.getWorksheet("Verantwoording")!);
    const tekst = ver.map((x) => (x ?? []).join(" | ")).join("\n");
    expect(tekst).toContain("Peildatum | Datum waarop getoetst is");
    expect(tekst).toContain("27 november 2026 | opgegeven met --peildatum");
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
    // Findings with a cell, sheets as read and duplicates, yet no links: the sources are other files.
    expect(dubbel.length).toBeGreaterThan(0);
    expect(linksEnFormules(wb)).toEqual([]);
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
      (x) => x && x[1 + BEVINDING_KOPPEN.indexOf("Regel")] === "bestand-niet-gelezen"
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

describe("labels: the door names each file", () => {
  it("by its name, or by its path where two files share a name; the same file twice is read once", () => {
    expect(
      bestandsLabels(["a/x.xlsx", "b/x.xlsx", "c/y.xlsx", "c/../c/y.xlsx", "a/x.xlsx"])
    ).toEqual([
      { bestand: "a/x.xlsx", label: "a/x.xlsx" },
      { bestand: "b/x.xlsx", label: "b/x.xlsx" },
      { bestand: "c/y.xlsx", label: "y.xlsx" },
    ]);
  });

  it("runs end to end with two files of the same name: every plan of the second counted once", async () => {
    const ander = path.join(tmp, "ander", path.basename(bestanden.Emmen));
    await fs.mkdir(path.dirname(ander), { recursive: true });
    await fs.copyFile(bestanden.Emmen, ander);
    const uit = path.join(tmp, "zelfde-naam.xlsx");
    const r = await draai([
      "samenvatting",
      bestanden.Emmen,
      ander,
      bestanden.Emmen,
      "--out",
      uit,
      "--peildatum",
      PEILDATUM,
    ]);
    expect(r.stdout).toContain("samenvatting van 2 bestanden");
    expect(r.stdout).toContain(`  ${bestanden.Emmen}: 1 planlijst, 40 plannen (Emmen)`);
    expect(r.stdout).toContain(`  ${ander}: 1 planlijst, 40 plannen (Emmen)`);
    expect(r.stdout).toContain(
      "Dubbel: 40 plannen staan twee keer (40 in verschillende bestanden); elk telt één keer mee."
    );
    const ver = rijen((await leesUit(uit)).getWorksheet("Verantwoording")!).map((x) =>
      (x ?? []).join(" | ")
    );
    expect(ver).toContain(`Bestand | ${ander} | 40 plannen | 1 blad; pad ${ander}`);
  });
});

describe("the Data Bewijst summary workbook", () => {
  let c: ReturnType<typeof consolideer>;
  beforeAll(async () => {
    c = consolideer(await leesBronnen([DATABEWIJST]), { peildatum: PEILDATUM });
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
    expect(c.rapport.samenvatting.regio.plannen).toBe(0);
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
    expect(linksEnFormules(wb)).toEqual([]);
  });
});
