/**
 * Little-endian integers and the few text encodings a zip or OLE directory uses, over a
 * plain Uint8Array: what Node's Buffer methods did, without Node. Reads past the end throw
 * a RangeError, as Buffer's do.
 */

function binnen(b: Uint8Array, p: number, n: number): void {
  if (!(p >= 0 && p + n <= b.length)) throw new RangeError(`positie ${p} buiten ${b.length}`);
}

export function u16(b: Uint8Array, p: number): number {
  binnen(b, p, 2);
  return b[p] | (b[p + 1] << 8);
}

export function u32(b: Uint8Array, p: number): number {
  binnen(b, p, 4);
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
}

/** A 64-bit value as a number (exact up to 2^53, far beyond any file this reads). */
export function u64(b: Uint8Array, p: number): number {
  return u32(b, p) + u32(b, p + 4) * 0x100000000;
}

/** Bytes as ISO-8859-1 (each byte one character), as Buffer's "latin1". */
export function latin1(b: Uint8Array, van = 0, tot = b.length): string {
  let uit = "";
  for (let p = van; p < tot; p += 8192)
    uit += String.fromCharCode(...b.subarray(p, Math.min(tot, p + 8192)));
  return uit;
}

/** Bytes as UTF-16LE code units, as Buffer's "utf16le". */
export function utf16le(b: Uint8Array, van: number, tot: number): string {
  let uit = "";
  for (let p = van; p + 1 < tot; p += 2) uit += String.fromCharCode(u16(b, p));
  return uit;
}

/** Bytes as UTF-8; invalid sequences become U+FFFD, as Buffer's "utf8". */
export function utf8(b: Uint8Array, van = 0, tot = b.length): string {
  return new TextDecoder("utf-8").decode(b.subarray(van, tot));
}

/** Whether `b` starts with the bytes of `kop`. */
export function begintMet(b: Uint8Array, kop: readonly number[]): boolean {
  return b.length >= kop.length && kop.every((x, i) => b[i] === x);
}
