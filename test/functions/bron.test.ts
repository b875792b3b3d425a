import { Onderdeel, Stroom, WerkmapBron, WerkmapPoort } from "../../src/functions/bron";
import { WerkmapInstellingen } from "../../src/excel/acties";
import { FunctieFout } from "../../src/functions/fouten";
import { Raster } from "../../src/planlijst/cel";
import { PlanlijstBlad, leesWerkmap } from "../../src/planlijst/lezer";

/** A stub of the port (not of Excel): the data it returns and what was asked of it. */
class StubPoort implements WerkmapPoort {
  instellingen: WerkmapInstellingen = { deal: { gemeenten: { Emmen: { aandeel: 100 } } } };
  raster: Raster = [
    ["Projectnaam", "Gemeente", "Aantal woningen", "Oplevering"],
    ["A", "Emmen", 130, 2025],
  ];
  leesInstellingenAantal = 0;
  leesPlanlijstAantal = 0;
  gestopt = 0;
  melder?: (wat: Onderdeel) => void;
  telt?: (blad: string) => boolean;
  faalt?: string;
  vertraging = 0;

  async leesInstellingen() {
    this.leesInstellingenAantal++;
    await pauze(0);
    if (this.faalt) throw new Error(this.faalt);
    return structuredClone(this.instellingen);
  }
  async leesPlanlijst(): Promise<PlanlijstBlad[]> {
    this.leesPlanlijstAantal++;
    const raster = structuredClone(this.raster); // what the sheet holds when the read starts
    await pauze(this.vertraging);
    return leesWerkmap([{ naam: "Plannen", raster }]).bladen;
  }
  async volg(melder: (wat: Onderdeel) => void, telt: (blad: string) => boolean) {
    this.melder = melder;
    this.telt = telt;
    return () => {
      this.gestopt++;
      this.melder = undefined;
    };
  }
}

const pauze = (ms: number) => new Promise((r) => setTimeout(r, ms));

class StubStroom implements Stroom<unknown> {
  resultaten: unknown[] = [];
  onCanceled?: () => void;
  setResult(v: unknown) {
    this.resultaten.push(v);
  }
  get laatste() {
    return this.resultaten[this.resultaten.length - 1];
  }
}

/** A formula that needs the settings (aandeel Emmen) and one that also needs the planlijst (net Emmen). */
function aandeelFormule(bron: WerkmapBron, stroom: Stroom<unknown>) {
  bron.volg(
    stroom,
    ["instellingen"],
    async () => (await bron.instellingen()).deal.gemeenten.Emmen?.aandeel,
    (f) => f
  );
}
function nettoFormule(bron: WerkmapBron, stroom: Stroom<unknown>) {
  bron.volg(
    stroom,
    ["instellingen", "planlijst"],
    async () => (await bron.planlijst()).samenvatting?.perGemeente.Emmen?.nettoInPeriode,
    (f) => f
  );
}

describe("WerkmapBron: cached reads and streaming formulas that follow the workbook", () => {
  test("computes at once; formulas share one read of settings and planlijst", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 5 });
    const a = new StubStroom();
    const b = new StubStroom();
    const c = new StubStroom();
    aandeelFormule(bron, a);
    nettoFormule(bron, b);
    nettoFormule(bron, c);
    await bron.rust();
    expect([a.resultaten, b.resultaten, c.resultaten]).toEqual([[100], [130], [130]]);
    expect(poort.leesInstellingenAantal).toBe(1);
    expect(poort.leesPlanlijstAantal).toBe(1);
    expect(bron.aantalAbonnees).toBe(3);
    expect(poort.telt?.("Plannen")).toBe(true);
    expect(poort.telt?.("Toelichting")).toBe(false); // only planlijst sheets count once they are known
  });

  test("a planlijst change recomputes the formulas that read it, once for changes close together", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 5 });
    const a = new StubStroom();
    const b = new StubStroom();
    aandeelFormule(bron, a);
    nettoFormule(bron, b);
    await bron.rust();
    poort.raster[1][2] = 150;
    poort.melder?.("planlijst");
    poort.melder?.("planlijst");
    poort.melder?.("planlijst");
    await bron.rust();
    expect(a.resultaten).toEqual([100]);
    expect(b.resultaten).toEqual([130, 150]);
    expect(poort.leesPlanlijstAantal).toBe(2);
    expect(poort.leesInstellingenAantal).toBe(1);
  });

  test("a settings change re-reads both and recomputes every formula", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 5 });
    const a = new StubStroom();
    const b = new StubStroom();
    aandeelFormule(bron, a);
    nettoFormule(bron, b);
    await bron.rust();
    poort.instellingen = { deal: { gemeenten: { Emmen: { aandeel: 120 } } } };
    poort.melder?.("instellingen");
    await bron.rust();
    expect(a.resultaten).toEqual([100, 120]);
    expect(b.resultaten).toEqual([130, 130]);
    expect(poort.leesInstellingenAantal).toBe(2);
    expect(poort.leesPlanlijstAantal).toBe(2);
  });

  test("a cancelled formula gets nothing more; the last one stops the events and drops the cache", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 5 });
    const a = new StubStroom();
    const b = new StubStroom();
    nettoFormule(bron, a);
    nettoFormule(bron, b);
    await bron.rust();
    a.onCanceled?.();
    poort.melder?.("planlijst");
    await bron.rust();
    expect(a.resultaten).toEqual([130]);
    expect(b.resultaten).toEqual([130, 130]);
    expect(poort.gestopt).toBe(0);
    b.onCanceled?.();
    await bron.rust();
    expect(poort.gestopt).toBe(1);
    expect(bron.aantalAbonnees).toBe(0);
    // A new formula starts listening again and reads afresh.
    const c = new StubStroom();
    nettoFormule(bron, c);
    await bron.rust();
    expect(c.resultaten).toEqual([130]);
    expect(poort.leesPlanlijstAantal).toBe(3);
    expect(poort.melder).toBeDefined();
  });

  test("a slow earlier computation never overwrites a newer result", async () => {
    const poort = new StubPoort();
    const bron = new WerkmapBron(poort, { wachttijd: 1 });
    const a = new StubStroom();
    poort.vertraging = 30;
    nettoFormule(bron, a); // first read: starts at once (sees 130), ends after 30 ms
    await pauze(10);
    poort.vertraging = 0;
    poort.raster[1][2] = 170;
    poort.melder?.("planlijst"); // second read: starts after 1 ms (sees 170), ends at once
    await bron.rust();
    expect(a.resultaten).toEqual([170]);
    expect(poort.leesPlanlijstAantal).toBe(2);
  });

  test("a failed read becomes #N/A with the reason; the next change tries again", async () => {
    const poort = new StubPoort();
    poort.faalt = "instellingen zijn beschadigd";
    const bron = new WerkmapBron(poort, { wachttijd: 1 });
    const a = new StubStroom();
    aandeelFormule(bron, a);
    await bron.rust();
    expect(a.resultaten).toEqual([
      new FunctieFout("#N/A", "De werkmap kon niet worden gelezen: instellingen zijn beschadigd"),
    ]);
    poort.faalt = undefined;
    poort.melder?.("instellingen");
    await bron.rust();
    expect(a.laatste).toBe(100);
  });
});
