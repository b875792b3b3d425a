#!/usr/bin/env node
// @ts-check
// npm run bench: Woondeal-toets measured at scale (tools/bench/; docs/benchmarks.md).
//   npm run bench -- --help
"use strict";

const { driver } = require("../tools/bench/bench");

driver().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
