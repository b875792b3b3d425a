/**
 * Small deterministic hostile files for the CLI tests: a minimal zip writer (sizes may be
 * forged) and a minimal xlsx writer that puts raw XML where a hostile sender would.
 * Also runs the CLI in a child process (compiled on the fly with TypeScript's transpiler)
 * and measures its exit code, wall time and peak resident memory.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import * as ts from "typescript";

export interface ZipDeel {
  naam: string;
  inhoud: Buffer | string;
  /** Forge the declared uncompressed size (local header and central directory). */
  verklaard?: number;
}

export function maakZip(delen: ZipDeel[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const deel of delen) {
    const ruw = Buffer.from(deel.inhoud);
    const data = zlib.deflateRawSync(ruw, { level: 9 });
    const naam = Buffer.from(deel.naam, "utf8");
    const grootte = deel.verklaard ?? ruw.length;
    const crc = zlib.crc32(ruw);
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(0x800, 6);
    kop.writeUInt16LE(8, 8);
    kop.writeUInt32LE(crc, 14);
    kop.writeUInt32LE(data.length, 18);
    kop.writeUInt32LE(grootte, 22);
    kop.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(positie, 42);
    lokaal.push(kop, naam, data);
    centraal.push(c, naam);
    positie += kop.length + naam.length + data.length;
  }
  const map = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(delen.length, 8);
  eind.writeUInt16LE(delen.length, 10);
  eind.writeUInt32LE(map.length, 12);
  eind.writeUInt32LE(positie, 16);
  return Buffer.concat([...lokaal, map, eind]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One row of inline-string / number cells with r= attributes. */
export function rijXml(nr: number, cellen: (string | number)[], extra = ""): string {
  const c = cellen
    .map((v, j) => {
      const ref = `${String.fromCharCode(65 + j)}${nr}`;
      return typeof v === "number"
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
    })
    .join("");
  return `<row r="${nr}"${extra}>${c}</row>`;
}

/** A small valid planlijst as sheet rows (header in row 1). */
export const PLANLIJST: (string | number)[][] = [
  ["Projectnaam", "Gemeente", "Planstatus", "Aantal", "Oplevering", "Koopprijs"],
  ["De Velden", "Emmen", "1A", 12, 2026, 300000],
  ["Het Hof", "Emmen", "2A", 8, 2027, 380000],
];

export function planlijstRijen(): string {
  return PLANLIJST.map((r, i) => rijXml(i + 1, r)).join("");
}

export interface Blad {
  naam: string;
  /** The whole <sheetData> content. */
  rijen: string;
  /** XML after </sheetData> (merges, validations, conditional formats). */
  na?: string;
  staat?: "hidden" | "veryHidden";
}

/** A minimal xlsx: one part per sheet, inline strings, no styles. `vervang` swaps a part's XML. */
export function maakXlsx(bladen: Blad[], extra: ZipDeel[] = []): Buffer {
  const delen: ZipDeel[] = [
    {
      naam: "[Content_Types].xml",
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      naam: "_rels/.rels",
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      naam: "xl/workbook.xml",
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${NS_R}><sheets>${bladen
        .map(
          (b, i) =>
            `<sheet name="${esc(b.naam)}" sheetId="${i + 1}" r:id="rId${i + 1}"${b.staat ? ` state="${b.staat}"` : ""}/>`
        )
        .join("")}</sheets></workbook>`,
    },
    {
      naam: "xl/_rels/workbook.xml.rels",
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${bladen
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("")}</Relationships>`,
    },
    ...bladen.map((b, i) => ({
      naam: `xl/worksheets/sheet${i + 1}.xml`,
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${NS_R}><sheetData>${b.rijen}</sheetData>${b.na ?? ""}</worksheet>`,
    })),
  ];
  for (const e of extra) {
    const i = delen.findIndex((d) => d.naam === e.naam);
    if (i >= 0) delen[i] = e;
    else delen.push(e);
  }
  return maakZip(delen);
}

export const hash = (pad: string) =>
  createHash("sha256").update(fs.readFileSync(pad)).digest("hex");

// ---------------------------------------------------------------------------------------
// The CLI in a child process

const REPO = path.resolve(__dirname, "..", "..");

/** Transpiles src/ (no type check: jest's ts-jest does that) into `doel`. */
export function bouwCli(doel: string): string {
  // Every folder of src/, so a module the CLI starts to import (src/vergelijking, src/xlsx) is
  // there too. Declaration files (src/xlsx/pako.d.ts) have no output.
  const mappen = fs
    .readdirSync(path.join(REPO, "src"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const map of mappen) {
    const bron = path.join(REPO, "src", map);
    for (const f of fs.readdirSync(bron).filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))) {
      const uit = ts.transpileModule(fs.readFileSync(path.join(bron, f), "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
        fileName: f,
      }).outputText;
      fs.mkdirSync(path.join(doel, map), { recursive: true });
      fs.writeFileSync(path.join(doel, map, f.replace(/\.ts$/, ".js")), uit);
    }
  }
  const start = path.join(doel, "start.js");
  fs.writeFileSync(
    start,
    `const { main } = require("./cli/main.js");
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  kleur: false,
}).then((code) => {
  // VmHWM is this process's own peak (maxRSS would include the parent's from before exec).
  const fs = require("fs");
  let kb = process.resourceUsage().maxRSS;
  try {
    kb = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]);
  } catch {}
  fs.writeFileSync(process.env.VIJANDIG_RSS, String(kb));
  process.exitCode = code;
});
`
  );
  return start;
}

export interface Afloop {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the child, in MB (VmHWM from /proc; maxRSS elsewhere). */
  mb: number;
  signaal: NodeJS.Signals | null;
}

/** Runs the CLI in a child with a hard timeout and a heap cap (an OOM is a crash, not a swap storm). */
export function draaiKind(start: string, args: string[], tijdslimietMs = 60000): Afloop {
  const rss = `${start}.${process.hrtime.bigint()}.rss`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", start, ...args], {
    encoding: "utf8",
    timeout: tijdslimietMs,
    env: { ...process.env, NODE_PATH: path.join(REPO, "node_modules"), VIJANDIG_RSS: rss },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - t;
  let mb = NaN;
  try {
    mb = Number(fs.readFileSync(rss, "utf8")) / 1024;
    fs.rmSync(rss);
  } catch {
    // the child did not finish: no figure
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms, mb, signaal: r.signal };
}
