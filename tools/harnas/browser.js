// @ts-check
/*
 * Builds the browser harness: the add-in's real functions + taskpane bundles
 * (webpack.config.js, in <uit>/app/) and the harness page with the fake Excel host and the
 * example planlijst (<uit>/harness.html, harness.js, werkmap.json). Shared by the browser
 * test (test/browser/pane.test.ts) and `npm run demo` (scripts/demo.js); served with
 * serveer.js.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { createConfig } = require("../../webpack.config.js");
const { ROOT, ARTEFACTEN } = require("./paden");
const { bouw, cache, harnasConfig } = require("./webpack");
const { leesVoorbeeld } = require("./werkmap");

const STANDAARD_UIT = path.join(ARTEFACTEN, "browser");

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

/**
 * Builds everything into `uit` (default test-artifacts/browser). Development mode by
 * default: the same code as production, minus minification (a third of the build time).
 * @param {{ uit?: string, mode?: "development" | "production", log?: (tekst: string) => void }} [opties]
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
  const harness = harnasConfig({ outDir: uit, mode });
  // A persistent cache makes a rebuild with unchanged sources take seconds.
  const configBestanden = [
    path.join(ROOT, "webpack.config.js"),
    require.resolve("./webpack"),
    __filename,
  ];
  for (const config of [app, harness])
    config.cache = cache(`${config.name || "app"}-${mode}`, configBestanden);
  fs.mkdirSync(uit, { recursive: true });
  log(`Bouwen (${mode}) naar ${path.relative(ROOT, uit)}/ …`);
  await bouw([app, harness], "browserharnas");
  const werkmap = await leesVoorbeeld();
  fs.writeFileSync(path.join(uit, "werkmap.json"), JSON.stringify(werkmap));
  fs.writeFileSync(path.join(uit, "harness.html"), HARNESS_HTML);
  log(`Klaar in ${((Date.now() - start) / 1000).toFixed(1)} s (werkmap: ${werkmap.bron}).`);
  return { uit, werkmap };
}

module.exports = { bouwHarness, STANDAARD_UIT, HARNESS_HTML };
