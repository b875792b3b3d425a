/** "Vergelijk met vorige versie" over the fake Excel (src/excel/vergelijking.ts and the PaneActies). */
import { maakPaneActies } from "../../src/excel";
import { VergelijkResultaat } from "../../src/excel/acties";
import { FORMULE, KLEUREN, markeringenVan } from "../../src/excel/markeringen";
import { MARKERINGEN_SLEUTEL } from "../../src/excel/namen";
import {
  VERGELIJKINGSBLADEN,
  vergelijkWerkmap,
  wijzigingenAlsMarkeringen,
} from "../../src/excel/vergelijking";
import { Raster as Grid } from "../../src/planlijst/cel";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { vergelijk } from "../../src/vergelijking";
import { FakeExcel, leesGebied, runWith } from "../fakes/excel";
import { maakRondes } from "../fixtures/rondes";
import { werkmapZonder } from "./helpers";

let herstel: (() => void) | undefined;
afterEach(() => herstel?.());

const PEILDATUM = "2026-06-01";

function opzet(bladen: Record<string, Grid>, actief?: string) {
  const fake = new FakeExcel({
    bladen: bladen as ConstructorParameters<typeof FakeExcel>[0] extends { bladen?: infer B }
      ? B
      : never,
    ...(actief ? { actief } : {}),
  });
  herstel = runWith(fake);
  fake.model.instellingen["woondeal-toets"] = JSON.stringify({
    gemeenten: { Emmen: { aandeel: 500 } },
    peildatum: PEILDATUM,
  });
  return fake;
}

const rondes = maakRondes(1000);
const vorigeBestand = {
  soort: "bestand" as const,
  naam: "voorjaar.xlsx",
  invoer: [{ naam: "Planlijst", raster: rondes.vorige }],
};

/** Fill colours of our conditional formats that cover a cell. */
function gemarkeerd(fake: FakeExcel, blad: string, adres: string): string[] {
  const g = leesGebied(adres);
  return fake
    .blad(blad)
    .voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal-toets"))
    .filter((cf) =>
      cf.bereiken.some((a) => {
        const x = leesGebied(a);
        return g.r >= x.r && g.r < x.r + x.rijen && g.c >= x.c && g.c < x.c + x.kolommen;
      })
    )
    .map((cf) => cf.opmaak.vulling!);
}

/** Titles of the prompts of ours on a sheet. */
function promptTitels(fake: FakeExcel, blad = "Planlijst"): Set<string> {
  const uit = new Set<string>();
  for (const rij of Object.values(fake.blad(blad).cellen))
    for (const cel of Object.values(rij)) {
      const titel = cel.validatie?.prompt?.title;
      if (titel?.startsWith("Woondeal-toets")) uit.add(titel);
    }
  return uit;
}

describe("vergelijk: the open workbook against the previous round", () => {
  test("a picked file: compared as the engine compares, under the workbook's settings", async () => {
    opzet({ Planlijst: rondes.huidige, Toelichting: [["Notities"]] });
    const r = await maakPaneActies().vergelijk(vorigeBestand);
    const verwacht = vergelijk(
      leesWerkmap(vorigeBestand.invoer).bladen,
      leesWerkmap([{ naam: "Planlijst", raster: rondes.huidige }]).bladen,
      { peildatum: PEILDATUM, instellingen: { gemeenten: { Emmen: { aandeel: 500 } } } }
    );
    expect(r.vorige).toBe("voorjaar.xlsx");
    expect(r.huidigeBladen.map((b) => b.naam)).toEqual(["Planlijst"]);
    expect(r.vergelijking.peildatum).toBe(PEILDATUM);
    expect(r.vergelijking.perGemeente.Emmen.doel).toBe(500);
    expect(r.vergelijking.bevindingen).toEqual(verwacht.bevindingen);
    expect(r.vergelijking.koppeling.vervallen.length).toBe(20);
  });

  test("a sheet of the workbook as the previous round: the other planlijst sheets are the current round", async () => {
    opzet({ Voorjaar: rondes.vorige, Najaar: rondes.huidige, Notities: [["x"]] }, "Najaar");
    const r = await maakPaneActies().vergelijk({ soort: "blad", blad: "Voorjaar" });
    expect(r.vorige).toBe("blad Voorjaar");
    expect(r.huidigeBladen.map((b) => b.naam)).toEqual(["Najaar"]);
    expect(r.vergelijking.koppeling.splitsingen.length).toBe(20);
    expect(r.vergelijking.plannen.every((p) => p.vorige.blad === "Voorjaar")).toBe(true);
  });

  test("says in Dutch when a round holds no planlijst", async () => {
    opzet({ Planlijst: rondes.huidige, Notities: [["Alleen tekst"]] });
    const acties = maakPaneActies();
    await expect(
      acties.vergelijk({
        soort: "bestand",
        naam: "leeg.xlsx",
        invoer: [{ naam: "Blad1", raster: [["Alleen tekst"]] }],
      })
    ).rejects.toThrow(
      /^leeg\.xlsx: geen planlijst gevonden \(blad "Blad1": .+\)\. Kies een werkmap/
    );
    await expect(acties.vergelijk({ soort: "blad", blad: "Planlijst" })).rejects.toThrow(
      'Naast blad "Planlijst" staat in deze werkmap geen planlijst om mee te vergelijken.'
    );
    await expect(acties.vergelijk({ soort: "blad", blad: "Weg" })).rejects.toThrow(
      'Blad "Weg" bestaat niet (meer) in deze werkmap.'
    );
  });
});

