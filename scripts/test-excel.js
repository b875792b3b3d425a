#!/usr/bin/env node
// @ts-check
/*
 * npm run test:excel [-- --wacht <seconden>]
 *
 * The Office.js contracts (test/excel/contract/contracten.ts) inside real desktop Excel, the
 * way Microsoft's add-in templates run their end-to-end tests:
 *   1. a trusted localhost certificate (office-addin-dev-certs on Windows/macOS, the files
 *      read by tools/dev/certs.js);
 *   2. build the contract test page (test/excel/in-excel/, webpack) into
 *      test-artifacts/contracttest/ and serve it on https://localhost:3001 (loopback only);
 *   3. start office-addin-test-server on https://localhost:4201 (loopback only);
 *   4. sideload test/excel/in-excel/manifest.xml into desktop Excel (office-addin-debugging);
 *      the page runs the contracts in Excel.run and posts the results;
 *   5. print each contract, passed or failed, and exit 0 only when every contract passed
 *      (1: a contract failed; 2: no results, or Excel not available here);
 *   6. always clean up: remove the sideload, stop both servers.
 * On Linux (and anywhere else without desktop Excel) it says so and exits 2: never green
 * without Excel. The contracts against the fake Excel: `npx jest test/excel`.
 * The run itself (build, serve, test server, wait, judge, print, clean up) is
 * tools/harnas/contracttest.js; this entry point adds the certificate and the sideload.
 */
"use strict";

const path = require("path");
const { draaiContracttest, STANDAARD_WACHT_S } = require("../tools/harnas/contracttest");
const { MANIFEST, PAGINA_POORT } = require("../tools/harnas/testserver");

const ROOT = path.resolve(__dirname, "..");
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

/** @param {string[]} regels */
const zeg = (...regels) => console.log(regels.join("\n"));

/** @param {string[]} argv */
function wachttijd(argv) {
  const i = argv.indexOf("--wacht");
  if (i < 0) return STANDAARD_WACHT_S * 1000;
  const s = Number(argv[i + 1]);
  if (!Number.isFinite(s) || s <= 0) {
    zeg("--wacht verwacht een aantal seconden / expects a number of seconds.");
    process.exit(2);
  }
  return s * 1000;
}

/** Trusted certificate as `npm start` makes it (tools/dev/certs.js), then its files. */
function certificaat() {
  const { vertrouwdCertificaat } = require("../tools/dev/certs");
  const opties = vertrouwdCertificaat({
    log: (m) => zeg(m),
    installeer: () => {
      const cli = require.resolve("office-addin-dev-certs/cli.js", { paths: [ROOT] });
      require("child_process").spawnSync(process.execPath, [cli, "install"], { stdio: "inherit" });
    },
  });
  if (!opties) throw new Error("geen certificaat / no certificate (is openssl installed?)");
  return { key: opties.key, cert: opties.cert, ...(opties.ca ? { ca: opties.ca } : {}) };
}

/**
 * Sideloads the test manifest into desktop Excel (the page URL is in the manifest).
 * @returns {Promise<{ stop(): Promise<void> }>}
 */
async function sideload() {
  const { startDebugging, stopDebugging, AppType } = require("office-addin-debugging");
  const { OfficeApp } = require("office-addin-manifest");
  zeg("Excel starten met de contracttest / starting Excel with the contract test …");
  const stop = async () => {
    await stopDebugging(MANIFEST);
  };
  try {
    await startDebugging(MANIFEST, {
      app: OfficeApp.Excel,
      appType: AppType.Desktop,
      enableDebugging: false,
      devServerPort: PAGINA_POORT,
    });
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
  return { stop };
}

async function main() {
  const wacht = wachttijd(process.argv.slice(2));
  if (!DESKTOP) {
    zeg(
      `Excel is hier niet beschikbaar (${process.platform}): npm run test:excel laadt de contracttest in`,
      "Excel voor Windows of Mac en draait dus alleen daar. Hier niets getest.",
      "De contracten tegen de nep-Excel: npx jest test/excel",
      `Excel is not available here (${process.platform}): npm run test:excel sideloads the contract test`,
      "into Excel on Windows or Mac and runs only there. Nothing was tested.",
      "The contracts against the fake Excel: npx jest test/excel"
    );
    return 2;
  }
  const { code } = await draaiContracttest({ certificaat: certificaat(), laad: sideload, wacht });
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
);
