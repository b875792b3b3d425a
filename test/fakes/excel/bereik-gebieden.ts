/** Excel.RangeAreas over the fake: several areas on one sheet, and their `areas` collection. */
import { Rechthoek, bladVoorvoegsel, gebiedAdres } from "../excel-model";
import { FakeRange } from "./bereik";
import { BereikBasis } from "./bereik-basis";
import { Gebieden, GebiedenDoel, cellenVan } from "./cellen";
import type { FakeContext } from "./context";
import { FakeCollection } from "./object";
import type { FakeObject } from "./object";

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

export class FakeRangeAreas
  extends BereikBasis<GebiedenDoel>
  implements Pick<Excel.RangeAreas, RangeAreasLeden>
{
  protected readonly soort = "RangeAreas";
  protected readonly scalair = ["address", "addressLocal", "areaCount", "cellCount"] as const;
  readonly areas: Excel.RangeCollection;
  constructor(ctx: FakeContext, doel: () => GebiedenDoel | null) {
    super(ctx, doel);
    this.areas = new FakeRangeCollection(ctx, () =>
      this.alleGebieden()
    ) as unknown as Excel.RangeCollection;
  }
  protected gebiedenVan(d: GebiedenDoel): Rechthoek[] {
    return d.gebieden;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "areas") return this.areas as unknown as FakeObject;
    return super.navigatie(naam);
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
  get areaCount(): number {
    return this.waarde("areaCount");
  }
}

/** Excel.RangeCollection: the areas of a RangeAreas, each a Range. */
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
