/**
 * The fake Office host for the contract test page outside Excel (test only): an empty
 * workbook in the fake Excel (test/fakes/excel.ts) behind a global `Excel.run`, and the few
 * `Office` members the page uses. Loaded before the page's bundle by nep.html, which the
 * test build writes only when asked (`nep: true` in webpack.config.js), so the bundle that
 * real Excel loads is the same one the browser proof (bewijs.test.ts) runs.
 */
import { FakeExcel, runWith } from "../../fakes/excel";

const fake = new FakeExcel({ bladen: { Blad1: [["x"]] }, api114: true });
runWith(fake);
(window as unknown as { __fake: FakeExcel }).__fake = fake;

const info = { host: "Excel", platform: "OfficeOnline" };
(window as unknown as { Office: unknown }).Office = {
  onReady(terug?: (i: typeof info) => void) {
    return Promise.resolve(info).then((i) => {
      terug?.(i);
      return i;
    });
  },
  context: {
    // The fake models ExcelApi 1.14 (triggerSource); the page is opened without `sluit=1`.
    requirements: { isSetSupported: () => true },
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "nep-Excel" },
  },
  HostType: { Excel: "Excel" },
};
