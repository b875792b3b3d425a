#!/usr/bin/env node
// @ts-check
/*
 * npm run demo: the real task pane in an ordinary browser, without Excel. Builds the add-in
 * and the browser harness (a fake Excel holding examples/voorbeeld-planlijst.xlsx) and
 * serves them on http://127.0.0.1:3001/ (PORT=… for another port). The page shows the pane
 * beside the worksheet: marks, selection and live re-checks after an edit are visible.
 * Nothing here is part of the add-in itself (tools/harnas/).
 */
"use strict";

const path = require("path");
const { bouwHarness } = require("../tools/harnas/browser");
const { serveer } = require("../tools/harnas/serveer");
const { ARTEFACTEN } = require("../tools/harnas/paden");

const poort = Number(process.env.PORT || 3001);
const UIT = path.join(ARTEFACTEN, "demo");

async function main() {
  await bouwHarness({ uit: UIT, log: (t) => console.log(t) });
  /** @type {import("../tools/harnas/serveer").Geserveerd} */
  let geserveerd;
  try {
    geserveerd = await serveer(UIT, { poort });
  } catch (e) {
    if (e && /** @type {NodeJS.ErrnoException} */ (e).code === "EADDRINUSE") {
      console.error(`Poort ${poort} is bezet. Kies een andere: PORT=3002 npm run demo`);
      process.exit(1);
    }
    throw e;
  }
  const { url } = geserveerd;
  console.log("");
  console.log("Woondeal-toets zonder Excel (voorbeeldplanlijst, nep-Excel in de browser):");
  console.log(`  ${url}harness.html?werkblad=1`);
  console.log(`  ${url}harness.html?werkblad=1&thema=donker   (donker thema)`);
  console.log(
    "Wijzig een cel in het werkblad (Enter) om de live controle te zien. Stoppen: Ctrl+C."
  );
  const stop = () => geserveerd.sluit().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  const tekst = e instanceof Error ? e.message.split("\n").slice(0, 12).join("\n") : String(e);
  console.error(`Demo kon niet starten: ${tekst}`);
  process.exit(1);
});
