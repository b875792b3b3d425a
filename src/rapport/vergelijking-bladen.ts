/**
 * The comparison of two monitoring rounds (src/vergelijking) as sheets: Wijzigingen (one row
 * per plan that changed, was added, removed, split, merged or could not be matched), Per
 * gemeente (the totals before and after, art. 4.10, 7.2, 8.3) and Bevindingen (the one
 * findings table). The CLI writes them with ExcelJS (`vergelijk --out`), the pane with
 * Office.js; neither decides what goes where.
 *
 * Also the Dutch words for what changed (`wijzigingTekst`), the rows as records for the pane
 * (`wijzigingRijen`), and the cells to mark in the current planlijst (`wijzigingMarkeringen`).
 */
import { GEMEENTEN, REGIO } from "../deal/gemeenten";
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { Plan, celVanVeld, naamCelVan, nettoVan } from "../planlijst/plan";
import { Veld } from "../planlijst/kolommen";
import { Bevinding, Ernst } from "../rules/bevinding";
import { RegelDefinitie } from "../rules/bevinding";
import { REGELS } from "../rules/regels";
import { prijsVan } from "../rules/prijzen";
import {
  GemeenteVergelijking,
  PlanVergelijking,
  Telling,
  Vergelijking,
  VoorNa,
  Wijziging,
  planNaam,
} from "../vergelijking";
import {
  BEVINDING_KOLOMMEN,
  BEVINDING_KOPPEN,
  CEL_KOLOM,
  bevindingFormaten,
  bevindingRij,
} from "./bevindingentabel";
import { aantal, celTekst, datumNl, euro } from "./opmaak";
import { CelWaarde, GETAL, Kolomdef, Oordeel, PROCENT, Raster, RasterBouwer } from "./raster";

/** Excel's limit for a sheet name. */
export const MAX_BLADNAAM = 31;

/** The sheets' names without prefix (the CLI's verschil.xlsx); the pane prefixes "Woondeal-". */
export const VERGELIJKING_BLADEN = {
  wijzigingen: "Wijzigingen",
  perGemeente: "Per gemeente",
  bevindingen: "Bevindingen",
} as const;

export interface VergelijkingBladenOpties {
  /**
   * Links from a row to its plan in the current planlijst. Only meaningful inside the
   * workbook that holds that planlijst (the pane); a separate file (the CLI) leaves them off.
   */
  links?: boolean;
  /** Put before every sheet name ("Woondeal-"); the result is cut to 31 characters. */
  voorvoegsel?: string;
  /** File names of the rounds, for the title line (the CLI); the pane leaves them out. */
  vorige?: string;
  huidige?: string;
}

/** The sheet name for `basis` with the prefix, at most 31 characters (Excel's limit). */
export function vergelijkingBladNaam(
  basis: keyof typeof VERGELIJKING_BLADEN,
  voorvoegsel = ""
): string {
  return `${voorvoegsel}${VERGELIJKING_BLADEN[basis]}`.slice(0, MAX_BLADNAAM);
}

/** The counts per kind as the user reads them (src/vergelijking TELLINGEN). */
export const TELLING_LABEL: Record<Telling, string> = {
  ongewijzigd: "ongewijzigd",
  gewijzigd: "gewijzigd",
  nieuw: "nieuw",
  vervallen: "vervallen",
  gesplitst: "gesplitst",
  samengevoegd: "samengevoegd",
  onzeker: "niet eenduidig",
  opgehard: "opgehard",
  afgewaardeerd: "hard → zacht",
  uitgesteld: "later opgeleverd",
  vervroegd: "eerder opgeleverd",
  segment: "ander segment",
  opgeleverd: "opgeleverd",
};

// ---------------------------------------------------------------------------------------
// What changed, in words

/** "+12", "−3", "0" */
export function metTeken(n: number): string {
  return n > 0 ? `+${aantal(n)}` : n < 0 ? `−${aantal(-n)}` : "0";
}

function jarenTekst(j: { van: number; tot: number } | undefined): string {
  if (!j) return "geen opleverjaar";
  return j.van === j.tot ? String(j.van) : `${j.van}–${j.tot}`;
}

