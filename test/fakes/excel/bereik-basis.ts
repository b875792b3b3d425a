/**
 * What Excel.Range and Excel.RangeAreas have in common in the fake: a target that resolves at
 * sync time to a sheet and its areas (or null, for an *OrNullObject), the `format`,
 * `conditionalFormats` and `dataValidation` over those areas, `worksheet`, `select()` and
 * `clear()`, and that a write to either touches those areas (a protected sheet refuses it;
 * the change events after the sync report them).
 *
 * This module must not import FakeRange, FakeRangeAreas or FakeWorksheet, not even through
 * another module: they (or their modules) extend this base, and a class cannot extend a base
 * whose module is still loading. Where the base makes a sheet, it asks the context.
 */
import { BladModel, Rechthoek, gebiedAdres } from "../excel-model";
import { GebiedenDoel, wisGebied } from "./cellen";
import type { FakeContext } from "./context";
import { nietGevonden } from "./fout";
import { FakeObject, metPad } from "./object";
import { FakeRangeFormat } from "./opmaak";
import { FakeDataValidation } from "./validatie";
import { FakeConditionalFormatCollection } from "./voorwaardelijke-opmaak";

export abstract class BereikBasis<D extends { blad: BladModel }> extends FakeObject {
  readonly doel: () => D | null;
  readonly format: Excel.RangeFormat;
  readonly conditionalFormats: Excel.ConditionalFormatCollection;
  readonly dataValidation: Excel.DataValidation;

  constructor(ctx: FakeContext, doel: () => D | null) {
    super(ctx);
    this.doel = doel;
    const gebieden = () => this.alleGebieden();
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

  /** The areas of a resolved target. */
  protected abstract gebiedenVan(d: D): Rechthoek[];

  /** The target (during sync); ItemNotFound when it resolved to nothing. */
  los(): D {
    return this.doel() ?? nietGevonden(this.soort);
  }
  /** The sheet and the areas (during sync). */
  protected alleGebieden(): GebiedenDoel {
    const d = this.los();
    return { blad: d.blad, gebieden: this.gebiedenVan(d) };
  }
  protected geraakt() {
    return this.alleGebieden();
  }
  /** Values, formulas, hyperlinks and clear() change contents; a number format does not. */
  protected wijzigtInhoud(plaats: string): boolean {
    return !plaats.endsWith(".numberFormat");
  }
  protected bestaat(): boolean {
    return this.doel() !== null;
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "format") return this.format as unknown as FakeObject;
    if (naam === "conditionalFormats") return this.conditionalFormats as unknown as FakeObject;
    if (naam === "dataValidation") return this.dataValidation as unknown as FakeObject;
    return undefined;
  }

  get address(): string {
    return this.waarde("address");
  }
  get addressLocal(): string {
    return this.waarde("addressLocal");
  }
  get cellCount(): number {
    return this.waarde("cellCount");
  }
  get worksheet(): Excel.Worksheet {
    return this.ctx.werkblad(() => this.los().blad) as unknown as Excel.Worksheet;
  }

  /** Refuses a selection before it is made (FakeRange: only on the active sheet). */
  protected controleerSelectie(_blad: BladModel): void {}

  select(): void {
    // Selecting is allowed on a protected sheet: no `opdracht` (which counts as a write).
    this.ctx.zetInRij(
      `${this.soort}.select()`,
      () => {
        const { blad, gebieden } = this.alleGebieden();
        this.controleerSelectie(blad);
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
      const { blad, gebieden } = this.alleGebieden();
      for (const g of gebieden) wisGebied(blad, g, applyTo ?? "All");
    });
  }
}
