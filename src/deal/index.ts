export * from "./parameters";
export * from "./gemeenten";
export * from "./instellingen";
