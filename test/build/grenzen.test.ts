/**
 * The architecture's boundaries hold by themselves: `npm test` lints src/, tools/ and scripts/
 * with the boundary rules of tools/lint/grenzen.js (the same blocks eslint.config.mjs uses for
 * `npm run lint`) and fails on any violation. Each rule is also shown to bite, on source text
 * linted as if it were a file in the engine, a door, a test or a tool (nothing is written).
 */
import * as fs from "fs";
import * as path from "path";
import type { ESLint as ESLintType, Linter } from "eslint";

const { ESLint } = require("eslint") as { ESLint: typeof ESLintType };
const tsParser = require("@typescript-eslint/parser") as Linter.Parser;
const { grenzen, gereedschap, ENGINE, DEUREN, NEUTRAAL, OFFICE_UITZONDERINGEN } =
  require("../../tools/lint/grenzen.js") as {
    grenzen: Linter.Config[];
    gereedschap: Linter.Config[];
    ENGINE: string[];
    DEUREN: string[];
    NEUTRAAL: string[];
    OFFICE_UITZONDERINGEN: string[];
  };

const ROOT = path.resolve(__dirname, "../..");

let gedeeld: ESLintType | undefined;
/** One ESLint for the whole file (its configuration is computed once). */
function linter(): ESLintType {
  return (gedeeld ??= new ESLint({
    cwd: ROOT,
    // eslint-disable comments do not switch a boundary off (and those for other rules are
    // not reported as unknown or unused here).
    allowInlineConfig: false,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.{ts,tsx,js}"],
        languageOptions: {
          parser: tsParser,
          ecmaVersion: 2022,
          sourceType: "module",
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
      ...grenzen,
      ...gereedschap,
    ],
  }));
}

/** The rule ids and messages ESLint reports for `code` as the file `bestand`. */
async function meldingen(code: string, bestand: string): Promise<string[]> {
  const [uitslag] = await linter().lintText(code, { filePath: path.join(ROOT, bestand) });
  return uitslag.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** Every .ts, .tsx and .js file under `map`. */
function bronbestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    if (e.isDirectory()) return bronbestanden(p);
    return /\.(tsx?|js)$/.test(e.name) ? [p] : [];
  });
}

jest.setTimeout(60_000);

test("src/, tools/ and scripts/ keep every boundary (engine pure, doors through the index, Office.js in src/excel, no test code in tools)", async () => {
  // lintFiles would glob through a dynamic import(), which jest does not allow: the files are
  // listed here and linted one by one as text with their own path (the same result).
  const eslint = linter();
  const uitslagen: ESLintType.LintResult[] = [];
  const bestanden = [
    ...["src", "tools", "scripts"].flatMap((m) => bronbestanden(path.join(ROOT, m))),
    path.join(ROOT, "webpack.config.js"),
  ];
  for (const bestand of bestanden)
    uitslagen.push(
      ...(await eslint.lintText(fs.readFileSync(bestand, "utf8"), { filePath: bestand }))
    );
  const fouten = uitslagen.flatMap((u) =>
    u.messages.map((m) => `${path.relative(ROOT, u.filePath)}:${m.line}  ${m.ruleId}: ${m.message}`)
  );
  expect(fouten).toEqual([]);
  // Every engine and door folder that exists was linted.
  const gezien = new Set(uitslagen.map((u) => path.relative(ROOT, u.filePath).split(path.sep)[1]));
  for (const map of ["deal", "planlijst", "rules", "vergelijking", ...NEUTRAAL, ...DEUREN])
    expect(gezien).toContain(map);
  for (const map of ["bench", "bouw", "data", "dev", "harnas", "lint"])
    expect(gezien).toContain(map);
  expect(uitslagen.length).toBeGreaterThan(50);
});

