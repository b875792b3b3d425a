// @ts-check
/*
 * Localises the custom functions metadata that custom-functions-metadata generates from
 * the JSDoc in src/functions/functions.ts (English names and descriptions).
 *
 * Output, next to each other:
 *   functions.json     Dutch names and descriptions (the manifest's default locale, nl-NL)
 *   functions-en.json  the generated English metadata
 * Both get "allowErrorForDataTypeAny": true, so a range with an error in one cell reaches
 * the functions (that cell gives its own error) instead of failing the whole formula; the
 * generator cannot set it. Ids, parameter order, types and options are never touched.
 * The Dutch text lives in src/functions/metadata-nl.json; a function or parameter without
 * a Dutch translation (or a translation of something that does not exist) is an error.
 *
 * Use:
 *   node scripts/lokaliseer-functies.js [dist] [--url https://host/path/]  (entry point)
 *     rewrites dist/functions.json in place and writes dist/functions-en.json (idempotent).
 *   new LokaliseerFunctiesPlugin({ publicUrl }) in webpack.config.js, after
 *     CustomFunctionsMetadataPlugin: does the same on the emitted asset (also in the dev server).
 * --url / publicUrl replace https://localhost:3000/ in the help links (production builds).
 */
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_URL = "https://localhost:3000/";
const VERTALING = path.join(__dirname, "..", "..", "src", "functions", "metadata-nl.json");
const NL = "functions.json";
const EN = "functions-en.json";

/** Excel's rule for a function or parameter name: a letter first, then letters, digits, "_" or ".". */
const NAAM = /^\p{L}[\p{L}\p{N}_.]*$/u;

class LokalisatieFout extends Error {}

/**
 * The generated metadata, as far as this module reads it.
 * @typedef {{ name: string, description?: string } & Record<string, unknown>} Parameter
 * @typedef {{ id: string, name: string, description?: string, helpUrl?: string, parameters: Parameter[] } & Record<string, unknown>} Functie
 * @typedef {{ functions: Functie[], allowErrorForDataTypeAny?: boolean } & Record<string, unknown>} Metadata
 * The Dutch translation (src/functions/metadata-nl.json), keyed by function id and parameter name.
 * @typedef {{ name: string, description: string }} Tekst
 * @typedef {Record<string, Tekst & { parameters?: Record<string, Tekst> }>} Vertaling
 */

/**
 * @param {string} [bestand]
 * @returns {Vertaling}
 */
function leesVertaling(bestand = VERTALING) {
  return JSON.parse(fs.readFileSync(bestand, "utf8"));
}

/**
 * Checks that the translation covers exactly the generated functions and parameters.
 * @param {Metadata} metadata
 * @param {Vertaling} vertaling
 */
function controleer(metadata, vertaling) {
  /** @type {string[]} */
  const fouten = [];
  const ids = new Set();
  /** @type {Map<string, string>} */
  const namen = new Map();
  for (const f of metadata.functions) {
    ids.add(f.id);
    const v = vertaling[f.id];
    if (!v) {
      fouten.push(`${f.id}: geen Nederlandse vertaling in metadata-nl.json`);
      continue;
    }
    if (typeof v.name !== "string" || !NAAM.test(v.name) || v.name.length < 3) {
      fouten.push(
        `${f.id}: ongeldige naam ${JSON.stringify(v.name)} (een letter, dan letters, cijfers, _ of .; minstens 3 tekens)`
      );
    } else if (namen.has(v.name.toUpperCase())) {
      fouten.push(`${f.id}: naam ${v.name} ook gebruikt door ${namen.get(v.name.toUpperCase())}`);
    } else {
      namen.set(v.name.toUpperCase(), f.id);
    }
    if (typeof v.description !== "string" || v.description.trim() === "")
      fouten.push(`${f.id}: geen beschrijving`);
    const params = v.parameters || {};
    const gegenereerd = new Set(f.parameters.map((p) => p.name));
    const paramNamen = new Set();
    for (const p of f.parameters) {
      const vp = params[p.name];
      if (!vp) {
        fouten.push(`${f.id}: parameter ${p.name} zonder vertaling`);
        continue;
      }
      if (typeof vp.name !== "string" || !NAAM.test(vp.name))
        fouten.push(`${f.id}.${p.name}: ongeldige naam ${JSON.stringify(vp.name)}`);
      else if (paramNamen.has(vp.name)) fouten.push(`${f.id}.${p.name}: naam ${vp.name} dubbel`);
      else paramNamen.add(vp.name);
      if (typeof vp.description !== "string" || vp.description.trim() === "")
        fouten.push(`${f.id}.${p.name}: geen beschrijving`);
    }
    for (const naam of Object.keys(params)) {
      if (!gegenereerd.has(naam)) fouten.push(`${f.id}: vertaling van onbekende parameter ${naam}`);
    }
  }
  for (const id of Object.keys(vertaling)) {
    if (!ids.has(id)) fouten.push(`${id}: vertaling van een functie die niet (meer) bestaat`);
  }
  if (fouten.length > 0) {
    throw new LokalisatieFout(`Lokalisatie van de functies mislukt:\n  ${fouten.join("\n  ")}`);
  }
}

