/**
 * Looks inside a file before anything is inflated: reads a zip's central directory
 * (the table of contents at the end of the file) or an OLE compound file's directory
 * (old .xls, and what Excel makes of an xlsx with a password), from their headers only.
 * Refuses, with a one-line Dutch reason, what the reader should never inflate:
 * truncated zips, zip bombs (absurd declared sizes or compression ratios), encrypted
 * entries, OpenDocument and other Office files, binary workbooks. Then streams one part
 * at a time through an Inflater (src/xlsx/inflate.ts).
 *
 * The sizes checked are the ones the zip declares. A part that inflates past what it
 * declares is stopped while inflating, at that chunk (src/xlsx/lezen.ts counts them).
 *
 * Platform-neutral: the bytes come from a ByteBron (a file in the CLI, a File or a
 * Uint8Array in the task pane); no Node, no DOM.
 */
import { latin1, u16, u32, u64, utf16le, utf8 } from "./bytes";
import { ZipFout } from "./fouten";
import { Inflater, MaakInflater } from "./inflate";

export { ZipFout };

/**
 * Random access to the bytes of one file. `lees` returns exactly `lengte` bytes from
 * `positie` (never more; fewer, or a rejection, when the file is shorter or unreadable).
 */
export interface ByteBron {
  readonly grootte: number;
  lees(positie: number, lengte: number): Promise<Uint8Array>;
}

/** A ByteBron over bytes already in memory. */
export function geheugenBron(bytes: Uint8Array): ByteBron {
  return {
    grootte: bytes.length,
    lees: async (positie, lengte) =>
      bytes.subarray(Math.max(0, positie), Math.max(0, Math.min(bytes.length, positie + lengte))),
  };
}

export interface ZipItem {
  naam: string;
  /** 0 = stored, 8 = deflate. */
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  ongecomprimeerd: number;
  /** Offset of the item's local header. */
  lokaleKop: number;
}

/** Limits of what a planlijst workbook may unpack to. */
export const ZIP_GRENZEN = {
  /** Declared uncompressed size of all items together. */
  totaal: 1024 * 1024 * 1024,
  /** An item at least this large (uncompressed) … */
  grootItem: 50 * 1024 * 1024,
  /** … may not be compressed more than this (spreadsheet XML: typically 5–30). */
  verhouding: 200,
  /** Deflate cannot compress more than about 1:1032; a larger declared ratio is a lie. */
  onmogelijkeVerhouding: 1100,
  items: 20000,
  centraleMap: 64 * 1024 * 1024,
};

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CENTRAAL = 0x02014b50;
const SIG_LOKAAL = 0x04034b50;

const ONVOLLEDIG =
  "het bestand is beschadigd of onvolledig: de inhoudsopgave van de zip ontbreekt of klopt niet (afgebroken download of kopie?)";

/** Exactly `lengte` bytes at `positie`, or ZipFout(reden) when the file has not got them. */
export async function leesPrecies(
  bron: ByteBron,
  positie: number,
  lengte: number,
  reden = ONVOLLEDIG
): Promise<Uint8Array> {
  if (!(positie >= 0 && lengte >= 0 && positie + lengte <= bron.grootte)) throw new ZipFout(reden);
  const bytes = await bron.lees(positie, lengte);
  if (bytes.length !== lengte) throw new ZipFout(reden);
  return bytes;
}

/** Where the central directory is and how many entries it holds (from the end record). */
interface MapLigging {
  aantal: number;
  mapGrootte: number;
  mapPositie: number;
}