describe("the comparison's sheets", () => {
  test("written as Woondeal-… sheets with links to the plans' rows, never read as a round, and removed", async () => {
    const fake = opzet({ Planlijst: rondes.huidige });
    const acties = maakPaneActies();
    const r = await acties.vergelijk(vorigeBestand);
    await acties.schrijfVergelijking(r);
    expect(VERGELIJKINGSBLADEN).toEqual([
      "Woondeal-verschil-Wijzigingen",
      "Woondeal-verschil-Per gemeente",
      "Woondeal-verschil-Bevindingen",
    ]);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Planlijst", ...VERGELIJKINGSBLADEN]);
    expect(fake.model.actiefBlad).toBe("Woondeal-verschil-Wijzigingen");
    expect(fake.waarden("Woondeal-verschil-Wijzigingen", "A3:G3")).toEqual([
      [
        "Soort",
        "Plan",
        "Gemeente",
        "Vorige plaats",
        "Huidige plaats",
        "Wat veranderde (vorige → huidige)",
        "Artikel",
      ],
    ]);
    // The first row with a current place links to that plan's name cell.
    const rij = fake
      .waarden("Woondeal-verschil-Wijzigingen", "E4:E40")
      .findIndex((x) => typeof x[0] === "string" && /^Planlijst rij \d+$/.test(x[0]));
    const cel = fake.cel("Woondeal-verschil-Wijzigingen", `E${rij + 4}`)!;
    const doelRij = /rij (\d+)/.exec(String(cel.waarde))![1];
    expect(cel.formule).toBe(`=HYPERLINK("#'Planlijst'!B${doelRij}","Planlijst rij ${doelRij}")`);
    // The sheets exist now: a new comparison reads the same current round, the picker omits them.
    const opnieuw = await acties.vergelijk(vorigeBestand);
    expect(opnieuw.huidigeBladen.map((b) => b.naam)).toEqual(["Planlijst"]);
    expect(opnieuw.vergelijking.bevindingen).toEqual(r.vergelijking.bevindingen);
    expect((await acties.bladen()).map((b) => b.naam)).toEqual(["Planlijst"]);
    // Written again: replaced, not doubled.
    await acties.schrijfVergelijking(r);
    expect(fake.model.bladen.length).toBe(4);
    expect(await acties.verwijderVergelijking()).toBe(3);
    expect(fake.model.bladen.map((b) => b.naam)).toEqual(["Planlijst"]);
    expect(await acties.verwijderVergelijking()).toBe(0);
  });
});

