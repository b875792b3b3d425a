/**
 * DEKKING and OPGAVE over the Office.js port, against the fake Excel (test/fakes/excel.ts):
 * every property is loaded before it is read (the fake throws otherwise), the number of
 * syncs is fixed, formulas share one read, and DEKKING without a capacity recomputes when
 * the planlijst changes, not when another sheet does.
 */
import { bewaarWerkmapInstellingen } from "../../src/excel/instellingen";
import { WerkmapBron } from "../../src/functions/bron";
import { coverage, target } from "../../src/functions/functions";
import { officePoort } from "../../src/excel/functiebron";
import { Werkmapvolger } from "../../src/excel/wijzigingen";
import { meldWerkmapWijziging, werkmapBron, zetWerkmapBron } from "../../src/functions/werkmap";
import { FakeExcel, Waarde, runWith } from "../fakes/excel";

class ExcelFout {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const g = globalThis as { CustomFunctions?: unknown };

class Stroom {
  resultaten: unknown[] = [];
  onCanceled?: () => void;
  setResult(v: unknown) {
    this.resultaten.push(v);
  }
  get laatste() {
    return this.resultaten[this.resultaten.length - 1];
  }
}

/** Emmen: 1.650 + 1.000 − 50 sloop = 2.600 net in 2022–2030; Coevorden 455. */
const PLANLIJST: (Waarde | null)[][] = [
  ["Planlijst woningbouw Zuidoost Drenthe"],
  [],
  ["Projectnaam", "Gemeente", "Aantal woningen", "Sloop", "Oplevering", "Planstatus"],
  ["Centrum", "Emmen", 1650, -50, 2025, "1A"],
  ["Noord", "Emmen", 1000, null, 2026, "3"],
  ["Dorp", "Coevorden", "455", null, 2024, "vastgesteld"],
];

const instellingen = (aandeelEmmen: number) =>
  JSON.stringify({ gemeenten: { Emmen: { aandeel: aandeelEmmen }, Coevorden: { aandeel: 700 } } });

let fake: FakeExcel;
let herstel: () => void;
let bron: WerkmapBron;

beforeEach(() => {
  g.CustomFunctions = {
    Error: ExcelFout,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
  fake = new FakeExcel({ bladen: { Planlijst: PLANLIJST, Toelichting: [["Bron: gemeente"]] } });
  fake.model.instellingen["woondeal-toets"] = instellingen(2000);
  herstel = runWith(fake);
  bron = new WerkmapBron(officePoort(new Werkmapvolger({ vertraging: 5 })), { wachttijd: 5 });
  zetWerkmapBron(bron);
});

afterEach(async () => {
  await bron.rust();
  zetWerkmapBron(undefined);
  herstel();
  delete g.CustomFunctions;
});

describe("DEKKING without capacity: the planlijst in this workbook", () => {
  test("reads settings and planlijst once, in a fixed number of syncs, for every formula", async () => {
    const a = new Stroom();
    const b = new Stroom();
    const c = new Stroom();
    coverage([["Emmen"]], null as never, a);
    coverage([["Coevorden"], ["Emen"]], null as never, b);
    target([["Emmen"]], null as never, c);
    await bron.rust();
    expect(a.resultaten).toEqual([[[1.3]]]);
    expect(b.resultaten).toEqual([
      [[0.65], [new ExcelFout("#N/A", "Onbekende gemeente: Emen (bedoelt u Emmen?)")]],
    ]);
    expect(c.resultaten).toEqual([[[2000]]]);
    // Settings 1; planlijst 3 (sheet names, used ranges with a sample, values); events 2 (sheet list, handlers).
    expect(fake.syncs).toBe(6);
    expect(fake.syncLog.some((s) => s.fout)).toBe(false);
    expect([...fake.wijzigingsHandlers.values()].map((h) => h.size)).toEqual([1, 1]);
  });

  test("recomputes when the planlijst changes; an edit on another sheet changes nothing", async () => {
    const a = new Stroom();
    const opgave = new Stroom();
    coverage([["Emmen"]], null as never, a);
    target([["Emmen"]], null as never, opgave);
    await bron.rust();
    fake.nulSyncs();

    await fake.bewerk("Planlijst", "C5", [[1200]]); // Noord: 1.000 → 1.200 homes
    await bron.rust();
    expect(a.resultaten).toEqual([[[1.3]], [[1.4]]]);
    expect(opgave.resultaten).toEqual([[[2000]]]); // OPGAVE does not depend on the planlijst
    // One sync: the watcher re-reads the header and the edited row into its cached grid;
    // the settings come from the cache.
    expect(fake.syncs).toBe(1);
    expect(fake.syncLog.flatMap((s) => s.gelezen)).toEqual(["Planlijst!A3:F3", "Planlijst!A5:F5"]);

    fake.nulSyncs();
    await fake.bewerk("Toelichting", "A2", [["Peildatum: juni"]]);
    await bron.rust();
    expect(a.resultaten).toHaveLength(2);
    expect(fake.syncs).toBe(0);
  });

  test("edits close together give one recomputation", async () => {
    const a = new Stroom();
    coverage([["Emmen"]], null as never, a);
    await bron.rust();
    fake.nulSyncs();
    await fake.bewerk("Planlijst", "C4", [[1700]]);
    await fake.bewerk("Planlijst", "C4", [[1750]]);
    await fake.bewerk("Planlijst", "C4", [[1850]]);
    await bron.rust();
    expect(a.resultaten).toEqual([[[1.3]], [[1.4]]]);
    expect(fake.syncs).toBe(1);
  });

  test("new settings (saved by the task pane) recompute OPGAVE and DEKKING", async () => {
    const a = new Stroom();
    const opgave = new Stroom();
    coverage([["Emmen"]], null as never, a);
    target([["Emmen"], ["Zuidoost Drenthe"]], null as never, opgave);
    await bron.rust();
    fake.nulSyncs();
    fake.model.instellingen["woondeal-toets"] = instellingen(2600);
    meldWerkmapWijziging("instellingen");
    await bron.rust();
    expect(a.laatste).toEqual([[1]]);
    expect(opgave.laatste).toEqual([[2600], [4177]]);
    // The settings; the planlijst is parsed again from the watcher's cached grids.
    expect(fake.syncs).toBe(1);
  });

  test("settings saved through src/excel (the task pane's save) reach the functions without an event", async () => {
    const a = new Stroom();
    coverage([["Emmen"]], null as never, a);
    await bron.rust();
    expect(a.laatste).toEqual([[1.3]]);
    await Excel.run((context) =>
      bewaarWerkmapInstellingen(context, { deal: { gemeenten: { Emmen: { aandeel: 2600 } } } })
    );
    await bron.rust();
    expect(a.laatste).toEqual([[1]]);
  });

  test("aandeel not set, no planlijst, unreadable settings", async () => {
    fake.model.instellingen["woondeal-toets"] = JSON.stringify({ gemeenten: {} });
    const a = new Stroom();
    coverage([["Emmen"]], null as never, a);
    await bron.rust();
    expect(a.laatste).toEqual(
      new ExcelFout(
        "#N/A",
        "Gemeentelijk aandeel (bijlage 3) niet ingesteld voor Emmen. Vul het in bij de instellingen van de Woondeal-toets (taakvenster)."
      )
    );

    // The settings are set and, in one edit, the planlijst is cleared (header included).
    fake.model.instellingen["woondeal-toets"] = instellingen(2000);
    meldWerkmapWijziging("instellingen");
    await fake.bewerk(
      "Planlijst",
      "A1",
      PLANLIJST.map((r) => r.map(() => null))
    );
    await bron.rust();
    expect(a.laatste).toEqual(new ExcelFout("#N/A", "Geen planlijst gevonden in deze werkmap."));

    fake.model.instellingen["woondeal-toets"] = "{kapot";
    meldWerkmapWijziging("instellingen");
    await bron.rust();
    expect(a.laatste).toEqual(
      new ExcelFout(
        "#N/A",
        expect.stringMatching(
          /^De werkmap kon niet worden gelezen: De instellingen in deze werkmap zijn geen geldige JSON: /
        ) as never
      )
    );
  });

  test("the sheet's gemeente and column mapping from the settings are used as in the task pane", async () => {
    fake.zetWaarden("Toelichting", "A1", [
      ["Plan", "Woningen", "Klaar"],
      ["Esch", 910, 2027],
    ]);
    fake.model.instellingen["woondeal-toets"] = JSON.stringify({
      gemeenten: { Coevorden: { aandeel: 700 } },
      gemeentePerBlad: { Toelichting: "Coevorden" },
      kolomToewijzing: { Toelichting: { A: "naam", B: "bruto", C: "opleverjaar" } },
    });
    const a = new Stroom();
    coverage([["Coevorden"]], null as never, a);
    await bron.rust();
    expect(a.laatste).toEqual([[(455 + 910) / 700]]);
  });

  test("when the last formula is gone, edits no longer cause reads", async () => {
    const a = new Stroom();
    coverage([["Emmen"]], null as never, a);
    await bron.rust();
    a.onCanceled?.();
    await bron.rust();
    fake.nulSyncs();
    await fake.bewerk("Planlijst", "C4", [[5000]]);
    await bron.rust();
    expect(a.resultaten).toHaveLength(1);
    expect(fake.syncs).toBe(0);
    // A new formula reads afresh (no stale cache) and keeps the existing handlers.
    const b = new Stroom();
    coverage([["Emmen"]], null as never, b);
    await bron.rust();
    expect(b.resultaten).toEqual([[[(5000 + 1000 - 50) / 2000]]]);
    expect([...fake.wijzigingsHandlers.values()].map((h) => h.size)).toEqual([1, 1]);
  });

  test("DEKKING with a capacity reads only the settings", async () => {
    const a = new Stroom();
    coverage([["Emmen"]], [[1300], ["1.300"]], a);
    await bron.rust();
    expect(a.resultaten).toEqual([[[1.3]]]);
    expect(fake.syncLog.flatMap((s) => s.gelezen)).toEqual([]); // no cell values read
  });

  test("the shared source is created on first use", () => {
    zetWerkmapBron(undefined);
    expect(werkmapBron()).toBe(werkmapBron());
  });
});
