/**
 * The parts of an xlsx that hold cells: shared strings, styles (which formats are dates)
 * and worksheets, each read as a stream into plain cell values. Only cells that hold
 * something are kept: merges, data validations and conditional formats are never
 * expanded, and a row with one cell in column XFD stays one cell (a sparse array).
 */
import { SaxesTagPlain } from "saxes";
import { Cel, Raster, celAdres, kolomIndex } from "../planlijst";
import { XlsxFout } from "./fouten";
import { vulIn } from "./redenen";
import { Onderdelen, XmlLezer, attribuut, leesXml } from "./xml";
import { ZipItem } from "./zip";

/** What the reader takes at most from the cells. Each limit is refused with a Dutch reason. */
export const CEL_GRENZEN = {
  /** Cells that hold something, all sheets together. */
  cellen: 5_000_000,
  /** Excel's own limits: rows, columns (XFD), characters per cell. */
  rijen: 1_048_576,
  kolommen: 16_384,
  tekst: 32_767,
  /** Shared strings (each a cell's text). */
  gedeeldeTeksten: 5_000_000,
};

const nl = (n: number) => n.toLocaleString("nl-NL");

/** OOXML escapes characters XML cannot hold as _xHHHH_ (ECMA-376 §22.9.2.19). */
const ontsnap = (t: string): string =>
  t.indexOf("_x") < 0
    ? t
    : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Shared strings: each <si> is one text; phonetic runs (<rPh>) are not part of it. */
export async function leesGedeeldeTeksten(o: Onderdelen, item: ZipItem): Promise<string[]> {
  const teksten: string[] = [];
  let si: string[] | undefined;
  let inT = false;
  let inRph = 0;
  await leesXml(o, item, {
    open(n) {
      if (n === "si") si = [];
      else if (n === "t") inT = true;
      else if (n === "rPh") inRph++;
    },
    sluit(n) {
      if (n === "si" && si) {
        if (teksten.length >= CEL_GRENZEN.gedeeldeTeksten)
          throw new XlsxFout(vulIn("teVeelCellen", { grens: nl(CEL_GRENZEN.gedeeldeTeksten) }));
        teksten.push(ontsnap(si.join("")));
        si = undefined;
      } else if (n === "t") inT = false;
      else if (n === "rPh") inRph--;
    },
    tekst(t) {
      if (si && inT && inRph === 0) si.push(t);
    },
  });
  return teksten;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and East Asian ones). */
const DATUM_FORMATEN = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A custom number format shows a date when, outside quotes and brackets, it has y, m, d, h, s or b. */
export function isDatumFormaat(code: string): boolean {
  const kaal = code.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhsb]/i.test(kaal.replace(/general/gi, ""));
}

/** Styles: for each cell format (the s= index), whether it shows numbers as dates. */
export async function leesDatumStijlen(o: Onderdelen, item: ZipItem): Promise<boolean[]> {
  const datumStijlen: boolean[] = [];
  const eigen = new Map<number, string>();
  let inCellXfs = false;
  await leesXml(o, item, {
    open(n, tag) {
      if (n === "numFmt")
        eigen.set(Number(attribuut(tag, "numFmtId")), attribuut(tag, "formatCode") ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(attribuut(tag, "numFmtId") ?? 0);
        const code = eigen.get(id);
        datumStijlen.push(code !== undefined ? isDatumFormaat(code) : DATUM_FORMATEN.has(id));
      }
    },
    sluit(n) {
      if (n === "cellXfs") inCellXfs = false;
    },
    tekst() {},
  });
  return datumStijlen;
}

const EXCEL_EPOCH_DAGEN = 25569;
function excelDatum(serieel: number, datum1904: boolean): Date {
  return new Date(Math.round((serieel - EXCEL_EPOCH_DAGEN + (datum1904 ? 1462 : 0)) * 86400000));
}

const FORMULE_ZONDER_UITKOMST =
  "formule zonder bruikbare uitkomst (een foutwaarde zoals #VERW!, of niet berekend); controleer de formule";

/** A cell reference's column (0-based) and row (1-based), or undefined when it is not one. */
function leesCelRef(r: string): { kolom: number; rij: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(r);
  if (!m) return undefined;
  return { kolom: kolomIndex(m[1]), rij: Number(m[2]) };
}

/** What the workbook-wide parts give every sheet. */
export interface BladContext {
  teksten: string[];
  datumStijlen: boolean[];
  datum1904: boolean;
  /** Called for every kept cell; throws when the workbook holds too many. */
  telCel(): void;
}

/** One <c> element as read so far. */
interface CelStaat {
  type: string;
  datum: boolean;
  heeftF: boolean;
  /** The <v> text (its pieces until </v>). */
  v?: string[];
  /** The inline string's <t> pieces. */
  tekst?: string[];
}

