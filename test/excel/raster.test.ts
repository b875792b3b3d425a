/** The generic writer of an engine Raster (src/excel/raster.ts), over the fake Excel. */
import { linkNaar, schrijfRaster, verwijderBlad } from "../../src/excel/raster";
import { EURO, GETAL, PROCENT, Raster, RasterBouwer } from "../../src/rapport/raster";
import { FakeExcel } from "../fakes/excel";

/** A small sheet with a title, a table, links in two columns, judgements, a width and frozen rows. */
function klein(): Raster {
  const b = new RasterBouwer("Overzicht", 4);
  b.vet(b.rij(["Titel van het overzicht, langer dan de kolommen"]));
  b.vet(b.rij(["Gemeente", "Dekking", "Bedrag", "Plan"]));
  b.rij(["Emmen", 1.42, 355000, "C5"], [undefined, PROCENT, EURO]);
  b.rij(["Coevorden", 0.9, "2025-2026", "rij 7"], [undefined, PROCENT]);
  const r = b.raster;
  r.links.push(
    { rij: 2, kolom: 3, blad: "Plannen 'Emmen'", adres: "C5", tekst: "C5" },
    { rij: 3, kolom: 3, blad: "Plannen 'Emmen'", adres: "7:7", tekst: "rij 7" },
    { rij: 3, kolom: 0, blad: "Coevorden", adres: "A1", tekst: "Coevorden" }
  );
  r.oordelen.push({ rij: 2, kolom: 1, oordeel: "goed" }, { rij: 3, kolom: 1, oordeel: "slecht" });
  r.kolombreedtes = [0, 0, 0, 30];
  r.bevrorenRijen = 2;
  return r;
}

describe("schrijfRaster", () => {
  test("values with their formats, links as formulas, headers, fills, a width that wraps, frozen rows: two syncs", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: [["x"]] } });
    fake.nulSyncs();
    await schrijfRaster(fake.context, klein());
    expect(fake.syncs).toBe(2);
    expect(fake.model.actiefBlad).toBe("Overzicht");

    expect(fake.waarden("Overzicht", "A3:C4")).toEqual([
      ["Emmen", 1.42, 355000],
      ["Coevorden", 0.9, "2025-2026"],
    ]);
    expect(fake.cel("Overzicht", "B3")!.getalnotatie).toBe(PROCENT);
    // Text stays text: "2025-2026" was formatted "@" before it was written.
    expect(fake.cel("Overzicht", "C4")!.getalnotatie).toBe("@");
    expect(fake.cel("Overzicht", "D3")!.formule).toBe(linkNaar("Plannen 'Emmen'", "C5", "C5"));
    expect(fake.cel("Overzicht", "D4")!.formule).toBe(
      `=HYPERLINK("#'Plannen ''Emmen'''!7:7","rij 7")`
    );
    expect(fake.cel("Overzicht", "A4")!.formule).toBe(`=HYPERLINK("#'Coevorden'!A1","Coevorden")`);
    // A link cell is not text-formatted, or Excel would show the formula as text.
    expect(fake.cel("Overzicht", "D3")!.getalnotatie).toBeUndefined();
    expect(fake.cel("Overzicht", "A3")!.formule).toBeUndefined();

    const opmaak = (adres: string) => fake.cel("Overzicht", adres)?.opmaak ?? {};
    expect(opmaak("A1")).toMatchObject({ vet: true, lettergrootte: 14 });
    expect(opmaak("B2")).toMatchObject({ vet: true, vulling: "#DDEBF7" });
    expect(opmaak("A3").vet).toBeUndefined();
    expect(opmaak("B3").vulling).toBe("#C6EFCE");
    expect(opmaak("B4").vulling).toBe("#FFC7CE");
    expect(opmaak("D3").terugloop).toBe(true);
    expect(opmaak("C3").terugloop).toBeUndefined();
    const blad = fake.blad("Overzicht");
    expect(blad.kolombreedtes[3]).toBe(Math.round((30 * 7 + 5) * 0.75));
    expect(blad.bevrorenRijen).toBe(2);
  });

  test("replaces a sheet of the same name, leaves the others, and need not activate it", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: [["x"]] } });
    await schrijfRaster(fake.context, klein());
    fake.zetWaarden("Overzicht", "Z99", [["oud"]]);
    fake.model.actiefBlad = "Emmen";
    await schrijfRaster(fake.context, klein(), { activeer: false });
    expect(fake.cel("Overzicht", "Z99")).toBeUndefined();
    expect(fake.model.actiefBlad).toBe("Emmen");
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Emmen", "Overzicht"]);
    expect(await verwijderBlad(fake.context, "Overzicht")).toBe(true);
    expect(await verwijderBlad(fake.context, "Overzicht")).toBe(false);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Emmen"]);
  });

  test("a large Raster is split into requests under 5 MB, links included in every block", async () => {
    const n = 40_000;
    const b = new RasterBouwer("Groot", 3);
    const tekst = "x".repeat(60);
    for (let i = 0; i < n; i++) {
      b.rij([`${tekst} ${i}`, i, `A${i + 1}`], [undefined, GETAL]);
      b.raster.links.push({
        rij: i,
        kolom: 2,
        blad: "Emmen",
        adres: `A${i + 1}`,
        tekst: `A${i + 1}`,
      });
    }
    const fake = new FakeExcel({ bladen: { Emmen: [["x"]] } });
    fake.nulSyncs();
    await schrijfRaster(fake.context, b.raster);
    expect(fake.syncs).toBeGreaterThan(2);
    expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
    for (const i of [0, n / 2, n - 1]) {
      expect(fake.waarden("Groot", `B${i + 1}`)[0][0]).toBe(i);
      expect(fake.cel("Groot", `C${i + 1}`)!.formule).toBe(
        linkNaar("Emmen", `A${i + 1}`, `A${i + 1}`)
      );
    }
  });
});

test("links quote sheet names and strings", () => {
  expect(linkNaar('Blad "1"', "C3", "C3")).toBe(`=HYPERLINK("#'Blad ""1""'!C3","C3")`);
});

test("a link's text is cut to 255 characters, Excel's limit for a text in a formula", () => {
  const lang = `${"x".repeat(300)}.xlsx › Emmen`;
  expect(linkNaar("Emmen", "A1", lang)).toBe(`=HYPERLINK("#'Emmen'!A1","${"x".repeat(255)}")`);
});
