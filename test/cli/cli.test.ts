import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { main, VOORBEELD } from "../../src/cli/main";
import type { RapportJson } from "../../src/rapport/json";
import { DATABEWIJST, EIB } from "../data/openbaar";

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

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-cli-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function werkmap(naam: string, bladen: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [blad, rijen] of Object.entries(bladen)) {
    const ws = wb.addWorksheet(blad);
    rijen.forEach((r) => ws.addRow(r));
  }
  const pad = path.join(tmp, naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

const KOP = [
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Planstatus",
  "Aantal",
  "Sloop",
  "Segment",
  "Koopprijs",
  "Huurprijs",
  "Oplevering",
];

describe("woondeal-toets controleer", () => {
  it("checks the bundled example when no file is given, reports the deliberate violations with their article and exits 1", async () => {
    const r = await draai(["controleer", "--peildatum", "2026-11-27"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Geen bestand opgegeven");
    expect(r.stdout).toContain(
      "Planlijst Emmen!J11: Betaalbare koop kost volgens art. 1a ten hoogste € 355.000 (de NHG-grens met peildatum 1 januari 2022, art. 1a); deze rij: € 375.000, dus dure koop; in de totalen telt dit plan als dure koop."
    );
    expect(r.stdout).toContain(
      "Planlijst Emmen!H25: Cel H25 (netto) is niet te lezen: cel bevat de foutwaarde #REF!"
    );
    expect(r.stdout).toContain("art. 1g");
    expect(r.stdout).toContain(
      'Plan "Rietlanden Oost" staat ook op rij 6, met dezelfde aantallen; het telt één keer mee.'
    );
    expect(r.stdout).toContain("Gemeentelijk aandeel (bijlage 3) niet ingesteld voor Emmen");
    expect(r.stdout).toMatch(/Bevindingen: \d+ fouten/);
    expect(r.stderr).toBe("");
  });

  it("writes the full result as JSON with rows as Excel shows them and column letters", async () => {
    const uit = path.join(tmp, "uit.json");
    const r = await draai(["controleer", VOORBEELD, "--json", uit, "--peildatum", "2026-11-27"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(await fs.readFile(uit, "utf8")) as RapportJson;
    expect(json.file).toBe(VOORBEELD);
    expect(json.referenceDate).toBe("2026-11-27");
    const planlijst = json.sheets.find((s) => s.isPlanlijst)!;
    expect(planlijst.name).toBe("Planlijst Emmen");
    expect(planlijst.headerRow).toBe(4);
    expect(planlijst.plans).toHaveLength(22);
    expect(json.sheets.find((s) => s.name === "Toelichting")?.isPlanlijst).toBe(false);
    const prijs = json.findings.find((f) => f.rule === "prijs-segment" && f.article === "art. 1a")!;
    expect(prijs).toMatchObject({
      severity: "error",
      sheet: "Planlijst Emmen",
      row: 11,
      column: "J",
      field: "koopprijs",
      value: 375000,
      limit: 355000,
    });
    const emmen = json.summary.byGemeente.Emmen;
    // EM-018 repeats EM-002 with the same numbers: one plan entered twice counts once.
    expect(emmen.plans).toBe(21);
    expect(emmen.target).toBeNull();
    expect(emmen.bruto - emmen.sloop).toBe(emmen.net + (emmen.bruto - emmen.sloop - emmen.net));
  });

  it("uses the bijlage 3 settings file for coverage, and --grensjaar for year N's price limits", async () => {
    const inst = path.join(tmp, "deal.json");
    await fs.writeFile(inst, JSON.stringify({ gemeenten: { Emmen: { aandeel: 400 } } }));
    const uit = path.join(tmp, "met-instellingen.json");
    const r = await draai([
      VOORBEELD,
      "--instellingen",
      inst,
      "--json",
      uit,
      "--peildatum",
      "2026-11-27",
      "--grensjaar",
      "2025",
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(await fs.readFile(uit, "utf8")) as RapportJson;
    const emmen = json.summary.byGemeente.Emmen;
    expect(emmen.target).toBe(400);
    expect(emmen.coverage).toBeCloseTo(emmen.netInPeriod / 400, 10);
    expect(json.thresholds.koop).toBe(405000);
    expect(json.grensjaar).toBe(2025);
    // € 375.000 is betaalbare koop under 2025's limit of € 405.000: no art. 1a error at J11 any more.
    expect(json.findings.some((f) => f.row === 11 && f.rule === "prijs-segment")).toBe(false);
    expect(r.stdout).toContain("prijsgrenzen van 2025");
  });

  it("exits 0 on a clean planlijst", async () => {
    const pad = await werkmap("schoon.xlsx", {
      "Planlijst Coevorden": [
        KOP,
        [
          "Dalen Noord",
          "Coevorden",
          "Dalen",
          "1A Onherroepelijk",
          20,
          0,
          "Sociale huur",
          null,
          700,
          2026,
        ],
        [
          "Sleen Centrum",
          "Coevorden",
          "Sleen",
          "2A Vastgesteld",
          12,
          0,
          "Betaalbare koop",
          300000,
          null,
          2027,
        ],
      ],
    });
    const inst = path.join(tmp, "coevorden.json");
    await fs.writeFile(inst, JSON.stringify({ gemeenten: { Coevorden: { aandeel: 20 } } }));
    const r = await draai([pad, "--peildatum", "2026-01-01", "--instellingen", inst]);
    expect(r.stdout).toContain("Bevindingen: 0 fouten, 0 waarschuwingen");
    expect(r.code).toBe(0);
  });

  it("reads the real EIB workbook and says plainly that its gemeenten are not in this deal", async () => {
    const uit = path.join(tmp, "eib.json");
    const r = await draai([EIB, "--json", uit, "--peildatum", "2026-11-27"]);
    expect(r.code).toBe(1);
    // 52 rows repeat an earlier row exactly (one plan entered twice): they count once.
    expect(r.stdout).toContain("4.296 plannen horen bij");
    expect(r.stdout).toContain("Deze werkmap bevat geen plannen van die vier gemeenten.");
    const json = JSON.parse(await fs.readFile(uit, "utf8")) as RapportJson;
    expect(json.sheets[0].plans).toHaveLength(4348);
    expect(json.summary.region.gemeenten).toEqual([]);
  }, 30000);

  it.each([
    [
      "a truncated zip",
      "kapot.xlsx",
      async (p: string) => fs.writeFile(p, (await fs.readFile(VOORBEELD)).subarray(0, 3000)),
      /beschadigd of onvolledig/,
    ],
    [
      "a text file",
      "tekst.xlsx",
      (p: string) => fs.writeFile(p, "Projectnaam;Aantal\nA;3\n"),
      /geen Excel-werkmap/,
    ],
    [
      "an old .xls (OLE) file",
      "oud.xls",
      (p: string) =>
        fs.writeFile(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      /oud \.xls-bestand of een met wachtwoord beveiligd/,
    ],
    ["an empty file", "leeg.xlsx", (p: string) => fs.writeFile(p, ""), /het bestand is leeg/],
    ["a missing file", "bestaat-niet.xlsx", async () => undefined, /bestand niet gevonden/],
  ])("exits 2 with a one-line Dutch reason on %s", async (_naam, bestand, maak, reden) => {
    const pad = path.join(tmp, bestand);
    await maak(pad);
    const r = await draai([pad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reden);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(r.stdout).toBe("");
  });

  it("exits 2 on an empty workbook and on a budget sheet, naming why there is no planlijst", async () => {
    const leeg = await werkmap("lege-werkmap.xlsx", { Blad1: [] });
    const r1 = await draai([leeg]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('geen planlijst gevonden (blad "Blad1": het blad is leeg)');
    const begroting = await werkmap("begroting.xlsx", {
      Begroting: [
        ["Begroting 2026", null, null],
        ["Post", "Bedrag", "Toelichting"],
        ["Personeel", 1250000, "formatie"],
        ["Huisvesting", 310000, null],
      ],
    });
    const r2 = await draai([begroting]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/begroting\.xlsx: geen planlijst gevonden \(blad "Begroting": /);
    expect(r2.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 on the databewijst summary workbook without crashing", async () => {
    const r = await draai([DATABEWIJST]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("geen planlijst gevonden");
  }, 30000);

  it.each([
    [["--peildatum", "27-11-2026"], /--peildatum "27-11-2026" is geen datum/],
    [["--grensjaar", "twintig"], /--grensjaar "twintig" is geen jaar/],
    [
      ["--grensjaar", "2030"],
      /--grensjaar 2030: de landelijke prijsgrenzen van 2030 zijn nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026\./,
    ],
    [["--gemeente", "Emen"], /bedoelt u Emmen\?/],
    [["--onzin"], /onbekende of onvolledige optie --onzin/],
    [["opschonen"], /onbekende opdracht "opschonen"/],
    [["vergelijk"], /vergelijk vraagt twee bestanden/],
  ])("rejects bad options %j with exit 2 and a Dutch message", async (args, melding) => {
    const r = await draai(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
  });

  it("rejects a settings file that is not valid JSON or names an unknown gemeente", async () => {
    const kapot = path.join(tmp, "kapot.json");
    await fs.writeFile(kapot, "{gemeenten:");
    expect((await draai([VOORBEELD, "--instellingen", kapot])).stderr).toMatch(
      /kapot\.json is geen geldige JSON/
    );
    const onbekend = path.join(tmp, "onbekend.json");
    await fs.writeFile(onbekend, JSON.stringify({ gemeenten: { Assen: { aandeel: 10 } } }));
    const r = await draai([VOORBEELD, "--instellingen", onbekend]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Onbekende gemeente in instellingen: "Assen"/);
  });

  it("prints the help in Dutch", async () => {
    const r = await draai(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--instellingen <pad>");
  });

  it("runs as a program through bin/ with the same exit codes (needs `npm run build:cli`, done by npm install)", () => {
    const bin = path.resolve(__dirname, "../../bin/woondeal-toets.js");
    const goed = spawnSync(
      process.execPath,
      [bin, "controleer", VOORBEELD, "--peildatum", "2026-11-27"],
      { encoding: "utf8" }
    );
    expect(goed.status).toBe(1);
    expect(goed.stdout).toContain("Woondeal-toets · controle van voorbeeld-planlijst.xlsx");
    const fout = spawnSync(process.execPath, [bin, path.join(tmp, "niet-daar.xlsx")], {
      encoding: "utf8",
    });
    expect(fout.status).toBe(2);
    expect(fout.stderr).toBe("woondeal-toets: niet-daar.xlsx: bestand niet gevonden.\n");
  });
});