const OF_GEEN = (t: string | undefined) => (t === undefined || t === "" ? "(geen)" : t);

/** One change in Dutch, before → after: "netto 48 → 60 (+12)", "planstatus 1A … → 3 … (hard → zacht)". */
export function wijzigingTekst(w: Wijziging): string {
  switch (w.soort) {
    case "aantal":
      return `${w.veld} ${aantal(w.voor)} → ${aantal(w.na)} (${metTeken(w.verschil)})`;
    case "planstatus": {
      const hardheid =
        w.hardheidVoor !== w.hardheidNa ? ` (${w.hardheidVoor} → ${w.hardheidNa})` : "";
      return `planstatus ${OF_GEEN(w.voor)} → ${OF_GEEN(w.na)}${hardheid}`;
    }
    case "opleverjaar": {
      const hoeveel =
        w.jaren === null || w.jaren === 0
          ? ""
          : ` (${Math.abs(w.jaren)} jaar ${w.jaren > 0 ? "later" : "eerder"})`;
      return `oplevering ${jarenTekst(w.voor)} → ${jarenTekst(w.na)}${hoeveel}`;
    }
    case "segment":
      return `segment ${w.voor ?? "onbekend"} → ${w.na ?? "onbekend"}`;
    case "prijs":
      return `prijs ${w.voor === undefined ? "(geen)" : euro(w.voor)} → ${w.na === undefined ? "(geen)" : euro(w.na)}`;
    case "opgeleverd":
      return "opgeleverd";
    case "naam":
      return `naam "${w.voor ?? ""}" → "${w.na ?? ""}"`;
    case "id":
      return `Plan-ID ${OF_GEEN(w.voor)} → ${OF_GEEN(w.na)}`;
    case "kern":
      return `kern ${OF_GEEN(w.voor)} → ${OF_GEEN(w.na)}`;
    case "gemeente":
      return `gemeente ${OF_GEEN(w.voor)} → ${OF_GEEN(w.na)}`;
  }
}

/**
 * The rule of the comparison that speaks to a change (its article and title), or undefined
 * where the deal says nothing of it (bruto and sloop apart from netto, a price that leaves the
 * segment as it was, a status within hard or within soft, kern).
 */
export function regelVanWijziging(w: Wijziging): RegelDefinitie | undefined {
  switch (w.soort) {
    case "aantal":
      return w.veld === "netto" ? REGELS.aantalGewijzigd : undefined;
    case "planstatus":
      return w.richting === "anders" ? undefined : REGELS.hardheidGewijzigd;
    case "opleverjaar":
      return w.jaren ? REGELS.opleverjaarVerschoven : undefined;
    case "segment":
      return REGELS.segmentGewijzigd;
    case "opgeleverd":
      return REGELS.planOpgeleverd;
    case "naam":
    case "id":
      return REGELS.koppelingOpNaam;
    default:
      return undefined;
  }
}

/** The column of the current plan that holds a change (undefined: none; the name cell is used). */
function veldVan(w: Wijziging, huidige: Plan): Veld | undefined {
  switch (w.soort) {
    case "aantal":
      return w.veld === "netto" && !huidige.kolommen.netto ? "bruto" : w.veld;
    case "planstatus":
    case "opgeleverd":
      return "planstatus";
    case "opleverjaar":
      return "opleverjaar";
    case "segment":
      return prijsVan(huidige)?.veld ?? "segment";
    case "prijs":
      return prijsVan(huidige)?.veld;
    default:
      return w.soort;
  }
}

// ---------------------------------------------------------------------------------------
// The rows of Wijzigingen

export type WijzigingSoort =
  "gewijzigd" | "nieuw" | "vervallen" | "gesplitst" | "samengevoegd" | "onzeker";

export const SOORT_LABEL: Record<WijzigingSoort, string> = {
  vervallen: "vervallen",
  nieuw: "nieuw",
  gesplitst: "gesplitst",
  samengevoegd: "samengevoegd",
  onzeker: "niet eenduidig",
  gewijzigd: "gewijzigd",
};
const SOORT_VOLGORDE: WijzigingSoort[] = [
  "vervallen",
  "nieuw",
  "gesplitst",
  "samengevoegd",
  "onzeker",
  "gewijzigd",
];

