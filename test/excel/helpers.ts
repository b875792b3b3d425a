/** Shared test helpers for src/excel: a checked workbook over the fake. */
import { leesPlanlijstBladen } from "../../src/excel/planlijst";
import { Cel, foutVan, leesAdres } from "../../src/planlijst/cel";
import { WerkmapInvoer, leesWerkmap } from "../../src/planlijst/lezer";
import { Rapport, toets } from "../../src/rules/toets";
import { FakeExcel, Waarde } from "../fakes/excel";

export const PEILDATUM = "2026-11-27";

/** Reads and checks the fake's workbook (no marks). */
export async function controleerFake(fake: FakeExcel, blad?: string): Promise<Rapport> {
  const invoer = await leesPlanlijstBladen(fake.context, blad ? { blad } : {});
  return toets(leesWerkmap(invoer).bladen, { peildatum: PEILDATUM });
}

/** Everything of the workbook except the add-in's own settings, for exact before/after comparison. */
export function werkmapZonder(fake: FakeExcel): unknown {
  return JSON.parse(
    JSON.stringify({
      bladen: fake.model.bladen,
      instellingen: fake.model.instellingen,
      actief: fake.model.actiefBlad,
    })
  );
}

/** Excel's serial number of a date (the 1900 system, as Office.js gives a date cell's value). */
function serieNummer(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell as the CLI's reader gives it → as Office.js `values` gives it (errors as "#REF!", dates as numbers). */
function alsOfficeWaarde(c: Cel): Waarde | null {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) return serieNummer(c);
  if (typeof c === "object") return foutVan(c) ?? c.fout;
  return c;
}

const ZICHTBAARHEID = {
  zichtbaar: "Visible",
  verborgen: "Hidden",
  "zeer verborgen": "VeryHidden",
} as const;

/**
 * The sheets of a workbook as the CLI read them (leesXlsx), loaded into the fake the way Excel
 * holds them: values at their addresses, hidden sheets and rows, error values as Office.js
 * gives them. The first visible sheet is active.
 */
export function fakeVanWerkmap(invoer: WerkmapInvoer[], werkmapNaam: string): FakeExcel {
  const fake = new FakeExcel({ bladen: {}, werkmapNaam });
  for (const b of invoer) {
    const blad = fake.voegBladToe(b.naam);
    const o = leesAdres(b.oorsprong ?? "A1");
    const raster = b.raster.map((rij) => (rij ?? []).map(alsOfficeWaarde));
    // Rows and columns before the origin stay empty.
    const verschoven = [
      ...Array(o.rij - 1).fill([]),
      ...raster.map((r) => [...Array(o.kolom).fill(null), ...r]),
    ];
    fake.zetWaarden(b.naam, "A1", verschoven);
    blad.zichtbaarheid = ZICHTBAARHEID[b.zichtbaarheid ?? "zichtbaar"];
    if (b.verborgenRijen?.length) blad.verborgenRijen = b.verborgenRijen.map((r) => r - 1);
  }
  fake.model.actiefBlad = fake.model.bladen.find((b) => b.zichtbaarheid === "Visible")?.naam ?? "";
  return fake;
}
