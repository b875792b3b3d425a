/**
 * The CLI's door to the bounded xlsx reader (src/xlsx/): only regular files are opened
 * (no directories, pipes, sockets or devices), with a size cap; the bytes are read from
 * the file in ranges as the reader asks for them, and parts are inflated with node:zlib.
 * Everything else (the zip's judgement, counted inflating, bounded XML, sparse cells, the
 * Dutch reasons) is the same code the task pane uses.
 */
import { constants as fsc, promises as fs } from "fs";
import * as path from "path";
import { WerkmapInvoer } from "../planlijst";
import { REDENEN, XLSX_GRENZEN, XlsxFout, leesXlsxBron, megabytes, vulIn } from "../xlsx";
import { bestandBron, zlibInflater } from "./zip";

/** The input could not be checked (exit code 2). The message is a one-line Dutch reason. */
export class InvoerFout extends Error {}

/**
 * What the CLI reads at most: the file's size on disk, and the reader's own limits, the
 * same in every door (src/xlsx/lezen.ts). Each is refused with a Dutch reason
 * (docs/benchmarks.md).
 */
export const LEES_GRENZEN = {
  bestand: 256 * 1024 * 1024,
  ...XLSX_GRENZEN,
};

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
      `${naam}: ${vulIn("teGroot", { grootte: megabytes(st.size), grens: megabytes(maxGrootte) })}.`
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

/** Reads every worksheet of an xlsx file as a grid (row 1 = index 0, column A = index 0). */
export async function leesXlsx(bestand: string): Promise<WerkmapInvoer[]> {
  const naam = path.basename(bestand);
  const { fh, grootte } = await openGewoonBestand(bestand, naam);
  try {
    return await leesXlsxBron(bestandBron(fh, grootte), { naam, inflater: zlibInflater });
  } catch (e) {
    if (e instanceof XlsxFout) throw new InvoerFout(`${naam}: ${e.reden}.`);
    throw e;
  } finally {
    await fh.close();
  }
}