/** A plan's place: its sheet and row (and the column to select, the name's). */
export interface PlanPlaats {
  blad: string;
  rij: number;
  /** Column letters of the plan's name (or id), for selecting the row's first useful cell. */
  kolom?: string;
}

/** One row of Wijzigingen, as the pane lists it too. */
export interface WijzigingRij {
  soort: WijzigingSoort;
  /** "Parkwijk fase 3 (EM-001)"; for a split the previous plan, for a merge the current one. */
  plan: string;
  gemeente: string;
  /** In the previous planlijst: "Planlijst rij 12" (several: "; "). */
  vorigePlaats: string;
  /** In the current planlijst. */
  huidigePlaats: string;
  /** The (first) current plan, for a link or a selection; absent for a removed plan. */
  huidig?: PlanPlaats;
  /** What changed, before → after ("; " between changes). */
  wat: string;
  /** The articles where the deal speaks to it ("art. 7.2; art. 4.10"), "" where it does not. */
  artikelen: string;
}

function gemeenteVan(plan: Plan): string {
  return plan.gemeente ?? plan.gemeenteTekst?.trim() ?? "(gemeente onbekend)";
}
function plaats(plannen: Plan[]): string {
  return plannen.map((p) => `${p.blad} rij ${p.rij}`).join("; ");
}
/** The plan's name (or ID) cell. */
function plaatsVanPlan(p: Plan): PlanPlaats {
  const cel = naamCelVan(p);
  return { blad: p.blad, rij: cel.rij, ...(cel.kolom ? { kolom: cel.kolom } : {}) };
}
function artikelen(regels: (RegelDefinitie | undefined)[]): string {
  return [...new Set(regels.filter((r) => r).map((r) => r!.artikel))].join("; ");
}
function woningen(n: number): string {
  return `${aantal(n)} netto`;
}

function gewijzigdRij(p: PlanVergelijking): WijzigingRij {
  return {
    soort: "gewijzigd",
    plan: planNaam(p.huidige),
    gemeente: gemeenteVan(p.huidige),
    vorigePlaats: plaats([p.vorige]),
    huidigePlaats: plaats([p.huidige]),
    huidig: plaatsVanPlan(p.huidige),
    wat: p.wijzigingen.map(wijzigingTekst).join("; "),
    artikelen: artikelen(p.wijzigingen.map(regelVanWijziging)),
  };
}

/**
 * Every plan with a change, added, removed, split, merged or not matched, sorted by gemeente
 * (the deal's four first), kind and row.
 */
