/*
 * Bundles the browser harness (test/browser/harness/bootstrap.ts + the fake Excel) into
 * harness.js. Test and demo only: the add-in's own build (webpack.config.js) never sees it.
 */
"use strict";

const path = require("path");

const ROOT = path.resolve(__dirname, "../..");

/** @returns {import("webpack").Configuration} */
module.exports = function harnessConfig({ outDir, mode = "development" }) {
  return {
    name: "harness",
    mode,
    context: ROOT,
    target: ["web", "es2020"],
    devtool: false,
    entry: { harness: path.join(__dirname, "harness", "bootstrap.ts") },
    output: { path: outDir, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve("ts-loader"),
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { module: "esnext", sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
