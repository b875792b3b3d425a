// @ts-check
// npm run bench (scripts/bench.js): measures Woondeal-toets at scale and prints one table.
//
//   node scripts/bench.js [--groottes 1000,20000,100000] [--herhaal N] [--geen-build] [--json uit.json]
//
// For generated planlijsten of 1,000 / 20,000 / 100,000 plans (tools/data/genereer-planlijst.js,
// written as .xlsx to a temporary directory) it measures:
//   - ExcelJS load time (the CLI's reader) and engine time (grid → findings + summary), and their ratio;
//   - a full task-pane check (maakPaneActies().controleer()) against the fake Excel: syncs and payload;
//   - the CLI as a child process: wall time and peak memory (process.resourceUsage().maxRSS);
//   - BETAALBAAR over a 100,000-cell range and DEKKING over a 20,000-plan planlijst;
//   - production bundle sizes (dist/ after `npm run build`), gzipped.
//
// How the code is loaded: the engine and the CLI come from build/ (`npm run build:cli`, run
// here when build/ is missing or older than src/). The Excel door's measurements
// (test/bench/deur.ts: the task pane, the custom functions) need the fake Excel, which is
// test code: they are compiled here with src/ and test/fakes/ by the TypeScript compiler API
// (transpileModule: no type check, no ts-node) into build/bench/, and run from there. Every
// measurement runs in a child process of its own (delen.js), so one measurement's garbage
// and caches do not disturb the next.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { execFileSync, spawn } = require("child_process");
const { ROOT, BUILD, BENCH_BUILD, PEILDATUM, mediaan } = require("./gedeeld");
const { genereerPlannen, schrijfPlanlijst } = require("../data/genereer-planlijst");

const MB = 1024 * 1024;
/** The door's measurements and everything they import, as TypeScript sources. */
const DEUR_BRONNEN = ["test/bench", "test/fakes"];

const GEBRUIK = `gebruik / usage: npm run bench -- [opties]
  --groottes 1000,20000,100000   sizes of the generated planlijsten (default)
  --herhaal N                    repetitions of load + engine (default 7 / 3 / 2 by size)
  --geen-build                   skip the webpack production build (bundle sizes of dist/ as is)
  --json uit.json                also write the raw figures
  --help                         this text
The quickest run: npm run bench -- --groottes 1000 --geen-build
`;

function opties() {
  const a = process.argv.slice(2);
  /** @param {string} naam */
  const waarde = (naam) => {
    const i = a.indexOf(naam);
    return i >= 0 ? a[i + 1] : undefined;
  };
  return {
    groottes: (waarde("--groottes") ?? "1000,20000,100000").split(",").map(Number),
    herhaal: waarde("--herhaal") ? Number(waarde("--herhaal")) : undefined,
    bouw: !a.includes("--geen-build"),
    json: waarde("--json"),
  };
}

/**
 * The newest modification time of any file under `map`.
 * @param {string} map
 * @returns {number}
 */
