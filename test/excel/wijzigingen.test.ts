/**
 * The workbook's one change watcher (src/excel/wijzigingen.ts) with both its subscribers on
 * one fake workbook: the task pane's live re-check and the custom functions' port. One
 * handler per sheet, one read and one parse per edit for both, the add-in's own marks reach
 * neither, and the handlers go when the last subscriber leaves.
 */
import { maakPaneActies } from "../../src/excel";
import { Onderdeel } from "../../src/excel/acties";
import { officePoort } from "../../src/excel/functiebron";
import { Verandering, Werkmapvolger, werkmapVolger } from "../../src/excel/wijzigingen";
import { WerkmapBron } from "../../src/functions/bron";
import { Rapport } from "../../src/rules/toets";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

function opzet(api114: boolean, excelApi?: string) {
  const fake = new FakeExcel({
    bladen: { Emmen: maakPlanlijst(40), Notities: [["tekst"]] },
    api114,
    ...(excelApi ? { excelApi } : {}),
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

describe("sheets added, deleted or renamed, settings changed elsewhere (ExcelApi 1.17)", () => {
  /**
   * The pane checked Emmen and follows it live; the functions follow every sheet; `spion` is a
   * third subscriber that records every batch the watcher hands out.
   */
  async function beide() {
    const fake = opzet(true, "1.17");
    const volger = new Werkmapvolger({ vertraging: 5 });
    const acties = maakPaneActies({ volger });
    const poort = officePoort(volger);
    await acties.controleer();
    const rapporten: Rapport[] = [];
    const stopPane = acties.volgWijzigingen((r) => rapporten.push(r));
    const meldingen: Onderdeel[] = [];
    const stopFuncties = await poort.volg(
      (w) => meldingen.push(w),
      (naam) => naam.startsWith("Emmen")
    );
    const batches: Verandering[] = [];
    const stopSpion = volger.abonneer({ wijziging: (v) => void batches.push(v) });
    const stop = () => [stopPane, stopFuncties, stopSpion].forEach((f) => f());
    const inst = await poort.leesInstellingen();
    await poort.leesPlanlijst(inst);
    await rust(fake, volger);
    fake.nulSyncs();
    return { fake, volger, acties, poort, inst, rapporten, meldingen, batches, stop };
  }
  const gelezen = (fake: FakeExcel) => fake.syncLog.flatMap((s) => s.gelezen);
  const planlijst = (m: Onderdeel[]) => m.filter((w) => w === "planlijst");

  test("the pane's own marks rewrite the mark registry (a document setting): no settings batch, the functions keep their cache", async () => {
    const { fake, volger, acties, meldingen, batches } = await beide();
    await acties.controleer();
    await rust(fake, volger);
    // Excel raised onSettingsChanged for the registry; the add-in's settings did not change.
    expect(batches.filter((b) => b.instellingen)).toEqual([]);
    expect(meldingen).not.toContain("instellingen");
  });

  test("the structure and settings events are registered once, and removed with the last subscriber", async () => {
    const { fake, volger, stop } = await beide();
    const soorten = [
      "WorksheetAdded",
      "WorksheetDeleted",
      "WorksheetNameChanged",
      "SettingsChanged",
    ] as const;
    expect(soorten.map((s) => fake.werkmapHandlers(s).size)).toEqual([1, 1, 1, 1]);
    stop();
    await rust(fake, volger);
    expect(soorten.map((s) => fake.werkmapHandlers(s).size)).toEqual([0, 0, 0, 0]);
    expect(handlers(fake)).toEqual([0, 0]);
  });

  test("without support (the default fake: no Office in jest) none is registered", async () => {
    const fake = opzet(true);
    const volger = new Werkmapvolger({ vertraging: 5 });
    const stop = await officePoort(volger).volg(
      () => undefined,
      () => true
    );
    expect(fake.werkmapHandlers("WorksheetAdded").size).toBe(0);
    expect(fake.werkmapHandlers("SettingsChanged").size).toBe(0);
    expect(handlers(fake)).toEqual([1, 1]);
    stop();
    await rust(fake, volger);
  });

  test("a sheet added by the user: the pane's subscriber and the functions are told once, the pane does not re-check", async () => {
    const { fake, volger, rapporten, meldingen, batches } = await beide();
    await fake.gebruikerVoegtBladToe("Emmen 2027", [["Projectnaam", "Aantal"]]);
    await rust(fake, volger);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ structuur: true, instellingen: false });
    expect(batches[0].opnieuw.size + batches[0].bijgewerkt.size).toBe(0);
    expect(meldingen).toEqual(["planlijst"]);
    expect(rapporten).toEqual([]);
    // The checked sheet was not read again; the new sheet now has its own handler.
    expect(gelezen(fake)).toEqual([]);
    expect(handlers(fake)).toEqual([1, 1, 1]);
    await fake.bewerk("Emmen 2027", "A2", [["Nieuwbouw"]]);
    await rust(fake, volger);
    expect(meldingen).toEqual(["planlijst", "planlijst"]);
  });

  test("a planlijst sheet renamed: read again, by the pane and by the functions", async () => {
    const { fake, volger, poort, inst, rapporten, meldingen, batches } = await beide();
    const id = fake.blad("Emmen").id;
    await fake.gebruikerHernoemtBlad("Emmen", "Emmen 2026");
    await rust(fake, volger);
    const structuur = batches.filter((b) => b.structuur);
    expect(structuur).toHaveLength(1);
    expect([...structuur[0].opnieuw]).toEqual([[id, "Emmen"]]);
    expect(planlijst(meldingen)).toEqual(["planlijst"]);
    // The pane checked the sheet again in full, under its new name.
    expect(rapporten).toHaveLength(1);
    expect(gelezen(fake)).toContain("'Emmen 2026'!A1:L43");
    fake.nulSyncs();
    const bladen = await poort.leesPlanlijst(inst);
    expect(bladen.map((b) => b.naam)).toEqual(["Emmen 2026", "Notities"]);
    expect(fake.syncs).toBeGreaterThan(0);
    // Still followed under its new name: an edit reaches both.
    await fake.bewerk("Emmen 2026", "I7", [[329000]]);
    await rust(fake, volger);
    expect(planlijst(meldingen)).toEqual(["planlijst", "planlijst"]);
    expect(rapporten).toHaveLength(2);
  });

  test("a planlijst sheet deleted: dropped from the cache, the functions get the workbook without it", async () => {
    const { fake, volger, poort, inst, meldingen, batches } = await beide();
    const id = fake.blad("Emmen").id;
    await fake.gebruikerVerwijdertBlad("Emmen");
    await rust(fake, volger);
    const structuur = batches.filter((b) => b.structuur);
    expect(structuur).toHaveLength(1);
    expect([...structuur[0].opnieuw]).toEqual([[id, "Emmen"]]);
    expect(planlijst(meldingen)).toEqual(["planlijst"]);
    expect(volger.blad(id)).toBeUndefined();
    fake.nulSyncs();
    const bladen = await poort.leesPlanlijst(inst);
    expect(bladen.map((b) => b.naam)).toEqual(["Notities"]);
  });

  test("settings changed in another session: the functions recompute with them", async () => {
    const { fake, volger, poort, rapporten, batches } = await beide();
    const bron = new WerkmapBron(poort, { wachttijd: 5 });
    const aandelen: unknown[] = [];
    bron.volg(
      { setResult: (v: unknown) => aandelen.push(v) } as never,
      ["instellingen"],
      async (): Promise<unknown> => (await bron.instellingen()).deal.gemeenten?.Emmen?.aandeel,
      (f) => f.message
    );
    await bron.rust();
    await rust(fake, volger);
    expect(aandelen).toEqual([2000]);
    batches.length = 0;
    await fake.instellingElders(
      "woondeal-toets",
      JSON.stringify({ gemeenten: { Emmen: { aandeel: 2600 } }, peildatum: "2026-11-27" })
    );
    await rust(fake, volger);
    await bron.rust();
    expect(batches.map((b) => b.instellingen)).toEqual([true]);
    expect(aandelen).toEqual([2000, 2600]);
    // The pane's re-check follows cell edits, not the settings event.
    expect(rapporten).toEqual([]);
  });

  test("the add-in's own report sheet being added does not restart the live re-check", async () => {
    const { fake, volger, acties, rapporten, batches } = await beide();
    const rapport = await acties.controleer();
    await rust(fake, volger);
    rapporten.length = 0;
    batches.length = 0;
    fake.nulSyncs();
    await acties.maakRapport(rapport);
    await rust(fake, volger);
    expect(fake.blad("Woondeal-rapport")).toBeDefined();
    expect(batches.some((b) => b.structuur)).toBe(true);
    expect(rapporten).toEqual([]);
    expect(gelezen(fake).filter((a) => a.startsWith("Emmen!"))).toEqual([]);
  });
});
