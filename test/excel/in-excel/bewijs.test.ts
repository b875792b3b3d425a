/**
 * The contract test page end to end without Excel: the same bundle `npm run test:excel`
 * sideloads into Excel (contracttest.js), here on nep.html over the fake Excel in headless
 * Chromium, posting its results with office-addin-test-helpers to a real
 * office-addin-test-server on the loopback address, judged the way the runner judges them.
 * Plus the judging and the contract loop on their own (no browser).
 *
 * Needs /usr/bin/chromium and openssl (a throwaway certificate for the test server); without
 * them the browser part is skipped with a message, except on CI (CI=true).
 */
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import type { Server } from "http";
import type { Browser } from "playwright-core";
import { CONTRACTEN, ContractFout } from "../contract/contracten";
import { GESLAAGD, voerContractenUit } from "./uitvoeren";

interface Oordeel {
  omgeving?: Record<string, unknown>;
  regels: { naam: string; geslaagd: boolean; uitleg?: string }[];
  geslaagd: boolean;
  problemen: string[];
}
interface TestServerLokaal {
  start(): Promise<boolean>;
  stop(): Promise<boolean>;
}
// Plain CommonJS shared with scripts/test-excel.js (and the browser harness's server).
const { LokaleTestServer, beoordeel, wachtOpUitslag } = require("./testserver.js") as {
  LokaleTestServer: new (
    poort: number,
    certificaat: { key: Buffer; cert: Buffer }
  ) => TestServerLokaal;
  beoordeel(data: unknown, verwacht?: string[]): Oordeel;
  wachtOpUitslag(server: TestServerLokaal, ms: number): Promise<unknown>;
};
const { bouwContracttest } = require("./webpack.config.js");
const { serveer } = require("../../browser/bouw.js");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../../..");
const UIT = path.join(ROOT, "test-artifacts", "contracttest-nep");
const heeftOpenssl = spawnSync("openssl", ["version"]).status === 0;
const kan = fs.existsSync(CHROMIUM) && heeftOpenssl;
if (!kan) {
  const tekst = `Contracttest in de browser: ${fs.existsSync(CHROMIUM) ? "openssl" : CHROMIUM} ontbreekt.`;
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

/** A throwaway self-signed certificate for localhost (openssl), valid for one day. */
function wegwerpCertificaat(): { key: Buffer; cert: Buffer } {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-contracttest-"));
  try {
    const r = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "1",
        "-keyout",
        "key.pem",
        "-out",
        "cert.pem",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
      ],
      { cwd: map, encoding: "utf8" }
    );
    if (r.status !== 0) throw new Error(`openssl: ${r.stderr}`);
    return {
      key: fs.readFileSync(path.join(map, "key.pem")),
      cert: fs.readFileSync(path.join(map, "cert.pem")),
    };
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}

(kan ? describe : describe.skip)("the contract test page in Chromium over the fake Excel", () => {
  jest.setTimeout(60_000);
  let pagina: Server | undefined;
  let testServer: TestServerLokaal | undefined;
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
    await testServer?.stop();
    pagina?.close();
  });

  test("posts all eight contracts as passed to office-addin-test-server", async () => {
    await bouwContracttest({ outDir: UIT, nep: true });
    let url: string;
    ({ server: pagina, url } = await serveer(UIT, { start: "nep.html" }));
    const poort = await vrijePoort();
    testServer = new LokaleTestServer(poort, wegwerpCertificaat());
    expect(await testServer.start()).toBe(true);
    const uitslag = wachtOpUitslag(testServer, 30_000);

    const { chromium } = await import("playwright-core");
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
    // The throwaway certificate is not trusted by Chromium; Excel's web view must trust the
    // real one (README: npm run test:excel).
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const fouten: string[] = [];
    page.on("pageerror", (e) => fouten.push(e.message));
    await page.goto(`${url}nep.html?poort=${poort}`);

    const oordeel = beoordeel(await uitslag, NAMEN);
    expect(oordeel.problemen).toEqual([]);
    expect(oordeel.regels).toEqual(NAMEN.map((naam) => ({ naam, geslaagd: true })));
    expect(NAMEN).toHaveLength(8);
    expect(oordeel.omgeving).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      versie: "nep-Excel",
      excelApi114: true,
      contracten: 8,
    });
    expect(oordeel.geslaagd).toBe(true);
    // The page shows what it sent.
    await page.getByText("Uitslag verstuurd.").waitFor({ timeout: 5_000 });
    expect(await page.locator("#uitslag li.goed").count()).toBe(8);
    expect(fouten).toEqual([]);
  });
});
