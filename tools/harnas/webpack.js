// @ts-check
/*
 * What the harness builds share: TypeScript through ts-loader (no type check; that is
 * npm run typecheck), a persistent cache, and running webpack to the end. Used by the browser
 * harness (browser.js) and the contract test page (contracttest.js).
 */
"use strict";

const path = require("path");
const webpack = require("webpack");
const { ROOT, WEBPACK_CACHE } = require("./paden");

/** @returns {import("webpack").RuleSetRule} TypeScript for the browser, transpile only. */
function tsRegel() {
  return {
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
  };
}

/**
 * webpack's filesystem cache under test-artifacts/, rebuilt when one of `afhankelijk`
 * (configuration files) changes.
 * @param {string} naam
 * @param {string[]} afhankelijk
 * @returns {import("webpack").FileCacheOptions}
 */
function cache(naam, afhankelijk) {
  return {
    type: "filesystem",
    cacheDirectory: WEBPACK_CACHE,
    name: naam,
    buildDependencies: { config: [...afhankelijk, __filename] },
  };
}

/**
 * Runs webpack over `configs`; resolves with the stats, rejects with webpack's errors.
 * Settles only when webpack has closed: work it leaves running (cache, snapshots) would
 * otherwise land in whatever runs next in this process (a test file in the same worker).
 * @param {import("webpack").Configuration | import("webpack").Configuration[]} configs
 * @param {string} wat  what is built, for the error message
 * @returns {Promise<unknown>}
 */
function bouw(configs, wat) {
  return new Promise((klaar, mislukt) => {
    const compiler = webpack(/** @type {import("webpack").Configuration[]} */ ([configs].flat()));
    compiler.run((fout, stats) => {
      compiler.close((sluitFout) => {
        if (fout || sluitFout) return mislukt(fout || sluitFout);
        if (stats && stats.hasErrors()) {
          const tekst = stats.toString({ all: false, errors: true, colors: false });
          return mislukt(new Error(`webpack: ${wat} niet gebouwd / build failed\n${tekst}`));
        }
        klaar(stats);
      });
    });
  });
}

/**
 * The browser harness bundle (harness.js): the harness host and the fake Excel. Test and demo
 * only: the add-in's own build (webpack.config.js) never sees it.
 * @param {{ outDir: string, mode?: "development" | "production" }} opties
 * @returns {import("webpack").Configuration}
 */
function harnasConfig({ outDir, mode = "development" }) {
  const { HARNAS_HOST } = require("./paden");
  return {
    name: "harness",
    mode,
    context: ROOT,
    target: ["web", "es2020"],
    devtool: false,
    entry: { harness: HARNAS_HOST },
    output: { path: outDir, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRegel()] },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

module.exports = { tsRegel, cache, bouw, harnasConfig };
