export * from "./cel";
export * from "./waarden";
export * from "./kolommen";
export * from "./plan";
export * from "./lezer";
export * from "./indeling";
export * from "./samenvattingsblad";
