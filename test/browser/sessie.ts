/**
 * What the browser tests share: Chromium (Debian's, never a download), the built harness
 * served from a folder, one 320 px page in Dutch with a fixed clock that collects page
 * errors, screenshots that are the same on every run, and axe-core over the page.
 */
import * as fs from "fs";
import type { Server } from "http";
import type { Browser, Page } from "playwright-core";

// Typed CommonJS tools shared with `npm run demo` (scripts/demo.js).
const { bouwHarness } = require("../../tools/harnas/browser.js");
const { serveer } = require("../../tools/harnas/serveer.js");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const heeftChromium = fs.existsSync(CHROMIUM);

if (!heeftChromium) {
  const tekst = `Browsertest: ${CHROMIUM} ontbreekt (apt-get install -y chromium).`;
  if (process.env.CI === "true" || process.env.CI === "1")
    throw new Error(`${tekst} Op CI is de browser verplicht.`);
  console.warn(`${tekst} De browsertest wordt overgeslagen.`);
}

/** `describe`, or `describe.skip` where there is no Chromium (never on CI: that throws above). */
export const beschrijf = heeftChromium ? describe : describe.skip;

const OPSTART = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--lang=nl-NL",
];

export interface Sessie {
  browser: Browser;
  page: Page;
  /** Base URL of the served harness (ends in "/"). */
  url: string;
  /** The harness workbook's active planlijst sheet. */
  planlijst: string;
  /** Page errors and console errors, for `expect(fouten).toEqual([])`. */
  fouten: string[];
  sluit(): Promise<void>;
}

/** A new 320 px page in Dutch, reduced motion; `thema=donker` for the dark Office theme. */
export function nieuwePagina(browser: Browser, schaal = 2): Promise<Page> {
  return browser.newPage({
    reducedMotion: "reduce",
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: schaal,
    locale: "nl-NL",
  });
}

/** Builds the harness into `uit`, serves it and opens the pane at a fixed clock. */
export async function openPane(uit: string): Promise<Sessie> {
  const { werkmap } = await bouwHarness({ uit });
  const { server, url } = (await serveer(uit)) as { server: Server; url: string };
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: OPSTART,
  });
  const page = await nieuwePagina(browser);
  // A fixed clock: the peildatum (today), "Bijgewerkt om 10:15" and the screenshots are the
  // same on every run.
  await page.clock.setFixedTime(new Date("2026-10-01T10:15:00"));
  const fouten: string[] = [];
  page.on("pageerror", (e) => fouten.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !/favicon/.test(m.text())) fouten.push(m.text());
  });
  await page.goto(`${url}harness.html`);
  return {
    browser,
    page,
    url,
    planlijst: werkmap.actief,
    fouten,
    async sluit() {
      await browser.close();
      await new Promise((klaar) => server.close(klaar));
    },
  };
}

/** A screenshot with animations finished (the same picture on every run). */
export async function foto(page: Page, bestand: string, volledig = false): Promise<void> {
  await page.screenshot({
    path: bestand,
    fullPage: volledig,
    animations: "disabled",
    caret: "hide",
  });
}

/** axe-core over the whole page: the violations as "rule (impact): target" lines. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: (require("axe-core") as { source: string }).source });
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: typeof import("axe-core") }).axe;
    // The whole page (landmarks, headings), minus tabster's focus guards: empty <i> elements
    // that are focusable and aria-hidden on purpose (they pass focus on at once). A known
    // false positive of aria-hidden-focus, by design in Fluent UI v9 (microsoft/tabster#288,
    // microsoft/fluentui#27517); Accessibility Insights suppresses it the same way.
    const r = await a.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`)
    );
  });
}
