/**
 * "Vergelijk met vorige versie" in a real browser (Chromium, headless): the built task pane
 * over the fake Excel holding the example planlijst (the current round), a previous round
 * picked with the file input (an .xlsx made from the example planlijst, read in the pane by
 * the real bounded reader, src/taskpane/bestand.ts), the result, a click on a changed plan,
 * the sheets, the marks and clearing them, axe in light and dark, and the 320 px width.
 * The screenshot goes to docs/img/pane-vergelijking.png (the user guide's picture).
 *
 * Built like test/browser/pane.test.ts (tools/harnas), into its own folder so both can run.
 * Needs /usr/bin/chromium; skipped without it, except on CI.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { Sessie, axe, beschrijf, foto, nieuwePagina, openPane } from "./sessie";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "../..");
const ARTEFACTEN = path.join(ROOT, "test-artifacts");
const UIT = path.join(ARTEFACTEN, "browser-vergelijking");
const DOCS_IMG = path.join(ROOT, "docs", "img");
const VOORBEELD = path.join(ROOT, "examples", "voorbeeld-planlijst.xlsx");
jest.setTimeout(30_000);

/**
 * The previous round: the example planlijst as a gemeente would have sent it half a year
 * earlier. EM-001 had 40 homes (now 48); EM-002 was soft (3) and due in 2024 (now 1A, 2025);
 * EM-019 was not in it yet; EM-099 was, and is gone now.
 */
