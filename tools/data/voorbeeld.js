// @ts-check
// Writes examples/voorbeeld-planlijst.xlsx: a realistic (fictitious) planlijst of gemeente
// Emmen with a few deliberate violations, so a newcomer sees what the check reports.
// Run: npm run voorbeeld (scripts/voorbeeld.js).
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

// prettier-ignore
const KOP = [
  "Plan-ID", "Projectnaam", "Kern", "Locatie", "Planstatus", "Aantal woningen", "Sloop", "Netto",
  "Segment", "Koopprijs", "Huurprijs", "Oplevering", "Doelgroep", "Corporatie / ontwikkelaar", "Opmerking",
];

// id, naam, kern, locatie, status, bruto, sloop, netto, segment, koop, huur, oplevering, doelgroep, partij, opmerking
/** @type {(string | number | null)[][]} */
// prettier-ignore
const PLANNEN = [
  ["EM-001", "Parkwijk fase 3", "Emmen", "Parkwijk-Noord", "1A Onherroepelijk", 48, 0, 48, "Sociale huur", null, 712, 2024, "Starters", "Lefier", null],
  ["EM-002", "Rietlanden Oost", "Emmen", "Rietlanden", "1A Onherroepelijk", 36, 0, 36, "Betaalbare koop", 329000, null, 2025, "Starters", "Bouwbedrijf Drenthe", null],
  ["EM-003", "Angelslo herstructurering", "Emmen", "Angelslo", "2A Vastgesteld", 64, -40, 24, "Sociale huur", null, 745, "2025-2026", "Ouderen", "Domesta", "sloop 40 portiekflats"],
  ["EM-004", "Delftlanden kavels", "Emmen", "Delftlanden", "1A Onherroepelijk", 22, 0, 22, "Dure koop", 465000, null, 2026, "Doorstromers", "Gemeente Emmen", null],
  ["EM-005", "Noordbargeres blok B", "Emmen", "Noordbargeres", "1B Onherroepelijk, uitwerkingsplicht", 30, 0, 30, "Middenhuur", null, 925, "Q3 2026", "Middeninkomens", "Woonstichting", null],
  ["EM-006", "Stadscentrum Wilhelminastraat", "Emmen", "Wilhelminastraat 12", "Vergund", 18, 0, 18, "Middenhuur", null, "€ 980,-", 2025, "Eenpersoons", "Belegger Noord", "transformatie winkelpand"],
  ["EM-007", "Klazienaveen Centrumplan", "Klazienaveen", "Langestraat", "3 In voorbereiding", 40, 0, 40, "Betaalbare koop", "€ 375.000", null, 2027, "Starters", "Ontwikkelaar Zuidoost", null],
  ["EM-008", "Nieuw-Amsterdam Vaartweg", "Nieuw-Amsterdam", "Vaartweg", "1A Onherroepelijk", 24, 0, 24, "Sociale huur", null, 812, 2026, "Spoedzoekers", "Lefier", null],
  ["EM-009", "Erica Zuid", "Erica", "Zuideinde", "2B Vastgesteld, uitwerkingsplicht", 32, 0, 30, "Betaalbare koop", 310000, null, 2027, "Starters", "Bouwbedrijf Drenthe", null],
  ["EM-010", "Schoonebeek Europaweg", "Schoonebeek", "Europaweg", "1A Onherroepelijk", 16, 0, 16, "Dure koop", "340.000,-", null, 2025, "Gezinnen", "Particulier", null],
  ["EM-011", "Emmer-Compascuum Hoofdkanaal", "Emmer-Compascuum", "Hoofdkanaal WZ", "4A Visie", 45, 0, 45, "Sociale huur", null, 690, 2029, "Ouderen", "Domesta", null],
  ["EM-012", "Zwartemeer Dorpshart", "Zwartemeer", "Dorpshart", "Onbekend", 12, 0, 12, "Middenhuur", null, 890, 2028, "Ouderen", "Woonstichting", null],
  ["EM-013", "PM uitbreiding noord", "", "", "4B Optie", 60, 0, 60, "", null, null, "2029-2030", "", "", "locatie nog te bepalen"],
  ["EM-014", "Emmerhout vernieuwing", "Emmen", "Emmerhout", "2A Vastgesteld", 80, -56, 24, "Sociale huur", null, 738, 2027, "Gezinnen", "Lefier", null],
  ["EM-015", "Barger-Oosterveld Dordsestraat", "Emmen", "Barger-Oosterveld", "1C Onherroepelijk, wijzigingsbevoegdheid", 26, 0, 26, "Betaalbare koop", 349500, null, 2026, "Starters", "Ontwikkelaar Zuidoost", null],
  ["EM-016", "Nieuw-Weerdinge Kerkweg", "Nieuw-Weerdinge", "Kerkweg", "1A Onherroepelijk", 10, 0, 10, "Dure huur", null, 1150, 2025, "Doorstromers", "Belegger Noord", null],
  ["EM-017", "Weiersstraat flexwoningen", "Emmen", "Weiersstraat", "Vergund", 40, 0, 40, "Sociale huur", null, 650, 2025, "Spoedzoekers", "Domesta", "flexwoningen, 15 jaar"],
  ["EM-018", "Rietlanden Oost", "Emmen", "Rietlanden", "1A Onherroepelijk", 36, 0, 36, "Betaalbare koop", 329000, null, 2025, "Starters", "Bouwbedrijf Drenthe", "dubbel ingevoerd?"],
  ["EM-019", "Pottendijk", "Emmen", "Pottendijk", "3 plan/besluit in voorbereiding", 120, 0, 120, "Dure koop", 495000, null, "2030-2032", "Gezinnen", "Ontwikkelaar Zuidoost", null],
  ["EM-020", "Veenpark Klazienaveen", "Klazienaveen", "Veenpark", "1A Onherroepelijk", 20, 0, 20, "Middenhuur", null, 1040, 2032, "Middeninkomens", "Woonstichting", null],
  ["EM-021", "Erica Kerkstraat", "Erica", "Kerkstraat", "2A Vastgesteld", 14, 0, 14, "Sociale huur", null, 760, 2026, "Ouderen", "Lefier", null],
  ["EM-022", "Bargeres Statenweg", "Emmen", "Bargeres", "1A Onherroepelijk", 28, 0, 28, "Betaalbare koop", 355000, null, 2026, "Starters", "Bouwbedrijf Drenthe", null],
];

