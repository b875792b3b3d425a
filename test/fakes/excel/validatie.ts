/**
 * Data validation over the fake (Excel.DataValidation): the rule, the input prompt (with
 * Excel's length limits) and the error alert per cell. Cells that never had validation give
 * `fake.promptZonderValidatie` as their prompt: Excel does not document what it gives there.
 */
import { PromptModel, ValidatieModel, ruimOp } from "../excel-model";
import { Gebieden, celVan, cellenVan, eenheid } from "./cellen";
import type { FakeContext } from "./context";
import { OfficeFout } from "./fout";
import { FakeObject, kopie } from "./object";

const GEEN_PROMPT: PromptModel = { showPrompt: true, title: "", message: "" };
const REGELSOORT: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export class FakeDataValidation
  extends FakeObject
  implements
    Pick<
      Excel.DataValidation,
      "type" | "prompt" | "rule" | "errorAlert" | "ignoreBlanks" | "clear" | "load"
    >
{
  protected readonly soort = "DataValidation";
  protected readonly scalair = [
    "type",
    "prompt",
    "rule",
    "errorAlert",
    "ignoreBlanks",
    "valid",
  ] as const;
  constructor(
    ctx: FakeContext,
    private readonly gebieden: Gebieden
  ) {
    super(ctx);
  }
  protected geraakt() {
    return this.gebieden();
  }

  private validaties(): (ValidatieModel | undefined)[] {
    const { blad, gebieden } = this.gebieden();
    return cellenVan(gebieden).map(([r, c]) => blad.cellen[r]?.[c]?.validatie);
  }
  protected lees(naam: string): unknown {
    const lijst = this.validaties();
    switch (naam) {
      case "type": {
        const t = eenheid(lijst.map((v) => v?.type ?? "None"));
        return t ?? "Inconsistent";
      }
      case "prompt":
        return eenheid(
          lijst.map((v) => (v ? (v.prompt ?? GEEN_PROMPT) : this.ctx.fake.promptZonderValidatie))
        );
      case "rule":
        return eenheid(lijst.map((v) => v?.rule ?? {}));
      case "errorAlert":
        return eenheid(
          lijst.map(
            (v) => v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" }
          )
        );
      case "ignoreBlanks":
        return eenheid(lijst.map((v) => v?.ignoreBlanks ?? true));
      case "valid":
        return true;
    }
    return undefined;
  }
  private wijzig(f: (v: ValidatieModel) => void) {
    const { blad, gebieden } = this.gebieden();
    for (const [r, c] of cellenVan(gebieden)) {
      const cel = celVan(blad, r, c, true)!;
      cel.validatie ??= { type: "None" };
      f(cel.validatie);
    }
  }
  get type(): Excel.DataValidation["type"] {
    return this.waarde("type");
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.waarde("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.schrijf("prompt", v, () => {
      if ((v.title ?? "").length > 32)
        throw new OfficeFout("InvalidArgument", "The prompt title is longer than 32 characters.");
      if ((v.message ?? "").length > 255)
        throw new OfficeFout(
          "InvalidArgument",
          "The prompt message is longer than 255 characters."
        );
      this.wijzig((x) => (x.prompt = { ...GEEN_PROMPT, ...kopie(v) }));
    });
  }
  get rule(): Excel.DataValidationRule {
    return this.waarde("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.schrijf("rule", v, () =>
      this.wijzig((x) => {
        x.rule = kopie(v);
        x.type = REGELSOORT[Object.keys(v)[0]] ?? "None";
      })
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.waarde("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.schrijf("errorAlert", v, () => {
      // The same limits as the prompt's.
      if ((v.title ?? "").length > 32)
        throw new OfficeFout("InvalidArgument", "The alert title is longer than 32 characters.");
      if ((v.message ?? "").length > 255)
        throw new OfficeFout("InvalidArgument", "The alert message is longer than 255 characters.");
      this.wijzig((x) => (x.errorAlert = kopie(v) as ValidatieModel["errorAlert"]));
    });
  }
  get ignoreBlanks(): boolean {
    return this.waarde("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.schrijf("ignoreBlanks", v, () => this.wijzig((x) => (x.ignoreBlanks = v)));
  }
  clear(): void {
    this.opdracht("clear", () => {
      const { blad, gebieden } = this.gebieden();
      for (const [r, c] of cellenVan(gebieden)) {
        const cel = blad.cellen[r]?.[c];
        if (!cel) continue;
        delete cel.validatie;
        ruimOp(blad, r, c);
      }
    });
  }
}
