#!/usr/bin/env node
// @ts-check
/*
 * npm run test:excel [-- --wacht <seconden>]
 *
 * The Office.js contracts (test/excel/contract/contracten.ts) inside real desktop Excel, the
 * way Microsoft's add-in templates run their end-to-end tests:
 *   1. a trusted localhost certificate (office-addin-dev-certs on Windows/macOS, the files
 *      read by scripts/certs.js);
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
 */
/* eslint-env node */
"use strict";

const path = require("path");
const {
  LokaleTestServer,
  serveerPagina,
  beoordeel,
  wachtOpUitslag,
  MANIFEST,
  PAGINA_POORT,
  TESTSERVER_POORT,
} = require("../test/excel/in-excel/testserver.js");

const ROOT = path.resolve(__dirname, "..");
const UIT = path.join(ROOT, "test-artifacts", "contracttest");
const DESKTOP = process.platform === "win32" || process.platform === "darwin";
const STANDAARD_WACHT_S = 180;
const lijn = "-".repeat(78);

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

/** Trusted certificate as `npm start` makes it (scripts/start.js), then its files. */
function certificaat() {
  /** @param {() => boolean} f */
  const probeer = (f) => {
    try {
      return f();
    } catch {
      return false;
    }
  };
  const devCerts = require("office-addin-dev-certs");
  if (!probeer(() => devCerts.verifyCertificates())) {
    zeg(
      "Ontwikkelcertificaat installeren (Windows/macOS vraagt om toestemming) …",
      "Installing the localhost development certificate (Windows/macOS will ask for permission) …"
    );
    // office-addin-dev-certs install exits 0 even when it fails: verify again afterwards.
    const cli = require.resolve("office-addin-dev-certs/cli.js", { paths: [ROOT] });
    require("child_process").spawnSync(process.execPath, [cli, "install"], { stdio: "inherit" });
    if (!probeer(() => devCerts.verifyCertificates()))
      zeg(
        "LET OP: het certificaat is niet vertrouwd; Excel laadt de testpagina dan niet (npx office-addin-dev-certs install).",
        "NOTE: the certificate is not trusted; Excel will not load the test page (npx office-addin-dev-certs install)."
      );
  }
  const { getHttpsOptions } = require("./certs.js");
  const opties = getHttpsOptions({ log: (/** @type {string} */ m) => zeg(m) });
  if (!opties) throw new Error("geen certificaat / no certificate (is openssl installed?)");
  return { key: opties.key, cert: opties.cert, ...(opties.ca ? { ca: opties.ca } : {}) };
}

/**
 * The results as lines, one per contract, then a verdict.
 * @param {import("../test/excel/in-excel/testserver.js").Oordeel} oordeel
 * @returns {string[]}
 */
function verslag(oordeel) {
  const o = oordeel.omgeving ?? {};
  const regels = [
    lijn,
    `Excel: ${o.platform ?? "?"} ${o.versie ?? ""} (ExcelApi 1.14: ${o.excelApi114 ? "ja / yes" : "nee / no"})`,
  ];
  for (const r of oordeel.regels) {
    regels.push(`${r.geslaagd ? "GESLAAGD / PASS" : "MISLUKT / FAIL "}  ${r.naam}`);
    if (r.uitleg) regels.push(`                 ${r.uitleg}`);
  }
  for (const p of oordeel.problemen) regels.push(`PROBLEEM / PROBLEM  ${p}`);
  const goed = oordeel.regels.filter((r) => r.geslaagd).length;
  regels.push(
    lijn,
    oordeel.geslaagd
      ? `Alle ${goed} contracten geslaagd / all ${goed} contracts passed.`
      : `${goed} van ${oordeel.regels.length} contracten geslaagd: MISLUKT / FAILED.`
  );
  return regels;
}

/**
 * @typedef {{ key: Buffer|string, cert: Buffer|string, ca?: Buffer|string }} Certificaat
 * @typedef {{ stop(): Promise<void> }} Geladen
 * @typedef {{
 *   certificaat: Certificaat,
 *   laad: (url: string) => Promise<Geladen>,
 *   wacht?: number,
 *   paginaPoort?: number,
 *   testServerPoort?: number,
 *   nep?: boolean,
 *   uit?: string,
 *   log?: (...regels: string[]) => void,
 * }} Opties
 */

