/**
 * The real public workbooks in test/data/openbaar, read as a user would feed them: the EIB
 * plan-capacity inventory of 2021 (one row per plan, none in Drenthe) and the Data Bewijst
 * summary workbook. The EIB totals are held against a count made here directly with
 * ExcelJS, without the engine.
 */
import ExcelJS from "exceljs";
import { leesXlsx } from "../../src/cli/xlsx";
import { PlanlijstBlad, leesWerkmap } from "../../src/planlijst/lezer";
import { Rapport, toets } from "../../src/rules/toets";
import { DATABEWIJST, EIB } from "../data/openbaar";

interface Telling {
  plannen: number;
  bruto: number;
  sloop: number;
  net: number;
  hard: number;
  soft: number;
  unknown: number;
}

/** Own count per gemeente, straight from the cells: no engine code involved. */
async function telZelf(): Promise<Map<string, Telling>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EIB);
  const ws = wb.worksheets[0];
  const kop = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const kolom = (naam: string) => {
    const i = kop.indexOf(naam);
    if (i < 1) throw new Error(`column ${naam} not found`);
    return i;
  };
  const [gem, status, rest, sloop] = [
    kolom("Gem_naam"),
    kolom("Planstatus"),
    kolom("Aantalrest"),
    kolom("Sloop"),
  ];
  const jaarKolommen = kop.map((k, i) => (/^op/i.test(k) ? i : -1)).filter((i) => i > 0);
  const naamKolom = kolom("Plannaam");
  const uit = new Map<string, Telling>();
  const gezien = new Set<string>();
  ws.eachRow((row, nr) => {
    if (nr === 1) return;
    const v = row.values as unknown[];
    // A row repeating an earlier one (same gemeente, name, status code and all numbers) is one plan entered twice.
    const sleutel = JSON.stringify(
      [gem, naamKolom, rest, sloop, ...jaarKolommen]
        .map((i) => v[i])
        .concat(String(v[status]).slice(0, 2))
    );
    if (gezien.has(sleutel)) return;
    gezien.add(sleutel);
    const g = String(v[gem]).trim();
    const s = String(v[status]).trim();
    const bruto = Number(v[rest] ?? 0);
    const weg = Math.abs(Number(v[sloop] ?? 0));
    const net = bruto - weg;
    const t = uit.get(g) ?? {
      plannen: 0,
      bruto: 0,
      sloop: 0,
      net: 0,
      hard: 0,
      soft: 0,
      unknown: 0,
    };
    t.plannen++;
    t.bruto += bruto;
    t.sloop += weg;
    t.net += net;
    if (/^[12]/.test(s)) t.hard += net;
    else if (/^[34]/.test(s)) t.soft += net;
    else if (s === "Onbekend" || s === "Status onbekend") t.unknown += net;
    else throw new Error(`unexpected status ${s}`);
    uit.set(g, t);
  });
  return uit;
}

