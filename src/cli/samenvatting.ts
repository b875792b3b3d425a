/**
 * woondeal-toets samenvatting: the province's view (art. 8.1). Reads several planlijsten
 * (one per gemeente, or one workbook with a sheet per gemeente) and summary workbooks,
 * checks all planlijst sheets in one run of the engine (so a plan sent in two files is
 * found), counts every plan once, and writes a summary workbook with the sheets
 * Samenvatting, Bevindingen and Verantwoording (and "Uit samenvattingen" when a summary
 * per gemeente was read).
 *
 * `consolideer` is pure (grids in, figures and findings out); the rest is file handling.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import {
  GEMEENTEN,
  GemeenteNaam,
  REGIO,
  herkenGemeente,
  DealInstellingen,
  aandeelVan,
  AFSPRAKEN,
  Bron,
  DEAL,
  PERIODE,
  socialeHuurgrens,
} from "../deal";
import {
  PlanlijstBlad,
  WerkmapInvoer,
  leesWerkmap,
  Plan,
  nettoVan,
  FoutCel,
  Hardheidsoort,
  HARDHEIDSOORTEN,
  SamenvattingsBlad,
  foutCellen,
  leesSamenvattingsblad,
  normaliseer,
} from "../planlijst";
import {
  Bevinding,
  ERNST_LABEL,
  Ernst,
  RegelDefinitie,
  aantal,
  maakBevinding,
  procent,
  ToetsOpties,
  maakContext,
  REGELS,
  REGEL_OP_CODE,
  Samenvatting,
  vatSamen,
  toetsDubbel,
  Rapport,
  sorteerBevindingen,
  telErnst,
  toets,
  toetsTotalen,
} from "../rules";
import type { Uitvoer } from "./main";
import {
  GebruikFout,
  leesGrensjaar,
  leesInstellingenBestand,
  leesPeildatum,
  ontleedArgumenten,
} from "./opties";
import { InvoerFout, leesXlsx } from "./xlsx";
import { controleerUitvoerPad, schrijfVia } from "./uitvoer";

/** Rules of the consolidation itself (summary workbooks, files). Candidates for src/rules/regels.ts. */
export const SAMENVATTING_REGELS = {
  formuleFout: {
    code: "formule-fout",
    ernst: "warning",
    artikel: "art. 8.1",
    titel: "Formule met een foutwaarde (zoals #VERW!)",
  },
  samenvattingCel: {
    code: "samenvatting-cel",
    ernst: "error",
    artikel: "art. 8.1",
    titel: "Cijfer in een samenvatting per gemeente niet leesbaar",
  },
  samenvattingSom: {
    code: "samenvatting-som",
    ernst: "warning",
    artikel: "art. 8.1",
    titel: "Totalen in een samenvatting per gemeente tellen niet op",
  },
  bestandNietGelezen: {
    code: "bestand-niet-gelezen",
    ernst: "error",
    artikel: "art. 8.1",
    titel: "Bestand niet te lezen",
  },
  geenPlanlijst: {
    code: "geen-planlijst",
    ernst: "error",
    artikel: "art. 8.1",
    titel: "Geen planlijst of samenvatting in het bestand",
  },
} as const satisfies Record<string, RegelDefinitie>;

const REGEL_TITELS: Record<string, string> = {
  ...Object.fromEntries(Object.values(REGEL_OP_CODE).map((r) => [r.code, r.titel])),
  ...Object.fromEntries(Object.values(SAMENVATTING_REGELS).map((r) => [r.code, r.titel])),
};

/** Dutch Excel shows these names for the error values range.values and files hold in English. */
const FOUT_NL: Record<string, string> = {
  "#REF!": "#VERW!",
  "#VALUE!": "#WAARDE!",
  "#DIV/0!": "#DEEL/0!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#N/A": "#N/B",
  "#NULL!": "#LEEG!",
};

export interface BestandInvoer {
  /** The path as given. */
  bestand: string;
  /** The sheets, when the file could be read. */
  bladen?: WerkmapInvoer[];
  /** Why the file could not be read (Dutch, one line), when it could not. */
  fout?: string;
}

export type BladSoort = "planlijst" | "samenvatting" | "overig";

export interface BladVerslag {
  naam: string;
  soort: BladSoort;
  plannen: number;
  /** Deal gemeenten with plans (planlijst) or rows (summary) on the sheet. */
  gemeenten: string[];
  /** Why the sheet was not read as a planlijst or summary. */
  reden?: string;
  /** Cells with an error value (broken formulas). */
  foutCellen: number;
  /** Summary sheets: gemeente rows outside the deal (not taken). */
  rijenBuitenDeal?: number;
}

export interface BestandVerslag {
  /** Label used in the report (the file name, or the path when two names are the same). */
  naam: string;
  pad: string;
  fout?: string;
  bladen: BladVerslag[];
  plannen: number;
}

export interface DubbelPlan {
  bestand: string;
  blad: string;
  rij: number;
  naam: string;
  gemeente: string;
  netto: number;
  /** The plan that is counted. */
  telt: { bestand: string; blad: string; rij: number; netto: number };
  /** Within one file (the engine's rule) or across files. */
  binnenBestand: boolean;
}

/** Capacity of a deal gemeente as a summary workbook gives it: not plans, not checked. */
export interface SamenvattingsCijfers {
  bestand: string;
  blad: string;
  rij: number;
  gemeente: GemeenteNaam;
  totalen: Record<Hardheidsoort, number | null>;
  /** Header → number, as in the source. */
  perKolom: { kop: string; aantal: number }[];
}

export interface BevindingRegel {
  /** File label; empty for findings about a gemeente or the region over all files. */
  bestand: string;
  /** Sheet name as in the file. */
  blad: string;
  bevinding: Bevinding;
}

export interface Consolidatie {
  /** One engine report over all planlijst sheets; summary and totals findings count every plan once. */
  rapport: Rapport;
  bestanden: BestandVerslag[];
  dubbel: DubbelPlan[];
  samenvattingen: SamenvattingsCijfers[];
  /** All findings, with file and sheet as the user knows them. */
  bevindingen: BevindingRegel[];
  peildatumOpgegeven: boolean;
  /** The bijlage 3 settings the check used. */
  instellingen: DealInstellingen;
}

interface BladHerkomst {
  bestand: string;
  blad: string;
}

const SCHEIDING = " › ";

function bestandsLabels(invoer: { bestand: string }[]): string[] {
  const namen = invoer.map((i) => path.basename(i.bestand));
  return namen.map((n, i) => (namen.filter((m) => m === n).length > 1 ? invoer[i].bestand : n));
}

function gemeenteSleutel(plan: Plan): string {
  return plan.gemeente ?? normaliseer(plan.gemeenteTekst ?? "");
}

/** Same name and gemeente, and kern and locatie equal where both are filled in. */
function sleutelNaam(plan: Plan): string | undefined {
  const gemeente = gemeenteSleutel(plan);
  if (!gemeente) return undefined;
  if (plan.naam) return `n|${gemeente}|${normaliseer(plan.naam)}`;
  if (plan.id) return `i|${gemeente}|${normaliseer(plan.id)}`;
  return undefined;
}

function verenigbaar(a: string | undefined, b: string | undefined): boolean {
  const x = normaliseer(a ?? "");
  const y = normaliseer(b ?? "");
  return x === "" || y === "" || x === y;
}

