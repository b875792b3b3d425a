/**
 * woondeal-toets samenvatting: the province's view (art. 8.1). The door only: it reads the
 * files one after another (leesXlsx), gives each a unique label, hands them to the engine
 * (src/consolidatie), prints the text (src/rapport/samenvatting-tekst.ts) and writes the sheets
 * (src/rapport/samenvatting-bladen.ts) with ExcelJS (raster-xlsx.ts).
 */
import * as path from "path";
import {
  Consolidatie,
  VoorbereidBestand,
  WerkmapBron,
  bereidVoor,
  consolideerVoorbereid,
} from "../consolidatie";
import { DealInstellingen } from "../deal";
import { Bediening, samenvattingBladen, consolidatieAlsTekst } from "../rapport";
import { ToetsOpties, telErnst } from "../rules";
import {
  GebruikFout,
  leesGrensjaar,
  leesInstellingenBestand,
  leesPeildatum,
  ontleedArgumenten,
} from "./opties";
import { schrijfRastersXlsx } from "./raster-xlsx";
import { InvoerFout, leesXlsx } from "./xlsx";
import { Uitvoer, controleerUitvoerPad, schrijfVia } from "./uitvoer";

/** The CLI's words for what the summary sheets refer to. */
export const CLI_BEDIENING: Bediening = {
  peildatum: "--peildatum",
  grensjaar: "--grensjaar",
  instellingen: "--instellingen",
  alleBevindingen: "het resultaat van woondeal-toets controleer --json",
};

/**
 * A label per file: its name, or the path as given where two files share a name. The same
 * file twice on the command line is read once.
 */
export function bestandsLabels(bestanden: string[]): { bestand: string; label: string }[] {
  const uniek = bestanden.filter(
    (b, i) => bestanden.findIndex((x) => path.resolve(x) === path.resolve(b)) === i
  );
  const namen = uniek.map((b) => path.basename(b));
  return uniek.map((bestand, i) => ({
    bestand,
    label: namen.filter((n) => n === namen[i]).length > 1 ? bestand : namen[i],
  }));
}

/** Reads one file into a labelled workbook; a file that cannot be read is noted, not fatal. */
export async function leesBron(bestand: string, label: string): Promise<WerkmapBron> {
  const kop = { label, herkomst: `pad ${bestand}` };
  try {
    return { ...kop, bladen: await leesXlsx(bestand) };
  } catch (e) {
    // One file that cannot be read is one unread file: the summary of the others goes on.
    const fout =
      e instanceof InvoerFout
        ? // InvoerFout messages start with the file name; keep only the reason.
          e.message.replace(/^[^:]*:\s*/, "").replace(/\.$/, "")
        : `onverwachte fout bij het lezen (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); meld dit met het bestand erbij`;
    return { ...kop, fout };
  }
}

/** Reads all files (for tests and small runs; the command itself prepares one file at a time). */
export async function leesBronnen(bestanden: string[]): Promise<WerkmapBron[]> {
  const uit: WerkmapBron[] = [];
  for (const { bestand, label } of bestandsLabels(bestanden))
    uit.push(await leesBron(bestand, label));
  return uit;
}

/** Reads and prepares the files one after another, so only one file's grids are in memory at a time. */
export async function leesEnBereidVoor(
  bestanden: string[],
  lezen: { zonderVerborgen?: boolean } = {}
): Promise<VoorbereidBestand[]> {
  const uit: VoorbereidBestand[] = [];
  for (const { bestand, label } of bestandsLabels(bestanden))
    uit.push(bereidVoor(await leesBron(bestand, label), lezen));
  return uit;
}

/**
 * Writes the summary workbook. Without links: its sources are other files, and a link to a
 * source's path would point outside this file (and break when the files move or are sent on);
 * the pane, whose sources are sheets of the same workbook, turns them on.
 */
export async function schrijfSamenvattingXlsx(
  c: Consolidatie,
  pad: string,
  opties: { instellingenBron?: string } = {}
): Promise<void> {
  const bladen = samenvattingBladen(c, { bediening: CLI_BEDIENING, ...opties, links: false });
  await schrijfRastersXlsx(bladen, pad);
}

