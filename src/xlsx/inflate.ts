/**
 * Inflating a zip part as a stream, a chunk at a time, so that the reader counts bytes as
 * they come out and can stop a zip bomb at the chunk where it passes a limit. One
 * interface, two implementations: pako (pure JavaScript, every browser and Office web
 * view) here, and node:zlib in the CLI door (src/cli/zip.ts).
 */
import { Inflate } from "pako";
import { ZipFout } from "./fouten";

/**
 * A raw-deflate stream. Inflated bytes go, in order, to the callback given when it was
 * made; what that callback throws is thrown (or rejected) from `schrijf` or `einde`.
 * Damaged or truncated data is a ZipFout.
 */
export interface Inflater {
  /** Feeds the next block of compressed bytes. */
  schrijf(blok: Uint8Array): void | Promise<void>;
  /** No more input: the rest comes out; a stream that has not ended is a ZipFout. */
  einde(): void | Promise<void>;
  /** Frees what the stream holds (after an error too). */
  sluit?(): void;
}

export type MaakInflater = (uit: (stuk: Uint8Array) => void) => Inflater;

/** Size of the chunks handed to the callback. */
export const INFLATE_STUK = 64 * 1024;

/** pako's streaming Inflate: synchronous, chunks of INFLATE_STUK bytes. */
export const pakoInflater: MaakInflater = (uit) => {
  const inflate = new Inflate({ raw: true, chunkSize: INFLATE_STUK });
  inflate.onData = uit;
  const controleer = () => {
    if (inflate.err) throw new ZipFout("");
  };
  return {
    schrijf(blok) {
      // pako reports an empty push as an error (no progress possible).
      if (blok.length === 0) return;
      inflate.push(blok, false);
      controleer();
    },
    einde() {
      inflate.push(new Uint8Array(0), true);
      controleer();
    },
  };
};
