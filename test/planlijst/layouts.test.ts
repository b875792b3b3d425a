/**
 * The corpus of public layouts (test/data/layouts): every workbook, read as a real .xlsx
 * through the CLI's reader, must give its answer key.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { leesXlsx } from "../../src/cli/xlsx";
import { WerkmapInvoer, leesWerkmap } from "../../src/planlijst/lezer";
import { nettoVan } from "../../src/planlijst/plan";
import { toets } from "../../src/rules/toets";
import { schrijfWerkmap } from "../data/layouts/schrijf";
import { Sleutel, WERKMAPPEN } from "../data/layouts/werkmappen";

const MAP = path.join(__dirname, "..", "data", "layouts");

/** What the reader made of a workbook, in the shape of an answer key. */
function uitkomst(invoer: WerkmapInvoer[], bladNamen: string[]): Sleutel {
  const { bladen } = leesWerkmap(invoer);
  const gelezen = bladNamen.map((n) => bladen.find((b) => b.naam === n)!);
  const plannen = gelezen.flatMap((b) => b.plannen);
  const rapport = toets(bladen, { peildatum: "2025-06-01" });
  const plus = (r: Record<string, number>, k: string, n: number) => (r[k] = (r[k] ?? 0) + n);
  const nettoPerGemeente: Record<string, number> = {};
  const segmenten: Record<string, number> = {};
  const segmentAantallen: Record<string, number> = {};
  const status = { hard: 0, zacht: 0, onbekend: 0 };
  for (const p of plannen) {
    const netto = nettoVan(p);
    plus(nettoPerGemeente, p.gemeente ?? p.gemeenteTekst ?? "?", netto);
    status[p.planstatus?.hardheid ?? "onbekend"] += netto;
    if (p.segment) plus(segmenten, p.segment, netto);
    else if (p.segmentLabel) plus(segmenten, `label: ${p.segmentLabel}`, netto);
    for (const [s, n] of Object.entries(p.segmentAantallen)) plus(segmentAantallen, s, n ?? 0);
  }
  return {
    bladen: gelezen.map((b) => b.naam),
    indeling: gelezen[0].indeling!.code,
    kopRijen: gelezen.map((b) => b.kopRij!),
    plannen: plannen.length,
    nettoPerGemeente,
    ...status,
    segmenten,
    ...(Object.keys(segmentAantallen).length ? { segmentAantallen } : {}),
    flex: plannen.filter((p) => p.flex).length,
    transformatie: plannen.filter((p) => p.transformatie).length,
    delen: plannen.filter((p) => p.deel).length,
    dubbel: rapport.bevindingen.filter((f) => f.rule === "dubbel-plan").length,
    nietHerkend: rapport.bevindingen
      .filter((f) => f.rule === "kolom-niet-herkend")
      .map((f) => f.column!),
    celProblemen: plannen.reduce((n, p) => n + p.problemen.length, 0),
  };
}

describe.each(WERKMAPPEN.map((w) => [w.bestand, w] as const))("corpus: %s", (bestand, werkmap) => {
  const opgeslagen = path.join(MAP, bestand);
  it("is read to its answer key", async () => {
    expect(uitkomst(await leesXlsx(opgeslagen), werkmap.sleutel.bladen)).toEqual(werkmap.sleutel);
  });
  it("is the workbook the generator writes (regenerate: SCHRIJF_CORPUS=1 npx jest layouts)", async () => {
    const vers = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "corpus-")), bestand);
    await schrijfWerkmap(werkmap, vers);
    if (process.env.SCHRIJF_CORPUS) fs.copyFileSync(vers, opgeslagen);
    expect(await leesXlsx(opgeslagen)).toEqual(await leesXlsx(vers));
  });
});

describe("corpus: the README", () => {
  it("every workbook is in the README's list", () => {
    const readme = fs.readFileSync(path.join(MAP, "README.md"), "utf8");
    for (const w of WERKMAPPEN) expect(readme).toContain(w.bestand);
  });
});
