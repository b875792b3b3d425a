/** The reasons live with the platform-neutral reader (src/xlsx/), which both doors share. */
export { REDENEN } from "../xlsx/redenen";
export type { Reden } from "../xlsx/redenen";
