/**
 * The task pane's door to the bounded xlsx reader (src/xlsx/): a workbook the user picked
 * with a file picker (e.g. the previous monitoring round) is read in the pane, from the
 * File's bytes, and never sent anywhere. The same code, limits and Dutch reasons as the
 * CLI; only the source of the bytes differs (Blob slices instead of file ranges) and the
 * size cap is lower, because the pane holds the result in the web view's memory.
 * No Office.js: this works on any File.
 */
import { WerkmapInvoer } from "../planlijst";
import { ByteBron, REDENEN, XlsxFout, leesXlsxBron, megabytes, vulIn } from "../xlsx";

/** The largest file the pane reads (a 20,000-plan list is under 2 MB). */
export const MAX_GEKOZEN_BESTAND = 50 * 1024 * 1024;

/**
 * A picked file the pane cannot read. `message` is "naam: reden." as the CLI says it;
 * `reden` is the Dutch sentence alone, for a UI that shows the name elsewhere.
 */
export class BestandFout extends Error {
  constructor(
    readonly reden: string,
    readonly naam: string,
    readonly oorzaak?: unknown
  ) {
    super(`${naam}: ${reden}.`);
    this.name = "BestandFout";
  }
}

/** A Blob's bytes, through FileReader (every Office web view has it; jsdom has no Blob.arrayBuffer). */
function leesBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => resolve(new Uint8Array(lezer.result as ArrayBuffer));
    lezer.onerror = () => reject(lezer.error);
    lezer.readAsArrayBuffer(blob);
  });
}

/** The File as a ByteBron: each read is a slice, so the file is never held twice. */
function blobBron(blob: Blob): ByteBron {
  return {
    grootte: blob.size,
    lees: (positie, lengte) => leesBlob(blob.slice(positie, positie + lengte)),
  };
}

/**
 * Reads every worksheet of a picked .xlsx file as a grid, as the CLI's `leesXlsx` does for
 * a path (the same WerkmapInvoer[]). Rejects with a BestandFout carrying a Dutch reason:
 * too large, not an xlsx, damaged, a zip bomb, or unreadable (the file changed or was
 * removed after it was picked).
 */
export async function leesGekozenBestand(bestand: File): Promise<WerkmapInvoer[]> {
  const naam = bestand.name;
  if (bestand.size > MAX_GEKOZEN_BESTAND)
    throw new BestandFout(
      vulIn("teGroot", {
        grootte: megabytes(bestand.size),
        grens: megabytes(MAX_GEKOZEN_BESTAND),
      }),
      naam
    );
  try {
    return await leesXlsxBron(blobBron(bestand), { naam });
  } catch (e) {
    if (e instanceof XlsxFout) throw new BestandFout(e.reden, naam, e);
    // FileReader's NotReadableError and the like: no English browser message for the user.
    throw new BestandFout(REDENEN.nietTeOpenen, naam, e);
  }
}
