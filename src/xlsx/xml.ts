/**
 * One zip part's XML, read with saxes one event at a time, bounded: every inflated byte is
 * counted against what the part declared and against the whole workbook's limit (a zip
 * bomb stops at the chunk that passes it), nesting deeper than the limit is refused, and
 * malformed XML is refused with a Dutch reason. Text is decoded with TextDecoder in
 * streaming mode (a character split over two chunks stays whole).
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import { XlsxFout, ZipFout } from "./fouten";
import { MaakInflater } from "./inflate";
import { vulIn } from "./redenen";
import { ByteBron, ZipItem, leesItem } from "./zip";

/** The local name of an element or attribute ("x:row" → "row"). */
export const lokaal = (naam: string): string => naam.slice(naam.indexOf(":") + 1);

/** An attribute by its local name (no prototype lookups: the keys come from the file). */
export function attribuut(tag: SaxesTagPlain, naam: string): string | undefined {
  const a = tag.attributes as Record<string, string>;
  if (Object.prototype.hasOwnProperty.call(a, naam)) return a[naam];
  for (const k of Object.keys(a)) if (lokaal(k) === naam) return a[k];
  return undefined;
}

/** What a part's reader does with the events (names are local names). */
export interface XmlLezer {
  open(naam: string, tag: SaxesTagPlain, diepte: number): void;
  sluit(naam: string, diepte: number): void;
  tekst(t: string): void;
}

export function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024)).toLocaleString("nl-NL")} MB`;
}

/** Counts inflated bytes over the whole workbook; throws when a part lies or the total is too large. */
export class Teller {
  totaal = 0;
  constructor(private readonly grens: number) {}
  tel(item: ZipItem, bytes: number, itemTotaal: number): void {
    this.totaal += bytes;
    if (itemTotaal > item.ongecomprimeerd)
      throw new XlsxFout(
        vulIn("liegtOverGrootte", {
          onderdeel: item.naam,
          grootte: megabytes(item.ongecomprimeerd),
        })
      );
    if (this.totaal > this.grens)
      throw new XlsxFout(vulIn("uitgepaktTeGroot", { grens: megabytes(this.grens) }));
  }
}

/** Where a workbook's parts come from, and how they are inflated and counted. */
export interface Onderdelen {
  bron: ByteBron;
  inflater: MaakInflater;
  teller: Teller;
  /** XML nesting depth allowed. */
  diepte: number;
}

/** Streams one part as text, inflating and counting as it goes. */
async function leesTekst(
  o: Onderdelen,
  item: ZipItem,
  verwerk: (tekst: string) => void
): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  let itemTotaal = 0;
  await leesItem(o.bron, item, o.inflater, (stuk) => {
    itemTotaal += stuk.length;
    o.teller.tel(item, stuk.length, itemTotaal);
    verwerk(decoder.decode(stuk, { stream: true }));
  });
  verwerk(decoder.decode());
}

/** Reads one part's XML; refuses depth beyond the limit and malformed XML. */
export async function leesXml(o: Onderdelen, item: ZipItem, lezer: XmlLezer): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let diepte = 0;
  let fout: unknown;
  parser.on("opentag", (tag) => {
    diepte++;
    if (diepte > o.diepte)
      throw new XlsxFout(vulIn("teDiep", { onderdeel: item.naam, grens: String(o.diepte) }));
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
    await leesTekst(o, item, schrijf);
    parser.close();
    if (fout) throw fout;
  } catch (e) {
    if (e instanceof XlsxFout || e instanceof ZipFout) throw e;
    throw new XlsxFout(vulIn("geenXml", { onderdeel: item.naam }));
  }
}
