// @ts-check
/*
 * npm start      (node scripts/start.js)       development server + sideload
 * npm run stop   (node scripts/start.js stop)  stop the server, remove the sideload
 *
 * Office add-in convention, made to work on every platform:
 *   1. make sure there is an https certificate for localhost (certs.js; on Windows
 *      and macOS first Microsoft's `office-addin-dev-certs install`, which also trusts it);
 *   2. start webpack-dev-server (a development build, served from memory) on
 *      https://localhost:3000 and wait until taskpane.html answers;
 *   3. on Windows/macOS sideload manifest.xml into desktop Excel with
 *      `office-addin-debugging start manifest.xml desktop`; elsewhere (Linux), or when that
 *      fails, keep serving and explain how to upload manifest.xml in Excel on the web.
 * The server keeps running in this terminal until Ctrl+C or `npm run stop`.
 * Extra arguments after `npm start --` go to office-addin-debugging (e.g. --no-debug).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const https = require("https");
const http = require("http");
const net = require("net");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;
const STATE_DIR = path.join(ROOT, "node_modules", ".cache", "woondeal-toets");
const STATE_FILE = path.join(STATE_DIR, "dev-server.json");
const READY_TIMEOUT_MS = 5 * 60 * 1000;
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

/** @param {string[]} lines */
const say = (...lines) => console.log(lines.join("\n"));
const rule = "-".repeat(78);

/**
 * What `npm start` leaves behind for `npm run stop`.
 * @typedef {{ startPid: number, serverPid?: number, port: number, url: string, startedAt: string }} State
 */

/** @param {number | undefined} pid */
function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {NodeJS.ErrnoException} */ (err).code === "EPERM";
  }
}

/** @returns {State | null} */
function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  } catch {
    return null;
  }
}

/** @param {State} state */
function writeState(state) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

/** @param {number} [ownPid] */
function clearState(ownPid) {
  const state = readState();
  if (state && (ownPid === undefined || state.startPid === ownPid))
    fs.rmSync(STATE_FILE, { force: true });
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * @param {string} url
 * @returns {Promise<number>}
 */
function fetchStatus(url) {
  return new Promise((resolve) => {
    const lib = url.startsWith("https:") ? https : http;
    const req = lib.get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => {
      req.destroy();
      resolve(0);
    });
  });
}

/**
 * Runs an npm-installed CLI with the current node; returns { status, output }.
 * @param {string[]} args
 * @param {{ capture?: boolean }} [opties]
 */
