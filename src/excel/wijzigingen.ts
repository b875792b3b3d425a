/**
 * The one change watcher of a workbook in this runtime, shared by the task pane's live
 * re-check and the custom functions' source (OPGAVE, DEKKING), with the one cache of what
 * was read: per sheet its grid and its parse.
 *
 * Office events (one set per workbook):
 * - `Worksheet.onChanged` (ExcelApi 1.7), one handler per sheet: the pane registers the sheets
 *   it checked (`registreer`, in the check's own request context), the functions every sheet
 *   (`registreerAlles`);
 * - with `registreerAlles`, where the host supports them: sheets added or deleted
 *   (`WorksheetCollection.onAdded/onDeleted`, 1.7), renamed (`onNameChanged`, 1.17) and the
 *   stored settings (`SettingCollection.onSettingsChanged`, 1.4).
 * Handlers are removed when the last subscriber leaves; then the cache is forgotten too (it
 * would go stale unseen).
 *
 * Changes are debounced into one batch. An edit of rows of a cached planlijst re-reads only
 * those rows and the header row (one sync for all sheets), puts them in the cached grid and
 * parses that sheet again: the one parse per change both subscribers get. Inserted or
 * deleted rows/columns, an edit at or above the header, a changed header or a large paste
 * drop the sheet from the cache: it must be read in full again (`opnieuw`).
 *
 * The add-in's own writes (`zelf`): Excel raises onChanged for them too, after the sync that
 * made them. With ExcelApi 1.14 they carry `triggerSource` "ThisLocalAddin" and are ignored;
 * on older hosts the property is missing, so an event that lies within the cells the add-in
 * marked is verified by value (read with the batch): unchanged cells end it there, so a
 * re-check never restarts itself. Event addresses may hold several areas ("A1:B2,D4").
 */
import { WerkmapInstellingen } from "./acties";
import { laadWerkmapInstellingen } from "./instellingen";
import { GelezenBlad, laadRijen, leesPlanlijstBladen } from "./planlijst";
import {
  BladOpties,
  PlanlijstBlad,
  leesBlad,
  Cel,
  Gebied,
  kolomLetters,
  leesGebieden,
} from "../planlijst";

/** A sheet as read and parsed. */
export interface CacheBlad {
  invoer: GelezenBlad;
  blad: PlanlijstBlad;
}

/** What one debounced batch of changes did; every map is worksheet id → sheet name. */
export interface Verandering {
  /** Cached planlijst sheets whose changed cells were read again and that were parsed again. */
  bijgewerkt: ReadonlyMap<string, string>;
  /** Sheets dropped from the cache: read them in full again before using them. */
  opnieuw: ReadonlyMap<string, string>;
  /** Changed sheets that are not cached planlijsten (not read). */
  overig: ReadonlyMap<string, string>;
  /** Sheets were added, deleted or renamed. */
  structuur: boolean;
  /** The stored settings changed (an event; the pane's own save goes through volgBewaardeInstellingen). */
  instellingen: boolean;
}

export interface Abonnee {
  /** Queue extra loads that travel with the sync reading the changed cells (e.g. the mark registry). */
  metLeesSync?(context: Excel.RequestContext): void;
  /** Once per batch that changed something, inside the batch's Excel.run, after the cache was updated. */
  wijziging(v: Verandering, context: Excel.RequestContext): Promise<void> | void;
}

export interface VolgerOpties {
  /** Debounce of change events in ms (default 500). */
  vertraging?: number;
  /** Called when handling a batch fails (default: console.error). */
  opFout?: (fout: unknown) => void;
}

/** Rows changed at once above which a sheet is read again in full. */
const MAX_GEWIJZIGDE_RIJEN = 2_000;

interface Wachtend {
  rijen: Set<number>;
  volledig: boolean;
  /** Areas of events without triggerSource inside our own marks: re-read and compared by value. */
  controle: Gebied[];
}

/** How the stored settings shape the reading of a sheet: its gemeente and column mapping. */
export function bladOpties(inst: WerkmapInstellingen, invoer: GelezenBlad): BladOpties {
  return {
    oorsprong: invoer.oorsprong,
    // Hidden sheets and rows count, and the check says so (info at their address).
    ...(invoer.zichtbaarheid ? { zichtbaarheid: invoer.zichtbaarheid } : {}),
    ...(invoer.verborgenRijen?.length ? { verborgenRijen: invoer.verborgenRijen } : {}),
    ...(inst.gemeentePerBlad?.[invoer.naam] ? { gemeente: inst.gemeentePerBlad[invoer.naam] } : {}),
    ...(inst.kolomToewijzing?.[invoer.naam]
      ? { kolomToewijzing: inst.kolomToewijzing[invoer.naam] }
      : {}),
  };
}