/**
 * @param {Metadata} metadata
 * @param {string | null | undefined} publicUrl
 * @returns {Metadata}
 */
function metBasisUrl(metadata, publicUrl) {
  if (!publicUrl) return metadata;
  return {
    ...metadata,
    functions: metadata.functions.map((f) =>
      f.helpUrl && f.helpUrl.startsWith(DEV_URL)
        ? { ...f, helpUrl: publicUrl + f.helpUrl.slice(DEV_URL.length) }
        : f
    ),
  };
}

/**
 * From the generated (English) metadata: { nl, en }, both ready to serve.
 * @param {Metadata} metadata parsed functions.json as generated
 * @param {Vertaling} [vertaling] parsed metadata-nl.json
 * @param {{publicUrl?: string|null}} [opties]
 * @returns {{ nl: Metadata, en: Metadata }}
 */
function lokaliseer(metadata, vertaling = leesVertaling(), opties = {}) {
  controleer(metadata, vertaling);
  const en = metBasisUrl({ ...metadata, allowErrorForDataTypeAny: true }, opties.publicUrl);
  const nl = {
    ...en,
    functions: en.functions.map((f) => {
      const v = vertaling[f.id];
      return {
        ...f,
        name: v.name,
        description: v.description,
        parameters: f.parameters.map((p) => {
          const vp = /** @type {Record<string, Tekst>} */ (v.parameters)[p.name];
          return { ...p, name: vp.name, description: vp.description };
        }),
      };
    }),
  };
  return { nl, en };
}

/**
 * Localises the metadata in a build folder (dist/). The English source is functions-en.json
 * when it exists (an earlier run, or the webpack plugin, wrote it; webpack cleans dist/ on
 * every build), else the generated functions.json.
 * @param {string} map
 * @param {{ publicUrl?: string | null, vertaling?: string }} [opties]
 */
function lokaliseerMap(map, opties = {}) {
  const vertaling = leesVertaling(opties.vertaling);
  const nlPad = path.join(map, NL);
  const enPad = path.join(map, EN);
  const bron = JSON.parse(fs.readFileSync(fs.existsSync(enPad) ? enPad : nlPad, "utf8"));
  const { nl, en } = lokaliseer(bron, vertaling, opties);
  fs.writeFileSync(nlPad, JSON.stringify(nl, null, 4));
  fs.writeFileSync(enPad, JSON.stringify(en, null, 4));
  return { nl, en };
}

/** webpack: localises the functions.json asset that CustomFunctionsMetadataPlugin emits. */
class LokaliseerFunctiesPlugin {
  /** @param {{publicUrl?: string|null, vertaling?: string}} [opties] */
  constructor(opties = {}) {
    this.opties = opties;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const naam = "LokaliseerFunctiesPlugin";
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const vertalingPad = this.opties.vertaling || VERTALING;
    compiler.hooks.thisCompilation.tap(naam, (compilation) => {
      compilation.fileDependencies.add(vertalingPad);
      compilation.hooks.processAssets.tap(
        { name: naam, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(NL);
          if (!asset) return; // the metadata plugin reported its own errors
          try {
            const metadata = JSON.parse(asset.source.source().toString());
            const { nl, en } = lokaliseer(metadata, leesVertaling(vertalingPad), this.opties);
            compilation.updateAsset(NL, new sources.RawSource(JSON.stringify(nl, null, 4)));
            compilation.emitAsset(EN, new sources.RawSource(JSON.stringify(en, null, 4)));
          } catch (e) {
            compilation.errors.push(new WebpackError(e instanceof Error ? e.message : String(e)));
          }
        }
      );
    });
  }
}

module.exports = {
  lokaliseer,
  lokaliseerMap,
  controleer,
  LokaliseerFunctiesPlugin,
  LokalisatieFout,
  DEV_URL,
  NL,
  EN,
};
