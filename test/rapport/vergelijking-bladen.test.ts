/** The comparison of two rounds as sheets (src/rapport/vergelijking-bladen.ts). */
import { leesWerkmap } from "../../src/planlijst/lezer";
import { Raster as Grid } from "../../src/planlijst/cel";
import { BEVINDING_KOPPEN } from "../../src/rapport/bevindingentabel";
import {
  perGemeenteBlad,
  vergelijkingBevindingenBlad,
  vergelijkingBladen,
  vergelijkingBladNaam,
  wijzigingMarkeringen,
  wijzigingRijen,
  wijzigingTekst,
  wijzigingenBlad,
} from "../../src/rapport/vergelijking-bladen";
import { Raster } from "../../src/rapport/raster";
import { REGEL_OP_CODE } from "../../src/rules/regels";
import { Vergelijking, vergelijk } from "../../src/vergelijking";
import { maakRondes } from "../fixtures/rondes";

const OPTIES = { peildatum: "2026-06-01" };

function bladen(raster: Grid) {
  return leesWerkmap([{ naam: "Planlijst", raster }]).bladen;
}

let v: Vergelijking;
beforeAll(() => {
  const r = maakRondes(1000);
  v = vergelijk(bladen(r.vorige), bladen(r.huidige), OPTIES);
});

/** The rows of a table below its header (the last frozen row), as objects by header. */
function tabel(r: Raster): Record<string, string | number>[] {
  const kop = (r.bevrorenRijen ?? 1) - 1;
  const koppen = r.waarden[kop] as string[];
  return r.waarden
    .slice(kop + 1)
    .map((rij) => Object.fromEntries(koppen.map((k, i) => [k, rij[i]])));
}

describe("wijzigingRijen and the Wijzigingen sheet", () => {
  test("one row per changed, added, removed, split, merged and uncertain plan, counted as the engine matched", () => {
    const rijen = wijzigingRijen(v);
    const tel = (s: string) => rijen.filter((r) => r.soort === s).length;
    const k = v.koppeling;
    expect(tel("vervallen")).toBe(k.vervallen.length);
    expect(tel("nieuw")).toBe(k.nieuw.length);
    expect(tel("gesplitst")).toBe(k.splitsingen.length);
    expect(tel("samengevoegd")).toBe(k.samenvoegingen.length);
    expect(tel("onzeker")).toBe(k.onzeker.length);
    expect(tel("gewijzigd")).toBe(v.plannen.filter((p) => p.wijzigingen.length).length);
    // Generated rounds: 20 of each kind per 1000 plans (i % 50), one uncertain, ten new.
    expect([tel("vervallen"), tel("gesplitst"), tel("samengevoegd"), tel("onzeker")]).toEqual([
      20, 20, 20, 1,
    ]);
    expect(tel("nieuw")).toBe(10);
    // The deal's gemeenten in the deal's order.
    const volgorde = [...new Set(rijen.map((r) => r.gemeente))];
    expect(volgorde).toEqual(["Aa en Hunze", "Borger-Odoorn", "Coevorden", "Emmen"]);
  });

  test("a changed plan reads before → after with its article; a removed one has no current place", () => {
    const rijen = wijzigingRijen(v);
    // Plan 31 (i % 50 = 31): 1A → 3; plan 30: bruto + 5.
    const status = rijen.find((r) => r.plan.includes("(31) (EM-000031)"))!;
    expect(status).toMatchObject({
      soort: "gewijzigd",
      gemeente: "Emmen",
      wat: "planstatus 1A onherroepelijk → 3 in voorbereiding (hard → zacht)",
      artikelen: "art. 4.10",
      huidig: { blad: "Planlijst", kolom: "B" },
    });
    const bruto = rijen.find((r) => r.plan.includes("(30) (CV-000030)"))!;
    expect(bruto.wat).toMatch(/^netto \d+ → \d+ \(\+5\); bruto \d+ → \d+ \(\+5\)$/);
    expect(bruto.artikelen).toBe("art. 7.2");
    const weg = rijen.find((r) => r.soort === "vervallen")!;
    expect(weg.huidig).toBeUndefined();
    expect(weg.huidigePlaats).toBe("");
    expect(weg.vorigePlaats).toMatch(/^Planlijst rij \d+$/);
    expect(weg.artikelen).toBe("art. 7.2");
    const deel = rijen.find((r) => r.soort === "gesplitst")!;
    expect(deel.huidigePlaats).toMatch(/^Planlijst rij \d+; Planlijst rij \d+$/);
    expect(deel.wat).toMatch(/^gesplitst in .+ deel 1 .+ \(10\), .+ deel 2 .+; netto \d+ → \d+/);
  });

  test("the sheet: title, header frozen, links to the current row only when asked", () => {
    const zonder = wijzigingenBlad(v);
    expect(zonder.naam).toBe("Wijzigingen");
    expect(zonder.links).toEqual([]);
    expect(zonder.waarden[0][0]).toBe(
      "Vergelijking planlijst met de vorige · peildatum 1 juni 2026 (voor beide rondes)"
    );
    expect(zonder.bevrorenRijen).toBe(3);
    const rijen = tabel(zonder);
    expect(rijen.length).toBe(wijzigingRijen(v).length);
    expect(Object.keys(rijen[0])).toEqual([
      "Soort",
      "Plan",
      "Gemeente",
      "Vorige plaats",
      "Huidige plaats",
      "Wat veranderde (vorige → huidige)",
      "Artikel",
    ]);
    // Text stays text ("@"), so a plan name like "=1+1" is never a formula.
    expect(zonder.formaten[3].every((f) => f === "@" || f === "General")).toBe(true);

    const met = wijzigingenBlad(v, { links: true, voorvoegsel: "Woondeal-" });
    expect(met.naam).toBe("Woondeal-Wijzigingen");
    const metPlaats = rijen.filter((r) => r["Huidige plaats"] !== "").length;
    expect(met.links.length).toBe(metPlaats);
    const eerste = met.links[0];
    expect(eerste.kolom).toBe(4);
    expect(eerste.blad).toBe("Planlijst");
    expect(eerste.adres).toMatch(/^B\d+$/);
    expect(met.waarden[eerste.rij][4]).toBe(eerste.tekst);
  });

  test("names with a prefix stay within Excel's 31 characters", () => {
    expect(vergelijkingBladNaam("perGemeente", "Woondeal-")).toBe("Woondeal-Per gemeente");
    expect(vergelijkingBladNaam("bevindingen", "Woondeal-vergelijking-ronde-")).toHaveLength(31);
  });
});

