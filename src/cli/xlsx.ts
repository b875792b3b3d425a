/**
 * Reads an .xlsx file into grids of plain cell values, bounded: the zip's table of contents
 * is judged first (src/cli/zip.ts), every part is inflated as a stream with its bytes
 * counted (a part that inflates past what it declared, or past the limits, is refused at
 * that moment), and the XML is read with saxes, one event at a time, with a depth limit.
 * Only cells that hold something are kept: merges, data validations and conditional formats
 * are never expanded, and a row with one cell in column XFD stays one cell (a sparse array).
 * Files that are not an xlsx workbook are refused with a Dutch reason (see REDENEN).
 */
import { constants as fsc, promises as fs } from "fs";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import * as zlib from "zlib";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { Cel, Raster, celAdres, kolomIndex, WerkmapInvoer } from "../planlijst";
import {
  ZipItem,
  ZipFout,
  beoordeelZip,
  beschrijfOle,
  leesCentraleMap,
  leesOpgeslagenItem,
} from "./zip";
import { REDENEN } from "./redenen";

/** The input could not be checked (exit code 2). The message is a one-line Dutch reason. */
export class InvoerFout extends Error {}

/** What the CLI reads at most. Each limit is refused with a Dutch reason (docs/benchmarks.md). */
export const LEES_GRENZEN = {
  /** File size on disk. */
  bestand: 256 * 1024 * 1024,
  /** Inflated bytes of all parts together, counted while inflating. */
  uitgepakt: 1024 * 1024 * 1024,
  /** XML nesting depth (a worksheet needs about 6). */
  diepte: 64,
  /** Cells that hold something, all sheets together. */
  cellen: 5_000_000,
  /** Excel's own limits: rows, columns (XFD), characters per cell. */
  rijen: 1_048_576,
  kolommen: 16_384,
  tekst: 32_767,
  /** Shared strings (each a cell's text). */
  gedeeldeTeksten: 5_000_000,
};

