import { prijsgrenzen } from "../../src/deal/parameters";
import {
  HOOGSTE_MAANDHUUR,
  LAAGSTE_KOOPPRIJS,
  isBetaalbaar,
  segmentVanPrijs,
  soortVanBedrag,
} from "../../src/rules/segment";

const deal = prijsgrenzen();

describe("segmentVanPrijs: the deal's definitions (art. 1a, 1g)", () => {
  it.each([
    [355000, "koop", "betaalbare koop"],
    [355001, "koop", "dure koop"],
    [0, "koop", "betaalbare koop"],
    [763.47, "huur", "sociale huur"],
    [763.48, "huur", "middenhuur"],
    [1000, "huur", "middenhuur"],
    [1000.01, "huur", "dure huur"],
  ] as const)("art. 1a/1g: € %d %s is %s", (prijs, soort, segment) => {
    expect(segmentVanPrijs(prijs, soort, deal)).toBe(segment);
  });
  it("art. 1a: with the limits of 2026: koop up to € 420.000, sociale huur up to € 932,93, middenhuur up to € 1.228,07", () => {
    const g = prijsgrenzen(2026);
    expect(segmentVanPrijs(420000, "koop", g)).toBe("betaalbare koop");
    expect(segmentVanPrijs(420001, "koop", g)).toBe("dure koop");
    expect(segmentVanPrijs(932.93, "huur", g)).toBe("sociale huur");
    expect(segmentVanPrijs(932.94, "huur", g)).toBe("middenhuur");
    expect(segmentVanPrijs(1228.07, "huur", g)).toBe("middenhuur");
    expect(segmentVanPrijs(1228.08, "huur", g)).toBe("dure huur");
  });
});

describe("isBetaalbaar (art. 1a)", () => {
  it("art. 1a: koop ≤ € 355.000 and huur ≤ € 1.000 are affordable", () => {
    expect(isBetaalbaar(355000, "koop", deal)).toBe(true);
    expect(isBetaalbaar(355001, "koop", deal)).toBe(false);
    expect(isBetaalbaar(1000, "huur", deal)).toBe(true);
    expect(isBetaalbaar(1000.01, "huur", deal)).toBe(false);
  });
});

describe("soortVanBedrag: an amount without kind", () => {
  it("up to € 5.000 is a monthly rent, from € 20.000 a sale price, in between unknown", () => {
    expect(HOOGSTE_MAANDHUUR).toBe(5000);
    expect(LAAGSTE_KOOPPRIJS).toBe(20000);
    expect(soortVanBedrag(640)).toBe("huur");
    expect(soortVanBedrag(5000)).toBe("huur");
    expect(soortVanBedrag(5000.01)).toBeUndefined();
    expect(soortVanBedrag(19999)).toBeUndefined();
    expect(soortVanBedrag(20000)).toBe("koop");
    expect(soortVanBedrag(0)).toBeUndefined();
    expect(soortVanBedrag(-5)).toBeUndefined();
  });
});