export function wijzigingRijen(v: Vergelijking): WijzigingRij[] {
  const k = v.koppeling;
  const rijen: WijzigingRij[] = [];
  for (const p of v.plannen) if (p.wijzigingen.length) rijen.push(gewijzigdRij(p));
  for (const plan of k.vervallen)
    rijen.push({
      soort: "vervallen",
      plan: planNaam(plan),
      gemeente: gemeenteVan(plan),
      vorigePlaats: plaats([plan]),
      huidigePlaats: "",
      wat: `niet meer in de planlijst (was ${woningen(nettoVan(plan))})`,
      artikelen: REGELS.planVervallen.artikel,
    });
  for (const plan of k.nieuw)
    rijen.push({
      soort: "nieuw",
      plan: planNaam(plan),
      gemeente: gemeenteVan(plan),
      vorigePlaats: "",
      huidigePlaats: plaats([plan]),
      huidig: plaatsVanPlan(plan),
      wat: `nieuw (${woningen(nettoVan(plan))})`,
      artikelen: REGELS.planNieuw.artikel,
    });
  for (const s of k.splitsingen) {
    const som = s.huidige.reduce((n, p) => n + nettoVan(p), 0);
    rijen.push({
      soort: "gesplitst",
      plan: planNaam(s.vorige),
      gemeente: gemeenteVan(s.vorige),
      vorigePlaats: plaats([s.vorige]),
      huidigePlaats: plaats(s.huidige),
      huidig: plaatsVanPlan(s.huidige[0]),
      wat: `gesplitst in ${s.huidige.map((p) => `${planNaam(p)} (${aantal(nettoVan(p))})`).join(", ")}; netto ${aantal(nettoVan(s.vorige))} → ${aantal(som)} (${metTeken(som - nettoVan(s.vorige))})`,
      artikelen: REGELS.planGesplitst.artikel,
    });
  }
  for (const s of k.samenvoegingen) {
    const som = s.vorige.reduce((n, p) => n + nettoVan(p), 0);
    const na = nettoVan(s.huidige);
    rijen.push({
      soort: "samengevoegd",
      plan: planNaam(s.huidige),
      gemeente: gemeenteVan(s.huidige),
      vorigePlaats: plaats(s.vorige),
      huidigePlaats: plaats([s.huidige]),
      huidig: plaatsVanPlan(s.huidige),
      wat: `samengevoegd uit ${s.vorige.map((p) => `${planNaam(p)} (${aantal(nettoVan(p))})`).join(", ")}; netto ${aantal(som)} → ${aantal(na)} (${metTeken(na - som)})`,
      artikelen: REGELS.plannenSamengevoegd.artikel,
    });
  }
  for (const o of k.onzeker) {
    const eerste = o.huidige[0] ?? o.vorige[0];
    rijen.push({
      soort: "onzeker",
      plan: [...new Set([...o.vorige, ...o.huidige].map(planNaam))].join(", "),
      gemeente: gemeenteVan(eerste),
      vorigePlaats: plaats(o.vorige),
      huidigePlaats: plaats(o.huidige),
      ...(o.huidige[0] ? { huidig: plaatsVanPlan(o.huidige[0]) } : {}),
      wat: "niet eenduidig te koppelen: niet vergeleken (geef de plannen een vast Plan-ID)",
      artikelen: REGELS.koppelingOnzeker.artikel,
    });
  }
  const gemeenteIndex = (g: string) => {
    const i = (GEMEENTEN as readonly string[]).indexOf(g);
    return i < 0 ? GEMEENTEN.length : i;
  };
  const rij = (r: WijzigingRij) => r.huidig?.rij ?? Number(/rij (\d+)/.exec(r.vorigePlaats)?.[1]);
  return rijen.sort(
    (a, b) =>
      gemeenteIndex(a.gemeente) - gemeenteIndex(b.gemeente) ||
      a.gemeente.localeCompare(b.gemeente, "nl") ||
      SOORT_VOLGORDE.indexOf(a.soort) - SOORT_VOLGORDE.indexOf(b.soort) ||
      (a.huidig?.blad ?? "").localeCompare(b.huidig?.blad ?? "", "nl") ||
      rij(a) - rij(b)
  );
}

// ---------------------------------------------------------------------------------------
// Marks in the current planlijst

/**
 * The cells of the current planlijst that changed since the previous round, as records the
 * pane's marking takes as changes (`wijzigingen` of src/excel/markeringen.ts `markeer`, which
 * gives them a neutral mark of their own): one per changed cell with the comparison's rule (its
 * article and title), the change before → after as the message, and the rule's own severity (the
 * deal's force: context for almost every change). These records are marks, never reported as
 * findings: the comparison's findings themselves are in `Vergelijking.bevindingen`.
 * A change without a column of its own (or without a rule) is put on the plan's name cell.
 */
