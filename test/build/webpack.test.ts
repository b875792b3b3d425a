/**
 * Tests for webpack.config.js: the production URL handling and a real production build of
 * a throwaway project (stub entry files, the real taskpane.html, manifest.xml and icons),
 * so the build pipeline is checked independently of the application code.
 */
import * as fs from "fs";
import * as path from "path";

// webpack.config.js is CommonJS without type declarations.
const webpack = require("webpack") as (
  config: unknown,
  cb: (err: Error | null, stats?: Stats) => void
) => { close(cb: (err?: Error | null) => void): void };
const config = require("../../webpack.config.js") as {
  createConfig(options: {
    mode: "production" | "development";
    rootDir?: string;
    publicUrl?: string | null;
  }): { entry: Record<string, unknown>; devServer?: unknown };
  normalizePublicUrl(raw: string | undefined): string | null;
  rewriteManifest(xml: string, publicUrl: string | null): string;
  DEV_URL: string;
};

interface Stats {
  hasErrors(): boolean;
  toString(options?: unknown): string;
  compilation: { warnings: Array<{ message: string }> };
}

const ROOT = path.resolve(__dirname, "../..");
const SCRATCH = path.join(ROOT, "test-artifacts", "build-test");
const PROD_URL = "https://woondeal.example.nl/toets/";

const STUB_FUNCTIONS = `
/**
 * Telt twee getallen op.
 * @customfunction TELOP
 * @param a Eerste getal
 * @param b Tweede getal
 * @returns De som
 */
export function telop(a: number, b: number): number {
  return a + b;
}
`;

const STUB_TASKPANE = `
export const geladen = true;
document.getElementById("container")!.textContent = "stub";
`;

function makeProject(dir: string, withHelp: boolean): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "src/functions"), { recursive: true });
  fs.mkdirSync(path.join(dir, "src/taskpane"), { recursive: true });
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "src/functions/functions.ts"), STUB_FUNCTIONS);
  fs.writeFileSync(path.join(dir, "src/taskpane/index.tsx"), STUB_TASKPANE);
  fs.copyFileSync(
    path.join(ROOT, "src/taskpane/taskpane.html"),
    path.join(dir, "src/taskpane/taskpane.html")
  );
  fs.copyFileSync(path.join(ROOT, "manifest.xml"), path.join(dir, "manifest.xml"));
  for (const f of fs.readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"))) {
    fs.copyFileSync(path.join(ROOT, "assets", f), path.join(dir, "assets", f));
  }
  if (withHelp) {
    fs.mkdirSync(path.join(dir, "src/help/img"), { recursive: true });
    fs.writeFileSync(path.join(dir, "src/help/index.html"), "<!doctype html><title>Help</title>");
    fs.writeFileSync(path.join(dir, "src/help/img/a.txt"), "x");
  }
}

function build(rootDir: string, publicUrl: string | null): Promise<Stats> {
  const cfg = config.createConfig({ mode: "production", rootDir, publicUrl });
  return new Promise((resolve, reject) => {
    const compiler = webpack(cfg, (err, stats) => {
      // Settle only when webpack has closed, so nothing of it runs into the next test file.
      compiler.close((sluitErr) => {
        if (err || sluitErr) return reject(err || sluitErr);
        if (!stats) return reject(new Error("no stats"));
        if (stats.hasErrors())
          return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve(stats);
      });
    });
  });
}

describe("normalizePublicUrl (WOONDEAL_URL)", () => {
  test("adds the trailing slash and keeps the path", () => {
    expect(config.normalizePublicUrl("https://woondeal.example.nl/toets")).toBe(PROD_URL);
    expect(config.normalizePublicUrl(" https://example.org ")).toBe("https://example.org/");
  });

  test("is null when unset or blank", () => {
    expect(config.normalizePublicUrl(undefined)).toBeNull();
    expect(config.normalizePublicUrl("  ")).toBeNull();
  });

  test("rejects http, queries and non-URLs", () => {
    expect(() => config.normalizePublicUrl("http://example.org/")).toThrow(/https/);
    expect(() => config.normalizePublicUrl("https://example.org/?a=1")).toThrow(/query/);
    expect(() => config.normalizePublicUrl("example.org")).toThrow(/URL/);
  });
});

describe("rewriteManifest", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  test("replaces every development URL and nothing else", () => {
    const count = xml.split(config.DEV_URL).length - 1;
    expect(count).toBeGreaterThanOrEqual(10);
    const out = config.rewriteManifest(xml, PROD_URL);
    expect(out).not.toContain("localhost");
    expect(out.split(PROD_URL).length - 1).toBe(count);
    expect(out.replace(new RegExp(PROD_URL.replace(/[.]/g, "\\."), "g"), config.DEV_URL)).toBe(xml);
  });

  test("leaves the manifest alone without a production URL", () => {
    expect(config.rewriteManifest(xml, null)).toBe(xml);
  });
});

describe("createConfig", () => {
  test("fails with a clear message when entry files are missing", () => {
    const empty = path.join(SCRATCH, "empty");
    fs.mkdirSync(empty, { recursive: true });
    expect(() => config.createConfig({ mode: "production", rootDir: empty })).toThrow(
      /src[\\/]functions[\\/]functions\.ts[\s\S]*src[\\/]taskpane[\\/]index\.tsx/
    );
  });

  test("has the two entries and no dev server unless serving", () => {
    const dir = path.join(SCRATCH, "entries");
    makeProject(dir, false);
    const cfg = config.createConfig({ mode: "development", rootDir: dir });
    expect(Object.keys(cfg.entry).sort()).toEqual(["functions", "taskpane"]);
    expect(cfg.devServer).toBeUndefined();
  });
});

