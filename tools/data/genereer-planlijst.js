// @ts-check
// Generates realistic (fictitious) planlijsten for the four gemeenten of the Woondeal
// Zuidoost Drenthe: kernen, plan statuses 1A…4B and words, segments, prices written the
// Dutch way, delivery years 2022–2032, sloop (sometimes written negative), and a few
// violations (prices above the limit, netto ≠ bruto − sloop, unknown status, PM plans,
// a #REF! formula). Deterministic for a given seed.
//
//   node scripts/genereer-planlijst.js <aantal> <uit.xlsx> [--gemeente Emmen] [--seed 1]
//
// Used by the bench (tools/bench/) and the consolidation tests; `require` it for
// genereerPlannen and schrijfPlanlijst.
const ExcelJS = require("exceljs");

/** @typedef {string | number | null} Waarde  a cell of a generated plan row */

/** @type {Record<string, string[]>} */
const KERNEN = {
  "Aa en Hunze": [
    "Gieten",
    "Rolde",
    "Annen",
    "Gasselte",
    "Eext",
    "Anloo",
    "Grolloo",
    "Gasselternijveen",
    "Ekehaar",
    "Schipborg",
  ],
  "Borger-Odoorn": [
    "Borger",
    "Exloo",
    "Odoorn",
    "Nieuw-Buinen",
    "Valthermond",
    "2e Exloërmond",
    "Buinen",
    "Klijndijk",
    "Ees",
    "Drouwen",
  ],
  Coevorden: [
    "Coevorden",
    "Dalen",
    "Sleen",
    "Oosterhesselen",
    "Aalden",
    "Zweeloo",
    "Zwinderen",
    "Gees",
    "Wachtum",
    "Dalerveen",
  ],
  Emmen: [
    "Emmen",
    "Klazienaveen",
    "Nieuw-Amsterdam",
    "Erica",
    "Schoonebeek",
    "Emmer-Compascuum",
    "Zwartemeer",
    "Nieuw-Weerdinge",
    "Barger-Compascuum",
    "Veenoord",
  ],
};
/** @type {Record<string, string>} */
const AFKORTING = { "Aa en Hunze": "AH", "Borger-Odoorn": "BO", Coevorden: "CV", Emmen: "EM" };
const LOCATIES = [
  "Kerkstraat",
  "Hoofdstraat",
  "De Es",
  "Parkwijk",
  "Centrumplan",
  "Oude schoollocatie",
  "Molenakkers",
  "Noorderpark",
  "Esweg",
  "Brink",
  "Stationsgebied",
  "Zuiderhof",
  "Havenkwartier",
  "Boslaan",
  "Dorpshart",
  "Veenpark",
  "Kanaalzone",
  "Sportparklaan",
  "Marktplein",
  "Westerveld",
  "Oosterakkers",
  "Melkfabriekterrein",
  "Pastorietuin",
  "Schoolstraat",
];
/** @type {[string, number][]} */
const STATUSSEN = [
  ["1A Onherroepelijk", 30],
  ["1B Onherroepelijk, uitwerkingsplicht", 3],
  ["1C Onherroepelijk, wijzigingsbevoegdheid", 2],
  ["2A Vastgesteld", 10],
  ["2B Vastgesteld, uitwerkingsplicht", 3],
  ["2C Vastgesteld, wijzigingsbevoegdheid", 2],
  ["3 In voorbereiding", 20],
  ["4A Visie", 9],
  ["4B Optie", 7],
  ["Vergund", 5],
  ["In aanbouw", 5],
  ["Opgeleverd", 2],
  ["Onbekend", 2],
];
/** @type {[string, number][]} */
const SEGMENTEN = [
  ["Sociale huur", 30],
  ["Middenhuur", 12],
  ["Dure huur", 5],
  ["Betaalbare koop", 25],
  ["Dure koop", 25],
  ["", 3],
];
/** @type {Record<string, string>} */
const AFKORTINGEN = {
  "Sociale huur": "SH",
  Middenhuur: "MH",
  "Dure huur": "DH",
  "Betaalbare koop": "BK",
  "Dure koop": "DK",
};
const DOELGROEPEN = [
  "Starters",
  "Ouderen",
  "Gezinnen",
  "Spoedzoekers",
  "Middeninkomens",
  "Eenpersoons",
  "Zorg",
  "Doorstromers",
];
const PARTIJEN = [
  "Domesta",
  "Lefier",
  "Woonservice",
  "Woonstichting Zuidoost",
  "Bouwbedrijf Drenthe",
  "Ontwikkelaar Noord",
  "Particulier",
  "Gemeente",
];

/** @typedef {() => number} Toeval */

/**
 * mulberry32: a small deterministic PRNG.
 * @param {number} seed
 * @returns {Toeval}
 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {Toeval} r
 * @param {T[]} lijst
 * @returns {T}
 */
function kies(r, lijst) {
  return lijst[Math.floor(r() * lijst.length)];
}
/**
 * @param {Toeval} r
 * @param {[string, number][]} lijst
 */
function gewogen(r, lijst) {
  const totaal = lijst.reduce((s, [, w]) => s + w, 0);
  let x = r() * totaal;
  for (const [v, w] of lijst) if ((x -= w) < 0) return v;
  return lijst[lijst.length - 1][0];
}
/**
 * @param {Toeval} r
 * @param {number} van
 * @param {number} tot
 */
function tussen(r, van, tot) {
  return van + Math.floor(r() * (tot - van + 1));
}
/**
 * @param {Toeval} r
 * @param {number} n
 */
