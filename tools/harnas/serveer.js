// @ts-check
/*
 * One static file server for the harnesses, on the loopback addresses only: plain http for
 * the browser harness (test/browser, npm run demo), https with a given certificate for the
 * contract test page that Excel loads (npm run test:excel, bewijs.test.ts).
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * @typedef {{ key: Buffer | string, cert: Buffer | string, ca?: Buffer | string }} Certificaat
 * @typedef {{ server: http.Server, servers: http.Server[], url: string, sluit(): Promise<void> }} Geserveerd
 */

/**
 * Answers with the files in `wortel`; `/` is `start`; nothing outside `wortel`.
 * @param {string} wortel
 * @param {string} start
 * @returns {http.RequestListener}
 */
function bestanden(wortel, start) {
  return (req, res) => {
    const pad = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const bestand = path.resolve(wortel, "." + (pad === "/" ? `/${start}` : pad));
    if (!bestand.startsWith(wortel + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(bestand, (fout, data) => {
      if (fout) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Niet gevonden");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(bestand)] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(data);
    });
  };
}

/**
 * Serves `map` on 127.0.0.1 (port 0: a free port). With a certificate: https, and on ::1 too
 * where there is an IPv6 loopback (clients that try "localhost" as IPv6 only), addressed as
 * https://localhost:<port>/. Without: http://127.0.0.1:<port>/.
 * @param {string} map
 * @param {{ poort?: number, start?: string, certificaat?: Certificaat }} [opties]
 * @returns {Promise<Geserveerd>}
 */
async function serveer(map, { poort = 0, start = "harness.html", certificaat } = {}) {
  const antwoord = bestanden(path.resolve(map), start);
  const maak = () =>
    certificaat ? https.createServer(certificaat, antwoord) : http.createServer(antwoord);
  const vier = maak();
  /** @type {number} */
  const echt = await new Promise((klaar, mislukt) => {
    vier.once("error", mislukt);
    vier.listen(poort, "127.0.0.1", () =>
      klaar(/** @type {import("net").AddressInfo} */ (vier.address()).port)
    );
  });
  const servers = [vier];
  if (certificaat) {
    const zes = maak();
    const metZes = await new Promise((klaar) => {
      zes.once("error", () => klaar(false)); // no IPv6 loopback: 127.0.0.1 is enough
      zes.listen(echt, "::1", () => klaar(true));
    });
    if (metZes) servers.push(zes);
  }
  return {
    server: vier,
    servers,
    url: certificaat ? `https://localhost:${echt}/` : `http://127.0.0.1:${echt}/`,
    // Stops listening and drops open (keep-alive) connections, so the port is free at once.
    sluit: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise((klaar) => {
              s.close(() => klaar(undefined));
              s.closeAllConnections();
            })
        )
      ).then(() => undefined),
  };
}

module.exports = { serveer };
