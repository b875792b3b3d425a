#!/usr/bin/env node
// @ts-check
/*
 * npm start      (node scripts/start.js)       development server + sideload
 * npm run stop   (node scripts/start.js stop)  stop the server, remove the sideload
 * Extra arguments after `npm start --` go to office-addin-debugging (e.g. --no-debug).
 * The work is in tools/dev/ontwikkelserver.js.
 */
"use strict";

const { start, stop } = require("../tools/dev/ontwikkelserver");

const [command = "start", ...rest] = process.argv.slice(2);
// An unknown first argument: everything is pass-through options for sideloading.
const taak = command === "stop" ? stop() : start(command === "start" ? rest : [command, ...rest]);
taak.catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
