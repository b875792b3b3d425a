/**
 * The PaneActies the task pane uses, implemented with Excel.run. The only module (with its
 * siblings in src/excel/) that touches Office.js.
 *
 * A full check (`controleer`) of a list under 4 MB takes 3 syncs whatever the row count:
 * (1) settings, mark registry, sheet names and the size of the active (or named) sheet
 * with a sample of its values; (2) the values, together with the state of earlier marks
 * (our conditional formats, the validation of cells we prompted, the cells with the user's
 * validation); (3) the writes. One more per 4 MB of values or writes; "every planlijst"
 * and an active sheet that is no planlijst add the sheet names / the other sheets; a chunk
 * of cells that mixes validation states adds one; registering change handlers adds one.
 *
 * Following changes (`volgWijzigingen`): through the workbook's one watcher (wijzigingen.ts),
 * which the custom functions share. It registers `worksheet.onChanged` on the checked
 * planlijst sheets (one more sync), debounces, re-reads only the changed rows with the header
 * row (one sync, together with the mark registry) into its cached grids and parses them
 * again; the pane re-runs the engine on its cached sheets and re-marks (2 more syncs).
 * Inserted or deleted rows/columns, a changed header or a large paste fall back to a full
 * check. The add-in's own writes do not restart it (see wijzigingen.ts).
 *
 * Summarising the workbook (`vatSamen`, samenvatting.ts): every sheet read and consolidated in
 * three syncs, the summary sheets written in two more; `verwijderSamenvatting` deletes them.
 *
 * Protected sheets: the findings are still returned; `controleer` rejects with
 * NietGemarkeerd, which carries the report and a Dutch message on what to do.
 */
import { PlanlijstBlad, leesBlad } from "../planlijst";
import { ToetsOpties, toetsOptiesVan, Rapport, toets } from "../rules";
import {
  ALLE_PLANLIJSTEN,
  BladInfo,
  GemarkeerdeWijzigingen,
  NietGemarkeerd,
  PaneActies,
  VergelijkResultaat,
  VorigeRonde,
  Voortgang,
  WerkmapInstellingen,
  WerkmapSamenvatting,
  WerkmapSamenvattingOpties,
} from "./acties";
import {
  bewaarWerkmapInstellingen,
  laadWerkmapInstellingen,
  leesWerkmapInstellingen,
} from "./instellingen";
import {
  MarkeerStaat,
  MarkeringsFout,
  MarkeringsVerslag,
  Voorgeladen,
  laadMarkeerStaat,
  laadVoorMarkeringen,
  markeer,
  markeringenVan,
  wisMarkeringen,
} from "./markeringen";
import { isEigenBlad } from "./namen";
import { GelezenBereik, GelezenBlad, leesPlanlijstBladen } from "./planlijst";
import { schrijfRapport } from "./rapport";
import { vatWerkmapSamen, verwijderSamenvatting } from "./samenvatting";
import { Verandering, Werkmapvolger, bladOpties, werkmapVolger } from "./wijzigingen";
import {
  markeerWijzigingen,
  schrijfVergelijking,
  vergelijkWerkmap,
  verwijderVergelijking,
  wijzigingenAlsMarkeringen,
} from "./vergelijking";

export * from "./acties";
export { leesPlanlijstBladen, leesRijen, laadRijen, LeesFout } from "./planlijst";
export type { GelezenBlad } from "./planlijst";
export {
  leesWerkmapInstellingen,
  bewaarWerkmapInstellingen,
  importeerInstellingen,
  instellingenAlsTekst,
  InstellingenFout,
} from "./instellingen";
export { markeer, wisMarkeringen } from "./markeringen";
export { schrijfRapport, verwijderRapport, rapportRaster } from "./rapport";
export { RAPPORTBLAD, SAMENVATTINGSBLADEN, isEigenBlad } from "./namen";
export { Werkmapvolger, werkmapVolger, bladOpties } from "./wijzigingen";
export type { Abonnee, CacheBlad, Verandering, VolgerOpties } from "./wijzigingen";
export { officePoort } from "./functiebron";
export {
  vatWerkmapSamen,
  schrijfSamenvatting,
  verwijderSamenvatting,
  PANE_BEDIENING,
} from "./samenvatting";
export {
  VERGELIJKINGSBLADEN,
  vergelijkWerkmap,
  schrijfVergelijking,
  verwijderVergelijking,
  markeerWijzigingen,
  vergelijkingRasters,
} from "./vergelijking";

