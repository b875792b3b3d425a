/**
 * A fake Excel host for tests and the browser test page: an in-memory workbook
 * (excel-model.ts) behind classes that behave like Office.js where it matters:
 *
 * - every object is a queued proxy: methods and property writes are queued and applied in
 *   order at `context.sync()`; reading a property that was not loaded (load + sync) throws
 *   an error with code "PropertyNotLoaded", like Office.js;
 * - syncs are counted (`fake.syncs`), and each sync's payload is measured (`fake.syncLog`:
 *   request bytes of the queued operations, response bytes of what was loaded — a read of
 *   `values` counts the JSON size of the values); more than `payloadLimiet` bytes (5 MB, the
 *   Excel on the web limit) either way fails the sync like Excel on the web does;
 * - proxies resolve at sync time (a sheet by name, the used range as it is then), objects
 *   of a finished `Excel.run` refuse further use, `*OrNullObject` gives `isNullObject`.
 *
 * Classes implement `Pick<Excel.X, …>` of the members they support, so their signatures are
 * the real ones; code under test takes the real types: cast once with `fake.context`.
 * No jest or Node-only imports: this file bundles for a browser page too.
 */
import {
  BladModel,
  CelModel,
  OpmaakModel,
  PromptModel,
  Rechthoek,
  ValidatieModel,
  VoorwaardelijkeOpmaakModel,
  WerkmapModel,
  Waarde,
  bladVoorvoegsel,
  doorsnede,
  gebiedAdres,
  gebruiktGebied,
  heeftIets,
  heeftWaarde,
  kolomNaam,
  leegBlad,
  leesGebied,
  ruimOp,
  snijdt,
  splitsBlad,
} from "./excel-model";

export * from "./excel-model";

/** An error like OfficeExtension.Error (code, message, debugInfo). */
export class OfficeFout extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, plaats?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(plaats ? { errorLocation: plaats } : {}) };
  }
}

export interface SyncVerslag {
  /** 1-based number of the sync on this fake. */
  nr: number;
  operaties: number;
  /** Estimated bytes sent to Excel (queued operations with their arguments). */
  aanvraagBytes: number;
  /** Bytes of everything loaded (JSON). */
  antwoordBytes: number;
  /** Addresses whose `values`/`formulas`/`text` were read in this sync. */
  gelezen: string[];
  fout?: string;
}

