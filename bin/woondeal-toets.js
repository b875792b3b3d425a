#!/usr/bin/env node
// Entry point of the command line; the TypeScript is compiled to build/ by `npm run build:cli`
// (run automatically by `npm install` through the prepare script).
const args = process.argv.slice(2);

// `samenvatting` holds several planlijsten at once. V8's concurrent garbage collector lets
// garbage pile up on a busy 2-core machine (peak 530-600 MB at 100,000 plans); with a
// single-threaded collector the peak stays near the live data (about 340 MB, docs/benchmarks.md).
// The flag only works on the command line, so the command restarts node with it.
if (args[0] === "samenvatting" && !process.execArgv.includes("--single-threaded-gc")) {
  const { spawnSync } = require("child_process");
  const kind = spawnSync(process.execPath, ["--single-threaded-gc", ...process.execArgv, __filename, ...args], {
    stdio: "inherit",
  });
  process.exit(kind.status ?? 2);
}

let cli;
try {
  cli = require("../build/cli/main.js");
} catch {
  process.stderr.write("woondeal-toets: de opdrachtregel is nog niet gebouwd; voer eerst `npm run build:cli` uit.\n");
  process.exit(2);
}
cli.main(args).then((code) => {
  process.exitCode = code;
});
