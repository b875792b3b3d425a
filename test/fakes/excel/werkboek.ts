/** Excel.Workbook over the fake: its sheets, its settings and the selection. */
import { leesGebied } from "../excel-model";
import { FakeWorksheetCollection } from "./blad";
import { FakeRange } from "./bereik";
import type { FakeContext } from "./context";
import { nietGevonden } from "./fout";
import { FakeObject } from "./object";
import { FakeSettingCollection } from "./instellingen";

export class FakeWorkbook
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
    return this.ctx.fake.werkmapNaam;
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