function plaatsVanBevinding(b: Bevinding): string {
  return b.column && b.row ? `${b.column}${b.row}` : b.row ? `rij ${b.row}` : "";
}

function maak(
  regel: RegelDefinitie,
  plaats: Parameters<typeof maakBevinding>[1],
  melding: string,
  extra: Parameters<typeof maakBevinding>[3] = {}
) {
  return maakBevinding(regel, plaats, melding, extra);
}

/** A sheet of one file as read: a planlijst, a summary per gemeente, or neither; its grid is no longer needed. */
export interface VoorbereidBlad {
  naam: string;
  planlijst?: PlanlijstBlad;
  samenvatting?: SamenvattingsBlad;
  /** Why the sheet is neither. */
  reden?: string;
  /** Cells with an error value (broken formulas). */
  fouten: FoutCel[];
}

export interface VoorbereidBestand {
  bestand: string;
  fout?: string;
  bladen?: VoorbereidBlad[];
}

/**
 * Reads one file's grids into plans, summary figures and error cells, so the grids can be
 * dropped before the next file is read (memory at scale).
 */
export function bereidVoor(
  invoer: BestandInvoer,
  lezen: { zonderVerborgen?: boolean } = {}
): VoorbereidBestand {
  if (!invoer.bladen)
    return { bestand: invoer.bestand, fout: invoer.fout ?? "het bestand kon niet worden gelezen" };
  const werkmap = leesWerkmap(invoer.bladen, lezen);
  return {
    bestand: invoer.bestand,
    bladen: werkmap.bladen.map((blad, k) => {
      const { raster, oorsprong } = invoer.bladen![k];
      const o = oorsprong ? { oorsprong } : {};
      const uit: VoorbereidBlad = { naam: blad.naam, fouten: foutCellen(blad.naam, raster, o) };
      if (blad.isPlanlijst) uit.planlijst = blad;
      else {
        const sb = leesSamenvattingsblad(blad.naam, raster, o);
        if (sb.isSamenvatting) uit.samenvatting = sb;
        else
          uit.reden =
            sb.reden && /regio|plan- of projectnamen/.test(sb.reden)
              ? sb.reden
              : (blad.reden ?? sb.reden);
      }
      return uit;
    }),
  };
}

/** Checks and sums every readable file. Pure: no file access. */
export function consolideer(invoer: BestandInvoer[], opties: ToetsOpties = {}): Consolidatie {
  return consolideerVoorbereid(
    invoer.map((i) => bereidVoor(i)),
    opties
  );
}

