#!/usr/bin/env node
// npm run bench: measures Woondeal-toets at scale and prints one table.
//
//   node scripts/bench.js [--groottes 1000,20000,100000] [--herhaal N] [--geen-build] [--json uit.json]
//
// For generated planlijsten of 1,000 / 20,000 / 100,000 plans (scripts/genereer-planlijst.js,
// written as .xlsx to a temporary directory) it measures:
//   - ExcelJS load time (the CLI's reader) and engine time (grid → findings + summary), and their ratio;
//   - a full task-pane check (maakPaneActies().controleer()) against the fake Excel: syncs and payload;
//   - the CLI as a child process: wall time and peak memory (process.resourceUsage().maxRSS);
//   - BETAALBAAR over a 100,000-cell range and DEKKING over a 20,000-plan planlijst;
//   - production bundle sizes (dist/ after `npm run build`), gzipped.
//
// How the code is loaded: the engine and the CLI come from build/ (`npm run build:cli`, run
// here when build/ is missing or older than src/). The task pane's Office.js layer, the
// custom functions and the fake Excel (test/fakes/) are compiled here with the TypeScript
// compiler API (transpileModule: no type check, no ts-node) into build/bench/. Every
// measurement runs in a child process of its own, so one measurement's garbage and caches
// do not disturb the next.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { execFileSync, spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const BUILD = path.join(ROOT, "build");
const BENCH_BUILD = path.join(BUILD, "bench");
const PEILDATUM = "2026-11-27";
const INSTELLINGEN = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 600 },
    "Borger-Odoorn": { aandeel: 650 },
    Coevorden: { aandeel: 900 },
    Emmen: { aandeel: 2100 },
  },
};
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------
// Child measurements: `node scripts/bench.js --deel <naam> <args…>` prints one JSON line.

