/**
 * Excel.run over the fake: `runWith(fake)` installs a global `Excel.run` whose batches run on
 * fresh contexts that close when the run ends, and, for a fake with `excelApi`, the
 * `Office.context.requirements.isSetSupported` that reports it.
 */
import { FakeContext } from "./context";
import type { FakeExcel } from "./werkmap";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Installs a global `Excel.run` (and keeps any other `Excel` members) that runs batches on
 * this fake; each run gets a fresh context, syncs what is left at the end, and closes the
 * context so objects can't leak out of it. Returns a function that restores the old global.
 */
export function runWith(fake: FakeExcel): () => void {
  const g = globalThis as unknown as { Excel?: Record<string, unknown> };
  const vorige = g.Excel;
  const run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as Batch<T>;
    // Excel.run(context, batch) (e.g. to remove an event handler) reuses that context.
    const ctx = a instanceof FakeContext ? a : fake.nieuweContext();
    ctx.afgesloten = false;
    try {
      const uit = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.heeftWerk) await ctx.sync();
      return uit;
    } finally {
      ctx.afgesloten = true;
    }
  };
  g.Excel = { ...(vorige ?? {}), run };
  const o = globalThis as unknown as { Office?: { context?: Record<string, unknown> } };
  const vorigOffice = o.Office;
  if (fake.excelApi !== undefined) {
    const isSetSupported = (set: string, versie?: string) =>
      set === "ExcelApi" && fake.ondersteunt(versie ?? "1.1");
    o.Office = {
      ...(vorigOffice ?? {}),
      context: { ...(vorigOffice?.context ?? {}), requirements: { isSetSupported } },
    };
  }
  return () => {
    g.Excel = vorige;
    if (fake.excelApi !== undefined) o.Office = vorigOffice;
  };
}
