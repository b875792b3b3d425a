/**
 * The proxy base of the fake Excel: every Office object queues its methods and property
 * writes on the context and applies them at `context.sync()`; reading a property that was not
 * loaded (load + sync) throws PropertyNotLoaded, like Office.js. Collections (`items`) and
 * ClientResult (`getCount()`) are here too.
 */
import type { BladModel, Rechthoek } from "../excel-model";
import type { FakeContext } from "./context";
import { OfficeFout } from "./fout";

const encoder = new TextEncoder();
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return encoder.encode(JSON.stringify(v)).length;
}

type LaadOpties = string | string[] | Record<string, unknown> | undefined;

export function paden(opties: LaadOpties): string[] | undefined {
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

export abstract class FakeObject {
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
  /** Whether a write at `plaats` changes cell contents (values, formulas), not only formats. */
  protected wijzigtInhoud(_plaats: string): boolean {
    return false;
  }
  private raakBij(plaats: string, toepassen: () => void): () => void {
    return () => {
      const g = this.geraakt();
      if (g) this.ctx.raak(g.blad, g.gebieden, plaats, this.wijzigtInhoud(plaats));
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
export function metPad<T>(
  o: T,
  ouder: FakeObject | undefined,
  naam: string,
  ...args: unknown[]
): T {
  (o as unknown as FakeObject).pad = { naam, args, ...(ouder ? { ouder } : {}) };
  return o;
}

export function kopie<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
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

export function clientResult<T>(
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
