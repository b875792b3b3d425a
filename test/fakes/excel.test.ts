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
