/**
 * "Samenvatting van deze werkmap" over the fake Excel: every sheet read, the summary sheets
 * written and removed, and the test of done: on the same .xlsx the pane's consolidation
 * equals the CLI's (`woondeal-toets samenvatting`), on a made multi-sheet workbook and on the
 * real provincial summary workbook.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { leesEnBereidVoor } from "../../src/cli/samenvatting";
import { leesXlsx } from "../../src/cli/xlsx";
import { Consolidatie, consolideerVoorbereid } from "../../src/consolidatie";
import { DealInstellingen } from "../../src/deal";
import { maakPaneActies } from "../../src/excel";
import { ALLE_PLANLIJSTEN } from "../../src/excel/acties";
import { bewaarWerkmapInstellingen } from "../../src/excel/instellingen";
import { RAPPORTBLAD, SAMENVATTINGSBLADEN } from "../../src/excel/namen";
import { linkNaar } from "../../src/excel/raster";
import { schrijfRapport } from "../../src/excel/rapport";
import {
  PANE_BEDIENING,
  vatWerkmapSamen,
  verwijderSamenvatting,
} from "../../src/excel/samenvatting";
import { BEVINDING_KOPPEN, samenvattingBlad, bevindingenBlad } from "../../src/rapport";
import { DATABEWIJST } from "../data/openbaar";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";
import { schrijfProvincieWerkmap } from "../fixtures/provinciewerkmap";
import { PEILDATUM, fakeVanWerkmap, werkmapZonder } from "./helpers";

jest.setTimeout(120_000);

const DEAL: DealInstellingen = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 600 },
    "Borger-Odoorn": { aandeel: 650 },
    Coevorden: { aandeel: 900 },
    Emmen: { aandeel: 2100 },
  },
};
const NAAM = "provincie-oktober-2026.xlsx";

let tmp: string;
let provincie: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-paneel-"));
  provincie = path.join(tmp, NAAM);
  await schrijfProvincieWerkmap(provincie);
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** The CLI's path: the command's own reading (one file at a time) and the engine, label = file name. */
async function viaCli(pad: string, deal: DealInstellingen, zonderVerborgen = false) {
  return consolideerVoorbereid(await leesEnBereidVoor([pad], { zonderVerborgen }), {
    peildatum: PEILDATUM,
    instellingen: deal,
  });
}

/** The pane's path: the same sheets in the (fake) open workbook, its settings stored in it. */
async function viaPane(pad: string, deal: DealInstellingen, zonderVerborgen = false) {
  const fake = fakeVanWerkmap(await leesXlsx(pad), path.basename(pad));
  await bewaarWerkmapInstellingen(fake.context, { deal, peildatum: PEILDATUM });
  fake.nulSyncs();
  const s = await vatWerkmapSamen(fake.context, { zonderVerborgen });
  return { fake, s, c: s.consolidatie };
}

/** What the user sees of a consolidation: figures, findings, sheets as read, duplicates, summary figures. */
function gezien(c: Consolidatie) {
  return {
    samenvatting: c.rapport.samenvatting,
    bevindingen: c.bevindingen.map((b) => ({
      bestand: b.bestand,
      blad: b.blad,
      regel: b.bevinding.rule,
      ernst: b.bevinding.severity,
      rij: b.bevinding.row,
      kolom: b.bevinding.column,
      gemeente: b.bevinding.gemeente,
      melding: b.bevinding.message,
    })),
    bestanden: c.bestanden.map((b) => ({ naam: b.naam, plannen: b.plannen, bladen: b.bladen })),
    dubbel: c.dubbel,
    samenvattingen: c.samenvattingen,
  };
}