// ---------------------------------------------------------------------------------------
// The subcommand

export const HULP_SAMENVATTING = `  woondeal-toets samenvatting <bestand.xlsx …> --out samenvatting.xlsx [opties]
      Vat planlijsten van meerdere gemeenten samen (voor de provincie, art. 8.1): één toets over
      alle bestanden, dubbele plannen één keer geteld, en een werkmap met de bladen Samenvatting,
      Bevindingen en Verantwoording. Leest ook samenvattingen per gemeente (h2020-2024, htotaal, …).
      Opties: --out <pad> (verplicht), --instellingen, --peildatum, --grensjaar,
      --zonder-verborgen (zie hierboven).
`;

interface Opties {
  bestanden: string[];
  out: string;
  instellingen: DealInstellingen;
  instellingenBron?: string;
  toets: ToetsOpties;
  zonderVerborgen: boolean;
}

async function leesOpties(args: string[]): Promise<Opties> {
  const parsed = ontleedArgumenten(args, {
    out: { type: "string", short: "o" },
    instellingen: { type: "string" },
    peildatum: { type: "string" },
    grensjaar: { type: "string" },
    "zonder-verborgen": { type: "boolean" },
  });
  const v = parsed.values;
  if (parsed.positionals.length === 0)
    throw new GebruikFout(
      "geef de planlijsten op die samengevat moeten worden; zie woondeal-toets --help"
    );
  if (!v.out)
    throw new GebruikFout(
      "geef met --out aan waar de samenvatting moet komen, bijvoorbeeld --out samenvatting.xlsx"
    );
  if (!/\.xlsx$/i.test(v.out)) throw new GebruikFout(`--out "${v.out}" moet eindigen op .xlsx`);
  // Same file, a link to it, or the same name in another case: never overwrite an input.
  await controleerUitvoerPad(v.out, parsed.positionals, "--out");
  const toetsOpties: ToetsOpties = {};
  if (v.peildatum !== undefined) toetsOpties.peildatum = leesPeildatum(v.peildatum);
  if (v.grensjaar !== undefined) toetsOpties.grensjaar = leesGrensjaar(v.grensjaar);
  const instellingen =
    v.instellingen !== undefined
      ? await leesInstellingenBestand(v.instellingen)
      : { gemeenten: {} };
  toetsOpties.instellingen = instellingen;
  return {
    bestanden: parsed.positionals,
    out: v.out,
    instellingen,
    ...(v.instellingen ? { instellingenBron: path.basename(v.instellingen) } : {}),
    toets: toetsOpties,
    zonderVerborgen: Boolean(v["zonder-verborgen"]),
  };
}

/** `woondeal-toets samenvatting …`: returns the exit code (0, 1 errors found, 2 a file not read). */
export async function samenvatting(args: string[], uit: Uitvoer): Promise<number> {
  let opties: Opties;
  try {
    opties = await leesOpties(args);
  } catch (e) {
    if (e instanceof GebruikFout) {
      uit.stderr(`woondeal-toets: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const c = consolideerVoorbereid(
    await leesEnBereidVoor(opties.bestanden, { zonderVerborgen: opties.zonderVerborgen }),
    opties.toets
  );
  for (const b of c.bestanden) if (b.fout) uit.stderr(`woondeal-toets: ${b.naam}: ${b.fout}.\n`);
  uit.stdout(consolidatieAlsTekst(c));
  try {
    await schrijfVia(opties.out, (tijdelijk) =>
      schrijfSamenvattingXlsx(
        c,
        tijdelijk,
        opties.instellingenBron ? { instellingenBron: opties.instellingenBron } : {}
      )
    );
  } catch (e) {
    uit.stderr(
      `woondeal-toets: kan ${opties.out} niet schrijven (${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split("\n")[0] : e)}).\n`
    );
    return 2;
  }
  uit.stdout(`Samenvatting geschreven naar ${opties.out}.\n`);
  if (c.bestanden.some((b) => b.fout)) return 2;
  return telErnst(c.bevindingen.map((b) => b.bevinding)).error > 0 ? 1 : 0;
}
