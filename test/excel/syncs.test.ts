/**
 * On Excel on the web every context.sync() is a network round trip. A full check of a list
 * under 4 MB: read what is needed (settings, registry, sheet size), read the values with
 * the state of earlier marks, write: three syncs; one more per 4 MB beyond.
 */
import { maakPaneActies } from "../../src/excel";
import { ALLE_PLANLIJSTEN } from "../../src/excel/acties";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";

jest.setTimeout(60_000);

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

function opzet(bladen: Record<string, ReturnType<typeof maakPlanlijst>>, actief?: string) {
  const fake = new FakeExcel({ bladen, ...(actief ? { actief } : {}) });
  herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({
    gemeenten: { Emmen: { aandeel: 2000 } },
    peildatum: "2026-11-27",
  });
  return fake;
}

test("a full check of the active planlijst takes three syncs, also the second time and with the user's validation", async () => {
  const fake = opzet({ Emmen: maakPlanlijst(20_000), Toelichting: [["tekst"]] });
  // The user's own validation on cells with findings (a dropdown on the status column).
  for (let r = 4; r < 2_000; r++)
    fake.cel("Emmen", `E${r}`, true)!.validatie = { type: "List", rule: { list: {} } };
  const acties = maakPaneActies();
  const eerste = await acties.controleer();
  expect(eerste.bevindingen.length).toBeGreaterThan(4_000);
  expect(fake.syncs).toBe(3);
  expect(fake.syncLog.every((s) => s.aanvraagBytes < 4 * 1024 * 1024)).toBe(true);
  // The user's validation kept; a prompt of ours only where there was none.
  expect(eerste.bevindingen.some((f) => f.row === 9 && f.column === "E")).toBe(true);
  expect(fake.cel("Emmen", "E9")!.validatie?.type).toBe("List");
  expect(fake.cel("Emmen", "E9")!.validatie?.prompt).toBeUndefined();

  fake.nulSyncs();
  const tweede = await acties.controleer();
  expect(tweede.bevindingen).toHaveLength(eerste.bevindingen.length);
  expect(fake.syncs).toBe(3);
  expect(fake.syncLog.filter((s) => s.fout)).toEqual([]);
});

test("a named sheet: three syncs; every planlijst: four (the sheet names first)", async () => {
  const fake = opzet(
    { Emmen: maakPlanlijst(50), Coevorden: maakPlanlijst(30, "Coevorden"), Notities: [["x"]] },
    "Notities"
  );
  const acties = maakPaneActies();
  await acties.controleer("Coevorden");
  expect(fake.syncs).toBe(3);
  fake.nulSyncs();
  await acties.controleer(ALLE_PLANLIJSTEN);
  expect(fake.syncs).toBe(4);
  // The active sheet is no planlijst: it is read first, then every sheet.
  fake.nulSyncs();
  const rapport = await acties.controleer();
  expect(rapport.dealGemeenten.sort()).toEqual(["Coevorden", "Emmen"]);
  expect(fake.syncs).toBe(6);
});
