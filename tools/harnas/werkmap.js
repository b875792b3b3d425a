// @ts-check
/*
 * The workbook the browser harness puts behind the fake Excel: the example planlijst
 * (examples/voorbeeld-planlijst.xlsx) as Office.js would give its values (numbers, text,
 * booleans, error values as "#REF!", dates as serial numbers), or a small built-in grid
 * when the example is missing. Used by the browser test and by `npm run demo`.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const { VOORBEELD } = require("../data/voorbeeld");
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * @typedef {string | number | boolean | null} OfficeWaarde
 * @typedef {{ bron: string, actief?: string, bladen: Record<string, OfficeWaarde[][]> }} HarnasWerkmap
 */

/**
 * An ExcelJS cell value as Office.js `range.values` shows it.
 * @param {any} v an ExcelJS CellValue (or part of one)
 * @returns {OfficeWaarde}
 */
function officeWaarde(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof v === "object") {
    if (typeof v.error === "string") return v.error;
    if ("formula" in v || "sharedFormula" in v) return officeWaarde(v.result);
    if (Array.isArray(v.richText))
      return v.richText.map((/** @type {{ text?: string }} */ r) => r.text || "").join("");
    if (typeof v.text === "string") return v.text;
    if (v.text && typeof v.text === "object") return officeWaarde(v.text);
  }
  return String(v);
}

/**
 * A small planlijst with deliberate violations, for when the example file is missing.
 * @returns {HarnasWerkmap}
 */
function ingebouwd() {
  return {
    bron: "ingebouwd raster",
    actief: "Planlijst",
    bladen: {
      Planlijst: [
        ["Planlijst woningbouw (fictief)"],
        [],
        [
          "Projectnaam",
          "Gemeente",
          "Kern",
          "Aantal woningen",
          "Sloop",
          "Netto",
          "Segment",
          "Koopprijs",
          "Huurprijs",
          "Planstatus",
          "Oplevering",
        ],
        ["Parkwijk fase 2", "Emmen", "Emmen", 40, 0, 40, "sociale huur", null, 720, "1A", 2025],
        [
          "De Horsten",
          "Emmen",
          "Klazienaveen",
          24,
          4,
          18,
          "betaalbare koop",
          395000,
          null,
          "2A",
          2026,
        ],
        ["Centrumplan", "Emmen", "Emmen", 60, 10, 50, "middenhuur", null, 1150, "3", 2027],
        [
          "Oude school",
          "Coevorden",
          "Dalen",
          12,
          0,
          12,
          "dure koop",
          450000,
          null,
          "onbekend",
          2031,
        ],
        ["Zuiderpark", "Coevorden", "Coevorden", 30, 0, 30, "sociale huur", null, 690, "4A", 2028],
      ],
    },
  };
}

/**
 * Reads the example planlijst: { bron, actief, bladen: { naam: grid } }.
 * @param {string} [bestand]
 * @returns {Promise<HarnasWerkmap>}
 */
async function leesVoorbeeld(bestand = VOORBEELD) {
  if (!fs.existsSync(bestand)) return ingebouwd();
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  /** @type {Record<string, OfficeWaarde[][]>} */
  const bladen = {};
  wb.eachSheet((ws) => {
    /** @type {OfficeWaarde[][]} */
    const raster = [];
    ws.eachRow({ includeEmpty: false }, (rij, nr) => {
      const cellen = /** @type {unknown[]} */ (rij.values);
      /** @type {OfficeWaarde[]} */
      const waarden = [];
      for (let c = 1; c < cellen.length; c++) waarden.push(officeWaarde(cellen[c]));
      raster[nr - 1] = waarden;
    });
    for (let i = 0; i < raster.length; i++) raster[i] = raster[i] || [];
    bladen[ws.name] = raster;
  });
  return {
    bron: path.relative(path.resolve(__dirname, "../.."), bestand),
    actief: Object.keys(bladen)[0],
    bladen,
  };
}

module.exports = { leesVoorbeeld, officeWaarde, VOORBEELD };