const MAGIC_ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAGIC_OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The Dutch name of what a path is when it is not a regular file. */
function soortVan(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (st.isDirectory()) return REDENEN.map;
  if (st.isFIFO()) return REDENEN.pijp;
  if (st.isSocket()) return REDENEN.socket;
  if (st.isCharacterDevice() || st.isBlockDevice()) return REDENEN.apparaat;
  return REDENEN.geenBestand;
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024)).toLocaleString("nl-NL")} MB`;
}

/**
 * Opens a regular file for reading, refusing directories, pipes, sockets and devices
 * before opening (a FIFO would block the open) and again after (the path may have changed).
 */
export async function openGewoonBestand(
  bestand: string,
  naam: string,
  maxGrootte = LEES_GRENZEN.bestand
): Promise<{ fh: fs.FileHandle; grootte: number }> {
  let st;
  try {
    st = await fs.stat(bestand);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new InvoerFout(`${naam}: ${REDENEN.nietGevonden}.`);
    if (code === "EACCES" || code === "EPERM")
      throw new InvoerFout(`${naam}: ${REDENEN.geenToegang}.`);
    throw new InvoerFout(`${naam}: ${REDENEN.nietTeOpenen}.`);
  }
  if (!st.isFile()) throw new InvoerFout(`${naam}: ${soortVan(st)}.`);
  if (st.size > maxGrootte)
    throw new InvoerFout(
      `${naam}: ${REDENEN.teGroot.replace("{grootte}", megabytes(st.size)).replace("{grens}", megabytes(maxGrootte))}.`
    );
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(bestand, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new InvoerFout(`${naam}: ${REDENEN.geenToegang}.`);
    throw new InvoerFout(`${naam}: ${REDENEN.nietTeOpenen}.`);
  }
  const st2 = await fh.stat();
  if (!st2.isFile() || st2.size > maxGrootte) {
    await fh.close();
    throw new InvoerFout(`${naam}: ${st2.isFile() ? REDENEN.nietTeOpenen : soortVan(st2)}.`);
  }
  return { fh, grootte: st2.size };
}

// ---------------------------------------------------------------------------------------
// Inflating, counted

/** Counts inflated bytes over the whole workbook; throws when a part lies or the total is too large. */
class Teller {
  totaal = 0;
  constructor(
    private readonly naam: string,
    private readonly grens: number
  ) {}
  tel(item: ZipItem, bytes: number, itemTotaal: number): void {
    this.totaal += bytes;
    if (itemTotaal > item.ongecomprimeerd)
      throw new InvoerFout(
        `${this.naam}: ${REDENEN.liegtOverGrootte.replace("{onderdeel}", item.naam).replace("{grootte}", megabytes(item.ongecomprimeerd))}.`
      );
    if (this.totaal > this.grens)
      throw new InvoerFout(
        `${this.naam}: ${REDENEN.uitgepaktTeGroot.replace("{grens}", megabytes(this.grens))}.`
      );
  }
}

/** Streams one zip part as text, inflating and counting as it goes. */
async function leesOnderdeel(
  fh: fs.FileHandle,
  grootte: number,
  item: ZipItem,
  teller: Teller,
  verwerk: (tekst: string) => void
): Promise<void> {
  const kop = Buffer.alloc(30);
  if (
    (await fh.read(kop, 0, 30, item.lokaleKop)).bytesRead !== 30 ||
    kop.readUInt32LE(0) !== 0x04034b50
  )
    throw new ZipFout("");
  const start = item.lokaleKop + 30 + kop.readUInt16LE(26) + kop.readUInt16LE(28);
  if (start + item.gecomprimeerd > grootte) throw new ZipFout("");
  const decoder = new StringDecoder("utf8");
  let itemTotaal = 0;
  const verwerkBytes = (buf: Buffer) => {
    itemTotaal += buf.length;
    teller.tel(item, buf.length, itemTotaal);
    verwerk(decoder.write(buf));
  };
  const BLOK = 256 * 1024;
  const leesBlok = async (positie: number, lengte: number): Promise<Buffer> => {
    const buf = Buffer.alloc(lengte);
    const { bytesRead } = await fh.read(buf, 0, lengte, positie);
    if (bytesRead !== lengte) throw new ZipFout("");
    return buf;
  };
  if (item.methode === 0) {
    for (let p = 0; p < item.gecomprimeerd; p += BLOK)
      verwerkBytes(await leesBlok(start + p, Math.min(BLOK, item.gecomprimeerd - p)));
  } else {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const klaar = new Promise<void>((resolve, reject) => {
      inflater.on("data", (buf: Buffer) => {
        try {
          verwerkBytes(buf);
        } catch (e) {
          inflater.destroy();
          reject(e);
        }
      });
      inflater.on("end", resolve);
      inflater.on("error", () => reject(new ZipFout("")));
    });
    klaar.catch(() => undefined);
    for (let p = 0; p < item.gecomprimeerd && !inflater.destroyed; p += BLOK) {
      const blok = await leesBlok(start + p, Math.min(BLOK, item.gecomprimeerd - p));
      if (!inflater.write(blok))
        await new Promise<void>((r) => {
          const verder = () => {
            inflater.off("drain", verder).off("close", verder);
            r();
          };
          inflater.on("drain", verder).on("close", verder);
        });
    }
    if (!inflater.destroyed) inflater.end();
    await klaar;
  }
  verwerk(decoder.end());
}

// ---------------------------------------------------------------------------------------
// XML, bounded

/** The local name of an element or attribute ("x:row" → "row"). */
const lokaal = (naam: string): string => naam.slice(naam.indexOf(":") + 1);

function attribuut(tag: SaxesTagPlain, naam: string): string | undefined {
  const a = tag.attributes as Record<string, string>;
  if (Object.prototype.hasOwnProperty.call(a, naam)) return a[naam];
  for (const k of Object.keys(a)) if (lokaal(k) === naam) return a[k];
  return undefined;
}

interface XmlLezer {
  open(naam: string, tag: SaxesTagPlain, diepte: number): void;
  sluit(naam: string, diepte: number): void;
  tekst(t: string): void;
}

/** Reads one part's XML with saxes; refuses depth beyond the limit and malformed XML. */
async function leesXml(
  fh: fs.FileHandle,
  grootte: number,
  item: ZipItem,
  teller: Teller,
  bestandNaam: string,
  lezer: XmlLezer
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let diepte = 0;
  let fout: unknown;
  parser.on("opentag", (tag) => {
    diepte++;
    if (diepte > LEES_GRENZEN.diepte)
      throw new InvoerFout(
        `${bestandNaam}: ${REDENEN.teDiep.replace("{onderdeel}", item.naam).replace("{grens}", String(LEES_GRENZEN.diepte))}.`
      );
    lezer.open(lokaal(tag.name), tag as SaxesTagPlain, diepte);
    if (tag.isSelfClosing) {
      lezer.sluit(lokaal(tag.name), diepte);
      diepte--;
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    lezer.sluit(lokaal(tag.name), diepte);
    diepte--;
  });
  parser.on("text", (t) => lezer.tekst(t));
  parser.on("cdata", (t) => lezer.tekst(t));
  parser.on("error", (e) => {
    fout ??= e;
  });
  const schrijf = (tekst: string) => {
    if (fout) throw fout;
    if (tekst) parser.write(tekst);
    if (fout) throw fout;
  };
  try {
    await leesOnderdeel(fh, grootte, item, teller, schrijf);
    parser.close();
    if (fout) throw fout;
  } catch (e) {
    if (e instanceof InvoerFout || e instanceof ZipFout) throw e;
    throw new InvoerFout(`${bestandNaam}: ${REDENEN.geenXml.replace("{onderdeel}", item.naam)}.`);
  }
}

// ---------------------------------------------------------------------------------------
// Cells

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

/** OOXML escapes characters XML cannot hold as _xHHHH_ (ECMA-376 §22.9.2.19). */
const ontsnap = (t: string): string =>
  t.indexOf("_x") < 0
    ? t
    : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

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

interface Blad {
  naam: string;
  pad: string;
  zichtbaarheid: "zichtbaar" | "verborgen" | "zeer verborgen";
}

/** Resolves a relationship target against the folder of the part that holds it. */
function doelPad(basis: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(basis), doel));
}

/** Reads every worksheet of an xlsx file as a grid (row 1 = index 0, column A = index 0). */
export async function leesXlsx(bestand: string): Promise<WerkmapInvoer[]> {
  const naam = path.basename(bestand);
  const { fh, grootte } = await openGewoonBestand(bestand, naam);
  try {
    return await leesGeopend(fh, grootte, bestand, naam);
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    if (e instanceof ZipFout) throw new InvoerFout(`${naam}: ${REDENEN.beschadigd}.`);
    if (e instanceof RangeError) throw new InvoerFout(`${naam}: ${REDENEN.teGrootOmTeLezen}.`);
    throw e;
  } finally {
    await fh.close();
  }
}

async function leesGeopend(
  fh: fs.FileHandle,
  grootte: number,
  bestand: string,
  naam: string
): Promise<WerkmapInvoer[]> {
  const kop = Buffer.alloc(8);
  const { bytesRead } = await fh.read(kop, 0, 8, 0);
  if (bytesRead === 0) throw new InvoerFout(`${naam}: ${REDENEN.leeg}.`);
  if (kop.subarray(0, bytesRead).equals(MAGIC_OLE)) {
    // .xls, or an xlsx encrypted with a password: tell them apart by the OLE directory (src/cli/zip.ts).
    throw new InvoerFout(`${naam}: ${await beschrijfOle(bestand)}.`);
  }
  if (!kop.subarray(0, 4).equals(MAGIC_ZIP)) throw new InvoerFout(`${naam}: ${REDENEN.geenZip}.`);
  let items: ZipItem[];
  try {
    items = await leesCentraleMap(fh, grootte);
  } catch (e) {
    if (e instanceof ZipFout) throw new InvoerFout(`${naam}: ${e.message}.`);
    throw e;
  }
  const mimeItem = items.find((i) => i.naam === "mimetype");
  const mimetype = mimeItem ? await leesOpgeslagenItem(fh, grootte, mimeItem) : undefined;
  const zipReden = beoordeelZip(items, mimetype);
  if (zipReden) throw new InvoerFout(`${naam}: ${zipReden}.`);
  if (/\.(ods|odt|docx|pptx|zip)$/i.test(naam))
    throw new InvoerFout(`${naam}: ${REDENEN.geenXlsxNaam}.`);

  const perNaam = new Map<string, ZipItem>();
  for (const i of items) perNaam.set(i.naam.replace(/^\/+/, "").toLowerCase(), i);
  const item = (p: string) => perNaam.get(p.toLowerCase());
  const teller = new Teller(naam, LEES_GRENZEN.uitgepakt);
  const xml = (i: ZipItem, lezer: XmlLezer) => leesXml(fh, grootte, i, teller, naam, lezer);

  // The workbook: sheet names, visibility, relationship ids, date system.
  const werkmapItem = item("xl/workbook.xml")!;
  const bladRefs: { naam: string; id: string; zichtbaarheid: Blad["zichtbaarheid"] }[] = [];
  let datum1904 = false;
  await xml(werkmapItem, {
    open(n, tag) {
      if (n === "workbookPr") {
        const d = attribuut(tag, "date1904");
        datum1904 = d === "1" || d === "true";
      } else if (n === "sheet") {
        const staat = attribuut(tag, "state");
        bladRefs.push({
          naam: attribuut(tag, "name") ?? `Blad${bladRefs.length + 1}`,
          id: attribuut(tag, "id") ?? "",
          zichtbaarheid:
            staat === "hidden"
              ? "verborgen"
              : staat === "veryHidden"
                ? "zeer verborgen"
                : "zichtbaar",
        });
      }
    },
    sluit() {},
    tekst() {},
  });
  const doelen = new Map<string, string>();
  const relsItem = item("xl/_rels/workbook.xml.rels");
  if (relsItem)
    await xml(relsItem, {
      open(n, tag) {
        if (n !== "Relationship") return;
        const id = attribuut(tag, "Id");
        const doel = attribuut(tag, "Target");
        if (id && doel) doelen.set(id, doelPad("xl/workbook.xml", doel));
      },
      sluit() {},
      tekst() {},
    });
  const bladen: Blad[] = bladRefs.map((b, i) => ({
    naam: b.naam,
    zichtbaarheid: b.zichtbaarheid,
    pad: doelen.get(b.id) ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));

  // Shared strings: each <si> is one text; phonetic runs (<rPh>) are not part of it.
  const teksten: string[] = [];
  const sstItem = item("xl/sharedStrings.xml");
  if (sstItem) {
    let si: string[] | undefined;
    let inT = false;
    let inRph = 0;
    await xml(sstItem, {
      open(n) {
        if (n === "si") si = [];
        else if (n === "t") inT = true;
        else if (n === "rPh") inRph++;
      },
      sluit(n) {
        if (n === "si" && si) {
          if (teksten.length >= LEES_GRENZEN.gedeeldeTeksten)
            throw new InvoerFout(
              `${naam}: ${REDENEN.teVeelCellen.replace("{grens}", LEES_GRENZEN.gedeeldeTeksten.toLocaleString("nl-NL"))}.`
            );
          teksten.push(ontsnap(si.join("")));
          si = undefined;
        } else if (n === "t") inT = false;
        else if (n === "rPh") inRph--;
      },
      tekst(t) {
        if (si && inT && inRph === 0) si.push(t);
      },
    });
  }

  // Styles: which cell formats (s= index) show numbers as dates.
  const datumStijlen: boolean[] = [];
  const stijlItem = item("xl/styles.xml");
  if (stijlItem) {
    const eigen = new Map<number, string>();
    let inCellXfs = false;
    await xml(stijlItem, {
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
  }

  let cellen = 0;
  const uit: WerkmapInvoer[] = [];
  for (const blad of bladen) {
    const bladItem = item(blad.pad);
    const raster: Raster = [];
    const verborgenRijen: number[] = [];
    if (bladItem) {
      // Cell state while inside <c>.
      let inSheetData = false;
      let rijNr = 0;
      let rij: Cel[] | undefined;
      let kolom = -1;
      let celType = "";
      let celDatum = false;
      let inC = false;
      let heeftF = false;
      let v: string[] | undefined;
      let tekst: string[] | undefined;
      let inT = false;
      let inRph = 0;
      let celLengte = 0;
      const adres = () => celAdres(rijNr, kolom);
      const bewaar = (waarde: Cel) => {
        if (waarde === null || waarde === undefined) return;
        if (++cellen > LEES_GRENZEN.cellen)
          throw new InvoerFout(
            `${naam}: ${REDENEN.teVeelCellen.replace("{grens}", LEES_GRENZEN.cellen.toLocaleString("nl-NL"))}.`
          );
        if (!rij) {
          rij = [];
          raster[rijNr - 1] = rij;
        }
        rij[kolom] = waarde;
      };
      await xml(bladItem, {
        open(n, tag) {
          if (n === "sheetData") inSheetData = true;
          if (!inSheetData) return;
          if (n === "row") {
            const r = attribuut(tag, "r");
            const nr = r === undefined ? rijNr + 1 : Number(r);
            if (!Number.isInteger(nr) || nr < 1 || nr > LEES_GRENZEN.rijen)
              throw new InvoerFout(
                `${naam}: ${REDENEN.rijBuitenExcel.replace("{blad}", blad.naam).replace("{rij}", String(r).slice(0, 20))}.`
              );
            rijNr = nr;
            rij = raster[nr - 1];
            kolom = -1;
            const h = attribuut(tag, "hidden");
            if (h === "1" || h === "true") verborgenRijen.push(nr);
          } else if (n === "c") {
            if (rijNr === 0) rijNr = 1;
            const r = attribuut(tag, "r");
            if (r !== undefined) {
              const ref = leesCelRef(r);
              if (
                !ref ||
                ref.kolom >= LEES_GRENZEN.kolommen ||
                ref.rij > LEES_GRENZEN.rijen ||
                ref.rij < 1
              )
                throw new InvoerFout(
                  `${naam}: ${REDENEN.celBuitenExcel.replace("{blad}", blad.naam).replace("{cel}", r.slice(0, 20))}.`
                );
              if (ref.rij !== rijNr) {
                rijNr = ref.rij;
                rij = raster[rijNr - 1];
              }
              kolom = ref.kolom;
            } else {
              kolom++;
              if (kolom >= LEES_GRENZEN.kolommen)
                throw new InvoerFout(
                  `${naam}: ${REDENEN.celBuitenExcel.replace("{blad}", blad.naam).replace("{cel}", `rij ${rijNr}, kolom ${kolom + 1}`)}.`
                );
            }
            inC = true;
            celLengte = 0;
            celType = attribuut(tag, "t") ?? "n";
            const s = Number(attribuut(tag, "s") ?? 0);
            celDatum = datumStijlen[s] === true;
            heeftF = false;
            v = undefined;
            tekst = undefined;
          } else if (inC) {
            if (n === "f") heeftF = true;
            else if (n === "v") v = [];
            else if (n === "is") tekst = [];
            else if (n === "t") inT = true;
            else if (n === "rPh") inRph++;
          }
        },
        tekst(t) {
          if (!inC || celLengte > LEES_GRENZEN.tekst) return;
          // Past Excel's limit the rest is not kept: the cell is reported as too long.
          celLengte += t.length;
          if (v && !inT) v.push(t);
          else if (tekst && inT && inRph === 0) tekst.push(t);
        },
        sluit(n) {
          if (n === "sheetData") inSheetData = false;
          if (!inC) {
            if (n === "row") rij = undefined;
            return;
          }
          if (n === "t") inT = false;
          else if (n === "rPh") inRph--;
          else if (n === "v" && v) v = [v.join("")];
          else if (n === "c") {
            inC = false;
            bewaar(celWaarde());
          }
        },
      });
      function celWaarde(): Cel {
        const ruw = v?.join("");
        switch (celType) {
          case "s": {
            if (ruw === undefined || ruw.trim() === "") return null;
            const t = teksten[Number(ruw)];
            return t === undefined
              ? { fout: `verwijzing naar een tekst die ontbreekt (${adres()})` }
              : t;
          }
          case "inlineStr":
            return tekst ? ontsnap(tekst.join("")) : ruw !== undefined ? ontsnap(ruw) : null;
          case "str":
            return ruw === undefined
              ? heeftF
                ? { fout: FORMULE_ZONDER_UITKOMST }
                : null
              : ontsnap(ruw);
          case "b":
            return ruw === undefined
              ? heeftF
                ? { fout: FORMULE_ZONDER_UITKOMST }
                : null
              : ruw.trim() === "1" || ruw.trim() === "true";
          case "e":
            return { fout: (ruw ?? "#N/A").trim() };
          case "d": {
            if (ruw === undefined) return null;
            const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(ruw) ? ruw : `${ruw}Z`);
            return Number.isNaN(d.getTime()) ? ruw : d;
          }
          default: {
            if (ruw === undefined || ruw.trim() === "")
              return heeftF ? { fout: FORMULE_ZONDER_UITKOMST } : null;
            const getal = Number(ruw);
            if (!Number.isFinite(getal)) return ruw.length > 40 ? `${ruw.slice(0, 40)}…` : ruw;
            return celDatum ? excelDatum(getal, datum1904) : getal;
          }
        }
      }
    }
    for (let i = 0; i < raster.length; i++) raster[i] ??= [];
    const invoer: WerkmapInvoer = { naam: blad.naam, raster };
    if (blad.zichtbaarheid !== "zichtbaar") invoer.zichtbaarheid = blad.zichtbaarheid;
    if (verborgenRijen.length) invoer.verborgenRijen = verborgenRijen;
    uit.push(invoer);
  }
  if (uit.length === 0) throw new InvoerFout(`${naam}: ${REDENEN.geenBladen}.`);
  return uit;
}