/** True when the host supports this ExcelApi version (false outside Office, as in tests). */
function ondersteunt(versie: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported?.("ExcelApi", versie) === true;
}

type Handler = OfficeExtension.EventHandlerResult<unknown>;

export class Werkmapvolger {
  private readonly vertraging: number;
  private readonly opFout: (fout: unknown) => void;
  private readonly abonnees = new Set<Abonnee>();
  /** Cached sheets by worksheet id. */
  private readonly cache = new Map<string, CacheBlad>();
  private inst?: WerkmapInstellingen;
  /** Every sheet of the workbook is in the cache and has a handler (the functions' full read). */
  private alleGelezen = false;
  private alleGeregistreerd = false;
  /** Sheet handlers by worksheet id, with the sheet's name. */
  private readonly handlers = new Map<string, { naam: string; h: Handler }>();
  private werkmapHandlers: Handler[] = [];
  private readonly wachtend = new Map<string, Wachtend>();
  private structuur = new Map<string, string>();
  private structuurGewijzigd = false;
  private instellingenGewijzigd = false;
  private timer?: ReturnType<typeof setTimeout>;
  private bezig: Promise<void> = Promise.resolve();
  private schrijftZelf = false;
  /** Cells (A1) per sheet name that the add-in's last marking touched (old and new marks). */
  private eigen = new Map<string, Set<string>>();

  constructor(opties: VolgerOpties = {}) {
    this.vertraging = opties.vertraging ?? 500;
    this.opFout =
      opties.opFout ?? ((e: unknown) => console.error("Woondeal-toets: hercontrole mislukt", e));
  }

  /** The settings the cached sheets were parsed with. */
  get instellingen(): WerkmapInstellingen | undefined {
    return this.inst;
  }

  /** A cached sheet by worksheet id. */
  blad(id: string): CacheBlad | undefined {
    return this.cache.get(id);
  }

  /**
   * Parses sheets just read with the settings and keeps them (the pane's full check, the
   * functions' read). `alle`: these are every sheet of the workbook.
   */
  onthoud(inst: WerkmapInstellingen, gelezen: GelezenBlad[], alle = false): CacheBlad[] {
    if (this.inst && JSON.stringify(this.inst) !== JSON.stringify(inst)) {
      // Other settings: other parses. The grids stay valid.
      this.herparseer(inst);
    }
    this.inst = inst;
    const uit = gelezen.map((invoer) => {
      const b = { invoer, blad: leesBlad(invoer.naam, invoer.raster, bladOpties(inst, invoer)) };
      this.cache.set(invoer.id, b);
      return b;
    });
    if (alle) {
      for (const id of [...this.cache.keys()])
        if (!gelezen.some((g) => g.id === id)) this.cache.delete(id);
      this.alleGelezen = true;
    }
    return uit;
  }

  /**
   * Every sheet (not the report sheet), parsed with these settings: from the cache when it
   * holds every sheet and follows them all, else read (three syncs, see planlijst.ts).
   */
  async alleBladen(inst: WerkmapInstellingen): Promise<PlanlijstBlad[]> {
    await this.bezig;
    if (this.alleGelezen && this.alleGeregistreerd && this.abonnees.size) {
      if (!this.inst || JSON.stringify(this.inst) !== JSON.stringify(inst)) this.herparseer(inst);
      return [...this.cache.values()].map((b) => b.blad);
    }
    const gelezen = await Excel.run((context) => leesPlanlijstBladen(context));
    return this.onthoud(inst, gelezen, true).map((b) => b.blad);
  }

  /** Follows the workbook; returns a function that stops. */
  abonneer(abonnee: Abonnee): () => void {
    this.abonnees.add(abonnee);
    return () => {
      if (!this.abonnees.delete(abonnee) || this.abonnees.size > 0) return;
      // Nobody listens any more: no events, no cache (it would go stale unseen).
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.wachtend.clear();
      this.structuur.clear();
      this.structuurGewijzigd = this.instellingenGewijzigd = false;
      this.cache.clear();
      this.inst = undefined;
      this.alleGelezen = this.alleGeregistreerd = false;
      this.bezig = this.bezig.then(() => this.deregistreer()).catch(this.opFout);
    };
  }

