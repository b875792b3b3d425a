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
 * Following changes (`volgWijzigingen`): `worksheet.onChanged` on the checked planlijst
 * sheets (ExcelApi 1.7), debounced; an edit of rows re-reads only those rows and the header
 * row (one sync, together with the mark registry), re-reads the sheet's cached grid with the
 * rows replaced, re-runs the engine on all cached sheets and re-marks (2 more syncs).
 * Inserted or deleted rows/columns, a changed header or a large paste fall back to a full
 * check. Excel raises the event for the add-in's own writes too, after the sync that made
 * them: with ExcelApi 1.14 they carry `triggerSource` "ThisLocalAddin" and are ignored; on
 * older hosts the property is missing, so an event that lies within the cells the add-in
 * marked is verified by value (one sync reading those cells): unchanged cells end it there,
 * so the live re-check never restarts itself. Event addresses may hold several areas
 * ("A1:B2,D4").
 *
 * Protected sheets: the findings are still returned; `controleer` rejects with
 * NietGemarkeerd, which carries the report and a Dutch message on what to do.
 */
import { BladOpties, PlanlijstBlad, leesBlad, Cel, kolomLetters } from "../planlijst";
import { ToetsOpties, Rapport, toets } from "../rules";
import {
  ALLE_PLANLIJSTEN,
  BladInfo,
  NietGemarkeerd,
  PaneActies,
  Voortgang,
  WerkmapInstellingen,
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
import { RAPPORTBLAD } from "./namen";
import { GelezenBereik, GelezenBlad, laadRijen, leesPlanlijstBladen } from "./planlijst";
import { schrijfRapport } from "./rapport";

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
export { RAPPORTBLAD } from "./namen";

export interface PaneOpties {
  /** Debounce of change events in ms (default 500). */
  vertraging?: number;
  /** Called when a live re-check fails (default: console.error). */
  opFout?: (fout: unknown) => void;
}

/** Rows changed at once above which a live re-check reads everything again. */
const MAX_GEWIJZIGDE_RIJEN = 2_000;

/** The state of the last check, kept for live re-checks. */
interface Staat {
  /** The sheet asked for, if any. */
  blad?: string;
  instellingen: WerkmapInstellingen;
  opties: ToetsOpties;
  /** Checked planlijst sheets by worksheet id: their grid and parsed sheet. */
  bladen: Map<string, { invoer: GelezenBlad; blad: PlanlijstBlad }>;
  /** Parsed sheets in the order checked. */
  volgorde: string[];
}

interface Wijziging {
  rijen: Set<number>;
  volledig: boolean;
  /** Areas of events without triggerSource inside our own marks: re-read and compared by value. */
  controle: Gebied[];
}

export interface Gebied {
  /** Rows 1-based, columns 0-based, inclusive. */
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

function bladOpties(inst: WerkmapInstellingen, invoer: GelezenBlad): BladOpties {
  return {
    oorsprong: invoer.oorsprong,
    // Hidden sheets and rows count, and the check says so (info at their address).
    ...(invoer.zichtbaarheid ? { zichtbaarheid: invoer.zichtbaarheid } : {}),
    ...(invoer.verborgenRijen?.length ? { verborgenRijen: invoer.verborgenRijen } : {}),
    ...(inst.gemeentePerBlad?.[invoer.naam] ? { gemeente: inst.gemeentePerBlad[invoer.naam] } : {}),
    ...(inst.kolomToewijzing?.[invoer.naam]
      ? { kolomToewijzing: inst.kolomToewijzing[invoer.naam] }
      : {}),
  };
}

function toetsOpties(inst: WerkmapInstellingen): ToetsOpties {
  return {
    instellingen: inst.deal,
    ...(inst.peildatum ? { peildatum: inst.peildatum } : {}),
    ...(inst.grensjaar !== undefined ? { grensjaar: inst.grensjaar } : {}),
  };
}

/**
 * Areas of an event address: one ("C5", "C5:D9", "5:7", "C:D", "Blad1!C5") or several
 * ("A1:B2,D4"); undefined when any part cannot be read.
 */
export function gebiedenVan(adres: string): Gebied[] | undefined {
  const delen = adres.split(",").map((d) => gebiedVan(d.trim()));
  return delen.every((d) => d) ? (delen as Gebied[]) : undefined;
}

/** Rows (1-based) and columns (0-based) of one area ("C5", "C5:D9", "5:7", "C:D"). */
export function gebiedVan(adres: string): Gebied | undefined {
  const kaal = adres.replace(/\$/g, "").split("!").pop() ?? "";
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(kaal);
  if (!m || (!m[1] && !m[2])) return undefined;
  const kol = (l: string) => {
    let n = 0;
    for (const ch of l.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n - 1;
  };
  const [, k0, r0, k1 = k0, r1 = r0] = m;
  return {
    r0: r0 ? Number(r0) : 1,
    r1: r1 ? Number(r1) : 1048576,
    c0: k0 ? kol(k0) : 0,
    c1: k1 ? kol(k1) : 16383,
  };
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
  const ontleed = (invoer: GelezenBlad[], inst: WerkmapInstellingen) =>
    invoer.map((i) => ({ invoer: i, blad: leesBlad(i.naam, i.raster, bladOpties(inst, i)) }));

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
    if (g.length === 1 && g[0].blad.isPlanlijst && g[0].invoer.naam !== RAPPORTBLAD) gekozen = g;
  } else {
    const invoer = await leesPlanlijstBladen(context, {
      ...(o.blad !== undefined ? { blad: o.blad } : {}),
      metEersteSync: eersteSync,
      ...metWaarden,
    });
    inst = leesInst!();
    gekozen = ontleed(invoer, inst);
    if (o.blad === undefined) gekozen = gekozen.filter((g) => g.blad.isPlanlijst);
  }
  if (!gekozen) {
    // The active sheet is no planlijst: every planlijst sheet.
    const invoer = await leesPlanlijstBladen(context, metWaarden);
    gekozen = ontleed(invoer, inst).filter((g) => g.blad.isPlanlijst);
  }
  o.naLezen?.();
  const opties = toetsOpties(inst);
  const rapport = toets(
    gekozen.map((g) => g.blad),
    opties
  );
  return { rapport, gekozen, inst, opties };
}

export function maakPaneActies(paneOpties: PaneOpties = {}): PaneActies {
  const vertraging = paneOpties.vertraging ?? 500;
  const opFout =
    paneOpties.opFout ?? ((e: unknown) => console.error("Woondeal-toets: hercontrole mislukt", e));
  let staat: Staat | undefined;
  const volgers = new Set<(rapport: Rapport) => void>();
  /** Registered handlers by worksheet id. */
  const handlers = new Map<
    string,
    OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>
  >();
  const wachtend = new Map<string, Wijziging>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let bezig: Promise<void> = Promise.resolve();
  let schrijftZelf = false;
  /** Cells (A1) per sheet name that the last marking touched (old and new marks). */
  let eigen = new Map<string, Set<string>>();

  function binnenEigen(blad: string, gebieden: Gebied[]): boolean {
    const cellen = eigen.get(blad);
    if (!cellen) return false;
    for (const g of gebieden) {
      if ((g.r1 - g.r0 + 1) * (g.c1 - g.c0 + 1) > cellen.size) return false;
      for (let r = g.r0; r <= g.r1; r++)
        for (let c = g.c0; c <= g.c1; c++) if (!cellen.has(`${kolomLetters(c)}${r}`)) return false;
    }
    return true;
  }

  /** Marks a report; remembers the cells involved (for events without triggerSource). */
  async function markeerEnOnthoud(
    context: Excel.RequestContext,
    rapport: Rapport,
    voorgeladen: Voorgeladen,
    staat?: MarkeerStaat
  ): Promise<MarkeringsVerslag> {
    const nieuw = markeringenVan(rapport);
    const samen = new Map<string, Set<string>>();
    for (const [blad, cellen] of [...eigen, ...nieuw]) {
      if (!samen.has(blad)) samen.set(blad, new Set());
      for (const c of cellen.keys()) samen.get(blad)!.add(c);
    }
    eigen = samen;
    schrijftZelf = true;
    try {
      return await markeer(context, rapport, voorgeladen, staat);
    } finally {
      schrijftZelf = false;
    }
  }

  async function wijzigingOntvangen(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (schrijftZelf || args.triggerSource === "ThisLocalAddin") return;
    const b = staat?.bladen.get(args.worksheetId);
    if (!b) return;
    const w = wachtend.get(args.worksheetId) ?? {
      rijen: new Set<number>(),
      volledig: false,
      controle: [],
    };
    wachtend.set(args.worksheetId, w);
    const gebieden = gebiedenVan(args.address);
    if (args.changeType !== "RangeEdited" || !gebieden) w.volledig = true;
    else if (args.triggerSource === undefined && binnenEigen(b.invoer.naam, gebieden))
      // An older host: perhaps our own write (marks), perhaps the user's edit of a marked cell.
      w.controle.push(...gebieden);
    else
      for (const g of gebieden) {
        if (g.r1 - g.r0 + 1 > MAX_GEWIJZIGDE_RIJEN) w.volledig = true;
        else for (let r = g.r0; r <= g.r1; r++) w.rijen.add(r);
      }
    if (w.rijen.size > MAX_GEWIJZIGDE_RIJEN) w.volledig = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      bezig = bezig.then(hercontroleer).catch(opFout);
    }, vertraging);
  }

  async function registreer(context: Excel.RequestContext, bladen: { naam: string; id: string }[]) {
    let nieuw = false;
    for (const b of bladen) {
      if (handlers.has(b.id)) continue;
      handlers.set(
        b.id,
        context.workbook.worksheets.getItem(b.naam).onChanged.add(wijzigingOntvangen)
      );
      nieuw = true;
    }
    if (nieuw) await context.sync();
  }

  async function deregistreer() {
    const lijst = [...handlers.values()];
    handlers.clear();
    for (const h of lijst) {
      await Excel.run(h.context, async (context) => {
        h.remove();
        // One sync per handler: each was registered in its own request context.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
    }
  }

  function meld(rapport: Rapport) {
    for (const v of volgers) v(rapport);
  }

  async function volledigeControle(
    context: Excel.RequestContext,
    blad: string | undefined,
    voortgang?: (v: Voortgang) => void
  ): Promise<Rapport> {
    voortgang?.({ stap: "Instellingen en planlijst lezen", fractie: 0.05 });
    let leesMark: (() => Voorgeladen) | undefined;
    let markStaat: MarkeerStaat | undefined;
    const alle = blad === ALLE_PLANLIJSTEN;
    if (alle) blad = undefined;
    const { rapport, gekozen, inst, opties } = await leesEnToets(context, {
      ...(blad !== undefined ? { blad } : {}),
      actiefVoorrang: !alle,
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
      const verslag = await markeerEnOnthoud(context, rapport, leesMark!(), markStaat);
      if (verslag.beveiligd.length) nietGemarkeerd = beveiligdTekst(verslag.beveiligd);
    } catch (e) {
      if (!(e instanceof MarkeringsFout)) throw e;
      nietGemarkeerd = e.message;
    }
    const lijsten = gekozen.filter((g) => g.blad.isPlanlijst);
    staat = {
      ...(alle ? { blad: ALLE_PLANLIJSTEN } : blad !== undefined ? { blad } : {}),
      instellingen: inst,
      opties,
      bladen: new Map(lijsten.map((g) => [g.invoer.id, g])),
      volgorde: lijsten.map((g) => g.invoer.id),
    };
    if (volgers.size)
      await registreer(
        context,
        lijsten.map((g) => ({ naam: g.invoer.naam, id: g.invoer.id }))
      );
    const opmerkingen = lijsten.flatMap((g) => g.invoer.opmerkingen);
    voortgang?.({ stap: "Klaar", fractie: 1, ...(opmerkingen.length ? { opmerkingen } : {}) });
    if (nietGemarkeerd) throw new NietGemarkeerd(nietGemarkeerd, rapport);
    return rapport;
  }

  /** A live re-check of the changes collected so far. */
  async function hercontroleer(): Promise<void> {
    const wijzigingen = new Map(wachtend);
    wachtend.clear();
    const s = staat;
    if (!s || wijzigingen.size === 0 || volgers.size === 0) return;
    // An edit above or in the header (title with the gemeente, column names) re-reads everything.
    const bovenKop = [...wijzigingen].some(([id, w]) =>
      [...w.rijen].some((r) => r < (s.bladen.get(id)?.blad.kopRij ?? Infinity))
    );
    if (bovenKop || [...wijzigingen.values()].some((w) => w.volledig)) {
      meld(await Excel.run((context) => volledigeControle(context, s.blad)));
      return;
    }
    const uitkomst = await Excel.run(async (context) => {
      const leesMark = laadVoorMarkeringen(context);
      const lezers = [...wijzigingen].map(([id, w]) => {
        const b = s.bladen.get(id)!;
        const kop = b.blad.kopRij!;
        const rijen = w.rijen.size ? [kop, ...[...w.rijen].filter((r) => r > kop)] : [];
        const k0 = b.invoer.kolomIndex;
        const k1 = k0 + Math.max(1, b.invoer.kolommen) - 1;
        const sheet = context.workbook.worksheets.getItem(b.invoer.naam);
        const bereiken = w.controle
          .map((g) => ({ ...g, c0: Math.max(g.c0, k0), c1: Math.min(g.c1, k1) }))
          .filter((g) => g.c0 <= g.c1)
          .map((g) => {
            const bereik = sheet.getRangeByIndexes(
              g.r0 - 1,
              g.c0,
              g.r1 - g.r0 + 1,
              g.c1 - g.c0 + 1
            );
            bereik.load("values");
            return { g, bereik };
          });
        return {
          b,
          kop,
          lees: rijen.length
            ? laadRijen(context, b.invoer.naam, rijen, b.invoer.kolomIndex, b.invoer.kolommen)
            : undefined,
          bereiken,
        };
      });
      await context.sync();
      let veranderd = false;
      for (const { b, kop, lees, bereiken } of lezers) {
        const { raster, rijIndex, kolomIndex } = b.invoer;
        let hier = false;
        /** Puts a value in the cached grid (row 1-based, column 0-based); false for the header. */
        const zet = (r: number, c: number, v: Cel): boolean => {
          const i = r - 1 - rijIndex;
          const j = c - kolomIndex;
          if (i < 0 || j < 0) return true;
          const oud = raster[i]?.[j] ?? "";
          if (oud === (v ?? "")) return true;
          if (r === kop) return false;
          if (i >= raster.length) raster.length = i + 1;
          raster[i] ??= [];
          raster[i][j] = v;
          hier = true;
          return true;
        };
        if (lees) {
          const rijen = lees();
          const oudeKop = raster[kop - 1 - rijIndex] ?? [];
          if (!zelfdeRij(oudeKop, rijen.get(kop) ?? [])) return "volledig";
          for (const [r, waarden] of rijen) {
            if (r === kop) continue;
            waarden.forEach((v, j) => zet(r, kolomIndex + j, v));
            // Cells beyond the read width were cleared.
            const i = r - 1 - rijIndex;
            if (i >= 0 && (raster[i]?.length ?? 0) > waarden.length) {
              raster[i].length = waarden.length;
              hier = true;
            }
          }
        }
        for (const { g, bereik } of bereiken) {
          const waarden = bereik.values as Cel[][];
          for (let i = 0; i < waarden.length; i++)
            for (let j = 0; j < waarden[i].length; j++)
              if (!zet(g.r0 + i, g.c0 + j, waarden[i][j])) return "volledig";
        }
        if (hier) {
          veranderd = true;
          b.blad = leesBlad(b.invoer.naam, raster, bladOpties(s.instellingen, b.invoer));
        }
      }
      // Nothing changed (e.g. the events of our own marks on a host without triggerSource).
      if (!veranderd) return "ongewijzigd";
      const r = toets(
        s.volgorde.map((id) => s.bladen.get(id)!.blad),
        s.opties
      );
      await markeerEnOnthoud(context, r, leesMark());
      return r;
    });
    if (uitkomst === "ongewijzigd") return;
    // A changed header changes the column mapping: read everything again.
    meld(
      uitkomst === "volledig"
        ? await Excel.run((context) => volledigeControle(context, s.blad))
        : uitkomst
    );
  }

  return {
    async bladen(): Promise<BladInfo[]> {
      return Excel.run(async (context) => {
        const lijst = context.workbook.worksheets;
        lijst.load("items/name,items/visibility");
        const actief = lijst.getActiveWorksheet().load("name");
        await context.sync();
        return lijst.items
          .filter((b) => b.visibility !== "VeryHidden" && b.name !== RAPPORTBLAD)
          .map((b) => ({ naam: b.name, actief: b.name === actief.name }));
      });
    },

    async controleer(blad?: string, voortgang?: (v: Voortgang) => void): Promise<Rapport> {
      await bezig;
      return Excel.run((context) => volledigeControle(context, blad, voortgang));
    },

    async selecteer(blad: string, adres: string): Promise<void> {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(blad);
        sheet.load("name");
        await context.sync();
        if (sheet.isNullObject)
          throw new Error(`Blad "${blad}" bestaat niet (meer) in deze werkmap.`);
        sheet.activate();
        sheet.getRange(adres).select();
        await context.sync();
      });
    },

    async wisMarkeringen(): Promise<void> {
      await bezig;
      const verslag = await Excel.run(async (context) => {
        schrijftZelf = true;
        try {
          return await wisMarkeringen(context);
        } finally {
          schrijftZelf = false;
        }
      });
      if (verslag.beveiligd.length) {
        throw new Error(
          `${beveiligdTekst(verslag.beveiligd).split(":")[0]}: de markeringen daar zijn niet gewist. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Markeringen wissen.`
        );
      }
    },

    async maakRapport(rapport: Rapport): Promise<void> {
      await Excel.run((context) => schrijfRapport(context, rapport));
    },

    async leesInstellingen(): Promise<WerkmapInstellingen> {
      return Excel.run((context) => leesWerkmapInstellingen(context));
    },

    async bewaarInstellingen(instellingen: WerkmapInstellingen): Promise<void> {
      await Excel.run((context) => bewaarWerkmapInstellingen(context, instellingen));
    },

    volgWijzigingen(terugroep: (rapport: Rapport) => void): () => void {
      volgers.add(terugroep);
      const s = staat;
      if (s && volgers.size === 1) {
        const bladen = s.volgorde.map((id) => ({ naam: s.bladen.get(id)!.invoer.naam, id }));
        bezig = bezig.then(() => Excel.run((context) => registreer(context, bladen))).catch(opFout);
      }
      return () => {
        volgers.delete(terugroep);
        if (volgers.size === 0) {
          if (timer) clearTimeout(timer);
          timer = undefined;
          wachtend.clear();
          bezig = bezig.then(deregistreer).catch(opFout);
        }
      };
    },
  };
}

/** "Blad "Emmen" is beveiligd: …" — what the pane says when marks could not be written. */
function beveiligdTekst(bladen: string[]): string {
  const namen = bladen.map((b) => `"${b}"`).join(", ");
  const wat =
    bladen.length === 1 ? `Blad ${namen} is beveiligd` : `De bladen ${namen} zijn beveiligd`;
  return `${wat}: de cellen met bevindingen zijn niet gemarkeerd. De bevindingen staan hieronder. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Controleer om ze te markeren.`;
}

function zelfdeRij(a: Cel[], b: Cel[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return false;
  }
  return true;
}