function runCli(args, { capture = false } = {}) {
  const bin = require.resolve(`${args[0]}/cli.js`, { paths: [ROOT] });
  const result = spawnSync(process.execPath, [bin, ...args.slice(1)], {
    cwd: ROOT,
    stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  const output = capture ? `${result.stdout || ""}${result.stderr || ""}` : "";
  if (capture) process.stdout.write(output);
  return { status: result.status, output, error: result.error };
}

/**
 * Certificates: trusted ones from office-addin-dev-certs on Windows/macOS, else openssl.
 * @returns {{ https: boolean, created?: boolean, ca?: string }}
 */
function ensureCertificates() {
  const { vertrouwdCertificaat, CA_CERT } = require("./certs");
  const result = vertrouwdCertificaat({
    log: (m) => say(m),
    installeer: () => runCli(["office-addin-dev-certs", "install"]),
  });
  return result ? { https: true, created: result.created, ca: CA_CERT } : { https: false };
}

/**
 * @param {string} baseUrl
 * @param {{ https: boolean, ca?: string }} certs
 * @param {string} reason
 */
function webInstructions(baseUrl, certs, reason) {
  const manifest = path.relative(process.cwd(), MANIFEST) || "manifest.xml";
  const lines = [
    rule,
    `Woondeal-toets draait op / is running at ${baseUrl}`,
    reason ? `(${reason})` : "",
    "",
    "Laden in Excel op het web:",
  ];
  if (certs.https) {
    lines.push(
      `  1. Open ${baseUrl}taskpane.html één keer in dezelfde browser en accepteer het`,
      `     ontwikkelcertificaat, of importeer ${certs.ca} als vertrouwde CA.`
    );
  } else {
    lines.push(
      "  1. LET OP: geen https-certificaat (openssl ontbreekt); Excel laadt de invoegtoepassing dan niet."
    );
  }
  lines.push(
    "  2. Open een werkmap in Excel op het web (https://www.office.com).",
    "  3. Start > Invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden",
    `     > kies ${manifest} > Uploaden.`,
    "  4. Klik op Start > Woondeal; de functies heten =WOONDEAL.…",
    "",
    "Load it in Excel on the web:",
    certs.https
      ? `  1. Open ${baseUrl}taskpane.html once in the same browser and accept the development\n     certificate, or import ${certs.ca} as a trusted CA.`
      : "  1. NOTE: no https certificate (openssl missing); Excel will not load the add-in.",
    "  2. Open a workbook in Excel on the web (https://www.office.com).",
    "  3. Home > Add-ins > My Add-ins > Upload My Add-in",
    `     > choose ${manifest} > Upload.`,
    "  4. Click Home > Woondeal; the functions are called =WOONDEAL.…",
    "",
    "Stoppen / stop: Ctrl+C, of / or `npm run stop`.",
    rule
  );
  say(...lines.filter((l, i) => l !== "" || lines[i - 1] !== ""));
}

/**
 * @param {string} url
 * @param {import("child_process").ChildProcess} child
 * @returns {Promise<{ ok: boolean, exited?: { code: number | null, signal: string | null }, timeout?: boolean }>}
 */
async function waitUntilServing(url, child) {
  const started = Date.now();
  /** @type {{ code: number | null, signal: string | null } | null} */
  let exited = null;
  child.once("exit", (code, signal) => (exited = { code, signal }));
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited) return { ok: false, exited: /** @type {any} */ (exited) };
    const status = await fetchStatus(url);
    if (status === 200) return { ok: true };
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { ok: false, timeout: true };
}

/** @param {string[]} passThrough options for office-addin-debugging */
async function start(passThrough) {
  const previous = readState();
  if (previous && (isAlive(previous.serverPid) || isAlive(previous.startPid))) {
    say(
      `De ontwikkelserver draait al (proces ${previous.startPid}). Stop hem eerst met: npm run stop`,
      `The development server is already running (process ${previous.startPid}). Stop it first: npm run stop`
    );
    process.exit(1);
  }
  if (await portInUse(PORT)) {
    say(
      `Poort ${PORT} is al in gebruik door een ander programma. Sluit dat af (of: npm run stop) en probeer opnieuw.`,
      `Port ${PORT} is already in use by another program. Close it (or: npm run stop) and try again.`
    );
    process.exit(1);
  }

  const certs = ensureCertificates();
  const baseUrl = `${certs.https ? "https" : "http"}://localhost:${PORT}/`;

  say("Ontwikkelbuild starten / starting the development build and server ...");
  // Same command as the `dev-server` script in package.json, run directly so that this
  // process owns the server process (for Ctrl+C and `npm run stop`).
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  writeState({
    startPid: process.pid,
    serverPid: child.pid,
    port: PORT,
    url: baseUrl,
    startedAt: new Date().toISOString(),
  });

  let stopping = false;
  /** @param {number} code */
  const shutdown = (code) => {
    if (stopping) return;
    stopping = true;
    if (isAlive(child.pid)) {
      try {
        child.kill("SIGTERM");
      } catch {
        /* already gone */
      }
    }
    clearState(process.pid);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0));
  child.on("exit", (code, signal) => {
    if (stopping) return;
    if (signal === "SIGINT" || signal === "SIGTERM") return shutdown(0);
    say(
      `De ontwikkelserver is gestopt / the development server stopped (${signal || `exit code ${code}`}).`
    );
    shutdown(code || 1);
  });

  const ready = await waitUntilServing(`${baseUrl}taskpane.html`, child);
  if (!ready.ok) {
    say(
      ready.timeout
        ? "De server antwoordde niet binnen 5 minuten / the server did not answer within 5 minutes."
        : "De ontwikkelserver kon niet starten / the development server could not start (see the messages above)."
    );
    shutdown(1);
    return;
  }

  if (!DESKTOP) {
    webInstructions(
      baseUrl,
      certs,
      `Excel-bureaublad kan hier niet automatisch laden / desktop Excel sideloading is not available on ${process.platform}`
    );
    return;
  }
  if (!certs.https) {
    webInstructions(baseUrl, certs, "geen https / no https: sideloading skipped");
    return;
  }

  say("Invoegtoepassing laden in Excel / sideloading into desktop Excel ...");
  const result = runCli(
    [
      "office-addin-debugging",
      "start",
      MANIFEST,
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(PORT),
      ...passThrough,
    ],
    { capture: true }
  );
  // office-addin-debugging reports many failures on stdout and still exits 0.
  const failed =
    result.error || result.status !== 0 || /unable to|not supported/i.test(result.output);
  if (failed) {
    webInstructions(
      baseUrl,
      certs,
      "automatisch laden in Excel is mislukt; zie hierboven / automatic sideloading into Excel failed, see above"
    );
  } else {
    say(
      rule,
      `Excel is gestart met Woondeal-toets (Start > Woondeal). Server: ${baseUrl}`,
      `Excel has been started with Woondeal-toets (Home > Woondeal). Server: ${baseUrl}`,
      "Stoppen / stop: Ctrl+C, of / or `npm run stop` (verwijdert ook de sideload / also removes the sideload).",
      rule
    );
  }
}

async function stop() {
  const state = readState();
  let stopped = false;
  if (state) {
    for (const pid of [state.serverPid, state.startPid]) {
      if (pid === undefined || !isAlive(pid)) continue;
      if (process.platform === "win32") {
        spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
      } else {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          /* already gone */
        }
      }
      stopped = true;
    }
    clearState();
  }
  if (DESKTOP) {
    runCli(["office-addin-debugging", "stop", MANIFEST, "desktop"]);
  }
  if (stopped) {
    say("Ontwikkelserver gestopt / development server stopped.");
  } else {
    say(
      "Er draaide geen ontwikkelserver van npm start / no development server from npm start was running."
    );
    if (await portInUse(PORT)) {
      say(
        `Poort ${PORT} is wel in gebruik door een ander proces / port ${PORT} is in use by another process.`
      );
    }
  }
}

module.exports = { start, stop };
