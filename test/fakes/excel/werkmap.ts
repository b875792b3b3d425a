/**
 * The fake host: the workbook model, the options that make it stricter or laxer than Excel
 * on the web, the sync counters and the events (handlers; user edits, sheets added, deleted
 * or renamed by the user, settings changed in another session; and the events Excel raises
 * after the add-in's own syncs).
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
import { OfficeFout } from "./fout";
import {
  Handler,
  WerkmapGebeurtenis,
  WerkmapHandler,
  WerkmapVelden,
  werkmapArgs,
  wijzigingsArgs,
} from "./gebeurtenissen";

/** -1, 0 or 1 as ExcelApi version `a` is below, equal to or above `b` ("1.7" < "1.17"). */
function vergelijkVersie(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

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
  /**
   * The ExcelApi version the host reports: `runWith` then installs
   * `Office.context.requirements.isSetSupported`, and registering an event of a later version
   * fails (ApiNotFound). Undefined (default): runWith leaves `Office` alone (in jest there is
   * none, so the add-in sees no support and registers no structure or settings events), and
   * the fake has every event. Given, it also sets the default of `api114`.
   */
  excelApi?: string;
  /**
   * Whether the add-in's format, data-validation and conditional-format writes raise
   * Worksheet.onChanged after their sync, as its value writes do (default true). Excel raises
   * onChanged for data changes; for format changes only some builds do, so the add-in must
   * cope with either.
   */
  wijzigingBijOpmaak?: boolean;
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
  readonly excelApi: string | undefined;
  wijzigingBijOpmaak: boolean;
  /** Change events queued after syncs and not yet delivered (see `gebeurtenissen`). */
  private lopend: Promise<unknown>[] = [];
  /** Registered worksheet onChanged handlers: sheet id → handlers. */
  readonly wijzigingsHandlers = new Map<string, Set<Handler>>();
  /** Registered workbook-level handlers by event (see `werkmapHandlers`). */
  private readonly werkmapHandlerLijst = new Map<WerkmapGebeurtenis, Set<WerkmapHandler>>();
  private volgnummer = 0;
  private standaardContext?: FakeContext;

  constructor(opties: FakeOpties = {}) {
    this.model = { bladen: [], actiefBlad: "", instellingen: {}, aangepasteXml: {} };
    this.payloadLimiet = opties.payloadLimiet ?? 5 * 1024 * 1024;
    this.adresLimiet = opties.adresLimiet ?? 255;
    this.excelApi = opties.excelApi;
    this.api114 =
      opties.api114 ?? (this.excelApi === undefined || vergelijkVersie(this.excelApi, "1.14") >= 0);
    this.wijzigingBijOpmaak = opties.wijzigingBijOpmaak ?? true;
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

  /** Whether the host has this ExcelApi version (always, when `excelApi` was not given). */
  ondersteunt(versie: string): boolean {
    return this.excelApi === undefined || vergelijkVersie(versie, this.excelApi) <= 0;
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

  /**
   * Refuses a sheet name as Excel does: empty, over 31 characters, one of : \\ / ? * [ ],
   * an apostrophe first or last, "History", or the name of another sheet (case-insensitive).
   * `zelf`: the sheet being renamed (it may change the case of its own name).
   */
  controleerBladnaam(naam: string, zelf?: BladModel): void {
    const ander = this.zoekBlad(naam);
    if (ander && ander !== zelf)
      throw new OfficeFout("ItemAlreadyExists", `A sheet named '${naam}' already exists.`);
    if (
      !naam ||
      naam.length > 31 ||
      /[:\\/?*[\]]/.test(naam) ||
      naam.startsWith("'") ||
      naam.endsWith("'") ||
      naam.toLowerCase() === "history"
    )
      throw new OfficeFout("InvalidArgument", `Invalid sheet name '${naam}'.`);
  }

  /** Renames a sheet in the model (checked); returns the old name. */
  hernoem(blad: BladModel, naam: string): string {
    this.controleerBladnaam(naam, blad);
    const voor = blad.naam;
    if (this.model.actiefBlad === voor) this.model.actiefBlad = naam;
    if (this.model.selectie?.blad === voor) this.model.selectie.blad = naam;
    blad.naam = naam;
    return voor;
  }

  /** Deletes a sheet from the model, with its handlers; Excel keeps one visible sheet. */
  verwijder(blad: BladModel): void {
    const zichtbaar = this.model.bladen.filter((x) => x.zichtbaarheid === "Visible");
    if (zichtbaar.length <= 1 && blad.zichtbaarheid === "Visible")
      throw new OfficeFout(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    this.model.bladen.splice(this.model.bladen.indexOf(blad), 1);
    this.wijzigingsHandlers.delete(blad.id);
    if (this.model.actiefBlad === blad.naam)
      this.model.actiefBlad = this.model.bladen.find((x) => x.zichtbaarheid === "Visible")!.naam;
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

  /** The registered handlers of a workbook-level event (changed at sync by add/remove). */
  werkmapHandlers(soort: WerkmapGebeurtenis): Set<WerkmapHandler> {
    let set = this.werkmapHandlerLijst.get(soort);
    if (!set) this.werkmapHandlerLijst.set(soort, (set = new Set()));
    return set;
  }

  /** Fires a workbook-level event's handlers now; resolves when they have run. */
  async vuurWerkmap(soort: WerkmapGebeurtenis, velden: WerkmapVelden = {}) {
    const args = werkmapArgs(
      soort,
      soort === "SettingsChanged"
        ? { settings: new FakeContext(this).workbook.settings, ...velden }
        : velden
    );
    await Promise.all([...this.werkmapHandlers(soort)].map((h) => h(args)));
  }

  /** Workbook-level events a sync caused, raised after it (asynchronously), as Excel does. */
  meldWerkmapGebeurtenissen(lijst: [WerkmapGebeurtenis, WerkmapVelden][]) {
    for (const [soort, velden] of lijst) {
      if (!this.werkmapHandlers(soort).size) continue;
      this.lopend.push(
        new Promise((klaar) => setTimeout(klaar, 0)).then(() => this.vuurWerkmap(soort, velden))
      );
    }
  }

  /** The user adds a sheet (with values); fires onAdded. */
  async gebruikerVoegtBladToe(naam: string, raster: (Waarde | null)[][] = []) {
    this.controleerBladnaam(naam);
    const blad = this.voegBladToe(naam);
    this.zetWaarden(naam, "A1", raster);
    await this.vuurWerkmap("WorksheetAdded", { worksheetId: blad.id });
  }

  /** The user deletes a sheet; fires onDeleted. */
  async gebruikerVerwijdertBlad(naam: string) {
    const blad = this.blad(naam);
    this.verwijder(blad);
    await this.vuurWerkmap("WorksheetDeleted", { worksheetId: blad.id });
  }

  /** The user renames a sheet; fires onNameChanged. */
  async gebruikerHernoemtBlad(naam: string, nieuw: string) {
    const blad = this.blad(naam);
    const voor = this.hernoem(blad, nieuw);
    await this.vuurWerkmap("WorksheetNameChanged", {
      worksheetId: blad.id,
      nameBefore: voor,
      nameAfter: nieuw,
    });
  }

  /**
   * Another session (a co-author, another instance of the add-in) stores a setting, or
   * deletes it (`waarde` undefined); fires onSettingsChanged.
   */
  async instellingElders(sleutel: string, waarde: unknown) {
    if (waarde === undefined) delete this.model.instellingen[sleutel];
    else this.model.instellingen[sleutel] = JSON.parse(JSON.stringify(waarde)) as unknown;
    await this.vuurWerkmap("SettingsChanged");
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
