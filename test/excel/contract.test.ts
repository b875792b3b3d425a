/** The Office.js contracts (test/excel/contract/contracten.ts) against the fake Excel. */
import { FakeExcel, runWith } from "../fakes/excel";
import { CONTRACTEN } from "./contract/contracten";

describe.each([
  ["ExcelApi 1.14", true],
  ["older host", false],
])("contracts on the fake (%s)", (_naam, api114) => {
  test.each(CONTRACTEN.map((c) => [c.naam, c] as const))("%s", async (_n, contract) => {
    const fake = new FakeExcel({ bladen: { Blad1: [["x"]] }, api114 });
    const herstel = runWith(fake);
    try {
      await contract.test((taak) => Excel.run(taak));
    } finally {
      herstel();
    }
  });
});
