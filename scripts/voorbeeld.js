#!/usr/bin/env node
// @ts-check
// npm run voorbeeld: writes examples/voorbeeld-planlijst.xlsx (tools/data/voorbeeld.js).
"use strict";

const { maakVoorbeeld } = require("../tools/data/voorbeeld");

maakVoorbeeld()
  .then((uit) => process.stdout.write(`geschreven: ${uit}\n`))
  .catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  });
