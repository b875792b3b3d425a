/**
 * The Office host of the browser harness (test and demo only, never shipped): loads the
 * workbook from werkmap.json into the fake Excel, installs `Excel.run` over it, and
 * defines the few `Office` and `CustomFunctions` members the real bundles use. The page
 * then loads the real functions and taskpane bundles, which run as they would in Excel.
 *
 * Query parameters: `thema=donker` for Office's dark theme; `werkblad=1` to show the
 * active sheet beside the pane (the demo).
 */
import { FakeExcel, runWith } from "../../fakes/excel";
import { toonWerkblad } from "./werkblad";

interface HarnessWerkmap {
  bron: string;
  actief?: string;
  bladen: Record<string, (string | number | boolean | null)[][]>;
}

interface HarnessVenster {
  __fake?: FakeExcel;
  __werkmapBron?: string;
  Office?: unknown;
  CustomFunctions?: unknown;
}

const venster = window as unknown as HarnessVenster;
const parameters = new URLSearchParams(location.search);

const klaar: Promise<FakeExcel> = fetch("werkmap.json")
  .then((r) => {
    if (!r.ok) throw new Error(`werkmap.json: HTTP ${r.status}`);
    return r.json() as Promise<HarnessWerkmap>;
  })
  .then((w) => {
    const fake = new FakeExcel({ bladen: w.bladen, ...(w.actief ? { actief: w.actief } : {}) });
    runWith(fake);
    venster.__fake = fake;
    venster.__werkmapBron = w.bron;
    if (parameters.get("werkblad") === "1") toonWerkblad(fake);
    return fake;
  });

const info = { host: "Excel", platform: "OfficeOnline" };
const donker = parameters.get("thema") === "donker";

venster.Office = {
  onReady(terug?: (i: typeof info) => void) {
    return klaar.then(() => {
      terug?.(info);
      return info;
    });
  },
  context: {
    officeTheme: donker
      ? { isDarkTheme: true, bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF" }
      : { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    requirements: { isSetSupported: () => true },
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "harness" },
  },
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
};

venster.CustomFunctions = { associate: () => undefined };