const encoder = new TextEncoder();
function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return encoder.encode(JSON.stringify(v)).length;
}

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

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
    const args = {
      type: "WorksheetChanged",
      address: adres,
      changeType,
      source: "Local",
      worksheetId: b.id,
      ...(this.api114
        ? { triggerSource: doorDezeInvoegtoepassing ? "ThisLocalAddin" : "Unknown" }
        : {}),
      getRange: (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem(b.naam).getRange(adres),
      getRangeOrNullObject: (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem(b.naam).getRange(adres),
    } as unknown as Excel.WorksheetChangedEventArgs;
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

export function celVan(blad: BladModel, r: number, c: number, maak: boolean): CelModel | undefined {
  let rij = blad.cellen[r];
  if (!rij) {
    if (!maak) return undefined;
    rij = blad.cellen[r] = {};
  }
  let cel = rij[c];
  if (!cel && maak) cel = rij[c] = {};
  return cel;
}

function leesWaarden(blad: BladModel, g: Rechthoek): Waarde[][] {
  const uit: Waarde[][] = [];
  for (let i = 0; i < g.rijen; i++) {
    const rij = blad.cellen[g.r + i];
    const r: Waarde[] = new Array(g.kolommen);
    for (let j = 0; j < g.kolommen; j++) r[j] = rij?.[g.c + j]?.waarde ?? "";
    uit.push(r);
  }
  return uit;
}

type Op = { uitvoeren: () => void; aanvraag: number; plaats: string; doel?: FakeObject };

/**
 * Request bytes of one operation the way Office.js sends it: an action
 * `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}` with its
 * arguments as JSON, plus, once per request, every object path it goes through
 * (`{"Id":…,"ObjectPathType":…,"Name":"getRanges","ParentObjectPathId":…,"ArgumentInfo":…}`
 * with its arguments, e.g. the address) and the action that instantiates it.
 */
const ACTIE_BYTES = 85;
const PAD_BYTES = 95 + 45;
function padBytes(o: FakeObject | undefined, gezien: Set<FakeObject>): number {
  let n = 0;
  for (let x = o; x && !gezien.has(x); x = x.pad?.ouder) {
    gezien.add(x);
    n += PAD_BYTES + (x.pad ? x.pad.naam.length + jsonBytes(x.pad.args) : 10);
  }
  return n;
}

/** Excel.RequestContext over the fake. */
export class FakeContext implements Pick<Excel.RequestContext, "sync" | "workbook"> {
  readonly fake: FakeExcel;
  readonly workbook: Excel.Workbook;
  readonly trackedObjects = { add() {}, remove() {} };
  /** Set when the Excel.run that owns this context has finished. */
  afgesloten = false;
  private rij: Op[] = [];
  private antwoord: { doel: Record<string, unknown>; waarden: Record<string, unknown> }[] = [];
  private antwoordBytes = 0;
  private gelezen: string[] = [];

  constructor(fake: FakeExcel) {
    this.fake = fake;
    this.workbook = new FakeWorkbook(this) as unknown as Excel.Workbook;
  }

  get heeftWerk(): boolean {
    return this.rij.length > 0;
  }

  zetInRij(plaats: string, uitvoeren: () => void, aanvraag = 0, doel?: FakeObject) {
    if (this.afgesloten) {
      throw new OfficeFout(
        "InvalidObjectPath",
        `The object path '${plaats}' isn't working for what you're trying to do. (Object used after its Excel.run ended.)`,
        plaats
      );
    }
    this.rij.push({ uitvoeren, aanvraag: aanvraag + ACTIE_BYTES + plaats.length, plaats, doel });
  }

  private geraakt = new Map<BladModel, Rechthoek[]>();

  /**
   * Called by every write while a sync runs, with the sheet and areas it changes: refuses
   * writes to a protected sheet (AccessDenied, as Excel does) and collects the areas for the
   * change events Excel raises after the sync.
   */
  raak(blad: BladModel, gebieden: Rechthoek[], plaats: string) {
    if (blad.beveiligd) {
      throw new OfficeFout(
        "AccessDenied",
        "The cell or chart that you are trying to change is protected and therefore read-only.",
        plaats
      );
    }
    if (!this.geraakt.has(blad)) this.geraakt.set(blad, []);
    this.geraakt.get(blad)!.push(...gebieden);
  }

  /** Called by load operations while a sync runs. */
  lever(doel: Record<string, unknown>, waarden: Record<string, unknown>) {
    this.antwoord.push({ doel, waarden });
    this.antwoordBytes += jsonBytes(waarden);
  }

  leesMelding(adres: string) {
    this.gelezen.push(adres);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const rij = this.rij;
    this.rij = [];
    this.antwoord = [];
    this.antwoordBytes = 0;
    this.gelezen = [];
    const fake = this.fake;
    fake.syncs++;
    const verslag: SyncVerslag = {
      nr: fake.syncs,
      operaties: rij.length,
      aanvraagBytes: rij.reduce((n, o) => n + o.aanvraag, 0),
      antwoordBytes: 0,
      gelezen: [],
    };
    const gezien = new Set<FakeObject>();
    verslag.aanvraagBytes = rij.reduce((n, o) => n + o.aanvraag + padBytes(o.doel, gezien), 0);
    fake.syncLog.push(verslag);
    this.geraakt = new Map();
    await Promise.resolve();
    const limiet = fake.payloadLimiet;
    if (limiet && verslag.aanvraagBytes > limiet) {
      verslag.fout = "RequestPayloadSizeLimitExceeded";
      throw new OfficeFout(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    for (const op of rij) {
      try {
        op.uitvoeren();
      } catch (e) {
        verslag.antwoordBytes = this.antwoordBytes;
        verslag.gelezen = this.gelezen;
        const f =
          e instanceof OfficeFout
            ? e
            : new OfficeFout("GeneralException", (e as Error).message, op.plaats);
        verslag.fout = f.code;
        fake.meldEigenWijzigingen(this.geraakt);
        throw f;
      }
    }
    verslag.antwoordBytes = this.antwoordBytes;
    verslag.gelezen = this.gelezen;
    if (limiet && this.antwoordBytes > limiet) {
      verslag.fout = "ResponsePayloadSizeLimitExceeded";
      throw new OfficeFout(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    for (const a of this.antwoord) Object.assign(a.doel, a.waarden);
    fake.meldEigenWijzigingen(this.geraakt);
    return passThroughValue as T;
  }
}

// ---------------------------------------------------------------------------------------
// Proxy base

type LaadOpties = string | string[] | Record<string, unknown> | undefined;

function paden(opties: LaadOpties): string[] | undefined {
  if (opties === undefined) return undefined;
  if (typeof opties === "string")
    return opties
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(opties)) return opties.flatMap((s) => paden(s) ?? []);
  if (typeof opties.select === "string" || typeof opties.expand === "string") {
    return [...(paden(opties.select as string) ?? []), ...(paden(opties.expand as string) ?? [])];
  }
  const uit: string[] = [];
  for (const [k, v] of Object.entries(opties)) {
    if (k === "$all" && v) uit.push("$all");
    else if (k.startsWith("$")) continue;
    else if (v === true) uit.push(k);
    else if (v && typeof v === "object")
      for (const p of paden(v as Record<string, unknown>) ?? []) uit.push(`${k}/${p}`);
  }
  return uit;
}

abstract class FakeObject {
  readonly context: Excel.RequestContext;
  /** The object path: the method or property that made this object, its arguments, its parent. */
  pad?: { naam: string; args: unknown[]; ouder?: FakeObject };
  protected readonly ctx: FakeContext;
  /** Loaded values (after sync). */
  protected readonly geladen: Record<string, unknown> = {};
  protected abstract readonly soort: string;
  protected abstract readonly scalair: readonly string[];

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
    this.context = ctx as unknown as Excel.RequestContext;
  }

  /** The model value of a scalar property, computed while a sync runs. Throws when the object does not exist. */
  protected abstract lees(naam: string): unknown;
  /** False for an *OrNullObject that resolved to nothing (evaluated during sync). */
  protected bestaat(): boolean {
    return true;
  }

  protected navigatie(_naam: string): FakeObject | undefined {
    return undefined;
  }
  /** The sheet and areas a write to this object changes (checked and collected at sync). */
  protected geraakt(): { blad: BladModel; gebieden: Rechthoek[] } | undefined {
    return undefined;
  }
  private raakBij(plaats: string, toepassen: () => void): () => void {
    return () => {
      const g = this.geraakt();
      if (g) this.ctx.raak(g.blad, g.gebieden, plaats);
      toepassen();
    };
  }
  protected get waarDeel(): string {
    return this.soort;
  }

  load(opties?: any): any {
    const lijst = paden(opties as LaadOpties) ?? ["$all"];
    this.ctx.zetInRij(this.waarDeel, () => this.laadNu(lijst), jsonBytes(lijst), this);
    return this;
  }

  /** Loads now (inside a running sync): scalars of this object and paths through its navigation properties. */
  laadNu(lijst: string[]) {
    if (!this.bestaat()) {
      this.ctx.lever(this.geladen, { isNullObject: true });
      return;
    }
    const waarden: Record<string, unknown> = { isNullObject: false };
    const verder = new Map<string, string[]>();
    for (const pad of lijst) {
      const [kop, ...rest] = pad.split("/");
      if (kop === "$all") for (const s of this.scalair) waarden[s] = kopie(this.lees(s));
      else if (this.scalair.includes(kop)) waarden[kop] = kopie(this.lees(kop));
      else {
        if (!this.navigatie(kop)) {
          throw new OfficeFout(
            "PropertyNotFound",
            `The property '${kop}' is not part of ${this.soort}.`,
            this.waarDeel
          );
        }
        if (!verder.has(kop)) verder.set(kop, []);
        verder.get(kop)!.push(rest.length ? rest.join("/") : "$all");
      }
    }
    this.ctx.lever(this.geladen, waarden);
    for (const [kop, rest] of verder) this.navigatie(kop)!.laadNu(rest);
  }

  get isNullObject(): boolean {
    return this.waarde("isNullObject");
  }

  protected waarde<T>(naam: string): T {
    if (!(naam in this.geladen)) {
      throw new OfficeFout(
        "PropertyNotLoaded",
        `The property '${naam}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.soort}.${naam}`
      );
    }
    if (this.geladen.isNullObject === true && naam !== "isNullObject") {
      throw new OfficeFout(
        "InvalidOperation",
        `${this.soort} is a null object.`,
        `${this.soort}.${naam}`
      );
    }
    return this.geladen[naam] as T;
  }

  /** Queues a property write; the local copy changes at once (as Office.js does). */
  protected schrijf(naam: string, waarde: unknown, toepassen: () => void) {
    const plaats = `${this.soort}.${naam}`;
    this.ctx.zetInRij(plaats, this.raakBij(plaats, toepassen), jsonBytes(waarde), this);
    if (naam in this.geladen) this.geladen[naam] = kopie(waarde);
  }

  protected opdracht(naam: string, toepassen: () => void, bytes = 0) {
    const plaats = `${this.soort}.${naam}()`;
    this.ctx.zetInRij(plaats, this.raakBij(plaats, toepassen), bytes, this);
  }

  set(eigenschappen: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(eigenschappen)) {
      const nav = this.navigatie(k);
      if (nav && v && typeof v === "object") nav.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    const rest = { ...this.geladen };
    delete rest.isNullObject;
    return kopie(rest);
  }

  track(): any {
    return this;
  }
  untrack(): any {
    return this;
  }
}

/** Sets the object path of an object made by a method or navigation property of `ouder`. */
function metPad<T>(o: T, ouder: FakeObject | undefined, naam: string, ...args: unknown[]): T {
  (o as unknown as FakeObject).pad = { naam, args, ...(ouder ? { ouder } : {}) };
  return o;
}

function kopie<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function nietGevonden(wat: string): never {
  throw new OfficeFout("ItemNotFound", `The requested resource doesn't exist. (${wat})`, wat);
}

// ---------------------------------------------------------------------------------------
// Workbook, worksheets, settings

class FakeWorkbook
  extends FakeObject
  implements Pick<Excel.Workbook, "worksheets" | "settings" | "getSelectedRange" | "load">
{
  protected readonly soort = "Workbook";
  protected readonly scalair = ["name"] as const;
  readonly worksheets: Excel.WorksheetCollection;
  readonly settings: Excel.SettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx) as unknown as Excel.WorksheetCollection;
    this.settings = new FakeSettingCollection(ctx) as unknown as Excel.SettingCollection;
  }
  get name(): string {
    return this.waarde("name");
  }
  protected lees(): unknown {
    return "Map1.xlsx";
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "worksheets") return this.worksheets as unknown as FakeObject;
    if (naam === "settings") return this.settings as unknown as FakeObject;
    return undefined;
  }
  getSelectedRange(): Excel.Range {
    const fake = this.ctx.fake;
    return new FakeRange(this.ctx, () => {
      const s = fake.model.selectie;
      const blad = fake.zoekBlad(s?.blad ?? fake.model.actiefBlad) ?? nietGevonden("selectie");
      return { blad, g: leesGebied(s?.blad === blad.naam ? s.adres : "A1") };
    }) as unknown as Excel.Range;
  }
}

abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected readonly scalair = [] as const;
  private geladenItems?: T[];
  private itemsSync = -1;
  /** The items as they are now (during sync). */
  protected abstract maakItems(): T[];
  protected lees(): unknown {
    return undefined;
  }
  load(opties?: any): any {
    const lijst = paden(opties as LaadOpties) ?? ["items"];
    const itemPaden = lijst.map((p) =>
      p === "items" ? "$all" : p.startsWith("items/") ? p.slice(6) : p
    );
    this.ctx.zetInRij(this.soort, () => this.laadNu(itemPaden), jsonBytes(itemPaden), this);
    return this;
  }
  laadNu(itemPaden: string[]) {
    const items = this.maakItems();
    this.ctx.lever(this.geladen, { isNullObject: false });
    // Two loads of one collection in a batch merge (as in Office.js): keep the item proxies.
    const sync = this.ctx.fake.syncs;
    if (!this.geladenItems || this.itemsSync !== sync || this.geladenItems.length !== items.length)
      this.geladenItems = items;
    this.itemsSync = sync;
    for (const item of this.geladenItems) item.laadNu(itemPaden);
  }
  get items(): T[] {
    if (!this.geladenItems) {
      throw new OfficeFout(
        "PropertyNotLoaded",
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.soort}.items`
      );
    }
    return this.geladenItems;
  }
}

class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements
    Pick<
      Excel.WorksheetCollection,
      "load" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add" | "getCount"
    >
{
  protected readonly soort = "WorksheetCollection";
  protected maakItems(): FakeWorksheet[] {
    return this.ctx.fake.model.bladen.map(
      (b) => new FakeWorksheet(this.ctx, vastBlad(this.ctx.fake, b.id))
    );
  }
  getItem(key: string): Excel.Worksheet {
    return metPad(
      new FakeWorksheet(this.ctx, bladOpNaam(this.ctx.fake, key)),
      this,
      "getItem",
      key
    ) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return metPad(
      new FakeWorksheet(this.ctx, bladOpNaam(this.ctx.fake, key), true),
      this,
      "getItemOrNullObject",
      key
    ) as unknown as Excel.Worksheet;
  }
  getActiveWorksheet(): Excel.Worksheet {
    return new FakeWorksheet(
      this.ctx,
      bladOpNaam(this.ctx.fake, undefined)
    ) as unknown as Excel.Worksheet;
  }
  add(name?: string): Excel.Worksheet {
    const fake = this.ctx.fake;
    let id: string | undefined;
    this.opdracht("add", () => {
      const naam = name ?? `Blad${fake.model.bladen.length + 1}`;
      if (fake.zoekBlad(naam))
        throw new OfficeFout("ItemAlreadyExists", `A sheet named '${naam}' already exists.`);
      if (naam.length > 31 || /[\\/?*[\]:]/.test(naam))
        throw new OfficeFout("InvalidArgument", `Invalid sheet name '${naam}'.`);
      id = fake.voegBladToe(naam).id;
    });
    return new FakeWorksheet(this.ctx, () =>
      id ? fake.model.bladen.find((b) => b.id === id) : undefined
    ) as unknown as Excel.Worksheet;
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return clientResult(
      this.ctx,
      "WorksheetCollection.getCount",
      () => this.ctx.fake.model.bladen.length
    );
  }
}

function clientResult<T>(
  ctx: FakeContext,
  plaats: string,
  bereken: () => T
): OfficeExtension.ClientResult<T> {
  const doel: Record<string, unknown> = {};
  ctx.zetInRij(plaats, () => ctx.lever(doel, { value: bereken() }));
  return {
    get value(): T {
      if (!("value" in doel))
        throw new OfficeFout(
          "PropertyNotLoaded",
          "The value of the result object has not been loaded yet.",
          plaats
        );
      return doel.value as T;
    },
  } as OfficeExtension.ClientResult<T>;
}

type BladZoeker = () => BladModel | undefined;

/** Finds a sheet by name (or the active sheet) on first use, then sticks to its id (as Office.js does). */
function bladOpNaam(fake: FakeExcel, naam: string | undefined): BladZoeker {
  let id: string | undefined;
  return () => {
    if (id) return fake.model.bladen.find((b) => b.id === id);
    const b = fake.zoekBlad(naam ?? fake.model.actiefBlad);
    id = b?.id;
    return b;
  };
}
function vastBlad(fake: FakeExcel, id: string): BladZoeker {
  return () => fake.model.bladen.find((b) => b.id === id);
}

type WorksheetLeden =
  | "name"
  | "id"
  | "position"
  | "visibility"
  | "tabColor"
  | "load"
  | "activate"
  | "delete"
  | "getRange"
  | "getRanges"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "freezePanes"
  | "protection"
  | "tables"
  | "onChanged"
  | "isNullObject";

export class FakeWorksheet extends FakeObject implements Pick<Excel.Worksheet, WorksheetLeden> {
  protected readonly soort = "Worksheet";
  protected readonly scalair = ["name", "id", "position", "visibility", "tabColor"] as const;
  readonly zoek: BladZoeker;
  private readonly ofNull: boolean;
  readonly freezePanes: Excel.WorksheetFreezePanes;
  readonly protection: Excel.WorksheetProtection;
  readonly tables: Excel.TableCollection;
  readonly onChanged: OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;

  constructor(ctx: FakeContext, zoek: BladZoeker, ofNull = false) {
    super(ctx);
    this.zoek = zoek;
    this.ofNull = ofNull;
    this.freezePanes = new FakeFreezePanes(ctx, this) as unknown as Excel.WorksheetFreezePanes;
    this.protection = metPad(
      new FakeProtection(ctx, this),
      this,
      "protection"
    ) as unknown as Excel.WorksheetProtection;
    this.tables = new FakeTableCollection(ctx, this) as unknown as Excel.TableCollection;
    this.onChanged = new FakeEventHandlers(
      ctx,
      this
    ) as unknown as OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;
  }
  /** The sheet model (during sync). */
  los(): BladModel {
    return this.zoek() ?? nietGevonden("Worksheet");
  }
  protected bestaat(): boolean {
    if (this.zoek()) return true;
    if (this.ofNull) return false;
    return nietGevonden("Worksheet");
  }
  protected lees(naam: string): unknown {
    const b = this.los();
    switch (naam) {
      case "name":
        return b.naam;
      case "id":
        return b.id;
      case "position":
        return this.ctx.fake.model.bladen.indexOf(b);
      case "visibility":
        return b.zichtbaarheid;
      case "tabColor":
        return b.tabkleur ?? "";
    }
    return undefined;
  }
  get name(): string {
    return this.waarde("name");
  }
  set name(v: string) {
    this.schrijf("name", v, () => {
      const b = this.los();
      const fake = this.ctx.fake;
      if (fake.model.actiefBlad === b.naam) fake.model.actiefBlad = v;
      b.naam = v;
    });
  }
  get id(): string {
    return this.waarde("id");
  }
  get position(): number {
    return this.waarde("position");
  }
  set position(v: number) {
    this.schrijf("position", v, () => {
      const lijst = this.ctx.fake.model.bladen;
      const b = this.los();
      lijst.splice(lijst.indexOf(b), 1);
      lijst.splice(Math.max(0, Math.min(v, lijst.length)), 0, b);
    });
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.waarde("visibility");
  }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.schrijf("visibility", v, () => {
      this.los().zichtbaarheid = v as BladModel["zichtbaarheid"];
    });
  }
  get tabColor(): string {
    return this.waarde("tabColor");
  }
  set tabColor(v: string) {
    this.schrijf("tabColor", v, () => {
      const b = this.los();
      if (v) b.tabkleur = v;
      else delete b.tabkleur;
    });
  }
  activate(): void {
    this.opdracht("activate", () => {
      const b = this.los();
      if (b.zichtbaarheid !== "Visible")
        throw new OfficeFout("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.fake.model.actiefBlad = b.naam;
    });
  }
  delete(): void {
    this.opdracht("delete", () => {
      const fake = this.ctx.fake;
      const b = this.los();
      if (
        fake.model.bladen.filter((x) => x.zichtbaarheid === "Visible").length <= 1 &&
        b.zichtbaarheid === "Visible"
      ) {
        throw new OfficeFout(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      fake.model.bladen.splice(fake.model.bladen.indexOf(b), 1);
      fake.wijzigingsHandlers.delete(b.id);
      if (fake.model.actiefBlad === b.naam)
        fake.model.actiefBlad = fake.model.bladen.find((x) => x.zichtbaarheid === "Visible")!.naam;
    });
  }
  getRange(address?: string): Excel.Range {
    return metPad(this.bereik(address), this, "getRange", address ?? "");
  }
  private bereik(address?: string): Excel.Range {
    return new FakeRange(this.ctx, () => {
      const blad = this.los();
      if (address === undefined) return { blad, g: leesGebied("1:1048576") };
      const { blad: naam, rest } = splitsBlad(address);
      if (naam && naam.toLowerCase() !== blad.naam.toLowerCase())
        throw new OfficeFout("InvalidArgument", `Address ${address} is on another sheet.`);
      try {
        return { blad, g: leesGebied(rest) };
      } catch (e) {
        throw new OfficeFout("InvalidArgument", (e as Error).message);
      }
    }) as unknown as Excel.Range;
  }
  getRanges(address?: string): Excel.RangeAreas {
    const limiet = this.ctx.fake.adresLimiet;
    return metPad(this.gebieden(address, limiet), this, "getRanges", address ?? "");
  }
  private gebieden(address: string | undefined, limiet: number): Excel.RangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const blad = this.los();
      if (address === undefined) return { blad, gebieden: [leesGebied("1:1048576")] };
      if (limiet && address.length > limiet)
        throw new OfficeFout("InvalidArgument", `The address is longer than ${limiet} characters.`);
      return {
        blad,
        gebieden: address.split(",").map((a) => leesGebied(splitsBlad(a.trim()).rest)),
      };
    }) as unknown as Excel.RangeAreas;
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Excel.Range {
    return metPad(
      new FakeRange(this.ctx, () => ({
        blad: this.los(),
        g: geldig({ r: startRow, c: startColumn, rijen: rowCount, kolommen: columnCount }),
      })),
      this,
      "getRangeByIndexes",
      startRow,
      startColumn,
      rowCount,
      columnCount
    ) as unknown as Excel.Range;
  }
  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return new FakeRange(this.ctx, () => {
      const blad = this.los();
      return {
        blad,
        g: gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets) ?? leesGebied("A1"),
      };
    }) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return new FakeRange(this.ctx, () => {
      const blad = this.los();
      const g = gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets);
      return g ? { blad, g } : null;
    }) as unknown as Excel.Range;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "protection") return this.protection as unknown as FakeObject;
    if (naam === "tables") return this.tables as unknown as FakeObject;
    return undefined;
  }
}

function geldig(g: Rechthoek): Rechthoek {
  if (
    g.r < 0 ||
    g.c < 0 ||
    g.rijen < 1 ||
    g.kolommen < 1 ||
    g.r + g.rijen > 1048576 ||
    g.c + g.kolommen > 16384
  ) {
    throw new OfficeFout(
      "InvalidArgument",
      `The range (${g.r},${g.c},${g.rijen}×${g.kolommen}) is outside the sheet.`
    );
  }
  return g;
}

/** Worksheet protection (ExcelApi 1.2): whether the sheet is protected. */
class FakeProtection
  extends FakeObject
  implements Pick<Excel.WorksheetProtection, "protected" | "load" | "protect" | "unprotect">
{
  protected readonly soort = "WorksheetProtection";
  protected readonly scalair = ["protected"] as const;
  constructor(
    ctx: FakeContext,
    private readonly blad: FakeWorksheet
  ) {
    super(ctx);
  }
  protected lees(): unknown {
    return !!this.blad.los().beveiligd;
  }
  get protected(): boolean {
    return this.waarde("protected");
  }
  protect(): void {
    this.ctx.zetInRij(
      "WorksheetProtection.protect()",
      () => (this.blad.los().beveiligd = true),
      0,
      this
    );
  }
  unprotect(): void {
    this.ctx.zetInRij(
      "WorksheetProtection.unprotect()",
      () => delete this.blad.los().beveiligd,
      0,
      this
    );
  }
}

class FakeFreezePanes
  extends FakeObject
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze">
{
  protected readonly soort = "WorksheetFreezePanes";
  protected readonly scalair = [] as const;
  constructor(
    ctx: FakeContext,
    private readonly blad: FakeWorksheet
  ) {
    super(ctx);
  }
  protected lees(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.opdracht("freezeRows", () => {
      this.blad.los().bevrorenRijen = count ?? 1;
    });
  }
  unfreeze(): void {
    this.opdracht("unfreeze", () => {
      delete this.blad.los().bevrorenRijen;
    });
  }
}

class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly blad: FakeWorksheet
  ) {}
  add(handler: Handler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    const fake = this.ctx.fake;
    this.ctx.zetInRij("Worksheet.onChanged.add", () => {
      const id = this.blad.los().id;
      if (!fake.wijzigingsHandlers.has(id)) fake.wijzigingsHandlers.set(id, new Set());
      fake.wijzigingsHandlers.get(id)!.add(handler);
    });
    return {
      context: this.ctx as unknown as OfficeExtension.ClientRequestContext,
      remove: () => this.remove(handler),
    } as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  }
  remove(handler: Handler): void {
    const fake = this.ctx.fake;
    this.ctx.zetInRij("Worksheet.onChanged.remove", () => {
      for (const set of fake.wijzigingsHandlers.values()) set.delete(handler);
    });
  }
}

class FakeSettingCollection
  extends FakeCollection<FakeSetting>
  implements
    Pick<Excel.SettingCollection, "load" | "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  protected readonly soort = "SettingCollection";
  protected maakItems(): FakeSetting[] {
    return Object.keys(this.ctx.fake.model.instellingen).map((k) => new FakeSetting(this.ctx, k));
  }
  add(key: string, value: string | number | boolean | Date | any[] | any): Excel.Setting {
    this.ctx.zetInRij(
      "SettingCollection.add",
      () => {
        this.ctx.fake.model.instellingen[key] = kopie(value);
      },
      jsonBytes(value)
    );
    return new FakeSetting(this.ctx, key) as unknown as Excel.Setting;
  }
  getItem(key: string): Excel.Setting {
    return new FakeSetting(this.ctx, key) as unknown as Excel.Setting;
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return new FakeSetting(this.ctx, key, true) as unknown as Excel.Setting;
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return clientResult(
      this.ctx,
      "SettingCollection.getCount",
      () => Object.keys(this.ctx.fake.model.instellingen).length
    );
  }
}

class FakeSetting
  extends FakeObject
  implements Pick<Excel.Setting, "key" | "value" | "delete" | "load">
{
  protected readonly soort = "Setting";
  protected readonly scalair = ["key", "value"] as const;
  constructor(
    ctx: FakeContext,
    private readonly sleutel: string,
    private readonly ofNull = false
  ) {
    super(ctx);
  }
  private get instellingen() {
    return this.ctx.fake.model.instellingen;
  }
  protected bestaat(): boolean {
    if (this.sleutel in this.instellingen) return true;
    if (this.ofNull) return false;
    return nietGevonden(`Setting ${this.sleutel}`);
  }
  protected lees(naam: string): unknown {
    if (!(this.sleutel in this.instellingen)) nietGevonden(`Setting ${this.sleutel}`);
    return naam === "key" ? this.sleutel : this.instellingen[this.sleutel];
  }
  get key(): string {
    return this.waarde("key");
  }
  get value(): any {
    return this.waarde("value");
  }
  set value(v: any) {
    this.schrijf("value", v, () => {
      if (!(this.sleutel in this.instellingen)) nietGevonden(`Setting ${this.sleutel}`);
      this.instellingen[this.sleutel] = kopie(v);
    });
  }
  delete(): void {
    this.opdracht("delete", () => {
      if (!(this.sleutel in this.instellingen)) nietGevonden(`Setting ${this.sleutel}`);
      delete this.instellingen[this.sleutel];
    });
  }
}

// ---------------------------------------------------------------------------------------
// Ranges

type RangeDoel = { blad: BladModel; g: Rechthoek } | null;

type RangeLeden =
  | "load"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "address"
  | "addressLocal"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "cellCount"
  | "isNullObject"
  | "hyperlink"
  | "format"
  | "conditionalFormats"
  | "dataValidation"
  | "worksheet"
  | "getCell"
  | "getOffsetRange"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getEntireRow"
  | "getEntireColumn"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "rowHidden"
  | "find"
  | "findOrNullObject"
  | "select"
  | "clear";

export class FakeRange extends FakeObject implements Pick<Excel.Range, RangeLeden> {
  protected readonly soort = "Range";
  protected readonly scalair = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "hyperlink",
    "rowHidden",
  ] as const;
  readonly doel: () => RangeDoel;
  readonly format: Excel.RangeFormat;
  readonly conditionalFormats: Excel.ConditionalFormatCollection;
  readonly dataValidation: Excel.DataValidation;

  constructor(ctx: FakeContext, doel: () => RangeDoel) {
    super(ctx);
    this.doel = doel;
    const gebieden = () => {
      const d = this.los();
      return { blad: d.blad, gebieden: [d.g] };
    };
    this.format = metPad(
      new FakeRangeFormat(ctx, gebieden),
      this,
      "format"
    ) as unknown as Excel.RangeFormat;
    this.conditionalFormats = metPad(
      new FakeConditionalFormatCollection(ctx, gebieden),
      this,
      "conditionalFormats"
    ) as unknown as Excel.ConditionalFormatCollection;
    this.dataValidation = metPad(
      new FakeDataValidation(ctx, gebieden),
      this,
      "dataValidation"
    ) as unknown as Excel.DataValidation;
  }
  los(): { blad: BladModel; g: Rechthoek } {
    return this.doel() ?? nietGevonden("Range");
  }
  protected geraakt() {
    const { blad, g } = this.los();
    return { blad, gebieden: [g] };
  }
  protected bestaat(): boolean {
    return this.doel() !== null;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "format") return this.format as unknown as FakeObject;
    if (naam === "conditionalFormats") return this.conditionalFormats as unknown as FakeObject;
    if (naam === "dataValidation") return this.dataValidation as unknown as FakeObject;
    if (naam === "worksheet") return this.worksheet as unknown as FakeObject;
    return undefined;
  }
  protected lees(naam: string): unknown {
    const { blad, g } = this.los();
    const adres = `${bladVoorvoegsel(blad.naam)}!${gebiedAdres(g)}`;
    switch (naam) {
      case "address":
      case "addressLocal":
        return adres;
      case "rowCount":
        return g.rijen;
      case "columnCount":
        return g.kolommen;
      case "rowIndex":
        return g.r;
      case "columnIndex":
        return g.c;
      case "cellCount":
        return g.rijen * g.kolommen;
      case "values":
        this.ctx.leesMelding(adres);
        return leesWaarden(blad, g);
      case "formulas":
        this.ctx.leesMelding(adres);
        return perCel(blad, g, (c) => c?.formule ?? c?.waarde ?? "");
      case "text":
        this.ctx.leesMelding(adres);
        return perCel(blad, g, (c) => (c?.waarde === undefined ? "" : String(c.waarde)));
      case "numberFormat":
        return perCel(blad, g, (c) => c?.getalnotatie ?? "General");
      case "hyperlink":
        return blad.cellen[g.r]?.[g.c]?.hyperlink ?? null;
      case "rowHidden": {
        // true when every row is hidden, false when none is, null when mixed (as Excel).
        const verborgen = new Set(blad.verborgenRijen ?? []);
        let n = 0;
        for (const r of verborgen) if (r >= g.r && r < g.r + g.rijen) n++;
        return n === 0 ? false : n === g.rijen ? true : null;
      }
    }
    return undefined;
  }
  get address(): string {
    return this.waarde("address");
  }
  get addressLocal(): string {
    return this.waarde("addressLocal");
  }
  get rowCount(): number {
    return this.waarde("rowCount");
  }
  get columnCount(): number {
    return this.waarde("columnCount");
  }
  get rowIndex(): number {
    return this.waarde("rowIndex");
  }
  get columnIndex(): number {
    return this.waarde("columnIndex");
  }
  get cellCount(): number {
    return this.waarde("cellCount");
  }
  get values(): any[][] {
    return this.waarde("values");
  }
  get rowHidden(): boolean {
    return this.waarde("rowHidden");
  }
  /**
   * "Visible": the areas of the range in rows that are not hidden; "DataValidations": the
   * cells with any data validation (also a prompt only), as runs per row (ExcelApi 1.9).
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): Excel.RangeAreas {
    if (cellType !== "Visible" && cellType !== "DataValidations")
      throw new Error(`fake: getSpecialCells(${cellType}) not modelled`);
    return metPad(
      new FakeRangeAreas(this.ctx, () => {
        const d = this.doel();
        if (!d) return null;
        if (cellType === "DataValidations") {
          const gebieden: Rechthoek[] = [];
          for (const r of Object.keys(d.blad.cellen)
            .map(Number)
            .sort((a, b) => a - b)) {
            if (r < d.g.r || r >= d.g.r + d.g.rijen) continue;
            const kolommen = Object.keys(d.blad.cellen[r])
              .map(Number)
              .filter(
                (c) => c >= d.g.c && c < d.g.c + d.g.kolommen && d.blad.cellen[r][c].validatie
              )
              .sort((a, b) => a - b);
            for (const c of kolommen) {
              const vorige = gebieden[gebieden.length - 1];
              if (vorige && vorige.r === r && vorige.c + vorige.kolommen === c) vorige.kolommen++;
              else gebieden.push({ r, c, rijen: 1, kolommen: 1 });
            }
          }
          return gebieden.length ? { blad: d.blad, gebieden } : null;
        }
        const verborgen = new Set(d.blad.verborgenRijen ?? []);
        const gebieden: Rechthoek[] = [];
        for (let r = d.g.r; r < d.g.r + d.g.rijen; r++) {
          if (verborgen.has(r)) continue;
          const vorige = gebieden[gebieden.length - 1];
          if (vorige && vorige.r + vorige.rijen === r) vorige.rijen++;
          else gebieden.push({ r, c: d.g.c, rijen: 1, kolommen: d.g.kolommen });
        }
        return gebieden.length ? { blad: d.blad, gebieden } : null;
      }),
      this,
      "getSpecialCellsOrNullObject",
      cellType
    ) as unknown as Excel.RangeAreas;
  }
  set values(v: any[][]) {
    this.schrijf("values", v, () => this.schrijfInhoud(v, false));
  }
  get formulas(): any[][] {
    return this.waarde("formulas");
  }
  set formulas(v: any[][]) {
    this.schrijf("formulas", v, () => this.schrijfInhoud(v, true));
  }
  get text(): string[][] {
    return this.waarde("text");
  }
  get numberFormat(): any[][] {
    return this.waarde("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.schrijf("numberFormat", v, () => {
      const { blad, g } = this.los();
      perCelSchrijf(blad, g, v, (cel, x) => {
        if (x === null) return;
        if (x === "General") delete cel.getalnotatie;
        else cel.getalnotatie = String(x);
      });
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.waarde("hyperlink");
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.schrijf("hyperlink", v, () => {
      const { blad, g } = this.los();
      for (let i = 0; i < g.rijen; i++)
        for (let j = 0; j < g.kolommen; j++) {
          const cel = celVan(blad, g.r + i, g.c + j, true)!;
          cel.hyperlink = kopie(v);
          if (v.textToDisplay !== undefined) cel.waarde = v.textToDisplay;
        }
    });
  }
  private schrijfInhoud(v: any[][], formules: boolean) {
    const { blad, g } = this.los();
    if (
      Array.isArray(v) &&
      (v.length !== g.rijen || v.some((r) => !Array.isArray(r) || r.length !== g.kolommen))
    ) {
      throw new OfficeFout(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${g.rijen}×${g.kolommen}).`
      );
    }
    perCelSchrijf(blad, g, v, (cel, x) => {
      if (x === null || x === undefined) return;
      // As in Excel: text starting with =, +, - or @ written to a cell that is not
      // text-formatted ("@") is entered as a formula ("-5" and "+5" as numbers).
      if (typeof x === "string" && /^[=+\-@]./s.test(x) && cel.getalnotatie !== "@") {
        if (/^[+-]\d+([.,]\d+)?$/.test(x)) {
          delete cel.formule;
          cel.waarde = Number(x.replace(",", "."));
          return;
        }
        cel.formule = x.startsWith("=") ? x : `=${x.replace(/^@/, "")}`;
        const link = /^=HYPERLINK\("([^"]*)"\s*,\s*"([^"]*)"\)$/i.exec(x);
        cel.waarde = link ? link[2] : "#NAME?";
        return;
      }
      delete cel.formule;
      if (x === "") delete cel.waarde;
      else cel.waarde = x as Waarde;
      void formules;
    });
  }

  private afgeleid(maak: (d: { blad: BladModel; g: Rechthoek }) => Rechthoek | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      const d = this.doel();
      if (!d) return null;
      const g = maak(d);
      return g ? { blad: d.blad, g: geldig(g) } : null;
    });
  }
  getCell(row: number, column: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      r: g.r + row,
      c: g.c + column,
      rijen: 1,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      r: g.r + rowOffset,
      c: g.c + columnOffset,
    })) as unknown as Excel.Range;
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      rijen: g.rijen + deltaRows,
      kolommen: g.kolommen + deltaColumns,
    })) as unknown as Excel.Range;
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      rijen: numRows,
      kolommen: numColumns,
    })) as unknown as Excel.Range;
  }
  getRow(row: number): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, r: g.r + row, rijen: 1 })) as unknown as Excel.Range;
  }
  getColumn(column: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      c: g.c + column,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getLastRow(): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      r: g.r + g.rijen - 1,
      rijen: 1,
    })) as unknown as Excel.Range;
  }
  getLastColumn(): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      c: g.c + g.kolommen - 1,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getEntireRow(): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, c: 0, kolommen: 16384 })) as unknown as Excel.Range;
  }
  getEntireColumn(): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, r: 0, rijen: 1048576 })) as unknown as Excel.Range;
  }
  private anderGebied(ander: Excel.Range | string): Rechthoek {
    if (typeof ander === "string") return leesGebied(splitsBlad(ander).rest);
    return (ander as unknown as FakeRange).los().g;
  }
  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this.afgeleid(
      ({ g }) => doorsnede(g, this.anderGebied(anotherRange)) ?? nietGevonden("intersection")
    ) as unknown as Excel.Range;
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this.afgeleid(
      ({ g }) => doorsnede(g, this.anderGebied(anotherRange)) ?? null
    ) as unknown as Excel.Range;
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.afgeleid(
      ({ blad, g }) =>
        gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets, g) ?? nietGevonden("used range")
    ) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.afgeleid(
      ({ blad, g }) => gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets, g) ?? null
    ) as unknown as Excel.Range;
  }
  private zoekCel(text: string, criteria: Excel.SearchCriteria) {
    return ({ blad, g }: { blad: BladModel; g: Rechthoek }): Rechthoek | null => {
      const achteruit = criteria.searchDirection === "Backwards";
      const past = (c: CelModel | undefined) => {
        if (!heeftWaarde(c)) return false;
        if (text === "*") return true;
        const a = String(c!.waarde);
        const [x, y] = criteria.matchCase ? [a, text] : [a.toLowerCase(), text.toLowerCase()];
        return criteria.completeMatch ? x === y : x.includes(y);
      };
      const rijen = Object.keys(blad.cellen)
        .map(Number)
        .filter((r) => r >= g.r && r < g.r + g.rijen)
        .sort((a, b) => (achteruit ? b - a : a - b));
      for (const r of rijen) {
        const kolommen = Object.keys(blad.cellen[r])
          .map(Number)
          .filter((c) => c >= g.c && c < g.c + g.kolommen)
          .sort((a, b) => (achteruit ? b - a : a - b));
        for (const c of kolommen)
          if (past(blad.cellen[r][c])) return { r, c, rijen: 1, kolommen: 1 };
      }
      return null;
    };
  }
  find(text: string, criteria: Excel.SearchCriteria): Excel.Range {
    const zoek = this.zoekCel(text, criteria);
    return this.afgeleid((d) => zoek(d) ?? nietGevonden(`find ${text}`)) as unknown as Excel.Range;
  }
  findOrNullObject(text: string, criteria: Excel.SearchCriteria): Excel.Range {
    return this.afgeleid(this.zoekCel(text, criteria)) as unknown as Excel.Range;
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, () => this.los().blad) as unknown as Excel.Worksheet;
  }
  select(): void {
    // Selecting is allowed on a protected sheet: no `opdracht` (which counts as a write).
    this.ctx.zetInRij(
      `${this.soort}.select()`,
      () => {
        const { blad, g } = this.los();
        const fake = this.ctx.fake;
        if (fake.model.actiefBlad !== blad.naam)
          throw new OfficeFout("InvalidOperation", "Select works on the active sheet only.");
        fake.model.selectie = { blad: blad.naam, adres: gebiedAdres(g) };
      },
      0,
      this
    );
  }
  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents"
  ): void {
    this.opdracht("clear", () => {
      const { blad, g } = this.los();
      wisGebied(blad, g, applyTo ?? "All");
    });
  }
}

