// @ts-check
/*
 * The Office.js contracts (test/excel/contract/contracten.ts) run the way Microsoft's add-in
 * templates run their end-to-end tests: a test page, served over https, posts its results to
 * office-addin-test-server. This module builds that page and does the whole run:
 *   taskpane.html  office.js from Microsoft's CDN, then contracttest.js (what Excel loads);
 *   nep.html       (only with `nep: true`) the fake Excel host nephost.js, then the same
 *                  contracttest.js (the browser proof, test/excel/in-excel/bewijs.test.ts);
 *   assets/        the add-in's icons (the test manifest's IconUrl).
 * `npm run test:excel` (scripts/test-excel.js) loads the page by sideloading it into desktop
 * Excel; bewijs.test.ts loads nep.html in Chromium instead. The page's sources are test code
 * (test/excel/in-excel/), named in paden.js.
 */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ROOT, ARTEFACTEN, CONTRACT_PAGINA, CONTRACT_NEPHOST } = require("./paden");
const { bouw, cache, tsRegel } = require("./webpack");
const { serveer } = require("./serveer");
const {
  LokaleTestServer,
  beoordeel,
  wachtOpUitslag,
  PAGINA_POORT,
  TESTSERVER_POORT,
} = require("./testserver");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const UIT = path.join(ARTEFACTEN, "contracttest");
const STANDAARD_WACHT_S = 180;
const lijn = "-".repeat(78);

/**
 * The page: `kop` goes first in <head> (office.js, or nothing when the fake host is a chunk).
 * @param {string} kop
 */
function pagina(kop) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Woondeal-toets: contracttest</title>
    ${kop}
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; font-size: 13px; margin: 12px; }
      ul { padding-left: 0; list-style: none; }
      li { margin: 4px 0; }
      .goed { color: #107c10; }
      .fout { color: #a80000; }
    </style>
  </head>
  <body>
    <h1>Woondeal-toets: contracttest</h1>
    <p>Deze testversie controleert het Office.js-gedrag waar de invoegtoepassing op rust en meldt de
      uitslag aan <code>npm run test:excel</code>. Sluit dit venster niet tijdens de test.</p>
    <ul id="uitslag" aria-live="polite"></ul>
  </body>
</html>
`;
}

/**
 * @param {{ outDir: string, mode?: "development"|"production", nep?: boolean }} opties
 * @returns {import("webpack").Configuration}
 */
function contracttestConfig({ outDir, mode = "development", nep = false }) {
  /** @type {Record<string, string>} */
  const entry = { contracttest: CONTRACT_PAGINA };
  if (nep) entry.nephost = CONTRACT_NEPHOST;
  const paginas = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      templateContent: pagina(`<script src="${OFFICE_JS}"></script>`),
      chunks: ["contracttest"],
      scriptLoading: "blocking",
      inject: "body",
    }),
  ];
  if (nep)
    paginas.push(
      new HtmlWebpackPlugin({
        filename: "nep.html",
        templateContent: pagina(""),
        chunks: ["nephost", "contracttest"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      })
    );
  return {
    name: nep ? "contracttest-nep" : "contracttest",
    mode,
    context: ROOT,
    target: ["web", "es2020"],
    devtool: false,
    entry,
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRegel()] },
    plugins: [
      ...paginas,
      new CopyWebpackPlugin({
        patterns: [{ from: path.join(ROOT, "assets", "icon-*.png"), to: "assets/[name][ext]" }],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    cache: cache(`contracttest-${nep ? "nep-" : ""}${mode}`, [__filename]),
  };
}

/**
 * Builds the test page into `outDir`; rejects with webpack's errors.
 * @param {{ outDir: string, mode?: "development"|"production", nep?: boolean }} opties
 */
function bouwContracttest(opties) {
  return bouw(contracttestConfig(opties), "contracttest");
}

/**
 * The results as lines, one per contract, then a verdict.
 * @param {import("./testserver").Oordeel} oordeel
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
 * @typedef {import("./serveer").Certificaat} Certificaat
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
 * @returns {Promise<{ code: number, oordeel?: import("./testserver").Oordeel }>}
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
    log = (...regels) => console.log(regels.join("\n")),
  } = opties;
  log("Contracttest bouwen / building the contract test …");
  await bouwContracttest({ outDir: uit, mode: "development", nep });

  /** @type {import("./serveer").Geserveerd | undefined} */
  let pagina;
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
    const p = pagina;
    pagina = undefined;
    await p?.sluit();
  };
  const onderbreek = () => opruimen().finally(() => process.exit(130));
  process.once("SIGINT", onderbreek);
  process.once("SIGTERM", onderbreek);

  try {
    pagina = await serveer(uit, { poort: paginaPoort, start: "taskpane.html", certificaat: cert });
    testServer = new LokaleTestServer(testServerPoort, cert);
    await testServer.start();
    const uitslag = wachtOpUitslag(testServer, wacht);
    uitslag.catch(() => undefined); // awaited below; not unhandled if loading fails first
    const url = `${pagina.url}${nep ? "nep.html" : "taskpane.html"}?poort=${testServerPoort}`;
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

module.exports = {
  contracttestConfig,
  bouwContracttest,
  draaiContracttest,
  verslag,
  OFFICE_JS,
  STANDAARD_WACHT_S,
};
