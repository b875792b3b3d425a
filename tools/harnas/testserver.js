// @ts-check
/*
 * The Node side of the contract test: Microsoft's office-addin-test-server, held to loopback
 * and given our certificate, plus how its results are judged. Used by contracttest.js (the
 * run of `npm run test:excel` and of the browser proof, test/excel/in-excel/bewijs.test.ts).
 */
"use strict";

const path = require("path");
const https = require("https");
const { TestServer } = require("office-addin-test-server");

/** The test manifest (test/excel/in-excel/manifest.xml) and the ports it names. */
const MANIFEST = require("./paden").CONTRACT_MANIFEST;
const PAGINA_POORT = 3001;
const TESTSERVER_POORT = 4201;

/**
 * office-addin-test-server takes its certificate from office-addin-dev-certs'
 * getHttpsServerOptions(), which first installs the CA in the system store (sudo, or a
 * Windows/macOS prompt) and rejects where it cannot. We hand it the certificate files we
 * already serve the page with, by replacing that one function in the copy of
 * office-addin-dev-certs the test server itself loads.
 * @param {{ key: Buffer|string, cert: Buffer|string, ca?: Buffer|string }} opties
 */
function geefCertificaat(opties) {
  const map = path.dirname(require.resolve("office-addin-test-server/package.json"));
  const bestand = require.resolve("office-addin-dev-certs/lib/httpsServerOptions", {
    paths: [map],
  });
  /** @type {{ getHttpsServerOptions: () => Promise<object> }} */
  const module_ = require(bestand);
  module_.getHttpsServerOptions = async () => ({
    key: opties.key,
    cert: opties.cert,
    ca: opties.ca,
  });
}

/**
 * office-addin-test-server that listens on the loopback addresses only (127.0.0.1 and, where
 * there is one, ::1) instead of every interface, with the given certificate. The page reaches
 * it as https://localhost:<poort> (office-addin-test-helpers' fixed address).
 */
class LokaleTestServer extends TestServer {
  /**
   * @param {number} poort
   * @param {{ key: Buffer|string, cert: Buffer|string, ca?: Buffer|string }} certificaat
   */
  constructor(poort, certificaat) {
    super(poort);
    this.certificaat = certificaat;
    /** @type {import("https").Server[]} */
    this.extra = [];
    // TestServer starts with an already rejected "no results" promise; nobody awaits that one.
    /** @type {any} */ (this).resultsPromise.catch(() => undefined);
    // TestServer's private startListening listens on every interface; ours on loopback only.
    /** @type {any} */ (this).startListening = () => this.luister();
  }

  /** Starts the server; never sets NODE_TLS_REJECT_UNAUTHORIZED (the `mochaTest` flag). */
  async start() {
    geefCertificaat(this.certificaat);
    return this.startTestServer(false);
  }

  /** @returns {Promise<boolean>} */
  luister() {
    /** @type {any} */
    const zelf = this;
    const poort = this.getTestServerPort();
    return new Promise((klaar, mislukt) => {
      zelf.server.once("error", mislukt);
      zelf.server.listen(poort, "127.0.0.1", () => {
        zelf.testServerStarted = true;
        // The same app on ::1 too, for clients that try "localhost" as IPv6 only.
        const zes = https.createServer(this.certificaat, zelf.app);
        zes.once("error", () => undefined); // no IPv6 loopback: 127.0.0.1 is enough
        zes.listen(poort, "::1");
        this.extra.push(zes);
        klaar(true);
      });
    });
  }

  async stop() {
    for (const s of this.extra.splice(0)) s.close();
    return this.stopTestServer();
  }
}

/**
 * @typedef {{ resultName: string, resultValue: unknown, expectedValue: unknown }} Resultaat
 * @typedef {{ naam: string, geslaagd: boolean, uitleg?: string }} Regel
 * @typedef {{ omgeving?: Record<string, unknown>, regels: Regel[], geslaagd: boolean, problemen: string[] }} Oordeel
 */

const GESLAAGD = "geslaagd";

/**
 * Judges what the page posted: every contract passed, none missing (the count the page
 * announced in its "omgeving" record, and `verwacht` names when the caller knows them),
 * and no "test-error" record. Anything else, including no contracts at all, fails.
 * @param {unknown} data
 * @param {string[]} [verwacht]
 * @returns {Oordeel}
 */
function beoordeel(data, verwacht) {
  /** @type {string[]} */
  const problemen = [];
  /** @type {Regel[]} */
  const regels = [];
  /** @type {Record<string, unknown> | undefined} */
  let omgeving;
  if (!Array.isArray(data)) {
    return {
      regels,
      geslaagd: false,
      problemen: ["de uitslag is geen lijst / results are not a list"],
    };
  }
  for (const r of /** @type {Resultaat[]} */ (data)) {
    if (r.resultName === "omgeving")
      omgeving = /** @type {Record<string, unknown>} */ (r.resultValue);
    else if (r.resultName === "test-error")
      problemen.push(`fout in de testpagina / test page error: ${String(r.resultValue)}`);
    else {
      const geslaagd = r.resultValue === GESLAAGD && r.expectedValue === GESLAAGD;
      regels.push({
        naam: r.resultName,
        geslaagd,
        ...(geslaagd ? {} : { uitleg: String(r.resultValue) }),
      });
    }
  }
  const aangekondigd =
    omgeving && typeof omgeving.contracten === "number" ? omgeving.contracten : undefined;
  if (regels.length === 0)
    problemen.push("geen contracten ontvangen / no contract results received");
  if (aangekondigd !== undefined && aangekondigd !== regels.length)
    problemen.push(`${regels.length} van ${aangekondigd} contracten ontvangen / received`);
  for (const naam of verwacht ?? [])
    if (!regels.some((r) => r.naam === naam)) problemen.push(`ontbreekt / missing: ${naam}`);
  const geslaagd = problemen.length === 0 && regels.every((r) => r.geslaagd);
  return { ...(omgeving ? { omgeving } : {}), regels, geslaagd, problemen };
}

/**
 * Waits for the results, or rejects after `ms` milliseconds.
 * @param {TestServer} server
 * @param {number} ms
 * @returns {Promise<unknown>}
 */
function wachtOpUitslag(server, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let klok;
  const tijd = new Promise((_, mislukt) => {
    klok = setTimeout(
      () =>
        mislukt(
          new Error(
            `geen uitslag binnen ${Math.round(ms / 1000)} s / no results within ${Math.round(ms / 1000)} s`
          )
        ),
      ms
    );
  });
  return Promise.race([server.getTestResults(), tijd]).finally(() => clearTimeout(klok));
}

module.exports = {
  LokaleTestServer,
  beoordeel,
  wachtOpUitslag,
  GESLAAGD,
  MANIFEST,
  PAGINA_POORT,
  TESTSERVER_POORT,
};