  /** Number of subscribers. */
  get aantalAbonnees(): number {
    return this.abonnees.size;
  }

  /**
   * Adds an onChanged handler to each of these sheets that has none yet, in the caller's
   * request context: one sync when any was new, none otherwise.
   */
  async registreer(context: Excel.RequestContext, bladen: { naam: string; id: string }[]) {
    let nieuw = false;
    for (const b of bladen) {
      const bestaand = this.handlers.get(b.id);
      if (bestaand) {
        bestaand.naam = b.naam;
        continue;
      }
      const h = context.workbook.worksheets
        .getItem(b.naam)
        .onChanged.add(async (a) => this.ontvang(a));
      this.handlers.set(b.id, { naam: b.naam, h });
      nieuw = true;
    }
    if (nieuw) await context.sync();
  }

  /**
   * Handlers on every sheet and, where supported, the workbook's structure and settings
   * events (two syncs: the sheet list, then the registrations).
   */
  async registreerAlles(context: Excel.RequestContext): Promise<void> {
    const lijst = context.workbook.worksheets;
    lijst.load("items/name,items/id");
    await context.sync();
    for (const blad of lijst.items) {
      const bestaand = this.handlers.get(blad.id);
      if (bestaand) bestaand.naam = blad.name;
      else
        this.handlers.set(blad.id, {
          naam: blad.name,
          h: blad.onChanged.add(async (a) => this.ontvang(a)),
        });
    }
    if (!this.werkmapHandlers.length) {
      const structuur = (id?: string) => async () => this.structuurOntvangen(id);
      if (ondersteunt("1.7")) {
        this.werkmapHandlers.push(
          lijst.onAdded.add(structuur()),
          lijst.onDeleted.add(async (a) => this.structuurOntvangen(a.worksheetId))
        );
      }
      if (ondersteunt("1.17"))
        this.werkmapHandlers.push(
          lijst.onNameChanged.add(async (a) => this.structuurOntvangen(a.worksheetId))
        );
      if (ondersteunt("1.4"))
        this.werkmapHandlers.push(
          context.workbook.settings.onSettingsChanged.add(async () => {
            this.instellingenGewijzigd = true;
            this.plan();
          })
        );
    }
    await context.sync();
    this.alleGeregistreerd = true;
  }

  /**
   * Runs the add-in's own writes: the events they raise are no changes. `cellen` (sheet name →
   * A1 cells) are the cells the writes touch, for hosts whose events carry no triggerSource.
   */
  async zelf<T>(cellen: Map<string, Map<string, unknown> | Set<string>>, werk: () => Promise<T>) {
    const samen = new Map<string, Set<string>>();
    for (const [blad, c] of [...this.eigen, ...cellen]) {
      if (!samen.has(blad)) samen.set(blad, new Set());
      for (const a of c.keys()) samen.get(blad)!.add(a);
    }
    this.eigen = samen;
    this.schrijftZelf = true;
    try {
      return await werk();
    } finally {
      this.schrijftZelf = false;
    }
  }

  /** Resolves once the batch being handled (if any) is done; not waiting for the debounce. */
  klaar(): Promise<void> {
    return this.bezig;
  }

  /** Resolves when no change is waiting and no batch is being handled (tests, shutdown). */
  async rust(): Promise<void> {
    for (;;) {
      const b = this.bezig;
      await b;
      if (this.timer !== undefined) await new Promise((r) => setTimeout(r, this.vertraging + 1));
      else if (this.bezig === b) return;
    }
  }

  private herparseer(inst: WerkmapInstellingen): void {
    this.inst = inst;
    for (const b of this.cache.values())
      b.blad = leesBlad(b.invoer.naam, b.invoer.raster, bladOpties(inst, b.invoer));
  }

  private structuurOntvangen(id?: string): void {
    if (!this.abonnees.size) return;
    this.structuurGewijzigd = true;
    // A new sheet is not in the cache; a deleted or renamed one is read again.
    this.alleGelezen = false;
    if (id !== undefined) this.structuur.set(id, this.handlers.get(id)?.naam ?? "");
    this.plan();
  }

