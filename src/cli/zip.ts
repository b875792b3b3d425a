/**
 * The CLI's side of the zip reader (src/xlsx/zip.ts): a file's bytes read in ranges
 * through a file handle, and parts inflated with node:zlib behind the reader's Inflater
 * interface (native, so faster than pako on large sheets; see docs/benchmarks.md).
 */
import { promises as fs } from "fs";
import * as zlib from "zlib";
import { ByteBron, INFLATE_STUK, Inflater, MaakInflater, ZipFout } from "../xlsx";

export {
  ZIP_GRENZEN,
  beoordeelZip,
  oleNamen,
  oleSoort,
  type OleSoort,
  type ZipItem,
} from "../xlsx/zip";

/** The bytes of an open file, read where the reader asks (never the whole file at once). */
export function bestandBron(fh: fs.FileHandle, grootte: number): ByteBron {
  return {
    grootte,
    async lees(positie, lengte) {
      const buf = Buffer.alloc(Math.max(0, Math.min(lengte, grootte - positie)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, positie);
      return buf.subarray(0, bytesRead);
    },
  };
}

/**
 * node:zlib's raw inflate stream as an Inflater: chunks of INFLATE_STUK bytes go to `uit`
 * as they come; what `uit` throws destroys the stream and is rethrown from the next
 * `schrijf` or from `einde`; damaged data is a ZipFout.
 */
export const zlibInflater: MaakInflater = (uit): Inflater => {
  const z = zlib.createInflateRaw({ chunkSize: INFLATE_STUK });
  let fout: unknown;
  z.on("data", (stuk: Buffer) => {
    if (fout !== undefined) return;
    try {
      uit(stuk);
    } catch (e) {
      fout = e;
      z.destroy();
    }
  });
  const klaar = new Promise<void>((resolve) => {
    z.on("end", resolve);
    z.on("close", resolve);
    z.on("error", () => {
      fout ??= new ZipFout("");
      resolve();
    });
  });
  const controleer = () => {
    if (fout !== undefined) throw fout;
  };
  return {
    async schrijf(blok) {
      controleer();
      if (!z.write(blok))
        await new Promise<void>((r) => {
          const verder = () => {
            z.off("drain", verder).off("close", verder);
            r();
          };
          z.on("drain", verder).on("close", verder);
        });
      controleer();
    },
    async einde() {
      controleer();
      z.end();
      await klaar;
      controleer();
    },
    sluit() {
      if (!z.destroyed) z.destroy();
    },
  };
};
