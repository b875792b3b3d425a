import { leesWerkmap } from "../../src/planlijst/lezer";
import { leesPlanlijstBladen, leesRijen } from "../../src/excel/planlijst";
import { FakeExcel } from "../fakes/excel";
import { KOP, maakPlanlijst } from "../fakes/planlijst-data";

describe("leesPlanlijstBladen", () => {
  test("reads every sheet into a grid with its origin; the report sheet is skipped", async () => {
    const fake = new FakeExcel({
      bladen: {
        Toelichting: [["Zie blad Emmen"]],
        Emmen: maakPlanlijst(5),
        "Woondeal-rapport": [["oud rapport"]],
      },
    });
    fake.zetWaarden("Emmen", "N20", [["#REF!"]]);
    const bladen = await leesPlanlijstBladen(fake.context);
    expect(bladen.map((b) => b.naam)).toEqual(["Toelichting", "Emmen"]);
    const emmen = bladen[1];
    expect(emmen.oorsprong).toBe("A1");
    expect(emmen.raster[2]).toEqual(KOP.concat(["", ""]));
    expect(emmen.raster[19][13]).toBe("#REF!");
    expect(emmen.id).toBe(fake.blad("Emmen").id);
    const werkmap = leesWerkmap(bladen);
    expect(werkmap.bladen[1].isPlanlijst).toBe(true);
    expect(werkmap.bladen[1].plannen).toHaveLength(5);
    // names; used ranges + sample; values
    expect(fake.syncs).toBe(3);
  });

  test("a given sheet: used range + sample with the first sync, values in the second", async () => {
    const fake = new FakeExcel({ bladen: { Blad1: [], Plannen: [] } });
    fake.zetWaarden("Plannen", "C5", maakPlanlijst(3).slice(2));
    const [blad] = await leesPlanlijstBladen(fake.context, { blad: "plannen" });
    expect(blad.naam).toBe("Plannen");
    expect(blad.oorsprong).toBe("C5");
    expect(blad.raster).toHaveLength(4);
    expect(fake.syncs).toBe(2);
    const werkmap = leesWerkmap([blad]);
    expect(werkmap.bladen[0].plannen.map((p) => [p.rij, p.kolommen.naam])).toEqual([
      [6, "D"],
      [7, "D"],
      [8, "D"],
    ]);
  });

  test("an unknown sheet gives a Dutch error", async () => {
    const fake = new FakeExcel();
    await expect(leesPlanlijstBladen(fake.context, { blad: "Nergens" })).rejects.toThrow(
      'Blad "Nergens" bestaat niet in deze werkmap.'
    );
  });

  test("the number of syncs does not grow with rows; each sync stays under 5 MB", async () => {
    const tel = async (rijen: number) => {
      const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(rijen) } });
      const bladen = await leesPlanlijstBladen(fake.context);
      expect(bladen[0].raster).toHaveLength(rijen + 3);
      expect(fake.grootsteSync).toBeLessThan(5 * 1024 * 1024);
      return fake.syncs;
    };
    expect(await tel(100)).toBe(await tel(20_000));
  });

  test("a huge used range that is mostly empty is not read row by row", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(50) } });
    fake.zetWaarden("Emmen", "M1048576", [["verdwaald"]]);
    const [blad] = await leesPlanlijstBladen(fake.context, { blad: "Emmen" });
    expect(blad.rijen).toBe(1048576);
    expect(blad.raster[1048575][12]).toBe("verdwaald");
    expect(blad.raster[500000]).toBeUndefined();
    const gelezenCellen = fake.syncLog
      .flatMap((s) => s.gelezen)
      .map((a) => /!([A-Z]+)(\d+):?([A-Z]+)?(\d+)?/.exec(a)!)
      .reduce((n, m) => n + (m[4] ? Number(m[4]) - Number(m[2]) + 1 : 1), 0);
    expect(gelezenCellen).toBeLessThan(300);
    // used range + sample; band probes; values
    expect(fake.syncs).toBe(3);
    expect(leesWerkmap([blad]).bladen[0].plannen).toHaveLength(50);
  });

  test("when Excel refuses a sync for its size, the blocks are split and read again", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(2_000) }, payloadLimiet: 60_000 });
    // The sample under-estimates: long notes further down.
    for (let r = 300; r < 2003; r++) fake.zetWaarden("Emmen", `M${r}`, [["x".repeat(200)]]);
    const [blad] = await leesPlanlijstBladen(fake.context, { budget: 50_000 });
    expect(blad.raster[1999][12]).toBe("x".repeat(200));
    expect(fake.syncLog.some((s) => s.fout === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.syncLog.filter((s) => !s.fout).every((s) => s.antwoordBytes <= 60_000)).toBe(true);
  });

  test("leesRijen reads only the given rows in one sync", async () => {
    const fake = new FakeExcel({ bladen: { Emmen: maakPlanlijst(100) } });
    const rijen = await leesRijen(fake.context, "Emmen", [3, 50, 51, 90], 0, 12);
    expect([...rijen.keys()]).toEqual([3, 50, 51, 90]);
    expect(rijen.get(3)).toEqual(KOP);
    expect(fake.syncs).toBe(1);
    expect(fake.syncLog[0].gelezen).toEqual(["Emmen!A3:L3", "Emmen!A50:L51", "Emmen!A90:L90"]);
  });
});
