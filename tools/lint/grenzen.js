// @ts-check
/*
 * The architecture's boundaries as ESLint flat config blocks (rules only, no parser): used by
 * eslint.config.mjs (npm run lint) and by test/build/grenzen.test.ts, which runs just these
 * rules over src/ in `npm test`.
 *
 *   engine  src/deal, src/planlijst, src/rules, src/vergelijking, src/consolidatie, src/rapport:
 *           pure TypeScript. No Node built-ins, no Office.js, React, Fluent UI, ExcelJS or
 *           saxes, and nothing from a door.
 *   doors   src/excel, src/functions, src/taskpane, src/cli: import an engine folder only
 *           through its index.ts (`../rules`, never `../rules/regels`).
 *   Office  only src/excel/ uses the Excel, Office and OfficeExtension globals. Exceptions
 *           are listed in OFFICE_UITZONDERINGEN, each with its reason.
 *   xlsx    src/xlsx, the bounded xlsx reader both the CLI and the task pane use: no Node
 *           built-ins or globals, no Office.js, React or door code (saxes and pako are its
 *           own dependencies); the engine through its index, as a door would.
 * The engine is also typechecked without DOM and Node types (tsconfig.engine.json).
 */
"use strict";

const { builtinModules } = require("module");

const ENGINE = ["deal", "planlijst", "rules", "vergelijking", "consolidatie", "rapport"];
const DEUREN = ["excel", "functions", "taskpane", "cli"];
const BRON = "{ts,tsx,js,jsx,mjs,cjs}";
/** @param {string[]} mappen */
const bestanden = (mappen) => mappen.map((m) => `src/${m}/**/*.${BRON}`);

/**
 * Files outside src/excel that may still touch the Office globals, and why.
 */
const OFFICE_UITZONDERINGEN = [
  // The pane's bootstrap: waits for Office.onReady and reads the theme and platform once.
  "src/taskpane/index.tsx",
];

const OFFICE_GLOBAAL = "/^(Excel|Office|OfficeExtension|OfficeRuntime)$/";
/**
 * @param {string} namen an esquery regex of global names
 * @param {string} melding
 */
const globaleNamen = (namen, melding) => [
  {
    selector: `MemberExpression > Identifier.object[name=${namen}]`,
    message: melding,
  },
  {
    selector: `TSQualifiedName > Identifier.left[name=${namen}]`,
    message: melding,
  },
];

/** Platform-neutral code that is not the engine: the xlsx reader. */
const NEUTRAAL = ["xlsx"];

const ENGINE_MELDING =
  "De engine (src/deal, planlijst, rules, vergelijking, consolidatie, rapport) is puur TypeScript";
const XLSX_MELDING = "De xlsx-lezer (src/xlsx) draait in de opdrachtregel en in het taakvenster";
const NODE_MODULES = [...new Set(builtinModules.map((m) => m.split("/")[0]))]
  .filter((m) => !m.startsWith("_"))
  .join("|");

