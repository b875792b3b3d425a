import {
  FORMULE,
  KLEUREN,
  PROMPT_TITEL,
  SOORTEN,
  comprimeer,
  inStukken,
  markeer,
  markeringenVan,
  wisMarkeringen,
} from "../../src/excel/markeringen";
import * as path from "path";
import { leesXlsx } from "../../src/cli/xlsx";
import { MARKERINGEN_SLEUTEL } from "../../src/excel/namen";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { toets } from "../../src/rules/toets";
import { Bevinding } from "../../src/rules/bevinding";
import { FakeExcel, kolomNaam, leesGebied } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";
import { controleerFake, werkmapZonder } from "./helpers";

/** A planlijst the user has formatted, validated, annotated and given conditional formats. */
function opgemaakt(rijen = 30): FakeExcel {
  const fake = new FakeExcel({
    bladen: { Emmen: maakPlanlijst(rijen), Notities: [["Toelichting"]] },
  });
  const b = fake.blad("Emmen");
  const i7 = fake.cel("Emmen", "I7", true)!;
  i7.opmaak = {
    vulling: "#FFFF00",
    vet: true,
    randen: { EdgeBottom: { stijl: "Continuous", kleur: "#000000" } },
  };
  i7.getalnotatie = "€ #.##0";
  // The user's own validation on an error cell, and a prompt-only validation on a warning cell.
  fake.cel("Emmen", "I14", true)!.validatie = {
    type: "Decimal",
    rule: { decimal: { formula1: 0, operator: "GreaterThan" } },
    prompt: { showPrompt: true, title: "Koopprijs", message: "Prijs in euro" },
  };
  fake.cel("Emmen", "E9", true)!.validatie = {
    type: "None",
    prompt: { showPrompt: true, title: "Status", message: "Kies 1A … 4B" },
  };
  fake.cel("Emmen", "E6", true)!.opmaak = { letterkleur: "#0000FF", cursief: true };
  for (let r = 3; r < 20; r++) fake.cel("Emmen", `F${r}`, true)!.getalnotatie = "0";
  b.notities.I7 = "Prijs volgt uit taxatie";
  b.opmerkingen.push({ id: "c1", adres: "B4", inhoud: "Klopt dit?", auteur: "Provincie" });
  b.tabellen.push({ naam: "Plannen", adres: "A3:L33", heeftKoppen: true });
  b.voorwaardelijkeOpmaak.push({
    id: "{gebruiker-1}",
    type: "CellValue",
    bereiken: ["F4:F33"],
    opmaak: { vulling: "#C6EFCE" },
    stopIfTrue: false,
    overig: { operator: "GreaterThan", formula1: "25" },
  });
  b.kolombreedtes[1] = 120;
  fake.model.instellingen["woondeal-toets"] = '{"gemeenten":{}}';
  return fake;
}

function ons(fake: FakeExcel, blad = "Emmen") {
  return fake
    .blad(blad)
    .voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal-toets"));
}

/** Cells (A1) of a sheet that hold a prompt of ours, from the model. */
function metOnzePrompt(fake: FakeExcel, blad = "Emmen"): string[] {
  const uit: string[] = [];
  for (const [r, rij] of Object.entries(fake.blad(blad).cellen))
    for (const [c, cel] of Object.entries(rij))
      if (cel.validatie?.prompt?.title?.startsWith("Woondeal-toets"))
        uit.push(`${kolomNaam(Number(c))}${Number(r) + 1}`);
  return uit;
}

function gemarkeerd(fake: FakeExcel, adres: string, blad = "Emmen"): string[] {
  const g = leesGebied(adres);
  return ons(fake, blad)
    .filter((cf) =>
      cf.bereiken.some((a) => {
        const x = leesGebied(a);
        return g.r >= x.r && g.r < x.r + x.rijen && g.c >= x.c && g.c < x.c + x.kolommen;
      })
    )
    .map((cf) => cf.opmaak.vulling!);
}