describe("the pane's consolidation equals the CLI's on the same .xlsx", () => {
  test("a workbook with a planlijst per gemeente, a duplicate list, hidden rows and sheet, a summary sheet with #REF!", async () => {
    const cli = await viaCli(provincie, DEAL);
    const { c: pane, s, fake } = await viaPane(provincie, DEAL);
    expect(s.werkmap).toBe(NAAM);
    expect(gezien(pane)).toEqual(gezien(cli));
    // The sheets they lay out are the same too (Verantwoording names the CLI's path, so not it).
    expect(samenvattingBlad(pane).waarden).toEqual(samenvattingBlad(cli).waarden);
    // Each door as it writes the findings: the pane with links to its own sheets, the CLI
    // without (its sources are other files). The same cells; only the links differ, by design.
    const bevPane = bevindingenBlad(pane, PANE_BEDIENING, undefined, undefined, true);
    const bevCli = bevindingenBlad(cli, PANE_BEDIENING);
    expect(bevPane.waarden).toEqual(bevCli.waarden);
    expect(bevPane.formaten).toEqual(bevCli.formaten);
    expect(bevPane.oordelen).toEqual(bevCli.oordelen);
    expect(bevCli.links).toEqual([]);
    expect(bevPane.links.length).toBeGreaterThan(0);
    expect(bevPane.links).toHaveLength(
      pane.bevindingen.filter((b) => b.blad && b.bevinding.row !== undefined).length
    );
    // Three syncs to read the whole workbook with its settings.
    expect(fake.syncs).toBe(3);

    // The workbook exercises what the pane never did before: every kind of sheet, #REF! in a summary sheet.
    expect(pane.bestanden[0].bladen.map((b) => [b.naam, b.soort])).toEqual([
      ["Emmen", "planlijst"],
      ["Emmen aanvulling", "planlijst"],
      ["Borger-Odoorn", "planlijst"],
      ["Coevorden", "planlijst"],
      ["htotaal per gemeente", "samenvatting"],
      ["Toelichting", "overig"],
      ["Leeg", "overig"],
    ]);
    expect(pane.dubbel).toHaveLength(3);
    const fouten = pane.bevindingen
      .filter((b) => b.bevinding.rule === "formule-fout")
      .map((b) => `${b.blad}!${b.bevinding.column}${b.bevinding.row}`);
    expect(fouten).toEqual(expect.arrayContaining(["Toelichting!A2"]));
    const svCel = pane.bevindingen.filter(
      (b) =>
        b.blad === "htotaal per gemeente" && b.bevinding.column === "D" && b.bevinding.row === 4
    );
    expect(svCel.map((b) => b.bevinding.message).join(" ")).toContain("#REF!");
    const borger = pane.bevindingen.filter(
      (b) => b.blad === "Borger-Odoorn" && b.bevinding.row === 12 && b.bevinding.column === "I"
    );
    expect(borger.map((b) => b.bevinding.message).join(" ")).toContain("#REF!");
    expect(pane.rapport.samenvatting.perGemeente.Coevorden.plannen).toBe(12);
    expect(pane.samenvattingen.map((x) => x.gemeente)).toEqual([
      "Aa en Hunze",
      "Emmen",
      "Coevorden",
    ]);
    expect(
      pane.bevindingen.some((b) => b.blad === "Coevorden" && /verborgen/.test(b.bevinding.message))
    ).toBe(true);
  });

  test("the same without hidden sheets and rows (--zonder-verborgen)", async () => {
    const cli = await viaCli(provincie, DEAL, true);
    const { c: pane } = await viaPane(provincie, DEAL, true);
    expect(gezien(pane)).toEqual(gezien(cli));
    expect(pane.rapport.samenvatting.perGemeente.Coevorden).toBeUndefined();
    expect(pane.rapport.samenvatting.perGemeente["Borger-Odoorn"].plannen).toBe(18);
  });

  test("the real provincial summary workbook (Data Bewijst): summary sheets, 775 #REF! cells, hidden sheets", async () => {
    const cli = await viaCli(DATABEWIJST, { gemeenten: {} });
    const { c: pane, s } = await viaPane(DATABEWIJST, { gemeenten: {} });
    expect(s.werkmap).toBe("plancapaciteit_databewijst.xlsx");
    expect(gezien(pane)).toEqual(gezien(cli));
    expect(samenvattingBlad(pane).waarden).toEqual(samenvattingBlad(cli).waarden);
    expect(pane.bevindingen.filter((b) => b.bevinding.rule === "formule-fout")).toHaveLength(775);
    expect(pane.samenvattingen.map((x) => x.gemeente)).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
    ]);
    // No plans in it: summary sheets and others, each with why.
    expect(new Set(pane.bestanden[0].bladen.map((b) => b.soort))).toEqual(
      new Set(["samenvatting", "overig"])
    );
  });
});