function wisGebied(blad: BladModel, g: Rechthoek, wat: string) {
  for (const r of Object.keys(blad.cellen).map(Number)) {
    if (r < g.r || r >= g.r + g.rijen) continue;
    for (const c of Object.keys(blad.cellen[r]).map(Number)) {
      if (c < g.c || c >= g.c + g.kolommen) continue;
      const cel = blad.cellen[r][c];
      if (wat === "All" || wat === "Contents") {
        delete cel.waarde;
        delete cel.formule;
      }
      if (wat === "All" || wat === "Formats") {
        delete cel.opmaak;
        delete cel.getalnotatie;
      }
      if (wat === "All" || wat === "Hyperlinks" || wat === "RemoveHyperlinks") delete cel.hyperlink;
      ruimOp(blad, r, c);
    }
  }
}

function perCel<T>(blad: BladModel, g: Rechthoek, f: (c: CelModel | undefined) => T): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < g.rijen; i++) {
    const rij = blad.cellen[g.r + i];
    const r: T[] = [];
    for (let j = 0; j < g.kolommen; j++) r.push(f(rij?.[g.c + j]));
    uit.push(r);
  }
  return uit;
}

function perCelSchrijf(
  blad: BladModel,
  g: Rechthoek,
  v: unknown,
  f: (cel: CelModel, x: unknown) => void
) {
  for (let i = 0; i < g.rijen; i++)
    for (let j = 0; j < g.kolommen; j++) {
      const x = Array.isArray(v) ? (v as unknown[][])[i]?.[j] : v;
      if (x === null || x === undefined) continue;
      f(celVan(blad, g.r + i, g.c + j, true)!, x);
      ruimOp(blad, g.r + i, g.c + j);
    }
}