describe("Markeer wijzigingen", () => {
  test("marks the changed cells as changes, in their own neutral colour; Markeringen wissen restores the workbook exactly", async () => {
    const fake = opzet({ Planlijst: rondes.huidige });
    const voor = werkmapZonder(fake);
    const acties = maakPaneActies();
    const r: VergelijkResultaat = await acties.vergelijk(vorigeBestand);
    const aantal = await acties.markeerWijzigingen(r);
    const onzeker = r.vergelijking.koppeling.onzeker.flatMap((o) => o.huidige);
    expect(onzeker).toHaveLength(2);

    // Plan 31 of Emmen went from 1A to 3: its planstatus cell (column E) is marked, with the change as prompt.
    const p31 = r.vergelijking.plannen.find((p) => p.huidige.id === "EM-000031")!;
    const adres = `E${p31.huidige.rij}`;
    expect(gemarkeerd(fake, "Planlijst", adres)).toEqual([KLEUREN.wijziging.vulling]);
    expect(fake.cel("Planlijst", adres)!.validatie?.prompt).toEqual({
      showPrompt: true,
      title: "Woondeal-toets: wijziging",
      message: `Gewijzigd sinds de vorige planlijst (Planlijst rij ${p31.vorige.rij}): planstatus 1A onherroepelijk → 3 in voorbereiding (hard → zacht) (art. 4.10).`,
    });
    // A new plan: its name cell. An unchanged plan: nothing.
    const nieuw = `B${r.vergelijking.koppeling.nieuw[0].rij}`;
    expect(gemarkeerd(fake, "Planlijst", nieuw)).toEqual([KLEUREN.wijziging.vulling]);
    expect(fake.cel("Planlijst", nieuw)!.validatie?.prompt?.message).toBe(
      "Nieuw sinds de vorige planlijst (art. 7.3)."
    );
    const zelfde = r.vergelijking.plannen.find((p) => p.wijzigingen.length === 0)!;
    expect(gemarkeerd(fake, "Planlijst", `E${zelfde.huidige.rij}`)).toEqual([]);
    // The two plans that could not be paired: a warning, as in the comparison's findings.
    for (const plan of onzeker) {
      expect(gemarkeerd(fake, "Planlijst", `B${plan.rij}`)).toEqual([KLEUREN.warning.vulling]);
      expect(fake.cel("Planlijst", `B${plan.rij}`)!.validatie?.prompt?.message).toBe(
        "waarschuwing: Plan niet eenduidig te koppelen aan de vorige planlijst (art. 8.1). Niet vergeleken met de vorige planlijst; geef de plannen in beide planlijsten een vast Plan-ID."
      );
    }
    // Every other mark is a change's: no red, no prompt says fout.
    const onze = fake
      .blad("Planlijst")
      .voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal-toets"));
    expect(new Set(onze.map((cf) => cf.formule))).toEqual(
      new Set([FORMULE.wijziging, FORMULE.warning])
    );
    expect(promptTitels(fake)).toEqual(
      new Set(["Woondeal-toets: wijziging", "Woondeal-toets: waarschuwing"])
    );
    // The counts are of distinct cells, and the registry knows their kinds.
    const cellen = markeringenVan(wijzigingenAlsMarkeringen(r)).get("Planlijst")!;
    expect(aantal).toEqual({ wijzigingen: cellen.size - 2, waarschuwingen: 2 });
    expect(aantal.wijzigingen).toBeGreaterThan(50);
    const register = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string);
    expect(register.bladen.Planlijst.soorten).toEqual({
      wijziging: aantal.wijzigingen,
      warning: 2,
    });

    await acties.wisMarkeringen();
    expect(werkmapZonder(fake)).toEqual(voor);
    expect(fake.model.instellingen[MARKERINGEN_SLEUTEL]).toBeUndefined();
  });

  test("a check after Markeer wijzigingen replaces the change marks with its findings' marks", async () => {
    const fake = opzet({ Planlijst: rondes.huidige });
    const acties = maakPaneActies();
    const r = await acties.vergelijk(vorigeBestand);
    await acties.markeerWijzigingen(r);
    const rapport = await acties.controleer("Planlijst");
    const onze = fake
      .blad("Planlijst")
      .voorwaardelijkeOpmaak.filter((cf) => cf.formule?.includes("woondeal-toets"));
    expect(onze.length).toBeGreaterThan(0);
    expect(onze.some((cf) => cf.formule === FORMULE.wijziging)).toBe(false);
    // Every prompt of ours is now a finding's; the change prompts on cells without a finding are gone.
    expect(promptTitels(fake).has("Woondeal-toets: wijziging")).toBe(false);
    const register = JSON.parse(fake.model.instellingen[MARKERINGEN_SLEUTEL] as string);
    expect(register.bladen.Planlijst.soorten.wijziging).toBeUndefined();
    const metBevinding = markeringenVan(rapport).get("Planlijst")!;
    const alleenGewijzigd = [
      ...markeringenVan(wijzigingenAlsMarkeringen(r)).get("Planlijst")!.keys(),
    ].filter((c) => !metBevinding.has(c));
    expect(alleenGewijzigd.length).toBeGreaterThan(0);
    for (const c of alleenGewijzigd) {
      expect(fake.cel("Planlijst", c)?.validatie).toBeUndefined();
      expect(gemarkeerd(fake, "Planlijst", c)).toEqual([]);
    }
  });

  test("vergelijkWerkmap over the context: reads the workbook in the syncs of one read", async () => {
    const fake = opzet({ Planlijst: rondes.huidige });
    fake.nulSyncs();
    await vergelijkWerkmap(fake.context, vorigeBestand);
    // Sheet names with the settings, sizes and samples, values.
    expect(fake.syncs).toBeLessThanOrEqual(3);
  });
});
