/**
 * The bench's measurements of the Excel door (npm run bench): the task pane's full check, the
 * marks at their largest, and the custom functions BETAALBAAR and DEKKING, over the fake Excel.
 * Not a jest test: tools/bench/ transpiles this file with src/ and test/fakes/ into build/bench/
 * and calls one export per child process. It lives under test/ because it drives the fake
 * Excel, which is test code; the bench hands it plain grids (tools/data/ makes them).
 */
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst, planRij } from "../fakes/planlijst-data";
import { maakPaneActies } from "../../src/excel";
import { affordable, coverage } from "../../src/functions/functions";
import { WerkmapBron } from "../../src/functions/bron";
import { officePoort } from "../../src/excel/functiebron";
import { zetWerkmapBron } from "../../src/functions/werkmap";

type Raster = (string | number | boolean | null)[][];

/** What every measurement gets: the deal settings and the peildatum the workbook stores. */
export interface Instelling {
  peildatum: string;
  instellingen: Record<string, unknown>;
}

function metInstellingen(fake: FakeExcel, { peildatum, instellingen }: Instelling): void {
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({ ...instellingen, peildatum });
}

function ms(sinds: bigint): number {
  return Number(process.hrtime.bigint() - sinds) / 1e6;
}

/** A full task-pane check of `raster` (one sheet "Planlijst") against the fake Excel. */
export async function taakvenster(raster: Raster, instelling: Instelling) {
  const fake = new FakeExcel({
    bladen: { Planlijst: raster, Toelichting: [["Toelichting"]] },
  });
  metInstellingen(fake, instelling);
  const herstel = runWith(fake);
  const t = process.hrtime.bigint();
  const rapport = await maakPaneActies().controleer();
  const duur = ms(t);
  herstel();
  const totaal = fake.syncLog.reduce((s, x) => s + x.aanvraagBytes + x.antwoordBytes, 0);
  const register = fake.model.instellingen["woondeal-toets-markeringen"];
  return {
    ms: duur,
    syncs: fake.syncs,
    grootste: fake.grootsteSync,
    grootsteAanvraag: Math.max(...fake.syncLog.map((x) => x.aanvraagBytes)),
    register: typeof register === "string" ? Buffer.byteLength(register) : 0,
    totaal,
    bevindingen: rapport.bevindingen.length,
  };
}

/**
 * The marks at their largest: every plan "Betaalbare koop" with its own price above the
 * limit (one distinct error message per plan), checked, every price changed, checked
 * again (the second check clears the first's prompts and writes new ones).
 */
export async function schrijven(aantal: number, instelling: Instelling) {
  const grid = maakPlanlijst(0);
  for (let i = 0; i < aantal; i++) {
    const rij = planRij(i);
    rij[7] = "Betaalbare koop";
    rij[8] = 400000 + i;
    rij[9] = null;
    grid.push(rij);
  }
  const fake = new FakeExcel({ bladen: { Emmen: grid } });
  metInstellingen(fake, instelling);
  const herstel = runWith(fake);
  const acties = maakPaneActies();
  await acties.controleer();
  fake.zetWaarden(
    "Emmen",
    "I4",
    Array.from({ length: aantal }, (_, i) => [500000 + i])
  );
  fake.nulSyncs();
  const rapport = await acties.controleer();
  herstel();
  const register = fake.model.instellingen["woondeal-toets-markeringen"];
  const prijs = rapport.bevindingen.filter((f) => f.rule === "prijs-segment");
  return {
    syncs: fake.syncs,
    aanvragen: fake.syncLog.map((x) => x.aanvraagBytes),
    grootsteAanvraag: Math.max(...fake.syncLog.map((x) => x.aanvraagBytes)),
    fouten: fake.syncLog.filter((x) => x.fout).length,
    register: typeof register === "string" ? Buffer.byteLength(register) : 0,
    runs: typeof register === "string" ? JSON.parse(register).bladen.Emmen.meldingen.length : 0,
    bevindingen: rapport.bevindingen.length,
    uniek: new Set(prijs.map((f) => f.message)).size,
  };
}

/** The CustomFunctions global the functions bundle gets from Excel. */
function maakCustomFunctionsGlobaal(): void {
  class ExcelFout {
    constructor(
      public code: string,
      public message?: string
    ) {}
  }
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: ExcelFout,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** BETAALBAAR over a column of prices (numbers, Dutch texts, empty cells), median of 3. */
export async function betaalbaar(prijzen: (string | number | null)[][]) {
  maakCustomFunctionsGlobaal();
  affordable(prijzen.slice(0, 1000)); // warm up
  const tijden: number[] = [];
  let uit: unknown[][] = [];
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    uit = affordable(prijzen);
    tijden.push(ms(t));
  }
  tijden.sort((a, b) => a - b);
  return {
    ms: tijden[1],
    cellen: uit.length,
    waar: uit.filter((r) => r[0] === true).length,
  };
}

/** DEKKING("Emmen") over the workbook's planlijst, read through src/excel from the fake Excel. */
export async function dekking(raster: Raster, instelling: Instelling) {
  maakCustomFunctionsGlobaal();
  const fake = new FakeExcel({ bladen: { Planlijst: raster } });
  metInstellingen(fake, instelling);
  const herstel = runWith(fake);
  zetWerkmapBron(new WerkmapBron(officePoort(), { wachttijd: 0 }));
  const t = process.hrtime.bigint();
  const waarde = await new Promise((klaar) =>
    coverage(
      [["Emmen"]],
      undefined as unknown as unknown[][],
      {
        setResult: klaar,
      } as unknown as Parameters<typeof coverage>[2]
    )
  );
  const duur = ms(t);
  herstel();
  return {
    ms: duur,
    syncs: fake.syncs,
    grootste: fake.grootsteSync,
    waarde: JSON.stringify(waarde),
  };
}
