/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   these tests read before load/sync on purpose: the fake must throw there. */
import { FakeExcel, OfficeFout, runWith } from "./excel";

function maak() {
  return new FakeExcel({
    bladen: {
      Planlijst: [
        ["Projectnaam", "Aantal"],
        ["Centrum", 12],
      ],
      Leeg: [],
    },
  });
}

describe("fake Excel", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const fake = maak();
    const ctx = fake.context;
    const r = ctx.workbook.worksheets.getItem("Planlijst").getRange("A1:B2");
    expect(() => r.values).toThrow(/not available/);
    r.load("values");
    expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(r.values).toEqual([
      ["Projectnaam", "Aantal"],
      ["Centrum", 12],
    ]);
    expect(() => r.address).toThrow(OfficeFout);
  });

  test("counts syncs and measures the payload of values", async () => {
    const fake = maak();
    const ctx = fake.context;
    const r = ctx.workbook.worksheets.getItem("Planlijst").getRange("A1:B2").load("values");
    await ctx.sync();
    await ctx.sync();
    expect(fake.syncs).toBe(2);
    expect(fake.syncLog[0].antwoordBytes).toBeGreaterThanOrEqual(JSON.stringify(r.values).length);
    expect(fake.syncLog[0].gelezen).toEqual(["Planlijst!A1:B2"]);
    expect(fake.syncLog[1].operaties).toBe(0);
  });

  test("writes are applied at sync, in order", async () => {
    const fake = maak();
    const ctx = fake.context;
    const blad = ctx.workbook.worksheets.getItem("Planlijst");
    blad.getRange("C1").values = [["Status"]];
    blad.getRange("C1").format.fill.color = "#FFFF00";
    expect(fake.cel("Planlijst", "C1")).toBeUndefined();
    const lees = blad.getRange("C1").load("values");
    await ctx.sync();
    expect(lees.values).toEqual([["Status"]]);
    expect(fake.cel("Planlijst", "C1")).toEqual({
      waarde: "Status",
      opmaak: { vulling: "#FFFF00" },
    });
  });

  test("used range, derived ranges and OrNullObject", async () => {
    const fake = maak();
    fake.zetWaarden("Planlijst", "D7", [["x"]]);
    fake.cel("Planlijst", "F20", true)!.opmaak = { vulling: "#FF0000" };
    const ctx = fake.context;
    const blad = ctx.workbook.worksheets.getItem("Planlijst");
    const waarden = blad.getUsedRange(true).load("address,rowCount,columnCount");
    const alles = blad.getUsedRange().load("address");
    const leeg = ctx.workbook.worksheets
      .getItem("Leeg")
      .getUsedRangeOrNullObject(true)
      .load("address");
    const cel = blad.getRange("B2").getOffsetRange(1, 1).getResizedRange(1, 0).load("address");
    const idx = blad.getRangeByIndexes(1, 0, 1, 2).load("values");
    const geen = ctx.workbook.worksheets.getItemOrNullObject("Bestaat niet").load("name");
    await ctx.sync();
    expect(waarden.address).toBe("Planlijst!A1:D7");
    expect([waarden.rowCount, waarden.columnCount]).toEqual([7, 4]);
    expect(alles.address).toBe("Planlijst!A1:F20");
    expect(leeg.isNullObject).toBe(true);
    expect(cel.address).toBe("Planlijst!C3:C4");
    expect(idx.values).toEqual([["Centrum", 12]]);
    expect(geen.isNullObject).toBe(true);
    expect(() => geen.name).toThrow();
  });

  test("a missing sheet fails the sync with ItemNotFound", async () => {
    const fake = maak();
    const ctx = fake.context;
    ctx.workbook.worksheets.getItem("Nergens").getRange("A1").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a response over the payload limit fails like Excel on the web", async () => {
    const fake = new FakeExcel({ payloadLimiet: 1000 });
    fake.zetWaarden(
      "Blad1",
      "A1",
      Array.from({ length: 100 }, () => ["een vrij lange tekst in een cel"])
    );
    const ctx = fake.context;
    ctx.workbook.worksheets.getItem("Blad1").getRange("A1:A100").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("conditional formats, data validation and settings", async () => {
    const fake = maak();
    const ctx = fake.context;
    const blad = ctx.workbook.worksheets.getItem("Planlijst");
    const cf = blad.getRanges("A2, B2").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=TRUE";
    cf.custom.format.fill.color = "#FFC7CE";
    blad.getRange("B2").dataValidation.prompt = {
      showPrompt: true,
      title: "Let op",
      message: "Tekst",
    };
    ctx.workbook.settings.add("sleutel", '{"a":1}');
    await ctx.sync();
    const b = fake.blad("Planlijst");
    expect(b.voorwaardelijkeOpmaak).toEqual([
      expect.objectContaining({
        type: "Custom",
        bereiken: ["A2", "B2"],
        formule: "=TRUE",
        opmaak: { vulling: "#FFC7CE" },
      }),
    ]);
    const lijst = blad
      .getRange()
      .conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
    const dv = blad.getRange("B2").dataValidation.load("type,prompt");
    const dv2 = blad.getRange("A2:B2").dataValidation.load("type,prompt");
    const s = ctx.workbook.settings.getItemOrNullObject("sleutel").load("value");
    const t = ctx.workbook.settings.getItemOrNullObject("anders").load("value");
    await ctx.sync();
    expect(lijst.items.map((x) => x.customOrNullObject.rule.formula)).toEqual(["=TRUE"]);
    expect(dv.type).toBe("None");
    expect(dv.prompt.title).toBe("Let op");
    expect(dv2.prompt).toBeNull();
    expect(s.value).toBe('{"a":1}');
    expect(t.isNullObject).toBe(true);
    lijst.items[0].delete();
    blad.getRange("B2").dataValidation.clear();
    await ctx.sync();
    expect(b.voorwaardelijkeOpmaak).toEqual([]);
    expect(fake.cel("Planlijst", "B2")).toEqual({ waarde: 12 });
  });

  test("runWith installs Excel.run; objects don't outlive their run", async () => {
    const fake = maak();
    const herstel = runWith(fake);
    try {
      let bewaard: Excel.Range | undefined;
      const naam = await Excel.run(async (ctx) => {
        const blad = ctx.workbook.worksheets.getActiveWorksheet().load("name");
        bewaard = blad.getRange("A1");
        bewaard.values = [["Plannaam"]];
        await ctx.sync();
        return blad.name;
      });
      expect(naam).toBe("Planlijst");
      expect(fake.waarden("Planlijst", "A1")).toEqual([["Plannaam"]]);
      expect(() => bewaard!.load("values")).toThrow(
        expect.objectContaining({ code: "InvalidObjectPath" })
      );
    } finally {
      herstel();
    }
  });

  test("onChanged handlers are registered at sync and fired by bewerk", async () => {
    const fake = maak();
    const ctx = fake.context;
    const gezien: string[] = [];
    ctx.workbook.worksheets.getItem("Planlijst").onChanged.add(async (e) => {
      gezien.push(e.address);
    });
    await fake.bewerk("Planlijst", "B2", [[13]]);
    expect(gezien).toEqual([]);
    await ctx.sync();
    await fake.bewerk("Planlijst", "B2", [[14]]);
    expect(gezien).toEqual(["B2"]);
    expect(fake.waarden("Planlijst", "B2")).toEqual([[14]]);
  });
});