type Gebieden = () => { blad: BladModel; gebieden: Rechthoek[] };

function cellenVan(gebieden: Rechthoek[]): [number, number][] {
  const uit: [number, number][] = [];
  const gezien = new Set<string>();
  for (const g of gebieden)
    for (let i = 0; i < g.rijen; i++)
      for (let j = 0; j < g.kolommen; j++) {
        const k = `${g.r + i},${g.c + j}`;
        if (gezien.has(k)) continue;
        gezien.add(k);
        uit.push([g.r + i, g.c + j]);
      }
  return uit;
}

type RangeAreasLeden =
  | "load"
  | "address"
  | "addressLocal"
  | "areaCount"
  | "cellCount"
  | "areas"
  | "format"
  | "conditionalFormats"
  | "dataValidation"
  | "worksheet"
  | "select"
  | "clear"
  | "isNullObject";

export class FakeRangeAreas extends FakeObject implements Pick<Excel.RangeAreas, RangeAreasLeden> {
  protected readonly soort = "RangeAreas";
  protected readonly scalair = ["address", "addressLocal", "areaCount", "cellCount"] as const;
  readonly format: Excel.RangeFormat;
  readonly conditionalFormats: Excel.ConditionalFormatCollection;
  readonly dataValidation: Excel.DataValidation;
  readonly areas: Excel.RangeCollection;
  constructor(
    ctx: FakeContext,
    readonly doel: () => { blad: BladModel; gebieden: Rechthoek[] } | null
  ) {
    super(ctx);
    const los = () => this.los();
    this.format = metPad(
      new FakeRangeFormat(ctx, los),
      this,
      "format"
    ) as unknown as Excel.RangeFormat;
    this.conditionalFormats = metPad(
      new FakeConditionalFormatCollection(ctx, los),
      this,
      "conditionalFormats"
    ) as unknown as Excel.ConditionalFormatCollection;
    this.dataValidation = metPad(
      new FakeDataValidation(ctx, los),
      this,
      "dataValidation"
    ) as unknown as Excel.DataValidation;
    this.areas = new FakeRangeCollection(ctx, los) as unknown as Excel.RangeCollection;
  }
  los() {
    return this.doel() ?? nietGevonden("RangeAreas");
  }
  protected geraakt() {
    return this.los();
  }
  protected bestaat(): boolean {
    return this.doel() !== null;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    const nav: Record<string, unknown> = {
      format: this.format,
      conditionalFormats: this.conditionalFormats,
      dataValidation: this.dataValidation,
      areas: this.areas,
    };
    return nav[naam] as FakeObject | undefined;
  }
  protected lees(naam: string): unknown {
    const { blad, gebieden } = this.los();
    switch (naam) {
      case "address":
      case "addressLocal":
        return gebieden.map((g) => `${bladVoorvoegsel(blad.naam)}!${gebiedAdres(g)}`).join(",");
      case "areaCount":
        return gebieden.length;
      case "cellCount":
        return cellenVan(gebieden).length;
    }
    return undefined;
  }
  get address(): string {
    return this.waarde("address");
  }
  get addressLocal(): string {
    return this.waarde("addressLocal");
  }
  get areaCount(): number {
    return this.waarde("areaCount");
  }
  get cellCount(): number {
    return this.waarde("cellCount");
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, () => this.los().blad) as unknown as Excel.Worksheet;
  }
  select(): void {
    // Selecting is allowed on a protected sheet: no `opdracht` (which counts as a write).
    this.ctx.zetInRij(
      `${this.soort}.select()`,
      () => {
        const { blad, gebieden } = this.los();
        this.ctx.fake.model.selectie = {
          blad: blad.naam,
          adres: gebieden.map(gebiedAdres).join(","),
        };
      },
      0,
      this
    );
  }
  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents"
  ): void {
    this.opdracht("clear", () => {
      const { blad, gebieden } = this.los();
      for (const g of gebieden) wisGebied(blad, g, applyTo ?? "All");
    });
  }
}