export function consolideerVoorbereid(
  invoer: VoorbereidBestand[],
  opties: ToetsOpties = {}
): Consolidatie {
  const labels = bestandsLabels(invoer);
  // Sheet names must be unique over all files for the engine; prefix the file where two files share one.
  const bladTelling = new Map<string, number>();
  for (const i of invoer)
    for (const b of i.bladen ?? []) bladTelling.set(b.naam, (bladTelling.get(b.naam) ?? 0) + 1);
  const herkomst = new Map<string, BladHerkomst>();
  const bestanden: BestandVerslag[] = [];
  const planlijsten: PlanlijstBlad[] = [];
  const samenvattingsBladen: { bestand: string; blad: SamenvattingsBlad }[] = [];
  const extra: BevindingRegel[] = [];
  const foutenPerBlad: { bestand: string; blad: string; intern: string; fouten: FoutCel[] }[] = [];

  invoer.forEach((i, n) => {
    const label = labels[n];
    const verslag: BestandVerslag = { naam: label, pad: i.bestand, bladen: [], plannen: 0 };
    bestanden.push(verslag);
    if (!i.bladen) {
      verslag.fout = i.fout ?? "het bestand kon niet worden gelezen";
      extra.push({
        bestand: label,
        blad: "",
        bevinding: maak(
          SAMENVATTING_REGELS.bestandNietGelezen,
          {},
          `${label}: ${verslag.fout}. Dit bestand telt niet mee in de samenvatting.`
        ),
      });
      return;
    }
    for (const vb of i.bladen) {
      const intern =
        (bladTelling.get(vb.naam) ?? 0) > 1 ? `${label}${SCHEIDING}${vb.naam}` : vb.naam;
      herkomst.set(intern, { bestand: label, blad: vb.naam });
      const bv: BladVerslag = {
        naam: vb.naam,
        soort: "overig",
        plannen: 0,
        gemeenten: [],
        foutCellen: vb.fouten.length,
      };
      if (vb.planlijst) {
        // The engine names places by sheet; make the name unique over the files (the reading itself used the sheet's own name).
        const blad = vb.planlijst;
        if (blad.naam !== intern) {
          blad.naam = intern;
          for (const p of blad.plannen) p.blad = intern;
        }
        bv.soort = "planlijst";
        bv.plannen = blad.plannen.length;
        bv.gemeenten = [
          ...new Set(blad.plannen.map((p) => p.gemeente).filter((g): g is GemeenteNaam => !!g)),
        ];
        planlijsten.push(blad);
        verslag.plannen += blad.plannen.length;
      } else if (vb.samenvatting) {
        const sb = vb.samenvatting;
        sb.naam = intern;
        bv.soort = "samenvatting";
        const deal = sb.rijen.filter((r) => r.gemeente);
        bv.gemeenten = [...new Set(deal.map((r) => r.gemeente!))];
        bv.rijenBuitenDeal = sb.rijen.length - deal.length;
        samenvattingsBladen.push({ bestand: label, blad: sb });
      } else {
        bv.reden = vb.reden;
      }
      verslag.bladen.push(bv);
      foutenPerBlad.push({ bestand: label, blad: vb.naam, intern, fouten: vb.fouten });
    }
    if (!verslag.bladen.some((b) => b.soort !== "overig")) {
      const redenen = verslag.bladen
        .slice(0, 2)
        .map((b) => `blad "${b.naam}": ${b.reden}`)
        .join("; ");
      verslag.fout = `geen planlijst of samenvatting per gemeente gevonden (${redenen}${verslag.bladen.length > 2 ? `; en ${verslag.bladen.length - 2} andere bladen` : ""})`;
      extra.push({
        bestand: label,
        blad: "",
        bevinding: maak(SAMENVATTING_REGELS.geenPlanlijst, {}, `${label}: ${verslag.fout}.`),
      });
    }
  });

  // One engine run over all planlijst sheets of all files.
  const rapport = toets(planlijsten, opties);
  const ctx = maakContext(opties);
  const bestandVan = (plan: Plan) => herkomst.get(plan.blad)?.bestand ?? "";
  const plannen = planlijsten.flatMap((b) => b.plannen);

  // Duplicates. Within a file the engine's own rule decides (toetsDubbel over that file's
  // plans), so its messages point into the same file. Across files: the engine's rule, or
  // the same name (or id) and gemeente with kern and locatie equal where both are given.
  const uitgesloten = new Set<Plan>();
  const dubbel: DubbelPlan[] = [];
  const naamVan = (p: Plan) => p.naam ?? p.id ?? `rij ${p.rij}`;
  const dubbelRecord = (p: Plan, q: Plan, binnenBestand: boolean): DubbelPlan => ({
    bestand: bestandVan(p),
    blad: herkomst.get(p.blad)?.blad ?? p.blad,
    rij: p.rij,
    naam: naamVan(p),
    gemeente: p.gemeente ?? p.gemeenteTekst ?? "",
    netto: nettoVan(p),
    telt: {
      bestand: bestandVan(q),
      blad: herkomst.get(q.blad)?.blad ?? q.blad,
      rij: q.rij,
      netto: nettoVan(q),
    },
    binnenBestand,
  });
  const opPlaats = new Map<string, Plan>();
  for (const p of plannen) opPlaats.set(`${p.blad}\u0000${p.rij}`, p);
  const gemarkeerd = (lijst: Bevinding[]) =>
    new Set(
      lijst
        .filter((f) => f.rule === REGELS.dubbelPlan.code && f.sheet)
        .map((f) => opPlaats.get(`${f.sheet}\u0000${f.row}`))
        .filter((p): p is Plan => !!p)
    );
  const perBestand = new Map<string, Plan[]>();
  const lijstIn = <K>(m: Map<K, Plan[]>, k: K): Plan[] => {
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    return l;
  };
  for (const p of plannen) lijstIn(perBestand, bestandVan(p)).push(p);
  // With one file the engine's own run already is the run within that file.
  const binnenBevindingen: Bevinding[] =
    perBestand.size <= 1 ? rapport.findings.filter((f) => f.rule === REGELS.dubbelPlan.code) : [];
  if (perBestand.size > 1)
    for (const lijst of perBestand.values())
      for (const f of toetsDubbel(lijst)) binnenBevindingen.push(f);
  const binnen = gemarkeerd(binnenBevindingen);
  const doorEngine = gemarkeerd(rapport.findings);
  // Only gemeenten with plans in more than one file can have duplicates across files.
  const bestandenPerGemeente = new Map<string, Set<string>>();
  for (const p of plannen) {
    const g = gemeenteSleutel(p);
    if (!g) continue;
    let b = bestandenPerGemeente.get(g);
    if (!b) bestandenPerGemeente.set(g, (b = new Set()));
    b.add(bestandVan(p));
  }
  const overBestanden = new Set(
    [...bestandenPerGemeente].filter(([, b]) => b.size > 1).map(([g]) => g)
  );
  const indexeer = binnen.size > 0 || doorEngine.size > 0;
  // Earlier plans by normalised id and name: the candidates a duplicate can be of.
  const perId = new Map<string, Plan[]>();
  const perNaam = new Map<string, Plan[]>();
  const voegToe = (m: Map<string, Plan[]>, k: string | undefined, p: Plan) => {
    if (k) lijstIn(m, k).push(p);
  };
  const kandidaten = (p: Plan) => [
    ...new Set([
      ...(p.id ? (perId.get(normaliseer(p.id)) ?? []) : []),
      ...(p.naam ? (perNaam.get(normaliseer(p.naam)) ?? []) : []),
    ]),
  ];
  const volgensEngine = (q: Plan, p: Plan) => toetsDubbel([q, p]).length > 0;
  const eerder = new Map<string, Plan[]>();
  const eigenDubbel: Bevinding[] = [];
  for (const p of indexeer || overBestanden.size > 0 ? plannen : []) {
    const g = gemeenteSleutel(p);
    const s = g && overBestanden.has(g) ? sleutelNaam(p) : undefined;
    if (binnen.has(p)) {
      const q = kandidaten(p).find((k) => bestandVan(k) === bestandVan(p) && volgensEngine(k, p));
      uitgesloten.add(p);
      if (q) dubbel.push(dubbelRecord(p, q, true));
    } else {
      const q =
        (s ? (eerder.get(s) ?? []) : []).find(
          (k) =>
            bestandVan(k) !== bestandVan(p) &&
            verenigbaar(k.kern, p.kern) &&
            verenigbaar(k.locatie, p.locatie)
        ) ??
        (doorEngine.has(p)
          ? kandidaten(p).find((k) => bestandVan(k) !== bestandVan(p) && volgensEngine(k, p))
          : undefined);
      if (q) {
        uitgesloten.add(p);
        const d = dubbelRecord(p, q, false);
        dubbel.push(d);
        const verschil =
          Math.abs(d.netto - d.telt.netto) > 0.5
            ? ` De aantallen verschillen (netto ${aantal(d.netto)} hier, ${aantal(d.telt.netto)} in ${d.telt.bestand}); alleen dat van ${d.telt.bestand} telt mee.`
            : "";
        const veld = p.naam && p.kolommen.naam ? "naam" : p.kolommen.id ? "id" : undefined;
        eigenDubbel.push(
          maak(
            REGELS.dubbelPlan,
            {
              sheet: p.blad,
              row: p.rij,
              ...(veld ? { column: p.kolommen[veld], field: veld } : {}),
              ...(p.gemeente || p.gemeenteTekst ? { gemeente: p.gemeente ?? p.gemeenteTekst } : {}),
            },
            `Plan "${d.naam}" (${d.gemeente}) staat ook in ${d.telt.bestand}, blad ${d.telt.blad}, rij ${d.telt.rij}; in deze samenvatting telt het één keer mee.${verschil}`,
            { value: d.naam }
          )
        );
      }
    }
    if (s) lijstIn(eerder, s).push(p);
    if (indexeer) {
      voegToe(perId, p.id ? normaliseer(p.id) : undefined, p);
      voegToe(perNaam, p.naam ? normaliseer(p.naam) : undefined, p);
    }
  }

  // Totals without the duplicates; the engine's aggregate findings are made again from them.
  let samenvatting = rapport.summary;
  let totaalBevindingen = rapport.findings.filter((f) => f.row === undefined);
  if (uitgesloten.size > 0) {
    const zonderDubbel = planlijsten.map((b) => ({
      ...b,
      plannen: b.plannen.filter((p) => !uitgesloten.has(p)),
    }));
    samenvatting = vatSamen(zonderDubbel, ctx);
    totaalBevindingen = toetsTotalen(zonderDubbel, samenvatting, ctx);
  }
  const findings = sorteerBevindingen([
    ...rapport.findings.filter((f) => f.row !== undefined && f.rule !== REGELS.dubbelPlan.code),
    ...binnenBevindingen,
    ...eigenDubbel,
    ...totaalBevindingen,
  ]);
  const geconsolideerd: Rapport = {
    ...rapport,
    findings,
    summary: samenvatting,
    dealGemeenten: samenvatting.region.gemeenten,
    plannenBuitenDeal: Object.values(samenvatting.byGemeente)
      .filter((s) => !s.inDeal)
      .reduce((n, s) => n + s.plans, 0),
  };

  // Summary sheets: the deal gemeenten's figures, their unreadable cells and sums.
  const samenvattingen: SamenvattingsCijfers[] = [];
  const gemeld = new Set<string>();
  for (const { bestand, blad } of samenvattingsBladen) {
    const h = herkomst.get(blad.naam)!;
    const dealRijen = new Set(blad.rijen.filter((r) => r.gemeente).map((r) => r.rij));
    for (const r of blad.rijen) {
      if (!r.gemeente) continue;
      samenvattingen.push({
        bestand,
        blad: h.blad,
        rij: r.rij,
        gemeente: r.gemeente,
        totalen: r.totalen,
        perKolom: r.waarden.map((w) => ({ kop: w.kop, aantal: w.aantal })),
      });
    }
    for (const p of blad.problemen) {
      if (!dealRijen.has(p.rij)) continue;
      const regel =
        p.soort === "som"
          ? SAMENVATTING_REGELS.samenvattingSom
          : SAMENVATTING_REGELS.samenvattingCel;
      const gemeente = blad.rijen.find((r) => r.rij === p.rij)?.gemeente;
      gemeld.add(`${blad.naam}\u0000${p.kolom}${p.rij}`);
      extra.push({
        bestand,
        blad: h.blad,
        bevinding: maak(
          regel,
          { sheet: blad.naam, row: p.rij, column: p.kolom, ...(gemeente ? { gemeente } : {}) },
          p.soort === "som"
            ? `Samenvatting ${gemeente}: ${p.reden}.`
            : `Cel ${p.kolom}${p.rij} (${gemeente}) is niet te lezen: ${p.reden}; dit cijfer ontbreekt in de samenvatting.`,
          { value: p.waarde }
        ),
      });
    }
  }
  // Broken formulas anywhere, except cells the engine already reported.
  for (const f of findings)
    if (f.sheet && f.row !== undefined && f.column)
      gemeld.add(`${f.sheet}\u0000${f.column}${f.row}`);
  for (const { bestand, blad, intern, fouten: cellen } of foutenPerBlad) {
    for (const c of cellen) {
      if (gemeld.has(`${intern}\u0000${c.kolom}${c.rij}`)) continue;
      const nl = FOUT_NL[c.fout];
      extra.push({
        bestand,
        blad,
        bevinding: maak(
          SAMENVATTING_REGELS.formuleFout,
          { sheet: intern, row: c.rij, column: c.kolom },
          c.fout.startsWith("#")
            ? `Cel ${c.kolom}${c.rij} bevat de foutwaarde ${c.fout}${nl ? ` (in Nederlandse Excel: ${nl})` : ""}; de formule verwijst waarschijnlijk naar iets dat niet meer bestaat. De cel telt niet mee.`
            : `Cel ${c.kolom}${c.rij}: ${c.fout}.`,
          { value: c.fout }
        ),
      });
    }
  }

  const bevindingen: BevindingRegel[] = [
    ...findings.map((b) => {
      const h = b.sheet ? herkomst.get(b.sheet) : undefined;
      return { bestand: h?.bestand ?? "", blad: h?.blad ?? b.sheet ?? "", bevinding: b };
    }),
    ...extra,
  ];
  const volgorde = new Map(bestanden.map((b, i) => [b.naam, i]));
  const ernst: Record<Ernst, number> = { error: 0, warning: 1, info: 2 };
  bevindingen.sort(
    (a, b) =>
      (a.bestand === "" ? 1 : 0) - (b.bestand === "" ? 1 : 0) ||
      (volgorde.get(a.bestand) ?? 0) - (volgorde.get(b.bestand) ?? 0) ||
      (a.blad < b.blad ? -1 : a.blad > b.blad ? 1 : 0) ||
      (a.bevinding.row ?? 0) - (b.bevinding.row ?? 0) ||
      ernst[a.bevinding.severity] - ernst[b.bevinding.severity]
  );
  return {
    rapport: geconsolideerd,
    bestanden,
    dubbel,
    samenvattingen,
    bevindingen,
    peildatumOpgegeven: opties.peildatum !== undefined,
    instellingen: ctx.instellingen,
  };
}

