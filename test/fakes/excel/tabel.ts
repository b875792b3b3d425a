/** Tables (Excel.TableCollection, Excel.Table) on a sheet. */
import { BladModel, gebiedAdres, leesGebied, splitsBlad } from "../excel-model";
import { FakeRange } from "./bereik";
import type { FakeWorksheet } from "./blad";
import type { FakeContext } from "./context";
import { nietGevonden } from "./fout";
import { FakeCollection, FakeObject } from "./object";

export class FakeTableCollection
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
      // A protected sheet refuses a new table (AccessDenied), as Excel does.
      this.ctx.weigerBeveiligd(blad, "TableCollection.add()");
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
