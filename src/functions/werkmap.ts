/**
 * The one workbook source every OPGAVE and DEKKING formula shares in this runtime. Office.js
 * stays in src/excel/: `officePoort()` (src/excel/functiebron.ts) reads the workbook and
 * follows it through the workbook's one watcher, which the task pane shares.
 */
import { officePoort } from "../excel/functiebron";
import { volgBewaardeInstellingen } from "../excel/instellingen";
import { Onderdeel, WerkmapBron } from "./bron";

let bron: WerkmapBron | undefined;

/** The workbook source every OPGAVE and DEKKING formula shares. */
export function werkmapBron(): WerkmapBron {
  // The watcher already waits 500 ms for the user to stop typing; the source only gathers
  // what one batch of the watcher reports (sheets and settings), so a short pause is enough:
  // a formula updates about half a second after an edit, not 0.8 s.
  bron ??= new WerkmapBron(officePoort(), { wachttijd: 20 });
  return bron;
}

/** Replaces the workbook source (tests). */
export function zetWerkmapBron(nieuw: WerkmapBron | undefined): void {
  bron = nieuw;
}

/**
 * Tells the functions that the workbook changed in a way no event reports, e.g. the task
 * pane saved new settings: OPGAVE and DEKKING recompute. No-op before any formula used it.
 */
export function meldWerkmapWijziging(wat: Onderdeel): void {
  bron?.wijziging(wat);
}

// The task pane shares this runtime: settings it saves reach the functions at once.
volgBewaardeInstellingen(() => meldWerkmapWijziging("instellingen"));
