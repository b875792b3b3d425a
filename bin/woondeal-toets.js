#!/usr/bin/env node
// Entry point of the command line; the TypeScript is compiled to build/ by `npm run build:cli`
// (run automatically by `npm install` through the prepare script).
let cli;
try {
  cli = require("../build/cli/main.js");
} catch {
  process.stderr.write("woondeal-toets: de opdrachtregel is nog niet gebouwd; voer eerst `npm run build:cli` uit.\n");
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
