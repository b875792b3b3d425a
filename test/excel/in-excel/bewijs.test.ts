/**
 * `npm run test:excel` end to end without Excel: the runner's own run
 * (tools/harnas/contracttest.js, which scripts/test-excel.js runs with the sideload: build,
 * https page server, office-addin-test-server, wait, judge, print, clean up) with
 * headless Chromium in place of the sideload. Chromium loads the same bundle Excel would
 * (contracttest.js) on nep.html, over the fake Excel, and posts its results with
 * office-addin-test-helpers to the real office-addin-test-server on the loopback address.
 * Plus the judging and the contract loop on their own (no browser).
 *
 * Needs /usr/bin/chromium; without it the browser part is skipped with a message, except on
 * CI (CI=true). The https certificate is a throwaway one made here (no openssl needed).
 */
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";
import { CONTRACTEN, ContractFout } from "../contract/contracten";
import { GESLAAGD, voerContractenUit } from "./uitvoeren";

interface Oordeel {
  omgeving?: Record<string, unknown>;
  regels: { naam: string; geslaagd: boolean; uitleg?: string }[];
  geslaagd: boolean;
  problemen: string[];
}
// Typed CommonJS tools (tools/harnas/): the run of npm run test:excel and its test server.
const { beoordeel, MANIFEST, PAGINA_POORT, TESTSERVER_POORT } =
  require("../../../tools/harnas/testserver.js") as {
    beoordeel(data: unknown, verwacht?: string[]): Oordeel;
    MANIFEST: string;
    PAGINA_POORT: number;
    TESTSERVER_POORT: number;
  };
const { draaiContracttest } = require("../../../tools/harnas/contracttest.js") as {
  draaiContracttest(opties: {
    certificaat: { key: Buffer; cert: Buffer };
    laad: (url: string) => Promise<{ stop(): Promise<void> }>;
    wacht?: number;
    paginaPoort?: number;
    testServerPoort?: number;
    nep?: boolean;
    log?: (...regels: string[]) => void;
  }): Promise<{ code: number; oordeel?: Oordeel }>;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../../..");
const kan = fs.existsSync(CHROMIUM);
if (!kan) {
  const tekst = `Contracttest in de browser: ${CHROMIUM} ontbreekt (apt-get install -y chromium).`;
  if (process.env.CI === "true" || process.env.CI === "1")
    throw new Error(`${tekst} Verplicht op CI.`);
  console.warn(`${tekst} Overgeslagen.`);
}
const NAMEN = CONTRACTEN.map((c) => c.naam);

describe("judging the results (as npm run test:excel does)", () => {
  const geslaagd = (naam: string) => ({
    resultName: naam,
    resultValue: GESLAAGD,
    expectedValue: GESLAAGD,
  });
  const omgeving = { resultName: "omgeving", resultValue: { contracten: 2 }, expectedValue: null };

  test("all announced contracts passed", () => {
    const o = beoordeel([omgeving, geslaagd("a"), geslaagd("b")], ["a", "b"]);
    expect(o).toEqual({
      omgeving: { contracten: 2 },
      regels: [
        { naam: "a", geslaagd: true },
        { naam: "b", geslaagd: true },
      ],
      geslaagd: true,
      problemen: [],
    });
  });

  test("a failed, missing or unannounced contract, a page error or nothing at all fails", () => {
    const fout = {
      resultName: "b",
      resultValue: "ContractFout: verwacht 1, kreeg 0",
      expectedValue: GESLAAGD,
    };
    expect(beoordeel([omgeving, geslaagd("a"), fout])).toMatchObject({
      geslaagd: false,
      regels: [
        { naam: "a", geslaagd: true },
        { naam: "b", geslaagd: false, uitleg: "ContractFout: verwacht 1, kreeg 0" },
      ],
      problemen: [],
    });
    expect(beoordeel([omgeving, geslaagd("a")]).problemen).toEqual([
      "1 van 2 contracten ontvangen / received",
    ]);
    expect(beoordeel([geslaagd("a")], ["a", "c"]).problemen).toEqual(["ontbreekt / missing: c"]);
    expect(
      beoordeel([
        { resultName: "test-error", resultValue: "Ping failed", expectedValue: "no-error" },
      ]).problemen
    ).toEqual([
      "fout in de testpagina / test page error: Ping failed",
      "geen contracten ontvangen / no contract results received",
    ]);
    expect(beoordeel([]).geslaagd).toBe(false);
    expect(beoordeel({ a: 1 }).geslaagd).toBe(false);
  });
});

test("the contract loop reports each contract, a failure with its error, and runs the rest", async () => {
  const gezien: string[] = [];
  const uit = await voerContractenUit(
    async (taak) => taak(undefined as unknown as Excel.RequestContext),
    [
      {
        naam: "faalt",
        async test() {
          throw new ContractFout("verwacht ItemNotFound, kreeg undefined");
        },
      },
      {
        naam: "Office-fout",
        async test() {
          throw Object.assign(new Error("The sheet is protected."), {
            name: "RichApi.Error",
            code: "AccessDenied",
          });
        },
      },
      { naam: "slaagt", async test() {} },
    ],
    (r) => gezien.push(r.resultName)
  );
  expect(uit).toEqual([
    {
      resultName: "faalt",
      resultValue: "verwacht ItemNotFound, kreeg undefined",
      expectedValue: GESLAAGD,
    },
    {
      resultName: "Office-fout",
      resultValue: "RichApi.Error: AccessDenied: The sheet is protected.",
      expectedValue: GESLAAGD,
    },
    { resultName: "slaagt", resultValue: GESLAAGD, expectedValue: GESLAAGD },
  ]);
  expect(gezien).toEqual(["faalt", "Office-fout", "slaagt"]);
});

function vrijePoort(): Promise<number> {
  return new Promise((klaar, mislukt) => {
    const s = net.createServer();
    s.once("error", mislukt);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => klaar(port));
    });
  });
}

