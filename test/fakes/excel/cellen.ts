/**
 * Cell-level helpers over the sheet model, shared by ranges, formats and validation: find or
 * make a cell, read and write per cell, clear an area, list the cells of several areas.
 */
import { BladModel, CelModel, Rechthoek, Waarde, ruimOp } from "../excel-model";
import { OfficeFout } from "./fout";

/** A sheet and areas on it: what a range, its format or its data validation works on. */
export type GebiedenDoel = { blad: BladModel; gebieden: Rechthoek[] };
export type Gebieden = () => GebiedenDoel;

export function celVan(blad: BladModel, r: number, c: number, maak: boolean): CelModel | undefined {
  let rij = blad.cellen[r];
  if (!rij) {
    if (!maak) return undefined;
    rij = blad.cellen[r] = {};
  }
  let cel = rij[c];
  if (!cel && maak) cel = rij[c] = {};
  return cel;
}

export function leesWaarden(blad: BladModel, g: Rechthoek): Waarde[][] {
  const uit: Waarde[][] = [];
  for (let i = 0; i < g.rijen; i++) {
    const rij = blad.cellen[g.r + i];
    const r: Waarde[] = new Array(g.kolommen);
    for (let j = 0; j < g.kolommen; j++) r[j] = rij?.[g.c + j]?.waarde ?? "";
    uit.push(r);
  }
  return uit;
}

export function geldig(g: Rechthoek): Rechthoek {
  if (
    g.r < 0 ||
    g.c < 0 ||
    g.rijen < 1 ||
    g.kolommen < 1 ||
    g.r + g.rijen > 1048576 ||
    g.c + g.kolommen > 16384
  ) {
    throw new OfficeFout(
      "InvalidArgument",
      `The range (${g.r},${g.c},${g.rijen}×${g.kolommen}) is outside the sheet.`
    );
  }
  return g;
}

export function wisGebied(blad: BladModel, g: Rechthoek, wat: string) {
  for (const r of Object.keys(blad.cellen).map(Number)) {
    if (r < g.r || r >= g.r + g.rijen) continue;
    for (const c of Object.keys(blad.cellen[r]).map(Number)) {
      if (c < g.c || c >= g.c + g.kolommen) continue;
      const cel = blad.cellen[r][c];
      if (wat === "All" || wat === "Contents") {
        delete cel.waarde;
        delete cel.formule;
      }
      if (wat === "All" || wat === "Formats") {
        delete cel.opmaak;
        delete cel.getalnotatie;
      }
      if (wat === "All" || wat === "Hyperlinks" || wat === "RemoveHyperlinks") delete cel.hyperlink;
      ruimOp(blad, r, c);
    }
  }
}

export function perCel<T>(blad: BladModel, g: Rechthoek, f: (c: CelModel | undefined) => T): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < g.rijen; i++) {
    const rij = blad.cellen[g.r + i];
    const r: T[] = [];
    for (let j = 0; j < g.kolommen; j++) r.push(f(rij?.[g.c + j]));
    uit.push(r);
  }
  return uit;
}

export function perCelSchrijf(
  blad: BladModel,
  g: Rechthoek,
  v: unknown,
  f: (cel: CelModel, x: unknown) => void
) {
  for (let i = 0; i < g.rijen; i++)
    for (let j = 0; j < g.kolommen; j++) {
      const x = Array.isArray(v) ? (v as unknown[][])[i]?.[j] : v;
      if (x === null || x === undefined) continue;
      f(celVan(blad, g.r + i, g.c + j, true)!, x);
      ruimOp(blad, g.r + i, g.c + j);
    }
}

export function cellenVan(gebieden: Rechthoek[]): [number, number][] {
  const uit: [number, number][] = [];
  const gezien = new Set<string>();
  for (const g of gebieden)
    for (let i = 0; i < g.rijen; i++)
      for (let j = 0; j < g.kolommen; j++) {
        const k = `${g.r + i},${g.c + j}`;
        if (gezien.has(k)) continue;
        gezien.add(k);
        uit.push([g.r + i, g.c + j]);
      }
  return uit;
}

export function eenheid<T>(lijst: T[]): T | null {
  const eerste = JSON.stringify(lijst[0]);
  return lijst.every((x) => JSON.stringify(x) === eerste) ? lijst[0] : null;
}