describe("fake Excel refuses like Excel", () => {
  test("a rename is checked as an added sheet is: length, characters, apostrophes, duplicates", async () => {
    const fake = maak();
    const ctx = fake.context;
    const fout = async (f: (lijst: Excel.WorksheetCollection) => void) => {
      f(ctx.workbook.worksheets);
      return ctx.sync().then(
        () => undefined,
        (e: OfficeFout) => e.code
      );
    };
    const slecht = [
      "x".repeat(32),
      "a:b",
      "a\\b",
      "a/b",
      "a?b",
      "a*b",
      "a[b",
      "a]b",
      "'a",
      "a'",
      "",
    ];
    for (const naam of slecht) {
      expect(await fout((l) => (l.getItem("Leeg").name = naam))).toBe("InvalidArgument");
      expect(await fout((l) => l.add(naam))).toBe("InvalidArgument");
    }
    expect(await fout((l) => (l.getItem("Leeg").name = "planlijst"))).toBe("ItemAlreadyExists");
    expect(await fout((l) => l.add("PLANLIJST"))).toBe("ItemAlreadyExists");
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Planlijst", "Leeg"]);
    // Allowed: 31 characters, an apostrophe inside, a sheet changing the case of its own name.
    expect(await fout((l) => (l.getItem("Leeg").name = "x".repeat(31)))).toBeUndefined();
    expect(await fout((l) => (l.getItem("Planlijst").name = "PLANLIJST"))).toBeUndefined();
    expect(await fout((l) => l.add("Emmen's lijst"))).toBeUndefined();
    expect(fake.model.bladen.map((b) => b.naam)).toEqual([
      "PLANLIJST",
      "x".repeat(31),
      "Emmen's lijst",
    ]);
  });

  test("a protected sheet refuses a new table and frozen panes (AccessDenied)", async () => {
    const fake = maak();
    fake.blad("Planlijst").beveiligd = true;
    const ctx = fake.context;
    const blad = ctx.workbook.worksheets.getItem("Planlijst");
    blad.tables.add("A1:B2", true);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    blad.freezePanes.freezeRows(1);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.blad("Planlijst").tabellen).toEqual([]);
    expect(fake.blad("Planlijst").bevrorenRijen).toBeUndefined();
    delete fake.blad("Planlijst").beveiligd;
    blad.tables.add("A1:B2", true);
    blad.freezePanes.freezeRows(1);
    await ctx.sync();
    expect(fake.blad("Planlijst").tabellen).toHaveLength(1);
    expect(fake.blad("Planlijst").bevrorenRijen).toBe(1);
  });

  test("a data-validation error alert has the prompt's limits: title 32, message 255", async () => {
    const fake = maak();
    const ctx = fake.context;
    const dv = ctx.workbook.worksheets.getItem("Planlijst").getRange("B2").dataValidation;
    const alert = (title: string, message: string): Excel.DataValidationErrorAlert => ({
      showAlert: true,
      style: "Stop",
      title,
      message,
    });
    dv.errorAlert = alert("t".repeat(33), "kort");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    dv.errorAlert = alert("kort", "m".repeat(256));
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.cel("Planlijst", "B2")?.validatie).toBeUndefined();
    dv.errorAlert = alert("t".repeat(32), "m".repeat(255));
    await ctx.sync();
    expect(fake.cel("Planlijst", "B2")?.validatie?.errorAlert?.title).toHaveLength(32);
  });

  test("clear() on a conditional format's font leaves its fill", async () => {
    const fake = maak();
    const ctx = fake.context;
    const cf = ctx.workbook.worksheets
      .getItem("Planlijst")
      .getRange("A2")
      .conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=TRUE";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    cf.custom.format.font.bold = true;
    await ctx.sync();
    cf.custom.format.font.clear();
    await ctx.sync();
    expect(fake.blad("Planlijst").voorwaardelijkeOpmaak[0].opmaak).toEqual({ vulling: "#FFC7CE" });
    cf.custom.format.fill.clear();
    await ctx.sync();
    expect(fake.blad("Planlijst").voorwaardelijkeOpmaak[0].opmaak).toEqual({});
  });

  test("format writes raise onChanged only with wijzigingBijOpmaak; value writes always", async () => {
    for (const wijzigingBijOpmaak of [true, false]) {
      const fake = new FakeExcel({ bladen: { Planlijst: [["a"]] }, wijzigingBijOpmaak });
      const ctx = fake.context;
      const blad = ctx.workbook.worksheets.getItem("Planlijst");
      const gezien: string[] = [];
      blad.onChanged.add(async (e) => {
        gezien.push(e.address);
      });
      await ctx.sync();
      blad.getRange("A1").format.fill.color = "#FFFF00";
      blad.getRange("B1").dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
      blad.getRange("C1").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      await ctx.sync();
      await fake.gebeurtenissen();
      expect(gezien).toEqual(wijzigingBijOpmaak ? ["A1,B1,C1"] : []);
      blad.getRange("D1").values = [[1]];
      await ctx.sync();
      await fake.gebeurtenissen();
      expect(gezien.at(-1)).toBe("D1");
    }
  });
});

