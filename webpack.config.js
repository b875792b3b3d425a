/*
 * Build for the Woondeal-toets Excel add-in.
 *
 *   npm run build        production build into dist/ (set WOONDEAL_URL for your own host)
 *   npm run build:dev    development build into dist/
 *   npm run dev-server   development server on https://localhost:3000/ (used by npm start)
 *
 * Shared runtime: taskpane.html is the one page Office loads for the task pane, the ribbon
 * button and the custom functions. It loads office.js from Microsoft's CDN, then the
 * `functions` bundle (custom functions + CustomFunctions.associate calls appended by
 * custom-functions-metadata-plugin), then the `taskpane` bundle (React). The taskpane entry
 * `dependOn`s functions, so modules both import exist once on the page (one state).
 * No functions.html: in a shared runtime the manifest's <Page> is taskpane.html.
 */
// @ts-check
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
// Custom functions metadata: default (nl-NL) and the manifest's en-US override.
const METADATA = "functions.json";
const METADATA_EN = "functions-en.json";
// Dutch names for the functions (tools/bouw/lokaliseer-functies.js); optional.
const LOCALISER = path.join(__dirname, "tools", "bouw", "lokaliseer-functies.js");
// docs/regels.md as the help page the pane links each finding to.
const { regelsHtml } = require("./tools/bouw/regels-html");

/**
 * Validates and normalises the production address (WOONDEAL_URL): https only, no query or
 * fragment, always ending in "/". Returns null when unset or blank.
 * @param {unknown} raw
 * @returns {string | null}
 */
