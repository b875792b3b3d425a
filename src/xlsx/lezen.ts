/**
 * Reads an .xlsx workbook into grids of plain cell values, bounded, from any ByteBron:
 * the zip's table of contents is judged first (zip.ts), every part is inflated as a stream
 * with its bytes counted (xml.ts), and cells stay sparse (cellen.ts). Files that are not
 * an xlsx workbook are refused with a Dutch reason (REDENEN), as an XlsxFout.
 *
 * Platform-neutral: no Node, no DOM. The CLI (src/cli/xlsx.ts) and the task pane
 * (src/taskpane/bestand.ts) are the doors; both read through leesXlsxBron, with the same
 * limits and the same reasons.
 */
import { WerkmapInvoer } from "../planlijst";
import { begintMet } from "./bytes";
import {
  BladContext,
  CEL_GRENZEN,
  leesBlad,
  leesDatumStijlen,
  leesGedeeldeTeksten,
} from "./cellen";
import { XlsxFout, ZipFout } from "./fouten";
import { MaakInflater, pakoInflater } from "./inflate";
import { REDENEN, vulIn } from "./redenen";
import { Onderdelen, Teller, attribuut, leesXml } from "./xml";
import {
  ByteBron,
  ZipItem,
  beoordeelZip,
  beschrijfOle,
  leesCentraleMap,
  leesOpgeslagenItem,
} from "./zip";

/** What the reader takes at most, whatever the door. Each limit is refused with a Dutch reason. */
export const XLSX_GRENZEN = {
  /** Inflated bytes of all parts together, counted while inflating. */
  uitgepakt: 1024 * 1024 * 1024,
  /** XML nesting depth (a worksheet needs about 6). */
  diepte: 64,
  ...CEL_GRENZEN,
};

export interface LeesOpties {
  /** The file's name, for its extension: an .ods or .docx is refused even when it is a zip. */
  naam: string;
  /** How deflated parts are inflated: pako unless the door has its own (the CLI: node:zlib). */
  inflater?: MaakInflater;
}

const MAGIC_ZIP = [0x50, 0x4b, 0x03, 0x04];
const MAGIC_OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads every worksheet of an xlsx file as a grid (row 1 = index 0, column A = index 0),
 * with each sheet's visibility and hidden rows. Every refusal is an XlsxFout whose `reden`
 * is a Dutch sentence without the file name.
 */
export async function leesXlsxBron(bron: ByteBron, opties: LeesOpties): Promise<WerkmapInvoer[]> {
  try {
    return await leesWerkmap(bron, opties);
  } catch (e) {
    if (e instanceof XlsxFout) throw e;
    if (e instanceof ZipFout) throw new XlsxFout(REDENEN.beschadigd);
    if (e instanceof RangeError) throw new XlsxFout(REDENEN.teGrootOmTeLezen);
    throw e;
  }
}

/** The zip's items, judged; refuses what is not an xlsx before anything is inflated. */
async function leesInhoudsopgave(bron: ByteBron, naam: string): Promise<ZipItem[]> {
  if (bron.grootte === 0) throw new XlsxFout(REDENEN.leeg);
  const kop = await bron.lees(0, Math.min(8, bron.grootte));
  if (kop.length === 0) throw new XlsxFout(REDENEN.leeg);
  // .xls, or an xlsx encrypted with a password: told apart by the OLE directory (zip.ts).
  if (begintMet(kop, MAGIC_OLE)) throw new XlsxFout(await beschrijfOle(bron));
  if (!begintMet(kop, MAGIC_ZIP)) throw new XlsxFout(REDENEN.geenZip);
  let items: ZipItem[];
  try {
    items = await leesCentraleMap(bron);
  } catch (e) {
    if (e instanceof ZipFout) throw new XlsxFout(e.message);
    throw e;
  }
  const mimeItem = items.find((i) => i.naam === "mimetype");
  const mimetype = mimeItem ? await leesOpgeslagenItem(bron, mimeItem) : undefined;
  const zipReden = beoordeelZip(items, mimetype);
  if (zipReden) throw new XlsxFout(zipReden);
  if (/\.(ods|odt|docx|pptx|zip)$/i.test(naam)) throw new XlsxFout(REDENEN.geenXlsxNaam);
  return items;
}

