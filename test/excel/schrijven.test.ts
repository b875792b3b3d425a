/**
 * Excel on the web refuses a request over 5 MB. The fake measures each sync's request from
 * its operations' object paths, actions and arguments (as Office.js sends them) and refuses
 * more than 5 MB; these tests make the marks' writes as large as a real list can.
 */
import { MAX_REGISTER, SCHRIJF_BUDGET, markeer } from "../../src/excel/markeringen";
import { MARKERINGEN_SLEUTEL } from "../../src/excel/namen";
import { FakeExcel } from "../fakes/excel";
import { maakPlanlijst, planRij } from "../fakes/planlijst-data";
import { controleerFake } from "./helpers";

const MB = 1024 * 1024;
jest.setTimeout(240_000);

/** 100,000 plans, each "Betaalbare koop" with its own price above the limit: one distinct error per plan. */
function groteLijst(aantal: number, basis: number) {
  const raster = maakPlanlijst(0);
  for (let i = 0; i < aantal; i++) {
    const rij = planRij(i);
    rij[7] = "Betaalbare koop";
    rij[8] = basis + i;
    rij[9] = null;
    raster.push(rij);
  }
  return raster;
}

test("100,000 plans with a distinct message per finding: every write sync under 5 MB, the registry bounded", async () => {
  const aantal = 100_000;
  const fake = new FakeExcel({ bladen: { Emmen: groteLijst(aantal, 400_000) } });
  const rapport = await controleerFake(fake);
  const prijs = rapport.bevindingen.filter((f) => f.rule === "prijs-segment");
  expect(prijs).toHaveLength(aantal);
  expect(new Set(prijs.map((f) => f.message)).size).toBe(aantal);

  fake.nulSyncs();
  const eerste = await markeer(fake.context, rapport);
  expect(eerste.fouten).toBe(aantal);
  expect(eerste.meldingen + eerste.zonderMelding).toBe(eerste.fouten + eerste.waarschuwingen);
  expect(eerste.meldingen).toBeGreaterThan(3_000);
  expect(fake.syncLog.filter((s) => s.fout)).toEqual([]);
  expect(Math.max(...fake.syncLog.map((s) => s.aanvraagBytes))).toBeLessThan(5 * MB);
  // Consecutive prompted cells are one run in the registry.
  const runsEerst = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string).bladen.Emmen
    .meldingen as string[];
  expect(runsEerst.length).toBeLessThan(eerste.meldingen / 4);

  // The user changes every price, and every other one to an affordable price: the errors now
  // stand on every other row, so neither the colours nor the prompts fit in a few ranges and
  // the second marking (old prompts cleared, new colours and prompts) needs more than one
  // request: the writes are split, each under the budget.
  fake.zetWaarden(
    "Emmen",
    "I4",
    Array.from({ length: aantal }, (_, i) => [i % 2 === 0 ? 500_000 + i : 300_000])
  );
  const tweede = await controleerFake(fake);
  fake.nulSyncs();
  const verslag = await markeer(fake.context, tweede);
  expect(verslag.fouten).toBe(aantal / 2);
  const schrijfSyncs = fake.syncLog.filter((s) => s.aanvraagBytes > MB);
  expect(schrijfSyncs.length).toBeGreaterThanOrEqual(2);
  expect(fake.syncLog.filter((s) => s.fout)).toEqual([]);
  for (const s of fake.syncLog) expect(s.aanvraagBytes).toBeLessThan(SCHRIJF_BUDGET + 0.5 * MB);
  // Prompts carry the new prices, none the old ones.
  expect(fake.cel("Emmen", "I4")!.validatie?.prompt?.message).toContain("500.000");

  const register = fake.model.instellingen[MARKERINGEN_SLEUTEL] as string;
  expect(new TextEncoder().encode(register).length).toBeLessThanOrEqual(MAX_REGISTER);
  const runs = JSON.parse(register).bladen.Emmen.meldingen as string[];
  console.log(
    `100,000 plans: first marking ${fake.syncLog.length} syncs; second ${JSON.stringify(
      fake.syncLog.map((s) => Math.round(s.aanvraagBytes / 1024) + " kB")
    )}; ${verslag.meldingen} prompts; registry ${register.length} bytes in ${runs.length} runs`
  );
});