/**
 * A throwaway CA and localhost certificate (office-addin-dev-certs' generator, offline, no
 * openssl), valid for one day, in a temporary folder removed at once.
 */
async function wegwerpCertificaat(): Promise<{ key: Buffer; cert: Buffer }> {
  const { generateCertificates } = await import("office-addin-dev-certs");
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-contracttest-"));
  try {
    const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((b) =>
      path.join(map, b)
    );
    await generateCertificates(ca, cert, key, 1, ["localhost", "127.0.0.1", "::1"]);
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}

test("the test manifest names the ports the runner serves on", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");
  const bron = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  expect(bron).toBe(
    `https://localhost:${PAGINA_POORT}/taskpane.html?poort=${TESTSERVER_POORT}&amp;sluit=1`
  );
  // Its own add-in id: sideloading it never replaces the real add-in.
  const id = (x: string) => /<Id>([^<]+)<\/Id>/.exec(x)?.[1];
  expect(id(xml)).not.toBe(id(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")));
});

(kan ? describe : describe.skip)(
  "npm run test:excel's run, in Chromium over the fake Excel",
  () => {
    jest.setTimeout(90_000);

    test("posts all eight contracts as passed to office-addin-test-server; the runner prints them and exits 0", async () => {
      const [paginaPoort, testServerPoort] = [await vrijePoort(), await vrijePoort()];
      const regels: string[] = [];
      const paginaFouten: string[] = [];
      let teksten: string[] = [];
      let browser: Browser | undefined;
      const { chromium } = await import("playwright-core");

      const { code, oordeel } = await draaiContracttest({
        certificaat: await wegwerpCertificaat(),
        nep: true,
        paginaPoort,
        testServerPoort,
        wacht: 30_000,
        log: (...r: string[]) => regels.push(...r),
        // Chromium instead of the sideload: it loads the same bundle, on nep.html.
        async laad(url: string) {
          browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: true,
            args: [
              "--no-sandbox",
              "--disable-gpu",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--no-first-run",
            ],
          });
          // The throwaway certificate is not trusted; Excel's web view must trust the real one.
          const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
          page.on("pageerror", (e) => paginaFouten.push(e.message));
          await page.goto(url);
          return {
            async stop() {
              await page.getByText("Uitslag verstuurd.").waitFor({ timeout: 5_000 });
              teksten = await page.locator("#uitslag li.goed").allTextContents();
              await browser?.close();
              browser = undefined;
            },
          };
        },
      });
      await browser?.close();

      expect(regels.filter((r) => /PROBLEEM|MISLUKT|niet draaien/.test(r))).toEqual([]);
      expect(code).toBe(0);
      expect(oordeel?.problemen).toEqual([]);
      expect(oordeel?.regels).toEqual(NAMEN.map((naam) => ({ naam, geslaagd: true })));
      expect(NAMEN).toHaveLength(8);
      expect(oordeel?.omgeving).toEqual({
        host: "Excel",
        platform: "OfficeOnline",
        versie: "nep-Excel",
        excelApi114: true,
        contracten: 8,
      });
      for (const naam of NAMEN) expect(regels).toContain(`GESLAAGD / PASS  ${naam}`);
      expect(regels).toContain("Alle 8 contracten geslaagd / all 8 contracts passed.");
      // The page showed what it sent, without errors.
      expect(teksten).toEqual(NAMEN.map((naam) => `✓ ${naam}`));
      expect(paginaFouten).toEqual([]);
      // Everything the run started has stopped: both ports are free again.
      for (const poort of [paginaPoort, testServerPoort]) expect(await isVrij(poort)).toBe(true);
    });
  }
);

function isVrij(poort: number): Promise<boolean> {
  return new Promise((klaar) => {
    const s = net.createServer();
    s.once("error", () => klaar(false));
    s.listen(poort, "127.0.0.1", () => s.close(() => klaar(true)));
  });
}