class FakeRangeCollection
  extends FakeCollection<FakeRange>
  implements Pick<Excel.RangeCollection, "load">
{
  protected readonly soort = "RangeCollection";
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
  }
  protected maakItems(): FakeRange[] {
    const { blad, gebieden } = this.gebieden();
    return gebieden.map((g) => new FakeRange(this.ctx, () => ({ blad, g })));
  }
}

// ---------------------------------------------------------------------------------------
// Formats

class FakeRangeFormat
  extends FakeObject
  implements
    Pick<
      Excel.RangeFormat,
      | "fill"
      | "font"
      | "borders"
      | "columnWidth"
      | "wrapText"
      | "horizontalAlignment"
      | "autofitColumns"
      | "load"
    >
{
  protected readonly soort = "RangeFormat";
  protected readonly scalair = ["columnWidth", "wrapText", "horizontalAlignment"] as const;
  readonly fill: Excel.RangeFill;
  readonly font: Excel.RangeFont;
  readonly borders: Excel.RangeBorderCollection;
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
    this.fill = new FakeOpmaakDeel(ctx, gebieden, "RangeFill", {
      color: "vulling",
    }) as unknown as Excel.RangeFill;
    this.font = new FakeOpmaakDeel(ctx, gebieden, "RangeFont", {
      color: "letterkleur",
      bold: "vet",
      italic: "cursief",
      size: "lettergrootte",
      name: "lettertype",
    }) as unknown as Excel.RangeFont;
    this.borders = new FakeBorderCollection(
      ctx,
      gebieden
    ) as unknown as Excel.RangeBorderCollection;
  }
  protected geraakt() {
    return this.gebieden();
  }

  protected navigatie(naam: string): FakeObject | undefined {
    const nav: Record<string, unknown> = {
      fill: this.fill,
      font: this.font,
      borders: this.borders,
    };
    return nav[naam] as FakeObject | undefined;
  }
  protected lees(naam: string): unknown {
    const { blad, gebieden } = this.gebieden();
    if (naam === "columnWidth") return blad.kolombreedtes[gebieden[0].c] ?? 48;
    const veld = naam === "wrapText" ? "terugloop" : "horizontaal";
    return eenheid(
      cellenVan(gebieden).map(
        ([r, c]) => blad.cellen[r]?.[c]?.opmaak?.[veld] ?? (naam === "wrapText" ? false : "General")
      )
    );
  }
  get columnWidth(): number {
    return this.waarde("columnWidth");
  }
  set columnWidth(v: number) {
    this.schrijf("columnWidth", v, () => {
      const { blad, gebieden } = this.gebieden();
      for (const g of gebieden)
        for (let j = 0; j < g.kolommen; j++) blad.kolombreedtes[g.c + j] = v;
    });
  }
  get wrapText(): boolean {
    return this.waarde("wrapText");
  }
  set wrapText(v: boolean) {
    this.schrijf("wrapText", v, () => zetOpmaak(this.gebieden(), (o) => (o.terugloop = v)));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.waarde("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.schrijf("horizontalAlignment", v, () =>
      zetOpmaak(this.gebieden(), (o) => (o.horizontaal = v))
    );
  }
  autofitColumns(): void {
    this.opdracht("autofitColumns", () => {
      const { blad, gebieden } = this.gebieden();
      for (const g of gebieden)
        for (let j = 0; j < g.kolommen; j++) {
          let breed = 0;
          for (let i = 0; i < g.rijen; i++)
            breed = Math.max(breed, String(blad.cellen[g.r + i]?.[g.c + j]?.waarde ?? "").length);
          blad.kolombreedtes[g.c + j] = Math.min(400, 8 + breed * 6);
        }
    });
  }
}