// ---------------------------------------------------------------------------------------
// The summary workbook

const KOPSTIJL: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: "FF1F2D3D" } },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  border: { bottom: { style: "thin", color: { argb: "FF7F9DB9" } } },
  alignment: { vertical: "top", wrapText: true },
};
const GOED: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
const MATIG: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
const SLECHT: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const ERNST_VULLING: Record<Ernst, ExcelJS.Fill> = {
  error: SLECHT,
  warning: MATIG,
  info: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
};
const GETAL = "#,##0";
const PROCENT = "0.0%";

interface Kolomdef {
  kop: string;
  breedte: number;
  notatie?: string;
}

function datumNl(iso: string): string {
  const [j, m, d] = iso.split("-");
  return `${d}-${m}-${j}`;
}

function bronTekst(b: Bron): string {
  return [b.document, b.artikel, b.verwijzing].filter(Boolean).join(", ");
}

function jaNee(waar: boolean | null): string {
  return waar === null ? "" : waar ? "ja" : "nee";
}

function schrijfKop(ws: ExcelJS.Worksheet, rijNr: number, kolommen: Kolomdef[]) {
  const rij = ws.getRow(rijNr);
  kolommen.forEach((k, i) => {
    const c = rij.getCell(i + 1);
    c.value = k.kop;
    c.style = KOPSTIJL;
  });
  rij.height = 45;
  rij.commit();
}

function zetKolommen(ws: ExcelJS.Worksheet, kolommen: Kolomdef[]) {
  ws.columns = kolommen.map((k) => ({
    width: k.breedte,
    ...(k.notatie ? { style: { numFmt: k.notatie } } : {}),
  }));
}

function perJaarKoppen(): number[] {
  const jaren: number[] = [];
  for (let j = PERIODE.van; j <= PERIODE.tot; j++) jaren.push(j);
  return jaren;
}

