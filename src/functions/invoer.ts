/**
 * What Excel hands a custom function, made into the engine's cell values, and the array
 * rule that lets every WOONDEAL function take ranges: arguments are lifted cell by cell
 * like Excel's own functions (a single cell, row or column is repeated; a cell outside a
 * smaller range gives #N/A), and an error in one cell stays in that cell.
 */
import { Cel, foutVan, isLeeg, foutReden } from "../planlijst";
import { FunctieFout, doorgegevenFout, isFunctieFout, nietBeschikbaar, waardeFout } from "./fouten";

/** One cell's result: a value, an error, or "" for a blank input cell. */
export type Uitkomst<T> = T | FunctieFout;

/**
 * A value as Excel passes it to an `any` parameter, as the engine's Cel. Besides numbers,
 * text and booleans Excel may pass an error (allowErrorForDataTypeAny: a
 * CustomFunctions.Error-like `{code: "#N/A"}`) or a data type (`{type, basicValue}`, for
 * errors `{type: "Error", basicValue: "#N/A"}`).
 */
export function naarCel(v: unknown): Cel {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const foutTekst = [o.basicValue, o.code].find(
      (x): x is string => typeof x === "string" && x.startsWith("#")
    );
    if (o.type === "Error" || o.basicType === "Error") return { fout: foutTekst ?? "#VALUE!" };
    if (typeof o.code === "string" && o.code.startsWith("#")) return { fout: o.code };
    if ("basicValue" in o) return naarCel(o.basicValue);
  }
  return { fout: "#VALUE!" };
}

/** An argument as a matrix: Excel passes ranges as rows of cells, a scalar as itself. */
export function alsMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [[null]];
    if (v.every((rij) => Array.isArray(rij))) {
      const m = v as unknown[][];
      return m.map((rij) => (rij.length === 0 ? [null] : rij));
    }
    return [v];
  }
  return [[v]];
}

/** True for an omitted optional argument or an empty cell. */
export function isWeggelaten(v: Cel): boolean {
  return isLeeg(v);
}

/** The error a cell holds, as the result for that cell ("Prijs: cel bevat de foutwaarde #N/A"). */
export function celFout(wat: string, v: Cel): FunctieFout | undefined {
  const fout = foutVan(v);
  return fout ? doorgegevenFout(fout, `${wat}: ${foutReden(fout)}.`) : undefined;
}

const BUITEN_BEREIK = nietBeschikbaar("Deze cel valt buiten een kleiner bereik in de formule.");

/**
 * Applies `f` cell by cell over the arguments (each a matrix as Excel passes it). The
 * result has as many rows and columns as the largest argument; a 1×1 argument is used for
 * every cell, a single row for every row and a single column for every column. A cell that
 * lies outside a smaller argument gives #N/A, as in Excel. An exception in `f` becomes a
 * #VALUE! for that cell only.
 */
export function perCel<T>(
  argumenten: unknown[],
  f: (cellen: Cel[]) => Uitkomst<T>
): Uitkomst<T>[][] {
  const matrices = argumenten.map(alsMatrix);
  const rijen = Math.max(...matrices.map((m) => m.length));
  const kolommen = Math.max(...matrices.map((m) => Math.max(...m.map((r) => r.length))));
  const uit: Uitkomst<T>[][] = [];
  for (let r = 0; r < rijen; r++) {
    const rij: Uitkomst<T>[] = [];
    for (let k = 0; k < kolommen; k++) {
      const cellen: Cel[] = [];
      let buiten = false;
      for (const m of matrices) {
        const mr = m.length === 1 ? m[0] : m[r];
        const v =
          mr === undefined ? undefined : mr.length === 1 ? mr[0] : k < mr.length ? mr[k] : BUITEN;
        if (mr === undefined || v === BUITEN) {
          buiten = true;
          break;
        }
        cellen.push(naarCel(v));
      }
      rij.push(buiten ? BUITEN_BEREIK : veilig(() => f(cellen)));
    }
    uit.push(rij);
  }
  return uit;
}

const BUITEN = Symbol("buiten bereik");

/** Runs `f`; an unexpected exception becomes a #VALUE! with its message, never a crash. */
export function veilig<T>(f: () => Uitkomst<T>): Uitkomst<T> {
  try {
    return f();
  } catch (e) {
    if (isFunctieFout(e)) return e;
    return waardeFout(`Interne fout: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** All cells of an argument, row by row (for arguments that are summed or paired). */
export function alleCellen(v: unknown): Cel[] {
  return alsMatrix(v).flat().map(naarCel);
}

/** Rows × columns of an argument. */
export function afmeting(v: unknown): { rijen: number; kolommen: number } {
  const m = alsMatrix(v);
  return { rijen: m.length, kolommen: Math.max(...m.map((r) => r.length)) };
}
