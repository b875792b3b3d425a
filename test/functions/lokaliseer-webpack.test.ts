/**
 * The localisation step as a webpack plugin, after custom-functions-metadata-plugin, on
 * the real functions entry: the build emits Dutch functions.json and English
 * functions-en.json, and the bundle registers every id.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LokaliseerFunctiesPlugin } = require("../../tools/bouw/lokaliseer-functies.js");

const ROOT = path.join(__dirname, "../..");

test("webpack build with the localisation plugin", async () => {
  const uit = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-functies-"));
  try {
    const invoer = path.join(ROOT, "src/functions/functions.ts");
    const stats = await new Promise<webpack.Stats>((klaar, faal) => {
      const compiler = webpack(
        {
          mode: "development",
          devtool: false,
          context: ROOT,
          entry: { functions: invoer },
          output: { path: uit, filename: "[name].js" },
          resolve: { extensions: [".ts", ".js", ".json"] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: {
                  loader: require.resolve("ts-loader"),
                  options: {
                    transpileOnly: true,
                    configFile: path.join(ROOT, "tsconfig.json"),
                    compilerOptions: { module: "esnext" },
                  },
                },
              },
            ],
          },
          plugins: [
            new CustomFunctionsMetadataPlugin({ output: "functions.json", input: invoer }),
            new LokaliseerFunctiesPlugin({ publicUrl: "https://woondeal.example.nl/" }),
          ],
        },
        // Settle only when webpack has closed, so nothing of it runs into the next test file.
        (fout, s) =>
          compiler!.close((sluitFout) =>
            fout || sluitFout || !s ? faal(fout ?? sluitFout) : klaar(s)
          )
      );
    });
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    const nl = JSON.parse(fs.readFileSync(path.join(uit, "functions.json"), "utf8"));
    const en = JSON.parse(fs.readFileSync(path.join(uit, "functions-en.json"), "utf8"));
    expect(nl.functions.map((f: { name: string }) => f.name)).toEqual([
      "BETAALBAAR",
      "SEGMENT",
      "GRENS",
      "OPGAVE",
      "DEKKING",
      "NETTO",
      "AANDEEL_BETAALBAAR",
      "TOETS",
    ]);
    expect(en.functions.map((f: { name: string }) => f.name)).toEqual([
      "AFFORDABLE",
      "SEGMENT",
      "LIMIT",
      "TARGET",
      "COVERAGE",
      "NET",
      "AFFORDABLE_SHARE",
      "CHECK",
    ]);
    expect(nl.functions[0].parameters[0].name).toBe("prijs");
    expect(nl.functions[0].helpUrl).toBe("https://woondeal.example.nl/help/betaalbaar.html");
    expect(nl.allowErrorForDataTypeAny).toBe(true);
    const bundel = fs.readFileSync(path.join(uit, "functions.js"), "utf8");
    for (const f of en.functions) {
      expect(bundel).toContain(`CustomFunctions.associate("${f.id}"`);
    }
  } finally {
    fs.rmSync(uit, { recursive: true, force: true });
  }
}, 120000);