  private ontvang(args: Excel.WorksheetChangedEventArgs): void {
    if (this.schrijftZelf || args.triggerSource === "ThisLocalAddin" || !this.abonnees.size) return;
    const w = this.wachtend.get(args.worksheetId) ?? {
      rijen: new Set<number>(),
      volledig: false,
      controle: [],
    };
    this.wachtend.set(args.worksheetId, w);
    const b = this.cache.get(args.worksheetId);
    const gebieden = leesGebieden(args.address);
    if (args.changeType !== "RangeEdited" || !gebieden) w.volledig = true;
    else if (args.triggerSource === undefined && b && this.binnenEigen(b.invoer.naam, gebieden))
      // An older host: perhaps our own write (marks), perhaps the user's edit of a marked cell.
      w.controle.push(...gebieden);
    else
      for (const g of gebieden) {
        if (g.r1 - g.r0 + 1 > MAX_GEWIJZIGDE_RIJEN) w.volledig = true;
        else for (let r = g.r0; r <= g.r1; r++) w.rijen.add(r);
      }
    if (w.rijen.size > MAX_GEWIJZIGDE_RIJEN) w.volledig = true;
    this.plan();
  }

  private binnenEigen(blad: string, gebieden: Gebied[]): boolean {
    const cellen = this.eigen.get(blad);
    if (!cellen) return false;
    for (const g of gebieden) {
      if ((g.r1 - g.r0 + 1) * (g.c1 - g.c0 + 1) > cellen.size) return false;
      for (let r = g.r0; r <= g.r1; r++)
        for (let c = g.c0; c <= g.c1; c++) if (!cellen.has(`${kolomLetters(c)}${r}`)) return false;
    }
    return true;
  }