function nieuwste(map) {
  let t = 0;
  if (!fs.existsSync(map)) return t;
  for (const e of fs.readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, e.name);
    t = Math.max(t, e.isDirectory() ? nieuwste(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** @param {string} tekst */
function log(tekst) {
  process.stderr.write(`[bench] ${tekst}\n`);
}

function bouwCli() {
  const main = path.join(BUILD, "cli/main.js");
  const bron = nieuwste(path.join(ROOT, "src"));
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= bron) return;
  log("build/ ontbreekt of is ouder dan src/: npm run build:cli");
  try {
    execFileSync("npm", ["run", "-s", "build:cli"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch {
    if (!fs.existsSync(main))
      throw new Error("npm run build:cli is mislukt en build/cli/main.js ontbreekt");
    log("npm run build:cli meldde fouten; de uitvoer in build/ wordt toch gebruikt");
  }
}

/**
 * Compiles src/ (without the React pane) and the door's measurements with what they import
 * from test/ to build/bench/ with transpileModule.
 */
function transpileer() {
  const ts = require("typescript");
  /** @type {string[]} */
  const bronnen = [];
  /** @param {string} map */
  const zoek = (map) => {
    if (!fs.existsSync(map)) return;
    for (const e of fs.readdirSync(map, { withFileTypes: true })) {
      const p = path.join(map, e.name);
      if (e.isDirectory()) zoek(p);
      else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) bronnen.push(p);
      else if (/\.json$/.test(e.name)) bronnen.push(p);
    }
  };
  for (const e of fs.readdirSync(path.join(ROOT, "src"), { withFileTypes: true }))
    if (e.isDirectory() && e.name !== "taskpane") zoek(path.join(ROOT, "src", e.name));
  for (const d of DEUR_BRONNEN) zoek(path.join(ROOT, d));
  fs.rmSync(BENCH_BUILD, { recursive: true, force: true });
  for (const bron of bronnen) {
    const doel = path.join(BENCH_BUILD, path.relative(ROOT, bron)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(doel), { recursive: true });
    if (bron.endsWith(".json")) {
      fs.copyFileSync(bron, doel);
      continue;
    }
    const uit = ts.transpileModule(fs.readFileSync(bron, "utf8"), {
      fileName: bron,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    });
    fs.writeFileSync(doel, uit.outputText);
  }
  return bronnen.length;
}

function bouwBundels() {
  const dist = path.join(ROOT, "dist");
  const bron = nieuwste(path.join(ROOT, "src"));
  const bestaand = ["taskpane.js", "functions.js"].every((f) => fs.existsSync(path.join(dist, f)));
  if (bestaand && fs.statSync(path.join(dist, "taskpane.js")).mtimeMs >= bron) return "bestaand";
  log("dist/ ontbreekt of is ouder dan src/: npm run build (webpack, productie)");
  try {
    execFileSync("npm", ["run", "-s", "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 15 * 60 * 1000,
    });
    return "gebouwd";
  } catch (e) {
    return bestaand
      ? "verouderd (npm run build mislukt)"
      : `mislukt (${String(e instanceof Error ? e.message : e).split("\n")[0]})`;
  }
}

function bundels() {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(dist)) return [];
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const inhoud = fs.readFileSync(path.join(dist, f));
      return { bestand: f, bytes: inhoud.length, gzip: zlib.gzipSync(inhoud, { level: 9 }).length };
    });
}

/**
 * @typedef {Record<string, any>} Meting  one measurement's JSON, or { fout }
 */

/**
 * Runs a child measurement (delen.js); resolves to its JSON, or {fout}.
 * @param {string[]} args
 * @param {{ timeoutMs?: number }} [opties]
 * @returns {Promise<Meting>}
 */
function kind(args, { timeoutMs = 20 * 60 * 1000 } = {}) {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [path.join(__dirname, "delen.js"), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let uit = "";
    let fout = "";
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.stdout.on("data", (d) => (uit += d));
    p.stderr.on("data", (d) => (fout += d));
    p.on("close", (code) => {
      clearTimeout(timer);
      const regel = uit.trim().split("\n").pop() ?? "";
      try {
        klaar(JSON.parse(regel));
      } catch {
        klaar({
          fout: (fout.trim().split("\n").slice(-3).join(" ") || `afsluitcode ${code}`).slice(
            0,
            300
          ),
        });
      }
    });
  });
}

/**
 * Runs the CLI in a child process; wall time and peak RSS (maxRSS reported by a wrapper).
 * @param {string[]} args
 * @param {{ timeoutMs?: number }} [opties]
 * @returns {Promise<Meting>}
 */
