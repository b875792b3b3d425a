/**
 * Conditional formats over the fake: the collection on a range (the formats that touch its
 * areas; `add` puts a new one first, as Office.js does), one conditional format with its
 * priority and ranges, and the custom kind with its rule formula, fill and font.
 */
import {
  BladModel,
  VoorwaardelijkeOpmaakModel,
  gebiedAdres,
  leesGebied,
  snijdt,
} from "../excel-model";
import { Gebieden } from "./cellen";
import type { FakeContext } from "./context";
import { nietGevonden } from "./fout";
import { FakeCollection, FakeObject, clientResult } from "./object";

export class FakeConditionalFormatCollection
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
    // Through the context: this module must not import the range classes (see bereik-basis.ts).
    return this.ctx.bereik(() => ({
      blad: this.doel().blad,
      g: leesGebied(this.los().bereiken[0]),
    })) as unknown as Excel.Range;
  }
  getRanges(): Excel.RangeAreas {
    return this.ctx.bereikGebieden(() => ({
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
        // Only this part's fields: the font's clear leaves the fill.
        this.opdracht("clear", () => {
          for (const veld of Object.values(velden)) delete cf().opmaak[veld];
        });
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
