// @ts-check
/*
 * What the bench's driver (bench.js) and its child measurements (delen.js) share: where the
 * compiled code is, the deal settings and peildatum every measurement uses, and the
 * generated planlijst as Office.js would give it.
 */
"use strict";

const path = require("path");
const { genereerPlannen, KOP } = require("../data/genereer-planlijst");

const ROOT = path.resolve(__dirname, "../..");
/** The engine and the CLI, compiled by `npm run build:cli`. */
const BUILD = path.join(ROOT, "build");
/** src/ (without the React pane), test/fakes/ and test/bench/, transpiled by bench.js. */
const BENCH_BUILD = path.join(BUILD, "bench");
/** The Excel door's measurements (test/bench/deur.ts), as transpiled. */
const DEUR = path.join(BENCH_BUILD, "test", "bench", "deur.js");
const PEILDATUM = "2026-11-27";
const INSTELLINGEN = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 600 },
    "Borger-Odoorn": { aandeel: 650 },
    Coevorden: { aandeel: 900 },
    Emmen: { aandeel: 2100 },
  },
};

/**
 * @param {number[]} lijst
 * @returns {number}
 */
function mediaan(lijst) {
  const s = [...lijst].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/**
 * The same planlijst as the generated .xlsx, as range.values gives it (the #REF! cells as
 * error text).
 * @param {number} aantal
 * @returns {(string | number | null)[][]}
 */
function raster(aantal) {
  const rijen = genereerPlannen(aantal, { seed: 1 });
  /** @type {(string | number | null)[][]} */
  const uit = [["Woningbouwplanlijst Zuidoost Drenthe"], ["Stand 1 oktober 2026"], [], KOP];
  const stap = Math.max(1, Math.floor(rijen.length / 3));
  rijen.forEach((r, i) => {
    const rij = [...r];
    if (i % stap === Math.floor(stap / 2) && i / stap < 3) rij[8] = "#REF!";
    uit.push(rij);
  });
  return uit;
}

module.exports = { ROOT, BUILD, BENCH_BUILD, DEUR, PEILDATUM, INSTELLINGEN, mediaan, raster };