describe("production build of a stub project", () => {
  const dir = path.join(SCRATCH, "prod");
  const dist = path.join(dir, "dist");
  let stats: Stats;

  beforeAll(async () => {
    makeProject(dir, true);
    stats = await build(dir, PROD_URL);
  }, 120_000);

  test("emits the shared-runtime page, bundles, metadata, manifest, icons and help", () => {
    for (const f of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions-en.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "help/index.html",
      "help/img/a.txt",
    ]) {
      expect([f, fs.existsSync(path.join(dist, f))]).toEqual([f, true]);
    }
    expect(fs.existsSync(path.join(dist, "functions.html"))).toBe(false);
  });

  test("taskpane.html loads office.js from the CDN, then functions, then taskpane", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts[1]).toMatch(/^functions\.js(\?|$)/);
    expect(scripts[2]).toMatch(/^taskpane\.js(\?|$)/);
    expect(html).toMatch(/id="?container"?/);
  });

  test("functions.json describes the stub function and functions.js registers it", () => {
    const meta = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    expect(meta.functions.map((f: { id: string }) => f.id)).toEqual(["TELOP"]);
    const js = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(js).toMatch(/CustomFunctions\.associate\("TELOP"/);
  });

  test("without a Dutch translation functions-en.json is a copy of functions.json", () => {
    expect(fs.readFileSync(path.join(dist, "functions-en.json"), "utf8")).toBe(
      fs.readFileSync(path.join(dist, "functions.json"), "utf8")
    );
  });

  test("dist/manifest.xml points at WOONDEAL_URL and every URL in it exists in dist/", () => {
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) {
      expect(u.startsWith(PROD_URL)).toBe(true);
      const rel = u.slice(PROD_URL.length);
      expect([rel, fs.existsSync(path.join(dist, rel))]).toEqual([rel, true]);
    }
  });

  test("a production build without help pages warns about the missing help link", async () => {
    const bare = path.join(SCRATCH, "nohelp");
    makeProject(bare, false);
    const result = await build(bare, null);
    const warnings = result.compilation.warnings.map((w) => w.message).join("\n");
    expect(warnings).toMatch(/src\/help\/index\.html/);
    expect(warnings).toMatch(/WOONDEAL_URL/);
    expect(fs.readFileSync(path.join(bare, "dist/manifest.xml"), "utf8")).toContain(config.DEV_URL);
    expect(stats.compilation.warnings.map((w) => w.message).join("\n")).not.toMatch(
      /WOONDEAL_URL|help/
    );
  }, 120_000);
});

// Dutch function names: webpack.config.js runs tools/bouw/lokaliseer-functies.js (another
// engineer's) when the project has src/functions/metadata-nl.json.
describe("build with src/functions/metadata-nl.json", () => {
  test("functions.json gets the Dutch names, functions-en.json keeps the English ones", async () => {
    const dir = path.join(SCRATCH, "nl");
    makeProject(dir, true);
    fs.writeFileSync(
      path.join(dir, "src/functions/metadata-nl.json"),
      JSON.stringify({
        TELOP: {
          name: "OPTELLEN",
          description: "Telt op.",
          parameters: {
            a: { name: "eerste", description: "Eerste getal" },
            b: { name: "tweede", description: "Tweede getal" },
          },
        },
      })
    );
    await build(dir, PROD_URL);
    const nl = JSON.parse(fs.readFileSync(path.join(dir, "dist/functions.json"), "utf8"));
    const en = JSON.parse(fs.readFileSync(path.join(dir, "dist/functions-en.json"), "utf8"));
    expect(nl.functions.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual([
      ["TELOP", "OPTELLEN"],
    ]);
    expect(nl.functions[0].parameters.map((p: { name: string }) => p.name)).toEqual([
      "eerste",
      "tweede",
    ]);
    expect(en.functions.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual([
      ["TELOP", "TELOP"],
    ]);
  }, 120_000);
});

describe("regelsHtml: docs/regels.md as the help page the pane links to", () => {
  const { REGELS } = require("../../src/rules/regels") as typeof import("../../src/rules/regels");
  const html = (config as unknown as { regelsHtml(md: string): string }).regelsHtml(
    fs.readFileSync(path.join(ROOT, "docs", "regels.md"), "utf8")
  );
  it("is a Dutch page with the help pages' stylesheet", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<link rel="stylesheet" href="stijl.css">');
    expect(html).toContain('<h1 id="regels-van-woondeal-toets">Regels van Woondeal-toets</h1>');
  });
  it("has an anchor for every rule in the catalogue, once, so every finding's link lands on its rule", () => {
    for (const r of Object.values(REGELS)) {
      expect([r.code, html.split(`id="${r.code}"`).length - 1]).toEqual([r.code, 1]);
    }
  });
  it("keeps links into the source tree as text (the help pages ship without the source)", () => {
    expect(html).not.toMatch(/href="\.\.\//);
    expect(html).toContain("src/deal/parameters.ts");
  });
});
