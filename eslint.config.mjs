// ESLint 9 flat config in the office-addin-lint convention: `office-addin-lint check`
// uses this file (eslint.config.mjs in the project root) instead of its built-in one.
// Base: eslint-plugin-office-addins "react" config (Office.js load/sync rules, Prettier with
// office-addin-prettier-config, React). Its TypeScript block only matches .ts/.js files,
// so it is extended to .tsx/.jsx here. Scope: src/ and test/ only.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const SOURCES = ["src/**/*.{ts,tsx,js,jsx,mjs,cjs}", "test/**/*.{ts,tsx,js,jsx,mjs,cjs}"];

const base = officeAddins.configs.react.map((config) =>
  config.files ? { ...config, files: [...config.files, "**/*.{tsx,jsx}"] } : config
);

export default [
  // Lint only src/ and test/ (build scripts and generated output are not linted).
  { ignores: ["**/*", "!src/", "!src/**", "!test/", "!test/**", "**/node_modules/", "**/dist/"] },
  ...base,
  {
    files: SOURCES,
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
];