function eenheid<T>(lijst: T[]): T | null {
  const eerste = JSON.stringify(lijst[0]);
  return lijst.every((x) => JSON.stringify(x) === eerste) ? lijst[0] : null;
}

function zetOpmaak(
  { blad, gebieden }: { blad: BladModel; gebieden: Rechthoek[] },
  f: (o: OpmaakModel) => void
) {
  for (const [r, c] of cellenVan(gebieden)) {
    const cel = celVan(blad, r, c, true)!;
    cel.opmaak ??= {};
    f(cel.opmaak);
    for (const k of Object.keys(cel.opmaak) as (keyof OpmaakModel)[])
      if (cel.opmaak[k] === undefined) delete cel.opmaak[k];
    ruimOp(blad, r, c);
  }
}

/** RangeFill / RangeFont: scalar properties mapped onto OpmaakModel fields. */
class FakeOpmaakDeel extends FakeObject {
  protected readonly scalair: readonly string[];
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden,
    protected readonly soort: string,
    private readonly velden: Record<string, keyof OpmaakModel>
  ) {
    super(ctx);
    this.scalair = Object.keys(velden);
    for (const naam of this.scalair) {
      Object.defineProperty(this, naam, {
        get: () => this.waarde(naam),
        set: (v: unknown) => {
          this.schrijf(naam, v, () =>
            zetOpmaak(this.gebieden(), (o) => {
              (o as Record<string, unknown>)[this.velden[naam]] =
                v === "" || v === null ? undefined : v;
            })
          );
        },
        enumerable: true,
      });
    }
  }
  protected geraakt() {
    return this.gebieden();
  }

  protected lees(naam: string): unknown {
    const { blad, gebieden } = this.gebieden();
    const veld = this.velden[naam];
    const standaard: Record<string, unknown> = {
      vulling: "#FFFFFF",
      letterkleur: "#000000",
      vet: false,
      cursief: false,
      lettergrootte: 11,
      lettertype: "Aptos Narrow",
    };
    return eenheid(
      cellenVan(gebieden).map(([r, c]) => blad.cellen[r]?.[c]?.opmaak?.[veld] ?? standaard[veld])
    );
  }
  clear(): void {
    this.opdracht("clear", () => zetOpmaak(this.gebieden(), (o) => delete o.vulling));
  }
}

class FakeBorderCollection
  extends FakeObject
  implements Pick<Excel.RangeBorderCollection, "getItem">
{
  protected readonly soort = "RangeBorderCollection";
  protected readonly scalair = [] as const;
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
  }
  protected lees(): unknown {
    return undefined;
  }
  getItem(index: Excel.BorderIndex | string): Excel.RangeBorder {
    return new FakeBorder(this.ctx, this.gebieden, String(index)) as unknown as Excel.RangeBorder;
  }
}

