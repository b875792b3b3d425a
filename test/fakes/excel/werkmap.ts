/**
 * The fake host: the workbook model, the options that make it stricter or laxer than Excel
 * on the web, the sync counters and the change events (handlers, user edits, and the events
 * Excel raises after the add-in's own syncs).
 */
import {
  BladModel,
  CelModel,
  PromptModel,
  Rechthoek,
  Waarde,
  WerkmapModel,
  gebiedAdres,
  leegBlad,
  leesGebied,
  ruimOp,
} from "../excel-model";
import { celVan, leesWaarden } from "./cellen";
import { FakeContext, SyncVerslag } from "./context";
import { Handler, wijzigingsArgs } from "./gebeurtenissen";

export interface FakeOpties {
  /** Sheet name → grid of values (row 1 first), e.g. { Planlijst: [["Projectnaam", "Aantal"], ["A", 3]] }. */
  bladen?: Record<string, (Waarde | null | undefined)[][]>;
  /** Name of the active sheet (default: the first). */
  actief?: string;
  /** Payload limit per sync and direction (default 5 MB as on Excel on the web; 0 = none). */
  payloadLimiet?: number;
  /** Maximum length of an address given to getRanges (default 255). */
  adresLimiet?: number;
  /**
   * Whether the host has ExcelApi 1.14: change events carry `triggerSource` ("ThisLocalAddin"
   * for the add-in's own writes, "Unknown" for the user's). False: older hosts, where the
   * property is missing and the add-in cannot tell its own writes from the user's.
   */
  api114?: boolean;
  /**
   * What `dataValidation.prompt` gives for cells that never had validation. Excel is not
   * documented on it; the add-in must handle each of these (default: empty texts, shown).
   */
  promptZonderValidatie?: PromptModel | null;
  /** What `workbook.name` gives (default "Map1.xlsx", Excel's name for a new Dutch workbook). */
  werkmapNaam?: string;
}

/** The fake host. `fake.context` is a RequestContext for direct use; `runWith(fake)` installs Excel.run. */
export class FakeExcel {
  readonly model: WerkmapModel;
  syncs = 0;
  readonly syncLog: SyncVerslag[] = [];
  payloadLimiet: number;
  adresLimiet: number;
  api114: boolean;
  promptZonderValidatie: PromptModel | null;
  werkmapNaam: string;
  /** Change events queued after syncs and not yet delivered (see `gebeurtenissen`). */
  private lopend: Promise<unknown>[] = [];
  /** Registered worksheet onChanged handlers: sheet id → handlers. */
  readonly wijzigingsHandlers = new Map<string, Set<Handler>>();
  private volgnummer = 0;
  private standaardContext?: FakeContext;

  constructor(opties: FakeOpties = {}) {
    this.model = { bladen: [], actiefBlad: "", instellingen: {}, aangepasteXml: {} };
    this.payloadLimiet = opties.payloadLimiet ?? 5 * 1024 * 1024;
    this.adresLimiet = opties.adresLimiet ?? 255;
    this.api114 = opties.api114 ?? true;
    this.werkmapNaam = opties.werkmapNaam ?? "Map1.xlsx";
    this.promptZonderValidatie =
      opties.promptZonderValidatie === undefined
        ? { showPrompt: true, title: "", message: "" }
        : opties.promptZonderValidatie;
    for (const [naam, raster] of Object.entries(opties.bladen ?? { Blad1: [] })) {
      const blad = this.voegBladToe(naam);
      this.zetWaarden(blad.naam, "A1", raster);
    }
    this.model.actiefBlad = opties.actief ?? this.model.bladen[0]?.naam ?? "";
  }

  nieuwId(voorvoegsel: string): string {
    this.volgnummer++;
    return `{${voorvoegsel}-${String(this.volgnummer).padStart(8, "0")}}`;
  }

  /** A RequestContext over this fake (one per fake; `nieuweContext` for a fresh one). */
  get context(): Excel.RequestContext {
    this.standaardContext ??= new FakeContext(this);
    return this.standaardContext as unknown as Excel.RequestContext;
  }

  nieuweContext(): FakeContext {
    return new FakeContext(this);
  }

  voegBladToe(naam: string): BladModel {
    const blad = leegBlad(naam, this.nieuwId("blad"));
    this.model.bladen.push(blad);
    if (!this.model.actiefBlad) this.model.actiefBlad = naam;
    return blad;
  }

