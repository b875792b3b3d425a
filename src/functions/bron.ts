/**
 * The workbook as the custom functions see it, in the shared runtime: the bijlage 3
 * settings and the engine's summary of the planlijst, read once and cached, and the
 * streaming formulas (OPGAVE, DEKKING) that depend on them, which get a new result when
 * the settings or a planlijst sheet change.
 *
 * Why streaming, not @volatile: a volatile DEKKING would re-read the whole planlijst
 * through Office.js at every recalculation of anything in the workbook (every edit in
 * any cell), and would still not notice a change of the settings, which live outside the
 * grid. A streaming function is called once per formula; this module recomputes it only
 * when the planlijst or the settings actually change (worksheet and settings events,
 * debounced), and all DEKKING cells share one read. Excel cancels the stream when the
 * formula is deleted or its arguments change; then the formula stops listening.
 *
 * Office.js stays behind WerkmapPoort (src/excel/functiebron.ts implements it over the
 * workbook's one change watcher, shared with the task pane); this module is plain TypeScript
 * and is tested with a stub port.
 */
import { Onderdeel, WerkmapInstellingen, WerkmapPoort } from "../excel/acties";
import { PlanlijstBlad } from "../planlijst";
import { maakContext, toetsOptiesVan, SamenvattingResultaat, vatSamen } from "../rules";
import { FunctieFout, isFunctieFout, nietBeschikbaar } from "./fouten";

export type { Onderdeel, WerkmapPoort } from "../excel/acties";

/** The part of CustomFunctions.StreamingInvocation a streaming function uses. */
export interface Stroom<T> {
  setResult(value: T): void;
  onCanceled?: () => void;
}

export interface Planlijst {
  bladen: PlanlijstBlad[];
  /** The engine's totals; undefined when the workbook has no planlijst sheet. */
  samenvatting?: SamenvattingResultaat;
}

interface Abonnee {
  nodig: ReadonlySet<Onderdeel>;
  bereken: () => Promise<void>;
  actief: boolean;
}

export interface BronOpties {
  /** Milliseconds to wait after a change before recomputing (changes in between are taken together). */
  wachttijd?: number;
}

export class WerkmapBron {
  private instellingenCache?: Promise<WerkmapInstellingen>;
  private planlijstCache?: Promise<Planlijst>;
  private planlijstBladen?: ReadonlySet<string>;
  private readonly abonnees = new Set<Abonnee>();
  private stopVolgen?: Promise<(() => unknown) | undefined>;
  private readonly gewijzigd = new Set<Onderdeel>();
  private timer?: ReturnType<typeof setTimeout>;
  private lopend = new Set<Promise<void>>();
  private readonly wachttijd: number;

  constructor(
    private readonly poort: WerkmapPoort,
    opties: BronOpties = {}
  ) {
    this.wachttijd = opties.wachttijd ?? 300;
  }

  /** The settings stored in the workbook (cached until they change). */
  instellingen(): Promise<WerkmapInstellingen> {
    if (!this.instellingenCache) {
      const p = this.poort.leesInstellingen();
      this.instellingenCache = p;
      p.catch(() => this.instellingenCache === p && (this.instellingenCache = undefined));
    }
    return this.instellingenCache;
  }

  /** The planlijst sheets and the engine's summary of them (cached until a planlijst sheet or the settings change). */
  planlijst(): Promise<Planlijst> {
    if (!this.planlijstCache) {
      const p = this.leesPlanlijst();
      this.planlijstCache = p;
      p.catch(() => this.planlijstCache === p && (this.planlijstCache = undefined));
    }
    return this.planlijstCache;
  }

  private async leesPlanlijst(): Promise<Planlijst> {
    const instellingen = await this.instellingen();
    const bladen = await this.poort.leesPlanlijst(instellingen);
    const lijsten = bladen.filter((b) => b.isPlanlijst);
    this.planlijstBladen = new Set(lijsten.map((b) => b.naam));
    if (lijsten.length === 0) return { bladen };
    return { bladen, samenvatting: vatSamen(lijsten, maakContext(toetsOptiesVan(instellingen))) };
  }

