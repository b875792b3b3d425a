/** `--json` streams to a file: a large result waits for "drain" many times without piling up listeners. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { schrijfJson } from "../../src/cli/uitvoer";

// The streams the module under test opens (jest.mock factories may only use `mock…` names).
const mockStromen: fs.WriteStream[] = [];
jest.mock("fs", () => {
  const echt = jest.requireActual<typeof import("fs")>("fs");
  return {
    ...echt,
    createWriteStream: (...a: Parameters<typeof echt.createWriteStream>) => {
      const s = echt.createWriteStream(...a);
      mockStromen.push(s);
      return s;
    },
  };
});

test("a 4 MB JSON is written whole, and no error listener is left per wait for drain", async () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-json-"));
  const pad = path.join(map, "groot.json");
  try {
    const waarde = { plannen: Array.from({ length: 40_000 }, (_, i) => `plan ${i} `.repeat(10)) };
    await schrijfJson(pad, waarde);
    expect(JSON.parse(fs.readFileSync(pad, "utf8"))).toEqual(waarde);
    expect(mockStromen).toHaveLength(1);
    // Node warns past 10 listeners; only the one that waits for the end may be left.
    expect(mockStromen[0].listenerCount("error")).toBeLessThanOrEqual(1);
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
});
