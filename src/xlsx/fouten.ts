/** A zip that cannot be read; the message is a Dutch reason without the file name, or "". */
export class ZipFout extends Error {}

/**
 * A file the reader refuses. `reden` is one Dutch sentence without the file name and
 * without a full stop (from REDENEN or the zip's judgement); each door puts "naam: " in
 * front and "." after, so the CLI and the task pane say the same thing.
 */
export class XlsxFout extends Error {
  constructor(readonly reden: string) {
    super(reden);
  }
}