export interface PaneOpties {
  /** Debounce of change events in ms (default 500), when this creates the workbook's watcher. */
  vertraging?: number;
  /** Called when a live re-check fails (default: console.error). */
  opFout?: (fout: unknown) => void;
  /** The workbook's watcher (default: the one this runtime shares with the custom functions). */
  volger?: Werkmapvolger;
}

/** The state of the last check, kept for live re-checks; the sheets live in the watcher's cache. */
interface Staat {
  /** The sheet asked for, if any. */
  blad?: string;
  /** Checked planlijst sheets (worksheet ids) in the order checked. */
  volgorde: string[];
}

export interface ToetsWerkmapOpties {
  /** Check only this sheet. */
  blad?: string;
  /** Without `blad`: check only the active sheet when it is a planlijst (the task pane's rule). */
  actiefVoorrang?: boolean;
  /** Extra loads for the first sync. */
  metEersteSync?: (context: Excel.RequestContext) => void;
  /** Called after the sheets were read. */
  naLezen?: () => void;
  /** Extra loads for the (first) values sync, with the sheets being read. */
  metWaardenSync?: (context: Excel.RequestContext, bladen: GelezenBereik[]) => void;
  /** Keep the sheets read (grids and parses) in this watcher's cache, for live re-checks. */
  volger?: Werkmapvolger;
}

export interface Toetsing {
  rapport: Rapport;
  /** The sheets checked, with their grids. */
  gekozen: { invoer: GelezenBlad; blad: PlanlijstBlad }[];
  inst: WerkmapInstellingen;
  opties: ToetsOpties;
}

/**
 * Reads the workbook's settings and planlijst sheets (settings travel with the first sync)
 * and checks them; marks nothing. Without `blad`: every planlijst sheet (e.g. for the custom
 * function WOONDEAL.DEKKING()), or the active one with `actiefVoorrang`.
 */
export async function leesEnToets(
  context: Excel.RequestContext,
  o: ToetsWerkmapOpties = {}
): Promise<Toetsing> {
  let leesInst: (() => WerkmapInstellingen) | undefined;
  const eersteSync = (c: Excel.RequestContext) => {
    leesInst = laadWerkmapInstellingen(c);
    o.metEersteSync?.(c);
  };
  const metWaarden = o.metWaardenSync ? { metWaardenSync: o.metWaardenSync } : {};
  const ontleed = (invoer: GelezenBlad[], inst: WerkmapInstellingen, alle = false) =>
    o.volger
      ? o.volger.onthoud(inst, invoer, alle)
      : invoer.map((i) => ({ invoer: i, blad: leesBlad(i.naam, i.raster, bladOpties(inst, i)) }));

  let gekozen: { invoer: GelezenBlad; blad: PlanlijstBlad }[] | undefined;
  let inst: WerkmapInstellingen;
  if (o.blad === undefined && o.actiefVoorrang) {
    // The active sheet first (the usual case: one planlijst open): two syncs.
    const actief = await leesPlanlijstBladen(context, {
      actief: true,
      metEersteSync: eersteSync,
      ...metWaarden,
    });
    inst = leesInst!();
    const g = ontleed(actief, inst);
    if (g.length === 1 && g[0].blad.isPlanlijst && !isEigenBlad(g[0].invoer.naam)) gekozen = g;
  } else {
    const invoer = await leesPlanlijstBladen(context, {
      ...(o.blad !== undefined ? { blad: o.blad } : {}),
      metEersteSync: eersteSync,
      ...metWaarden,
    });
    inst = leesInst!();
    gekozen = ontleed(invoer, inst, o.blad === undefined);
    if (o.blad === undefined) gekozen = gekozen.filter((g) => g.blad.isPlanlijst);
  }
  if (!gekozen) {
    // The active sheet is no planlijst: every planlijst sheet.
    const invoer = await leesPlanlijstBladen(context, metWaarden);
    gekozen = ontleed(invoer, inst, true).filter((g) => g.blad.isPlanlijst);
  }
  o.naLezen?.();
  const opties = toetsOptiesVan(inst);
  const rapport = toets(
    gekozen.map((g) => g.blad),
    opties
  );
  return { rapport, gekozen, inst, opties };
}

