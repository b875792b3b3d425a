import { rapportRaster, schrijfRapport, verwijderRapport } from "../../src/excel/rapport";
import { BEVINDING_KOPPEN } from "../../src/rapport/bevindingentabel";
import { SAMENVATTING_KOPPEN } from "../../src/rapport/rapportblad";
import { RAPPORTBLAD } from "../../src/excel/namen";
import { telErnst } from "../../src/rules/toets";
import { FakeExcel } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";
import { controleerFake } from "./helpers";

function rijMet(fake: FakeExcel, tekst: string): number {
  const b = fake.blad(RAPPORTBLAD);
  for (const [r, cellen] of Object.entries(b.cellen))
    if (cellen[0]?.waarde === tekst) return Number(r);
  throw new Error(`geen rij met ${tekst}`);
}

describe("report sheet", () => {
  test("writes header, limits with source, counts, summary and findings with links, in two syncs", async () => {
    const fake = new FakeExcel({
      bladen: { "Plannen 'Emmen'": maakPlanlijst(30), Notities: [["x"]] },
    });
    const voor = fake.momentopname("Plannen 'Emmen'");
    const rapport = await controleerFake(fake);
    fake.nulSyncs();
    await schrijfRapport(fake.context, rapport);
    expect(fake.syncs).toBe(2);
    expect(fake.model.actiefBlad).toBe(RAPPORTBLAD);
    expect(fake.momentopname("Plannen 'Emmen'")).toEqual(voor);

    const w = (adres: string) => fake.waarden(RAPPORTBLAD, adres);
    expect(w("A2:B2")).toEqual([["Peildatum", "27 november 2026"]]);
    expect(w("A4:C4")).toEqual([
      [
        "Betaalbare koop tot en met",
        355000,
        "Regionale woondeal Zuidoost Drenthe (21 december 2022), art. 1a",
      ],
    ]);
    // Sociale huur: the liberalisatiegrens of each opleverjaar, with its national source.
    expect(w("A6:C6")).toEqual([
      [
        "Sociale huur tot en met, oplevering in 2022 (liberalisatiegrens; daarboven middenhuur)",
        763.47,
        "liberalisatiegrens 2022: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag, bedrag per 1 januari 2022",
      ],
    ]);
    expect(w("A10:B10")).toEqual([
      [
        "Sociale huur tot en met, oplevering in 2026 (liberalisatiegrens; daarboven middenhuur)",
        932.93,
      ],
    ]);
    const telRij = rijMet(fake, "Aantal");
    const telling = telErnst(rapport.bevindingen);
    expect(telling.error).toBe(4);
    expect(w(`B${telRij + 1}:D${telRij + 1}`)).toEqual([
      [telling.error, telling.warning, telling.info],
    ]);

    const regio = rijMet(fake, "Regio Zuidoost Drenthe");
    const emmen = rijMet(fake, "Emmen");
    expect(w(`B${emmen + 1}:D${emmen + 1}`)).toEqual([
      [30, rapport.samenvatting.perGemeente.Emmen.nettoInPeriode, "niet ingesteld"],
    ]);
    expect(w(`B${regio + 1}`)[0][0]).toBe(30);
    // Art. 4.13 and the doelgroepen per gemeente close the summary row.
    const doelKolom = String.fromCharCode(64 + SAMENVATTING_KOPPEN.length);
    expect(SAMENVATTING_KOPPEN.slice(-3)).toEqual([
      "Flexwoningen (art. 4.13)",
      "Transformatie (art. 4.13)",
      "Doelgroepen",
    ]);
    expect(w(`${doelKolom}${emmen + 1}`)[0][0]).toMatch(
      /^Gezinnen [\d.,]+ · Ouderen [\d.,]+ · Starters [\d.,]+$/
    );

    // The findings table has the columns of the one findings table (also the CSV's).
    const kop = rijMet(fake, "Ernst");
    expect(w(`A${kop + 1}:K${kop + 1}`)).toEqual([BEVINDING_KOPPEN]);
    const eerste = fake.waarden(RAPPORTBLAD, `A${kop + 2}:K${kop + 2}`)[0];
    expect(eerste.slice(0, 6)).toEqual([
      "fout",
      "art. 1a",
      "prijs-segment",
      "Prijs past niet bij het segment",
      "Plannen 'Emmen'",
      "I7",
    ]);
    const link = fake.cel(RAPPORTBLAD, `F${kop + 2}`)!;
    expect(link.formule).toBe(`=HYPERLINK("#'Plannen ''Emmen'''!I7","I7")`);
    expect(link.getalnotatie).toBeUndefined();
    // Text cells are text-formatted before their values are written.
    expect(fake.cel(RAPPORTBLAD, `K${kop + 2}`)!.getalnotatie).toBe("@");
    // Findings without a place (per gemeente) have no link; their gemeente is in its own column.
    const i = rapport.bevindingen.findIndex((f) => f.sheet === undefined && f.gemeente === "Emmen");
    expect(i).toBeGreaterThan(-1);
    const rij = kop + 2 + i;
    expect(fake.cel(RAPPORTBLAD, `F${rij}`)?.formule).toBeUndefined();
    expect(fake.waarden(RAPPORTBLAD, `E${rij}:H${rij}`)).toEqual([["", "", "", "Emmen"]]);
  });

  test("a second report replaces the first; removing it deletes only that sheet", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(10) } });
    const rapport = await controleerFake(fake);
    await schrijfRapport(fake.context, rapport);
    fake.zetWaarden(RAPPORTBLAD, "Z99", [["oud"]]);
    await schrijfRapport(fake.context, rapport);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Emmen", RAPPORTBLAD]);
    expect(fake.cel(RAPPORTBLAD, "Z99")).toBeUndefined();
    const voor = fake.momentopname("Emmen");
    expect(await verwijderRapport(fake.context)).toBe(true);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Emmen"]);
    expect(fake.momentopname("Emmen")).toEqual(voor);
    expect(await verwijderRapport(fake.context)).toBe(false);
  });

  test("the sheet is the engine's Raster, named Woondeal-rapport", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(5) } });
    expect(rapportRaster(await controleerFake(fake)).naam).toBe(RAPPORTBLAD);
  });
});

describe("report sheet size", () => {
  test("a report of a 20,000-row list stays under 5 MB per sync", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(20_000) } });
    const rapport = await controleerFake(fake);
    fake.nulSyncs();
    await schrijfRapport(fake.context, rapport);

    console.log(
      `report of ${rapport.bevindingen.length} findings: ${fake.syncs} syncs, largest ${fake.grootsteSync} bytes`
    );
    expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
    expect(fake.waarden(RAPPORTBLAD, "A1:A1")[0][0]).toMatch(/^Woondeal-toets/);
  });
});