describe("writing and removing the summary sheets", () => {
  function werkmap() {
    const fake = new FakeExcel({
      bladen: {
        Emmen: maakPlanlijst(25),
        Coevorden: maakPlanlijst(8, "Coevorden"),
        // A user's own sheet called Samenvatting: never touched.
        Samenvatting: [
          ["provincie", "gemeente", "htotaal", "ztotaal", "totaal"],
          ["Drenthe", "Emmen", 100, "#REF!", 300],
        ],
      },
      werkmapNaam: "Regio ZO-Drenthe.xlsx",
    });
    return fake;
  }

  test("writes the sheets in two syncs under the add-in's names, replaces them, and removes exactly them", async () => {
    const fake = werkmap();
    await bewaarWerkmapInstellingen(fake.context, { deal: DEAL, peildatum: PEILDATUM });
    const voor = werkmapZonder(fake);

    fake.nulSyncs();
    const eerste = await vatWerkmapSamen(fake.context, { inWerkmap: true });
    expect(fake.syncs).toBe(5);
    expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
    expect(eerste.bladen).toEqual([
      "Woondeal-samenvatting",
      "Woondeal-bevindingen",
      "Woondeal-verantwoording",
      "Woondeal-uit-samenvattingen",
    ]);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual([
      "Emmen",
      "Coevorden",
      "Samenvatting",
      ...eerste.bladen,
    ]);
    expect(fake.model.actiefBlad).toBe("Woondeal-samenvatting");
    expect(fake.waarden("Woondeal-samenvatting", "A1")[0][0]).toMatch(/^Samenvatting planlijsten/);
    expect(fake.waarden("Woondeal-samenvatting", "A2")[0][0]).toContain(
      "zie het blad Woondeal-verantwoording"
    );
    // The findings sheet names the workbook and the sheet as the user knows them.
    const kop = fake.waarden("Woondeal-bevindingen", "A1:L1")[0];
    const eersteRij = fake.waarden("Woondeal-bevindingen", "A2:L2")[0];
    expect([eersteRij[0], eersteRij[kop.indexOf("Blad")]]).toEqual([
      "Regio ZO-Drenthe.xlsx",
      "Coevorden",
    ]);
    // The pane's settings are named, not the CLI's options.
    const verantwoording = fake
      .waarden("Woondeal-verantwoording", "A1:D80")
      .map((r) => r.join(" | "))
      .join("\n");
    expect(verantwoording).toContain("opgegeven met Instellingen → Peildatum in het taakvenster");
    expect(verantwoording).toContain("instellingen uit deze werkmap");
    expect(verantwoording).not.toContain("--");
    expect(verantwoording).toContain("overgenomen in het blad Woondeal-uit-samenvattingen");

    // A second run reads none of its own sheets: the same consolidation.
    fake.nulSyncs();
    const tweede = await vatWerkmapSamen(fake.context, { inWerkmap: true });
    expect(fake.syncs).toBe(5);
    expect(gezien(tweede.consolidatie)).toEqual(gezien(eerste.consolidatie));
    expect(tweede.consolidatie.bestanden[0].bladen.map((b) => b.naam)).toEqual([
      "Emmen",
      "Coevorden",
      "Samenvatting",
    ]);
    expect(fake.model.bladen).toHaveLength(7);

    // The user's summary sheet gone: the new set has no Uit samenvattingen, and the old one is removed.
    const eigen = fake.model.bladen.find((b) => b.naam === "Samenvatting")!;
    fake.model.bladen.splice(fake.model.bladen.indexOf(eigen), 1);
    const derde = await vatWerkmapSamen(fake.context, { inWerkmap: true });
    expect(derde.bladen).toHaveLength(3);
    expect(fake.zoekBlad(SAMENVATTINGSBLADEN.uitSamenvattingen)).toBeUndefined();
    fake.model.bladen.splice(2, 0, eigen);

    fake.nulSyncs();
    expect(await verwijderSamenvatting(fake.context)).toEqual(derde.bladen);
    expect(fake.syncs).toBe(2);
    expect(werkmapZonder(fake)).toEqual(voor);
    expect(await verwijderSamenvatting(fake.context)).toEqual([]);
  });

  test("a large consolidation is written in requests under 5 MB", async () => {
    const fake = new FakeExcel({
      bladen: { Emmen: maakPlanlijst(6_000), Coevorden: maakPlanlijst(6_000, "Coevorden") },
    });
    await bewaarWerkmapInstellingen(fake.context, { deal: DEAL, peildatum: PEILDATUM });
    fake.nulSyncs();
    const s = await vatWerkmapSamen(fake.context, { inWerkmap: true });
    expect(s.consolidatie.bevindingen.length).toBeGreaterThan(2_000);
    expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
    const n = s.consolidatie.bevindingen.length;
    expect(fake.waarden("Woondeal-bevindingen", `A${n + 1}`)[0][0]).not.toBe("");
  });
});