type Zichtbaarheid = NonNullable<WerkmapInvoer["zichtbaarheid"]>;

interface Blad {
  naam: string;
  pad: string;
  zichtbaarheid: Zichtbaarheid;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function doelPad(basis: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = basis.split("/").slice(0, -1);
  for (const deel of doel.split("/")) {
    if (deel === "..") delen.pop();
    else if (deel !== "." && deel !== "") delen.push(deel);
  }
  return delen.join("/");
}

/** The workbook part: sheet names, visibility and parts, and the date system. */
async function leesBladen(
  o: Onderdelen,
  item: (pad: string) => ZipItem | undefined
): Promise<{ bladen: Blad[]; datum1904: boolean }> {
  const refs: { naam: string; id: string; zichtbaarheid: Zichtbaarheid }[] = [];
  let datum1904 = false;
  await leesXml(o, item("xl/workbook.xml")!, {
    open(n, tag) {
      if (n === "workbookPr") {
        const d = attribuut(tag, "date1904");
        datum1904 = d === "1" || d === "true";
      } else if (n === "sheet") {
        const staat = attribuut(tag, "state");
        refs.push({
          naam: attribuut(tag, "name") ?? `Blad${refs.length + 1}`,
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
    await leesXml(o, relsItem, {
      open(n, tag) {
        if (n !== "Relationship") return;
        const id = attribuut(tag, "Id");
        const doel = attribuut(tag, "Target");
        if (id && doel) doelen.set(id, doelPad("xl/workbook.xml", doel));
      },
      sluit() {},
      tekst() {},
    });
  const bladen = refs.map((b, i) => ({
    naam: b.naam,
    zichtbaarheid: b.zichtbaarheid,
    pad: doelen.get(b.id) ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  return { bladen, datum1904 };
}

async function leesWerkmap(bron: ByteBron, opties: LeesOpties): Promise<WerkmapInvoer[]> {
  const items = await leesInhoudsopgave(bron, opties.naam);
  const perNaam = new Map<string, ZipItem>();
  for (const i of items) perNaam.set(i.naam.replace(/^\/+/, "").toLowerCase(), i);
  const item = (p: string) => perNaam.get(p.toLowerCase());
  const o: Onderdelen = {
    bron,
    inflater: opties.inflater ?? pakoInflater,
    teller: new Teller(XLSX_GRENZEN.uitgepakt),
    diepte: XLSX_GRENZEN.diepte,
  };

  const { bladen, datum1904 } = await leesBladen(o, item);
  const sstItem = item("xl/sharedStrings.xml");
  const stijlItem = item("xl/styles.xml");
  let cellen = 0;
  const ctx: BladContext = {
    teksten: sstItem ? await leesGedeeldeTeksten(o, sstItem) : [],
    datumStijlen: stijlItem ? await leesDatumStijlen(o, stijlItem) : [],
    datum1904,
    telCel() {
      if (++cellen > XLSX_GRENZEN.cellen)
        throw new XlsxFout(
          vulIn("teVeelCellen", { grens: XLSX_GRENZEN.cellen.toLocaleString("nl-NL") })
        );
    },
  };

  const uit: WerkmapInvoer[] = [];
  for (const blad of bladen) {
    const bladItem = item(blad.pad);
    const { raster, verborgenRijen } = bladItem
      ? await leesBlad(o, bladItem, blad.naam, ctx)
      : { raster: [], verborgenRijen: [] };
    for (let i = 0; i < raster.length; i++) raster[i] ??= [];
    const invoer: WerkmapInvoer = { naam: blad.naam, raster };
    if (blad.zichtbaarheid !== "zichtbaar") invoer.zichtbaarheid = blad.zichtbaarheid;
    if (verborgenRijen.length) invoer.verborgenRijen = verborgenRijen;
    uit.push(invoer);
  }
  if (uit.length === 0) throw new XlsxFout(REDENEN.geenBladen);
  return uit;
}
