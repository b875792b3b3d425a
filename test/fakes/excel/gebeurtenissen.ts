/**
 * Change events: `worksheet.onChanged.add/remove` (registered at sync, as in Office.js) and
 * the event arguments Excel gives a handler. The fake fires them from `FakeExcel.bewerk`
 * (a user edit) and after every sync that wrote cells (`FakeExcel.meldEigenWijzigingen`).
 */
import type { BladModel } from "../excel-model";
import type { FakeWorksheet } from "./blad";
import type { FakeContext } from "./context";

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