/** The pane's operations over Excel.run; the shared state lives in one PaneSessie. */
export function maakPaneActies(paneOpties: PaneOpties = {}): PaneActies {
  const sessie = new PaneSessie(paneOpties);
  return {
    bladen: leesBladen,
    controleer: (blad, voortgang) => sessie.controleer(blad, voortgang),
    selecteer,
    wisMarkeringen: () => sessie.wisMarkeringen(),
    async maakRapport(rapport) {
      await Excel.run((context) => schrijfRapport(context, rapport));
    },
    vergelijk: (vorige) => sessie.vergelijk(vorige),
    async schrijfVergelijking(resultaat) {
      await Excel.run((context) => schrijfVergelijking(context, resultaat));
    },
    markeerWijzigingen: (resultaat) => sessie.markeerWijzigingen(resultaat),
    verwijderVergelijking: async () => Excel.run((context) => verwijderVergelijking(context)),
    leesInstellingen: async () => Excel.run((context) => leesWerkmapInstellingen(context)),
    async bewaarInstellingen(instellingen) {
      await Excel.run((context) => bewaarWerkmapInstellingen(context, instellingen));
    },
    vatSamen: (opties) => sessie.vatSamen(opties),
    verwijderSamenvatting: async () => Excel.run((context) => verwijderSamenvatting(context)),
    volgWijzigingen: (terugroep) => sessie.volgWijzigingen(terugroep),
  };
}

/** The visible sheets of the workbook but the add-in's own, and which one is active. */
async function leesBladen(): Promise<BladInfo[]> {
  return Excel.run(async (context) => {
    const lijst = context.workbook.worksheets;
    lijst.load("items/name,items/visibility");
    const actief = lijst.getActiveWorksheet().load("name");
    await context.sync();
    return lijst.items
      .filter((b) => b.visibility !== "VeryHidden" && !isEigenBlad(b.name))
      .map((b) => ({ naam: b.name, actief: b.name === actief.name }));
  });
}

/** Activates a sheet and selects a cell on it. */
async function selecteer(blad: string, adres: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(blad);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw new Error(`Blad "${blad}" bestaat niet (meer) in deze werkmap.`);
    sheet.activate();
    sheet.getRange(adres).select();
    await context.sync();
  });
}

/**
 * The state the pane's operations share: the last check, the live re-check's subscribers and
 * subscription, and the chain of live re-checks that a check, clear or summary waits for.
 */
class PaneSessie {
  private readonly volger: Werkmapvolger;
  private readonly opFout: (fout: unknown) => void;
  private staat: Staat | undefined;
  private readonly volgers = new Set<(rapport: Rapport) => void>();
  private stopVolger: (() => void) | undefined;
  /** The pane's own chain of live re-checks (a check waits for it). */
  private bezig: Promise<void> = Promise.resolve();

  constructor(paneOpties: PaneOpties) {
    this.volger = paneOpties.volger ?? werkmapVolger(paneOpties);
    this.opFout =
      paneOpties.opFout ??
      ((e: unknown) => console.error("Woondeal-toets: hercontrole mislukt", e));
  }

