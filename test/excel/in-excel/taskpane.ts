/**
 * The contract test page (test build only, never shipped): once Office.onReady reports
 * Excel, it runs the Office.js contracts inside `Excel.run` and posts the results to
 * office-addin-test-server with office-addin-test-helpers, the way Microsoft's add-in
 * templates run their end-to-end tests. `npm run test:excel` sideloads it into Excel
 * (manifest.xml beside this file); test/excel/in-excel/bewijs.test.ts runs the same bundle
 * over the fake Excel in Chromium.
 *
 * Query parameters: `poort` (test server port, default 4201); `sluit=1` closes the workbook
 * without saving once the results are sent (the sideload opened it for the test).
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { CONTRACTEN } from "../contract/contracten";
import { GESLAAGD, OMGEVING, Resultaat, TESTFOUT, foutTekst, voerContractenUit } from "./uitvoeren";

const parameters = new URLSearchParams(location.search);
const POORT = Number(parameters.get("poort") ?? 4201);
const SLUIT = parameters.get("sluit") === "1";

function toon(tekst: string, soort: "info" | "goed" | "fout" = "info"): void {
  const li = document.createElement("li");
  li.textContent = tekst;
  li.className = soort;
  document.getElementById("uitslag")?.appendChild(li);
}

function ondersteunt(versie: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", versie);
}

async function draai(): Promise<void> {
  try {
    const ping = await pingTestServer(POORT);
    if (ping.status !== 200) throw new Error(`HTTP ${ping.status}`);
  } catch (e) {
    // Nothing to report to: the runner times out and says so.
    const reden = (e as { error?: unknown }).error ?? e;
    toon(`De testserver op https://localhost:${POORT} antwoordt niet: ${foutTekst(reden)}`, "fout");
    return;
  }
  const resultaten: Resultaat[] = [];
  try {
    const d = Office.context.diagnostics;
    resultaten.push({
      resultName: OMGEVING,
      resultValue: {
        host: d?.host,
        platform: d?.platform,
        versie: d?.version,
        excelApi114: ondersteunt("1.14"),
        contracten: CONTRACTEN.length,
      },
      expectedValue: null,
    });
    toon(`Excel ${d?.platform ?? "?"} ${d?.version ?? ""}: ${CONTRACTEN.length} contracten …`);
    const uit = await voerContractenUit(
      (taak) => Excel.run(taak),
      CONTRACTEN,
      (r) =>
        toon(
          `${r.resultValue === GESLAAGD ? "✓" : "✗"} ${r.resultName}${r.resultValue === GESLAAGD ? "" : `: ${r.resultValue}`}`,
          r.resultValue === GESLAAGD ? "goed" : "fout"
        )
    );
    resultaten.push(...uit);
  } catch (e) {
    resultaten.push({ resultName: TESTFOUT, resultValue: foutTekst(e), expectedValue: "no-error" });
  }
  const verstuurd = await sendTestResults(resultaten, POORT);
  toon(
    verstuurd ? "Uitslag verstuurd." : "De uitslag kon niet worden verstuurd.",
    verstuurd ? "info" : "fout"
  );
  if (verstuurd && SLUIT && ondersteunt("1.11")) {
    await Excel.run(async (context) => {
      context.workbook.close(Excel.CloseBehavior.skipSave);
      await context.sync();
    });
  }
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    toon("Deze testpagina draait alleen in Excel (geen Excel gevonden).", "fout");
    return;
  }
  draai().catch((e) => toon(`Onverwachte fout: ${foutTekst(e)}`, "fout"));
});
