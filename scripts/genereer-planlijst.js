#!/usr/bin/env node
// @ts-check
/*
 * node scripts/genereer-planlijst.js <aantal> <uit.xlsx> [--gemeente Emmen] [--seed 1]
 * Writes a generated (fictitious) planlijst; see tools/data/genereer-planlijst.js.
 */
"use strict";

const { genereerPlannen, schrijfPlanlijst } = require("../tools/data/genereer-planlijst");

const [aantalTekst, uit, ...rest] = process.argv.slice(2);
/** @param {string} naam */
const optie = (naam) => {
  const i = rest.indexOf(naam);
  return i >= 0 ? rest[i + 1] : undefined;
};
const aantal = Number(aantalTekst);
if (!Number.isInteger(aantal) || aantal < 1 || !uit) {
  process.stderr.write(
    "gebruik: node scripts/genereer-planlijst.js <aantal> <uit.xlsx> [--gemeente Emmen] [--seed 1]\n"
  );
  process.exit(2);
}
const gemeente = optie("--gemeente");
schrijfPlanlijst(uit, genereerPlannen(aantal, { gemeente, seed: Number(optie("--seed") ?? 1) }), {
  titel: `Woningbouwplanlijst ${gemeente ?? "Zuidoost Drenthe"}`,
})
  .then(() => process.stdout.write(`geschreven: ${uit} (${aantal} plannen)\n`))
  .catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  });
