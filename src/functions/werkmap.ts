/**
 * The one workbook source of the shared runtime. The Office.js port (reading the
 * planlijst and the settings through src/excel/) is plugged in here.
 */
import { WerkmapBron, WerkmapPoort } from "./bron";

let bron: WerkmapBron | undefined;

/** Until the Office.js layer is there, OPGAVE and DEKKING say so instead of guessing. */
const NOG_NIET: WerkmapPoort = {
  leesInstellingen: () =>
    Promise.reject(new Error("het lezen van de werkmap is nog niet beschikbaar")),
  leesPlanlijst: () =>
    Promise.reject(new Error("het lezen van de werkmap is nog niet beschikbaar")),
  volg: async () => () => undefined,
};

/** The workbook source every OPGAVE and DEKKING formula shares. */
export function werkmapBron(): WerkmapBron {
  bron ??= new WerkmapBron(NOG_NIET);
  return bron;
}

/** Replaces the workbook source (tests, and the task pane when it opens another workbook view). */
export function zetWerkmapBron(nieuw: WerkmapBron | undefined): void {
  bron = nieuw;
}
