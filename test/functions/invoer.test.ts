import { FunctieFout } from "../../src/functions/fouten";
import { alsMatrix, naarCel, perCel } from "../../src/functions/invoer";

describe("naarCel: what Excel passes, as the engine's cell", () => {
  test("plain values", () => {
    expect(naarCel(5)).toBe(5);
    expect(naarCel("€ 5")).toBe("€ 5");
    expect(naarCel(true)).toBe(true);
    expect(naarCel(null)).toBeNull();
    expect(naarCel(undefined)).toBeNull();
  });

  test("errors passed in (allowErrorForDataTypeAny) and data types", () => {
    expect(naarCel({ code: "#N/A" })).toEqual({ fout: "#N/A" });
    expect(naarCel({ code: "#DIV/0!", message: "x" })).toEqual({ fout: "#DIV/0!" });
    expect(
      naarCel({ type: "Error", basicType: "Error", basicValue: "#REF!", errorType: "Ref" })
    ).toEqual({ fout: "#REF!" });
    expect(naarCel({ type: "Error" })).toEqual({ fout: "#VALUE!" });
    expect(naarCel({ type: "FormattedNumber", basicValue: 355000, numberFormat: "€ #.##0" })).toBe(
      355000
    );
    expect(naarCel({ type: "String", basicValue: "BK" })).toBe("BK");
    expect(naarCel({ iets: 1 })).toEqual({ fout: "#VALUE!" });
  });
});

describe("alsMatrix", () => {
  test("scalars, rows and ranges", () => {
    expect(alsMatrix(5)).toEqual([[5]]);
    expect(alsMatrix(null)).toEqual([[null]]);
    expect(alsMatrix([1, 2])).toEqual([[1, 2]]);
    expect(alsMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(alsMatrix([])).toEqual([[null]]);
  });
});

describe("perCel: Excel's array lifting", () => {
  const som = (cellen: unknown[]) => cellen.map((c) => String(c)).join("+");

  test("a column with a single cell repeats the cell", () => {
    expect(perCel([[[1], [2], [3]], [["a"]]], som)).toEqual([["1+a"], ["2+a"], ["3+a"]]);
    expect(perCel([[[1], [2]], null], som)).toEqual([["1+null"], ["2+null"]]);
  });

  test("a column with a row gives a table", () => {
    expect(perCel([[[1], [2]], [["a", "b"]]], som)).toEqual([
      ["1+a", "1+b"],
      ["2+a", "2+b"],
    ]);
  });

  test("cells outside a smaller range give #N/A, the others their result", () => {
    expect(
      perCel(
        [
          [[1], [2], [3]],
          [["a"], ["b"]],
        ],
        som
      )
    ).toEqual([
      ["1+a"],
      ["2+b"],
      [new FunctieFout("#N/A", "Deze cel valt buiten een kleiner bereik in de formule.")],
    ]);
  });

  test("an exception in one cell is that cell's #VALUE!, the rest goes on", () => {
    const f = ([c]: unknown[]) => {
      if (c === 2) throw new Error("kapot");
      return c as number;
    };
    expect(perCel([[[1], [2], [3]]], f)).toEqual([
      [1],
      [new FunctieFout("#VALUE!", "Interne fout: kapot")],
      [3],
    ]);
  });
});