  blad(naam: string): BladModel {
    const b = this.zoekBlad(naam);
    if (!b) throw new Error(`fake: geen blad ${naam}`);
    return b;
  }

  zoekBlad(naam: string): BladModel | undefined {
    const n = naam.toLowerCase();
    return this.model.bladen.find((b) => b.naam.toLowerCase() === n);
  }

  /** The cell record (created when `maak`). */
  cel(blad: string, adres: string, maak = false): CelModel | undefined {
    const b = this.blad(blad);
    const g = leesGebied(adres);
    return celVan(b, g.r, g.c, maak);
  }

  /** Writes a grid of values starting at `adres` directly in the model (no sync; like typing). */
  zetWaarden(blad: string, adres: string, raster: (Waarde | null | undefined)[][]) {
    const b = this.blad(blad);
    const g = leesGebied(adres);
    raster.forEach((rij, i) =>
      rij.forEach((v, j) => {
        if (v === null || v === undefined || v === "") {
          const c = celVan(b, g.r + i, g.c + j, false);
          if (c) {
            delete c.waarde;
            delete c.formule;
            ruimOp(b, g.r + i, g.c + j);
          }
          return;
        }
        const c = celVan(b, g.r + i, g.c + j, true)!;
        c.waarde = v;
        delete c.formule;
      })
    );
  }

  /** Values of a rectangle as Office.js would give them ("" for empty). */
  waarden(blad: string, adres: string): Waarde[][] {
    return leesWaarden(this.blad(blad), leesGebied(adres));
  }

  /** A deep copy of a sheet's model, for before/after comparisons. */
  momentopname(blad: string): BladModel {
    return JSON.parse(JSON.stringify(this.blad(blad))) as BladModel;
  }

  /** A user edit: changes the values in the model and fires the sheet's onChanged handlers. */
  async bewerk(blad: string, adres: string, raster: (Waarde | null)[][]) {
    this.zetWaarden(blad, adres, raster);
    const g = leesGebied(adres);
    const volledig = gebiedAdres({
      ...g,
      rijen: raster.length,
      kolommen: Math.max(1, ...raster.map((r) => r.length)),
    });
    await this.vuurWijziging(blad, volledig);
  }

  /** Fires the onChanged handlers of a sheet, as Excel does after an edit. Resolves when they have run. */
  async vuurWijziging(
    blad: string,
    adres: string,
    changeType: Excel.WorksheetChangedEventArgs["changeType"] = "RangeEdited",
    doorDezeInvoegtoepassing = false
  ) {
    const b = this.blad(blad);
    const handlers = [...(this.wijzigingsHandlers.get(b.id) ?? [])];
    const bron = doorDezeInvoegtoepassing ? "ThisLocalAddin" : "Unknown";
    const args = wijzigingsArgs(b, adres, changeType, this.api114 ? bron : undefined);
    await Promise.all(handlers.map((h) => h(args)));
  }

  /**
   * Excel raises onChanged for the add-in's own writes too, after the sync that made them
   * (asynchronously). Called by a sync with the areas it changed per sheet.
   */
  meldEigenWijzigingen(perBlad: Map<BladModel, Rechthoek[]>) {
    for (const [blad, gebieden] of perBlad) {
      if (!this.wijzigingsHandlers.get(blad.id)?.size) continue;
      const adres = gebieden.map(gebiedAdres).join(",");
      this.lopend.push(
        new Promise((klaar) => setTimeout(klaar, 0)).then(() =>
          this.model.bladen.includes(blad)
            ? this.vuurWijziging(blad.naam, adres, "RangeEdited", true)
            : undefined
        )
      );
    }
  }

  /** Resolves when every change event raised so far (also by events' own syncs) was handled. */
  async gebeurtenissen(): Promise<void> {
    while (this.lopend.length) {
      const lijst = this.lopend;
      this.lopend = [];
      await Promise.all(lijst);
    }
  }

  /** Total response bytes of the largest sync so far. */
  get grootsteSync(): number {
    return Math.max(0, ...this.syncLog.map((s) => Math.max(s.aanvraagBytes, s.antwoordBytes)));
  }

  /** Resets sync counters (not the model). */
  nulSyncs() {
    this.syncs = 0;
    this.syncLog.length = 0;
  }
}
