/**
 * The add-in against the parts of the fake that behave like Excel where we depend on it:
 * change events raised for the add-in's own writes (with and without triggerSource),
 * multi-area event addresses, protected sheets, the prompt Excel gives for cells that never
 * had validation, and text that Excel would enter as a formula.
 */
import { maakPaneActies } from "../../src/excel";
import { NietGemarkeerd } from "../../src/excel/acties";
import { markeer } from "../../src/excel/markeringen";
import { RAPPORTBLAD } from "../../src/excel/namen";
import { schrijfRapport } from "../../src/excel/rapport";
import { leesGebieden } from "../../src/planlijst/cel";
import { Rapport } from "../../src/rules/toets";
import { FakeExcel, FakeOpties, PromptModel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";
import { controleerFake, werkmapZonder } from "./helpers";

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

function opzet(opties: FakeOpties) {
  const fake = new FakeExcel(opties);
  herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({
    gemeenten: { Emmen: { aandeel: 2000 } },
    peildatum: "2026-11-27",
  });
  return fake;
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no event is pending and no sync happened for a while. */
async function rustig(fake: FakeExcel) {
  for (let i = 0; i < 20; i++) {
    const voor = fake.syncs;
    await fake.gebeurtenissen();
    await slaap(40);
    if (fake.syncs === voor && !(await heeftLopend(fake))) return;
  }
  throw new Error("de werkmap kwam niet tot rust: de hercontrole herhaalt zichzelf");
}
async function heeftLopend(fake: FakeExcel): Promise<boolean> {
  const voor = fake.syncs;
  await fake.gebeurtenissen();
  return fake.syncs !== voor;
}

function eigenMarkeringen(fake: FakeExcel, blad = "Emmen") {
  return fake.blad(blad).voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal"));
}

describe.each([
  ["ExcelApi 1.14 (triggerSource)", true],
  ["older host (no triggerSource)", false],
])("live re-check on %s", (_naam, api114) => {
  test("an edit gives one new report; the events of the add-in's own marks do not restart it", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(200) }, api114 });
    const acties = maakPaneActies({ vertraging: 5 });
    await acties.controleer();
    const rapporten: Rapport[] = [];
    const stop = acties.volgWijzigingen((r) => rapporten.push(r));
    // The first check's own marks raised events too.
    await rustig(fake);
    expect(rapporten).toEqual([]);
    fake.nulSyncs();

    // The user fixes the price in a marked cell.
    await fake.bewerk("Emmen", "I7", [[329000]]);
    await rustig(fake);
    expect(rapporten).toHaveLength(1);
    expect(rapporten[0].bevindingen.some((f) => f.row === 7 && f.rule === "prijs-segment")).toBe(
      false
    );
    // Read + state of marks + write; an older host reads the marked cells of its own
    // events once more (unchanged: nothing else happens). On an older host the edit of a
    // marked cell is read as that cell alone, in the first of the three.
    expect(fake.syncs).toBe(api114 ? 3 : 4);
    expect(fake.syncLog.filter((s) => s.fout)).toEqual([]);

    // An edit outside the marks on an older host: re-read by row, as on a new host.
    fake.nulSyncs();
    await fake.bewerk("Emmen", "B8", [["Nieuwe naam"]]);
    await rustig(fake);
    expect(rapporten).toHaveLength(2);
    stop();
    await rustig(fake);
  });
});

test("a multi-area event address re-reads the rows of every area", async () => {
  const fake = opzet({ bladen: { Emmen: maakPlanlijst(40) } });
  const acties = maakPaneActies({ vertraging: 5 });
  await acties.controleer();
  const rapporten: Rapport[] = [];
  acties.volgWijzigingen((r) => rapporten.push(r));
  await rustig(fake);
  fake.nulSyncs();
  fake.zetWaarden("Emmen", "I7", [[329000]]);
  fake.zetWaarden("Emmen", "I9", [[999999]]);
  await fake.vuurWijziging("Emmen", "I7,I9:J9");
  await rustig(fake);
  expect(rapporten).toHaveLength(1);
  expect(fake.syncLog.flatMap((s) => s.gelezen)).toEqual([
    "Emmen!A3:L3",
    "Emmen!A7:L7",
    "Emmen!A9:L9",
  ]);
  expect(rapporten[0].bevindingen.some((f) => f.row === 9 && f.severity === "error")).toBe(true);
  expect(leesGebieden("Emmen!$A$1:$B$2,D4")).toEqual([
    { blad: "Emmen", r0: 1, r1: 2, c0: 0, c1: 1 },
    { r0: 4, r1: 4, c0: 3, c1: 3 },
  ]);
  expect(leesGebieden("A1,??")).toBeUndefined();
});