describe("marks that destroy nothing", () => {
  test("marks errors and warnings with conditional formats and prompts where the cell has no validation", async () => {
    const fake = opgemaakt();
    const rapport = await controleerFake(fake);
    fake.nulSyncs();
    const verslag = await markeer(fake.context, rapport);
    expect(gemarkeerd(fake, "I7")).toEqual([KLEUREN.error.vulling]);
    expect(gemarkeerd(fake, "E20")).toEqual([KLEUREN.warning.vulling]);
    expect(gemarkeerd(fake, "E6")).toEqual([]);
    expect(gemarkeerd(fake, "B7")).toEqual([]);
    expect(
      ons(fake).every(
        (cf) =>
          cf.type === "Custom" && (cf.formule === FORMULE.error || cf.formule === FORMULE.warning)
      )
    ).toBe(true);
    // Ours on top of the user's rule, which is still there.
    const lijst = fake.blad("Emmen").voorwaardelijkeOpmaak;
    expect(lijst[lijst.length - 1].id).toBe("{gebruiker-1}");
    expect(fake.cel("Emmen", "I7")!.validatie?.prompt).toEqual({
      showPrompt: true,
      title: "Woondeal-toets: fout",
      message: expect.stringContaining(
        "Prijs past niet bij het segment (art. 1a). Betaalbare koop kost volgens art. 1a ten hoogste"
      ),
    });
    // The user's validations are untouched.
    expect(fake.cel("Emmen", "I14")!.validatie?.prompt?.title).toBe("Koopprijs");
    expect(fake.cel("Emmen", "E9")!.validatie?.prompt?.title).toBe("Status");
    expect(verslag).toMatchObject({
      // Warnings: the plans without planstatus. Soft plans due after 2024 get no art. 4.9 warning.
      fouten: 4,
      waarschuwingen: 3,
      zonderMelding: 2,
      meldingen: 5,
    });
    // Own cell formats untouched.
    expect(fake.cel("Emmen", "I7")!.opmaak?.vulling).toBe("#FFFF00");
    // The registry holds the prompted cells as runs, exactly those with a prompt of ours.
    const register = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string);
    expect(register.versie).toBe(2);
    expect(register.bladen.Emmen.meldingen).toEqual(comprimeer(metOnzePrompt(fake)));
    expect(register.bladen.Emmen.meldingen.length).toBeLessThan(12);
    // names + registry; conditional formats + validation state; one mixed chunk looked at per cell; writes.
    expect(fake.syncs).toBe(4);
  });

  test("mark + clear restores every sheet and setting exactly", async () => {
    const fake = opgemaakt();
    const voor = werkmapZonder(fake);
    const rapport = await controleerFake(fake);
    await markeer(fake.context, rapport);
    expect(werkmapZonder(fake)).not.toEqual(voor);
    const verslag = await wisMarkeringen(fake.context);
    expect(verslag.verwijderd).toBeGreaterThan(0);
    expect(werkmapZonder(fake)).toEqual(voor);
  });

  test("a second check replaces the marks: nothing stale", async () => {
    const fake = opgemaakt();
    await markeer(fake.context, await controleerFake(fake));
    // The user fixes the price in I7 and the status in E6.
    fake.zetWaarden("Emmen", "I7", [[329000]]);
    fake.zetWaarden("Emmen", "E6", [["1A Onherroepelijk"]]);
    const tweede = await controleerFake(fake);
    fake.nulSyncs();
    await markeer(fake.context, tweede);
    expect(gemarkeerd(fake, "I7")).toEqual([]);
    expect(gemarkeerd(fake, "E6")).toEqual([]);
    expect(gemarkeerd(fake, "I14")).toEqual([KLEUREN.error.vulling]);
    expect(fake.cel("Emmen", "I7")!.validatie).toBeUndefined();
    expect(fake.cel("Emmen", "E6")!.validatie).toBeUndefined();
    expect(fake.cel("Emmen", "I21")!.validatie?.prompt?.title).toBe("Woondeal-toets: fout");
    expect(ons(fake).length).toBe(2);
    expect(fake.syncs).toBe(4);
    // And clearing after two checks still restores the original (apart from the two edits).
    await wisMarkeringen(fake.context);
    expect(ons(fake)).toEqual([]);
    expect(fake.model.instellingen[MARKERINGEN_SLEUTEL]).toBeUndefined();
  });

  test("a prompt the user replaced with a validation of their own is left alone by clear", async () => {
    const fake = opgemaakt();
    await markeer(fake.context, await controleerFake(fake));
    const i21 = fake.cel("Emmen", "I21")!;
    i21.validatie = {
      type: "WholeNumber",
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } },
      prompt: i21.validatie!.prompt,
    };
    await wisMarkeringen(fake.context);
    expect(fake.cel("Emmen", "I21")!.validatie?.type).toBe("WholeNumber");
  });

  test("a renamed sheet's marks are still cleared", async () => {
    const fake = opgemaakt();
    await markeer(fake.context, await controleerFake(fake));
    fake.blad("Emmen").naam = "Emmen 2026";
    await wisMarkeringen(fake.context);
    expect(ons(fake, "Emmen 2026")).toEqual([]);
    expect(fake.cel("Emmen 2026", "I7")!.validatie).toBeUndefined();
  });

  test("sync count does not grow with the number of marked cells; chunks respect the address limit", async () => {
    const tel = async (rijen: number) => {
      const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(rijen) } });
      const rapport = await controleerFake(fake);
      fake.nulSyncs();
      const verslag = await markeer(fake.context, rapport);
      expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
      return { syncs: fake.syncs, fouten: verslag.fouten };
    };
    const klein = await tel(100);
    const groot = await tel(5_000);
    expect(groot.fouten).toBeGreaterThan(500);
    expect(groot.syncs).toBe(klein.syncs);
  });

  test("comprimeer and inStukken", () => {
    expect(comprimeer(["C5", "C4", "C6", "A1", "C9", "AA10"])).toEqual([
      "A1",
      "C4:C6",
      "C9",
      "AA10",
    ]);
    const stukken = inStukken(Array.from({ length: 200 }, (_, i) => `B${i * 2 + 1}`));
    expect(stukken.every((s) => s.length <= 250)).toBe(true);
    expect(stukken.join(",").split(",")).toHaveLength(200);
  });
});