export function wijzigingMarkeringen(v: Vergelijking): Bevinding[] {
  const uit: Bevinding[] = [];
  const mark = (plan: Plan, veld: Veld | undefined, regel: RegelDefinitie, tekst: string) => {
    const cel = veld && plan.kolommen[veld] ? celVanVeld(plan, veld) : naamCelVan(plan);
    uit.push({
      rule: regel.code,
      severity: regel.ernst,
      article: regel.artikel,
      sheet: plan.blad,
      row: cel.rij,
      ...(cel.kolom ? { column: cel.kolom } : {}),
      ...(veld ? { field: veld } : {}),
      gemeente: gemeenteVan(plan),
      message: tekst,
    });
  };
  for (const p of v.plannen) {
    const sinds = `Gewijzigd sinds de vorige planlijst (${plaats([p.vorige])}): `;
    for (const w of p.wijzigingen) {
      const regel =
        regelVanWijziging(w) ??
        (w.soort === "aantal" ? REGELS.aantalGewijzigd : REGELS.koppelingOpNaam);
      mark(p.huidige, veldVan(w, p.huidige), regel, `${sinds}${wijzigingTekst(w)}.`);
    }
  }
  const k = v.koppeling;
  for (const plan of k.nieuw)
    mark(plan, "naam", REGELS.planNieuw, "Nieuw sinds de vorige planlijst.");
  for (const s of k.splitsingen)
    for (const plan of s.huidige)
      mark(
        plan,
        "naam",
        REGELS.planGesplitst,
        `Deel van ${planNaam(s.vorige)} (vorige planlijst, ${plaats([s.vorige])}).`
      );
  for (const s of k.samenvoegingen)
    mark(
      s.huidige,
      "naam",
      REGELS.plannenSamengevoegd,
      `Samengevoegd uit ${s.vorige.map(planNaam).join(", ")} (vorige planlijst).`
    );
  for (const o of k.onzeker)
    for (const plan of o.huidige)
      mark(
        plan,
        "naam",
        REGELS.koppelingOnzeker,
        "Niet vergeleken met de vorige planlijst; geef de plannen in beide planlijsten een vast Plan-ID."
      );
  return uit;
}

// ---------------------------------------------------------------------------------------
// Sheets

function titel(v: Vergelijking, o: VergelijkingBladenOpties): string {
  const bestanden =
    o.vorige && o.huidige
      ? `${o.huidige} met de vorige planlijst ${o.vorige}`
      : "planlijst met de vorige";
  return `Vergelijking ${bestanden} · peildatum ${datumNl(v.peildatum)} (voor beide rondes)`;
}

const WIJZIGINGEN_KOLOMMEN: Kolomdef[] = [
  { kop: "Soort", breedte: 14 },
  { kop: "Plan", breedte: 34 },
  { kop: "Gemeente", breedte: 16 },
  { kop: "Vorige plaats", breedte: 18 },
  { kop: "Huidige plaats", breedte: 18 },
  { kop: "Wat veranderde (vorige → huidige)", breedte: 70 },
  { kop: "Artikel", breedte: 14 },
];
const HUIDIG_KOLOM = 4;

/** Wijzigingen: one row per plan that changed; with `links`, each current place links to its row. */
export function wijzigingenBlad(v: Vergelijking, o: VergelijkingBladenOpties = {}): Raster {
  const bouw = new RasterBouwer(
    vergelijkingBladNaam("wijzigingen", o.voorvoegsel),
    WIJZIGINGEN_KOLOMMEN,
    { rijen: 3, kolommen: 2 }
  );
  const rijen = wijzigingRijen(v);
  bouw.vet(bouw.rij([titel(v, o)]));
  bouw.rij([
    rijen.length
      ? `${aantal(rijen.length)} ${rijen.length === 1 ? "plan" : "plannen"} met een wijziging; ${aantal(v.plannen.length - v.plannen.filter((p) => p.wijzigingen.length).length)} gekoppelde plannen ongewijzigd.`
      : "Geen wijzigingen: elk plan staat ongewijzigd in beide planlijsten.",
  ]);
  bouw.kop(WIJZIGINGEN_KOLOMMEN);
  for (const r of rijen) {
    const i = bouw.rij([
      SOORT_LABEL[r.soort],
      r.plan,
      r.gemeente,
      r.vorigePlaats,
      r.huidigePlaats,
      r.wat,
      r.artikelen,
    ]);
    if (o.links && r.huidig)
      bouw.raster.links.push({
        rij: i,
        kolom: HUIDIG_KOLOM,
        blad: r.huidig.blad,
        adres: r.huidig.kolom
          ? `${r.huidig.kolom}${r.huidig.rij}`
          : `${r.huidig.rij}:${r.huidig.rij}`,
        tekst: r.huidigePlaats,
      });
  }
  return bouw.raster;
}

