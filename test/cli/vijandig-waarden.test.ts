/**
 * Linear parsers: long adversarial strings (runs of spaces, digits, separators, units) through
 * the number, year and count readers, the price and range reading of the planlijst reader and
 * the custom functions' arguments. Each call must stay far below a generous bound: the
 * quadratic expressions this replaced took seconds on a 32,767-character cell.
 */
import fc from "fast-check";
import { leesBlad } from "../../src/planlijst/lezer";
import {
  leesAantal,
  leesBedrag,
  leesGetal,
  leesJaar,
  leesPlanstatus,
  leesSegment,
} from "../../src/planlijst/waarden";
import { leesJaartal, leesPrijs } from "../../src/functions/argumenten";

/** Per call, on a loaded 2-core machine; a quadratic parser on 32,767 characters needs seconds. */
const GRENS_MS = 250;

const stukken = [
  " ",
  "  ",
  "\u00a0",
  "1",
  "12",
  "000",
  ".",
  ",",
  "-",
  "–",
  "€",
  "k",
  "ton",
  "(",
  ")",
  "2025",
  "/",
  "e",
  "tot",
  "p/m",
  "woningen",
  "'",
  "+",
  "q3",
  "\t",
];
const vijandig = fc
  .tuple(
    fc.array(fc.constantFrom(...stukken), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1000, max: 32767 }),
    fc.constantFrom("", "x", "1", "k", "€", ",-", "2025", "ton")
  )
  .map(([patroon, lengte, staart]) => {
    const eenheid = patroon.join("");
    return eenheid.repeat(Math.ceil(lengte / eenheid.length)).slice(0, lengte) + staart;
  });

function duur(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

describe("parsers stay linear on long adversarial text", () => {
  const lezers: [string, (t: string) => unknown][] = [
    ["leesGetal", leesGetal],
    ["leesAantal", leesAantal],
    ["leesBedrag", leesBedrag],
    ["leesJaar", leesJaar],
    ["leesSegment", leesSegment],
    ["leesPlanstatus", leesPlanstatus],
    ["BETAALBAAR/SEGMENT: leesPrijs", leesPrijs],
    ["functions: leesJaartal", (t) => leesJaartal(t)],
  ];
  it.each(lezers)("%s", (_, lees) => {
    fc.assert(
      fc.property(vijandig, (t) => {
        expect(duur(() => lees(t))).toBeLessThan(GRENS_MS);
      }),
      { numRuns: 40, seed: 13 }
    );
  });

  it("the worst cases measured before the fix: 32,767 spaces between digits and a unit", () => {
    for (const t of [
      `1${" ".repeat(32765)}k`,
      `1${" ".repeat(32765)}x`,
      `${" ".repeat(32766)}€`,
      `€${" ".repeat(32765)}1`,
      `2025${" ".repeat(32760)}+`,
      `${"1 - ".repeat(8000)}`,
    ]) {
      for (const [, lees] of lezers) expect(duur(() => lees(t))).toBeLessThan(GRENS_MS);
    }
  });

  it("the planlijst reader: a hundred 32,767-character price and count cells in well under a second each", () => {
    const lang = `€${" ".repeat(32760)}1 - 2`;
    const raster = [
      ["Projectnaam", "Aantal", "Koopprijs", "Opleverjaar"],
      ...Array.from({ length: 100 }, (_, i) => [`Plan ${i}`, lang, lang, lang]),
    ];
    const ms = duur(() => leesBlad("Planlijst", raster));
    expect(ms).toBeLessThan(100 * GRENS_MS);
  });

  it("a long text that is not a number says so in a short message", () => {
    const g = leesGetal(`${"9".repeat(5000)}x`);
    expect(g).toEqual({ ok: false, reden: `"${"9".repeat(59)}…" is geen getal` });
  });
});
