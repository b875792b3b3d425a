/**
 * Errors of the WOONDEAL functions. The helper modules return a FunctieFout as a value
 * (a result can *be* an error, cell by cell, as in formulajs); only the thin wrappers in
 * functions.ts turn it into a CustomFunctions.Error for Excel. Tests compare kind and
 * Dutch message directly.
 */

/** The Excel errors a custom function may return. */
export type FoutCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!" | "#NULL!";

export class FunctieFout {
  constructor(
    readonly code: FoutCode,
    readonly message: string
  ) {}
}

export const isFunctieFout = (v: unknown): v is FunctieFout => v instanceof FunctieFout;

/** #VALUE!: an argument of the wrong kind (text that is no price, an unknown name, …). */
export const waardeFout = (message: string) => new FunctieFout("#VALUE!", message);
/** #N/A: something the function needs is not there (unknown gemeente, aandeel not set, …). */
export const nietBeschikbaar = (message: string) => new FunctieFout("#N/A", message);
/** #DIV/0!: the divisor is zero (an aandeel of 0, a programme of 0 homes). */
export const deelDoorNul = (message: string) => new FunctieFout("#DIV/0!", message);

/**
 * The error an input cell holds, passed on as the result of that cell: the same code
 * where a custom function may return it, else #VALUE! (#REF!, #NAME? and the like cannot
 * be returned by a custom function).
 */
export function doorgegevenFout(invoerFout: string, message: string): FunctieFout {
  const code = invoerFout.toUpperCase();
  const bekend: Record<string, FoutCode> = {
    "#VALUE!": "#VALUE!",
    "#WAARDE!": "#VALUE!",
    "#N/A": "#N/A",
    "#N/B": "#N/A",
    "#NUM!": "#NUM!",
    "#GETAL!": "#NUM!",
    "#DIV/0!": "#DIV/0!",
    "#DEEL/0!": "#DIV/0!",
    "#NULL!": "#NULL!",
    "#LEEG!": "#NULL!",
  };
  return new FunctieFout(bekend[code] ?? "#VALUE!", message);
}

// ---------------------------------------------------------------------------------------
// The boundary with Excel

/** The part of the Office custom functions runtime these functions use. */
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

function runtime(): CustomFunctionsRuntime | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode
    ? (cf as CustomFunctionsRuntime)
    : undefined;
}

const ERROR_CODE_NAAM: Record<FoutCode, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
  "#NULL!": "nullReference",
};

/** Excel shows a custom message only with #VALUE! and #N/A. */
const MET_BERICHT: ReadonlySet<FoutCode> = new Set(["#VALUE!", "#N/A"]);

/**
 * A FunctieFout as Excel's error object: CustomFunctions.Error when the runtime has it
 * (CustomFunctionsRuntime 1.2), else a plain Error (Excel shows #VALUE!).
 */
export function naarExcelFout(fout: FunctieFout): unknown {
  const cf = runtime();
  if (!cf) return new Error(`${fout.code} ${fout.message}`);
  const code = cf.ErrorCode[ERROR_CODE_NAAM[fout.code]] ?? fout.code;
  return MET_BERICHT.has(fout.code) ? new cf.Error(code, fout.message) : new cf.Error(code);
}

/** A result as Excel takes it: every FunctieFout replaced by Excel's error object. */
export function naarExcel<T>(waarde: T | FunctieFout): T | unknown {
  return isFunctieFout(waarde) ? naarExcelFout(waarde) : waarde;
}
