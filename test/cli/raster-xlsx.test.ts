/**
 * Rasters written with ExcelJS's streaming writer and read back: values, formats, the header
 * row, bold rows, fills per Oordeel, links inside the workbook, widths, frozen panes, filters.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { schrijfRastersXlsx } from "../../src/cli/raster-xlsx";
import { GETAL, PROCENT, Raster, TEKST } from "../../src/rapport/raster";

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-raster-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const tabel: Raster = {
  naam: "Cijfers",
  breedte: 3,
  waarden: [
    ["Titel", "", ""],
    ["Gemeente", "Netto", "Dekking"],
    ["Emmen", 1300, 1.3],
    ["Coevorden", "", 0.4],
    ["=SOM(A1)", 5, ""],
  ],
  formaten: [
    [TEKST, "General", "General"],
    [TEKST, TEKST, TEKST],
    [TEKST, GETAL, PROCENT],
    [TEKST, GETAL, PROCENT],
    [TEKST, GETAL, "General"],
  ],
  koppen: [0, 1],
  oordelen: [
    { rij: 2, kolom: 2, oordeel: "goed" },
    { rij: 3, kolom: 2, oordeel: "slecht" },
  ],
  links: [{ rij: 3, kolom: 0, blad: "Uitleg d'r", adres: "B2", tekst: 'Zie "uitleg"' }],
  kolombreedtes: [20, 9, 12],
  bevrorenRijen: 2,
  bevrorenKolommen: 1,
};
const los: Raster = {
  naam: "Uitleg d'r",
  breedte: 2,
  waarden: [
    ["Kop", 2.5],
    ["", "tekst"],
  ],
  formaten: [
    [TEKST, "0.00"],
    ["General", TEKST],
  ],
  koppen: [0],
  oordelen: [],
  links: [],
};

async function schrijfEnLees(bladen: Raster[]) {
  const pad = path.join(tmp, `${bladen[0].naam}-${Date.now()}.xlsx`);
  await schrijfRastersXlsx(bladen, pad);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

describe("schrijfRastersXlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await schrijfEnLees([tabel, los]);
  });

  it("writes the sheets in order with their values; text stays text", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cijfers", "Uitleg d'r"]);
    const ws = wb.getWorksheet("Cijfers")!;
    expect(ws.getCell("A3").value).toBe("Emmen");
    expect(ws.getCell("B3").value).toBe(1300);
    expect(ws.getCell("A5").value).toBe("=SOM(A1)");
    expect(ws.getCell("A5").formula).toBeUndefined();
    expect(ws.getCell("B4").value).toBeNull();
    expect(wb.creator).toBe("Woondeal-toets");
  });

  it("gives a column the format all its cells below the header share, and a cell its own where it differs", () => {
    const ws = wb.getWorksheet("Cijfers")!;
    expect(ws.getColumn(2).numFmt).toBe(GETAL);
    expect(ws.getColumn(3).numFmt).toBeUndefined(); // "" in row 5 has General
    expect(ws.getCell("C3").numFmt).toBe(PROCENT);
    expect(ws.getCell("B4").numFmt).toBe(GETAL); // empty, from the column
    const u = wb.getWorksheet("Uitleg d'r")!;
    expect(u.getCell("B1").numFmt).toBe("0.00");
    expect(u.getCell("A1").numFmt).toBeUndefined();
  });

  it("makes the last frozen row the table's header: style, height and autofilter; other koppen bold", () => {
    const ws = wb.getWorksheet("Cijfers")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(ws.autoFilter).toBe("A2:C5");
    expect(ws.getRow(2).height).toBe(45);
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
    expect((ws.getCell("C2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("A3").font?.bold).toBeFalsy();
    const u = wb.getWorksheet("Uitleg d'r")!;
    expect(u.views?.[0]?.state).not.toBe("frozen");
    expect(u.autoFilter).toBeUndefined();
    expect(u.getCell("A1").font).toMatchObject({ bold: true });
  });

  it("fills judged cells per Oordeel, and sets the column widths", () => {
    const ws = wb.getWorksheet("Cijfers")!;
    const vulling = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor;
    expect(vulling("C3")?.argb).toBe("FFC6EFCE");
    expect(vulling("C4")?.argb).toBe("FFFFC7CE");
    expect(vulling("C5")).toBeUndefined();
    expect([1, 2, 3].map((k) => ws.getColumn(k).width)).toEqual([20, 9, 12]);
  });

  it("links to a place in the workbook with a HYPERLINK formula, quotes escaped", () => {
    const ws = wb.getWorksheet("Cijfers")!;
    expect(ws.getCell("A4").formula).toBe(`HYPERLINK("#'Uitleg d''r'!B2","Zie ""uitleg""")`);
    expect(ws.getCell("A4").result).toBe('Zie "uitleg"');
  });

  it("writes a Raster without rows as an empty sheet", async () => {
    const leeg: Raster = {
      naam: "Leeg",
      breedte: 0,
      waarden: [],
      formaten: [],
      koppen: [],
      oordelen: [],
      links: [],
    };
    const w = await schrijfEnLees([leeg]);
    expect(w.worksheets.map((x) => [x.name, x.rowCount])).toEqual([["Leeg", 0]]);
  });
});