  async controleer(blad?: string, voortgang?: (v: Voortgang) => void): Promise<Rapport> {
    await this.bezig;
    await this.volger.klaar();
    return Excel.run((context) => this.volledigeControle(context, blad, voortgang));
  }

  async wisMarkeringen(): Promise<void> {
    await this.bezig;
    await this.volger.klaar();
    const verslag = await Excel.run((context) =>
      this.volger.zelf(new Map(), () => wisMarkeringen(context))
    );
    if (verslag.beveiligd.length) {
      throw new Error(
        `${beveiligdTekst(verslag.beveiligd).split(":")[0]}: de markeringen daar zijn niet gewist. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Markeringen wissen.`
      );
    }
  }

  async vergelijk(vorige: VorigeRonde): Promise<VergelijkResultaat> {
    await this.volger.klaar();
    return Excel.run((context) => vergelijkWerkmap(context, vorige));
  }

  async markeerWijzigingen(resultaat: VergelijkResultaat): Promise<GemarkeerdeWijzigingen> {
    await this.bezig;
    await this.volger.klaar();
    const cellen = markeringenVan(wijzigingenAlsMarkeringen(resultaat));
    const verslag = await Excel.run((context) =>
      this.volger.zelf(cellen, () => markeerWijzigingen(context, resultaat))
    );
    if (verslag.beveiligd.length)
      throw new Error(
        `${beveiligdTekst(verslag.beveiligd).split(":")[0]}: de gewijzigde cellen daar zijn niet gemarkeerd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Markeer wijzigingen.`
      );
    return { wijzigingen: verslag.wijzigingen, waarschuwingen: verslag.waarschuwingen };
  }

  async vatSamen(opties?: WerkmapSamenvattingOpties): Promise<WerkmapSamenvatting> {
    await this.bezig;
    await this.volger.klaar();
    return Excel.run((context) => vatWerkmapSamen(context, opties));
  }

  volgWijzigingen(terugroep: (rapport: Rapport) => void): () => void {
    this.volgers.add(terugroep);
    const s = this.staat;
    if (this.volgers.size === 1) {
      const a = this.abonnee();
      this.stopVolger = this.volger.abonneer({
        metLeesSync: (c) => a.metLeesSync(c),
        wijziging: (v, c) => {
          const klaar = a.wijziging(v, c).catch(this.opFout);
          this.bezig = this.bezig.then(() => klaar);
          return klaar;
        },
      });
      if (s) {
        const bladen = s.volgorde.flatMap((id) => {
          const b = this.volger.blad(id);
          return b ? [{ naam: b.invoer.naam, id }] : [];
        });
        this.bezig = this.bezig
          .then(() => Excel.run((context) => this.volger.registreer(context, bladen)))
          .catch(this.opFout);
      }
    }
    return () => {
      this.volgers.delete(terugroep);
      if (this.volgers.size === 0 && this.stopVolger) {
        this.stopVolger();
        this.stopVolger = undefined;
      }
    };
  }

  /** Marks a report as the add-in's own write (its events are no changes). */
  private markeerZelf(
    context: Excel.RequestContext,
    rapport: Rapport,
    voorgeladen?: Voorgeladen,
    markStaat?: MarkeerStaat
  ): Promise<MarkeringsVerslag> {
    return this.volger.zelf(markeringenVan(rapport), () =>
      markeer(context, rapport, voorgeladen, markStaat)
    );
  }

  private meld(rapport: Rapport) {
    for (const v of this.volgers) v(rapport);
  }