class FakeBorder
  extends FakeObject
  implements Pick<Excel.RangeBorder, "style" | "color" | "weight">
{
  protected readonly soort = "RangeBorder";
  protected readonly scalair = ["style", "color", "weight"] as const;
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden,
    private readonly zijde: string
  ) {
    super(ctx);
  }
  protected lees(naam: string): unknown {
    const { blad, gebieden } = this.gebieden();
    const veld = naam === "style" ? "stijl" : naam === "color" ? "kleur" : "dikte";
    return eenheid(
      cellenVan(gebieden).map(
        ([r, c]) =>
          blad.cellen[r]?.[c]?.opmaak?.randen?.[this.zijde]?.[veld] ??
          (naam === "style" ? "None" : null)
      )
    );
  }
  private zet(veld: "stijl" | "kleur" | "dikte", v: string) {
    zetOpmaak(this.gebieden(), (o) => {
      o.randen ??= {};
      const rand = (o.randen[this.zijde] ??= { stijl: "Continuous" });
      rand[veld] = v;
      if (rand.stijl === "None") delete o.randen[this.zijde];
      if (Object.keys(o.randen).length === 0) delete o.randen;
    });
  }
  get style(): Excel.RangeBorder["style"] {
    return this.waarde("style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.schrijf("style", v, () => this.zet("stijl", v));
  }
  get color(): string {
    return this.waarde("color");
  }
  set color(v: string) {
    this.schrijf("color", v, () => this.zet("kleur", v));
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.waarde("weight");
  }
  set weight(v: Excel.RangeBorder["weight"]) {
    this.schrijf("weight", v, () => this.zet("dikte", v));
  }
}

// ---------------------------------------------------------------------------------------
// Data validation

const GEEN_PROMPT: PromptModel = { showPrompt: true, title: "", message: "" };
const REGELSOORT: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

class FakeDataValidation
  extends FakeObject
  implements
    Pick<
      Excel.DataValidation,
      "type" | "prompt" | "rule" | "errorAlert" | "ignoreBlanks" | "clear" | "load"
    >
{
  protected readonly soort = "DataValidation";
  protected readonly scalair = [
    "type",
    "prompt",
    "rule",
    "errorAlert",
    "ignoreBlanks",
    "valid",
  ] as const;
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
  }
  protected geraakt() {
    return this.gebieden();
  }

  private validaties(): (ValidatieModel | undefined)[] {
    const { blad, gebieden } = this.gebieden();
    return cellenVan(gebieden).map(([r, c]) => blad.cellen[r]?.[c]?.validatie);
  }
  protected lees(naam: string): unknown {
    const lijst = this.validaties();
    switch (naam) {
      case "type": {
        const t = eenheid(lijst.map((v) => v?.type ?? "None"));
        return t ?? "Inconsistent";
      }
      case "prompt":
        return eenheid(
          lijst.map((v) => (v ? (v.prompt ?? GEEN_PROMPT) : this.ctx.fake.promptZonderValidatie))
        );
      case "rule":
        return eenheid(lijst.map((v) => v?.rule ?? {}));
      case "errorAlert":
        return eenheid(
          lijst.map(
            (v) => v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" }
          )
        );
      case "ignoreBlanks":
        return eenheid(lijst.map((v) => v?.ignoreBlanks ?? true));
      case "valid":
        return true;
    }
    return undefined;
  }
  private wijzig(f: (v: ValidatieModel) => void) {
    const { blad, gebieden } = this.gebieden();
    for (const [r, c] of cellenVan(gebieden)) {
      const cel = celVan(blad, r, c, true)!;
      cel.validatie ??= { type: "None" };
      f(cel.validatie);
    }
  }
  get type(): Excel.DataValidation["type"] {
    return this.waarde("type");
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.waarde("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.schrijf("prompt", v, () => {
      if ((v.title ?? "").length > 32)
        throw new OfficeFout("InvalidArgument", "The prompt title is longer than 32 characters.");
      if ((v.message ?? "").length > 255)
        throw new OfficeFout(
          "InvalidArgument",
          "The prompt message is longer than 255 characters."
        );
      this.wijzig((x) => (x.prompt = { ...GEEN_PROMPT, ...kopie(v) }));
    });
  }
  get rule(): Excel.DataValidationRule {
    return this.waarde("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.schrijf("rule", v, () =>
      this.wijzig((x) => {
        x.rule = kopie(v);
        x.type = REGELSOORT[Object.keys(v)[0]] ?? "None";
      })
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.waarde("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.schrijf("errorAlert", v, () =>
      this.wijzig((x) => (x.errorAlert = kopie(v) as ValidatieModel["errorAlert"]))
    );
  }
  get ignoreBlanks(): boolean {
    return this.waarde("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.schrijf("ignoreBlanks", v, () => this.wijzig((x) => (x.ignoreBlanks = v)));
  }
  clear(): void {
    this.opdracht("clear", () => {
      const { blad, gebieden } = this.gebieden();
      for (const [r, c] of cellenVan(gebieden)) {
        const cel = blad.cellen[r]?.[c];
        if (!cel) continue;
        delete cel.validatie;
        ruimOp(blad, r, c);
      }
    });
  }
}

// ---------------------------------------------------------------------------------------
// Conditional formats

class FakeConditionalFormatCollection
  extends FakeCollection<FakeConditionalFormat>
  implements
    Pick<
      Excel.ConditionalFormatCollection,
      "load" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount" | "clearAll"
    >
{
  protected readonly soort = "ConditionalFormatCollection";
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
  }
  protected geraakt() {
    return this.gebieden();
  }

  private binnen(): { blad: BladModel; lijst: VoorwaardelijkeOpmaakModel[] } {
    const { blad, gebieden } = this.gebieden();
    return {
      blad,
      lijst: blad.voorwaardelijkeOpmaak.filter((cf) =>
        cf.bereiken.some((a) => gebieden.some((g) => snijdt(leesGebied(a), g)))
      ),
    };
  }
  protected maakItems(): FakeConditionalFormat[] {
    const { blad, lijst } = this.binnen();
    return lijst.map(
      (cf) =>
        new FakeConditionalFormat(this.ctx, () => ({
          blad,
          cf: blad.voorwaardelijkeOpmaak.find((x) => x.id === cf.id),
        }))
    );
  }
  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    const id = this.ctx.fake.nieuwId("cf");
    let blad: BladModel | undefined;
    this.opdracht("add", () => {
      const d = this.gebieden();
      blad = d.blad;
      // Office.js: "Adds a new conditional format to the collection at the first/top priority."
      d.blad.voorwaardelijkeOpmaak.unshift({
        id,
        type: String(type),
        bereiken: d.gebieden.map(gebiedAdres),
        opmaak: {},
        stopIfTrue: false,
      });
    });
    return new FakeConditionalFormat(this.ctx, () => ({
      blad: blad!,
      cf: blad?.voorwaardelijkeOpmaak.find((x) => x.id === id),
    })) as unknown as Excel.ConditionalFormat;
  }
  getItem(id: string): Excel.ConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => {
      const { blad, lijst } = this.binnen();
      return { blad, cf: lijst.find((x) => x.id === id) };
    }) as unknown as Excel.ConditionalFormat;
  }
  getItemOrNullObject(id: string): Excel.ConditionalFormat {
    return new FakeConditionalFormat(
      this.ctx,
      () => {
        const { blad, lijst } = this.binnen();
        return { blad, cf: lijst.find((x) => x.id === id) };
      },
      true
    ) as unknown as Excel.ConditionalFormat;
  }
  getItemAt(index: number): Excel.ConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => {
      const { blad, lijst } = this.binnen();
      return { blad, cf: lijst[index] };
    }) as unknown as Excel.ConditionalFormat;
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return clientResult(
      this.ctx,
      "ConditionalFormatCollection.getCount",
      () => this.binnen().lijst.length
    );
  }
  clearAll(): void {
    this.opdracht("clearAll", () => {
      const { blad, lijst } = this.binnen();
      blad.voorwaardelijkeOpmaak = blad.voorwaardelijkeOpmaak.filter((cf) => !lijst.includes(cf));
    });
  }
}

type CfDoel = () => { blad: BladModel; cf: VoorwaardelijkeOpmaakModel | undefined };

