/**
 * The byte helpers of the neutral reader (src/xlsx/bytes.ts) read what Node's Buffer reads,
 * without Buffer: checked against Buffer on random bytes and positions.
 */
import fc from "fast-check";
import { begintMet, latin1, u16, u32, u64, utf16le, utf8 } from "../../src/xlsx/bytes";

const bytes = fc.uint8Array({ minLength: 8, maxLength: 64 });

describe("little-endian integers", () => {
  it("u16, u32 and u64 give what Buffer's readers give", () => {
    fc.assert(
      fc.property(bytes, fc.nat(), (b, n) => {
        const buf = Buffer.from(b);
        const p = n % (b.length - 7);
        expect(u16(b, p)).toBe(buf.readUInt16LE(p));
        expect(u32(b, p)).toBe(buf.readUInt32LE(p));
        const groot = buf.readBigUInt64LE(p);
        if (groot <= BigInt(Number.MAX_SAFE_INTEGER)) expect(u64(b, p)).toBe(Number(groot));
      })
    );
  });

  it("u32 of 0xFFFFFFFF is positive (the ZIP64 marker), not -1", () => {
    expect(u32(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 0)).toBe(0xffffffff);
  });

  it("reads past the end throw a RangeError, as Buffer's do", () => {
    const b = new Uint8Array(4);
    expect(() => u32(b, 1)).toThrow(RangeError);
    expect(() => u16(b, -1)).toThrow(RangeError);
    expect(() => u64(b, 0)).toThrow(RangeError);
  });
});

describe("text", () => {
  it("latin1, utf16le and utf8 decode as Buffer does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const buf = Buffer.from(b);
        expect(latin1(b)).toBe(buf.toString("latin1"));
        expect(utf16le(b, 0, b.length)).toBe(buf.toString("utf16le", 0, b.length & ~1));
        expect(utf8(b)).toBe(buf.toString("utf8"));
      })
    );
  });

  it("latin1 handles long names in pieces (no argument-count overflow)", () => {
    const b = new Uint8Array(100_000).fill(0xe9);
    expect(latin1(b)).toBe("é".repeat(100_000));
  });
});

it("begintMet compares a prefix, and a shorter input never matches", () => {
  expect(begintMet(new Uint8Array([0x50, 0x4b, 3, 4, 9]), [0x50, 0x4b, 3, 4])).toBe(true);
  expect(begintMet(new Uint8Array([0x50, 0x4b, 3]), [0x50, 0x4b, 3, 4])).toBe(false);
  expect(begintMet(new Uint8Array([0x50, 0x4b, 3, 5]), [0x50, 0x4b, 3, 4])).toBe(false);
});