/** The value of a finished <c> element; `adres` names it in a finding. */
function celWaarde(c: CelStaat, ctx: BladContext, adres: () => string): Cel {
  const ruw = c.v?.join("");
  const formuleOfLeeg = (): Cel => (c.heeftF ? { fout: FORMULE_ZONDER_UITKOMST } : null);
  switch (c.type) {
    case "s": {
      if (ruw === undefined || ruw.trim() === "") return null;
      const t = ctx.teksten[Number(ruw)];
      return t === undefined ? { fout: `verwijzing naar een tekst die ontbreekt (${adres()})` } : t;
    }
    case "inlineStr":
      return c.tekst ? ontsnap(c.tekst.join("")) : ruw !== undefined ? ontsnap(ruw) : null;
    case "str":
      return ruw === undefined ? formuleOfLeeg() : ontsnap(ruw);
    case "b":
      return ruw === undefined ? formuleOfLeeg() : ruw.trim() === "1" || ruw.trim() === "true";
    case "e":
      return { fout: (ruw ?? "#N/A").trim() };
    case "d": {
      if (ruw === undefined) return null;
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(ruw) ? ruw : `${ruw}Z`);
      return Number.isNaN(d.getTime()) ? ruw : d;
    }
    default: {
      if (ruw === undefined || ruw.trim() === "") return formuleOfLeeg();
      const getal = Number(ruw);
      if (!Number.isFinite(getal)) return ruw.length > 40 ? `${ruw.slice(0, 40)}…` : ruw;
      return c.datum ? excelDatum(getal, ctx.datum1904) : getal;
    }
  }
}

/** A worksheet's cells and hidden rows (row 1 = index 0, column A = index 0). */
export interface BladInhoud {
  raster: Raster;
  verborgenRijen: number[];
}

/** Reads one worksheet part into a sparse grid. */
export async function leesBlad(
  o: Onderdelen,
  item: ZipItem,
  bladNaam: string,
  ctx: BladContext
): Promise<BladInhoud> {
  const lezer = new BladLezer(bladNaam, ctx);
  await leesXml(o, item, lezer);
  return { raster: lezer.raster, verborgenRijen: lezer.verborgenRijen };
}

/** The state machine over one worksheet's XML events. */
class BladLezer implements XmlLezer {
  readonly raster: Raster = [];
  readonly verborgenRijen: number[] = [];
  private inSheetData = false;
  private rijNr = 0;
  private rij: Cel[] | undefined;
  private kolom = -1;
  /** The cell being read, while inside <c>. */
  private cel: CelStaat | undefined;
  private inT = false;
  private inRph = 0;
  private celLengte = 0;

  constructor(
    private readonly blad: string,
    private readonly ctx: BladContext
  ) {}

  open(n: string, tag: SaxesTagPlain): void {
    if (n === "sheetData") this.inSheetData = true;
    if (!this.inSheetData) return;
    if (n === "row") this.openRij(tag);
    else if (n === "c") this.openCel(tag);
    else if (this.cel) {
      if (n === "f") this.cel.heeftF = true;
      else if (n === "v") this.cel.v = [];
      else if (n === "is") this.cel.tekst = [];
      else if (n === "t") this.inT = true;
      else if (n === "rPh") this.inRph++;
    }
  }

  tekst(t: string): void {
    const c = this.cel;
    if (!c || this.celLengte > CEL_GRENZEN.tekst) return;
    // Past Excel's limit the rest is not kept: the cell is reported as too long.
    this.celLengte += t.length;
    if (c.v && !this.inT) c.v.push(t);
    else if (c.tekst && this.inT && this.inRph === 0) c.tekst.push(t);
  }

  sluit(n: string): void {
    if (n === "sheetData") this.inSheetData = false;
    const c = this.cel;
    if (!c) {
      if (n === "row") this.rij = undefined;
      return;
    }
    if (n === "t") this.inT = false;
    else if (n === "rPh") this.inRph--;
    else if (n === "v" && c.v) c.v = [c.v.join("")];
    else if (n === "c") {
      this.cel = undefined;
      this.bewaar(celWaarde(c, this.ctx, () => celAdres(this.rijNr, this.kolom)));
    }
  }

  private openRij(tag: SaxesTagPlain): void {
    const r = attribuut(tag, "r");
    const nr = r === undefined ? this.rijNr + 1 : Number(r);
    if (!Number.isInteger(nr) || nr < 1 || nr > CEL_GRENZEN.rijen)
      throw new XlsxFout(vulIn("rijBuitenExcel", { blad: this.blad, rij: String(r).slice(0, 20) }));
    this.rijNr = nr;
    this.rij = this.raster[nr - 1];
    this.kolom = -1;
    const h = attribuut(tag, "hidden");
    if (h === "1" || h === "true") this.verborgenRijen.push(nr);
  }

  private openCel(tag: SaxesTagPlain): void {
    if (this.rijNr === 0) this.rijNr = 1;
    const r = attribuut(tag, "r");
    if (r !== undefined) {
      const ref = leesCelRef(r);
      if (!ref || ref.kolom >= CEL_GRENZEN.kolommen || ref.rij > CEL_GRENZEN.rijen || ref.rij < 1)
        throw new XlsxFout(vulIn("celBuitenExcel", { blad: this.blad, cel: r.slice(0, 20) }));
      if (ref.rij !== this.rijNr) {
        this.rijNr = ref.rij;
        this.rij = this.raster[this.rijNr - 1];
      }
      this.kolom = ref.kolom;
    } else {
      this.kolom++;
      if (this.kolom >= CEL_GRENZEN.kolommen)
        throw new XlsxFout(
          vulIn("celBuitenExcel", {
            blad: this.blad,
            cel: `rij ${this.rijNr}, kolom ${this.kolom + 1}`,
          })
        );
    }
    this.celLengte = 0;
    this.cel = {
      type: attribuut(tag, "t") ?? "n",
      datum: this.ctx.datumStijlen[Number(attribuut(tag, "s") ?? 0)] === true,
      heeftF: false,
    };
  }

  private bewaar(waarde: Cel): void {
    if (waarde === null || waarde === undefined) return;
    this.ctx.telCel();
    if (!this.rij) {
      this.rij = [];
      this.raster[this.rijNr - 1] = this.rij;
    }
    this.rij[this.kolom] = waarde;
  }
}