function schrijfSamenvattingBlad(wb: ExcelJS.stream.xlsx.WorkbookWriter, c: Consolidatie) {
  const r = c.rapport;
  const peiljaar = Number(r.referenceDate.slice(0, 4));
  const vijf = `${peiljaar}–${peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1}`;
  const jaren = perJaarKoppen();
  const kolommen: Kolomdef[] = [
    { kop: "Gemeente", breedte: 26 },
    { kop: "Plannen", breedte: 9, notatie: GETAL },
    { kop: "Bruto", breedte: 9, notatie: GETAL },
    { kop: "Sloop", breedte: 8, notatie: GETAL },
    { kop: "Netto (alle jaren)", breedte: 11, notatie: GETAL },
    { kop: `Netto ${PERIODE.van}–${PERIODE.tot}`, breedte: 11, notatie: GETAL },
    { kop: "Netto zonder opleverjaar", breedte: 11, notatie: GETAL },
    { kop: "Opgave (aandeel bijlage 3; regio: ten minste 4.177)", breedte: 14, notatie: GETAL },
    { kop: "Dekking (netto ÷ opgave)", breedte: 10, notatie: PROCENT },
    { kop: "Dekking ≥ 100%", breedte: 9 },
    { kop: "Dekking ≥ 130% (art. 4.10)", breedte: 10 },
    { kop: "Hard", breedte: 9, notatie: GETAL },
    { kop: "Zacht", breedte: 9, notatie: GETAL },
    { kop: "Status onbekend", breedte: 9, notatie: GETAL },
    { kop: `Hard ${vijf}`, breedte: 10, notatie: GETAL },
    { kop: `Gepland ${vijf}`, breedte: 10, notatie: GETAL },
    { kop: `Vereist ${vijf} (jaarschijven)`, breedte: 11, notatie: GETAL },
    { kop: "Genoeg hard voor vijf jaar (art. 4.10)", breedte: 11 },
    { kop: "Sociale huur", breedte: 9, notatie: GETAL },
    { kop: "Middenhuur", breedte: 9, notatie: GETAL },
    { kop: "Dure huur", breedte: 9, notatie: GETAL },
    { kop: "Betaalbare koop", breedte: 9, notatie: GETAL },
    { kop: "Dure koop", breedte: 9, notatie: GETAL },
    { kop: "Segment onbekend", breedte: 9, notatie: GETAL },
    {
      kop: `Betaalbaar vanaf ${AFSPRAKEN.betaalbaarAandeel.vanafJaar} (bekend segment)`,
      breedte: 11,
      notatie: PROCENT,
    },
    { kop: "Betaalbaar ≥ twee derde (art. 6)", breedte: 10 },
    { kop: "Flexwoningen (art. 4.13)", breedte: 9, notatie: GETAL },
    { kop: "Transformatie (art. 4.13)", breedte: 9, notatie: GETAL },
    ...jaren.map((j) => ({ kop: `Netto ${j}`, breedte: 8, notatie: GETAL })),
    { kop: "Totaal volgens samenvatting per gemeente (geen plannen)", breedte: 14, notatie: GETAL },
    { kop: "Bron samenvatting", breedte: 34 },
    { kop: "Opmerking", breedte: 44 },
  ];
  const ws = wb.addWorksheet("Samenvatting", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 4 }],
  });
  zetKolommen(ws, kolommen);
  const titel = ws.getRow(1);
  titel.getCell(1).value = `Samenvatting planlijsten ${REGIO} · ${DEAL}`;
  titel.getCell(1).font = { bold: true, size: 14 };
  titel.commit();
  const sub = ws.getRow(2);
  const leesbaar = c.bestanden.filter((b) => !b.fout).length;
  sub.getCell(1).value =
    `Peildatum ${datumNl(r.referenceDate)} · ${leesbaar} van ${c.bestanden.length} bestanden gelezen · ` +
    `prijsgrenzen ${r.grensjaar === undefined ? "van de woondeal (1 januari 2022)" : `van ${r.grensjaar}`} · ` +
    (c.dubbel.length ? `${aantal(c.dubbel.length)} dubbele plannen één keer geteld · ` : "") +
    "zie het blad Verantwoording";
  sub.getCell(1).font = { italic: true, color: { argb: "FF555555" } };
  sub.commit();
  schrijfKop(ws, 4, kolommen);

  const uitSamenvatting = (g: string) => c.samenvattingen.filter((s) => s.gemeente === g);
  const dekkingKleur = (d: number | null) =>
    d === null
      ? undefined
      : d >= AFSPRAKEN.plancapaciteitFactor.waarde
        ? GOED
        : d >= 1
          ? MATIG
          : SLECHT;
  let rijNr = 5;
  const schrijf = (naam: string, s: Samenvatting | undefined, opmerking: string, regio = false) => {
    const rij = ws.getRow(rijNr++);
    const sv = regio ? [] : uitSamenvatting(naam);
    // The regional target needs all four gemeenten: without them coverage is shown unmarked.
    const onvolledig = regio && r.summary.region.gemeenten.length < GEMEENTEN.length;
    const waarden: (string | number | null)[] = [naam];
    if (s) {
      // Art. 4.10 needs the bijlage 3 jaarschijven; without them it is not judged (never against the list's own plan).
      const hardGenoeg =
        s.requiredNextFiveYears !== null ? s.hardNextFiveYears >= s.requiredNextFiveYears : null;
      const betaalbaarGenoeg =
        s.affordableShareFrom2025 === null
          ? null
          : s.affordableShareFrom2025 >= AFSPRAKEN.betaalbaarAandeel.waarde - 1e-9;
      waarden.push(
        s.plans,
        s.bruto,
        s.sloop,
        s.net,
        s.netInPeriod,
        s.netUnknownYear,
        s.target,
        s.coverage,
        s.coverage === null || onvolledig ? "" : jaNee(s.coverage >= 1),
        s.coverage === null || onvolledig
          ? ""
          : jaNee(s.coverage >= AFSPRAKEN.plancapaciteitFactor.waarde),
        s.hard,
        s.soft,
        s.unknownStatus,
        s.hardNextFiveYears,
        s.plannedNextFiveYears,
        s.requiredNextFiveYears,
        jaNee(hardGenoeg),
        s.socialRent,
        s.midRent,
        s.expensiveRent,
        s.affordableBuy,
        s.expensiveBuy,
        s.unknownSegment,
        s.affordableShareFrom2025,
        jaNee(betaalbaarGenoeg),
        s.flex,
        s.transformation,
        ...jaren.map((j) => s.perYear[j] ?? 0)
      );
    } else {
      const g = GEMEENTEN.includes(naam as GemeenteNaam)
        ? aandeelVan(c.instellingen, naam as GemeenteNaam)
        : undefined;
      waarden.push(...Array(6).fill(null), g ?? null, ...Array(20 + jaren.length).fill(null));
    }
    const svTotaal = sv.length
      ? sv.reduce(
          (t, x) =>
            t +
            (x.totalen.totaal ??
              (x.totalen.hard ?? 0) + (x.totalen.zacht ?? 0) + (x.totalen.onbekend ?? 0)),
          0
        )
      : null;
    waarden.push(
      svTotaal,
      sv.map((x) => `${x.bestand}, blad ${x.blad}, rij ${x.rij}`).join("; "),
      opmerking
    );
    waarden.forEach((v, i) => {
      if (v !== null && v !== "") rij.getCell(i + 1).value = v;
    });
    if (s && !onvolledig) {
      const dk = dekkingKleur(s.coverage);
      if (dk) for (const k of [9, 10, 11]) rij.getCell(k).fill = dk;
      if (s.coverage !== null) {
        rij.getCell(10).fill = s.coverage >= 1 ? GOED : SLECHT;
        rij.getCell(11).fill = s.coverage >= AFSPRAKEN.plancapaciteitFactor.waarde ? GOED : SLECHT;
      }
      const hg = waarden[17];
      if (hg) rij.getCell(18).fill = hg === "ja" ? GOED : SLECHT;
      const bg = waarden[25];
      if (bg) {
        rij.getCell(25).fill = bg === "ja" ? GOED : SLECHT;
        rij.getCell(26).fill = bg === "ja" ? GOED : SLECHT;
      }
    }
    if (regio) {
      rij.font = { bold: true };
      for (let k = 1; k <= kolommen.length; k++) rij.getCell(k).border = { top: { style: "thin" } };
    }
    rij.commit();
  };
  for (const g of GEMEENTEN) {
    const s = r.summary.byGemeente[g];
    const sv = uitSamenvatting(g);
    const opm: string[] = [];
    if (!s)
      opm.push(
        sv.length
          ? "geen planlijst ontvangen; alleen een samenvatting per gemeente"
          : "geen planlijst ontvangen"
      );
    else if (s.target === null)
      opm.push("gemeentelijk aandeel (bijlage 3) niet ingesteld: dekking niet te berekenen");
    schrijf(g, s, opm.join("; "));
  }
  const regio = r.summary.region;
  const opmRegio =
    regio.gemeenten.length === GEMEENTEN.length
      ? "alle vier gemeenten"
      : `alleen ${regio.gemeenten.length ? regio.gemeenten.join(", ") : "geen gemeenten"}: de regionale toetsen (art. 3.2, 6) vragen alle vier`;
  schrijf(`Regio ${REGIO}`, regio, opmRegio, true);
  for (const [naam, s] of Object.entries(r.summary.byGemeente)) {
    if (s.inDeal) continue;
    const h = herkenGemeente(naam);
    schrijf(
      naam,
      s,
      h.soort === "drenthe"
        ? "andere Drentse woondealregio: niet in deze woondeal"
        : "buiten de woondeal: telt niet mee voor de regio"
    );
  }
  ws.autoFilter = {
    from: { row: 4, column: 1 },
    to: { row: Math.max(4, rijNr - 1), column: kolommen.length },
  };
  ws.commit();
}