  /**
   * Computes a streaming formula now and again whenever what it needs changes. `bereken`
   * gives the result; a failure to read the workbook becomes `alsFout(#N/A …)`.
   */
  volg<T>(
    stroom: Stroom<T>,
    nodig: readonly Onderdeel[],
    bereken: () => Promise<T>,
    alsFout: (fout: FunctieFout) => T
  ): void {
    let volgnummer = 0;
    const abonnee: Abonnee = {
      nodig: new Set(nodig),
      actief: true,
      bereken: async () => {
        const mijn = ++volgnummer;
        let uitkomst: T;
        try {
          uitkomst = await bereken();
        } catch (e) {
          uitkomst = alsFout(isFunctieFout(e) ? e : leesFout(e));
        }
        // A newer computation (after a later change) wins; a cancelled formula gets nothing.
        if (abonnee.actief && mijn === volgnummer) stroom.setResult(uitkomst);
      },
    };
    this.abonnees.add(abonnee);
    stroom.onCanceled = () => this.zegOp(abonnee);
    this.startVolgen();
    this.houdBij(abonnee.bereken());
  }

  /** Called by the port when the workbook changes: forget what is stale, recompute after a pause. */
  wijziging(wat: Onderdeel): void {
    this.planlijstCache = undefined;
    if (wat === "instellingen") this.instellingenCache = undefined;
    this.gewijzigd.add(wat);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.herbereken(), this.wachttijd);
  }

  /** Resolves when no change is waiting and no computation is running (for tests and shutdown). */
  async rust(): Promise<void> {
    for (;;) {
      // Changes the port has seen but not reported yet come first.
      await this.poort.rust?.();
      if (this.timer === undefined && this.lopend.size === 0) break;
      if (this.timer !== undefined) await new Promise((r) => setTimeout(r, this.wachttijd + 1));
      await Promise.all([...this.lopend]);
    }
    if (this.stopVolgen) await this.stopVolgen;
  }

  /** Number of formulas that are listening. */
  get aantalAbonnees(): number {
    return this.abonnees.size;
  }

  private herbereken(): void {
    this.timer = undefined;
    const wat = new Set(this.gewijzigd);
    this.gewijzigd.clear();
    for (const a of this.abonnees) {
      // The settings decide how the planlijst is read, so a settings change reaches everyone.
      if (wat.has("instellingen") || [...wat].some((w) => a.nodig.has(w)))
        this.houdBij(a.bereken());
    }
  }

  private houdBij(p: Promise<void>): void {
    this.lopend.add(p);
    void p.finally(() => this.lopend.delete(p));
  }

  private startVolgen(): void {
    if (this.stopVolgen) return;
    const telt = (blad: string) =>
      !this.planlijstBladen || this.planlijstBladen.size === 0 || this.planlijstBladen.has(blad);
    this.stopVolgen = this.poort.volg((wat) => this.wijziging(wat), telt).catch(() => undefined);
  }

  private zegOp(abonnee: Abonnee): void {
    abonnee.actief = false;
    this.abonnees.delete(abonnee);
    if (this.abonnees.size > 0 || !this.stopVolgen) return;
    // Nobody listens any more: stop the events and forget the cache (it would go stale unseen).
    const stop = this.stopVolgen;
    this.stopVolgen = undefined;
    this.instellingenCache = undefined;
    this.planlijstCache = undefined;
    this.planlijstBladen = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.gewijzigd.clear();
    this.houdBij(stop.then((s) => void s?.()).catch(() => undefined));
  }
}

function leesFout(e: unknown): FunctieFout {
  const reden = e instanceof Error ? e.message : String(e);
  return nietBeschikbaar(`De werkmap kon niet worden gelezen: ${reden}`);
}