describe("fake Excel: the workbook's structure and settings events", () => {
  type Gezien = [string, Record<string, unknown>];
  async function volg(fake: FakeExcel, ctx = fake.context) {
    const gezien: Gezien[] = [];
    const lijst = ctx.workbook.worksheets;
    const noteer = (soort: string) => async (a: unknown) => {
      const { settings, ...rest } = a as Record<string, unknown>;
      gezien.push([soort, settings ? { settings: typeof settings } : rest]);
    };
    const handlers = [
      lijst.onAdded.add(noteer("added")),
      lijst.onDeleted.add(noteer("deleted")),
      lijst.onNameChanged.add(noteer("renamed")),
      ctx.workbook.settings.onSettingsChanged.add(noteer("settings")),
    ];
    await ctx.sync();
    return { gezien, handlers };
  }

  test("the add-in's own add, rename, delete and settings raise them after the sync", async () => {
    const fake = maak();
    const ctx = fake.context;
    const { gezien } = await volg(fake);
    const nieuw = ctx.workbook.worksheets.add("Rapport").load("id");
    ctx.workbook.settings.add("sleutel", "1");
    expect(gezien).toEqual([]);
    await ctx.sync();
    // Not during the sync: after it, asynchronously.
    expect(gezien).toEqual([]);
    await fake.gebeurtenissen();
    const id = nieuw.id;
    expect(gezien).toEqual([
      ["added", { type: "WorksheetAdded", source: "Local", worksheetId: id }],
      ["settings", { settings: "object" }],
    ]);
    gezien.length = 0;
    ctx.workbook.worksheets.getItem("Rapport").name = "Verslag";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Verslag").delete();
    ctx.workbook.settings.getItem("sleutel").delete();
    await ctx.sync();
    await fake.gebeurtenissen();
    expect(gezien).toEqual([
      [
        "renamed",
        {
          type: "WorksheetNameChanged",
          source: "Local",
          worksheetId: id,
          nameBefore: "Rapport",
          nameAfter: "Verslag",
        },
      ],
      ["deleted", { type: "WorksheetDeleted", source: "Local", worksheetId: id }],
      ["settings", { settings: "object" }],
    ]);
  });

  test("the user's sheets and another session's settings raise them too; removed handlers hear nothing", async () => {
    const fake = maak();
    const { gezien, handlers } = await volg(fake);
    await fake.gebruikerVoegtBladToe("Coevorden", [["Projectnaam"]]);
    await fake.gebruikerHernoemtBlad("Coevorden", "Coevorden 2026");
    await fake.gebruikerVerwijdertBlad("Coevorden 2026");
    await fake.instellingElders("woondeal-toets", "{}");
    expect(gezien.map(([s, a]) => [s, a.nameAfter])).toEqual([
      ["added", undefined],
      ["renamed", "Coevorden 2026"],
      ["deleted", undefined],
      ["settings", undefined],
    ]);
    expect(fake.model.instellingen["woondeal-toets"]).toBe("{}");
    await expect(fake.gebruikerHernoemtBlad("Leeg", "Plan[lijst]")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    gezien.length = 0;
    for (const h of handlers) h.remove();
    await fake.context.sync();
    await fake.gebruikerVoegtBladToe("Borger-Odoorn");
    await fake.instellingElders("woondeal-toets", undefined);
    expect(gezien).toEqual([]);
    expect(fake.model.instellingen).toEqual({});
  });

  test("a host below the event's ExcelApi version refuses its registration (ApiNotFound)", async () => {
    const fake = new FakeExcel({ excelApi: "1.7" });
    expect(fake.api114).toBe(false);
    const ctx = fake.context;
    ctx.workbook.worksheets.onAdded.add(async () => undefined);
    ctx.workbook.settings.onSettingsChanged.add(async () => undefined);
    await ctx.sync();
    ctx.workbook.worksheets.onNameChanged.add(async () => undefined);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("runWith reports excelApi through Office.context.requirements, and only when given", () => {
    const o = globalThis as { Office?: typeof Office };
    expect(o.Office).toBeUndefined();
    const herstel = runWith(new FakeExcel({ excelApi: "1.17" }));
    try {
      const r = o.Office!.context.requirements;
      expect(
        ["1.4", "1.7", "1.14", "1.17", "1.18"].map((v) => r.isSetSupported("ExcelApi", v))
      ).toEqual([true, true, true, true, false]);
      expect(r.isSetSupported("WordApi", "1.1")).toBe(false);
    } finally {
      herstel();
    }
    expect(o.Office).toBeUndefined();
    runWith(new FakeExcel())();
    expect(o.Office).toBeUndefined();
  });
});
