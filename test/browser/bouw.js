/*
 * Builds and serves the browser harness: the add-in's real functions + taskpane bundles
 * (webpack.config.js, in <uit>/app/) and the harness page with the fake Excel host and the
 * example planlijst (<uit>/harness.html, harness.js, werkmap.json). Shared by the browser
 * test (test/browser/pane.test.ts) and `npm run demo` (scripts/demo.js).
 */
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const webpack = require("webpack");
const { createConfig } = require("../../webpack.config.js");
const harnessConfig = require("./webpack.harness.js");
const { leesVoorbeeld } = require("./werkmap.js");

const ROOT = path.resolve(__dirname, "../..");
const STANDAARD_UIT = path.join(ROOT, "test-artifacts", "browser");

const HARNESS_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Woondeal-toets (zonder Excel)</title>
    <link rel="icon" type="image/png" href="app/assets/icon-32.png" />
    <style>
      html, body { margin: 0; height: 100%; }
      body { display: flex; font-family: "Segoe UI", system-ui, sans-serif; background: #fff; }
      #container { flex: 1 1 auto; min-width: 0; }
      body.met-werkblad #container { flex: 0 0 320px; height: 100vh; overflow: auto; border-right: 1px solid #e1dfdd; }
      #werkblad { flex: 1 1 auto; height: 100vh; overflow: auto; padding: 0 8px; }
    </style>
    <!-- The harness host (fake Excel + Office stubs) first, then the add-in's real bundles. -->
    <script src="harness.js"></script>
    <script defer src="app/functions.js"></script>
    <script defer src="app/taskpane.js"></script>
  </head>
  <body>
    <div id="container"></div>
    <div id="werkblad" hidden></div>
  </body>
</html>
`;

function draai(compiler) {
  return new Promise((klaar, mislukt) => {
    compiler.run((fout, stats) => {
      // Settle only when webpack has closed (see test/excel/in-excel/webpack.config.js).
      compiler.close((sluitFout) => {
        if (fout || sluitFout) return mislukt(fout || sluitFout);
        if (stats.hasErrors()) {
          const tekst = stats.toString({ all: false, errors: true, colors: false });
          return mislukt(new Error(`webpack: build mislukt / build failed\n${tekst}`));
        }
        klaar(stats);
      });
    });
  });
}

/**
 * Builds everything into `uit` (default test-artifacts/browser). Development mode by
 * default: the same code as production, minus minification (a third of the build time).
 */
async function bouwHarness({
  uit = STANDAARD_UIT,
  mode = "development",
  log = () => undefined,
} = {}) {
  const start = Date.now();
  const app = createConfig({ mode, rootDir: ROOT, outDir: path.join(uit, "app") });
  app.devtool = false;
  app.stats = "errors-warnings";
  const harness = harnessConfig({ outDir: uit, mode });
  // A persistent cache makes a rebuild with unchanged sources take seconds.
  for (const config of [app, harness]) {
    config.cache = {
      type: "filesystem",
      cacheDirectory: path.join(ROOT, "test-artifacts", ".webpack-cache"),
      name: `${config.name || "app"}-${mode}`,
      buildDependencies: {
        config: [
          path.join(ROOT, "webpack.config.js"),
          path.join(__dirname, "webpack.harness.js"),
          __filename,
        ],
      },
    };
  }
  fs.mkdirSync(uit, { recursive: true });
  log(`Bouwen (${mode}) naar ${path.relative(ROOT, uit)}/ …`);
  await draai(webpack([app, harness]));
  const werkmap = await leesVoorbeeld();
  fs.writeFileSync(path.join(uit, "werkmap.json"), JSON.stringify(werkmap));
  fs.writeFileSync(path.join(uit, "harness.html"), HARNESS_HTML);
  log(`Klaar in ${((Date.now() - start) / 1000).toFixed(1)} s (werkmap: ${werkmap.bron}).`);
  return { uit, werkmap };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves `map` on 127.0.0.1 (port 0 = a free port). Resolves with { server, url }. */
function serveer(map, { poort = 0, start = "harness.html" } = {}) {
  const wortel = path.resolve(map);
  const server = http.createServer((req, res) => {
    const pad = decodeURIComponent(new URL(req.url, "http://x").pathname);
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
  });
  return new Promise((klaar, mislukt) => {
    server.once("error", mislukt);
    server.listen(poort, "127.0.0.1", () => {
      const { port } = server.address();
      klaar({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

module.exports = { bouwHarness, serveer, STANDAARD_UIT, HARNESS_HTML };
