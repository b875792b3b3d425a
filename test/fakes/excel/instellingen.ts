/**
 * Document settings (Excel.SettingCollection): key → JSON-compatible value in the model. A
 * sync that changed them raises onSettingsChanged after it (so does another session's change:
 * FakeExcel.instellingElders).
 */
import type { FakeContext } from "./context";
import { nietGevonden } from "./fout";
import { FakeWerkmapHandlers } from "./gebeurtenissen";
import { FakeCollection, FakeObject, clientResult, jsonBytes, kopie } from "./object";

export class FakeSettingCollection
  extends FakeCollection<FakeSetting>
  implements
    Pick<
      Excel.SettingCollection,
      "load" | "add" | "getItem" | "getItemOrNullObject" | "getCount" | "onSettingsChanged"
    >
{
  protected readonly soort = "SettingCollection";
  readonly onSettingsChanged = new FakeWerkmapHandlers(
    this.ctx,
    "SettingsChanged"
  ) as unknown as OfficeExtension.EventHandlers<Excel.SettingsChangedEventArgs>;
  protected maakItems(): FakeSetting[] {
    return Object.keys(this.ctx.fake.model.instellingen).map((k) => new FakeSetting(this.ctx, k));
  }
  add(key: string, value: string | number | boolean | Date | any[] | any): Excel.Setting {
    this.ctx.zetInRij(
      "SettingCollection.add",
      () => {
        this.ctx.fake.model.instellingen[key] = kopie(value);
        this.ctx.meldNaSync("SettingsChanged", {});
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
      this.ctx.meldNaSync("SettingsChanged", {});
    });
  }
  delete(): void {
    this.opdracht("delete", () => {
      if (!(this.sleutel in this.instellingen)) nietGevonden(`Setting ${this.sleutel}`);
      delete this.instellingen[this.sleutel];
      this.ctx.meldNaSync("SettingsChanged", {});
    });
  }
}