  private plan(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.bezig = this.bezig.then(() => this.verwerk()).catch(this.opFout);
    }, this.vertraging);
  }

  private async deregistreer(): Promise<void> {
    const lijst = [...[...this.handlers.values()].map((x) => x.h), ...this.werkmapHandlers];
    this.handlers.clear();
    this.werkmapHandlers = [];
    for (const h of lijst) {
      await Excel.run(h.context, async (context) => {
        h.remove();
        // One sync per handler: each was registered in its own request context.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
    }
  }

  /** Handles the changes collected so far: one batch, one Excel.run. */
  private async verwerk(): Promise<void> {
    const wijzigingen = new Map(this.wachtend);
    this.wachtend.clear();
    const v = {
      bijgewerkt: new Map<string, string>(),
      opnieuw: new Map(this.structuur),
      overig: new Map<string, string>(),
      structuur: this.structuurGewijzigd,
      instellingen: this.instellingenGewijzigd,
    };
    this.structuur = new Map();
    this.structuurGewijzigd = this.instellingenGewijzigd = false;
    if (!this.abonnees.size) return;
    for (const id of v.opnieuw.keys()) this.cache.delete(id);

    const gedeeltelijk = new Map<string, Wachtend>();
    for (const [id, w] of wijzigingen) {
      const b = this.cache.get(id);
      const naam = b?.invoer.naam ?? this.handlers.get(id)?.naam ?? "";
      if (!b || !b.blad.isPlanlijst) v.overig.set(id, naam);
      // An edit at or above the header (title with the gemeente, column names): read it all.
      else if (w.volledig || [...w.rijen].some((r) => r < (b.blad.kopRij ?? Infinity)))
        v.opnieuw.set(id, naam);
      else gedeeltelijk.set(id, w);
    }
    for (const id of v.opnieuw.keys()) {
      this.cache.delete(id);
      this.alleGelezen = false;
    }

    await Excel.run(async (context) => {
      // Every mark the add-in makes rewrites its registry, a document setting, and Excel
      // raises onSettingsChanged for that too: read the add-in's own settings in the same
      // sync and pass a settings change on only when they really differ from what was read.
      const leesInst = v.instellingen && this.inst ? laadWerkmapInstellingen(context) : undefined;
      if (leesInst && !gedeeltelijk.size) await context.sync();
      if (gedeeltelijk.size) {
        for (const a of this.abonnees) a.metLeesSync?.(context);
        const lezers = [...gedeeltelijk].map(([id, w]) => this.laadWijziging(context, id, w));
        await context.sync();
        for (const lees of lezers) {
          const uitkomst = lees();
          if (uitkomst === "ongewijzigd") continue;
          const [id, b] = uitkomst;
          if (b) v.bijgewerkt.set(id, b.invoer.naam);
          else {
            v.opnieuw.set(id, this.cache.get(id)!.invoer.naam);
            this.cache.delete(id);
            this.alleGelezen = false;
          }
        }
      }
      if (leesInst && this.inst && zelfdeInstellingen(leesInst, this.inst)) v.instellingen = false;
      // Nothing changed (e.g. the events of our own marks on a host without triggerSource).
      const leeg = !v.bijgewerkt.size && !v.opnieuw.size && !v.overig.size;
      if (leeg && !v.structuur && !v.instellingen) return;
      if (v.structuur && this.alleGeregistreerd) await this.registreerAlles(context);
      for (const a of [...this.abonnees]) await a.wijziging(v, context);
    });
  }

  /**
   * Queues the read of a cached sheet's changed rows (with its header row) and of the areas to
   * verify; after the sync the result updates the cache: the sheet parsed again, `[id]`
   * without a sheet when the header changed (read it in full), or "ongewijzigd".
   */
  private laadWijziging(
    context: Excel.RequestContext,
    id: string,
    w: Wachtend
  ): () => [string, CacheBlad | undefined] | "ongewijzigd" {
    const b = this.cache.get(id)!;
    const kop = b.blad.kopRij!;
    const { naam, raster, rijIndex, kolomIndex, kolommen } = b.invoer;
    const rijen = w.rijen.size ? [kop, ...[...w.rijen].filter((r) => r > kop)] : [];
    const k1 = kolomIndex + Math.max(1, kolommen) - 1;
    const sheet = context.workbook.worksheets.getItem(naam);
    const bereiken = w.controle
      .map((g) => ({ ...g, c0: Math.max(g.c0, kolomIndex), c1: Math.min(g.c1, k1) }))
      .filter((g) => g.c0 <= g.c1)
      .map((g) => {
        const bereik = sheet.getRangeByIndexes(g.r0 - 1, g.c0, g.r1 - g.r0 + 1, g.c1 - g.c0 + 1);
        bereik.load("values");
        return { g, bereik };
      });
    const lees = rijen.length ? laadRijen(context, naam, rijen, kolomIndex, kolommen) : undefined;
    return () => {
      let hier = false;
      /** Puts a value in the cached grid (row 1-based, column 0-based); false for the header. */
      const zet = (r: number, c: number, v: Cel): boolean => {
        const i = r - 1 - rijIndex;
        const j = c - kolomIndex;
        if (i < 0 || j < 0) return true;
        const oud = raster[i]?.[j] ?? "";
        if (oud === (v ?? "")) return true;
        if (r === kop) return false;
        if (i >= raster.length) raster.length = i + 1;
        raster[i] ??= [];
        raster[i][j] = v;
        hier = true;
        return true;
      };
      if (lees) {
        const gelezen = lees();
        // A changed header changes the column mapping: read everything again.
        if (!zelfdeRij(raster[kop - 1 - rijIndex] ?? [], gelezen.get(kop) ?? []))
          return [id, undefined];
        for (const [r, waarden] of gelezen) {
          if (r === kop) continue;
          waarden.forEach((v, j) => zet(r, kolomIndex + j, v));
          // Cells beyond the read width were cleared.
          const i = r - 1 - rijIndex;
          if (i >= 0 && (raster[i]?.length ?? 0) > waarden.length) {
            raster[i].length = waarden.length;
            hier = true;
          }
        }
      }
      for (const { g, bereik } of bereiken) {
        const waarden = bereik.values as Cel[][];
        for (let i = 0; i < waarden.length; i++)
          for (let j = 0; j < waarden[i].length; j++)
            if (!zet(g.r0 + i, g.c0 + j, waarden[i][j])) return [id, undefined];
      }
      if (!hier) return "ongewijzigd";
      b.blad = leesBlad(naam, raster, bladOpties(this.inst!, b.invoer));
      return [id, b];
    };
  }
}

function zelfdeRij(a: Cel[], b: Cel[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? "") !== (b[i] ?? "")) return false;
  return true;
}

/** One watcher per workbook: per Office.js namespace (a test's fake Excel gets its own). */
const volgers = new WeakMap<object, Werkmapvolger>();

/**
 * The workbook's watcher in this runtime, shared by the task pane and the custom functions.
 * The options count when it is created (the first caller).
 */
export function werkmapVolger(opties: VolgerOpties = {}): Werkmapvolger {
  const sleutel = (globalThis as { Excel?: object }).Excel ?? globalThis;
  let v = volgers.get(sleutel);
  if (!v) {
    v = new Werkmapvolger(opties);
    volgers.set(sleutel, v);
  }
  return v;
}

/** Whether the stored settings are the ones last read; unreadable settings count as changed. */
function zelfdeInstellingen(lees: () => WerkmapInstellingen, bekend: WerkmapInstellingen): boolean {
  try {
    return JSON.stringify(lees()) === JSON.stringify(bekend);
  } catch {
    return false;
  }
}
