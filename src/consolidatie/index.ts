/**
 * src/consolidatie: the province's consolidation (art. 8.1) as the engine does it, for every
 * door. This file is the folder's public API; doors import from here only.
 *
 * Input: workbooks as labelled grids (WerkmapBron: a label the user knows, the sheets as
 * WerkmapInvoer, or why the workbook could not be read). No paths, no files.
 * - consolideer(bronnen, opties?, lezen?): all grids at hand (the pane: the open workbook).
 * - bereidVoor(bron, lezen?) then consolideerVoorbereid(voorbereid, opties?): one workbook's
 *   grids at a time (the CLI over many files), so only one workbook's grids are in memory.
 * Output: a Consolidatie (one engine report with every plan counted once, a report per
 * workbook and sheet, duplicates, figures from summary sheets, findings with workbook and
 * sheet). src/rapport/samenvatting-bladen.ts turns it into sheets, samenvatting-tekst.ts into text.
 */
export { bereidVoor } from "./voorbereiden";
export { consolideer, consolideerVoorbereid } from "./consolideer";
export { SCHEIDING } from "./inlezen";
export type {
  BestandVerslag,
  BevindingRegel,
  BladSoort,
  BladVerslag,
  Consolidatie,
  DubbelPlan,
  LeesOpties,
  SamenvattingsCijfers,
  VoorbereidBestand,
  VoorbereidBlad,
  WerkmapBron,
} from "./typen";
