/**
 * "Samenvatting van deze werkmap": the province's consolidation (src/consolidatie) over the
 * open workbook, the same engine call as `woondeal-toets samenvatting` makes over the saved
 * file (one workbook, labelled with its name), and on request its sheets (src/rapport) written
 * beside the user's own under the add-in's names (namen.ts: SAMENVATTINGSBLADEN).
 *
 * Every sheet is read (planlijsten, summary sheets, hidden sheets), except the add-in's own:
 * the report sheet and these summary sheets, so a second run never reads the first's output.
 * The workbook's settings apply as in a check: bijlage 3, peildatum, grensjaar, and per sheet
 * the gemeente and column mapping the user set.
 *
 * The findings link to their cells, the sheets as read to their sheets: the Raster's links,
 * which raster.ts writes as HYPERLINK formulas with every name inside a quoted string (never
 * a user's text as a formula), only in the add-in's own sheets, so they go with the sheets.
 *
 * Syncs: reading takes three (sheet names with the settings and the workbook's name; used
 * ranges; values, one more per 4 MB); writing two more (which of the summary sheets exist;
 * all writes, one more per 3.5 MB); removing two.
 *
 * Requirement sets: ExcelApi 1.7 (workbook.name), otherwise those of planlijst.ts and raster.ts.
 */
import { Consolidatie, consolideer } from "../consolidatie";
import { WerkmapInvoer } from "../planlijst";
import { Bediening, BladNamen, samenvattingBladen } from "../rapport";
import { toetsOptiesVan } from "../rules";
import { WerkmapInstellingen, WerkmapSamenvatting, WerkmapSamenvattingOpties } from "./acties";
import { laadWerkmapInstellingen } from "./instellingen";
import { SAMENVATTINGSBLADEN } from "./namen";
import { GelezenBlad, leesPlanlijstBladen } from "./planlijst";
import { schrijfRasters, verwijderBladen } from "./raster";

/** What the summary sheets refer to, in the pane's words (its settings, not the CLI's options). */
export const PANE_BEDIENING: Bediening = {
  peildatum: "Instellingen → Peildatum in het taakvenster",
  grensjaar: "Instellingen → Prijsgrenzen in het taakvenster",
  instellingen: "Instellingen → Bijlage 3 in het taakvenster",
  alleBevindingen:
    "het taakvenster: Controle, Alle planlijsten in de werkmap, en exporteer de bevindingen als CSV",
};

const BLADNAMEN: BladNamen = { ...SAMENVATTINGSBLADEN };

/** The label of the workbook when Excel gives no name (never empty: it names the workbook in every finding). */
export const NAAMLOZE_WERKMAP = "deze werkmap";

/** A sheet as read, with what the user set for it in the pane (its gemeente, its column mapping). */
function alsInvoer(g: GelezenBlad, inst: WerkmapInstellingen): WerkmapInvoer {
  const gemeente = inst.gemeentePerBlad?.[g.naam];
  const kolommen = inst.kolomToewijzing?.[g.naam];
  return {
    naam: g.naam,
    raster: g.raster,
    ...(g.oorsprong ? { oorsprong: g.oorsprong } : {}),
    ...(g.zichtbaarheid ? { zichtbaarheid: g.zichtbaarheid } : {}),
    ...(g.verborgenRijen?.length ? { verborgenRijen: g.verborgenRijen } : {}),
    ...(gemeente ? { gemeente } : {}),
    ...(kolommen ? { kolomToewijzing: kolommen } : {}),
  };
}

/**
 * Reads every sheet of the open workbook and consolidates it like the CLI does the saved file;
 * with `inWerkmap` writes the summary sheets too (the first is shown).
 */
export async function vatWerkmapSamen(
  context: Excel.RequestContext,
  opties: WerkmapSamenvattingOpties = {}
): Promise<WerkmapSamenvatting> {
  let leesInst: (() => WerkmapInstellingen) | undefined;
  const werkboek = context.workbook;
  const gelezen = await leesPlanlijstBladen(context, {
    metEersteSync: (c) => {
      leesInst = laadWerkmapInstellingen(c);
      werkboek.load("name");
    },
  });
  const inst = leesInst!();
  const werkmap = werkboek.name?.trim() || NAAMLOZE_WERKMAP;
  const consolidatie = consolideer(
    [{ label: werkmap, bladen: gelezen.map((g) => alsInvoer(g, inst)) }],
    toetsOptiesVan(inst),
    { zonderVerborgen: opties.zonderVerborgen === true }
  );
  const uit: WerkmapSamenvatting = {
    consolidatie,
    werkmap,
    bladen: [],
    opmerkingen: gelezen.flatMap((g) => g.opmerkingen),
  };
  if (opties.inWerkmap) uit.bladen = await schrijfSamenvatting(context, consolidatie);
  return uit;
}

/** Writes the summary sheets of a consolidation, replacing every earlier one; returns their names. */
export async function schrijfSamenvatting(
  context: Excel.RequestContext,
  c: Consolidatie
): Promise<string[]> {
  const rasters = samenvattingBladen(c, {
    bediening: PANE_BEDIENING,
    bladnamen: BLADNAMEN,
    instellingenBron: "deze werkmap",
    // The sources are sheets of this workbook: each finding and sheet as read links to its place.
    links: true,
  });
  // An earlier set may hold a sheet this one has not (Uit samenvattingen): delete them all.
  await schrijfRasters(context, rasters, { vervang: Object.values(SAMENVATTINGSBLADEN) });
  return rasters.map((r) => r.naam);
}

/** Deletes the summary sheets the add-in wrote (only those); returns the names deleted. */
export function verwijderSamenvatting(context: Excel.RequestContext): Promise<string[]> {
  return verwijderBladen(context, Object.values(SAMENVATTINGSBLADEN));
}