/** Per gemeente: columns of one measure before, after and the difference. */
function perGemeenteKolommen(peiljaar: number): Kolomdef[] {
  const vijf = `${peiljaar}–${peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1}`;
  const drie = (wat: string): Kolomdef[] => [
    { kop: `${wat} vorige`, breedte: 11, notatie: GETAL },
    { kop: `${wat} huidige`, breedte: 11, notatie: GETAL },
    { kop: `${wat} verschil`, breedte: 11, notatie: GETAL },
  ];
  return [
    { kop: "Gemeente", breedte: 26 },
    ...drie("Plannen"),
    ...drie(`Netto ${PERIODE.van}–${PERIODE.tot}`),
    { kop: "Opgave (aandeel bijlage 3; regio: versnellingsopgave)", breedte: 14, notatie: GETAL },
    { kop: "Dekking vorige (art. 4.10)", breedte: 11, notatie: PROCENT },
    { kop: "Dekking huidige (art. 4.10)", breedte: 11, notatie: PROCENT },
    { kop: "Niveau 130% gehandhaafd (art. 4.10)", breedte: 12 },
    ...drie(`Hard ${vijf}`),
    { kop: `Jaarschijven ${vijf} (bijlage 3)`, breedte: 12, notatie: GETAL },
    ...drie("Opgeleverd"),
    {
      kop: `Jaarschijven ${PERIODE.van}–${Math.min(peiljaar - 1, PERIODE.tot)} (art. 8.3)`,
      breedte: 12,
      notatie: GETAL,
    },
  ];
}

const voorNa = (x: VoorNa): CelWaarde[] => [x.vorige, x.huidige, x.verschil];

/** ja / nee / "" for the 130% level of art. 4.10 (kept when the current list reaches it). */
function gehandhaafd(g: GemeenteVergelijking): { tekst: string; oordeel?: Oordeel } {
  if (g.doel === null || g.dekking.huidige === null) return { tekst: "niet te berekenen" };
  const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
  const nu = g.dekking.huidige >= factor - 1e-9;
  const was = g.dekking.vorige !== null && g.dekking.vorige >= factor - 1e-9;
  if (nu) return { tekst: "ja", oordeel: "goed" };
  return { tekst: was ? "nee (was wel)" : "nee (ook vorige niet)", oordeel: "slecht" };
}

function gemeenteCellen(naam: string, g: GemeenteVergelijking): CelWaarde[] {
  return [
    naam,
    ...voorNa(g.plannen),
    ...voorNa(g.nettoInPeriode),
    g.doel,
    g.dekking.vorige,
    g.dekking.huidige,
    gehandhaafd(g).tekst,
    ...voorNa(g.hardKomendeVijfJaar),
    g.vereistKomendeVijfJaar,
    ...voorNa(g.opgeleverd),
    g.vereistOpgeleverd,
  ];
}
const GEHANDHAAFD_KOLOM = 10;
const HARD_HUIDIG_KOLOM = 12;
const OPGELEVERD_HUIDIG_KOLOM = 16;

/** The gemeenten in order: the deal's four, then others (not in the deal) by name. */
export function gemeentenInVolgorde(v: Vergelijking): GemeenteVergelijking[] {
  const deal = GEMEENTEN.filter((g) => v.perGemeente[g]).map((g) => v.perGemeente[g]);
  const overig = Object.keys(v.perGemeente)
    .filter((g) => !(GEMEENTEN as readonly string[]).includes(g) && g !== REGIO)
    .sort((a, b) => a.localeCompare(b, "nl"))
    .map((g) => v.perGemeente[g]);
  return [...deal, ...overig];
}

