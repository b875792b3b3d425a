/**
 * One JSON contract: `woondeal-toets controleer --json` and the pane's JSON export both
 * validate against docs/rapport.schema.json (strict: no key the schema does not name), and
 * for the same workbook they are the same document but for `file`.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { VOORBEELD, main } from "../../src/cli/main";
import { leesXlsx } from "../../src/cli/xlsx";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { RapportJson, rapportAlsJson } from "../../src/rapport/json";
import { toets } from "../../src/rules/toets";
import { rapportJson } from "../../src/taskpane/export";
import schema from "../../docs/rapport.schema.json";
import {
  VOORBEELD_INSTELLINGEN,
  rapportVan,
  veelRaster,
  voorbeeldRapport,
} from "../taskpane/fixtures";

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const valideer = ajv.compile(schema);

function fouten(json: unknown): string[] {
  return valideer(json)
    ? []
    : (valideer.errors ?? []).map(
        (e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`
      );
}

const LAYOUTS = path.join(__dirname, "..", "data", "layouts");
const PEILDATUM = "2026-11-27";

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-json-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Runs the CLI in this process and returns what --json wrote. */
async function cliJson(bestanden: string[], extra: string[] = []): Promise<unknown> {
  const uit = path.join(tmp, `uit-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(
    ["controleer", ...bestanden, "--json", uit, "--peildatum", PEILDATUM, ...extra],
    { stdout: () => undefined, stderr: () => undefined, kleur: false }
  );
  expect(code).toBeLessThan(2);
  return JSON.parse(await fs.readFile(uit, "utf8"));
}

describe("the CLI's --json", () => {
  it("validates for the bundled example, and is the pane's export of the same workbook but for `file`", async () => {
    const cli = (await cliJson([VOORBEELD])) as RapportJson;
    expect(fouten(cli)).toEqual([]);
    expect(cli.file).toBe(VOORBEELD);
    expect(cli.plansOmitted).toBe(false);

    const rapport = toets(leesWerkmap(await leesXlsx(VOORBEELD)).bladen, { peildatum: PEILDATUM });
    const pane = JSON.parse(rapportJson(rapport));
    expect(fouten(pane)).toEqual([]);
    expect(pane).toEqual({ ...cli, file: null });
  });

  it("validates for several files (an array), across the public layouts the reader knows", async () => {
    const bestanden = (await fs.readdir(LAYOUTS))
      .filter((n) => n.endsWith(".xlsx"))
      .map((n) => path.join(LAYOUTS, n));
    expect(bestanden.length).toBeGreaterThanOrEqual(8);
    const cli = (await cliJson(bestanden, ["--grensjaar", "2025"])) as RapportJson[];
    expect(Array.isArray(cli)).toBe(true);
    expect(cli).toHaveLength(bestanden.length);
    expect(fouten(cli)).toEqual([]);
    // The layouts give plans, columns and sheets every kind of detail the schema names.
    expect(cli.some((r) => r.sheets.some((s) => s.layout !== null))).toBe(true);
    expect(cli.every((r) => r.grensjaar === 2025)).toBe(true);
  });
});

describe("the pane's JSON export", () => {
  it("validates with settings and with plans left out above the limit", () => {
    expect(fouten(JSON.parse(rapportJson(voorbeeldRapport(VOORBEELD_INSTELLINGEN))))).toEqual([]);
    const groot = JSON.parse(
      rapportJson(rapportVan([{ naam: "Groot", raster: veelRaster(30) }]), 10)
    ) as RapportJson;
    expect(groot.plansOmitted).toBe(true);
    expect(groot.sheets[0].plans).toBeUndefined();
    expect(fouten(groot)).toEqual([]);
  });
});

// A report taken apart on purpose: any shape goes.
type Los = any;

describe("the schema is strict", () => {
  const goed = () => JSON.parse(JSON.stringify(rapportAlsJson(voorbeeldRapport())));

  it("accepts the mapping's own output", () => {
    expect(fouten(goed())).toEqual([]);
  });

  it.each([
    ["an unknown top-level key", (j: Los) => (j.extra = 1)],
    ["the engine's Dutch record instead of the English one", (j: Los) => (j.bladen = j.sheets)],
    ["an unknown key in a sheet", (j: Los) => (j.sheets[0].kolommen = [])],
    ["an unknown key in a finding", (j: Los) => (j.findings[0].regel = "x")],
    ["an unknown key in a summary", (j: Los) => (j.summary.byGemeente.Emmen.netto = 1)],
    ["an unknown key in the region", (j: Los) => (j.summary.region.extra = 1)],
    ["an unknown key in a plan", (j: Los) => (j.sheets[0].plans[0].extra = 1)],
    ["a missing summary field", (j: Los) => delete j.summary.region.coverage],
    ["a severity that is not one", (j: Los) => (j.findings[0].severity = "fout")],
    ["plans left out without saying so", (j: Los) => delete j.plansOmitted],
  ])("refuses %s", (_naam, breek) => {
    const j = goed();
    breek(j);
    expect(fouten(j)).not.toEqual([]);
  });
});
