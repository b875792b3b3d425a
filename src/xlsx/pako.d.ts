/**
 * The part of pako 1.x (no bundled types) that src/xlsx/inflate.ts uses: streaming Inflate
 * with a chunk callback.
 */
declare module "pako" {
  export class Inflate {
    constructor(opties?: { raw?: boolean; chunkSize?: number; windowBits?: number });
    /** `mode`: false (more input follows) or true (last input). False after an error or the end. */
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData: (stuk: Uint8Array) => void;
    /** Non-zero after an error (zlib status), with `msg`. */
    err: number;
    msg: string;
    ended: boolean;
  }
}