function cli(args, { timeoutMs = 20 * 60 * 1000 } = {}) {
  const wrapper =
    `const t=process.hrtime.bigint();require(${JSON.stringify(path.join(ROOT, "build/cli/main.js"))})` +
    `.main(process.argv.slice(1),{stdout:()=>{},stderr:()=>{}}).then((code)=>{` +
    `process.stderr.write("\\nBENCH "+JSON.stringify({code,ms:Number(process.hrtime.bigint()-t)/1e6,maxRSS:process.resourceUsage().maxRSS*1024})+"\\n")})`;
  return new Promise((klaar) => {
    // Same node flags as bin/woondeal-toets.js gives the command.
    const vlaggen = args[0] === "samenvatting" ? ["--single-threaded-gc"] : [];
    const p = spawn(process.execPath, [...vlaggen, "-e", wrapper, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let fout = "";
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.stderr.on("data", (d) => (fout += d));
    p.on("close", () => {
      clearTimeout(timer);
      const m = /BENCH (\{.*\})/.exec(fout);
      klaar(
        m
          ? JSON.parse(m[1])
          : {
              fout:
                fout.trim().split("\n").slice(-2).join(" ").slice(0, 300) ||
                "afgebroken (tijdslimiet)",
            }
      );
    });
  });
}

/** @type {(n: number, d?: number) => string} */
const nl = (n, d = 0) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
/** @type {(ms: number | undefined) => string} */
const sec = (ms) => (ms === undefined ? "–" : ms < 1000 ? `${nl(ms)} ms` : `${nl(ms / 1000, 1)} s`);
/** @type {(b: number | undefined) => string} */
const mb = (b) => (b === undefined ? "–" : b < MB ? `${nl(b / 1024)} kB` : `${nl(b / MB, 1)} MB`);

/** Runs the whole bench and prints the table (stdout); progress goes to stderr. */
async function driver() {
  if (process.argv.includes("--help")) {
    process.stdout.write(GEBRUIK);
    return;
  }
  const o = opties();
  const start = Date.now();
  const machine = {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "onbekend",
    geheugen: `${nl(os.totalmem() / 1024 ** 3, 1)} GB`,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    belasting: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / "),
  };
  log(
    `machine: ${machine.nproc} × ${machine.cpu}, ${machine.geheugen}, Node ${machine.node}, load ${machine.belasting}`
  );
  bouwCli();
  const bundelStatus = o.bouw ? bouwBundels() : "overgeslagen (--geen-build)";
  const heeftFake =
    fs.existsSync(path.join(ROOT, "test/bench/deur.ts")) &&
    fs.existsSync(path.join(ROOT, "src/excel/index.ts"));
  const heeftFuncties = fs.existsSync(path.join(ROOT, "src/functions/functions.ts"));
  if (heeftFake || heeftFuncties)
    log(`${transpileer()} bestanden gecompileerd naar build/bench/ (transpileModule)`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-bench-"));
  /** @type {Record<number, Record<string, any>>} */
  const rij = {};
  /** @type {Record<string, Meting>} */
  const functies = {};
  try {
    for (const n of o.groottes) {
      /** @type {Record<string, any>} */
      const r = (rij[n] = {});
      const bestand = path.join(tmp, `planlijst-${n}.xlsx`);
      log(`${nl(n)} plannen: genereren`);
      await schrijfPlanlijst(bestand, genereerPlannen(n, { seed: 1 }), {
        titel: "Woningbouwplanlijst Zuidoost Drenthe",
      });
      r.bytes = fs.statSync(bestand).size;
      const herhaal = o.herhaal ?? (n <= 1000 ? 7 : n <= 20000 ? 3 : 2);
      log(`${nl(n)} plannen: laden en motor (${herhaal}×)`);
      r.motor = await kind(["motor", bestand, String(herhaal)]);
      if (heeftFake) {
        log(`${nl(n)} plannen: taakvenster tegen de nep-Excel`);
        r.taakvenster = await kind(["taakvenster", String(n)]);
        if (n === Math.max(...o.groottes)) {
          log(`${nl(n)} plannen: markeringen op hun grootst (een eigen melding per bevinding)`);
          r.schrijven = await kind(["schrijven", String(n)]);
        }
      }
      const keer = n >= 100000 ? 2 : 3;
      log(`${nl(n)} plannen: CLI controleer (${keer}×)`);
      r.controleer = [];
      for (let i = 0; i < keer; i++)
        r.controleer.push(await cli(["controleer", bestand, "--peildatum", PEILDATUM]));
      log(`${nl(n)} plannen: CLI samenvatting (${keer}×)`);
      r.samenvatting = [];
      for (let i = 0; i < keer; i++)
        r.samenvatting.push(
          await cli([
            "samenvatting",
            bestand,
            "--out",
            path.join(tmp, `samenvatting-${n}.xlsx`),
            "--peildatum",
            PEILDATUM,
          ])
        );
      fs.rmSync(bestand, { force: true });
    }
    log("vergelijking van twee rondes van 20.000 plannen");
    functies.vergelijking = await kind(["vergelijking", "20000", "7"]);
    if (heeftFuncties) {
      log("BETAALBAAR over 100.000 cellen");
      functies.betaalbaar = await kind(["betaalbaar", "100000"]);
      if (heeftFake) {
        log("DEKKING over een planlijst van 20.000 plannen");
        functies.dekking = await kind(["dekking", "20000"]);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const bundel = bundels();
  const resultaat = {
    machine,
    duurS: (Date.now() - start) / 1000,
    groottes: o.groottes,
    rij,
    functies,
    bundels: bundel,
    bundelStatus,
  };
  if (o.json) fs.writeFileSync(o.json, JSON.stringify(resultaat, null, 2) + "\n");
  process.stdout.write(tabel(resultaat, heeftFake, heeftFuncties));
}

/**
 * The results as a Markdown table and the goals, plainly.
 * @param {any} res
 * @param {boolean} heeftFake
 * @param {boolean} heeftFuncties
 * @returns {string}
 */
function tabel(res, heeftFake, heeftFuncties) {
  /** @type {{ groottes: number[], rij: Record<number, Record<string, any>>, functies: Record<string, Meting> }} */
  const { groottes, rij, functies } = res;
  const kop = `| measure | ${groottes.map((n) => `${nl(n)} plans`).join(" | ")} | goal |`;
  const streep = `|---|${groottes.map(() => "---:").join("|")}|---|`;
  /** @type {string[]} */
  const regels = [];
  /**
   * One row: `f` gives the cell for one size's results.
   * @param {string} naam
   * @param {(x: Record<string, any>) => string | undefined} f
   */
  const r = (naam, f, doel = "") =>
    regels.push(
      `| ${naam} | ${groottes.map((n) => f(rij[n] ?? {}) ?? "–").join(" | ")} | ${doel} |`
    );
  /** @param {Meting | undefined} x */
  const fout = (x) => (x && x.fout ? `fout: ${x.fout}` : undefined);
  /** @type {(l: Meting[] | undefined, k: string) => number | undefined} */
  const max = (l, k) =>
    l && l.length && l.every((x) => x[k] !== undefined)
      ? Math.max(...l.map((x) => x[k]))
      : undefined;
  /** @type {(l: Meting[] | undefined, k: string) => number | undefined} */
  const med = (l, k) =>
    l && l.length && l.every((x) => x[k] !== undefined) ? mediaan(l.map((x) => x[k])) : undefined;
  r(".xlsx size", (x) => mb(x.bytes));
  r(
    "ExcelJS load (CLI reader), median",
    (x) => fout(x.motor) ?? (x.motor ? sec(mediaan(x.motor.laden)) : undefined)
  );
  r(
    "engine: grid → findings + summary, median",
    (x) => fout(x.motor) ?? (x.motor ? sec(mediaan(x.motor.motor)) : undefined)
  );
  r("… of which the planlijst reader (leesWerkmap)", (x) =>
    x.motor && !x.motor.fout ? sec(mediaan(x.motor.lezer)) : undefined
  );
  r(
    "engine ÷ load",
    (x) =>
      x.motor && !x.motor.fout ? nl(mediaan(x.motor.motor) / mediaan(x.motor.laden), 2) : undefined,
    "≤ 0.10"
  );
  r("findings", (x) => (x.motor && !x.motor.fout ? nl(x.motor.bevindingen) : undefined));
  if (heeftFake) {
    r(
      "task pane full check (fake Excel): `context.sync()` calls",
      (x) => fout(x.taakvenster) ?? (x.taakvenster ? nl(x.taakvenster.syncs) : undefined),
      "constant"
    );
    r(
      "… largest payload of one sync",
      (x) => fout(x.taakvenster) ?? (x.taakvenster ? mb(x.taakvenster.grootste) : undefined),
      "< 5 MB"
    );
    r(
      "… largest request (the writes) / marks registry",
      (x) =>
        x.taakvenster && !x.taakvenster.fout
          ? `${mb(x.taakvenster.grootsteAanvraag)} / ${mb(x.taakvenster.register)}`
          : undefined,
      "< 4 MB / ≤ 256 kB"
    );
    r(
      "second check, a distinct error message per plan: syncs, largest write sync, registry",
      (x) =>
        fout(x.schrijven) ??
        (x.schrijven
          ? `${x.schrijven.syncs}; ${mb(x.schrijven.grootsteAanvraag)}; ${mb(x.schrijven.register)} (${nl(x.schrijven.runs)} runs)`
          : undefined),
      "every sync < 4 MB"
    );
    r("… total payload", (x) =>
      x.taakvenster && !x.taakvenster.fout ? mb(x.taakvenster.totaal) : undefined
    );
    r("… time (JS only, no Excel)", (x) =>
      x.taakvenster && !x.taakvenster.fout ? sec(x.taakvenster.ms) : undefined
    );
  } else {
    r(
      "task pane full check (fake Excel)",
      () => "not measured yet (src/excel or test/fakes/excel.ts missing)",
      "constant syncs, < 5 MB"
    );
  }
  r(
    "CLI `controleer`: wall time, median",
    (x) =>
      fout(x.controleer?.find((/** @type {Meting} */ y) => y.fout)) ?? sec(med(x.controleer, "ms"))
  );
  r(
    "CLI `controleer`: peak RSS, max of runs",
    (x) =>
      fout(x.controleer?.find((/** @type {Meting} */ y) => y.fout)) ??
      mb(max(x.controleer, "maxRSS")),
    "< 500 MB at 100,000"
  );
  r(
    "CLI `samenvatting`: wall time, median",
    (x) =>
      fout(x.samenvatting?.find((/** @type {Meting} */ y) => y.fout)) ??
      sec(med(x.samenvatting, "ms"))
  );
  r(
    "CLI `samenvatting`: peak RSS, max of runs",
    (x) =>
      fout(x.samenvatting?.find((/** @type {Meting} */ y) => y.fout)) ??
      mb(max(x.samenvatting, "maxRSS")),
    "< 500 MB at 100,000"
  );
  const uit = [kop, streep, ...regels, ""];
  uit.push("| custom function | time | Excel syncs | goal |", "|---|---:|---:|---|");
  if (!heeftFuncties)
    uit.push("| BETAALBAAR, DEKKING | not measured yet (src/functions missing) | | |");
  else {
    const b = functies.betaalbaar ?? {};
    uit.push(
      `| BETAALBAAR over a 100,000-cell range | ${b.fout ? `fout: ${b.fout}` : sec(b.ms)} | 0 | |`
    );
    const d = functies.dekking;
    if (!d)
      uit.push(
        "| DEKKING over a 20,000-plan planlijst | not measured yet (fake Excel missing) | | |"
      );
    else
      uit.push(
        `| DEKKING("Emmen") over a 20,000-plan planlijst (first result) | ${d.fout ? `fout: ${d.fout}` : sec(d.ms)} | ${d.fout ? "" : `${d.syncs} (largest ${mb(d.grootste)})`} | |`
      );
  }
  const v = functies.vergelijking;
  if (v)
    uit.push(
      "",
      "| comparison of rounds (src/vergelijking, engine only) | first run | median of runs | plans matched | goal |",
      "|---|---:|---:|---:|---|",
      v.fout
        ? `| two rounds of ${nl(v.plannen ?? 20000)} plans | fout: ${v.fout} | | | |`
        : `| two rounds of ${nl(v.plannen ?? 20000)} plans | ${sec(v.ms[0])} | ${sec(mediaan(v.ms))} (${v.ms.length}) | ${nl(v.paren)} | well under 1 s (issue 12) |`
    );
  uit.push("", `| bundle (dist/, ${res.bundelStatus}) | size | gzipped |`, "|---|---:|---:|");
  if (res.bundels.length === 0) uit.push("| – | not built | |");
  for (const b of res.bundels) uit.push(`| ${b.bestand} | ${mb(b.bytes)} | ${mb(b.gzip)} |`);
  const m = res.machine;
  uit.push(
    "",
    `Machine: ${m.nproc} × ${m.cpu}, ${m.geheugen} RAM, Node ${m.node}, ${m.platform}; load average at start ${m.belasting}. Bench took ${nl(res.duurS)} s.`,
    ""
  );
  // Goals, plainly.
  /** @type {string[]} */
  const doelen = [];
  const grootste = groottes[groottes.length - 1];
  const g = rij[grootste] ?? {};
  if (g.motor && !g.motor.fout) {
    const ratio = mediaan(g.motor.motor) / mediaan(g.motor.laden);
    doelen.push(
      `engine ÷ load ≤ 0.10 at ${nl(grootste)} plans: ${ratio <= 0.1 ? "MET" : "NOT MET"} (${nl(ratio, 2)})`
    );
  }
  if (heeftFake) {
    const syncs = groottes.map((n) => rij[n]?.taakvenster?.syncs).filter((x) => x !== undefined);
    const gr = groottes.map((n) => rij[n]?.taakvenster?.grootste).filter((x) => x !== undefined);
    if (syncs.length)
      doelen.push(
        `constant syncs: ${new Set(syncs).size === 1 ? "MET" : "NOT MET"} (${syncs.join(", ")})`
      );
    if (gr.length)
      doelen.push(
        `every sync under 5 MB: ${Math.max(...gr) < 5 * MB ? "MET" : "NOT MET"} (largest ${mb(Math.max(...gr))})`
      );
  }
  for (const soort of ["controleer", "samenvatting"]) {
    const rss = max(g[soort], "maxRSS");
    if (rss !== undefined)
      doelen.push(
        `CLI ${soort} peak RSS < 500 MB at ${nl(grootste)} plans: ${rss < 500 * MB ? "MET" : "NOT MET"} (${mb(rss)})`
      );
  }
  uit.push("Goals:", ...doelen.map((d) => `- ${d}`), "");
  return uit.join("\n");
}

module.exports = { driver, GEBRUIK };