/** @type {import("eslint").Linter.Config[]} */
const grenzen = [
  {
    name: "woondeal/engine-is-puur",
    files: bestanden(ENGINE),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(node:.*|(${NODE_MODULES})(/.*)?)$`,
              message: `${ENGINE_MELDING}: geen Node-modules (fs, path, process, Buffer …).`,
            },
            {
              group: [
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "@fluentui/*",
                "exceljs",
                "exceljs/*",
                "saxes",
                "office-addin-*",
                "@microsoft/*",
                "jest",
                "@jest/*",
              ],
              message: `${ENGINE_MELDING}: geen Office.js, React, Fluent UI, ExcelJS of saxes.`,
            },
            {
              regex: `^(\\.\\./)+(${DEUREN.join("|")})(/.*)?$`,
              message: `${ENGINE_MELDING}: geen code uit een deur (src/excel, functions, taskpane, cli).`,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "require", "module", "__dirname", "__filename", "global"].map(
          (name) => ({ name, message: `${ENGINE_MELDING}: geen Node-globalen.` })
        ),
      ],
      "no-restricted-syntax": [
        "error",
        ...globaleNamen(
          "/^(Excel|Office|OfficeExtension|OfficeRuntime|CustomFunctions)$/",
          `${ENGINE_MELDING}: geen Office.js (alleen src/excel/).`
        ),
      ],
    },
  },
  {
    name: "woondeal/deuren-via-index",
    files: bestanden(DEUREN),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // `../rules/regels` or `../../planlijst/cel`; `../rules` and `../rules/index` pass.
              regex: `^(\\.\\./)+(${ENGINE.join("|")})/(?!index$).+`,
              message:
                "Een deur importeert de engine via de index van de map: '../rules', niet '../rules/regels'.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "woondeal/office-alleen-in-excel",
    // The engine has its own, stricter list above (a later block would replace it).
    files: bestanden(DEUREN.filter((d) => d !== "excel")),
    ignores: OFFICE_UITZONDERINGEN,
    rules: {
      "no-restricted-syntax": [
        "error",
        ...globaleNamen(
          OFFICE_GLOBAAL,
          "Alleen src/excel/ gebruikt Office.js (Excel, Office): ga via de functies van src/excel."
        ),
      ],
    },
  },
  {
    name: "woondeal/xlsx-lezer-neutraal",
    files: bestanden(NEUTRAAL),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(node:.*|(${NODE_MODULES})(/.*)?)$`,
              message: `${XLSX_MELDING}: geen Node-modules (fs, zlib, path …); bytes komen binnen als Uint8Array.`,
            },
            {
              group: ["react", "react/*", "react-dom", "@fluentui/*", "exceljs", "office-addin-*"],
              message: `${XLSX_MELDING}: geen Office.js, React, Fluent UI of ExcelJS.`,
            },
            {
              regex: `^(\\.\\./)+(${DEUREN.join("|")})(/.*)?$`,
              message: `${XLSX_MELDING}: geen code uit een deur.`,
            },
            {
              regex: `^(\\.\\./)+(${ENGINE.join("|")})/(?!index$).+`,
              message: `${XLSX_MELDING}: de engine via de index van de map ('../planlijst').`,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "require", "module", "__dirname", "__filename", "global"].map(
          (name) => ({ name, message: `${XLSX_MELDING}: geen Node-globalen.` })
        ),
      ],
      "no-restricted-syntax": [
        "error",
        ...globaleNamen(OFFICE_GLOBAAL, `${XLSX_MELDING}: geen Office.js (alleen src/excel/).`),
      ],
    },
  },
];

const GEEN_SCRIPTS =
  "Tests importeren geen scripts/ (dunne startpunten); gedeelde code staat in tools/.";
const GEEN_TESTS =
  "tools/ en scripts/ importeren geen testcode; bouwinvoer uit test/ staat in tools/harnas/paden.js.";

/**
 * Tests and scripts both use tools/ and never each other (CommonJS `require` included).
 * @type {import("eslint").Linter.Config[]}
 */
const gereedschap = [
  {
    name: "woondeal/tests-zonder-scripts",
    files: [`test/**/*.${BRON}`],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+scripts/", message: GEEN_SCRIPTS }] },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='require'] > Literal[value=/(^|\\/)scripts\\//]",
          message: GEEN_SCRIPTS,
        },
      ],
    },
  },
  {
    name: "woondeal/gereedschap-zonder-tests",
    files: [`tools/**/*.${BRON}`, `scripts/**/*.${BRON}`, "webpack.config.js"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+test/", message: GEEN_TESTS }] },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='require'] > Literal[value=/(^|\\/)test\\//]",
          message: GEEN_TESTS,
        },
      ],
    },
  },
];

module.exports = { grenzen, gereedschap, ENGINE, DEUREN, NEUTRAAL, OFFICE_UITZONDERINGEN };