describe("the EIB plan-capacity workbook (2021), read with leesXlsx", () => {
  let blad: PlanlijstBlad;
  let rapport: Rapport;
  let zelf: Map<string, Telling>;
  beforeAll(async () => {
    const invoer = await leesXlsx(EIB);
    blad = leesWerkmap(invoer).bladen[0];
    rapport = toets([blad], { peildatum: "2025-06-01" });
    zelf = await telZelf();
  }, 60000);

  it("recognises plan name, gemeente, planstatus, Aantalrest as bruto, Sloop and the OP jaarschijf columns", () => {
    expect(blad.isPlanlijst).toBe(true);
    expect(blad.kopRij).toBe(1);
    const betekenis = Object.fromEntries(
      blad.kolommen.map((k) => [
        k.kop,
        k.betekenis.soort === "veld" ? k.betekenis.veld : k.betekenis,
      ])
    );
    expect(betekenis).toMatchObject({
      Provincie: "provincie",
      Gem_naam: "gemeente",
      Plannaam: "naam",
      Plantype: "plantype",
      Planstatus: "planstatus",
      Aantalrest: "bruto",
      Sloop: "sloop",
      OP2019: { soort: "jaarschijf", van: 2019, tot: 2019 },
      OP202024: { soort: "jaarschijf", van: 2020, tot: 2024 },
      Op202529: { soort: "jaarschijf", van: 2025, tot: 2029 },
      Op20302050: { soort: "jaarschijf", van: 2030, tot: 2050 },
      OPLONB: { soort: "jaarschijf-onbekend" },
    });
  });
  it("reads all 4,348 plans, one per row, none skipped", () => {
    expect(blad.plannen).toHaveLength(4348);
    expect(blad.overgeslagen).toEqual([]);
    expect(blad.plannen[0].rij).toBe(2);
    expect(blad.plannen[4347].rij).toBe(4349);
  });
  it("reads a plan's row exactly: Dorpshaven-Zuid, Aalsmeer, 1A, 24 homes in 2020–2024", () => {
    const p = blad.plannen[0];
    expect(p).toMatchObject({
      naam: "Dorpshaven-Zuid",
      gemeenteTekst: "Aalsmeer",
      provincie: "Noord-Holland",
      bruto: 24,
      sloop: 0,
      planstatus: { code: "1A", hardheid: "hard" },
      jaarschijven: [{ jaren: { van: 2020, tot: 2024 }, aantal: 24, kolom: "I" }],
      kolommen: { naam: "C", gemeente: "B", planstatus: "E", bruto: "F", sloop: "G" },
    });
    expect(p.gemeente).toBeUndefined();
  });
  it("reads Sloop, stored negative there, as its size", () => {
    const metSloop = blad.plannen.filter((p) => (p.sloop ?? 0) > 0);
    expect(metSloop).toHaveLength(306);
    expect(blad.plannen.every((p) => (p.sloop ?? 0) >= 0)).toBe(true);
  });
  it("reads every coded status, 'Onbekend' and 'Status onbekend' without a cell problem", () => {
    expect(blad.plannen.flatMap((p) => p.problemen)).toEqual([]);
    const codes = new Set(blad.plannen.map((p) => p.planstatus?.code ?? p.planstatus?.hardheid));
    expect([...codes].sort()).toEqual([
      "1A",
      "1B",
      "1C",
      "2A",
      "2B",
      "2C",
      "3",
      "4A",
      "4B",
      "onbekend",
    ]);
  });
  it.each(["Rotterdam", "Amsterdam", "Zaanstad", "Haarlem", "Dordrecht", "Aalsmeer", "Enschede"])(
    "%s: plans, bruto, sloop, net, hard, soft and unknown equal the own count",
    (g) => {
      const s = rapport.samenvatting.perGemeente[g];
      const t = zelf.get(g)!;
      expect(t.plannen).toBeGreaterThan(0);
      expect({
        plannen: s.plannen,
        bruto: s.bruto,
        sloop: s.sloop,
        net: s.netto,
        hard: s.hard,
        soft: s.zacht,
        unknown: s.statusOnbekend,
      }).toEqual(t);
      expect(s.inDeal).toBe(false);
    }
  );
  it("the totals over all 121 gemeenten equal the own count", () => {
    const som = (f: (t: Telling) => number) => [...zelf.values()].reduce((n, t) => n + f(t), 0);
    const samen = Object.values(rapport.samenvatting.perGemeente);
    const somS = (f: (s: (typeof samen)[number]) => number) => samen.reduce((n, s) => n + f(s), 0);
    expect(samen).toHaveLength(121);
    expect(zelf.size).toBe(121);
    expect(somS((s) => s.plannen)).toBe(som((t) => t.plannen));
    expect(somS((s) => s.netto)).toBe(som((t) => t.net));
    expect(somS((s) => s.hard)).toBe(som((t) => t.hard));
    expect(somS((s) => s.zacht)).toBe(som((t) => t.soft));
    expect(somS((s) => s.statusOnbekend)).toBe(som((t) => t.unknown));
    expect(somS((s) => s.hard + s.zacht + s.statusOnbekend)).toBe(som((t) => t.net));
  });
  it("art. 3.2: says every plan is outside the deal; no deal gemeente, no regional or aandeel findings", () => {
    expect(rapport.dealGemeenten).toEqual([]);
    expect(rapport.plannenBuitenDeal).toBe([...zelf.values()].reduce((n, t) => n + t.plannen, 0));
    const buiten = rapport.bevindingen.filter((f) => f.rule === "gemeente-buiten-deal");
    expect(buiten).toHaveLength(4348);
    expect(buiten[0]).toMatchObject({
      severity: "error",
      article: "art. 3.2",
      row: 2,
      column: "B",
      value: "Aalsmeer",
    });
    expect(buiten[0].message).toBe(
      '"Aalsmeer" is geen gemeente van de woondeal; de Woondeal Zuidoost Drenthe geldt voor Aa en Hunze, Borger-Odoorn, Coevorden en Emmen.'
    );
    const regels = new Set(rapport.bevindingen.map((f) => f.rule));
    for (const r of [
      "aandeel-niet-ingesteld",
      "regio-onvolledig",
      "regio-opgave",
      "sociale-huur-regio",
      "harde-capaciteit",
    ])
      expect(regels.has(r)).toBe(false);
  });
  it("art. 4.10: 368 plans with status unknown are reported; the jaarschijven add up to Aantalrest everywhere", () => {
    expect(rapport.bevindingen.filter((f) => f.rule === "planstatus-onbekend")).toHaveLength(368);
    expect(
      rapport.bevindingen.filter(
        (f) =>
          f.rule === "jaarschijven-som" || f.rule === "netto-som" || f.rule === "onleesbare-cel"
      )
    ).toEqual([]);
  });
});

describe("the Data Bewijst summary workbook", () => {
  it("reads without throwing; every sheet is reported as not a planlijst, with a Dutch reason", async () => {
    const invoer = await leesXlsx(DATABEWIJST);
    const { bladen } = leesWerkmap(invoer);
    expect(bladen.length).toBe(12);
    for (const b of bladen) {
      expect(b.isPlanlijst).toBe(false);
      expect(b.plannen).toEqual([]);
      expect(b.reden).toMatch(/^(geen kopregel|geen kolom|het blad|de kopregel)/);
    }
    const perNaam = Object.fromEntries(bladen.map((b) => [b.naam, b.reden]));
    expect(perNaam["groningen"]).toBe("geen kolom met plan- of projectnamen gevonden");
    expect(perNaam["Bevolkingsprognose CBS"]).toBe(
      "geen kopregel met herkenbare kolommen (zoals Projectnaam, Aantal woningen, Planstatus) gevonden"
    );
    const r = toets(bladen, { peildatum: "2025-06-01" });
    expect(r.bevindingen).toEqual([]);
    expect(r.dealGemeenten).toEqual([]);
  }, 60000);
});
