// @ts-check
/*
 * Where the harnesses find things. The pages they bundle are browser-side test code and stay
 * beside their tests (test/browser/harness/, test/excel/in-excel/); the tools name them here,
 * once, as build inputs: no Node code in tools/ or scripts/ requires a module from test/.
 */
"use strict";

const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const ARTEFACTEN = path.join(ROOT, "test-artifacts");

module.exports = {
  ROOT,
  ARTEFACTEN,
  /** webpack's persistent cache for every harness build (rebuilds in seconds). */
  WEBPACK_CACHE: path.join(ARTEFACTEN, ".webpack-cache"),
  /** The browser harness host: the fake Excel with the workbook from werkmap.json. */
  HARNAS_HOST: path.join(ROOT, "test", "browser", "harness", "bootstrap.ts"),
  /** The contract test page that runs the Office.js contracts and posts the results. */
  CONTRACT_PAGINA: path.join(ROOT, "test", "excel", "in-excel", "taskpane.ts"),
  /** The fake Excel host for the contract test page outside Excel (nep.html). */
  CONTRACT_NEPHOST: path.join(ROOT, "test", "excel", "in-excel", "nephost.ts"),
  /** The contract test's own manifest (its own add-in id), sideloaded by npm run test:excel. */
  CONTRACT_MANIFEST: path.join(ROOT, "test", "excel", "in-excel", "manifest.xml"),
};
