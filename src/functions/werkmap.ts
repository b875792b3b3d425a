/**
 * The workbook behind OPGAVE and DEKKING in the shared runtime: the Office.js port of
 * WerkmapBron, built on src/excel/ (the same readers the task pane uses, read-only), and the
 * one source every formula shares.
 *
 * Changes it follows:
 * - an edit on a planlijst sheet: Worksheet.onChanged (ExcelApi 1.7), registered once per
 *   sheet for the life of the runtime (handlers are cheap and ignore events while no
 *   formula listens, which avoids removing handlers across Excel.run contexts);
 * - sheets added, deleted or renamed: WorksheetCollection.onAdded/onDeleted (1.7),
 *   onNameChanged (1.17), where the host supports them;
 * - the settings: SettingCollection.onSettingsChanged (1.4) where supported, and
 *   meldWerkmapWijziging("instellingen"), which the task pane calls after it saved them.
 */
import { leesWerkmapInstellingen, volgBewaardeInstellingen } from "../excel/instellingen";
import { leesPlanlijstBladen } from "../excel/planlijst";
import { leesBlad } from "../planlijst";
import { Onderdeel, WerkmapBron, WerkmapPoort } from "./bron";

/** True when the host supports this ExcelApi version (false outside Office, as in tests). */
function ondersteunt(versie: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported?.("ExcelApi", versie) === true;
}

/** The Office.js port: reads through Excel.run and src/excel/, follows the workbook's events. */
export function officePoort(): WerkmapPoort {
  let melder: ((wat: Onderdeel) => void) | undefined;
  let telt: (blad: string) => boolean = () => true;
  /** Sheets with an onChanged handler: id → name. */
  const bladen = new Map<string, string>();
  let werkmapGebeurtenissen = false;

  const bladGewijzigd = async (args: Excel.WorksheetChangedEventArgs) => {
    const naam = bladen.get(args.worksheetId);
    if (naam === undefined || telt(naam)) melder?.("planlijst");
  };
  const structuurGewijzigd = async () => {
    if (!melder) return;
    // A new sheet may be a planlijst: give it a handler too.
    await Excel.run((ctx) => registreer(ctx)).catch(() => undefined);
    melder?.("planlijst");
  };

  /** Adds the handlers that are not there yet (two syncs: the sheet list, then the registrations). */
  async function registreer(ctx: Excel.RequestContext): Promise<void> {
    const lijst = ctx.workbook.worksheets;
    lijst.load("items/name,items/id");
    await ctx.sync();
    for (const blad of lijst.items) {
      if (!bladen.has(blad.id)) blad.onChanged.add(bladGewijzigd);
      bladen.set(blad.id, blad.name);
    }
    if (!werkmapGebeurtenissen) {
      werkmapGebeurtenissen = true;
      if (ondersteunt("1.7")) {
        lijst.onAdded.add(structuurGewijzigd);
        lijst.onDeleted.add(structuurGewijzigd);
      }
      if (ondersteunt("1.17")) lijst.onNameChanged.add(structuurGewijzigd);
      if (ondersteunt("1.4"))
        ctx.workbook.settings.onSettingsChanged.add(async () => melder?.("instellingen"));
    }
    await ctx.sync();
  }

  return {
    leesInstellingen: () => Excel.run((ctx) => leesWerkmapInstellingen(ctx)),
    async leesPlanlijst(instellingen) {
      const gelezen = await Excel.run((ctx) => leesPlanlijstBladen(ctx));
      // As the task pane reads them: per sheet its column mapping and gemeente from the settings.
      return gelezen.map((b) => {
        const gemeente = instellingen.gemeentePerBlad?.[b.naam];
        const kolomToewijzing = instellingen.kolomToewijzing?.[b.naam];
        return leesBlad(b.naam, b.raster, {
          ...(b.oorsprong ? { oorsprong: b.oorsprong } : {}),
          ...(gemeente ? { gemeente } : {}),
          ...(kolomToewijzing ? { kolomToewijzing } : {}),
        });
      });
    },
    async volg(nieuweMelder, nieuwTelt) {
      melder = nieuweMelder;
      telt = nieuwTelt;
      await Excel.run((ctx) => registreer(ctx));
      return () => {
        if (melder === nieuweMelder) melder = undefined;
      };
    },
  };
}

let bron: WerkmapBron | undefined;

/** The workbook source every OPGAVE and DEKKING formula shares. */
export function werkmapBron(): WerkmapBron {
  bron ??= new WerkmapBron(officePoort());
  return bron;
}

/** Replaces the workbook source (tests). */
export function zetWerkmapBron(nieuw: WerkmapBron | undefined): void {
  bron = nieuw;
}

/**
 * Tells the functions that the workbook changed in a way no event reports, e.g. the task
 * pane saved new settings: OPGAVE and DEKKING recompute. No-op before any formula used it.
 */
export function meldWerkmapWijziging(wat: Onderdeel): void {
  bron?.wijziging(wat);
}

// The task pane shares this runtime: settings it saves reach the functions at once.
volgBewaardeInstellingen(() => meldWerkmapWijziging("instellingen"));
