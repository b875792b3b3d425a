// ESLint 9 flat config in the office-addin-lint convention: `office-addin-lint check`
// uses this file (eslint.config.mjs in the project root) instead of its built-in one.
// Base: eslint-plugin-office-addins "react" config (Office.js load/sync rules, Prettier with
// office-addin-prettier-config, React). Its TypeScript block only matches .ts/.js files,
// so it is extended to .tsx/.jsx here. Scope: src/, test/, tools/, scripts/ and
// webpack.config.js. The architecture's boundaries (engine purity, doors through the engine's
// index, Office.js only in src/excel) live in tools/lint/grenzen.js; `npm test` runs them too.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import grenzenModule from "./tools/lint/grenzen.js";

const { grenzen, gereedschap } = grenzenModule;
const EXT = "{ts,tsx,js,jsx,mjs,cjs}";
const SOURCES = [`src/**/*.${EXT}`, `test/**/*.${EXT}`, `tools/**/*.${EXT}`, `scripts/**/*.${EXT}`];
// Node programs in CommonJS: the build, the tools and their entry points.
const NODE_CJS = ["tools/**/*.js", "scripts/**/*.js", "webpack.config.js", "test/**/*.js"];

const base = officeAddins.configs.react.map((config) =>
  config.files ? { ...config, files: [...config.files, "**/*.{tsx,jsx}"] } : config
);

export default [
  // Lint only the sources (generated output is not linted).
  {
    ignores: [
      "**/*",
      "!src/",
      "!src/**",
      "!test/",
      "!test/**",
      "!tools/",
      "!tools/**",
      "!scripts/",
      "!scripts/**",
      "!webpack.config.js",
      "!eslint.config.mjs",
      "**/node_modules/",
      "**/dist/",
    ],
  },
  ...base,
  {
    files: [...SOURCES, "webpack.config.js", "eslint.config.mjs"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript (npm run typecheck) already checks undefined names, including the
      // Office, Excel and CustomFunctions globals; the core rule misreports type names.
      "no-undef": "off",
      // New JSX transform (tsconfig "jsx": "react-jsx") and TypeScript props.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "react/prop-types": "off",
      // `const { weg: _weg, ...rest } = obj` and `_`-prefixed names are deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          ignoreRestSiblings: true,
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    files: NODE_CJS,
    languageOptions: { sourceType: "commonjs" },
    rules: {
      // CommonJS with JSDoc types (// @ts-check, tsconfig.tools.json): require is the import.
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-var-requires": "off",
    },
  },
  ...grenzen,
  ...gereedschap,
];