describe.each(ENGINE)("an engine file in src/%s", (map) => {
  const bestand = `src/${map}/__grens.ts`;

  test.each([
    ['import * as fs from "fs";', "Node-modules"],
    ['import { readFileSync } from "node:fs";', "Node-modules"],
    ['import { join } from "path/posix";', "Node-modules"],
    ['import { gzipSync } from "zlib";', "Node-modules"],
    ['import ExcelJS from "exceljs";', "ExcelJS"],
    ['import { useState } from "react";', "React"],
    ['import { Button } from "@fluentui/react-components";', "Fluent UI"],
    ['import { maakPaneActies } from "../excel";', "deur"],
    ['import { leesXlsx } from "../cli/xlsx";', "deur"],
    ['import type { Plan } from "../taskpane/weergave";', "deur"],
    ["export const x = process.env.HOME;", "Node-globalen"],
    ['export const b = Buffer.from("x");', "Node-globalen"],
    ["export const r = (c: Excel.RequestContext) => c;", "Office.js"],
    ["export const f = () => Excel.run(async () => undefined);", "Office.js"],
    [
      "export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);",
      "Office.js",
    ],
  ])("%s is refused", async (code, woord) => {
    const m = await meldingen(code, bestand);
    expect(m.length).toBeGreaterThan(0);
    expect(m.join("\n")).toContain(woord);
  });

  test("its own and other engine folders' modules are fine", async () => {
    expect(
      await meldingen(
        'import { Plan } from "../planlijst/plan";\nimport { PERIODE } from "../deal";\nexport const p: Plan | undefined = undefined;\nexport const q = PERIODE;\n',
        bestand
      )
    ).toEqual([]);
  });
});

describe.each(DEUREN)("a door file in src/%s", (map) => {
  test("imports an engine folder through its index only", async () => {
    const diep = await meldingen(
      'import { REGELS } from "../rules/regels";\n',
      `src/${map}/__grens.ts`
    );
    expect(diep).toHaveLength(1);
    expect(diep[0]).toMatch(/^no-restricted-imports: .*index/);
    expect(
      await meldingen(
        'import { REGELS } from "../../rules/regels";\n',
        `src/${map}/sub/__grens.tsx`
      )
    ).toHaveLength(1);
    expect(
      await meldingen(
        'import { REGELS } from "../rules";\nimport { Plan } from "../planlijst/index";\n',
        `src/${map}/__grens.ts`
      )
    ).toEqual([]);
  });

  test(map === "excel" ? "may use Office.js" : "may not use Office.js", async () => {
    const m = await meldingen(
      "export const f = () => Excel.run(async (c: Excel.RequestContext) => c.sync());\n",
      `src/${map}/__grens.ts`
    );
    if (map === "excel") expect(m).toEqual([]);
    else
      expect(m).toEqual([expect.stringMatching(/src\/excel/), expect.stringMatching(/src\/excel/)]);
  });
});

describe.each(NEUTRAAL)("a file of the xlsx reader in src/%s (CLI and task pane)", (map) => {
  const bestand = `src/${map}/__grens.ts`;

  test.each([
    ['import * as zlib from "zlib";', "Node-modules"],
    ['import { StringDecoder } from "node:string_decoder";', "Node-modules"],
    ["export const b = Buffer.alloc(4);", "Node-globalen"],
    ['import { leesXlsx } from "../cli/xlsx";', "deur"],
    ['import { Cel } from "../planlijst/cel";', "index"],
    ["export const f = () => Office.onReady();", "Office.js"],
  ])("%s is refused", async (code, woord) => {
    const m = await meldingen(code, bestand);
    expect(m.length).toBeGreaterThan(0);
    expect(m.join("\n")).toContain(woord);
  });

  test("saxes, pako and the engine's index are fine", async () => {
    expect(
      await meldingen(
        'import { SaxesParser } from "saxes";\nimport { Inflate } from "pako";\nimport { Cel } from "../planlijst";\nexport const x: [unknown, unknown, Cel] = [SaxesParser, Inflate, null];\n',
        bestand
      )
    ).toEqual([]);
  });
});

test("the stated exceptions to 'Office.js only in src/excel' still exist", () => {
  for (const f of OFFICE_UITZONDERINGEN) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
});

describe("tests and scripts use tools/, never each other", () => {
  test.each([
    ['const { driver } = require("../../scripts/bench.js");', "test/build/__grens.test.ts"],
    ['import "../../scripts/demo";', "test/browser/__grens.test.ts"],
    ['const { FakeExcel } = require("../../test/fakes/excel");', "tools/harnas/__grens.js"],
    ['const bouw = require("../test/browser/harness/bootstrap");', "scripts/__grens.js"],
  ])("%s in %s is refused", async (code, bestand) => {
    expect(await meldingen(code, bestand)).toEqual([expect.stringMatching(/tools\//)]);
  });

  test("both may require tools/", async () => {
    const code = 'const { serveer } = require("../../tools/harnas/serveer");\n';
    expect(await meldingen(code, "test/browser/__grens.test.ts")).toEqual([]);
    expect(await meldingen(code.replace("../../", "../"), "scripts/__grens.js")).toEqual([]);
  });
});
