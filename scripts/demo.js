#!/usr/bin/env node
/*
 * npm run demo: the real task pane in an ordinary browser, without Excel. Builds the add-in
 * and the browser harness (a fake Excel holding examples/voorbeeld-planlijst.xlsx) and
 * serves them on http://127.0.0.1:3001/ (PORT=… for another port). The page shows the pane
 * beside the worksheet: marks, selection and live re-checks after an edit are visible.
 * Nothing here is part of the add-in itself.
 */
"use strict";

const path = require("path");
const { bouwHarness, serveer } = require("../test/browser/bouw.js");

const poort = Number(process.env.PORT || 3001);

async function main() {
  await bouwHarness({ uit: path.join(__dirname, "..", "test-artifacts", "demo"), log: (t) => console.log(t) });
  let server;
  let url;
  try {
    ({ server, url } = await serveer(path.join(__dirname, "..", "test-artifacts", "demo"), { poort }));
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.error(`Poort ${poort} is bezet. Kies een andere: PORT=3002 npm run demo`);
      process.exit(1);
    }
    throw e;
  }
  console.log("");
  console.log("Woondeal-toets zonder Excel (voorbeeldplanlijst, nep-Excel in de browser):");
  console.log(`  ${url}harness.html?werkblad=1`);
  console.log(`  ${url}harness.html?werkblad=1&thema=donker   (donker thema)`);
  console.log("Wijzig een cel in het werkblad (Enter) om de live controle te zien. Stoppen: Ctrl+C.");
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error(`Demo kon niet starten: ${e && e.message ? e.message.split("\n").slice(0, 12).join("\n") : e}`);
  process.exit(1);
});
