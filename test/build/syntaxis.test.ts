/**
 * The production bundles run on every web view Office uses for our requirement sets.
 * Office on older macOS and iPad uses the system's WebKit: Safari 15 rejects a whole script
 * that contains one regex lookbehind (16.4) or class static block (16.4); Windows uses
 * WebView2 (Chromium). A production build of the real add-in (the same as `npm run build`,
 * into test-artifacts/syntaxis) is checked with es-check (ES2020 syntax, and every detected
 * feature against the browsers below, from MDN's compatibility data) and for regex
 * lookbehind, which es-check does not detect. Each check also runs on a snippet that
 * breaks it, so the checks are known to be able to fail.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";

const webpack = require("webpack") as (
  config: unknown,
  cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o?: unknown): string }) => void
) => { close(cb: (fout?: Error | null) => void): void };
const { createConfig } = require("../../webpack.config.js") as {
  createConfig(o: {
    mode: string;
    rootDir: string;
    outDir: string;
    publicUrl?: string;
  }): Record<string, unknown>;
};
const acorn = require("acorn") as {
  tokenizer(
    code: string,
    o: { ecmaVersion: number | "latest" }
  ): Iterable<{ type: { label: string }; value: unknown }>;
};

const ROOT = path.resolve(__dirname, "../..");
const UIT = path.join(ROOT, "test-artifacts", "syntaxis");
const ES_CHECK = path.join(ROOT, "node_modules", "es-check", "lib", "cli", "index.js");
/** The oldest web views: Excel on macOS 12 / iPadOS 15 (WebKit 15), WebView2 on Windows. */
const WEBVIEWS = "safari >= 15, ios_saf >= 15, edge >= 90";

jest.setTimeout(600_000);

function bouw(): Promise<void> {
  const config = createConfig({
    mode: "production",
    rootDir: ROOT,
    outDir: UIT,
    publicUrl: "https://woondeal.example.nl/toets/",
  });
  config.stats = "errors-only";
  // A persistent cache of its own: a rebuild with unchanged sources takes seconds.
  config.cache = {
    type: "filesystem",
    cacheDirectory: path.join(ROOT, "test-artifacts", ".webpack-cache"),
    name: "syntaxis-production",
    buildDependencies: { config: [path.join(ROOT, "webpack.config.js")] },
  };
  return new Promise((klaar, mislukt) => {
    const compiler = webpack(config, (fout, stats) => {
      // Settle only when webpack has closed: its persistent cache and snapshots are written
      // on close, and would otherwise run into the next test file in this worker.
      compiler.close((sluitFout?: Error | null) => {
        if (fout || sluitFout) return mislukt(fout || sluitFout);
        if (stats?.hasErrors())
          return mislukt(new Error(stats.toString({ all: false, errors: true })));
        klaar();
      });
    });
  });
}

/** es-check's verdict on some files: "" when they pass, else its error lines. */
function esCheck(bestanden: string[]): string {
  try {
    execFileSync(
      process.execPath,
      [
        ES_CHECK,
        "es2020",
        ...bestanden,
        "--checkFeatures",
        "--checkBrowser",
        `--browserslistQuery=${WEBVIEWS}`,
        // tabster (under Fluent UI) has a method of its own named findLast, called with an
        // options object; es-check takes it for Array.prototype.findLast. Checked below.
        "--ignore=ArrayFindLast",
        "--noCache",
      ],
      { encoding: "utf8", stdio: "pipe" }
    );
    return "";
  } catch (e) {
    const uit = `${(e as { stdout?: string }).stdout ?? ""}${(e as { stderr?: string }).stderr ?? ""}`;
    return uit
      .split("\n")
      .filter((r) => /error/i.test(r) && !/^\s+at /.test(r))
      .join("\n");
  }
}

/** Regex literals and strings (for `new RegExp(...)`) that use lookbehind. */
function lookbehinds(code: string): string[] {
  const uit: string[] = [];
  for (const t of acorn.tokenizer(code, { ecmaVersion: "latest" })) {
    const tekst =
      t.type.label === "regexp"
        ? (t.value as { pattern: string }).pattern
        : t.type.label === "string" || t.type.label === "template"
          ? String(t.value)
          : "";
    if (/\(\?<[=!]/.test(tekst)) uit.push(tekst.slice(0, 80));
  }
  return uit;
}

describe("production bundles on the oldest web views", () => {
  let bundels: string[] = [];

  beforeAll(async () => {
    await bouw();
    bundels = fs
      .readdirSync(UIT)
      .filter((f) => f.endsWith(".js"))
      .map((f) => path.join(UIT, f));
  });

  test("the build has the two bundles", () => {
    expect(bundels.map((b) => path.basename(b)).sort()).toEqual(["functions.js", "taskpane.js"]);
  });

  test("es-check: ES2020 syntax and only features the web views support", () => {
    expect(esCheck(bundels)).toBe("");
  });

  test("no regex lookbehind, in literals or in strings for RegExp", () => {
    for (const b of bundels) expect(lookbehinds(fs.readFileSync(b, "utf8"))).toEqual([]);
  });

  test("every findLast in the bundles is tabster's own method (called with an options object)", () => {
    const code = fs.readFileSync(path.join(UIT, "taskpane.js"), "utf8");
    const aanroepen = code.match(/\.findLast(Index)?\([^)]{0,1}/g) ?? [];
    expect(aanroepen.length).toBeGreaterThan(0);
    expect(aanroepen.every((a) => a === ".findLast({")).toBe(true);
  });

  test("the checks catch what they are for", () => {
    const dir = path.join(ROOT, "test-artifacts", "syntaxis-proef");
    fs.mkdirSync(dir, { recursive: true });
    const statisch = path.join(dir, "statisch.js");
    fs.writeFileSync(statisch, "class A { static { this.b = 1; } }\n");
    expect(esCheck([statisch])).toMatch(/ClassStaticBlocks|Unexpected token/);
    const hasOwn = path.join(dir, "hasown.js");
    fs.writeFileSync(hasOwn, "var x = Object.hasOwn({}, 'a');\n");
    expect(esCheck([hasOwn])).toMatch(/ObjectHasOwn|safari/);
    expect(lookbehinds('var r = /(?<=€ )\\d+/; var s = new RegExp("(?<!x)y");')).toEqual([
      "(?<=€ )\\d+",
      "(?<!x)y",
    ]);
  });
});
