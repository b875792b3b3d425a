/**
 * Pairs of rounds made from the bundled example planlijst (examples/voorbeeld-planlijst.xlsx,
 * read as the CLI reads it): the list against itself, and against a next round edited the way
 * a gemeente edits its list.
 */
import * as path from "path";
import { leesXlsx } from "../../src/cli/xlsx";
import { Cel, Raster } from "../../src/planlijst/cel";
import { PlanlijstBlad, WerkmapInvoer, leesWerkmap } from "../../src/planlijst/lezer";
import { vergelijk } from "../../src/vergelijking";

const VOORBEELD = path.resolve(__dirname, "..", "..", "examples", "voorbeeld-planlijst.xlsx");
const OPTIES = { peildatum: "2026-06-01" };

let invoer: WerkmapInvoer[];
beforeAll(async () => {
  invoer = await leesXlsx(VOORBEELD);
});

function bladen(i: WerkmapInvoer[]): PlanlijstBlad[] {
  return leesWerkmap(i).bladen;
}

/** A copy of the example with its planlijst grid edited by `bewerk` (rows by plan id). */
function volgendeRonde(
  bewerk: (rijen: Map<string, Cel[]>, raster: Raster, kop: Cel[]) => void
): WerkmapInvoer[] {
  return invoer.map((blad) => {
    const raster = blad.raster.map((r) => [...r]);
    const kopIndex = raster.findIndex((r) => r.includes("Plan-ID"));
    if (kopIndex < 0) return { ...blad, raster };
    const kop = raster[kopIndex];
    const id = kop.indexOf("Plan-ID");
    const rijen = new Map<string, Cel[]>();
    for (const r of raster)
      if (typeof r[id] === "string" && /^EM-\d+$/.test(r[id] as string))
        rijen.set(r[id] as string, r);
    bewerk(rijen, raster, kop);
    return { ...blad, raster };
  });
}

describe("vergelijk on the example planlijst", () => {
  it("the list against itself: every plan matched by id, nothing changed, totals equal", () => {
    const v = vergelijk(bladen(invoer), bladen(invoer), OPTIES);
    expect(v.plannen.length).toBe(22);
    expect(v.plannen.every((p) => p.via === "id" && p.wijzigingen.length === 0)).toBe(true);
    expect(v.koppeling.vervallen.concat(v.koppeling.nieuw)).toEqual([]);
    expect(v.perGemeente.Emmen.nettoInPeriode.verschil).toBe(0);
    expect(v.bevindingen.filter((f) => f.severity === "warning")).toEqual([]);
    expect(v.bevindingen.map((f) => f.rule)).toEqual([
      "totaal-rondes",
      "dekking-rondes",
      "harde-capaciteit-rondes-stand",
      "levering-rondes",
      "regio-onvolledig",
    ]);
  });

  it("a next round with a plan dropped, one split, one postponed and downgraded, ids removed and a name misspelt", () => {
    const volgende = volgendeRonde((rijen, raster, kop) => {
      const k = (naam: string) => kop.indexOf(naam);
      // EM-019 Pottendijk (120, 3, 2030–2032) dropped.
      raster.splice(raster.indexOf(rijen.get("EM-019")!), 1);
      // EM-001 Parkwijk fase 3 (48) split into 3a (28) and 3b (20); 3b is a new row below.
      const parkwijk = rijen.get("EM-001")!;
      const deel = [...parkwijk];
      parkwijk[k("Projectnaam")] = "Parkwijk fase 3a";
      parkwijk[k("Aantal woningen")] = 28;
      parkwijk[k("Netto")] = 28;
      deel[k("Plan-ID")] = "EM-023";
      deel[k("Projectnaam")] = "Parkwijk fase 3b";
      deel[k("Aantal woningen")] = 20;
      deel[k("Netto")] = 20;
      raster.splice(raster.indexOf(parkwijk) + 1, 0, deel);
      // EM-002 Rietlanden Oost (1A, 2025) now 3 and 2027.
      const riet = rijen.get("EM-002")!;
      riet[k("Planstatus")] = "3";
      riet[k("Oplevering")] = 2027;
      // EM-009 Erica Zuid loses its id and is misspelt.
      const erica = rijen.get("EM-009")!;
      erica[k("Plan-ID")] = null;
      erica[k("Projectnaam")] = "Ericka Zuid";
    });
    const v = vergelijk(bladen(invoer), bladen(volgende), OPTIES);
    expect(v.koppeling.vervallen.map((p) => p.naam)).toEqual(["Pottendijk"]);
    expect(
      v.koppeling.splitsingen.map((s) => [s.vorige.naam, s.huidige.map((p) => p.naam)])
    ).toEqual([["Parkwijk fase 3", ["Parkwijk fase 3a", "Parkwijk fase 3b"]]]);
    expect(v.koppeling.nieuw).toEqual([]);
    expect(v.koppeling.onzeker).toEqual([]);
    const gewijzigd = v.plannen
      .filter((p) => p.wijzigingen.length)
      .map((p) => [p.vorige.naam, p.via, p.wijzigingen.map((w) => w.soort)]);
    expect(gewijzigd).toEqual([
      ["Rietlanden Oost", "id", ["planstatus", "opleverjaar"]],
      ["Erica Zuid", "spelling", ["naam", "id"]],
    ]);
    // 22 plans less Pottendijk (dropped) and Parkwijk fase 3 (split).
    expect(v.plannen.length).toBe(20);
    const e = v.perGemeente.Emmen;
    // Pottendijk delivers 2030–2032: one third (40) of its 120 falls in the period, and leaves.
    // EM-018 was an identical copy of Rietlanden Oost (counted once); with EM-002 edited it is a
    // plan of its own and its 36 count: −40 + 36.
    expect(e.nettoInPeriode).toEqual({ vorige: 587, huidige: 583, verschil: -4 });
    expect(v.vorigeSamenvatting.perGemeente.Emmen.nettoInPeriode).toBe(587);
    // Rietlanden Oost (36, 1A) leaves the hard capacity of 2026–2030 as soft (2027), and was 2025 before: outside the window.
    expect(e.hardKomendeVijfJaar.verschil).toBe(0);
    expect(v.bevindingen.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual([
      "totaal-lager",
    ]);
    expect(v.bevindingen.find((f) => f.rule === "hardheid-gewijzigd")?.message).toBe(
      "Rietlanden Oost (EM-002): planstatus van 1A onherroepelijk (hard) naar 3 in voorbereiding (zacht); 36 woningen netto tellen niet meer als harde plancapaciteit. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de realisatie van de woningbouwproductie voor de komende vijf jaren."
    );
  });
});