describe("Per gemeente", () => {
  test("every gemeente and the region before, after and the difference, as the engine counted", () => {
    const r = perGemeenteBlad(v);
    const rijen = tabel(r);
    expect(rijen.map((x) => x.Gemeente)).toEqual([
      "Aa en Hunze",
      "Borger-Odoorn",
      "Coevorden",
      "Emmen",
      "Regio Zuidoost Drenthe",
    ]);
    const emmen = rijen[3];
    const e = v.perGemeente.Emmen;
    expect([emmen["Plannen vorige"], emmen["Plannen huidige"], emmen["Plannen verschil"]]).toEqual([
      e.plannen.vorige,
      e.plannen.huidige,
      e.plannen.verschil,
    ]);
    expect(emmen["Netto 2022–2030 verschil"]).toBe(e.nettoInPeriode.verschil);
    expect(emmen["Hard 2026–2030 huidige"]).toBe(e.hardKomendeVijfJaar.huidige);
    // No bijlage 3 settings: coverage and the jaarschijven cannot be computed.
    expect(emmen["Niveau 130% gehandhaafd (art. 4.10)"]).toBe("niet te berekenen");
    expect(emmen["Dekking huidige (art. 4.10)"]).toBe("");
    // Only the region has a target without settings (the versnellingsopgave): its row alone is judged.
    const regio = r.waarden.findIndex((x) => x[0] === "Regio Zuidoost Drenthe");
    expect(r.oordelen.map((o) => o.rij)).toEqual([regio]);
  });

  test("with bijlage 3 settings: coverage before/after and whether the 130% level is kept, judged by a fill", () => {
    const ronde = maakRondes(1000);
    const inst = {
      gemeenten: {
        Emmen: { aandeel: 1000, jaarschijven: { 2026: 100, 2027: 100 } },
      },
    };
    const w = vergelijk(bladen(ronde.vorige), bladen(ronde.huidige), {
      ...OPTIES,
      instellingen: inst,
    });
    const r = perGemeenteBlad(w);
    const emmen = tabel(r)[3];
    const e = w.perGemeente.Emmen;
    expect(emmen["Dekking vorige (art. 4.10)"]).toBeCloseTo(e.dekking.vorige!);
    expect(emmen["Dekking huidige (art. 4.10)"]).toBeCloseTo(e.dekking.huidige!);
    expect(emmen["Opgave (aandeel bijlage 3; regio: versnellingsopgave)"]).toBe(1000);
    expect(emmen["Jaarschijven 2026–2030 (bijlage 3)"]).toBe(200);
    const rij = r.waarden.findIndex((x) => x[0] === "Emmen");
    const kept = e.dekking.huidige! >= 1.3;
    expect(emmen["Niveau 130% gehandhaafd (art. 4.10)"]).toBe(
      kept ? "ja" : expect.stringMatching(/^nee/)
    );
    expect(r.oordelen).toContainEqual({ rij, kolom: 10, oordeel: kept ? "goed" : "slecht" });
    expect(r.formaten[rij][8]).toBe("0.0%");
  });
});