/** The example workbook's default place. */
const VOORBEELD = path.resolve(__dirname, "..", "..", "examples", "voorbeeld-planlijst.xlsx");

/**
 * Writes the example planlijst to `uit`.
 * @param {string} [uit]
 */
async function maakVoorbeeld(uit = VOORBEELD) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Woondeal-toets (voorbeeld)";
  const ws = wb.addWorksheet("Planlijst Emmen");
  ws.getCell("A1").value = "Woningbouwplanlijst gemeente Emmen";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Stand 1 oktober 2026 · fictief voorbeeld voor Woondeal-toets";
  ws.getCell("A2").font = { italic: true, color: { argb: "FF666666" } };
  const kopRij = 4;
  ws.getRow(kopRij).values = KOP;
  ws.getRow(kopRij).font = { bold: true };
  ws.getRow(kopRij).eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    c.border = { bottom: { style: "thin" } };
  });
  PLANNEN.forEach((p, i) => {
    const r = ws.getRow(kopRij + 1 + i);
    r.values = p.map((v) => (v === "" ? null : v));
  });
  // A cell with a broken reference, as real lists have after rows were deleted.
  const refRij = kopRij + 1 + PLANNEN.findIndex((p) => p[0] === "EM-021");
  ws.getCell(`H${refRij}`).value = { formula: "F999-#REF!", result: { error: "#REF!" } };
  const totaalRij = kopRij + PLANNEN.length + 2;
  ws.getCell(`A${totaalRij}`).value = "Totaal";
  ws.getCell(`A${totaalRij}`).font = { bold: true };
  ws.getCell(`F${totaalRij}`).value = {
    formula: `SUM(F${kopRij + 1}:F${totaalRij - 2})`,
    result: PLANNEN.reduce((s, p) => s + Number(p[5]), 0),
  };
  ws.getCell(`A${totaalRij + 2}`).value =
    "* Prijzen: koopprijs v.o.n., huurprijs kale huur per maand (prijspeil 2022).";
  for (const kol of ["J"]) ws.getColumn(kol).numFmt = '"€" #,##0';
  ws.getColumn("K").numFmt = '"€" #,##0.00';
  const breedtes = [9, 30, 16, 20, 30, 9, 7, 7, 16, 11, 10, 11, 15, 24, 28];
  ws.columns.forEach((c, i) => (c.width = breedtes[i] ?? 12));
  ws.views = [{ state: "frozen", ySplit: kopRij }];

  const toel = wb.addWorksheet("Toelichting");
  toel.getCell("A1").value = "Toelichting";
  toel.getCell("A2").value =
    "Planstatus volgens de landelijke indeling: 1A onherroepelijk … 4B optie.";
  toel.getCell("A3").value = "Segmenten volgens art. 1 van de Regionale woondeal Zuidoost Drenthe.";

  await wb.xlsx.writeFile(uit);
  return uit;
}

module.exports = { maakVoorbeeld, VOORBEELD };
