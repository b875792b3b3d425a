/**
 * Excel.Range over the fake: one area on a sheet. Values, formulas, text and number formats
 * per cell; ranges derived from it (offsets, resizes, rows, columns, intersections, used
 * range, find, special cells). What it shares with Excel.RangeAreas (format, conditional
 * formats, data validation, select, clear) is in bereik-basis.ts.
 */
import {
  BladModel,
  CelModel,
  Rechthoek,
  Waarde,
  bladVoorvoegsel,
  doorsnede,
  gebiedAdres,
  gebruiktGebied,
  heeftIets,
  heeftWaarde,
  leesGebied,
  splitsBlad,
} from "../excel-model";
import { BereikBasis } from "./bereik-basis";
import { FakeRangeAreas } from "./bereik-gebieden";
import { celVan, geldig, leesWaarden, perCel, perCelSchrijf } from "./cellen";
import { OfficeFout, nietGevonden } from "./fout";
import { kopie, metPad } from "./object";
import type { FakeObject } from "./object";

export type RangeDoel = { blad: BladModel; g: Rechthoek } | null;

type RangeLeden =
  | "load"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "address"
  | "addressLocal"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "cellCount"
  | "isNullObject"
  | "hyperlink"
  | "format"
  | "conditionalFormats"
  | "dataValidation"
  | "worksheet"
  | "getCell"
  | "getOffsetRange"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getEntireRow"
  | "getEntireColumn"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "rowHidden"
  | "find"
  | "findOrNullObject"
  | "select"
  | "clear";

