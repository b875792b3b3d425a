/** What the pane's reader reads besides values: visibility, hidden rows, and its bounds. */
import { maakPaneActies } from "../../src/excel";
import { MAX_KOLOMMEN, MAX_TEKST, leesPlanlijstBladen } from "../../src/excel/planlijst";
import { ALLE_PLANLIJSTEN, Voortgang } from "../../src/excel/acties";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";

test("visibility of every sheet (hidden ones are read too) and hidden rows, without an extra sync", async () => {
  const fake = new FakeExcel({
    bladen: { Emmen: maakPlanlijst(20), Oud: maakPlanlijst(3), Techniek: [["x"]] },
  });
  fake.blad("Oud").zichtbaarheid = "Hidden";
  fake.blad("Techniek").zichtbaarheid = "VeryHidden";
  fake.blad("Emmen").verborgenRijen = [5, 6, 10]; // rows 6, 7 and 11
  const zonder = new FakeExcel({ bladen: { Emmen: maakPlanlijst(20) } });
  await leesPlanlijstBladen(zonder.context);

  const gelezen = await leesPlanlijstBladen(fake.context);
  expect(gelezen.map((g) => [g.naam, g.zichtbaarheid, g.verborgenRijen])).toEqual([
    ["Emmen", "zichtbaar", [6, 7, 11]],
    ["Oud", "verborgen", undefined],
    ["Techniek", "zeer verborgen", undefined],
  ]);
  expect(gelezen[1].raster.length).toBe(6);
  expect(fake.syncs).toBe(zonder.syncs);

  const een = new FakeExcel({ bladen: { Emmen: maakPlanlijst(20) } });
  een.blad("Emmen").verborgenRijen = [22];
  const [blad] = await leesPlanlijstBladen(een.context, { blad: "Emmen" });
  expect([blad.zichtbaarheid, blad.verborgenRijen]).toEqual(["zichtbaar", [23]]);
});

test("a used range far wider than the list is read up to column IV, and the pane says so", async () => {
  const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(10) } });
  fake.zetWaarden("Emmen", "XFD2", [[" "]]);
  const [blad] = await leesPlanlijstBladen(fake.context);
  expect(blad.kolommen).toBe(MAX_KOLOMMEN);
  expect(blad.raster[3].slice(0, 3)).toEqual(["P-00001", "Plan Emmen 1", "Emmen"]);
  expect(blad.opmerkingen).toEqual([
    'Blad "Emmen": het gebruikte bereik loopt tot kolom XFD; alleen de kolommen A tot en met IV zijn gelezen. Staat er ver naar rechts nog iets (bijvoorbeeld een spatie)? Wis die cellen, dan wordt het hele blad gelezen.',
  ]);
  expect(Math.max(...fake.syncLog.map((s) => s.antwoordBytes))).toBeLessThan(1024 * 1024);
});

test("one value in the last row: only the filled parts are read, and the pane says so", async () => {
  const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(10) } });
  fake.zetWaarden("Emmen", "A1048576", [["x"]]);
  const herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = '{"gemeenten":{}}';
  const stappen: Voortgang[] = [];
  try {
    const rapport = await maakPaneActies().controleer(undefined, (v) => stappen.push(v));
    // The stray row counts as a plan of its own (the reader reports it).
    expect(rapport.samenvatting.perGemeente.Emmen.plannen).toBe(11);
  } finally {
    herstel();
  }
  expect(stappen[stappen.length - 1].opmerkingen).toEqual([
    'Blad "Emmen": het gebruikte bereik loopt tot rij 1.048.576, maar alleen 14 rijen bevatten waarden; de lege stukken zijn overgeslagen.',
  ]);
});

test("a very long text is read as its first 2,000 characters, in the copy only", async () => {
  const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(10) } });
  const lang = "toelichting ".repeat(3000);
  fake.zetWaarden("Emmen", "L5", [[lang]]);
  const [blad] = await leesPlanlijstBladen(fake.context);
  expect(blad.raster[4][11]).toBe(lang.slice(0, MAX_TEKST));
  expect(fake.waarden("Emmen", "L5")[0][0]).toBe(lang);
  expect(blad.opmerkingen).toEqual([
    'Blad "Emmen": cel L5 bevat een tekst van meer dan 2.000 tekens; alleen de eerste 2.000 zijn gelezen.',
  ]);
});

test("a check in the pane reports hidden rows and a hidden planlijst sheet at their address (info), and counts them", async () => {
  const fake = new FakeExcel({
    bladen: { Emmen: maakPlanlijst(20), Oud: maakPlanlijst(3) },
  });
  fake.blad("Oud").zichtbaarheid = "Hidden";
  fake.blad("Emmen").verborgenRijen = [5, 6];
  const herstel = runWith(fake);
  try {
    const rapport = await maakPaneActies().controleer(ALLE_PLANLIJSTEN);
    const verborgen = rapport.bevindingen
      .filter((b) => b.rule.startsWith("verborgen"))
      .map((b) => [b.rule, b.severity, b.sheet]);
    expect(verborgen).toEqual(
      expect.arrayContaining([
        ["verborgen-rijen", "info", "Emmen"],
        ["verborgen-blad", "info", "Oud"],
      ])
    );
    const emmen = rapport.bladen.find((b) => b.naam === "Emmen")!;
    expect(emmen.plannen.length).toBe(20);
  } finally {
    herstel();
  }
});
