/*
 * The contract test build (test only, never shipped): the page that runs the Office.js
 * contracts in Excel and reports to office-addin-test-server (taskpane.ts), as
 *   taskpane.html  office.js from Microsoft's CDN, then contracttest.js (what Excel loads);
 *   nep.html       (only with `nep: true`) the fake Excel host nephost.js, then the same
 *                  contracttest.js (the browser proof, bewijs.test.ts);
 *   assets/        the add-in's icons (the test manifest's IconUrl).
 * Used by scripts/test-excel.js and bewijs.test.ts through `bouwContracttest`.
 */
"use strict";

const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = path.resolve(__dirname, "../../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
  const entry = { contracttest: path.join(__dirname, "taskpane.ts") };
  if (nep) entry.nephost = path.join(__dirname, "nephost.ts");
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
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve("ts-loader"),
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { module: "esnext", sourceMap: false },
            },
          },
        },
      ],
    },
    plugins: [
      ...paginas,
      new CopyWebpackPlugin({
        patterns: [{ from: path.join(ROOT, "assets", "icon-*.png"), to: "assets/[name][ext]" }],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    cache: {
      type: "filesystem",
      cacheDirectory: path.join(ROOT, "test-artifacts", ".webpack-cache"),
      name: `contracttest-${nep ? "nep-" : ""}${mode}`,
      buildDependencies: { config: [__filename] },
    },
  };
}

/**
 * Builds the test page into `outDir`; rejects with webpack's errors.
 * @param {{ outDir: string, mode?: "development"|"production", nep?: boolean }} opties
 */
function bouwContracttest(opties) {
  return new Promise((klaar, mislukt) => {
    const compiler = webpack(contracttestConfig(opties));
    compiler.run((fout, stats) => {
      // Settle only when webpack has closed: work it leaves running (cache, snapshots) would
      // otherwise land in whatever runs next in this process.
      compiler.close((sluitFout) => {
        if (fout || sluitFout) return mislukt(fout || sluitFout);
        if (stats && stats.hasErrors()) {
          const tekst = stats.toString({ all: false, errors: true, colors: false });
          return mislukt(new Error(`webpack: contracttest niet gebouwd / build failed\n${tekst}`));
        }
        klaar(stats);
      });
    });
  });
}

module.exports = { contracttestConfig, bouwContracttest, OFFICE_JS };
