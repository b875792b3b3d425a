/**
 * "Vergelijk met vorige versie" in the open workbook: the current round is every planlijst
 * sheet of the workbook (read as the check reads them, with the stored settings); the
 * previous round is a file the user picked (read in the pane, src/taskpane/bestand.ts, and
 * passed here as grids) or a sheet of this workbook. The engine compares
 * (src/vergelijking), lays out the sheets (src/rapport/vergelijking-bladen.ts) and says which
 * cells changed; this writes them and marks them, nothing more.
 *
 * Syncs: reading takes those of `leesPlanlijstBladen` (the settings travel with the first);
 * the sheets take two each (src/excel/raster.ts); marks as `markeer`.
 */
import { PlanlijstBlad, leesBlad, leesWerkmap } from "../planlijst";
import { Raster, vergelijkingBladen, wijzigingMarkeringen } from "../rapport";
import { toetsOptiesVan } from "../rules";
import { vergelijk } from "../vergelijking";
import { VergelijkFout, VergelijkResultaat, VorigeRonde, WerkmapInstellingen } from "./acties";
import { laadWerkmapInstellingen } from "./instellingen";
import { MarkeerInvoer, MarkeringsVerslag, Voorgeladen, markeer } from "./markeringen";
import { VERGELIJKINGSBLADEN, VERGELIJKING_VOORVOEGSEL, isEigenBlad } from "./namen";
import { leesPlanlijstBladen } from "./planlijst";
import { schrijfRaster, verwijderBlad } from "./raster";
import { bladOpties } from "./wijzigingen";

export { VERGELIJKINGSBLADEN, VERGELIJKING_VOORVOEGSEL, isEigenBlad };

export { VergelijkFout };

function geenPlanlijst(wie: string, bladen: PlanlijstBlad[]): VergelijkFout {
  const redenen = bladen
    .slice(0, 2)
    .map((b) => `blad "${b.naam}": ${b.reden ?? "geen planlijst"}`)
    .join("; ");
  return new VergelijkFout(
    `${wie}: geen planlijst gevonden${redenen ? ` (${redenen})` : ""}. Kies een werkmap of blad met een planlijst.`
  );
}

/**
 * Reads both rounds and compares them under the workbook's settings (peildatum, grensjaar,
 * bijlage 3): the same options for both, so before and after differ only by the lists.
 */
export async function vergelijkWerkmap(
  context: Excel.RequestContext,
  vorige: VorigeRonde
): Promise<VergelijkResultaat> {
  let leesInst: (() => WerkmapInstellingen) | undefined;
  const invoer = (
    await leesPlanlijstBladen(context, {
      metEersteSync: (c) => {
        leesInst = laadWerkmapInstellingen(c);
      },
    })
  ).filter((i) => !isEigenBlad(i.naam));
  const inst = leesInst!();
  const gelezen = invoer.map((i) => ({
    invoer: i,
    blad: leesBlad(i.naam, i.raster, bladOpties(inst, i)),
  }));

  let vorigeBladen: PlanlijstBlad[];
  let huidige = gelezen;
  let naam: string;
  if (vorige.soort === "blad") {
    naam = `blad ${vorige.blad}`;
    const blad = gelezen.find((g) => g.invoer.naam === vorige.blad);
    if (!blad)
      throw new VergelijkFout(`Blad "${vorige.blad}" bestaat niet (meer) in deze werkmap.`);
    vorigeBladen = [blad.blad];
    huidige = gelezen.filter((g) => g !== blad);
  } else {
    naam = vorige.naam;
    vorigeBladen = leesWerkmap(vorige.invoer).bladen;
  }
  if (!vorigeBladen.some((b) => b.isPlanlijst))
    throw geenPlanlijst(
      vorige.soort === "blad" ? `Blad "${vorige.blad}"` : vorige.naam,
      vorigeBladen
    );
  const huidigeBladen = huidige.map((g) => g.blad).filter((b) => b.isPlanlijst);
  if (!huidigeBladen.length)
    throw new VergelijkFout(
      vorige.soort === "blad"
        ? `Naast blad "${vorige.blad}" staat in deze werkmap geen planlijst om mee te vergelijken.`
        : "Deze werkmap bevat geen planlijst om met de vorige versie te vergelijken."
    );
  const opmerkingen = huidige
    .filter((g) => g.blad.isPlanlijst)
    .flatMap((g) => g.invoer.opmerkingen);
  return {
    vorige: naam,
    vergelijking: vergelijk(vorigeBladen, huidigeBladen, toetsOptiesVan(inst)),
    huidigeBladen,
    opmerkingen,
  };
}

/** The comparison's sheets for this workbook: "Woondeal-…" names, rows linking to their plans. */
export function vergelijkingRasters(r: VergelijkResultaat): Raster[] {
  return vergelijkingBladen(r.vergelijking, {
    links: true,
    voorvoegsel: VERGELIJKING_VOORVOEGSEL,
  });
}

/**
 * Writes (or replaces) Woondeal-verschil-Wijzigingen, Woondeal-verschil-Per gemeente and Woondeal-verschil-Bevindingen;
 * shows Wijzigingen. The user's sheets are untouched.
 */
export async function schrijfVergelijking(
  context: Excel.RequestContext,
  r: VergelijkResultaat
): Promise<void> {
  const rasters = vergelijkingRasters(r);
  // In order, so the tabs read Wijzigingen, Per gemeente, Bevindingen; then show the first.
  for (const raster of rasters) await schrijfRaster(context, raster, { activeer: false });
  context.workbook.worksheets.getItem(rasters[0].naam).activate();
  await context.sync();
}

/** Deletes the comparison's sheets that exist; returns how many. */
export async function verwijderVergelijking(context: Excel.RequestContext): Promise<number> {
  let n = 0;
  for (const naam of VERGELIJKINGSBLADEN) if (await verwijderBlad(context, naam)) n++;
  return n;
}

/**
 * What `markeer` takes for the changed cells of the current planlijst. The mark follows the
 * deal's force: what it treats as information (every change) gets the neutral change mark; a
 * record with more force (a plan that could not be paired, a warning as in the comparison's
 * findings) is marked as that finding.
 */
export function wijzigingenAlsMarkeringen(r: VergelijkResultaat): MarkeerInvoer {
  const records = wijzigingMarkeringen(r.vergelijking);
  return {
    bevindingen: records.filter((f) => f.severity !== "info"),
    wijzigingen: records.filter((f) => f.severity === "info"),
    bladen: r.huidigeBladen,
  };
}

/**
 * Marks the changed cells as changes (a neutral colour and a prompt "Woondeal-toets:
 * wijziging", with conditional formats and prompts of ours as for findings), replacing every
 * earlier mark; "Markeringen wissen" removes them and restores the exact look.
 */
export function markeerWijzigingen(
  context: Excel.RequestContext,
  r: VergelijkResultaat,
  voorgeladen?: Voorgeladen
): Promise<MarkeringsVerslag> {
  return markeer(context, wijzigingenAlsMarkeringen(r), voorgeladen);
}
