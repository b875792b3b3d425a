/**
 * Events: `worksheet.onChanged.add/remove` (registered at sync, as in Office.js) and the
 * event arguments Excel gives a handler. The fake fires them from `FakeExcel.bewerk` (a user
 * edit) and after every sync that wrote cells (`FakeExcel.meldEigenWijzigingen`). The
 * workbook's structure and settings events (sheets added, deleted, renamed; settings
 * changed) after the sync that made the change, and from the FakeExcel helpers that play
 * the user or another session.
 */
import type { BladModel } from "../excel-model";
import type { FakeWorksheet } from "./blad";
import type { FakeContext } from "./context";
import { OfficeFout } from "./fout";

export type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/**
 * The arguments of a WorksheetChanged event on `blad`. `triggerSource` (ExcelApi 1.14) is left
 * out when undefined: older hosts do not have the property.
 */
export function wijzigingsArgs(
  blad: BladModel,
  adres: string,
  changeType: Excel.WorksheetChangedEventArgs["changeType"],
  triggerSource: "ThisLocalAddin" | "Unknown" | undefined
): Excel.WorksheetChangedEventArgs {
  return {
    type: "WorksheetChanged",
    address: adres,
    changeType,
    source: "Local",
    worksheetId: blad.id,
    ...(triggerSource ? { triggerSource } : {}),
    getRange: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(blad.naam).getRange(adres),
    getRangeOrNullObject: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(blad.naam).getRange(adres),
  } as unknown as Excel.WorksheetChangedEventArgs;
}

export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly blad: FakeWorksheet
  ) {}
  add(handler: Handler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    const fake = this.ctx.fake;
    this.ctx.zetInRij("Worksheet.onChanged.add", () => {
      const id = this.blad.los().id;
      if (!fake.wijzigingsHandlers.has(id)) fake.wijzigingsHandlers.set(id, new Set());
      fake.wijzigingsHandlers.get(id)!.add(handler);
    });
    return {
      context: this.ctx as unknown as OfficeExtension.ClientRequestContext,
      remove: () => this.remove(handler),
    } as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  }
  remove(handler: Handler): void {
    const fake = this.ctx.fake;
    this.ctx.zetInRij("Worksheet.onChanged.remove", () => {
      for (const set of fake.wijzigingsHandlers.values()) set.delete(handler);
    });
  }
}

/** The workbook-level events the fake raises, with the ExcelApi version that has each. */
export const WERKMAP_GEBEURTENISSEN = {
  WorksheetAdded: "1.7",
  WorksheetDeleted: "1.7",
  WorksheetNameChanged: "1.17",
  SettingsChanged: "1.4",
} as const;
export type WerkmapGebeurtenis = keyof typeof WERKMAP_GEBEURTENISSEN;
export type WerkmapHandler = (args: unknown) => Promise<unknown>;

export interface WerkmapVelden {
  worksheetId?: string;
  nameBefore?: string;
  nameAfter?: string;
  settings?: unknown;
}

/** The arguments of a workbook-level event as Excel gives them (`type` and, for sheets, `source`). */
export function werkmapArgs(soort: WerkmapGebeurtenis, velden: WerkmapVelden): unknown {
  if (soort === "SettingsChanged") return { settings: velden.settings };
  return { type: soort, source: "Local", ...velden };
}

/**
 * `WorksheetCollection.onAdded/onDeleted/onNameChanged` and `SettingCollection.onSettingsChanged`:
 * registered at sync; a host below the event's ExcelApi version (`FakeExcel.excelApi`) fails
 * that sync with ApiNotFound, as Office.js does.
 */
export class FakeWerkmapHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly soort: WerkmapGebeurtenis
  ) {}
  add(handler: WerkmapHandler): OfficeExtension.EventHandlerResult<unknown> {
    const fake = this.ctx.fake;
    const plaats = `on${this.soort}.add`;
    this.ctx.zetInRij(plaats, () => {
      if (!fake.ondersteunt(WERKMAP_GEBEURTENISSEN[this.soort]))
        throw new OfficeFout("ApiNotFound", `The API you are trying to use could not be found.`);
      fake.werkmapHandlers(this.soort).add(handler);
    });
    return {
      context: this.ctx as unknown as OfficeExtension.ClientRequestContext,
      remove: () => this.remove(handler),
    } as unknown as OfficeExtension.EventHandlerResult<unknown>;
  }
  remove(handler: WerkmapHandler): void {
    this.ctx.zetInRij(`on${this.soort}.remove`, () => {
      this.ctx.fake.werkmapHandlers(this.soort).delete(handler);
    });
  }
}
