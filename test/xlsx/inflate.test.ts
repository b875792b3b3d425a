/**
 * One contract for both inflaters behind the reader's Inflater interface: pako (the task
 * pane, src/xlsx/inflate.ts) and node:zlib (the CLI, src/cli/zip.ts). Same bytes out for
 * any split of the input, damaged or truncated data is a ZipFout, and what the callback
 * throws stops the stream and comes out of it.
 */
import * as zlib from "zlib";
import fc from "fast-check";
import { zlibInflater } from "../../src/cli/zip";
import { INFLATE_STUK, MaakInflater, ZipFout, pakoInflater } from "../../src/xlsx";

async function inflateer(
  maak: MaakInflater,
  blokken: Uint8Array[],
  uit: (stuk: Uint8Array) => void = () => undefined
): Promise<Buffer> {
  const stukken: Buffer[] = [];
  const inflater = maak((stuk) => {
    uit(stuk);
    stukken.push(Buffer.from(stuk));
  });
  try {
    for (const b of blokken) await inflater.schrijf(b);
    await inflater.einde();
  } finally {
    inflater.sluit?.();
  }
  return Buffer.concat(stukken);
}

/** Splits `b` at the given cut points. */
function knip(b: Buffer, punten: number[]): Uint8Array[] {
  const p = [...new Set(punten.map((x) => x % (b.length + 1)))].sort((x, y) => x - y);
  const uit: Uint8Array[] = [];
  let van = 0;
  for (const q of [...p, b.length]) {
    uit.push(b.subarray(van, q));
    van = q;
  }
  return uit;
}

describe.each([
  ["pako", pakoInflater],
  ["node:zlib", zlibInflater],
])("%s", (_, maak) => {
  it("gives back what was deflated, however the input is split", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 5000 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (ruw, punten) => {
          const data = zlib.deflateRawSync(Buffer.from(ruw));
          expect(await inflateer(maak, knip(data, punten))).toEqual(Buffer.from(ruw));
        }
      ),
      { numRuns: 50 }
    );
  });

  it("hands out chunks of at most INFLATE_STUK bytes", async () => {
    const ruw = Buffer.alloc(1024 * 1024, "planlijst ");
    const groottes: number[] = [];
    const uit = await inflateer(maak, [zlib.deflateRawSync(ruw)], (s) => groottes.push(s.length));
    expect(uit.equals(ruw)).toBe(true);
    expect(Math.max(...groottes)).toBe(INFLATE_STUK);
  });

  it("a truncated stream is a ZipFout", async () => {
    const data = zlib.deflateRawSync(Buffer.alloc(200_000, "abc"));
    await expect(inflateer(maak, [data.subarray(0, data.length - 10)])).rejects.toBeInstanceOf(
      ZipFout
    );
  });

  it("bytes that are no deflate stream are a ZipFout", async () => {
    const rommel = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x13, 0x37, 0x00, 0x42]);
    await expect(inflateer(maak, [rommel])).rejects.toBeInstanceOf(ZipFout);
  });

  it("what the callback throws stops the stream at that chunk and comes out", async () => {
    const ruw = Buffer.alloc(8 * 1024 * 1024);
    const data = zlib.deflateRawSync(ruw);
    let gezien = 0;
    const stop = new Error("grens");
    await expect(
      inflateer(maak, knip(data, [100, 2000, 4000]), (s) => {
        gezien += s.length;
        if (gezien > 3 * INFLATE_STUK) throw stop;
      })
    ).rejects.toBe(stop);
    // The callback saw the chunk it threw on, and nothing after.
    expect(gezien).toBe(4 * INFLATE_STUK);
  });
});
