/**
 * Range formats over the fake: Excel.RangeFormat (column width, wrap, alignment, autofit),
 * its fill and font (mapped onto OpmaakModel fields) and its borders. A property read over
 * several cells gives null when they differ, as Excel does.
 */
import { OpmaakModel, ruimOp } from "../excel-model";
import { Gebieden, GebiedenDoel, celVan, cellenVan, eenheid } from "./cellen";
import type { FakeContext } from "./context";
import { FakeObject } from "./object";

export class FakeRangeFormat
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

function zetOpmaak({ blad, gebieden }: GebiedenDoel, f: (o: OpmaakModel) => void) {
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
    // Only this part's fields: a font's clear leaves the fill.
    this.opdracht("clear", () =>
      zetOpmaak(this.gebieden(), (o) => {
        for (const veld of Object.values(this.velden)) delete o[veld];
      })
    );
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