/** Excel's row limit per sheet. */
export const EXCEL_MAX_RIJEN = 1_048_576;
/** Excel's limit of characters in a cell: longer text makes Excel "repair" the file. */
const EXCEL_MAX_TEKST = 32_767;
const pastInCel = (v: unknown) =>
  typeof v === "string" && v.length > EXCEL_MAX_TEKST ? `${v.slice(0, EXCEL_MAX_TEKST - 1)}…` : v;

function schrijfBevindingenBlad(wb: ExcelJS.stream.xlsx.WorkbookWriter, c: Consolidatie) {
  const kolommen: Kolomdef[] = [
    { kop: "Bestand", breedte: 28 },
    { kop: "Blad", breedte: 22 },
    { kop: "Cel", breedte: 8 },
    { kop: "Ernst", breedte: 14 },
    { kop: "Artikel", breedte: 14 },
    { kop: "Regel", breedte: 38 },
    { kop: "Melding", breedte: 100 },
    { kop: "Gemeente", breedte: 16 },
    { kop: "Waarde", breedte: 16 },
    { kop: "Grens", breedte: 12 },
    { kop: "Code", breedte: 22 },
  ];
  const ws = wb.addWorksheet("Bevindingen", { views: [{ state: "frozen", ySplit: 1 }] });
  zetKolommen(ws, kolommen);
  schrijfKop(ws, 1, kolommen);
  let n = 2;
  // Excel's last row is 1,048,576: the header, the findings that fit, and one row saying what is left out.
  const ruimte = EXCEL_MAX_RIJEN - 2;
  const teVeel = c.bevindingen.length > ruimte;
  for (const { bestand, blad, bevinding: b } of teVeel
    ? c.bevindingen.slice(0, ruimte)
    : c.bevindingen) {
    const rij = ws.getRow(n++);
    const waarden = [
      bestand || "(alle bestanden)",
      blad,
      plaatsVanBevinding(b),
      ERNST_LABEL[b.severity],
      b.article,
      REGEL_TITELS[b.rule] ?? b.rule,
      b.message,
      b.gemeente ?? "",
      b.value ?? "",
      b.limit ?? "",
      b.rule,
    ];
    waarden.forEach((v, i) => {
      if (v !== "" && v !== null) rij.getCell(i + 1).value = pastInCel(v) as ExcelJS.CellValue;
    });
    rij.commit();
  }
  if (teVeel) {
    const rij = ws.getRow(n++);
    rij.getCell(7).value =
      `Nog ${(c.bevindingen.length - ruimte).toLocaleString("nl-NL")} bevindingen staan niet in dit blad: ` +
      `Excel heeft hooguit ${EXCEL_MAX_RIJEN.toLocaleString("nl-NL")} rijen. ` +
      "Alle bevindingen staan in het resultaat van woondeal-toets controleer --json.";
    rij.commit();
  }
  // The severity's colour by conditional format: no style per cell (memory with 100,000 findings).
  if (n > 2) {
    ws.addConditionalFormatting({
      ref: `D2:D${n - 1}`,
      rules: (["error", "warning", "info"] as Ernst[]).map((e, i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`$D2="${ERNST_LABEL[e]}"`],
        // A conditional format's solid fill takes its colour from bgColor.
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            bgColor: (ERNST_VULLING[e] as ExcelJS.FillPattern).fgColor,
          },
        },
      })),
    });
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, n - 1), column: kolommen.length },
  };
  ws.commit();
}