async function vorigeRonde(pad: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(VOORBEELD);
  const ws = wb.worksheets[0];
  let kop: string[] = [];
  const rijVan = new Map<string, number>();
  const cellenVan = new Map<string, unknown[]>();
  ws.eachRow((rij, n) => {
    const waarden = (rij.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    if (waarden.includes("Plan-ID")) kop = waarden;
    const id = waarden[kop.indexOf("Plan-ID")];
    if (kop.length && /^EM-\d+$/.test(id ?? "")) {
      rijVan.set(id, n);
      cellenVan.set(id, (rij.values as unknown[]).slice(1));
    }
  });
  const zet = (id: string, kolom: string, waarde: ExcelJS.CellValue) =>
    (ws.getRow(rijVan.get(id)!).getCell(kop.indexOf(kolom)).value = waarde);
  zet("EM-001", "Aantal woningen", 40);
  zet("EM-001", "Netto", 40);
  zet("EM-002", "Planstatus", "3 In voorbereiding");
  zet("EM-002", "Oplevering", 2024);
  const laatste = Math.max(...rijVan.values());
  const oud = cellenVan.get("EM-019")!;
  const nieuw = ws.getRow(laatste + 1);
  oud.forEach((v, i) => (nieuw.getCell(i + 1).value = v as ExcelJS.CellValue));
  nieuw.getCell(kop.indexOf("Plan-ID")).value = "EM-099";
  nieuw.getCell(kop.indexOf("Projectnaam")).value = "Oude Boerderij";
  ws.spliceRows(rijVan.get("EM-019")!, 1);
  await wb.xlsx.writeFile(pad);
}

interface Venster {
  __fake: {
    model: {
      selectie?: { blad: string; adres: string };
      bladen: { naam: string }[];
    };
    blad(n: string): { voorwaardelijkeOpmaak: unknown[] };
  };
}

async function bladStaat(page: Page, blad: string) {
  return page.evaluate((naam) => {
    const fake = (window as unknown as Venster).__fake;
    const b = fake.blad(naam);
    return {
      markeringen: b.voorwaardelijkeOpmaak.length,
      blad: JSON.stringify(b),
      bladen: fake.model.bladen.map((x) => x.naam),
      selectie: fake.model.selectie,
    };
  }, blad);
}

async function vergelijkMetBestand(page: Page, bestand: string) {
  await page.getByRole("button", { name: "Controleer" }).waitFor({ timeout: 20_000 });
  await page.getByRole("tab", { name: "Vergelijk met vorige versie" }).click();
  await page.locator("input[type=file]").setInputFiles(bestand);
  await page.getByText(`Gekozen: ${path.basename(bestand)}`).waitFor();
  await page.getByRole("button", { name: "Vergelijk", exact: true }).click();
  await page.getByText(/^Vergeleken met vorige-ronde\.xlsx/).waitFor({ timeout: 20_000 });
}

beschrijf("Vergelijk met vorige versie in Chromium", () => {
  let sessie: Sessie;
  let browser: Browser;
  let page: Page;
  let url: string;
  let planlijst: string;
  let fouten: string[];
  let vorigeBestand: string;

  beforeAll(async () => {
    vorigeBestand = path.join(UIT, "vorige-ronde.xlsx");
    fs.mkdirSync(UIT, { recursive: true });
    await vorigeRonde(vorigeBestand);
    sessie = await openPane(UIT);
    ({ browser, page, url, planlijst, fouten } = sessie);
  }, 180_000);

  afterAll(async () => {
    await sessie?.sluit();
  });

  let voor: Awaited<ReturnType<typeof bladStaat>>;

  test("a chosen .xlsx is read in the pane and compared with the workbook's planlijst", async () => {
    voor = await bladStaat(page, planlijst);
    await vergelijkMetBestand(page, vorigeBestand);
    const soorten = page.getByRole("list", { name: "Plannen per soort wijziging" });
    for (const t of ["1 nieuw", "1 vervallen", "1 opgehard", "1 later opgeleverd"])
      await soorten.getByText(t, { exact: true }).waitFor();
    await page.getByRole("region", { name: "Emmen" }).waitFor();
    await page.getByText("Oude Boerderij (EM-099)", { exact: false }).first().waitFor();
    expect(await page.getByRole("status").textContent()).toMatch(
      /^Vergelijking klaar: \d+ plannen met een wijziging, \d+ bevindingen\.$/
    );
    fs.mkdirSync(DOCS_IMG, { recursive: true });
    await foto(page, path.join(UIT, "pane-vergelijking-volledig.png"), true);
    await foto(page, path.join(DOCS_IMG, "pane-vergelijking.png"));
    expect(fouten).toEqual([]);
  });

  test("fits 320 px: the four tabs and the result without sideways scrolling", async () => {
    const breedte = await page.evaluate(() => {
      const tabs = [...document.querySelectorAll("[role=tab]")];
      return {
        pagina: document.documentElement.scrollWidth,
        // The right edge of the last tab, whole pixels (a sub-pixel indicator is no overflow).
        laatsteTab: Math.floor(tabs[tabs.length - 1].getBoundingClientRect().right),
        tabs: tabs.length,
      };
    });
    expect(breedte).toEqual({ pagina: 320, laatsteTab: expect.any(Number), tabs: 4 });
    expect(breedte.laatsteTab).toBeLessThanOrEqual(320);
  });

  test("clicking a changed plan selects its row in the workbook", async () => {
    const knop = page.locator('button[title^="Selecteer rij"]', {
      hasText: "Parkwijk fase 3 (EM-001)",
    });
    const titel = await knop.getAttribute("title");
    const [, rij, blad] = /^Selecteer rij (\d+) op blad (.+)$/.exec(titel!)!;
    expect(blad).toBe(planlijst);
    await knop.click();
    await page.waitForFunction(
      (b) => (window as unknown as Venster).__fake.model.selectie?.blad === b,
      planlijst
    );
    expect((await bladStaat(page, planlijst)).selectie).toEqual({
      blad: planlijst,
      adres: `B${rij}`,
    });
    await page.getByText("netto 40 → 48 (+8)", { exact: false }).first().waitFor();
  });

  test("Markeer wijzigingen marks the changed cells; Markeringen wissen restores the sheet exactly", async () => {
    await page.getByRole("button", { name: "Markeer wijzigingen" }).click();
    await page.getByText(/^De gewijzigde cellen zijn gemarkeerd/).waitFor();
    expect((await bladStaat(page, planlijst)).markeringen).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Controle" }).click();
    await page.getByRole("button", { name: "Markeringen wissen" }).click();
    await page.getByText(/^Markeringen gewist\./).waitFor();
    const na = await bladStaat(page, planlijst);
    expect(na.markeringen).toBe(0);
    expect(na.blad).toBe(voor.blad);
    await page.getByRole("tab", { name: "Vergelijk met vorige versie" }).click();
  });

  test("Zet wijzigingen in werkmap writes the three sheets; Verwijder removes them", async () => {
    await page.getByRole("button", { name: "Zet wijzigingen in werkmap" }).click();
    await page.getByText(/^De bladen Woondeal-verschil-Wijzigingen/).waitFor();
    expect((await bladStaat(page, planlijst)).bladen).toEqual([
      ...voor.bladen,
      "Woondeal-verschil-Wijzigingen",
      "Woondeal-verschil-Per gemeente",
      "Woondeal-verschil-Bevindingen",
    ]);
    await page.getByRole("button", { name: "Verwijder vergelijkingsbladen" }).click();
    await page.getByText("De bladen van de vergelijking zijn verwijderd.").waitFor();
    expect((await bladStaat(page, planlijst)).bladen).toEqual(voor.bladen);
  });

  test("accessibility: axe finds nothing on the tab with a result, in light and dark", async () => {
    expect(await axe(page)).toEqual([]);
    const donker = await nieuwePagina(browser, 1);
    try {
      await donker.goto(`${url}harness.html?thema=donker`);
      await vergelijkMetBestand(donker, vorigeBestand);
      expect(await axe(donker)).toEqual([]);
      // Keyboard: the file button, the compare button and a changed plan are reachable with Tab.
      await donker.getByRole("tab", { name: "Vergelijk met vorige versie" }).focus();
      const bereikt = new Set<string>();
      for (let i = 0; i < 25; i++) {
        await donker.keyboard.press("Tab");
        bereikt.add(
          await donker.evaluate(() =>
            (document.activeElement?.textContent ?? "").trim().slice(0, 40)
          )
        );
      }
      expect([...bereikt]).toEqual(
        expect.arrayContaining([
          "Kies vorige planlijst (.xlsx)…",
          "Vergelijk",
          "Markeer wijzigingen",
        ])
      );
    } finally {
      await donker.close();
    }
    expect(fouten).toEqual([]);
  });
});
