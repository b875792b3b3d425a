/**
 * The bounded xlsx reader, platform-neutral: bytes in (a ByteBron), sheets out
 * (WerkmapInvoer[]), every refusal an XlsxFout with a Dutch reason. The CLI
 * (src/cli/xlsx.ts) and the task pane (src/taskpane/bestand.ts) are its doors.
 */
export { XLSX_GRENZEN, leesXlsxBron } from "./lezen";
export type { LeesOpties } from "./lezen";
export { XlsxFout, ZipFout } from "./fouten";
export { ZIP_GRENZEN, geheugenBron } from "./zip";
export type { ByteBron, ZipItem } from "./zip";
export { INFLATE_STUK, pakoInflater } from "./inflate";
export type { Inflater, MaakInflater } from "./inflate";
export { REDENEN, vulIn } from "./redenen";
export type { Reden } from "./redenen";
export { isDatumFormaat } from "./cellen";
export { megabytes } from "./xml";
