/** Comparing a planlijst with the previous monitoring round (art. 8.1): pure engine, no doors. */
export * from "./koppeling";
export * from "./wijzigingen";
export * from "./vergelijk";