  private async volledigeControle(
    context: Excel.RequestContext,
    blad: string | undefined,
    voortgang?: (v: Voortgang) => void
  ): Promise<Rapport> {
    voortgang?.({ stap: "Instellingen en planlijst lezen", fractie: 0.05 });
    let leesMark: (() => Voorgeladen) | undefined;
    let markStaat: MarkeerStaat | undefined;
    const alle = blad === ALLE_PLANLIJSTEN;
    if (alle) blad = undefined;
    const { rapport, gekozen } = await leesEnToets(context, {
      ...(blad !== undefined ? { blad } : {}),
      actiefVoorrang: !alle,
      volger: this.volger,
      metEersteSync: (c) => {
        const lees = laadVoorMarkeringen(c);
        // Read once, right after the first sync (a later load of the sheets replaces them).
        let v: Voorgeladen | undefined;
        leesMark = () => (v ??= lees());
      },
      // The state of earlier marks travels with the values: no sync of its own.
      metWaardenSync: (c, bladen) => {
        markStaat = laadMarkeerStaat(c, leesMark!(), bladen);
      },
      naLezen: () => voortgang?.({ stap: "Planlijst controleren", fractie: 0.5 }),
    });
    voortgang?.({ stap: "Cellen markeren", fractie: 0.7 });
    let nietGemarkeerd: string | undefined;
    try {
      const verslag = await this.markeerZelf(context, rapport, leesMark!(), markStaat);
      if (verslag.beveiligd.length) nietGemarkeerd = beveiligdTekst(verslag.beveiligd);
    } catch (e) {
      if (!(e instanceof MarkeringsFout)) throw e;
      nietGemarkeerd = e.message;
    }
    const lijsten = gekozen.filter((g) => g.blad.isPlanlijst);
    this.staat = {
      ...(alle ? { blad: ALLE_PLANLIJSTEN } : blad !== undefined ? { blad } : {}),
      volgorde: lijsten.map((g) => g.invoer.id),
    };
    if (this.volgers.size)
      await this.volger.registreer(
        context,
        lijsten.map((g) => ({ naam: g.invoer.naam, id: g.invoer.id }))
      );
    const opmerkingen = lijsten.flatMap((g) => g.invoer.opmerkingen);
    voortgang?.({ stap: "Klaar", fractie: 1, ...(opmerkingen.length ? { opmerkingen } : {}) });
    if (nietGemarkeerd) throw new NietGemarkeerd(nietGemarkeerd, rapport);
    return rapport;
  }

  /**
   * A live re-check after a batch of the watcher: the engine over the checked sheets as the
   * watcher now holds them, and new marks; a full check when one of them must be read again.
   */
  private abonnee() {
    let leesMark: (() => Voorgeladen) | undefined;
    return {
      metLeesSync(context: Excel.RequestContext) {
        leesMark = laadVoorMarkeringen(context);
      },
      wijziging: async (v: Verandering, context: Excel.RequestContext) => {
        const s = this.staat;
        const mark = leesMark;
        leesMark = undefined;
        if (!s || this.volgers.size === 0) return;
        const raakt = (m: ReadonlyMap<string, string>) => s.volgorde.some((id) => m.has(id));
        let rapport: Rapport;
        if (raakt(v.opnieuw) || raakt(v.overig) || s.volgorde.some((id) => !this.volger.blad(id)))
          rapport = await this.volledigeControle(context, s.blad);
        else if (raakt(v.bijgewerkt)) {
          rapport = toets(
            s.volgorde.map((id) => this.volger.blad(id)!.blad),
            toetsOptiesVan(this.volger.instellingen!)
          );
          await this.markeerZelf(context, rapport, mark?.());
        } else return;
        this.meld(rapport);
      },
    };
  }
}

/** "Blad "Emmen" is beveiligd: …" — what the pane says when marks could not be written. */
function beveiligdTekst(bladen: string[]): string {
  const namen = bladen.map((b) => `"${b}"`).join(", ");
  const wat =
    bladen.length === 1 ? `Blad ${namen} is beveiligd` : `De bladen ${namen} zijn beveiligd`;
  return `${wat}: de cellen met bevindingen zijn niet gemarkeerd. De bevindingen staan hieronder. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Controleer om ze te markeren.`;
}