function schrijfVerantwoordingBlad(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  c: Consolidatie,
  instellingenBron: string | undefined
) {
  const r = c.rapport;
  const g = r.grenzen;
  const kolommen: Kolomdef[] = [
    { kop: "Onderdeel", breedte: 24 },
    { kop: "Omschrijving", breedte: 48 },
    { kop: "Waarde", breedte: 22 },
    { kop: "Bron of toelichting", breedte: 90 },
  ];
  const ws = wb.addWorksheet("Verantwoording", { views: [{ state: "frozen", ySplit: 1 }] });
  zetKolommen(ws, kolommen);
  schrijfKop(ws, 1, kolommen);
  let n = 2;
  const regel = (
    onderdeel: string,
    omschrijving: string,
    waarde: string | number | null,
    bron: string,
    notatie?: string
  ) => {
    const rij = ws.getRow(n++);
    rij.getCell(1).value = onderdeel;
    rij.getCell(2).value = omschrijving;
    if (waarde !== null && waarde !== "") {
      rij.getCell(3).value = waarde;
      if (notatie) rij.getCell(3).numFmt = notatie;
    }
    rij.getCell(4).value = bron;
    rij.commit();
  };
  regel(
    "Peildatum",
    "Datum waarop getoetst is (datumregels art. 4.9, 11.2; komende vijf jaar art. 4.10)",
    datumNl(r.referenceDate),
    c.peildatumOpgegeven ? "opgegeven met --peildatum" : "de dag van de controle"
  );
  regel(
    "Prijsgrenzen",
    r.grensjaar === undefined
      ? "Grenzen van de woondeal (peildatum 1 januari 2022)"
      : `Landelijke grenzen van ${r.grensjaar} (--grensjaar)`,
    datumNl(g.datum),
    "art. 1a en 1g; zie de regels hieronder"
  );
  regel(
    "Prijsgrenzen",
    "Betaalbare koop: hoogste koopprijs",
    g.koop,
    bronTekst(g.bronnen.koop),
    '"€" #,##0'
  );
  regel(
    "Prijsgrenzen",
    "Betaalbare huur en middenhuur: hoogste kale huur per maand",
    g.huur,
    bronTekst(g.bronnen.huur),
    '"€" #,##0.00'
  );
  if (r.grensjaar === undefined) {
    // The deal does not fix sociale huur: each plan takes the liberalisatiegrens of its opleverjaar.
    for (const w of socialeHuurgrens.waarden)
      regel(
        "Prijsgrenzen",
        `Sociale huur en ondergrens middenhuur: liberalisatiegrens voor plannen met oplevering in ${w.geldigVanaf.slice(0, 4)}${w === socialeHuurgrens.waarden[socialeHuurgrens.waarden.length - 1] ? " (en later, tot een nieuwe waarde bekend is; de bevinding zegt dat)" : ""}`,
        w.waarde,
        bronTekst(w.bron),
        '"€" #,##0.00'
      );
  } else {
    regel(
      "Prijsgrenzen",
      "Sociale huur: hoogste kale huur per maand (liberalisatiegrens)",
      g.socialeHuur,
      bronTekst(g.bronnen.socialeHuur),
      '"€" #,##0.00'
    );
    regel(
      "Prijsgrenzen",
      "Middenhuur: ondergrens kale huur per maand",
      g.middenhuurMin,
      bronTekst(g.bronnen.middenhuurMin),
      '"€" #,##0.00'
    );
  }
  const a = AFSPRAKEN;
  regel(
    "Afspraken",
    `Versnellingsopgave ${REGIO}, netto ${PERIODE.van}–${PERIODE.tot}`,
    a.versnellingsopgaveRegio.waarde,
    bronTekst(a.versnellingsopgaveRegio.bron),
    GETAL
  );
  regel(
    "Afspraken",
    "Plancapaciteit ten minste dit deel van het gemeentelijk aandeel",
    a.plancapaciteitFactor.waarde,
    bronTekst(a.plancapaciteitFactor.bron),
    "0%"
  );
  regel(
    "Afspraken",
    "Harde plancapaciteit voor de productie van de komende jaren",
    a.hardeCapaciteitJaren.waarde,
    bronTekst(a.hardeCapaciteitJaren.bron)
  );
  regel(
    "Afspraken",
    `Betaalbaar deel van de programmering vanaf ${a.betaalbaarAandeel.vanafJaar}`,
    a.betaalbaarAandeel.waarde,
    bronTekst(a.betaalbaarAandeel.bron),
    PROCENT
  );
  regel(
    "Afspraken",
    `Sociale huur ${REGIO}, ten minste`,
    a.socialeHuurRegio.waarde,
    bronTekst(a.socialeHuurRegio.bron),
    GETAL
  );
  regel(
    "Afspraken",
    `Middensegment ${REGIO}, ten minste`,
    a.middensegmentRegio.waarde,
    bronTekst(a.middensegmentRegio.bron),
    GETAL
  );
  for (const gem of GEMEENTEN) {
    const aandeel = aandeelVan(c.instellingen, gem);
    regel(
      "Gemeentelijk aandeel",
      `${gem} (bijlage 3, netto ${PERIODE.van}–${PERIODE.tot})`,
      aandeel ?? "niet ingesteld",
      aandeel === undefined
        ? "bijlage 3 is niet openbaar; geef de aantallen op met --instellingen"
        : `instellingen${instellingenBron ? ` uit ${instellingenBron}` : ""}`,
      aandeel === undefined ? undefined : GETAL
    );
  }
  for (const b of c.bestanden) {
    if (b.fout) {
      regel("Bestand niet gelezen", b.naam, "niet gelezen", b.fout);
      continue;
    }
    regel(
      "Bestand",
      b.naam,
      `${aantal(b.plannen)} plannen`,
      `${b.bladen.length} ${b.bladen.length === 1 ? "blad" : "bladen"}; pad ${b.pad}`
    );
    for (const bl of b.bladen) {
      const fouten = bl.foutCellen ? `; ${aantal(bl.foutCellen)} cellen met een foutwaarde` : "";
      if (bl.soort === "planlijst") {
        regel(
          "Blad",
          `${b.naam}${SCHEIDING}${bl.naam}`,
          `${aantal(bl.plannen)} plannen`,
          `planlijst${bl.gemeenten.length ? ` (${bl.gemeenten.join(", ")})` : ""}${fouten}`
        );
      } else if (bl.soort === "samenvatting") {
        regel(
          "Blad",
          `${b.naam}${SCHEIDING}${bl.naam}`,
          `${bl.gemeenten.length} gemeenten`,
          `samenvatting per gemeente (geen plannen): ${bl.gemeenten.length ? `cijfers van ${bl.gemeenten.join(", ")} overgenomen in het blad Uit samenvattingen` : "geen gemeenten van de woondeal"}` +
            `${bl.rijenBuitenDeal ? `; ${aantal(bl.rijenBuitenDeal)} rijen van gemeenten buiten de woondeal niet gebruikt` : ""}${fouten}`
        );
      } else {
        regel(
          "Blad niet gelezen",
          `${b.naam}${SCHEIDING}${bl.naam}`,
          "niet gebruikt",
          `${bl.reden ?? "geen planlijst"}${fouten}`
        );
      }
    }
  }
  for (const d of c.dubbel) {
    regel(
      "Dubbel plan",
      `${d.naam} (${d.gemeente}) in ${d.bestand}, blad ${d.blad}, rij ${d.rij}`,
      "één keer geteld",
      `telt mee uit ${d.telt.bestand}, blad ${d.telt.blad}, rij ${d.telt.rij}${d.binnenBestand ? " (dubbel binnen hetzelfde bestand)" : ""}` +
        (Math.abs(d.netto - d.telt.netto) > 0.5
          ? `; let op: netto ${aantal(d.netto)} tegen ${aantal(d.telt.netto)}`
          : "")
    );
  }
  regel(
    "Werkwijze",
    "Tellen",
    null,
    "Alle planlijstbladen van alle bestanden zijn in één keer getoetst; een plan dat in meer bestanden staat (zelfde naam en gemeente; kern en locatie gelijk waar ingevuld) of binnen een bestand dubbel staat, telt één keer mee. " +
      "Cijfers uit een samenvatting per gemeente zijn geen plannen: ze staan apart en tellen niet mee in de totalen."
  );
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, n - 1), column: kolommen.length },
  };
  ws.commit();
}

function schrijfUitSamenvattingenBlad(wb: ExcelJS.stream.xlsx.WorkbookWriter, c: Consolidatie) {
  const koppen = [...new Set(c.samenvattingen.flatMap((s) => s.perKolom.map((k) => k.kop)))];
  const kolommen: Kolomdef[] = [
    { kop: "Gemeente", breedte: 18 },
    { kop: "Bestand", breedte: 30 },
    { kop: "Blad", breedte: 20 },
    { kop: "Rij", breedte: 6 },
    { kop: "Hard", breedte: 10, notatie: GETAL },
    { kop: "Zacht", breedte: 10, notatie: GETAL },
    { kop: "Totaal", breedte: 10, notatie: GETAL },
    { kop: "Hardheid onbekend", breedte: 10, notatie: GETAL },
    ...koppen.map((k) => ({ kop: k, breedte: 11, notatie: GETAL })),
  ];
  const ws = wb.addWorksheet("Uit samenvattingen", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 3 }],
  });
  zetKolommen(ws, kolommen);
  const t = ws.getRow(1);
  t.getCell(1).value =
    "Plancapaciteit per gemeente zoals een samenvatting die geeft: geen plannen, niet getoetst en niet opgeteld bij de planlijsten. Lege cel: niet opgegeven in de bron.";
  t.getCell(1).font = { italic: true };
  t.commit();
  schrijfKop(ws, 3, kolommen);
  let n = 4;
  for (const s of c.samenvattingen) {
    const rij = ws.getRow(n++);
    const waarden: (string | number | null)[] = [
      s.gemeente,
      s.bestand,
      s.blad,
      s.rij,
      ...HARDHEIDSOORTEN.map((h) => s.totalen[h]),
    ];
    waarden.push(...koppen.map((k) => s.perKolom.find((p) => p.kop === k)?.aantal ?? null));
    waarden.forEach((v, i) => {
      if (v !== null) rij.getCell(i + 1).value = v;
    });
    rij.commit();
  }
  ws.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: Math.max(3, n - 1), column: kolommen.length },
  };
  ws.commit();
}

export interface SchrijfOpties {
  /** Name of the settings file, for the Verantwoording sheet. */
  instellingenBron?: string;
}

/** Writes the summary workbook with ExcelJS's streaming writer (rows go to disk as they are made). */
export async function schrijfSamenvattingXlsx(
  c: Consolidatie,
  pad: string,
  opties: SchrijfOpties = {}
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: pad,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Woondeal-toets";
  wb.created = new Date();
  schrijfSamenvattingBlad(wb, c);
  schrijfBevindingenBlad(wb, c);
  schrijfVerantwoordingBlad(wb, c, opties.instellingenBron);
  if (c.samenvattingen.length) schrijfUitSamenvattingenBlad(wb, c);
  await wb.commit();
}

