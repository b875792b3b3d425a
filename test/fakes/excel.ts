/**
 * A fake Excel host for tests and the browser test page: an in-memory workbook
 * (excel-model.ts) behind classes that behave like Office.js where it matters:
 *
 * - every object is a queued proxy: methods and property writes are queued and applied in
 *   order at `context.sync()`; reading a property that was not loaded (load + sync) throws
 *   an error with code "PropertyNotLoaded", like Office.js;
 * - syncs are counted (`fake.syncs`), and each sync's payload is measured (`fake.syncLog`:
 *   request bytes of the queued operations, response bytes of what was loaded — a read of
 *   `values` counts the JSON size of the values); more than `payloadLimiet` bytes (5 MB, the
 *   Excel on the web limit) either way fails the sync like Excel on the web does;
 * - proxies resolve at sync time (a sheet by name, the used range as it is then), objects
 *   of a finished `Excel.run` refuse further use, `*OrNullObject` gives `isNullObject`.
 *
 * Classes implement `Pick<Excel.X, …>` of the members they support, so their signatures are
 * the real ones; code under test takes the real types: cast once with `fake.context`.
 * No jest or Node-only imports: this code bundles for a browser page too.
 *
 * This file is the entry point: tests import the fake from here. The code is in excel/, one
 * module per Office object or concern:
 *
 * - werkmap.ts: FakeExcel (the model, options, sync counters, change events);
 * - context.ts: FakeContext (the request queue, sync, request-size accounting, the limit);
 * - object.ts: FakeObject and FakeCollection (load, unloaded reads, queued writes);
 * - werkboek.ts, blad.ts, tabel.ts, instellingen.ts, gebeurtenissen.ts: workbook, sheets,
 *   tables, settings, onChanged;
 * - bereik-basis.ts: what FakeRange (bereik.ts) and FakeRangeAreas (bereik-gebieden.ts) share;
 * - opmaak.ts, validatie.ts, voorwaardelijke-opmaak.ts: formats, data validation,
 *   conditional formats; cellen.ts: cell helpers over the model; fout.ts: OfficeFout;
 * - run.ts: runWith (a global Excel.run over the fake).
 */
export * from "./excel-model";
export { FakeWorksheet } from "./excel/blad";
export { FakeRange } from "./excel/bereik";
export { FakeRangeAreas } from "./excel/bereik-gebieden";
export { celVan } from "./excel/cellen";
export { FakeContext } from "./excel/context";
export type { SyncVerslag } from "./excel/context";
export { OfficeFout } from "./excel/fout";
export { runWith } from "./excel/run";
export { FakeExcel } from "./excel/werkmap";
export type { FakeOpties } from "./excel/werkmap";