/** A change record as src/rapport `wijzigingMarkeringen` gives it (context: severity info). */
function wijziging(kolom: string, rij: number, tekst: string): Bevinding {
  return {
    rule: "aantal-gewijzigd",
    severity: "info",
    article: "art. 7.2",
    sheet: "Emmen",
    row: rij,
    column: kolom,
    message: `Gewijzigd sinds de vorige planlijst (Emmen rij ${rij}): ${tekst}.`,
  };
}

/** WCAG contrast ratio of two "#RRGGBB" colours. */
function contrast(a: string, b: string): number {
  const l = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [l(a), l(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("changes: a mark kind of their own", () => {
  test("a neutral colour, neither red nor yellow, with readable text; own formula and prompt title", () => {
    const { vulling } = KLEUREN.wijziging;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(vulling.slice(i, i + 2), 16));
    // Blue is the strongest channel of the fill (red and yellow fills have little blue).
    expect(b).toBeGreaterThan(r);
    expect(b).toBeGreaterThan(g);
    for (const soort of SOORTEN)
      expect(contrast(KLEUREN[soort].vulling, KLEUREN[soort].letter)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(SOORTEN.map((k) => KLEUREN[k].vulling)).size).toBe(3);
    expect(FORMULE.wijziging).toBe('=N("woondeal-toets:wijziging")=0');
    expect(new Set(SOORTEN.map((k) => FORMULE[k])).size).toBe(3);
    expect(PROMPT_TITEL.wijziging).toBe("Woondeal-toets: wijziging");
  });

  test("changes with findings: a cell with a finding keeps the finding's colour and lists the change after it", async () => {
    const fake = opgemaakt();
    const voor = werkmapZonder(fake);
    const rapport = await controleerFake(fake);
    const wijzigingen = [
      wijziging("E", 20, "planstatus 1A → (leeg)"),
      wijziging("B", 7, "netto 10 → 12 (+2)"),
      wijziging("B", 8, "netto 4 → 0 (−4)"),
      wijziging("B", 8, "sloop 0 → 4 (+4)"),
    ];
    const verslag = await markeer(fake.context, { ...rapport, wijzigingen });
    // The counts are of cells, each under the one kind it is coloured as.
    expect(verslag).toMatchObject({ fouten: 4, waarschuwingen: 3, wijzigingen: 2 });
    expect(gemarkeerd(fake, "E20")).toEqual([KLEUREN.warning.vulling]);
    const e20 = fake.cel("Emmen", "E20")!.validatie!.prompt!;
    expect(e20.title).toBe("Woondeal-toets: waarschuwing");
    // Excel's 255 characters: the findings come first, the change after them (cut if need be).
    const regels = e20.message!.split("\n");
    expect(regels).toHaveLength(2);
    expect(regels[0]).toMatch(/^waarschuwing: /);
    expect(regels[1]).toMatch(/^Gewijzigd sinds de vorige planlijst \(Emmen rij 20\): planstatus/);
    expect(e20.message!.length).toBeLessThanOrEqual(255);
    // A cell with changes only: the neutral mark, every change in its own line, no severity word.
    expect(gemarkeerd(fake, "B8")).toEqual([KLEUREN.wijziging.vulling]);
    expect(fake.cel("Emmen", "B8")!.validatie?.prompt).toEqual({
      showPrompt: true,
      title: "Woondeal-toets: wijziging",
      message:
        "Gewijzigd sinds de vorige planlijst (Emmen rij 8): netto 4 → 0 (−4) (art. 7.2).\nGewijzigd sinds de vorige planlijst (Emmen rij 8): sloop 0 → 4 (+4) (art. 7.2).",
    });
    expect(ons(fake).find((cf) => cf.formule === FORMULE.wijziging)?.opmaak).toEqual({
      vulling: KLEUREN.wijziging.vulling,
      letterkleur: KLEUREN.wijziging.letter,
    });
    // The registry knows the kinds per sheet.
    const register = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string);
    expect(register.bladen.Emmen.soorten).toEqual({ error: 4, warning: 3, wijziging: 2 });
    expect(register.bladen.Emmen.meldingen).toEqual(comprimeer(metOnzePrompt(fake)));

    await wisMarkeringen(fake.context);
    expect(werkmapZonder(fake)).toEqual(voor);
  });

  test("changes only: the next check's findings replace them, nothing stale", async () => {
    const fake = opgemaakt();
    const rapport = await controleerFake(fake);
    const verslag = await markeer(fake.context, {
      bevindingen: [],
      bladen: rapport.bladen,
      wijzigingen: [wijziging("B", 7, "netto 10 → 12 (+2)"), wijziging("I", 7, "prijs")],
    });
    expect(verslag).toMatchObject({ fouten: 0, waarschuwingen: 0, wijzigingen: 2, meldingen: 2 });
    expect(gemarkeerd(fake, "I7")).toEqual([KLEUREN.wijziging.vulling]);
    await markeer(fake.context, rapport);
    expect(gemarkeerd(fake, "B7")).toEqual([]);
    expect(fake.cel("Emmen", "B7")!.validatie).toBeUndefined();
    expect(gemarkeerd(fake, "I7")).toEqual([KLEUREN.error.vulling]);
    expect(fake.cel("Emmen", "I7")!.validatie?.prompt?.title).toBe("Woondeal-toets: fout");
    expect(ons(fake).some((cf) => cf.formule === FORMULE.wijziging)).toBe(false);
  });

  test("the registry round-trips: a protected sheet keeps its entry with its kinds; an entry without kinds is still cleared", async () => {
    const fake = opgemaakt();
    const voor = werkmapZonder(fake);
    const rapport = await controleerFake(fake);
    const wijzigingen = [wijziging("B", 7, "netto 10 → 12 (+2)")];
    await markeer(fake.context, { ...rapport, wijzigingen });
    const eerst = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string);
    fake.blad("Emmen").beveiligd = true;
    const verslag = await wisMarkeringen(fake.context);
    expect(verslag.beveiligd).toEqual(["Emmen"]);
    expect(JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string)).toEqual(eerst);
    delete (fake.blad("Emmen") as { beveiligd?: boolean }).beveiligd;
    // As an older version of the add-in wrote it: no kinds. Its prompts are cleared all the same.
    const { soorten, ...zonder } = eerst.bladen.Emmen;
    expect(soorten).toEqual({ error: 4, warning: 3, wijziging: 1 });
    fake.model.instellingen[MARKERINGEN_SLEUTEL] = JSON.stringify({
      versie: 2,
      bladen: { Emmen: zonder },
    });
    await wisMarkeringen(fake.context);
    expect(werkmapZonder(fake)).toEqual(voor);
  });
});

