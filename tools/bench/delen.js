// @ts-check
/*
 * One measurement of the bench, in a child process of its own (so one measurement's garbage
 * and caches do not disturb the next):
 *   node tools/bench/delen.js <naam> <args…>   prints one JSON line.
 * The engine measurements use build/ (npm run build:cli); the Excel door's (taakvenster,
 * schrijven, betaalbaar, dekking) are test/bench/deur.ts, transpiled into build/bench/.
 */
"use strict";

const path = require("path");
const { genereerPlannen, KOP } = require("../data/genereer-planlijst");
const { BUILD, DEUR, PEILDATUM, INSTELLINGEN, raster } = require("./gedeeld");

const INSTELLING = { peildatum: PEILDATUM, instellingen: INSTELLINGEN };

/**
 * test/bench/deur.ts, transpiled (its types belong to the TypeScript program of the tests).
 * @returns {Record<"taakvenster" | "schrijven" | "betaalbaar" | "dekking", (...a: any[]) => Promise<unknown>>}
 */
const deur = () => require(DEUR);

/** @type {Record<string, (...args: string[]) => Promise<unknown>>} */
const DELEN = {
  /** ExcelJS load (the CLI reader) and engine, `herhaal` times each. */
  async motor(bestand, herhaal) {
    const { leesXlsx } = require(path.join(BUILD, "cli/xlsx.js"));
    const { leesWerkmap } = require(path.join(BUILD, "planlijst/lezer.js"));
    const { toets } = require(path.join(BUILD, "rules/toets.js"));
    /** @type {number[]} */
    const laden = [];
    /** @type {number[]} */
    const motor = [];
    /** @type {number[]} */
    const lezer = [];
    let bevindingen = 0;
    let plannen = 0;
    for (let i = 0; i < Number(herhaal); i++) {
      let t = process.hrtime.bigint();
      const bladen = await leesXlsx(bestand);
      laden.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      const werkmap = leesWerkmap(bladen);
      const t2 = process.hrtime.bigint();
      const rapport = toets(werkmap.bladen, { peildatum: PEILDATUM, instellingen: INSTELLINGEN });
      motor.push(Number(process.hrtime.bigint() - t) / 1e6);
      lezer.push(Number(t2 - t) / 1e6);
      bevindingen = rapport.bevindingen.length;
      plannen = rapport.samenvatting.regio.plannen + rapport.plannenBuitenDeal;
    }
    return { laden, motor, lezer, bevindingen, plannen };
  },

  /**
   * Two monitoring rounds of `aantal` plans compared (src/vergelijking): the current round
   * drops every 20th plan, moves every 7th a year later and renames every 50th slightly.
   * Engine time only (both rounds already read), every run: the first is what a user waits
   * for in a fresh process (the code not yet optimised), the median what a warm pane takes.
   */
  async vergelijking(aantal, herhaal = "7") {
    const { leesBlad } = require(path.join(BUILD, "planlijst/lezer.js"));
    const { vergelijk } = require(path.join(BUILD, "vergelijking/vergelijk.js"));
    const vorigRaster = raster(Number(aantal));
    const naam = KOP.indexOf("Projectnaam");
    const jaar = KOP.indexOf("Oplevering");
    const huidigRaster = vorigRaster
      .filter((_, i) => i < 4 || (i - 4) % 20 !== 19)
      .map((rij, i) => {
        if (i < 4) return rij;
        const nieuw = [...rij];
        const j = nieuw[jaar];
        const n = nieuw[naam];
        if (i % 7 === 0 && typeof j === "number") nieuw[jaar] = j + 1;
        if (i % 50 === 0 && typeof n === "string") nieuw[naam] = `${n}e`;
        return nieuw;
      });
    const vorige = [leesBlad("Planlijst", vorigRaster)];
    const huidige = [leesBlad("Planlijst", huidigRaster)];
    const opties = { peildatum: PEILDATUM, instellingen: INSTELLINGEN };
    /** @type {number[]} */
    const ms = [];
    let paren = 0;
    for (let i = 0; i < Number(herhaal); i++) {
      const t = process.hrtime.bigint();
      const v = vergelijk(vorige, huidige, opties);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      paren = v.plannen.length;
    }
    return { ms, paren, plannen: Number(aantal) };
  },

  /** A full task-pane check against the fake Excel. */
  taakvenster: (aantal) => deur().taakvenster(raster(Number(aantal)), INSTELLING),
  /** The marks at their largest (a distinct error message per plan), checked twice. */
  schrijven: (aantal) => deur().schrijven(Number(aantal), INSTELLING),
  /** BETAALBAAR over a column of prices (numbers, Dutch texts, empty cells). */
  betaalbaar: (aantal) =>
    deur().betaalbaar(
      genereerPlannen(Number(aantal), { seed: 5 }).map((r) => [
        /** @type {string | number | null} */ (r[10] ?? r[11] ?? null),
      ])
    ),
  /** DEKKING("Emmen") over a planlijst of `aantal` plans in the workbook. */
  dekking: (aantal) => deur().dekking(raster(Number(aantal)), INSTELLING),
};

const [naam, ...args] = process.argv.slice(2);
const deel = DELEN[naam];
if (!deel) {
  process.stderr.write(`onbekende meting: ${naam} (${Object.keys(DELEN).join(", ")})\n`);
  process.exit(2);
}
deel(...args)
  .then((r) => process.stdout.write(JSON.stringify(r) + "\n"))
  .catch((e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  });