const DELEN = {
  /** ExcelJS load (the CLI reader) and engine, `herhaal` times each. */
  async motor(bestand, herhaal) {
    const { leesXlsx } = require(path.join(BUILD, "cli/xlsx.js"));
    const { leesWerkmap } = require(path.join(BUILD, "planlijst/lezer.js"));
    const { toets } = require(path.join(BUILD, "rules/toets.js"));
    const laden = [];
    const motor = [];
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
      bevindingen = rapport.findings.length;
      plannen = rapport.summary.region.plans + rapport.plannenBuitenDeal;
    }
    return { laden, motor, lezer, bevindingen, plannen };
  },

  /** A full task-pane check against the fake Excel. */
  async taakvenster(aantal) {
    const { FakeExcel, runWith } = require(path.join(BENCH_BUILD, "test/fakes/excel.js"));
    const { maakPaneActies } = require(path.join(BENCH_BUILD, "src/excel/index.js"));
    const fake = new FakeExcel({
      bladen: { Planlijst: raster(Number(aantal)), Toelichting: [["Toelichting"]] },
    });
    fake.model.instellingen["woondeal-toets"] = JSON.stringify({
      ...INSTELLINGEN,
      peildatum: PEILDATUM,
    });
    const herstel = runWith(fake);
    const t = process.hrtime.bigint();
    const rapport = await maakPaneActies().controleer();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    herstel();
    const totaal = fake.syncLog.reduce((s, x) => s + x.aanvraagBytes + x.antwoordBytes, 0);
    const register = fake.model.instellingen["woondeal-toets-markeringen"];
    return {
      ms,
      syncs: fake.syncs,
      grootste: fake.grootsteSync,
      grootsteAanvraag: Math.max(...fake.syncLog.map((x) => x.aanvraagBytes)),
      register: register ? Buffer.byteLength(register) : 0,
      totaal,
      bevindingen: rapport.findings.length,
    };
  },

  /**
   * The marks at their largest: every plan "Betaalbare koop" with its own price above the
   * limit (one distinct error message per plan), checked, every price changed, checked
   * again (the second check clears the first's prompts and writes new ones).
   */
  async schrijven(aantal) {
    const { FakeExcel, runWith } = require(path.join(BENCH_BUILD, "test/fakes/excel.js"));
    const { maakPlanlijst, planRij } = require(
      path.join(BENCH_BUILD, "test/fakes/planlijst-data.js")
    );
    const { maakPaneActies } = require(path.join(BENCH_BUILD, "src/excel/index.js"));
    const n = Number(aantal);
    const grid = maakPlanlijst(0);
    for (let i = 0; i < n; i++) {
      const rij = planRij(i);
      rij[7] = "Betaalbare koop";
      rij[8] = 400000 + i;
      rij[9] = null;
      grid.push(rij);
    }
    const fake = new FakeExcel({ bladen: { Emmen: grid } });
    fake.model.instellingen["woondeal-toets"] = JSON.stringify({
      ...INSTELLINGEN,
      peildatum: PEILDATUM,
    });
    const herstel = runWith(fake);
    const acties = maakPaneActies();
    await acties.controleer();
    fake.zetWaarden(
      "Emmen",
      "I4",
      Array.from({ length: n }, (_, i) => [500000 + i])
    );
    fake.nulSyncs();
    const rapport = await acties.controleer();
    herstel();
    const register = fake.model.instellingen["woondeal-toets-markeringen"];
    const prijs = rapport.findings.filter((f) => f.rule === "prijs-segment");
    return {
      syncs: fake.syncs,
      aanvragen: fake.syncLog.map((x) => x.aanvraagBytes),
      grootsteAanvraag: Math.max(...fake.syncLog.map((x) => x.aanvraagBytes)),
      fouten: fake.syncLog.filter((x) => x.fout).length,
      register: register ? Buffer.byteLength(register) : 0,
      runs: register ? JSON.parse(register).bladen.Emmen.meldingen.length : 0,
      bevindingen: rapport.findings.length,
      uniek: new Set(prijs.map((f) => f.message)).size,
    };
  },

  /** BETAALBAAR over a column of prices (numbers, Dutch texts, empty cells). */
  async betaalbaar(aantal) {
    maakCustomFunctionsGlobaal();
    const { affordable } = require(path.join(BENCH_BUILD, "src/functions/functions.js"));
    const { genereerPlannen } = require("./genereer-planlijst.js");
    const prijzen = genereerPlannen(Number(aantal), { seed: 5 }).map((r) => [
      r[10] ?? r[11] ?? null,
    ]);
    affordable(prijzen.slice(0, 1000)); // warm up
    const tijden = [];
    let uit;
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      uit = affordable(prijzen);
      tijden.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return {
      ms: mediaan(tijden),
      cellen: uit.length,
      waar: uit.filter((r) => r[0] === true).length,
    };
  },

  /**
   * Two monitoring rounds of `aantal` plans compared (src/vergelijking): the current round
   * drops every 20th plan, moves every 7th a year later and renames every 50th slightly.
   * Engine time only (both rounds already read), median of `herhaal` runs.
   */
  async vergelijking(aantal, herhaal = "3") {
    const { leesBlad } = require(path.join(BUILD, "planlijst/lezer.js"));
    const { vergelijk } = require(path.join(BUILD, "vergelijking/vergelijk.js"));
    const { KOP } = require("./genereer-planlijst.js");
    const vorigRaster = raster(Number(aantal));
    const naam = KOP.indexOf("Projectnaam");
    const jaar = KOP.indexOf("Oplevering");
    const huidigRaster = vorigRaster
      .filter((_, i) => i < 4 || (i - 4) % 20 !== 19)
      .map((rij, i) => {
        if (i < 4) return rij;
        const nieuw = [...rij];
        if (i % 7 === 0 && typeof nieuw[jaar] === "number") nieuw[jaar] += 1;
        if (i % 50 === 0 && typeof nieuw[naam] === "string") nieuw[naam] = `${nieuw[naam]}e`;
        return nieuw;
      });
    const vorige = [leesBlad("Planlijst", vorigRaster)];
    const huidige = [leesBlad("Planlijst", huidigRaster)];
    const opties = { peildatum: PEILDATUM, instellingen: INSTELLINGEN };
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

  /** DEKKING("Emmen") over the workbook's planlijst, read through src/excel from the fake Excel. */
  async dekking(aantal) {
    maakCustomFunctionsGlobaal();
    const { FakeExcel, runWith } = require(path.join(BENCH_BUILD, "test/fakes/excel.js"));
    const { coverage } = require(path.join(BENCH_BUILD, "src/functions/functions.js"));
    const { WerkmapBron } = require(path.join(BENCH_BUILD, "src/functions/bron.js"));
    const { officePoort, zetWerkmapBron } = require(
      path.join(BENCH_BUILD, "src/functions/werkmap.js")
    );
    const fake = new FakeExcel({ bladen: { Planlijst: raster(Number(aantal)) } });
    fake.model.instellingen["woondeal-toets"] = JSON.stringify({
      ...INSTELLINGEN,
      peildatum: PEILDATUM,
    });
    const herstel = runWith(fake);
    zetWerkmapBron(new WerkmapBron(officePoort(), { wachttijd: 0 }));
    const t = process.hrtime.bigint();
    const waarde = await new Promise((klaar) =>
      coverage([["Emmen"]], undefined, { setResult: klaar })
    );
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    herstel();
    return { ms, syncs: fake.syncs, grootste: fake.grootsteSync, waarde: JSON.stringify(waarde) };
  },
};

