/**
 * The workbook as the custom functions (OPGAVE, DEKKING) read it: the Office.js side of
 * src/functions/bron.ts. Settings through src/excel/instellingen.ts; the sheets and every
 * change through the workbook's one watcher (wijzigingen.ts), which the task pane shares: a
 * check by the pane and a formula read one cache, and an edit is read once for both.
 *
 * Changes it reports:
 * - an edit on a planlijst sheet (or on any sheet while none is a planlijst);
 * - sheets added, deleted or renamed, where the host raises those events;
 * - the settings: SettingCollection.onSettingsChanged (1.4) where supported; the task pane's
 *   own save reaches the functions through volgBewaardeInstellingen (src/functions/werkmap.ts).
 */
import { Onderdeel, WerkmapPoort } from "./acties";
import { leesWerkmapInstellingen } from "./instellingen";
import { Werkmapvolger, werkmapVolger } from "./wijzigingen";

/** The Office.js port of the functions' source, over the workbook's watcher. */
export function officePoort(volger: Werkmapvolger = werkmapVolger()): WerkmapPoort {
  return {
    leesInstellingen: () => Excel.run((context) => leesWerkmapInstellingen(context)),
    // As the task pane reads them: per sheet its column mapping and gemeente from the settings.
    leesPlanlijst: (instellingen) => volger.alleBladen(instellingen),
    async volg(melder: (wat: Onderdeel) => void, telt: (blad: string) => boolean) {
      const stop = volger.abonneer({
        wijziging(v) {
          if (v.instellingen) melder("instellingen");
          const namen = [...v.bijgewerkt.values(), ...v.opnieuw.values(), ...v.overig.values()];
          if (v.structuur || namen.some(telt)) melder("planlijst");
        },
      });
      try {
        await Excel.run((context) => volger.registreerAlles(context));
      } catch (e) {
        stop();
        throw e;
      }
      return stop;
    },
    rust: () => volger.rust(),
  };
}
