/**
 * The CLI's output helpers: streamed JSON is byte for byte what JSON.stringify gives; terminal
 * text shows every control and bidi character escaped; --peildatum takes real dates only.
 */
import fc from "fast-check";
import { GebruikFout, leesPeildatum } from "../../src/cli/opties";
import { jsonDelen, veiligeRegel, veiligeTekst, veiligeUitvoer } from "../../src/cli/uitvoer";

describe("jsonDelen: JSON in pieces", () => {
  it("joins to exactly JSON.stringify(x, null, 2) for any JSON value, dates and undefined included", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect([...jsonDelen(x)].join("")).toBe(JSON.stringify(x, null, 2));
      }),
      { numRuns: 300, seed: 13 }
    );
    const metDatum = {
      a: new Date(Date.UTC(2026, 0, 2)),
      b: undefined,
      c: [undefined, 1, { d: [] }],
      e: {},
    };
    expect([...jsonDelen(metDatum)].join("")).toBe(JSON.stringify(metDatum, null, 2));
  });

  it("never holds the whole result in one piece: a 100,000-element array comes in small pieces", () => {
    const groot = { findings: Array.from({ length: 100000 }, (_, i) => ({ rule: "x", row: i })) };
    let grootste = 0;
    let n = 0;
    for (const deel of jsonDelen(groot)) {
      grootste = Math.max(grootste, deel.length);
      n++;
    }
    expect(grootste).toBeLessThan(100);
    expect(n).toBeGreaterThan(100000);
  });
});

describe("terminal text", () => {
  it("escapes C0, C1, DEL and bidi controls; leaves other text alone", () => {
    expect(veiligeTekst("a\u001b[2Jb\rc\nd\te\u007f\u0085\u202eZ\u2066é€")).toBe(
      "a\\e[2Jb\\rc\\nd\\te\\u{007F}\\u{0085}\\u{202E}Z\\u{2066}é€"
    );
  });
  it("keeps the report's own line breaks and colours, escapes everything else", () => {
    expect(veiligeUitvoer("\x1b[31mFOUT\x1b[0m\nX\x1b[2JY\r\n")).toBe(
      "\x1b[31mFOUT\x1b[0m\nX\\e[2JY\\r\n"
    );
  });
  it("one stderr line stays one line", () => {
    expect(veiligeRegel("woondeal-toets: a\nb.xlsx: leeg.\n")).toBe(
      "woondeal-toets: a\\nb.xlsx: leeg.\n"
    );
  });
});

describe("--peildatum", () => {
  it.each(["2026-01-01", "2024-02-29", "2030-12-31"])("accepts %s", (d) => {
    expect(leesPeildatum(d)).toBe(d);
  });
  it.each([
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "1-1-2026",
    "2026-1-1",
  ])("refuses %s", (d) => {
    expect(() => leesPeildatum(d)).toThrow(GebruikFout);
    expect(() => leesPeildatum(d)).toThrow(`--peildatum "${d}" is geen datum`);
  });
});