describe("marks on a Planmonitor sheet (one plan, fields on rows of their own)", () => {
  const bestand = path.join(__dirname, "..", "data", "layouts", "m-planmonitor-wonen.xlsx");

  it("a field's finding marks its value cell; one without a column marks the Plannaam cell", async () => {
    const invoer = await leesXlsx(bestand);
    const raster = invoer.find((b) => b.naam === "Gasselte Noord")!.raster;
    raster.find((r) => r[0] === "Gemeente")![1] = "Assen";
    const rapport = toets(leesWerkmap(invoer).bladen, { peildatum: "2025-06-01" });
    const zonderKolom: Bevinding = {
      rule: "geen-opleverjaar",
      severity: "warning",
      article: "art. 3.1",
      sheet: "Gasselte Noord",
      row: 15,
      message: "Plan zonder opleverjaar.",
    };
    const cellen = markeringenVan({
      ...rapport,
      bevindingen: [...rapport.bevindingen, zonderKolom],
    }).get("Gasselte Noord")!;
    expect(cellen.get("B3")?.bevindingen.map((f) => f.rule)).toContain("gemeente-buiten-deal");
    expect(cellen.get("B1")?.bevindingen).toEqual([zonderKolom]);
    expect(cellen.has("B15")).toBe(false);
  });
});