/** Per gemeente and the region: plannen, netto 2022–2030, dekking, hard five years, delivered, before/after. */
export function perGemeenteBlad(v: Vergelijking, o: VergelijkingBladenOpties = {}): Raster {
  const kolommen = perGemeenteKolommen(Number(v.peildatum.slice(0, 4)));
  const bouw = new RasterBouwer(vergelijkingBladNaam("perGemeente", o.voorvoegsel), kolommen, {
    rijen: 3,
    kolommen: 1,
  });
  bouw.vet(bouw.rij([titel(v, o)]));
  bouw.rij([
    "Netto woningen; verschil = huidige − vorige. Dekking = netto 2022–2030 ÷ opgave; art. 4.10: het streven is het niveau van 130% te handhaven. Art. 7.2: de aantallen tellen ten minste op tot de totalen van de planlijsten. Art. 8.3: opgeleverd tegenover de jaarschijven.",
  ]);
  bouw.kop(kolommen);
  const notaties = kolommen.map((k) => k.notatie);
  const schrijf = (naam: string, g: GemeenteVergelijking, vet = false) => {
    const n = bouw.rij(gemeenteCellen(naam, g), notaties);
    const h = gehandhaafd(g);
    if (h.oordeel) bouw.oordeel(n, GEHANDHAAFD_KOLOM, h.oordeel);
    const onder = (huidig: number, vereist: number | null) =>
      vereist !== null && huidig < vereist - 1e-9;
    if (g.vereistKomendeVijfJaar !== null)
      bouw.oordeel(
        n,
        HARD_HUIDIG_KOLOM,
        onder(g.hardKomendeVijfJaar.huidige, g.vereistKomendeVijfJaar) ? "slecht" : "goed"
      );
    if (g.vereistOpgeleverd !== null)
      bouw.oordeel(
        n,
        OPGELEVERD_HUIDIG_KOLOM,
        onder(g.opgeleverd.huidige, g.vereistOpgeleverd) ? "slecht" : "goed"
      );
    if (vet) bouw.vet(n);
  };
  for (const g of gemeentenInVolgorde(v))
    schrijf(g.inDeal ? g.gemeente : `${g.gemeente} (niet in deze woondeal)`, g);
  if (v.regio.volledig) schrijf(`Regio ${REGIO}`, v.regio, true);
  else
    bouw.rij([
      `Regio ${REGIO}: niet vergeleken; dat kan alleen als beide planlijsten alle vier gemeenten bevatten.`,
    ]);
  return bouw.raster;
}

const ERNST_OORDEEL: Partial<Record<Ernst, Oordeel>> = { error: "slecht", warning: "matig" };
const ERNST_KOLOM = BEVINDING_KOPPEN.indexOf("Ernst");

/** Bevindingen: the comparison's findings in the one findings table; with `links`, each cell links to its place. */
export function vergelijkingBevindingenBlad(
  v: Vergelijking,
  o: VergelijkingBladenOpties = {}
): Raster {
  const kolommen: Kolomdef[] = BEVINDING_KOLOMMEN.map((k) => ({ kop: k.kop, breedte: k.breedte }));
  const bouw = new RasterBouwer(vergelijkingBladNaam("bevindingen", o.voorvoegsel), kolommen, {
    rijen: 1,
  });
  bouw.kop(kolommen);
  for (const f of v.bevindingen) {
    const i = bouw.ruweRij(bevindingRij(f), bevindingFormaten(f));
    const oordeel = ERNST_OORDEEL[f.severity];
    if (oordeel) bouw.oordeel(i, ERNST_KOLOM, oordeel);
    if (o.links && f.sheet && f.row)
      bouw.raster.links.push({
        rij: i,
        kolom: CEL_KOLOM,
        blad: f.sheet,
        adres: f.column ? `${f.column}${f.row}` : `${f.row}:${f.row}`,
        tekst: celTekst(f),
      });
  }
  return bouw.raster;
}

/** The comparison's sheets, in order: Wijzigingen, Per gemeente, Bevindingen. */
export function vergelijkingBladen(v: Vergelijking, o: VergelijkingBladenOpties = {}): Raster[] {
  return [wijzigingenBlad(v, o), perGemeenteBlad(v, o), vergelijkingBevindingenBlad(v, o)];
}
