#!/usr/bin/env node
// @ts-check
/*
 * node scripts/lokaliseer-functies.js [dist] [--url https://host/path/]
 * Localises dist/functions.json in place and writes dist/functions-en.json (idempotent);
 * the build does the same through the webpack plugin. See tools/bouw/lokaliseer-functies.js.
 */
"use strict";

const path = require("path");
const { lokaliseerMap, NL, EN } = require("../tools/bouw/lokaliseer-functies");

const args = process.argv.slice(2);
const u = args.indexOf("--url");
/** @type {string | null} */
let publicUrl = null;
if (u >= 0) {
  publicUrl = args[u + 1];
  args.splice(u, 2);
  if (!publicUrl || !/^https:\/\//.test(publicUrl)) {
    console.error("--url vraagt een https-adres / --url needs an https address");
    process.exit(2);
  }
  if (!publicUrl.endsWith("/")) publicUrl += "/";
}
const map = args[0] || path.join(__dirname, "..", "dist");
try {
  const { nl } = lokaliseerMap(map, { publicUrl });
  console.log(
    `${path.join(map, NL)} (nl) en ${path.join(map, EN)} (en): ${nl.functions.length} functies.`
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
