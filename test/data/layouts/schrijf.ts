/** Writes a corpus workbook as a real .xlsx with ExcelJS (values, merged group headers). */
import ExcelJS from "exceljs";
import { Werkmap } from "./werkmappen";

export async function schrijfWerkmap(werkmap: Werkmap, bestand: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Woondeal-toets testcorpus (fictief)";
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const blad of werkmap.bladen) {
    const ws = wb.addWorksheet(blad.naam);
    blad.rijen.forEach((rij, i) => {
      rij.forEach((c, j) => {
        if (c !== null && c !== undefined) ws.getCell(i + 1, j + 1).value = c as ExcelJS.CellValue;
      });
    });
    for (const bereik of blad.samengevoegd ?? []) ws.mergeCells(bereik);
  }
  await wb.xlsx.writeFile(bestand);
}
