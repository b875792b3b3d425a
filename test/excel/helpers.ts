/** Shared test helpers for src/excel: a checked workbook over the fake. */
import { leesPlanlijstBladen } from "../../src/excel/planlijst";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { Rapport, toets } from "../../src/rules/toets";
import { FakeExcel } from "../fakes/excel";

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