function mediaan(lijst) {
  const s = [...lijst].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function maakCustomFunctionsGlobaal() {
  class ExcelFout {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  globalThis.CustomFunctions = {
    Error: ExcelFout,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** The same planlijst as the generated .xlsx, as range.values gives it (the #REF! cells as error text). */
function raster(aantal) {
  const { genereerPlannen, KOP } = require("./genereer-planlijst.js");
  const rijen = genereerPlannen(aantal, { seed: 1 });
  const uit = [["Woningbouwplanlijst Zuidoost Drenthe"], ["Stand 1 oktober 2026"], [], KOP];
  const stap = Math.max(1, Math.floor(rijen.length / 3));
  rijen.forEach((r, i) => {
    const rij = r.map((c) => (c === null ? null : c));
    if (i % stap === Math.floor(stap / 2) && i / stap < 3) rij[8] = "#REF!";
    uit.push(rij);
  });
  return uit;
}

// ---------------------------------------------------------------------------------------
// The driver

function opties() {
  const a = process.argv.slice(2);
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

function nieuwste(map) {
  let t = 0;
  if (!fs.existsSync(map)) return t;
  for (const e of fs.readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, e.name);
    t = Math.max(t, e.isDirectory() ? nieuwste(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function log(tekst) {
  process.stderr.write(`[bench] ${tekst}\n`);
}

function bouwCli() {
  const main = path.join(BUILD, "cli/main.js");
  const bron = Math.max(
    ...["deal", "planlijst", "rules", "cli"].map((d) => nieuwste(path.join(ROOT, "src", d)))
  );
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

/** Compiles src/ (without the React pane) and test/fakes/ to build/bench/ with transpileModule. */
function transpileer() {
  const ts = require("typescript");
  const bronnen = [];
  const zoek = (map) => {
    if (!fs.existsSync(map)) return;
    for (const e of fs.readdirSync(map, { withFileTypes: true })) {
      const p = path.join(map, e.name);
      if (e.isDirectory()) zoek(p);
      else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) bronnen.push(p);
      else if (/\.json$/.test(e.name)) bronnen.push(p);
    }
  };
  for (const d of ["deal", "planlijst", "rules", "excel", "functions"])
    zoek(path.join(ROOT, "src", d));
  zoek(path.join(ROOT, "test/fakes"));
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
      : `mislukt (${String(e.message).split("\n")[0]})`;
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

/** Runs a child measurement; resolves to its JSON, or {fout}. */
function kind(args, { timeoutMs = 20 * 60 * 1000 } = {}) {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [__filename, "--deel", ...args], {
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
      const regel = uit.trim().split("\n").pop();
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

/** Runs the CLI in a child process; wall time and peak RSS (maxRSS reported by a wrapper). */
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

const nl = (n, d = 0) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
const sec = (ms) => (ms === undefined ? "–" : ms < 1000 ? `${nl(ms)} ms` : `${nl(ms / 1000, 1)} s`);
const mb = (b) => (b === undefined ? "–" : b < MB ? `${nl(b / 1024)} kB` : `${nl(b / MB, 1)} MB`);

async function driver() {
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
    fs.existsSync(path.join(ROOT, "test/fakes/excel.ts")) &&
    fs.existsSync(path.join(ROOT, "src/excel/index.ts"));
  const heeftFuncties = fs.existsSync(path.join(ROOT, "src/functions/functions.ts"));
  if (heeftFake || heeftFuncties)
    log(`${transpileer()} bestanden gecompileerd naar build/bench/ (transpileModule)`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-bench-"));
  const { genereerPlannen, schrijfPlanlijst } = require("./genereer-planlijst.js");
  const rij = {};
  const functies = {};
  try {
    for (const n of o.groottes) {
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
    functies.vergelijking = await kind(["vergelijking", "20000"]);
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

function tabel(res, heeftFake, heeftFuncties) {
  const { groottes, rij, functies } = res;
  const kop = `| measure | ${groottes.map((n) => `${nl(n)} plans`).join(" | ")} | goal |`;
  const streep = `|---|${groottes.map(() => "---:").join("|")}|---|`;
  const regels = [];
  const r = (naam, f, doel = "") =>
    regels.push(
      `| ${naam} | ${groottes.map((n) => f(rij[n] ?? {}) ?? "–").join(" | ")} | ${doel} |`
    );
  const fout = (x) => (x && x.fout ? `fout: ${x.fout}` : undefined);
  const max = (l, k) =>
    l && l.length && l.every((x) => x[k] !== undefined)
      ? Math.max(...l.map((x) => x[k]))
      : undefined;
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
    (x) => fout(x.controleer?.find((y) => y.fout)) ?? sec(med(x.controleer, "ms"))
  );
  r(
    "CLI `controleer`: peak RSS, max of runs",
    (x) => fout(x.controleer?.find((y) => y.fout)) ?? mb(max(x.controleer, "maxRSS")),
    "< 500 MB at 100,000"
  );
  r(
    "CLI `samenvatting`: wall time, median",
    (x) => fout(x.samenvatting?.find((y) => y.fout)) ?? sec(med(x.samenvatting, "ms"))
  );
  r(
    "CLI `samenvatting`: peak RSS, max of runs",
    (x) => fout(x.samenvatting?.find((y) => y.fout)) ?? mb(max(x.samenvatting, "maxRSS")),
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
      "| comparison of rounds (src/vergelijking, engine only) | time, median | plans matched | goal |",
      "|---|---:|---:|---|",
      `| two rounds of ${nl(v.plannen ?? 20000)} plans | ${v.fout ? `fout: ${v.fout}` : sec(mediaan(v.ms))} | ${v.fout ? "" : nl(v.paren)} | well under 1 s (issue 12) |`
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

if (process.argv[2] === "--deel") {
  const [, , , naam, ...args] = process.argv;
  DELEN[naam](...args)
    .then((r) => process.stdout.write(JSON.stringify(r) + "\n"))
    .catch((e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    });
} else {
  driver().catch((e) => {
    process.stderr.write(`bench: ${e && e.message ? e.message : e}\n`);
    process.exit(1);
  });
}