describe("Bevindingen and the sheets together", () => {
  test("the one findings table, with links only when asked", () => {
    const r = vergelijkingBevindingenBlad(v);
    expect(r.waarden[0]).toEqual([...BEVINDING_KOPPEN]);
    expect(r.waarden.length).toBe(v.bevindingen.length + 1);
    expect(r.links).toEqual([]);
    const met = vergelijkingBevindingenBlad(v, { links: true });
    expect(met.links.length).toBe(v.bevindingen.filter((f) => f.sheet && f.row).length);
    expect(met.links.length).toBeGreaterThan(0);
  });

  test("none of the sheets is read back as a planlijst (the pane reads every sheet of the workbook)", () => {
    const rasters = vergelijkingBladen(v, { voorvoegsel: "Woondeal-", links: true });
    expect(rasters.map((r) => r.naam)).toEqual([
      "Woondeal-Wijzigingen",
      "Woondeal-Per gemeente",
      "Woondeal-Bevindingen",
    ]);
    const gelezen = leesWerkmap(rasters.map((r) => ({ naam: r.naam, raster: r.waarden })));
    expect(gelezen.bladen.filter((b) => b.isPlanlijst).map((b) => b.naam)).toEqual([]);
  });
});

describe("wijzigingMarkeringen", () => {
  test("a mark per changed cell of the current planlijst, on the field's column, with its rule's force", () => {
    const marks = wijzigingMarkeringen(v);
    expect(marks.every((m) => m.sheet === "Planlijst")).toBe(true);
    // The severity is the rule's (the deal's force), not a colour: a change is context.
    expect(marks.every((m) => m.severity === REGEL_OP_CODE[m.rule].ernst)).toBe(true);
    expect(marks.some((m) => m.severity === "info")).toBe(true);
    const p31 = v.plannen.find((p) => p.huidige.id === "EM-000031")!;
    const status = marks.filter((m) => m.row === p31.huidige.rij);
    expect(status).toEqual([
      expect.objectContaining({
        rule: "hardheid-gewijzigd",
        column: p31.huidige.kolommen.planstatus,
        message: `Gewijzigd sinds de vorige planlijst (Planlijst rij ${p31.vorige.rij}): planstatus 1A onherroepelijk → 3 in voorbereiding (hard → zacht).`,
      }),
    ]);
    // A new plan: its name cell.
    const nieuw = v.koppeling.nieuw[0];
    expect(marks).toContainEqual(
      expect.objectContaining({ rule: "plan-nieuw", row: nieuw.rij, column: "B" })
    );
    // No mark for a removed plan (it has no row in the current planlijst) or an unchanged one.
    const ongewijzigd = v.plannen.find((p) => p.wijzigingen.length === 0)!;
    expect(marks.some((m) => m.row === ongewijzigd.huidige.rij)).toBe(false);
  });

  test("wijzigingTekst: every kind of change in Dutch", () => {
    expect(
      wijzigingTekst({
        soort: "opleverjaar",
        voor: { van: 2026, tot: 2026 },
        na: { van: 2028, tot: 2029 },
        jaren: 2,
      })
    ).toBe("oplevering 2026 → 2028–2029 (2 jaar later)");
    expect(wijzigingTekst({ soort: "prijs", voor: 300000, na: 450000 })).toBe(
      "prijs € 300.000 → € 450.000"
    );
    expect(wijzigingTekst({ soort: "id", na: "EM-9" })).toBe("Plan-ID (geen) → EM-9");
    expect(wijzigingTekst({ soort: "aantal", veld: "sloop", voor: 4, na: 0, verschil: -4 })).toBe(
      "sloop 4 → 0 (−4)"
    );
  });
});