/**
 * Builds and serves the contract test page, starts the test server, lets `laad` load the
 * page (the sideload into Excel; in the browser proof, Chromium over the fake), waits for the
 * results and prints them. Always stops what it started. Exit code: 0 every contract passed,
 * 1 a contract failed or is missing, 2 no results (nothing proven).
 * `nep: true` builds and loads nep.html (the fake Excel host) instead of taskpane.html.
 * @param {Opties} opties
 * @returns {Promise<{ code: number, oordeel?: import("../test/excel/in-excel/testserver.js").Oordeel }>}
 */
async function draaiContracttest(opties) {
  const {
    certificaat: cert,
    laad,
    wacht = STANDAARD_WACHT_S * 1000,
    paginaPoort = PAGINA_POORT,
    testServerPoort = TESTSERVER_POORT,
    nep = false,
    uit = nep ? `${UIT}-nep` : UIT,
    log = zeg,
  } = opties;
  log("Contracttest bouwen / building the contract test …");
  const { bouwContracttest } = require("../test/excel/in-excel/webpack.config.js");
  await bouwContracttest({ outDir: uit, mode: "development", nep });

  /** @type {import("https").Server[]} */
  let pagina = [];
  /** @type {InstanceType<typeof LokaleTestServer> | undefined} */
  let testServer;
  /** @type {Geladen | undefined} */
  let geladen;
  const opruimen = async () => {
    const g = geladen;
    geladen = undefined;
    if (g) {
      try {
        await g.stop();
      } catch (e) {
        log(`Opruimen mislukt / clean-up failed: ${e instanceof Error ? e.message : e}`);
      }
    }
    await testServer?.stop().catch(() => false);
    for (const s of pagina.splice(0)) s.close();
  };
  const onderbreek = () => opruimen().finally(() => process.exit(130));
  process.once("SIGINT", onderbreek);
  process.once("SIGTERM", onderbreek);

  try {
    pagina = await serveerPagina(uit, paginaPoort, cert);
    testServer = new LokaleTestServer(testServerPoort, cert);
    await testServer.start();
    const uitslag = wachtOpUitslag(testServer, wacht);
    uitslag.catch(() => undefined); // awaited below; not unhandled if loading fails first
    const url = `https://localhost:${paginaPoort}/${nep ? "nep.html" : "taskpane.html"}?poort=${testServerPoort}`;
    log(
      `Testpagina / test page: ${url}`,
      `Testserver / test server: https://localhost:${testServerPoort}`
    );
    geladen = await laad(url);
    log(
      `Wachten op de uitslag (hoogstens ${Math.round(wacht / 1000)} s) / waiting for the results …`
    );
    const oordeel = beoordeel(await uitslag);
    log(...verslag(oordeel));
    return { code: oordeel.geslaagd ? 0 : 1, oordeel };
  } catch (e) {
    log(
      lijn,
      `De contracttest kon niet draaien / the contract test could not run: ${e instanceof Error ? e.message : e}`,
      "Mogelijke oorzaken: het ontwikkelcertificaat wordt niet vertrouwd (npx office-addin-dev-certs install),",
      "een poort (3001, 4201) is bezet, of Excel startte de testpagina niet (zie het taakvenster in Excel).",
      "Possible causes: the development certificate is not trusted, a port is in use, or Excel did not",
      "start the test page (see the task pane in Excel).",
      "Niets bewezen / nothing proven."
    );
    return { code: 2 };
  } finally {
    process.removeListener("SIGINT", onderbreek);
    process.removeListener("SIGTERM", onderbreek);
    await opruimen();
  }
}

/**
 * Sideloads the test manifest into desktop Excel (the page URL is in the manifest).
 * @returns {Promise<Geladen>}
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

module.exports = { draaiContracttest, verslag };

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    }
  );
}
