/**
 * What the command line writes: to the terminal (control and bidi characters from cells and
 * file names shown escaped, one reason one line) and to files (never over an input, always
 * through a temporary file that is renamed, JSON streamed piece by piece).
 */
import { createWriteStream, promises as fs } from "fs";
import * as path from "path";
import { Rapport } from "../rules";
import { GebruikFout } from "./opties";

/** Where a subcommand writes: the terminal in real use, strings in tests. */
export interface Uitvoer {
  stdout: (tekst: string) => void;
  stderr: (tekst: string) => void;
  /** Colours on stdout (a terminal that shows them, and no NO_COLOR). */
  kleur?: boolean;
}

// C0 and C1 controls, DEL, and the bidi controls that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const STUURTEKENS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LEESBAAR: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e" };
const zichtbaar = (c: string) =>
  LEESBAAR[c] ?? `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`;

/** Text from a cell or a file name, safe for one terminal line: every control shown escaped. */
export function veiligeTekst(t: string): string {
  return t.replace(STUURTEKENS, zichtbaar);
}

// The colour codes the text report (src/rapport/tekst.ts) writes itself; everything else is escaped.
const EIGEN_OF_STUUR =
  // eslint-disable-next-line no-control-regex
  /\x1b\[(?:3[1367]|0)m|\n|[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A rendered report: our own line breaks and colours stay, any other control is escaped. */
export function veiligeUitvoer(t: string): string {
  return t.replace(EIGEN_OF_STUUR, (m) => (m.length > 1 || m === "\n" ? m : zichtbaar(m)));
}

/** One line on stderr: everything escaped but the final line break. */
export function veiligeRegel(t: string): string {
  return t.endsWith("\n") ? `${veiligeTekst(t.slice(0, -1))}\n` : veiligeTekst(t);
}

/** The report with line breaks in user text escaped, so that every finding stays one line. */
export function rapportVoorTerminal(rapport: Rapport): Rapport {
  return {
    ...rapport,
    bevindingen: rapport.bevindingen.map((f) => ({
      ...f,
      message: veiligeTekst(f.message),
      ...(f.sheet !== undefined ? { sheet: veiligeTekst(f.sheet) } : {}),
      ...(typeof f.value === "string" ? { value: veiligeTekst(f.value) } : {}),
    })),
    bladen: rapport.bladen.map((b) => ({
      ...b,
      naam: veiligeTekst(b.naam),
      ...(b.reden !== undefined ? { reden: veiligeTekst(b.reden) } : {}),
    })),
  };
}

// ---------------------------------------------------------------------------------------
// Files

/**
 * Refuses an output path that is, or links to, one of the inputs: the same device and inode
 * (hard links, symbolic links), the same real path, or the same real path but for letter
 * case (Windows and macOS file systems ignore case). Also refuses an existing output that is
 * not a regular file (a device, a pipe, a directory).
 */
export async function controleerUitvoerPad(
  uitvoer: string,
  invoeren: string[],
  optie: string
): Promise<void> {
  const weigerInvoer = () =>
    new GebruikFout(
      `${optie} ${veiligeTekst(uitvoer)} is ook een invoerbestand (of een koppeling ernaar); kies een andere naam zodat de planlijst niet wordt overschreven`
    );
  const echt = async (p: string) => {
    try {
      return await fs.realpath(p);
    } catch {
      try {
        return path.join(await fs.realpath(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  const uitStat = await fs.stat(uitvoer).catch(() => undefined);
  if (uitStat && !uitStat.isFile())
    throw new GebruikFout(
      `${optie} ${veiligeTekst(uitvoer)} is geen gewoon bestand (een map, apparaat of pijp); kies een bestandsnaam`
    );
  const uitEcht = (await echt(uitvoer)).toLowerCase();
  for (const invoer of invoeren) {
    const st = await fs.stat(invoer).catch(() => undefined);
    if (uitStat && st && st.dev === uitStat.dev && st.ino === uitStat.ino) throw weigerInvoer();
    if ((await echt(invoer)).toLowerCase() === uitEcht) throw weigerInvoer();
  }
}

/**
 * Writes through a temporary file in the same folder, renamed over the target at the end:
 * an interrupted run leaves the old file, and a symbolic link at the target is replaced,
 * never followed.
 */
export async function schrijfVia(pad: string, schrijf: (tijdelijk: string) => Promise<void>) {
  const tijdelijk = path.join(
    path.dirname(pad),
    `.${path.basename(pad)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    await schrijf(tijdelijk);
    await fs.rename(tijdelijk, pad);
  } catch (e) {
    await fs.rm(tijdelijk, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * JSON as JSON.stringify(waarde, null, 2) gives it, in pieces: arrays and objects down to
 * `diepte` are written element by element, so no single string holds the whole result.
 */
export function* jsonDelen(waarde: unknown, inspring = "", diepte = 4): Generator<string> {
  const w =
    waarde !== null &&
    typeof waarde === "object" &&
    typeof (waarde as { toJSON?: unknown }).toJSON === "function"
      ? (waarde as { toJSON: () => unknown }).toJSON()
      : waarde;
  if (diepte === 0 || w === null || typeof w !== "object") {
    const t = JSON.stringify(w, null, 2) ?? "null";
    yield inspring ? t.replace(/\n/g, `\n${inspring}`) : t;
    return;
  }
  const binnen = `${inspring}  `;
  if (Array.isArray(w)) {
    if (w.length === 0) return yield "[]";
    yield "[\n";
    for (let i = 0; i < w.length; i++) {
      yield binnen;
      const x = w[i];
      if (x === undefined || typeof x === "function" || typeof x === "symbol") yield "null";
      else yield* jsonDelen(x, binnen, diepte - 1);
      yield i < w.length - 1 ? ",\n" : "\n";
    }
    yield `${inspring}]`;
    return;
  }
  const paren = Object.entries(w).filter(
    ([, x]) => x !== undefined && typeof x !== "function" && typeof x !== "symbol"
  );
  if (paren.length === 0) return yield "{}";
  yield "{\n";
  for (let i = 0; i < paren.length; i++) {
    yield `${binnen}${JSON.stringify(paren[i][0])}: `;
    yield* jsonDelen(paren[i][1], binnen, diepte - 1);
    yield i < paren.length - 1 ? ",\n" : "\n";
  }
  yield `${inspring}}`;
}

/** Streams a value as JSON to a file (through a temporary file), with a final line break. */
export async function schrijfJson(pad: string, waarde: unknown): Promise<void> {
  await schrijfVia(pad, async (tijdelijk) => {
    const stroom = createWriteStream(tijdelijk, { encoding: "utf8" });
    const klaar = new Promise<void>((resolve, reject) => {
      stroom.on("error", reject);
      stroom.on("finish", resolve);
    });
    klaar.catch(() => undefined);
    let buffer = "";
    for (const deel of jsonDelen(waarde)) {
      buffer += deel;
      if (buffer.length >= 1 << 16) {
        if (!stroom.write(buffer))
          // Wait for "drain", and take the error listener off again: one left per wait piles
          // up on a large file (Node warns past 10).
          await new Promise<void>((r, j) => {
            const fout = (e: Error) => {
              stroom.off("drain", leeg);
              j(e);
            };
            const leeg = () => {
              stroom.off("error", fout);
              r();
            };
            stroom.once("drain", leeg);
            stroom.once("error", fout);
          });
        buffer = "";
      }
    }
    stroom.end(`${buffer}\n`);
    await klaar;
  });
}