describe("links from the summary sheets to the workbook's own sheets", () => {
  const CEL = 1 + BEVINDING_KOPPEN.indexOf("Cel");
  const BLAD = 1 + BEVINDING_KOPPEN.indexOf("Blad");
  const BEV = SAMENVATTINGSBLADEN.bevindingen;

  /** The address a finding's Cel text stands for: "C12", or "rij 12" for the whole row. */
  const adresVan = (cel: string) =>
    cel.startsWith("rij ") ? `${cel.slice(4)}:${cel.slice(4)}` : cel;

  test("each finding's cell links to its place, sheet names with spaces and apostrophes quoted; removing restores the workbook", async () => {
    const fake = new FakeExcel({
      bladen: {
        "Plannen d'Emmen": maakPlanlijst(25),
        "Coevorden 2026": maakPlanlijst(8, "Coevorden"),
        "Per gemeente 'oud'": [
          ["provincie", "gemeente", "htotaal", "ztotaal", "totaal"],
          ["Drenthe", "Emmen", 100, 200, 300],
        ],
      },
    });
    await bewaarWerkmapInstellingen(fake.context, { deal: DEAL, peildatum: PEILDATUM });
    const voor = werkmapZonder(fake);
    const s = await vatWerkmapSamen(fake.context, { inWerkmap: true });
    expect(s.bladen).toHaveLength(4);

    const n = s.consolidatie.bevindingen.length;
    const rijen = fake.waarden(BEV, `A2:L${n + 1}`);
    const bronnen = new Set(["Plannen d'Emmen", "Coevorden 2026", "Per gemeente 'oud'"]);
    let links = 0;
    rijen.forEach((w, i) => {
      const cel = fake.cel(BEV, `G${i + 2}`);
      const [blad, tekst] = [String(w[BLAD] ?? ""), String(w[CEL] ?? "")];
      if (!blad || !tekst) return expect(cel?.formule).toBeUndefined();
      links++;
      expect(bronnen.has(blad)).toBe(true);
      expect(cel!.formule).toBe(linkNaar(blad, adresVan(tekst), tekst));
      // The cell shows its place, as without a link.
      expect(cel!.waarde).toBe(tekst);
    });
    expect(links).toBeGreaterThan(0);
    const formules = rijen.map((_, i) => fake.cel(BEV, `G${i + 2}`)?.formule);
    expect(formules).toContainEqual(expect.stringMatching(/^=HYPERLINK\("#'Plannen d''Emmen'!/));
    expect(formules).toContainEqual(expect.stringMatching(/^=HYPERLINK\("#'Coevorden 2026'!/));
    // Only the Cel column carries formulas: no other cell of a finding became one.
    for (let i = 0; i < rijen.length; i++)
      for (const k of "ABCDEFHIJKL") expect(fake.cel(BEV, `${k}${i + 2}`)?.formule).toBeUndefined();

    // Verantwoording links each sheet as read to that sheet; Uit samenvattingen each row to its source.
    const verantwoording = fake.waarden(SAMENVATTINGSBLADEN.verantwoording, "A1:B80");
    const bladRij = verantwoording.findIndex((w) => w[1] === "Map1.xlsx › Per gemeente 'oud'");
    expect(bladRij).toBeGreaterThan(0);
    expect(fake.cel(SAMENVATTINGSBLADEN.verantwoording, `B${bladRij + 1}`)!.formule).toBe(
      `=HYPERLINK("#'Per gemeente ''oud'''!A1","Map1.xlsx › Per gemeente 'oud'")`
    );
    expect(fake.cel(SAMENVATTINGSBLADEN.uitSamenvattingen, "C4")!.formule).toBe(
      linkNaar("Per gemeente 'oud'", "2:2", "Per gemeente 'oud'")
    );

    expect(await verwijderSamenvatting(fake.context)).toEqual(s.bladen);
    expect(werkmapZonder(fake)).toEqual(voor);
  });
});

describe("PaneActies over the fake", () => {
  let herstel: (() => void) | undefined;
  afterEach(() => herstel?.());

  test("vatSamen, verwijderSamenvatting; the sheet list and a check ignore the add-in's sheets", async () => {
    const fake = new FakeExcel({
      bladen: { Emmen: maakPlanlijst(12), Notities: [["x"]] },
    });
    herstel = runWith(fake);
    const acties = maakPaneActies();
    await acties.bewaarInstellingen({ deal: DEAL, peildatum: PEILDATUM });
    const alleen = await acties.vatSamen();
    expect(alleen.bladen).toEqual([]);
    expect(fake.model.bladen).toHaveLength(2);
    expect(alleen.werkmap).toBe("Map1.xlsx");
    expect(alleen.consolidatie.rapport.samenvatting.perGemeente.Emmen.plannen).toBe(12);

    const geschreven = await acties.vatSamen({ inWerkmap: true });
    expect(geschreven.bladen).toHaveLength(3);
    const rapport = await acties.controleer(ALLE_PLANLIJSTEN);
    await Excel.run((context) => schrijfRapport(context, rapport));
    expect((await acties.bladen()).map((b) => b.naam)).toEqual(["Emmen", "Notities"]);
    expect(rapport.bladen.map((b) => b.naam)).toEqual(["Emmen"]);
    // With the active sheet one of the add-in's: every planlijst is checked, not that sheet.
    fake.model.actiefBlad = SAMENVATTINGSBLADEN.bevindingen;
    const actief = await acties.controleer();
    expect(actief.bladen.map((b) => b.naam)).toEqual(["Emmen"]);

    expect(await acties.verwijderSamenvatting()).toEqual(geschreven.bladen);
    // The report sheet is not the summary's: it stays.
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Emmen", "Notities", RAPPORTBLAD]);
  });
});
