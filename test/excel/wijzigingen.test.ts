/**
 * The workbook's one change watcher (src/excel/wijzigingen.ts) with both its subscribers on
 * one fake workbook: the task pane's live re-check and the custom functions' port. One
 * handler per sheet, one read and one parse per edit for both, the add-in's own marks reach
 * neither, and the handlers go when the last subscriber leaves.
 */
import { maakPaneActies } from "../../src/excel";
import { Onderdeel } from "../../src/excel/acties";
import { officePoort } from "../../src/excel/functiebron";
import { Werkmapvolger, werkmapVolger } from "../../src/excel/wijzigingen";
import { Rapport } from "../../src/rules/toets";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

function opzet(api114: boolean) {
  const fake = new FakeExcel({
    bladen: { Emmen: maakPlanlijst(40), Notities: [["tekst"]] },
    api114,
  });
  herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({
    gemeenten: { Emmen: { aandeel: 2000 } },
    peildatum: "2026-11-27",
  });
  return fake;
}

/** Waits until the watcher and the fake's events are done. */
async function rust(fake: FakeExcel, volger: Werkmapvolger) {
  for (let i = 0; i < 10; i++) {
    await fake.gebeurtenissen();
    await volger.rust();
    await new Promise((r) => setTimeout(r, 20));
  }
}

const handlers = (fake: FakeExcel) => [...fake.wijzigingsHandlers.values()].map((s) => s.size);

describe.each([
  ["ExcelApi 1.14 (triggerSource)", true],
  ["older host (no triggerSource)", false],
])("pane and functions on one watcher, %s", (_naam, api114) => {
  test("one handler per sheet, one read per edit, one parse for both; own marks reach neither", async () => {
    const fake = opzet(api114);
    const volger = new Werkmapvolger({ vertraging: 5 });
    const acties = maakPaneActies({ volger });
    const poort = officePoort(volger);

    await acties.controleer();
    const rapporten: Rapport[] = [];
    const stopPane = acties.volgWijzigingen((r) => rapporten.push(r));
    const meldingen: Onderdeel[] = [];
    const stopFuncties = await poort.volg(
      (w) => meldingen.push(w),
      (naam) => naam === "Emmen"
    );
    const inst = await poort.leesInstellingen();
    await poort.leesPlanlijst(inst);
    await rust(fake, volger);
    expect(handlers(fake)).toEqual([1, 1]);
    expect(meldingen).toEqual([]);
    expect(rapporten).toEqual([]);

    // The user fixes a price: read once (header and row), the pane re-marks, the functions hear of it.
    fake.nulSyncs();
    await fake.bewerk("Emmen", "I7", [[329000]]);
    await rust(fake, volger);
    expect(rapporten).toHaveLength(1);
    expect(rapporten[0].bevindingen.some((f) => f.row === 7 && f.rule === "prijs-segment")).toBe(
      false
    );
    expect(meldingen).toEqual(["planlijst"]);
    const gelezen = fake.syncLog.flatMap((s) => s.gelezen);
    // Only the header and the row; an older host reads the edited marked cell alone, and the
    // cells of its own marks' events once more (unchanged). Never the whole sheet.
    if (api114) expect(gelezen).toEqual(["Emmen!A3:L3", "Emmen!A7:L7"]);
    else expect(gelezen[0]).toBe("Emmen!I7");
    expect(gelezen).not.toContain("Emmen!A1:L43");
    expect(fake.syncs).toBe(api114 ? 3 : 4);

    // The functions get the same parse without reading: no sync.
    fake.nulSyncs();
    const bladen = await poort.leesPlanlijst(inst);
    expect(fake.syncs).toBe(0);
    const emmen = bladen.find((b) => b.naam === "Emmen")!;
    expect(emmen.plannen.find((p) => p.rij === 7)?.koopprijs).toBe(329000);

    // An edit on a sheet that is no planlijst: nothing for either.
    fake.nulSyncs();
    await fake.bewerk("Notities", "A2", [["meer tekst"]]);
    await rust(fake, volger);
    expect(meldingen).toEqual(["planlijst"]);
    expect(rapporten).toHaveLength(1);
    expect(fake.syncs).toBe(0);

    // The pane stops: the functions still follow, through the same handlers.
    stopPane();
    await rust(fake, volger);
    expect(handlers(fake)).toEqual([1, 1]);
    await fake.bewerk("Emmen", "F4", [[99]]);
    await rust(fake, volger);
    expect(meldingen).toEqual(["planlijst", "planlijst"]);
    expect(rapporten).toHaveLength(1);

    // The last subscriber leaves: no handlers, no cache.
    stopFuncties();
    await rust(fake, volger);
    expect(handlers(fake)).toEqual([0, 0]);
    expect(volger.aantalAbonnees).toBe(0);
    fake.nulSyncs();
    await poort.leesPlanlijst(inst);
    expect(fake.syncs).toBeGreaterThan(0);
  });
});

test("a changed header drops the sheet from the cache: the pane checks in full, the functions read again", async () => {
  const fake = opzet(true);
  const volger = new Werkmapvolger({ vertraging: 5 });
  const acties = maakPaneActies({ volger });
  const poort = officePoort(volger);
  await acties.controleer();
  const rapporten: Rapport[] = [];
  acties.volgWijzigingen((r) => rapporten.push(r));
  const meldingen: Onderdeel[] = [];
  await poort.volg(
    (w) => meldingen.push(w),
    () => true
  );
  const inst = await poort.leesInstellingen();
  await poort.leesPlanlijst(inst);
  await rust(fake, volger);

  fake.nulSyncs();
  await fake.bewerk("Emmen", "I3", [["Verkoopprijs"]]);
  await rust(fake, volger);
  expect(rapporten).toHaveLength(1);
  expect(meldingen).toEqual(["planlijst"]);
  expect(fake.syncLog.flatMap((s) => s.gelezen)).toContain("Emmen!A1:L43");
  fake.nulSyncs();
  await poort.leesPlanlijst(inst);
  // The pane's full check read only the active sheet: the functions read every sheet.
  expect(fake.syncs).toBeGreaterThan(0);
});

test("the runtime's watcher is one per Office.js namespace", () => {
  const fake = opzet(true);
  expect(werkmapVolger()).toBe(werkmapVolger({ vertraging: 1 }));
  const eerste = werkmapVolger();
  herstel!();
  herstel = runWith(fake);
  expect(werkmapVolger()).not.toBe(eerste);
});
