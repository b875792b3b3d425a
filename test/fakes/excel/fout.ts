/** Errors as Office.js raises them. */

/** An error like OfficeExtension.Error (code, message, debugInfo). */
export class OfficeFout extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, plaats?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(plaats ? { errorLocation: plaats } : {}) };
  }
}

export function nietGevonden(wat: string): never {
  throw new OfficeFout("ItemNotFound", `The requested resource doesn't exist. (${wat})`, wat);
}
