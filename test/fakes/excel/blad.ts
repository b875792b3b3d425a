/**
 * Worksheets (Excel.WorksheetCollection, Excel.Worksheet) with their protection and freeze
 * panes. A sheet proxy finds its sheet by name on first use and then sticks to its id.
 * Adding, deleting and renaming raise the collection's events after the sync; names are
 * checked as Excel checks them (FakeExcel.controleerBladnaam).
 */
import {
  BladModel,
  gebruiktGebied,
  heeftIets,
  heeftWaarde,
  leesGebied,
  splitsBlad,
} from "../excel-model";
import { FakeRange } from "./bereik";
import { FakeRangeAreas } from "./bereik-gebieden";
import { geldig } from "./cellen";
import type { FakeContext } from "./context";
import { OfficeFout, nietGevonden } from "./fout";
import { FakeEventHandlers, FakeWerkmapHandlers } from "./gebeurtenissen";
import { FakeCollection, FakeObject, clientResult, metPad } from "./object";
import { FakeTableCollection } from "./tabel";
import type { FakeExcel } from "./werkmap";

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements
    Pick<
      Excel.WorksheetCollection,
      | "load"
      | "getItem"
      | "getItemOrNullObject"
      | "getActiveWorksheet"
      | "add"
      | "getCount"
      | "onAdded"
      | "onDeleted"
      | "onNameChanged"
    >
{
  protected readonly soort = "WorksheetCollection";
  readonly onAdded = this.gebeurtenis<Excel.WorksheetAddedEventArgs>("WorksheetAdded");
  readonly onDeleted = this.gebeurtenis<Excel.WorksheetDeletedEventArgs>("WorksheetDeleted");
  readonly onNameChanged =
    this.gebeurtenis<Excel.WorksheetNameChangedEventArgs>("WorksheetNameChanged");
  private gebeurtenis<A>(
    soort: "WorksheetAdded" | "WorksheetDeleted" | "WorksheetNameChanged"
  ): OfficeExtension.EventHandlers<A> {
    return new FakeWerkmapHandlers(this.ctx, soort) as unknown as OfficeExtension.EventHandlers<A>;
  }
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
      fake.controleerBladnaam(naam);
      id = fake.voegBladToe(naam).id;
      this.ctx.meldNaSync("WorksheetAdded", { worksheetId: id });
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

export type BladZoeker = () => BladModel | undefined;

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
      const voor = this.ctx.fake.hernoem(b, v);
      if (voor !== v)
        this.ctx.meldNaSync("WorksheetNameChanged", {
          worksheetId: b.id,
          nameBefore: voor,
          nameAfter: v,
        });
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
      const b = this.los();
      this.ctx.fake.verwijder(b);
      this.ctx.meldNaSync("WorksheetDeleted", { worksheetId: b.id });
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
  // A protected sheet refuses freezing and unfreezing (AccessDenied), as Excel does.
  freezeRows(count?: number): void {
    this.opdracht("freezeRows", () => {
      const b = this.blad.los();
      this.ctx.weigerBeveiligd(b, "WorksheetFreezePanes.freezeRows()");
      b.bevrorenRijen = count ?? 1;
    });
  }
  unfreeze(): void {
    this.opdracht("unfreeze", () => {
      const b = this.blad.los();
      this.ctx.weigerBeveiligd(b, "WorksheetFreezePanes.unfreeze()");
      delete b.bevrorenRijen;
    });
  }
}