function euroTekst(r, n) {
  const t = new Intl.NumberFormat("nl-NL").format(n);
  return kies(r, [`€ ${t}`, `${t},-`, `€ ${t},-`, `${Math.round(n / 1000)}k`]);
}

/**
 * Plans as rows (arrays in the column order of KOP). `gemeente` is one deal gemeente or
 * undefined for all four mixed.
 * @param {number} aantal
 * @param {{ gemeente?: string, seed?: number, start?: number }} [opties]
 * @returns {Waarde[][]}
 */
function genereerPlannen(aantal, { gemeente, seed = 1, start = 1 } = {}) {
  const r = prng(seed);
  const gemeenten = gemeente ? [gemeente] : Object.keys(KERNEN);
  /** @type {Waarde[][]} */
  const rijen = [];
  for (let i = 0; i < aantal; i++) {
    const g = gemeenten[i % gemeenten.length];
    const kern = kies(r, KERNEN[g]);
    const locatie = kies(r, LOCATIES);
    const nr = start + i;
    const naam = `${locatie} ${kern}${r() < 0.6 ? ` fase ${tussen(r, 1, 6)}` : ""} (${nr})`;
    const status = gewogen(r, STATUSSEN);
    const bruto = Math.max(1, Math.round(Math.exp(r() * 4.2)));
    let sloop = r() < 0.1 ? tussen(r, 1, bruto) : 0;
    let netto = bruto - sloop;
    if (r() < 0.005) netto += tussen(r, 1, 5); // violation: netto ≠ bruto − sloop
    if (sloop && r() < 0.3) sloop = -sloop; // written negative in the source
    let segment = gewogen(r, SEGMENTEN);
    /** @type {number | string | null} */
    let koop = null;
    /** @type {number | string | null} */
    let huur = null;
    const grensFout = r() < 0.01;
    if (segment === "Betaalbare koop")
      koop = grensFout ? tussen(r, 356, 420) * 1000 : tussen(r, 220, 355) * 1000;
    else if (segment === "Dure koop") koop = tussen(r, 360, 750) * 1000;
    else if (segment === "Sociale huur")
      huur = grensFout ? tussen(r, 780, 900) : tussen(r, 550, 763);
    else if (segment === "Middenhuur") huur = tussen(r, 770, 1000);
    else if (segment === "Dure huur") huur = tussen(r, 1010, 1500);
    if (koop !== null && r() < 0.15) koop = euroTekst(r, koop);
    if (huur !== null && r() < 0.1) huur = `€ ${huur},-`;
    if (segment && r() < 0.2) segment = AFKORTINGEN[segment];
    const jaar = tussen(r, 2022, 2032);
    const oplevering =
      r() < 0.8 ? jaar : r() < 0.5 ? `Q${tussen(r, 1, 4)} ${jaar}` : `${jaar}-${jaar + 1}`;
    const pm = status.startsWith("4") && r() < 0.05;
    rijen.push([
      `${AFKORTING[g]}-${String(nr).padStart(6, "0")}`,
      pm ? `PM uitbreiding ${kern} (${nr})` : naam,
      g,
      pm ? null : kern,
      pm ? null : `${locatie}${r() < 0.3 ? ` ${tussen(r, 1, 120)}` : ""}`,
      status,
      bruto,
      sloop || null,
      netto,
      pm ? null : segment || null,
      koop,
      huur,
      oplevering,
      kies(r, DOELGROEPEN),
      kies(r, PARTIJEN),
      r() < 0.05 ? "flexwoningen" : null,
    ]);
  }
  return rijen;
}

const KOP = [
  "Plan-ID",
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Locatie",
  "Planstatus",
  "Aantal woningen",
  "Sloop",
  "Netto",
  "Segment",
  "Koopprijs",
  "Huurprijs",
  "Oplevering",
  "Doelgroep",
  "Corporatie / ontwikkelaar",
  "Opmerking",
];

/**
 * Writes rows as a planlijst workbook with ExcelJS's streaming writer: a title, a header on
 * row 4, the plans, a totals row and a note; a few cells hold a #REF! formula.
 * @param {string} pad
 * @param {Waarde[][]} rijen
 * @param {{ titel?: string, blad?: string, refFouten?: number }} [opties]
 */
async function schrijfPlanlijst(
  pad,
  rijen,
  { titel = "Woningbouwplanlijst", blad = "Planlijst", refFouten = 3 } = {}
) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: pad,
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = wb.addWorksheet(blad, { views: [{ state: "frozen", ySplit: 4 }] });
  ws.addRow([titel]).commit();
  ws.addRow(["Stand 1 oktober 2026 · fictief, gegenereerd voor tests en metingen"]).commit();
  ws.addRow([]).commit();
  const kop = ws.addRow(KOP);
  kop.font = { bold: true };
  kop.commit();
  const stap = refFouten > 0 ? Math.max(1, Math.floor(rijen.length / refFouten)) : Infinity;
  let som = 0;
  rijen.forEach((rij, i) => {
    som += Number(rij[6]);
    const r = ws.addRow(rij);
    if (refFouten > 0 && i % stap === Math.floor(stap / 2) && i / stap < refFouten) {
      r.getCell(9).value = { formula: `G${r.number}-#REF!`, result: { error: "#REF!" } };
    }
    r.commit();
  });
  ws.addRow([]).commit();
  ws.addRow(["Totaal", null, null, null, null, null, som]).commit();
  ws.addRow(["* Prijzen: koopprijs v.o.n., huurprijs kale huur per maand."]).commit();
  ws.commit();
  await wb.commit();
}

module.exports = { genereerPlannen, schrijfPlanlijst, KOP, KERNEN };
