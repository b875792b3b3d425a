/**
 * The real public workbooks the tests read, kept inside the repository so a fresh clone
 * passes `npm test` with nothing beside it. Provenance and licence: README.md here.
 */
import * as path from "path";

export const EIB = path.join(__dirname, "eib-plancapaciteit-2021.xlsx");
export const DATABEWIJST = path.join(__dirname, "plancapaciteit_databewijst.xlsx");