/** Finds the end record (and the ZIP64 end record when the fields overflow) and checks it. */
async function leesEindRecord(bron: ByteBron): Promise<MapLigging> {
  const grootte = bron.grootte;
  const lees = (positie: number, lengte: number) => leesPrecies(bron, positie, lengte);
  if (grootte < 22) throw new ZipFout(ONVOLLEDIG);
  const staartLengte = Math.min(grootte, 22 + 65535);
  const staart = await lees(grootte - staartLengte, staartLengte);
  let eocd = -1;
  for (let i = staart.length - 22; i >= 0; i--) {
    if (u32(staart, i) === SIG_EOCD && i + 22 + u16(staart, i + 20) <= staart.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFout(ONVOLLEDIG);
  const eocdPositie = grootte - staartLengte + eocd;
  if (u16(staart, eocd + 4) !== 0 || u16(staart, eocd + 6) !== 0) {
    throw new ZipFout(
      "het bestand is een gesplitst zip-archief (meerdere delen); dat is geen Excel-werkmap"
    );
  }
  let aantal = u16(staart, eocd + 10);
  let mapGrootte = u32(staart, eocd + 12);
  let mapPositie = u32(staart, eocd + 16);
  if (aantal === 0xffff || mapGrootte === 0xffffffff || mapPositie === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points at the zip64 end record.
    const locator = await lees(eocdPositie - 20, 20);
    if (u32(locator, 0) !== SIG_LOC64) throw new ZipFout(ONVOLLEDIG);
    const eind64 = await lees(u64(locator, 8), 56);
    if (u32(eind64, 0) !== SIG_EOCD64) throw new ZipFout(ONVOLLEDIG);
    aantal = u64(eind64, 32);
    mapGrootte = u64(eind64, 40);
    mapPositie = u64(eind64, 48);
  }
  if (aantal > ZIP_GRENZEN.items) {
    throw new ZipFout(
      `het bestand bevat ${aantal} onderdelen; dat is geen gewone Excel-werkmap en wordt niet geopend`
    );
  }
  if (mapGrootte > ZIP_GRENZEN.centraleMap || mapPositie + mapGrootte > grootte)
    throw new ZipFout(ONVOLLEDIG);
  return { aantal, mapGrootte, mapPositie };
}

/** One central-directory entry at `p`, and where the next one starts. */
function leesMapItem(
  map: Uint8Array,
  p: number,
  mapPositie: number
): { item: ZipItem; volgende: number } {
  if (p + 46 > map.length || u32(map, p) !== SIG_CENTRAAL) throw new ZipFout(ONVOLLEDIG);
  const vlaggen = u16(map, p + 8);
  const methode = u16(map, p + 10);
  let gecomprimeerd = u32(map, p + 20);
  let ongecomprimeerd = u32(map, p + 24);
  const naamLengte = u16(map, p + 28);
  const extraLengte = u16(map, p + 30);
  const commentaarLengte = u16(map, p + 32);
  let lokaleKop = u32(map, p + 42);
  const naamEind = p + 46 + naamLengte;
  const extraEind = naamEind + extraLengte;
  if (extraEind + commentaarLengte > map.length) throw new ZipFout(ONVOLLEDIG);
  const naam = (vlaggen & 0x800 ? utf8 : latin1)(map, p + 46, naamEind);
  // ZIP64 extra field: the 64-bit values of the fields that hold 0xFFFFFFFF, in this order.
  for (let e = naamEind; e + 4 <= extraEind;) {
    const id = u16(map, e);
    const lengte = u16(map, e + 2);
    if (id === 0x0001) {
      let q = e + 4;
      const eind = Math.min(e + 4 + lengte, extraEind);
      if (ongecomprimeerd === 0xffffffff && q + 8 <= eind)
        ((ongecomprimeerd = u64(map, q)), (q += 8));
      if (gecomprimeerd === 0xffffffff && q + 8 <= eind) ((gecomprimeerd = u64(map, q)), (q += 8));
      if (lokaleKop === 0xffffffff && q + 8 <= eind) lokaleKop = u64(map, q);
    }
    e += 4 + lengte;
  }
  if (lokaleKop + 30 > mapPositie) throw new ZipFout(ONVOLLEDIG);
  const item: ZipItem = {
    naam,
    methode,
    versleuteld: (vlaggen & 1) === 1,
    gecomprimeerd,
    ongecomprimeerd,
    lokaleKop,
  };
  return { item, volgende: extraEind + commentaarLengte };
}

/** Reads the central directory. Throws ZipFout for a truncated or damaged zip. */
export async function leesCentraleMap(bron: ByteBron): Promise<ZipItem[]> {
  const { aantal, mapGrootte, mapPositie } = await leesEindRecord(bron);
  const map = await leesPrecies(bron, mapPositie, mapGrootte);
  const items: ZipItem[] = [];
  let p = 0;
  for (let n = 0; n < aantal; n++) {
    const { item, volgende } = leesMapItem(map, p, mapPositie);
    items.push(item);
    p = volgende;
  }
  return items;
}

/** Where an item's data starts: after its local header. ZipFout when that header is not there. */
async function dataStart(bron: ByteBron, item: ZipItem): Promise<number> {
  const kop = await leesPrecies(bron, item.lokaleKop, 30, "");
  if (u32(kop, 0) !== SIG_LOKAAL) throw new ZipFout("");
  const start = item.lokaleKop + 30 + u16(kop, 26) + u16(kop, 28);
  if (start + item.gecomprimeerd > bron.grootte) throw new ZipFout("");
  return start;
}

/** The content of a small stored (uncompressed) item, e.g. OpenDocument's `mimetype`. */
export async function leesOpgeslagenItem(
  bron: ByteBron,
  item: ZipItem,
  max = 256
): Promise<string | undefined> {
  if (item.methode !== 0 || item.versleuteld || item.gecomprimeerd > max) return undefined;
  try {
    const start = await dataStart(bron, item);
    return latin1(await leesPrecies(bron, start, item.gecomprimeerd, ""));
  } catch (e) {
    if (e instanceof ZipFout) return undefined;
    throw e;
  }
}

/** Compressed bytes are read in blocks of this size. */
const BLOK = 256 * 1024;

/**
 * Streams one item's content to `uit`, inflated, in order, a chunk at a time (what `uit`
 * throws stops the stream at that chunk and is thrown from here). ZipFout("") when the
 * item's header or data is damaged or missing.
 */
export async function leesItem(
  bron: ByteBron,
  item: ZipItem,
  maakInflater: MaakInflater,
  uit: (stuk: Uint8Array) => void
): Promise<void> {
  const start = await dataStart(bron, item);
  const blok = (p: number) =>
    leesPrecies(bron, start + p, Math.min(BLOK, item.gecomprimeerd - p), "");
  if (item.methode === 0) {
    for (let p = 0; p < item.gecomprimeerd; p += BLOK) uit(await blok(p));
    return;
  }
  const inflater: Inflater = maakInflater(uit);
  try {
    for (let p = 0; p < item.gecomprimeerd; p += BLOK) await inflater.schrijf(await blok(p));
    await inflater.einde();
  } finally {
    inflater.sluit?.();
  }
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 1024
    ? `${(mb / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} GB`
    : `${Math.round(mb).toLocaleString("nl-NL")} MB`;
}

/**
 * Judges a zip's table of contents: undefined when it looks like an xlsx workbook the reader
 * may open, else the Dutch reason to refuse it. `mimetype` is the content of the item of
 * that name (OpenDocument files start with it).
 */
export function beoordeelZip(items: ZipItem[], mimetype?: string): string | undefined {
  const namen = new Set(items.map((i) => i.naam.replace(/^\/+/, "")));
  if (mimetype !== undefined && /^application\/vnd\.oasis\.opendocument\./.test(mimetype.trim())) {
    return /spreadsheet/.test(mimetype)
      ? "dit is een OpenDocument-rekenblad (.ods, bijvoorbeeld uit LibreOffice); open het en sla het op als Excel-werkmap (.xlsx)"
      : "dit is een OpenDocument-bestand, geen Excel-werkmap (.xlsx)";
  }
  if (items.some((i) => i.versleuteld)) {
    return "het bestand bevat met een wachtwoord versleutelde onderdelen; sla het op zonder wachtwoord als Excel-werkmap (.xlsx)";
  }
  let totaal = 0;
  for (const i of items) {
    totaal += i.ongecomprimeerd;
    const verhouding = i.ongecomprimeerd / Math.max(i.gecomprimeerd, 1);
    const onmogelijk =
      i.methode === 8 &&
      verhouding > ZIP_GRENZEN.onmogelijkeVerhouding &&
      i.ongecomprimeerd > 1024 * 1024;
    const absurd =
      i.ongecomprimeerd >= ZIP_GRENZEN.grootItem && verhouding > ZIP_GRENZEN.verhouding;
    if (onmogelijk || absurd) {
      return `onderdeel ${i.naam} pakt uit tot ${megabytes(i.ongecomprimeerd)} uit ${megabytes(i.gecomprimeerd).replace(/^0 MB$/, "minder dan 1 MB")} (1 op ${Math.round(verhouding).toLocaleString("nl-NL")}); zo comprimeert geen planlijst, het bestand wordt niet geopend (mogelijk een zip-bom)`;
    }
    if (i.methode !== 0 && i.methode !== 8) {
      return `onderdeel ${i.naam} gebruikt een compressiemethode (${i.methode}) die Excel niet schrijft; sla het bestand opnieuw op in Excel als .xlsx`;
    }
  }
  if (totaal > ZIP_GRENZEN.totaal) {
    return `het bestand pakt uit tot ${megabytes(totaal)}; dat is meer dan ${megabytes(ZIP_GRENZEN.totaal)} en geen gewone planlijst, het wordt niet geopend (mogelijk een zip-bom)`;
  }
  if (namen.has("xl/workbook.xml")) return undefined;
  if (namen.has("xl/workbook.bin"))
    return "dit is een binaire Excel-werkmap (.xlsb); open het in Excel en sla het op als Excel-werkmap (.xlsx)";
  if (namen.has("word/document.xml")) return "dit is een Word-document, geen Excel-werkmap (.xlsx)";
  if (namen.has("ppt/presentation.xml"))
    return "dit is een PowerPoint-presentatie, geen Excel-werkmap (.xlsx)";
  if (namen.has("EncryptedPackage"))
    return "het bestand is met een wachtwoord beveiligd; sla het op zonder wachtwoord als Excel-werkmap (.xlsx)";
  return "dit is een zip-bestand zonder Excel-werkmap erin; open het bestand in Excel en sla het op als Excel-werkmap (.xlsx)";
}

// ---------------------------------------------------------------------------------------
// OLE compound files (Microsoft's "structured storage"): .xls, .doc, and encrypted xlsx.

const VRIJ = 0xffffffff;
const EINDE = 0xfffffffe;
const MAX_OLE = 256 * 1024 * 1024;

export type OleSoort = "versleuteld" | "xls" | "anders";

/** The names in an OLE compound file's directory (streams and storages). Undefined when damaged. */
export function oleNamen(buf: Uint8Array): string[] | undefined {
  if (buf.length < 512) return undefined;
  const shift = u16(buf, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sector = 1 << shift;
  const perSector = sector / 4;
  const sectorPositie = (s: number) => (s + 1) * sector;
  // The FAT's sectors: 109 in the header, more in a DIFAT chain.
  const fatSectoren: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(buf, 0x4c + i * 4);
    if (s !== VRIJ) fatSectoren.push(s);
  }
  let difat = u32(buf, 0x44);
  for (let stappen = 0; difat !== EINDE && difat !== VRIJ && stappen < 10000; stappen++) {
    const pos = sectorPositie(difat);
    if (pos + sector > buf.length) return undefined;
    for (let i = 0; i < perSector - 1; i++) {
      const s = u32(buf, pos + i * 4);
      if (s !== VRIJ) fatSectoren.push(s);
    }
    difat = u32(buf, pos + sector - 4);
  }
  const volgende = (s: number): number | undefined => {
    const fatSector = fatSectoren[Math.floor(s / perSector)];
    if (fatSector === undefined) return undefined;
    const pos = sectorPositie(fatSector) + (s % perSector) * 4;
    return pos + 4 <= buf.length ? u32(buf, pos) : undefined;
  };
  const namen: string[] = [];
  const gezien = new Set<number>();
  let s: number | undefined = u32(buf, 0x30);
  while (s !== undefined && s !== EINDE && !gezien.has(s) && gezien.size < 100000) {
    gezien.add(s);
    const pos = sectorPositie(s);
    if (pos + sector > buf.length) return undefined;
    for (let e = 0; e < sector; e += 128) {
      const lengte = u16(buf, pos + e + 64);
      const soort = buf[pos + e + 66];
      if (soort === 0 || lengte < 2 || lengte > 64) continue;
      namen.push(utf16le(buf, pos + e, pos + e + lengte - 2));
    }
    s = volgende(s);
  }
  return s === EINDE ? namen : undefined;
}

export function oleSoort(namen: string[]): OleSoort {
  const set = new Set(namen);
  if (set.has("EncryptionInfo") || set.has("EncryptedPackage")) return "versleuteld";
  if (set.has("Workbook") || set.has("Book")) return "xls";
  return "anders";
}

/** The Dutch reason to refuse an OLE compound file (without the file name). */
export async function beschrijfOle(bron: ByteBron): Promise<string> {
  const algemeen =
    "dit is een oud .xls-bestand of een met wachtwoord beveiligd bestand; bewaar het in Excel als .xlsx zonder wachtwoord";
  if (bron.grootte > MAX_OLE) return algemeen;
  const namen = oleNamen(await bron.lees(0, bron.grootte));
  if (!namen) return algemeen;
  switch (oleSoort(namen)) {
    case "versleuteld":
      return "het bestand is met een wachtwoord beveiligd (versleuteld); haal in Excel het wachtwoord weg (Bestand › Info › Werkmap beveiligen) en sla het op als .xlsx";
    case "xls":
      return "dit is een oud Excel-bestand (.xls, Excel 97-2003); open het in Excel en sla het op als Excel-werkmap (.xlsx)";
    default:
      return "dit is een ouder Office-bestand (geen Excel-werkmap); open het in Excel en sla het op als Excel-werkmap (.xlsx)";
  }
}