describe("a protected planlijst", () => {
  test("the findings come back with a Dutch message; nothing in the sheet changes", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(30) } });
    fake.blad("Emmen").beveiligd = true;
    const voor = werkmapZonder(fake);
    const acties = maakPaneActies();
    const fout = await acties.controleer().catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(NietGemarkeerd);
    const e = fout as NietGemarkeerd;
    expect(e.message).toBe(
      'Blad "Emmen" is beveiligd: de cellen met bevindingen zijn niet gemarkeerd. De bevindingen staan hieronder. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Controleer om ze te markeren.'
    );
    expect(e.rapport.bevindingen.filter((f) => f.severity === "error")).toHaveLength(4);
    expect(werkmapZonder(fake)).toEqual(voor);
    expect(fake.syncLog.filter((s) => s.fout)).toEqual([]);
  });

  test("marks made before the sheet was protected stay, and stay registered", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(30) } });
    const acties = maakPaneActies();
    await acties.controleer();
    const marks = eigenMarkeringen(fake).length;
    expect(marks).toBeGreaterThan(0);
    fake.blad("Emmen").beveiligd = true;
    await expect(acties.wisMarkeringen()).rejects.toThrow(
      'Blad "Emmen" is beveiligd: de markeringen daar zijn niet gewist.'
    );
    expect(eigenMarkeringen(fake)).toHaveLength(marks);
    fake.blad("Emmen").beveiligd = false;
    await acties.wisMarkeringen();
    expect(eigenMarkeringen(fake)).toEqual([]);
    expect(fake.cel("Emmen", "I7")?.validatie).toBeUndefined();
  });

  test("Excel refusing a write (AccessDenied) becomes the same kind of message", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(30) } });
    const rapport = await controleerFake(fake);
    // Protection the add-in could not see beforehand (e.g. set between its read and write).
    const blad = fake.blad("Emmen");
    const start = fake.syncs;
    // Protected from the third sync of markeer (its writes) on.
    Object.defineProperty(blad, "beveiligd", {
      get: () => fake.syncs >= start + 3,
      configurable: true,
    });
    await expect(markeer(fake.context, rapport)).rejects.toThrow(
      /Excel weigerde de markeringen te schrijven: een blad is beveiligd/
    );
    expect(blad.voorwaardelijkeOpmaak).toEqual([]);
    expect(fake.syncLog[fake.syncLog.length - 1].fout).toBe("AccessDenied");
  });
});

describe.each<[string, PromptModel | null]>([
  ["empty texts, shown", { showPrompt: true, title: "", message: "" }],
  ["empty texts, hidden", { showPrompt: false, title: "", message: "" }],
  ["null", null],
])("dataValidation.prompt of never-validated cells as %s", (_naam, prompt) => {
  test("free cells get the reason, the user's prompt-only validation is kept", async () => {
    const fake = new FakeExcel({
      bladen: { Emmen: maakPlanlijst(30) },
      promptZonderValidatie: prompt,
    });
    fake.cel("Emmen", "E9", true)!.validatie = {
      type: "None",
      prompt: { showPrompt: true, title: "Status", message: "Kies 1A … 4B" },
    };
    const rapport = await controleerFake(fake);
    const verslag = await markeer(fake.context, rapport);
    expect(fake.cel("Emmen", "I7")!.validatie?.prompt?.title).toBe("Woondeal-toets: fout");
    expect(fake.cel("Emmen", "E9")!.validatie?.prompt?.title).toBe("Status");
    expect(verslag.zonderMelding).toBe(1);
    // And a second check clears and re-writes ours only.
    fake.zetWaarden("Emmen", "I7", [[329000]]);
    await markeer(fake.context, await controleerFake(fake));
    expect(fake.cel("Emmen", "I7")?.validatie).toBeUndefined();
    expect(fake.cel("Emmen", "E9")!.validatie?.prompt?.title).toBe("Status");
  });
});

test("user text that Excel would enter as a formula reaches the report sheet as text", async () => {
  const raster = maakPlanlijst(12);
  // Values from the sheet that start with =, +, - or @.
  raster[3][7] = "=1+1";
  raster[4][7] = "+31 6 1234";
  raster[5][7] = "-segment";
  raster[6][7] = "@Betaalbaar";
  const fake = new FakeExcel({ bladen: { Emmen: raster } });
  const rapport = await controleerFake(fake);
  const waarden = rapport.bevindingen.map((f) => f.value);
  for (const t of ["=1+1", "+31 6 1234", "-segment", "@Betaalbaar"]) expect(waarden).toContain(t);
  await schrijfRapport(fake.context, rapport);
  const cellen = Object.values(fake.blad(RAPPORTBLAD).cellen).flatMap((r) => Object.values(r));
  for (const t of ["=1+1", "+31 6 1234", "-segment", "@Betaalbaar"]) {
    const cel = cellen.find((c) => c.waarde === t);
    expect(cel).toBeDefined();
    expect(cel!.formule).toBeUndefined();
  }
  // The only formulas are the links the add-in wrote.
  expect(cellen.filter((c) => c.formule).every((c) => c.formule!.startsWith("=HYPERLINK("))).toBe(
    true
  );
});
