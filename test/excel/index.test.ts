import { leesEnToets, maakPaneActies } from "../../src/excel";
import { ALLE_PLANLIJSTEN } from "../../src/excel/acties";
import { MARKERINGEN_SLEUTEL, RAPPORTBLAD } from "../../src/excel/namen";
import { Rapport } from "../../src/rules/toets";
import { FakeExcel, runWith } from "../fakes/excel";
import { maakPlanlijst } from "../fakes/planlijst-data";

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

function opzet(bladen: ConstructorParameters<typeof FakeExcel>[0]) {
  const fake = new FakeExcel(bladen);
  herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({
    gemeenten: { Emmen: { aandeel: 2000 } },
    peildatum: "2026-11-27",
  });
  return fake;
}

function cfVan(fake: FakeExcel, blad = "Emmen") {
  return fake
    .blad(blad)
    .voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal-toets"));
}

describe("maakPaneActies over the fake Excel", () => {
  test("a full check takes the same number of syncs for 100 and 20,000 rows, each under 5 MB", async () => {
    const meet = async (rijen: number) => {
      const fake = opzet({ bladen: { Emmen: maakPlanlijst(rijen), Toelichting: [["tekst"]] } });
      const stappen: string[] = [];
      const start = Date.now();
      const rapport = await maakPaneActies().controleer(undefined, (v) => stappen.push(v.stap));
      const duur = Date.now() - start;
      herstel!();
      expect(stappen[stappen.length - 1]).toBe("Klaar");
      expect(rapport.samenvatting.perGemeente.Emmen.plannen).toBe(rijen);
      expect(rapport.samenvatting.perGemeente.Emmen.doel).toBe(2000);
      const grootste = fake.grootsteSync;
      expect(grootste).toBeLessThan(5 * 1024 * 1024);
      return { syncs: fake.syncs, grootste, duur, bevindingen: rapport.bevindingen.length };
    };
    const klein = await meet(100);
    const groot = await meet(20_000);

    console.log(
      `full check: 100 rows ${JSON.stringify(klein)}; 20,000 rows ${JSON.stringify(groot)}`
    );
    expect(groot.syncs).toBe(klein.syncs);
    expect(groot.bevindingen).toBeGreaterThan(klein.bevindingen * 100);
  });

  test("controleer: the given sheet, else the active planlijst, else every planlijst", async () => {
    const fake = opzet({
      bladen: {
        Emmen: maakPlanlijst(10),
        Coevorden: maakPlanlijst(5, "Coevorden"),
        Notities: [["x"]],
      },
      actief: "Notities",
    });
    const acties = maakPaneActies();
    expect((await acties.controleer()).dealGemeenten.sort()).toEqual(["Coevorden", "Emmen"]);
    fake.model.actiefBlad = "Coevorden";
    expect((await acties.controleer()).dealGemeenten).toEqual(["Coevorden"]);
    // "Alle planlijsten" checks every planlijst even when the active sheet is one.
    expect((await acties.controleer(ALLE_PLANLIJSTEN)).dealGemeenten.sort()).toEqual([
      "Coevorden",
      "Emmen",
    ]);
    expect((await acties.controleer("Emmen")).dealGemeenten).toEqual(["Emmen"]);
    // The check of Emmen replaced the marks on Coevorden.
    expect(cfVan(fake, "Coevorden")).toEqual([]);
    expect(cfVan(fake, "Emmen").length).toBeGreaterThan(0);
  });

  test("bladen, selecteer, rapport and wisMarkeringen", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(10), "Blad 2": [] } });
    const acties = maakPaneActies();
    expect(await acties.bladen()).toEqual([
      { naam: "Emmen", actief: true },
      { naam: "Blad 2", actief: false },
    ]);
    const rapport = await acties.controleer();
    await acties.maakRapport(rapport);
    expect(await acties.bladen()).toEqual([
      { naam: "Emmen", actief: false },
      { naam: "Blad 2", actief: false },
    ]);
    await acties.selecteer("Emmen", "I7");
    expect(fake.model.actiefBlad).toBe("Emmen");
    expect(fake.model.selectie).toEqual({ blad: "Emmen", adres: "I7" });
    await expect(acties.selecteer("Weg", "A1")).rejects.toThrow(
      'Blad "Weg" bestaat niet (meer) in deze werkmap.'
    );
    await acties.wisMarkeringen();
    expect(cfVan(fake)).toEqual([]);
    expect(fake.model.instellingen[MARKERINGEN_SLEUTEL]).toBeUndefined();
    expect(fake.zoekBlad(RAPPORTBLAD)).toBeDefined();
  });

  test("settings through the pane: saved in the workbook, used by the check, bad content refused in Dutch", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(10) } });
    const acties = maakPaneActies();
    const inst = await acties.leesInstellingen();
    await acties.bewaarInstellingen({ ...inst, deal: { gemeenten: { Emmen: { aandeel: 50 } } } });
    const rapport = await acties.controleer();
    expect(rapport.samenvatting.perGemeente.Emmen.doel).toBe(50);
    fake.model.instellingen["woondeal-toets"] = "{kapot";
    await expect(acties.controleer()).rejects.toThrow(/geen geldige JSON/);
  });

  test("volgWijzigingen: an edited row is re-read alone (with the header) and the findings and marks follow", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(200) } });
    const acties = maakPaneActies({ vertraging: 5 });
    const eerste = await acties.controleer();
    expect(
      eerste.bevindingen.some(
        (f) => f.sheet === "Emmen" && f.row === 7 && f.rule === "prijs-segment"
      )
    ).toBe(true);
    let volgende: (r: Rapport) => void = () => {};
    const stop = acties.volgWijzigingen((r) => volgende(r));
    const wacht = () => new Promise<Rapport>((klaar) => (volgende = klaar));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    fake.nulSyncs();

    let nieuw = wacht();
    await fake.bewerk("Emmen", "I7", [[329000]]);
    let rapport = await nieuw;
    expect(rapport.bevindingen.some((f) => f.row === 7 && f.rule === "prijs-segment")).toBe(false);
    expect(rapport.bevindingen.filter((f) => f.rule === "prijs-segment").length).toBe(
      eerste.bevindingen.filter((f) => f.rule === "prijs-segment").length - 1
    );
    expect(fake.syncLog.flatMap((s) => s.gelezen)).toEqual(["Emmen!A3:L3", "Emmen!A7:L7"]);
    expect(fake.syncs).toBe(3);
    expect(fake.cel("Emmen", "I7")!.validatie).toBeUndefined();

    // A new violation in another row.
    nieuw = wacht();
    await fake.bewerk("Emmen", "I9", [[999999]]);
    rapport = await nieuw;
    expect(
      rapport.bevindingen.some((f) => f.row === 9 && f.column === "I" && f.severity === "error")
    ).toBe(true);
    expect(fake.cel("Emmen", "I9")!.validatie?.prompt?.title).toBe("Woondeal-toets: fout");

    // A changed header is a full re-check.
    fake.nulSyncs();
    nieuw = wacht();
    await fake.bewerk("Emmen", "I3", [["Verkoopprijs"]]);
    await nieuw;
    expect(fake.syncLog.flatMap((s) => s.gelezen)).toContain("Emmen!A1:L203");

    stop();
    await new Promise((r) => setTimeout(r, 10));
    expect([...fake.wijzigingsHandlers.values()].every((s) => s.size === 0)).toBe(true);
  });

  test("leesEnToets (for custom functions): every planlijst, settings applied, nothing marked", async () => {
    const fake = opzet({
      bladen: { Emmen: maakPlanlijst(10), Coevorden: maakPlanlijst(5, "Coevorden") },
      actief: "Emmen",
    });
    const voor = JSON.stringify(fake.model);
    const { rapport } = await leesEnToets(fake.context);
    expect(rapport.dealGemeenten.sort()).toEqual(["Coevorden", "Emmen"]);
    expect(rapport.samenvatting.perGemeente.Emmen.doel).toBe(2000);
    expect(JSON.stringify(fake.model)).toBe(voor);
    expect(fake.syncs).toBe(3);
  });

  test("volgWijzigingen: a plan added below the list is picked up from its row alone", async () => {
    const fake = opzet({ bladen: { Emmen: maakPlanlijst(20) } });
    const acties = maakPaneActies({ vertraging: 5 });
    await acties.controleer();
    let volgende: (r: Rapport) => void = () => {};
    acties.volgWijzigingen((r) => volgende(r));
    await new Promise((r) => setTimeout(r, 0));
    fake.nulSyncs();
    const nieuw = new Promise<Rapport>((klaar) => (volgende = klaar));
    await fake.bewerk("Emmen", "A30:L30", [
      [
        "P-99",
        "Nieuw plan",
        "Emmen",
        "Erica",
        "1A",
        12,
        0,
        "Sociale huur",
        null,
        1500,
        2027,
        "Ouderen",
      ],
    ]);
    const rapport = await nieuw;
    expect(rapport.samenvatting.perGemeente.Emmen.plannen).toBe(21);
    expect(rapport.bevindingen.some((f) => f.row === 30 && f.rule === "prijs-segment")).toBe(true);
    expect(fake.syncLog.flatMap((s) => s.gelezen)).toEqual(["Emmen!A3:L3", "Emmen!A30:L30"]);
    expect(gemarkeerd(fake, 30)).toBe(true);
  });
});

function gemarkeerd(fake: FakeExcel, rij: number): boolean {
  return cfVan(fake).some((cf) =>
    cf.bereiken.some((a) => new RegExp(`^[A-Z]+${rij}(:|$)`).test(a))
  );
}