function normalizePublicUrl(raw) {
  if (raw === undefined || raw === null || String(raw).trim() === "") return null;
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`WOONDEAL_URL is geen geldige URL / is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `WOONDEAL_URL moet https zijn (Office laadt alleen https) / must use https: "${raw}"`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `WOONDEAL_URL mag geen query, fragment of inlog bevatten / must be a plain base address: "${raw}"`
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/**
 * Replaces every development address in the manifest with the production address.
 * @param {string} xml
 * @param {string | null} publicUrl
 */
function rewriteManifest(xml, publicUrl) {
  return publicUrl ? xml.split(DEV_URL).join(publicUrl) : xml;
}

/**
 * Adds build warnings that are easy to miss in a console log, and makes sure
 * functions-en.json (the manifest's en-US metadata URL) exists: when the functions are not
 * localised it is a copy of functions.json.
 */
class WoondealBuildChecksPlugin {
  /** @param {string[]} warnings */
  constructor(warnings) {
    this.warnings = warnings;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "WoondealBuildChecksPlugin";
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      for (const text of this.warnings) compilation.warnings.push(new WebpackError(text));
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const nl = compilation.getAsset(METADATA);
          if (nl && !compilation.getAsset(METADATA_EN))
            compilation.emitAsset(METADATA_EN, nl.source);
        }
      );
    });
  }
}

/**
 * @param {object} options
 * @param {"production"|"development"|string} options.mode
 * @param {string} [options.rootDir]   project root holding src/, assets/ and manifest.xml
 * @param {string} [options.outDir]    output folder (default <rootDir>/dist)
 * @param {string|null} [options.publicUrl]  production base URL (already normalised)
 * @param {boolean} [options.serve]    true for webpack serve: adds the https dev server
 * @param {{ key: Buffer|string, cert: Buffer|string, ca?: Buffer|string } | null} [options.https]
 *   { key, cert, ca } for the dev server; null = http
 * @returns {import("webpack").Configuration & { devServer?: Record<string, unknown> }}
 */
function createConfig(options) {
  const { mode, rootDir = __dirname, serve = false, publicUrl = null } = options;
  const outDir = options.outDir || path.join(rootDir, "dist");
  const dev = mode !== "production";
  /** @param {string} p */
  const from = (p) => path.join(rootDir, p);

  const entries = {
    functions: from("src/functions/functions.ts"),
    taskpane: from("src/taskpane/index.tsx"),
  };
  const template = from("src/taskpane/taskpane.html");
  const missing = [...Object.values(entries), template].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      "Ontbrekende bronbestanden / missing source files:\n  " +
        missing.map((file) => path.relative(rootDir, file)).join("\n  ")
    );
  }

  // Dutch function names: tools/bouw/lokaliseer-functies.js rewrites functions.json from
  // src/functions/metadata-nl.json and emits the English original as functions-en.json.
  const translation = from("src/functions/metadata-nl.json");
  const localise = fs.existsSync(translation) && fs.existsSync(LOCALISER);

  /** @type {string[]} */
  const checks = [];
  if (!dev && !publicUrl) {
    checks.push(
      `WOONDEAL_URL is niet gezet: dist/manifest.xml verwijst nog naar ${DEV_URL}. ` +
        `Zet WOONDEAL_URL=https://uw.server/pad/ voor een productiebuild. ` +
        `(WOONDEAL_URL not set: dist/manifest.xml still points to ${DEV_URL}.)`
    );
  }
  if (!fs.existsSync(from("src/help/index.html"))) {
    checks.push(
      "src/help/index.html ontbreekt; de manifest-links SupportUrl en LearnMoreUrl verwijzen naar help/index.html. " +
        "(src/help/index.html is missing; the manifest links to help/index.html.)"
    );
  }

  /** @type {import("webpack").Configuration & { devServer?: Record<string, unknown> }} */
  const config = {
    mode: dev ? "development" : "production",
    context: rootDir,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      functions: entries.functions,
      // dependOn: modules shared with the functions bundle are not duplicated, so task pane
      // and custom functions see the same module instances in the shared runtime.
      taskpane: { import: entries.taskpane, dependOn: "functions" },
    },
    output: {
      path: outDir,
      filename: "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve("ts-loader"),
            options: {
              // Type checking runs separately (npm run typecheck); this keeps builds fast.
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        {
          // Dependencies ship newer syntax than the oldest web view Office uses for our
          // requirement sets (tabster, under Fluent UI: class static blocks and `??=`, which
          // Safari before 16.4 rejects, killing the whole bundle). TypeScript lowers them to
          // the ES2020 the bundles are checked against (test/build/syntaxis.test.ts).
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: require.resolve("ts-loader"),
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              compilerOptions: {
                module: "esnext",
                target: "ES2020",
                allowJs: true,
                checkJs: false,
                sourceMap: false,
              },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|woff2?)$/i,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: METADATA,
        input: entries.functions,
      }),
      ...(localise
        ? [
            new (require(LOCALISER).LokaliseerFunctiesPlugin)({
              publicUrl: dev ? null : publicUrl,
              vertaling: translation,
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template,
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
        // Cache busting (?<hash>) for Office's aggressive web view cache.
        hash: !dev,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (/** @type {Buffer} */ content) =>
              rewriteManifest(content.toString("utf8"), dev ? null : publicUrl),
          },
          {
            from: "src/help",
            to: "help",
            noErrorOnMissing: true,
            info: { minimized: true },
          },
          // The rules as the pane links them from each finding's article, as an HTML help page.
          {
            from: "docs/regels.md",
            to: "help/regels.html",
            noErrorOnMissing: true,
            transform: (/** @type {Buffer} */ content) => regelsHtml(content.toString("utf8")),
          },
        ],
      }),
      new WoondealBuildChecksPlugin(checks),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxAssetSize: 3 * 1024 * 1024,
      maxEntrypointSize: 3 * 1024 * 1024,
    },
    stats: dev ? "minimal" : "normal",
  };

  if (serve) {
    const https = options.https;
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      server: https
        ? { type: "https", options: { key: https.key, cert: https.cert, ca: https.ca } }
        : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
}

/**
 * @param {Record<string, unknown>} [env]
 * @param {{ mode?: string }} [argv]
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  let https = null;
  if (serve) {
    const { getHttpsOptions } = require("./tools/dev/certs");
    https = getHttpsOptions({ log: (message) => console.log(message) });
    if (!https) {
      console.warn(
        "\n*** Geen https-certificaat: de server draait op http://localhost:3000/. Office laadt alleen https-invoegtoepassingen. " +
          "Installeer openssl of voer `npx office-addin-dev-certs install` uit.\n" +
          "*** No https certificate: serving http://localhost:3000/. Office only loads https add-ins. " +
          "Install openssl or run `npx office-addin-dev-certs install`.\n"
      );
    }
  }
  try {
    return createConfig({
      mode,
      serve,
      https,
      publicUrl: mode === "production" ? normalizePublicUrl(process.env.WOONDEAL_URL) : null,
    });
  } catch (err) {
    // Configuration problems (missing entry files, bad WOONDEAL_URL): message, no stack.
    console.error(`\n${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  }
};

module.exports.createConfig = createConfig;
module.exports.normalizePublicUrl = normalizePublicUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.METADATA = METADATA;
module.exports.METADATA_EN = METADATA_EN;
module.exports.regelsHtml = regelsHtml;
