/** One check of a workbook: the planlijst sheets in, one report out. Every door renders this report. */
import { GemeenteNaam } from "../deal/gemeenten";
import { Prijsgrenzen } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Bevinding, ERNST_VOLGORDE, Ernst, maakBevinding } from "./bevinding";
import { REGELS } from "./regels";
import { ToetsContext, ToetsOpties, maakContext } from "./context";
import { dubbelBevindingen, toetsRij, vindDubbelen } from "./rijregels";
import { SamenvattingResultaat, vatSamen } from "./samenvatting";
import { toetsTotalen } from "./totaalregels";
import { toetsKolommen } from "./kolomregels";

export interface Rapport {
  peildatum: string;
  grensjaar?: number;
  grenzen: Prijsgrenzen;
  /** Which plan statuses count as hard (settings; default "ruim": 1A–2C). */
  hardheid?: "ruim" | "streng";
  bladen: PlanlijstBlad[];
  bevindingen: Bevinding[];
  samenvatting: SamenvattingResultaat;
  /** The deal gemeenten that have plans in this check. */
  dealGemeenten: GemeenteNaam[];
  /** Plans of gemeenten outside the deal. */
  plannenBuitenDeal: number;
}

const BLADVOLGORDE = new Intl.Collator("nl");

export function sorteerBevindingen(lijst: Bevinding[]): Bevinding[] {
  return lijst.sort(
    (a, b) =>
      (a.sheet === undefined ? 1 : 0) - (b.sheet === undefined ? 1 : 0) ||
      (a.sheet === b.sheet ? 0 : BLADVOLGORDE.compare(a.sheet ?? "", b.sheet ?? "")) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      ERNST_VOLGORDE[a.severity] - ERNST_VOLGORDE[b.severity]
  );
}

/** Row findings for some plans of a sheet (used for a live re-check of changed rows). */
export function toetsPlannen(blad: PlanlijstBlad, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const plan of blad.plannen) voegToe(uit, toetsRij(plan, blad, ctx));
  return uit;
}

/** Appends in place. `push(...lijst)` overflows the call stack beyond ~120,000 items (100,000-row lists). */
function voegToe<T>(doel: T[], lijst: readonly T[]): void {
  for (const x of lijst) doel.push(x);
}

export function toets(bladen: PlanlijstBlad[], opties: ToetsOpties = {}): Rapport {
  const ctx = maakContext(opties);
  const lijsten = bladen.filter((b) => b.isPlanlijst);
  const findings: Bevinding[] = [];
  for (const blad of bladen) voegToe(findings, bladMeldingen(blad));
  for (const blad of lijsten) voegToe(findings, toetsPlannen(blad, ctx));
  for (const blad of lijsten) voegToe(findings, toetsKolommen(blad));
  const dubbelen = vindDubbelen(lijsten.flatMap((b) => b.plannen));
  voegToe(findings, dubbelBevindingen(dubbelen));
  const summary = vatSamen(
    lijsten,
    ctx,
    new Set(dubbelen.filter((d) => d.identiek).map((d) => d.plan))
  );
  voegToe(findings, toetsTotalen(lijsten, summary, ctx));
  const plannenBuitenDeal = Object.values(summary.perGemeente)
    .filter((s) => !s.inDeal)
    .reduce((n, s) => n + s.plannen, 0);
  return {
    peildatum: ctx.peildatum,
    ...(ctx.grensjaar !== undefined ? { grensjaar: ctx.grensjaar } : {}),
    grenzen: ctx.grenzen,
    hardheid: ctx.instellingen.hardheid ?? "ruim",
    bladen,
    bevindingen: sorteerBevindingen(findings),
    samenvatting: summary,
    dealGemeenten: summary.regio.gemeenten,
    plannenBuitenDeal,
  };
}

/** The hard/soft reading in words, as the reports state it (art. 1h; README "Hard en zacht"). */
export function hardheidTekst(hardheid: "ruim" | "streng" = "ruim"): string {
  return hardheid === "streng"
    ? "hard = 1A en 2A (zonder uitwerkingsplicht of wijzigingsbevoegdheid), vergund, in aanbouw, opgeleverd; 1B–2C, 3, 4A en 4B zacht (strenge lezing, art. 1h)"
    : "hard = 1A–2C, vergund, in aanbouw, opgeleverd; 3, 4A en 4B zacht (landelijke monitoring van plancapaciteit)";
}

const MELDING_REGEL = {
  begrensd: REGELS.invoerBegrensd,
  "verborgen-blad": REGELS.verborgenBlad,
  "verborgen-rijen": REGELS.verborgenRijen,
} as const;

/** The reader's notices about a sheet (bounds, hidden sheets and rows) as findings. */
export function bladMeldingen(blad: PlanlijstBlad): Bevinding[] {
  return (blad.meldingen ?? []).map((m) =>
    maakBevinding(
      MELDING_REGEL[m.soort],
      {
        sheet: blad.naam,
        ...(m.rij !== undefined ? { row: m.rij } : {}),
        ...(m.kolom ? { column: m.kolom } : {}),
      },
      `Blad "${blad.naam}": ${m.tekst}.`
    )
  );
}

export function telErnst(findings: Bevinding[]): Record<Ernst, number> {
  const t: Record<Ernst, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) t[f.severity]++;
  return t;
}