// ---------------------------------------------------------------------------------------
// Text for the terminal

function gemeenteRegel(
  naam: string,
  s: Samenvatting,
  peiljaar: number,
  onvolledig?: string[]
): string {
  const delen = [`netto ${PERIODE.van}–${PERIODE.tot} ${aantal(s.netInPeriod)}`];
  if (s.target === null) delen.push("aandeel niet ingesteld");
  else if (onvolledig)
    delen.push(
      `opgave ${aantal(s.target)} niet getoetst: alleen ${onvolledig.length ? onvolledig.join(", ") : "geen gemeenten"} (de regio vraagt alle vier)`
    );
  else
    delen.push(
      `opgave ${aantal(s.target)}, dekking ${procent(s.coverage ?? 0)}${(s.coverage ?? 0) < 1 ? " (onder 100%)" : (s.coverage ?? 0) < AFSPRAKEN.plancapaciteitFactor.waarde ? " (onder 130%)" : ""}`
    );
  const nodig = s.requiredNextFiveYears ?? s.plannedNextFiveYears;
  delen.push(
    `hard ${peiljaar}–${peiljaar + 4} ${aantal(s.hardNextFiveYears)}${nodig > 0 ? ` van ${aantal(nodig)} ${s.requiredNextFiveYears !== null ? "vereist" : "gepland"}` : ""}`
  );
  delen.push(
    `betaalbaar vanaf 2025 ${s.affordableShareFrom2025 === null ? "onbekend" : procent(s.affordableShareFrom2025)}`
  );
  return `  ${naam}: ${delen.join(" · ")} (${aantal(s.plans)} plannen)`;
}

export function consolidatieAlsTekst(c: Consolidatie): string {
  const r = c.rapport;
  const peiljaar = Number(r.referenceDate.slice(0, 4));
  const uit: string[] = [];
  uit.push(
    `Woondeal-toets · samenvatting van ${c.bestanden.length} ${c.bestanden.length === 1 ? "bestand" : "bestanden"} · peildatum ${datumNl(r.referenceDate)}`
  );
  for (const b of c.bestanden) {
    if (b.fout) {
      uit.push(`  ${b.naam}: NIET GELEZEN — ${b.fout}`);
      continue;
    }
    const lijsten = b.bladen.filter((x) => x.soort === "planlijst");
    const samen = b.bladen.filter((x) => x.soort === "samenvatting");
    const fouten = b.bladen.reduce((n, x) => n + x.foutCellen, 0);
    const delen: string[] = [];
    if (lijsten.length) {
      const gem = [...new Set(lijsten.flatMap((x) => x.gemeenten))];
      delen.push(
        `${lijsten.length} ${lijsten.length === 1 ? "planlijst" : "planlijsten"}, ${aantal(b.plannen)} plannen${gem.length ? ` (${gem.join(", ")})` : ""}`
      );
    }
    for (const s of samen)
      delen.push(
        `samenvatting per gemeente in blad ${s.naam}${s.gemeenten.length ? ` (${s.gemeenten.join(", ")})` : " (geen gemeenten van de woondeal)"}`
      );
    if (fouten)
      delen.push(
        `${aantal(fouten)} ${fouten === 1 ? "cel" : "cellen"} met een foutwaarde zoals #VERW!`
      );
    uit.push(`  ${b.naam}: ${delen.join("; ")}`);
  }
  if (c.dubbel.length) {
    const over = c.dubbel.filter((d) => !d.binnenBestand).length;
    uit.push(
      `Dubbel: ${aantal(c.dubbel.length)} ${c.dubbel.length === 1 ? "plan staat" : "plannen staan"} twee keer${over ? ` (${aantal(over)} in verschillende bestanden)` : ""}; elk telt één keer mee.`
    );
  }
  uit.push("");
  uit.push(
    `Per gemeente (netto in ${PERIODE.van}–${PERIODE.tot}, opgave en dekking, harde capaciteit komende vijf jaar, betaalbaar deel):`
  );
  for (const g of GEMEENTEN) {
    const s = r.summary.byGemeente[g];
    const sv = c.samenvattingen.filter((x) => x.gemeente === g);
    const svTekst = sv.length
      ? ` Volgens samenvatting: ${sv.map((x) => `${aantal(x.totalen.totaal ?? (x.totalen.hard ?? 0) + (x.totalen.zacht ?? 0))} (${x.bestand}, blad ${x.blad}, rij ${x.rij})`).join("; ")}.`
      : "";
    uit.push(
      s
        ? gemeenteRegel(g, s, peiljaar) + (svTekst ? `\n   ${svTekst.trim()}` : "")
        : `  ${g}: geen planlijst.${svTekst}`
    );
  }
  const regio = r.summary.region;
  uit.push(
    gemeenteRegel(
      `Regio ${REGIO}`,
      regio,
      peiljaar,
      regio.gemeenten.length < GEMEENTEN.length ? regio.gemeenten : undefined
    )
  );
  if (r.plannenBuitenDeal)
    uit.push(
      `  Buiten de woondeal: ${aantal(r.plannenBuitenDeal)} plannen (niet meegeteld in de regio).`
    );
  const t = telErnst(c.bevindingen.map((b) => b.bevinding));
  uit.push("");
  uit.push(
    `Bevindingen: ${aantal(t.error)} fouten, ${aantal(t.warning)} waarschuwingen, ${aantal(t.info)} ter informatie (alle in het blad Bevindingen).`
  );
  return uit.join("\n") + "\n";
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

/** Reads and prepares the files one after another, so only one file's grids are in memory at a time. */
export async function leesEnBereidVoor(
  bestanden: string[],
  lezen: { zonderVerborgen?: boolean } = {}
): Promise<VoorbereidBestand[]> {
  const uit: VoorbereidBestand[] = [];
  // The same file twice on the command line is read once.
  const uniek = bestanden.filter(
    (b, i) => bestanden.findIndex((x) => path.resolve(x) === path.resolve(b)) === i
  );
  for (const bestand of uniek)
    for (const invoer of await leesBestanden([bestand])) uit.push(bereidVoor(invoer, lezen));
  return uit;
}

/** Reads the files one after another; a file that cannot be read is noted, not fatal. */
export async function leesBestanden(bestanden: string[]): Promise<BestandInvoer[]> {
  const uit: BestandInvoer[] = [];
  const gezien = new Set<string>();
  for (const bestand of bestanden) {
    const sleutel = path.resolve(bestand);
    if (gezien.has(sleutel)) continue; // the same file twice on the command line is read once
    gezien.add(sleutel);
    try {
      uit.push({ bestand, bladen: await leesXlsx(bestand) });
    } catch (e) {
      // One file that cannot be read is one unread file: the summary of the others goes on.
      const fout =
        e instanceof InvoerFout
          ? // InvoerFout messages start with the file name; keep only the reason.
            e.message.replace(/^[^:]*:\s*/, "").replace(/\.$/, "")
          : `onverwachte fout bij het lezen (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); meld dit met het bestand erbij`;
      uit.push({ bestand, fout });
    }
  }
  return uit;
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