export class FakeRange
  extends BereikBasis<NonNullable<RangeDoel>>
  implements Pick<Excel.Range, RangeLeden>
{
  protected readonly soort = "Range";
  protected readonly scalair = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "hyperlink",
    "rowHidden",
  ] as const;
  protected gebiedenVan(d: { g: Rechthoek }): Rechthoek[] {
    return [d.g];
  }
  protected navigatie(naam: string): FakeObject | undefined {
    if (naam === "worksheet") return this.worksheet as unknown as FakeObject;
    return super.navigatie(naam);
  }
  /** As Excel: a single range can only be selected on the active sheet. */
  protected controleerSelectie(blad: BladModel): void {
    if (this.ctx.fake.model.actiefBlad !== blad.naam)
      throw new OfficeFout("InvalidOperation", "Select works on the active sheet only.");
  }
  protected lees(naam: string): unknown {
    const { blad, g } = this.los();
    const adres = `${bladVoorvoegsel(blad.naam)}!${gebiedAdres(g)}`;
    switch (naam) {
      case "address":
      case "addressLocal":
        return adres;
      case "rowCount":
        return g.rijen;
      case "columnCount":
        return g.kolommen;
      case "rowIndex":
        return g.r;
      case "columnIndex":
        return g.c;
      case "cellCount":
        return g.rijen * g.kolommen;
      case "values":
        this.ctx.leesMelding(adres);
        return leesWaarden(blad, g);
      case "formulas":
        this.ctx.leesMelding(adres);
        return perCel(blad, g, (c) => c?.formule ?? c?.waarde ?? "");
      case "text":
        this.ctx.leesMelding(adres);
        return perCel(blad, g, (c) => (c?.waarde === undefined ? "" : String(c.waarde)));
      case "numberFormat":
        return perCel(blad, g, (c) => c?.getalnotatie ?? "General");
      case "hyperlink":
        return blad.cellen[g.r]?.[g.c]?.hyperlink ?? null;
      case "rowHidden": {
        // true when every row is hidden, false when none is, null when mixed (as Excel).
        const verborgen = new Set(blad.verborgenRijen ?? []);
        let n = 0;
        for (const r of verborgen) if (r >= g.r && r < g.r + g.rijen) n++;
        return n === 0 ? false : n === g.rijen ? true : null;
      }
    }
    return undefined;
  }
  get rowCount(): number {
    return this.waarde("rowCount");
  }
  get columnCount(): number {
    return this.waarde("columnCount");
  }
  get rowIndex(): number {
    return this.waarde("rowIndex");
  }
  get columnIndex(): number {
    return this.waarde("columnIndex");
  }
  get values(): any[][] {
    return this.waarde("values");
  }
  get rowHidden(): boolean {
    return this.waarde("rowHidden");
  }
  /**
   * "Visible": the areas of the range in rows that are not hidden; "DataValidations": the
   * cells with any data validation (also a prompt only), as runs per row (ExcelApi 1.9).
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): Excel.RangeAreas {
    if (cellType !== "Visible" && cellType !== "DataValidations")
      throw new Error(`fake: getSpecialCells(${cellType}) not modelled`);
    return metPad(
      new FakeRangeAreas(this.ctx, () => {
        const d = this.doel();
        if (!d) return null;
        if (cellType === "DataValidations") {
          const gebieden: Rechthoek[] = [];
          for (const r of Object.keys(d.blad.cellen)
            .map(Number)
            .sort((a, b) => a - b)) {
            if (r < d.g.r || r >= d.g.r + d.g.rijen) continue;
            const kolommen = Object.keys(d.blad.cellen[r])
              .map(Number)
              .filter(
                (c) => c >= d.g.c && c < d.g.c + d.g.kolommen && d.blad.cellen[r][c].validatie
              )
              .sort((a, b) => a - b);
            for (const c of kolommen) {
              const vorige = gebieden[gebieden.length - 1];
              if (vorige && vorige.r === r && vorige.c + vorige.kolommen === c) vorige.kolommen++;
              else gebieden.push({ r, c, rijen: 1, kolommen: 1 });
            }
          }
          return gebieden.length ? { blad: d.blad, gebieden } : null;
        }
        const verborgen = new Set(d.blad.verborgenRijen ?? []);
        const gebieden: Rechthoek[] = [];
        for (let r = d.g.r; r < d.g.r + d.g.rijen; r++) {
          if (verborgen.has(r)) continue;
          const vorige = gebieden[gebieden.length - 1];
          if (vorige && vorige.r + vorige.rijen === r) vorige.rijen++;
          else gebieden.push({ r, c: d.g.c, rijen: 1, kolommen: d.g.kolommen });
        }
        return gebieden.length ? { blad: d.blad, gebieden } : null;
      }),
      this,
      "getSpecialCellsOrNullObject",
      cellType
    ) as unknown as Excel.RangeAreas;
  }
  set values(v: any[][]) {
    this.schrijf("values", v, () => this.schrijfInhoud(v, false));
  }
  get formulas(): any[][] {
    return this.waarde("formulas");
  }
  set formulas(v: any[][]) {
    this.schrijf("formulas", v, () => this.schrijfInhoud(v, true));
  }
  get text(): string[][] {
    return this.waarde("text");
  }
  get numberFormat(): any[][] {
    return this.waarde("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.schrijf("numberFormat", v, () => {
      const { blad, g } = this.los();
      perCelSchrijf(blad, g, v, (cel, x) => {
        if (x === null) return;
        if (x === "General") delete cel.getalnotatie;
        else cel.getalnotatie = String(x);
      });
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.waarde("hyperlink");
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.schrijf("hyperlink", v, () => {
      const { blad, g } = this.los();
      for (let i = 0; i < g.rijen; i++)
        for (let j = 0; j < g.kolommen; j++) {
          const cel = celVan(blad, g.r + i, g.c + j, true)!;
          cel.hyperlink = kopie(v);
          if (v.textToDisplay !== undefined) cel.waarde = v.textToDisplay;
        }
    });
  }
  private schrijfInhoud(v: any[][], formules: boolean) {
    const { blad, g } = this.los();
    if (
      Array.isArray(v) &&
      (v.length !== g.rijen || v.some((r) => !Array.isArray(r) || r.length !== g.kolommen))
    ) {
      throw new OfficeFout(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${g.rijen}×${g.kolommen}).`
      );
    }
    perCelSchrijf(blad, g, v, (cel, x) => {
      if (x === null || x === undefined) return;
      // As in Excel: text starting with =, +, - or @ written to a cell that is not
      // text-formatted ("@") is entered as a formula ("-5" and "+5" as numbers).
      if (typeof x === "string" && /^[=+\-@]./s.test(x) && cel.getalnotatie !== "@") {
        if (/^[+-]\d+([.,]\d+)?$/.test(x)) {
          delete cel.formule;
          cel.waarde = Number(x.replace(",", "."));
          return;
        }
        cel.formule = x.startsWith("=") ? x : `=${x.replace(/^@/, "")}`;
        const link = /^=HYPERLINK\("([^"]*)"\s*,\s*"([^"]*)"\)$/i.exec(x);
        cel.waarde = link ? link[2] : "#NAME?";
        return;
      }
      delete cel.formule;
      if (x === "") delete cel.waarde;
      else cel.waarde = x as Waarde;
      void formules;
    });
  }

  private afgeleid(maak: (d: { blad: BladModel; g: Rechthoek }) => Rechthoek | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      const d = this.doel();
      if (!d) return null;
      const g = maak(d);
      return g ? { blad: d.blad, g: geldig(g) } : null;
    });
  }
  getCell(row: number, column: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      r: g.r + row,
      c: g.c + column,
      rijen: 1,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      r: g.r + rowOffset,
      c: g.c + columnOffset,
    })) as unknown as Excel.Range;
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      rijen: g.rijen + deltaRows,
      kolommen: g.kolommen + deltaColumns,
    })) as unknown as Excel.Range;
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      rijen: numRows,
      kolommen: numColumns,
    })) as unknown as Excel.Range;
  }
  getRow(row: number): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, r: g.r + row, rijen: 1 })) as unknown as Excel.Range;
  }
  getColumn(column: number): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      c: g.c + column,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getLastRow(): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      r: g.r + g.rijen - 1,
      rijen: 1,
    })) as unknown as Excel.Range;
  }
  getLastColumn(): Excel.Range {
    return this.afgeleid(({ g }) => ({
      ...g,
      c: g.c + g.kolommen - 1,
      kolommen: 1,
    })) as unknown as Excel.Range;
  }
  getEntireRow(): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, c: 0, kolommen: 16384 })) as unknown as Excel.Range;
  }
  getEntireColumn(): Excel.Range {
    return this.afgeleid(({ g }) => ({ ...g, r: 0, rijen: 1048576 })) as unknown as Excel.Range;
  }
  private anderGebied(ander: Excel.Range | string): Rechthoek {
    if (typeof ander === "string") return leesGebied(splitsBlad(ander).rest);
    return (ander as unknown as FakeRange).los().g;
  }
  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this.afgeleid(
      ({ g }) => doorsnede(g, this.anderGebied(anotherRange)) ?? nietGevonden("intersection")
    ) as unknown as Excel.Range;
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this.afgeleid(
      ({ g }) => doorsnede(g, this.anderGebied(anotherRange)) ?? null
    ) as unknown as Excel.Range;
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.afgeleid(
      ({ blad, g }) =>
        gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets, g) ?? nietGevonden("used range")
    ) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.afgeleid(
      ({ blad, g }) => gebruiktGebied(blad, valuesOnly ? heeftWaarde : heeftIets, g) ?? null
    ) as unknown as Excel.Range;
  }
  private zoekCel(text: string, criteria: Excel.SearchCriteria) {
    return ({ blad, g }: { blad: BladModel; g: Rechthoek }): Rechthoek | null => {
      const achteruit = criteria.searchDirection === "Backwards";
      const past = (c: CelModel | undefined) => {
        if (!heeftWaarde(c)) return false;
        if (text === "*") return true;
        const a = String(c!.waarde);
        const [x, y] = criteria.matchCase ? [a, text] : [a.toLowerCase(), text.toLowerCase()];
        return criteria.completeMatch ? x === y : x.includes(y);
      };
      const rijen = Object.keys(blad.cellen)
        .map(Number)
        .filter((r) => r >= g.r && r < g.r + g.rijen)
        .sort((a, b) => (achteruit ? b - a : a - b));
      for (const r of rijen) {
        const kolommen = Object.keys(blad.cellen[r])
          .map(Number)
          .filter((c) => c >= g.c && c < g.c + g.kolommen)
          .sort((a, b) => (achteruit ? b - a : a - b));
        for (const c of kolommen)
          if (past(blad.cellen[r][c])) return { r, c, rijen: 1, kolommen: 1 };
      }
      return null;
    };
  }
  find(text: string, criteria: Excel.SearchCriteria): Excel.Range {
    const zoek = this.zoekCel(text, criteria);
    return this.afgeleid((d) => zoek(d) ?? nietGevonden(`find ${text}`)) as unknown as Excel.Range;
  }
  findOrNullObject(text: string, criteria: Excel.SearchCriteria): Excel.Range {
    return this.afgeleid(this.zoekCel(text, criteria)) as unknown as Excel.Range;
  }
}