class FakeConditionalFormat
  extends FakeObject
  implements
    Pick<
      Excel.ConditionalFormat,
      | "id"
      | "type"
      | "priority"
      | "stopIfTrue"
      | "custom"
      | "customOrNullObject"
      | "delete"
      | "getRange"
      | "getRanges"
      | "load"
    >
{
  protected readonly soort = "ConditionalFormat";
  protected readonly scalair = ["id", "type", "priority", "stopIfTrue"] as const;
  readonly custom: Excel.CustomConditionalFormat;
  readonly customOrNullObject: Excel.CustomConditionalFormat;
  constructor(
    ctx: FakeContext,
    private readonly doel: CfDoel,
    private readonly ofNull = false
  ) {
    super(ctx);
    this.custom = new FakeCustomConditionalFormat(ctx, () =>
      this.aangepast(false)
    ) as unknown as Excel.CustomConditionalFormat;
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, () =>
      this.aangepast(true)
    ) as unknown as Excel.CustomConditionalFormat;
  }
  private aangepast(ofNull: boolean): VoorwaardelijkeOpmaakModel | undefined {
    const cf = this.los();
    if (cf.type !== "Custom") return ofNull ? undefined : nietGevonden("custom conditional format");
    return cf;
  }
  los(): VoorwaardelijkeOpmaakModel {
    return this.doel().cf ?? nietGevonden("ConditionalFormat");
  }
  protected geraakt() {
    return { blad: this.doel().blad, gebieden: this.los().bereiken.map((a) => leesGebied(a)) };
  }
  protected bestaat(): boolean {
    return !!this.doel().cf || (!this.ofNull && nietGevonden("ConditionalFormat"));
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "custom") return this.custom as unknown as FakeObject;
    if (naam === "customOrNullObject") return this.customOrNullObject as unknown as FakeObject;
    return undefined;
  }
  protected lees(naam: string): unknown {
    const cf = this.los();
    switch (naam) {
      case "id":
        return cf.id;
      case "type":
        return cf.type;
      case "priority":
        return this.doel().blad.voorwaardelijkeOpmaak.indexOf(cf);
      case "stopIfTrue":
        return cf.stopIfTrue;
    }
    return undefined;
  }
  get id(): string {
    return this.waarde("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.waarde("type");
  }
  get priority(): number {
    return this.waarde("priority");
  }
  set priority(v: number) {
    this.schrijf("priority", v, () => {
      const lijst = this.doel().blad.voorwaardelijkeOpmaak;
      const cf = this.los();
      lijst.splice(lijst.indexOf(cf), 1);
      lijst.splice(Math.max(0, Math.min(v, lijst.length)), 0, cf);
    });
  }
  get stopIfTrue(): boolean {
    return this.waarde("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.schrijf("stopIfTrue", v, () => (this.los().stopIfTrue = v));
  }
  delete(): void {
    this.opdracht("delete", () => {
      const lijst = this.doel().blad.voorwaardelijkeOpmaak;
      lijst.splice(lijst.indexOf(this.los()), 1);
    });
  }
  getRange(): Excel.Range {
    return new FakeRange(this.ctx, () => ({
      blad: this.doel().blad,
      g: leesGebied(this.los().bereiken[0]),
    })) as unknown as Excel.Range;
  }
  getRanges(): Excel.RangeAreas {
    return new FakeRangeAreas(this.ctx, () => ({
      blad: this.doel().blad,
      gebieden: this.los().bereiken.map((a) => leesGebied(a)),
    })) as unknown as Excel.RangeAreas;
  }
}

class FakeCustomConditionalFormat
  extends FakeObject
  implements Pick<Excel.CustomConditionalFormat, "rule" | "format" | "load">
{
  protected readonly soort = "CustomConditionalFormat";
  protected readonly scalair = [] as const;
  readonly rule: Excel.ConditionalFormatRule;
  readonly format: Excel.ConditionalRangeFormat;
  constructor(
    ctx: FakeContext,
    private readonly doel: () => VoorwaardelijkeOpmaakModel | undefined
  ) {
    super(ctx);
    const cf = () => this.doel() ?? nietGevonden("custom conditional format");
    this.rule = new FakeCfRegel(ctx, cf) as unknown as Excel.ConditionalFormatRule;
    this.format = new FakeCfOpmaak(ctx, cf) as unknown as Excel.ConditionalRangeFormat;
  }
  protected bestaat(): boolean {
    return this.doel() !== undefined;
  }
  protected lees(): unknown {
    return undefined;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "rule") return this.rule as unknown as FakeObject;
    if (naam === "format") return this.format as unknown as FakeObject;
    return undefined;
  }
}

class FakeCfRegel
  extends FakeObject
  implements Pick<Excel.ConditionalFormatRule, "formula" | "load">
{
  protected readonly soort = "ConditionalFormatRule";
  protected readonly scalair = ["formula", "formulaLocal"] as const;
  constructor(
    ctx: FakeContext,
    private readonly cf: () => VoorwaardelijkeOpmaakModel
  ) {
    super(ctx);
  }
  protected lees(): unknown {
    return this.cf().formule ?? "";
  }
  get formula(): string {
    return this.waarde("formula");
  }
  set formula(v: string) {
    this.schrijf("formula", v, () => (this.cf().formule = v));
  }
}

class FakeCfOpmaak
  extends FakeObject
  implements Pick<Excel.ConditionalRangeFormat, "fill" | "font">
{
  protected readonly soort = "ConditionalRangeFormat";
  protected readonly scalair = [] as const;
  readonly fill: Excel.ConditionalRangeFill;
  readonly font: Excel.ConditionalRangeFont;
  constructor(
    ctx: FakeContext,
    private readonly cf: () => VoorwaardelijkeOpmaakModel
  ) {
    super(ctx);
    this.fill = this.deel("ConditionalRangeFill", {
      color: "vulling",
    }) as unknown as Excel.ConditionalRangeFill;
    this.font = this.deel("ConditionalRangeFont", {
      color: "letterkleur",
      bold: "vet",
    }) as unknown as Excel.ConditionalRangeFont;
  }
  protected lees(): unknown {
    return undefined;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "fill") return this.fill as unknown as FakeObject;
    if (naam === "font") return this.font as unknown as FakeObject;
    return undefined;
  }
  private deel(
    soort: string,
    velden: Record<string, "vulling" | "letterkleur" | "vet">
  ): FakeObject {
    const cf = this.cf;
    const ctx = this.ctx;
    class Deel extends FakeObject {
      protected readonly soort = soort;
      protected readonly scalair = Object.keys(velden);
      protected lees(naam: string): unknown {
        return cf().opmaak[velden[naam]] ?? null;
      }
      clear(): void {
        this.opdracht("clear", () => delete cf().opmaak.vulling);
      }
    }
    const d = new Deel(ctx);
    for (const naam of Object.keys(velden)) {
      Object.defineProperty(d, naam, {
        get: () => (d as unknown as { waarde(n: string): unknown }).waarde(naam),
        set: (v: unknown) => {
          const schrijf = (
            d as unknown as { schrijf(n: string, v: unknown, f: () => void): void }
          ).schrijf.bind(d);
          schrijf(naam, v, () => {
            (cf().opmaak as Record<string, unknown>)[velden[naam]] = v;
          });
        },
      });
    }
    return d;
  }
}

// ---------------------------------------------------------------------------------------
// Tables

class FakeTableCollection
  extends FakeCollection<FakeTable>
  implements Pick<Excel.TableCollection, "load" | "add" | "getItem">
{
  protected readonly soort = "TableCollection";
  constructor(
    ctx: FakeContext,
    private readonly blad: FakeWorksheet
  ) {
    super(ctx);
  }
  protected maakItems(): FakeTable[] {
    const blad = this.blad.los();
    return blad.tabellen.map((t) => new FakeTable(this.ctx, () => ({ blad, t })));
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    let naam = "";
    this.opdracht("add", () => {
      const blad = this.blad.los();
      const adres =
        typeof address === "string"
          ? splitsBlad(address).rest
          : gebiedAdres((address as unknown as FakeRange).los().g);
      naam = `Tabel${this.ctx.fake.model.bladen.reduce((n, b) => n + b.tabellen.length, 0) + 1}`;
      blad.tabellen.push({ naam, adres: gebiedAdres(leesGebied(adres)), heeftKoppen: hasHeaders });
    });
    return new FakeTable(this.ctx, () => {
      const blad = this.blad.los();
      return { blad, t: blad.tabellen.find((t) => t.naam === naam) };
    }) as unknown as Excel.Table;
  }
  getItem(key: string): Excel.Table {
    return new FakeTable(this.ctx, () => {
      const blad = this.blad.los();
      return { blad, t: blad.tabellen.find((t) => t.naam === key) };
    }) as unknown as Excel.Table;
  }
}

class FakeTable
  extends FakeObject
  implements Pick<Excel.Table, "name" | "style" | "getRange" | "delete" | "load">
{
  protected readonly soort = "Table";
  protected readonly scalair = ["name", "style"] as const;
  constructor(
    ctx: FakeContext,
    private readonly doel: () => { blad: BladModel; t: BladModel["tabellen"][number] | undefined }
  ) {
    super(ctx);
  }
  private los() {
    const d = this.doel();
    return { blad: d.blad, t: d.t ?? nietGevonden("Table") };
  }
  protected lees(naam: string): unknown {
    const { t } = this.los();
    return naam === "name" ? t.naam : (t.stijl ?? "TableStyleMedium2");
  }
  get name(): string {
    return this.waarde("name");
  }
  set name(v: string) {
    this.schrijf("name", v, () => (this.los().t.naam = v));
  }
  get style(): string {
    return this.waarde("style");
  }
  set style(v: string) {
    this.schrijf("style", v, () => (this.los().t.stijl = v));
  }
  getRange(): Excel.Range {
    return new FakeRange(this.ctx, () => {
      const { blad, t } = this.los();
      return { blad, g: leesGebied(t.adres) };
    }) as unknown as Excel.Range;
  }
  delete(): void {
    this.opdracht("delete", () => {
      const { blad, t } = this.los();
      blad.tabellen.splice(blad.tabellen.indexOf(t), 1);
    });
  }
}

// ---------------------------------------------------------------------------------------
// Excel.run

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Installs a global `Excel.run` (and keeps any other `Excel` members) that runs batches on
 * this fake; each run gets a fresh context, syncs what is left at the end, and closes the
 * context so objects can't leak out of it. Returns a function that restores the old global.
 */
export function runWith(fake: FakeExcel): () => void {
  const g = globalThis as unknown as { Excel?: Record<string, unknown> };
  const vorige = g.Excel;
  const run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as Batch<T>;
    // Excel.run(context, batch) (e.g. to remove an event handler) reuses that context.
    const ctx = a instanceof FakeContext ? a : fake.nieuweContext();
    ctx.afgesloten = false;
    try {
      const uit = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.heeftWerk) await ctx.sync();
      return uit;
    } finally {
      ctx.afgesloten = true;
    }
  };
  g.Excel = { ...(vorige ?? {}), run };
  return () => {
    g.Excel = vorige;
  };
}

export { kolomNaam };
