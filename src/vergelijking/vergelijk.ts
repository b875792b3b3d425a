/**
 * Comparing a planlijst with the previous monitoring round (art. 8.1): plans matched, what
 * changed per plan, totals per gemeente and for the region before and after, and findings
 * with the deal's articles. Severity follows the deal's force (src/rules/regels.ts): the
 * articles involved are aims and efforts (4.10, 7.2, 8.3), so a finding is a warning at most.
 *
 * Both rounds are counted with the same options (peildatum, price limits, bijlage 3
 * settings): "the coming five years" and the jaarschijven are the same years for both, so
 * before and after differ only by what the lists say.
 */
import { GEMEENTEN, REGIO, herkenGemeente } from "../deal/gemeenten";
import { jaarschijfVan } from "../deal/instellingen";
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan, celVanVeld, nettoVan } from "../planlijst/plan";
import { BETAALBARE_SEGMENTEN, Segment } from "../planlijst/waarden";
import { Bevinding, aantal, maakBevinding, procent } from "../rules/bevinding";
import { ToetsContext, ToetsOpties, maakContext } from "../rules/context";
import { prijsVan } from "../rules/prijzen";
import { REGELS } from "../rules/regels";
import { vindDubbelen } from "../rules/rijregels";
import { Samenvatting, SamenvattingResultaat, vatSamen } from "../rules/samenvatting";
import { sorteerBevindingen } from "../rules/toets";
import {
  KoppelResultaat,
  Koppelwijze,
  OnzekereKoppeling,
  koppelPlannen,
  namenVerwant,
} from "./koppeling";
import { Wijziging, jarenVan, statusTekst, wijzigingenVan } from "./wijzigingen";

export interface PlanVergelijking {
  vorige: Plan;
  huidige: Plan;
  via: Koppelwijze;
  /** Empty when nothing changed. */
  wijzigingen: Wijziging[];
}

export interface VoorNa {
  vorige: number;
  huidige: number;
  /** huidige − vorige, to one decimal as the totals. */
  verschil: number;
}

export const TELLINGEN = [
  "ongewijzigd",
  "gewijzigd",
  "nieuw",
  "vervallen",
  "gesplitst",
  "samengevoegd",
  "onzeker",
  "opgehard",
  "afgewaardeerd",
  "uitgesteld",
  "vervroegd",
  "segment",
  "opgeleverd",
] as const;
export type Telling = (typeof TELLINGEN)[number];

export interface GemeenteVergelijking {
  gemeente: string;
  inDeal: boolean;
  plannen: VoorNa;
  /** Net homes, all years. */
  netto: VoorNa;
  /** Net homes delivered 2022–2030: the totals art. 7.2 and the coverage of art. 4.10 count. */
  nettoInPeriode: VoorNa;
  /** Gemeentelijk aandeel (bijlage 3) or, for the region, the versnellingsopgave; null when not set. */
  doel: number | null;
  /** nettoInPeriode ÷ doel (1.3 = the 130% of art. 4.10); null without doel. */
  dekking: { vorige: number | null; huidige: number | null };
  /** Hard net homes delivered in the five years from the peildatum's year (art. 4.10). */
  hardKomendeVijfJaar: VoorNa;
  /** The bijlage 3 jaarschijven for those years, when set. */
  vereistKomendeVijfJaar: number | null;
  /** Net homes of plans marked opgeleverd. */
  opgeleverd: VoorNa;
  /** Bijlage 3 jaarschijven from 2022 up to the year before the peildatum, when set (art. 8.3). */
  vereistOpgeleverd: number | null;
  /** Plans (of this gemeente) per kind of change. */
  telling: Record<Telling, number>;
}

export interface Vergelijking {
  peildatum: string;
  hardheid: "ruim" | "streng";
  koppeling: KoppelResultaat;
  /** Every matched pair, changed or not. */
  plannen: PlanVergelijking[];
  perGemeente: Record<string, GemeenteVergelijking>;
  /** The region; compared only when both rounds hold all four gemeenten (volledig). */
  regio: GemeenteVergelijking & { volledig: boolean };
  vorigeSamenvatting: SamenvattingResultaat;
  huidigeSamenvatting: SamenvattingResultaat;
  bevindingen: Bevinding[];
}

/**
 * Plans of the planlijst sheets, and the identical copies among them (the totals count those
 * once). Matching takes every plan: a copy may differ from its original in the next round.
 */
function plannenVan(bladen: PlanlijstBlad[]): { plannen: Plan[]; kopieen: Set<Plan> } {
  const plannen = bladen.filter((b) => b.isPlanlijst).flatMap((b) => b.plannen);
  const kopieen = new Set(
    vindDubbelen(plannen)
      .filter((d) => d.identiek)
      .map((d) => d.plan)
  );
  return { plannen, kopieen };
}

/** The gemeente a plan counts for, as the totals name it (src/rules/samenvatting.ts). */
function gemeenteVan(plan: Plan): string {
  if (plan.gemeente) return plan.gemeente;
  if (plan.gemeenteTekst !== undefined && herkenGemeente(plan.gemeenteTekst).soort === "regio")
    return REGIO;
  return plan.gemeenteTekst?.trim() || "(gemeente onbekend)";
}

const tiende = (n: number) => Math.round(n * 10) / 10;
function voorNa(vorige: number, huidige: number): VoorNa {
  return { vorige, huidige, verschil: tiende(huidige - vorige) };
}

/** "Parkwijk fase 3 (EM-001)" */
export function planNaam(plan: Plan): string {
  const naam = plan.naam?.trim();
  const id = plan.id?.trim();
  if (naam && id) return `${naam} (${id})`;
  return naam || id || "(plan zonder naam)";
}

/** "vorige planlijst, blad Planlijst rij 12" */
function vorigePlaats(plan: Plan): string {
  return `vorige planlijst, blad ${plan.blad} rij ${plan.rij}`;
}

function plaatsVan(plan: Plan, veld?: keyof Plan["kolommen"]) {
  const cel = celVanVeld(plan, veld);
  return {
    sheet: plan.blad,
    row: cel.rij,
    ...(veld && cel.kolom ? { column: cel.kolom, field: veld } : {}),
    gemeente: gemeenteVan(plan),
  };
}

function woningen(n: number): string {
  return `${aantal(n)} ${n === 1 || n === -1 ? "woning" : "woningen"}`;
}
function metTeken(n: number): string {
  return n > 0 ? `+${aantal(n)}` : n < 0 ? `−${aantal(-n)}` : "0";
}
function jarenTekst(j: { van: number; tot: number } | undefined): string {
  if (!j) return "geen opleverjaar";
  return j.van === j.tot ? String(j.van) : `${j.van}–${j.tot}`;
}

const ART_72 =
  "Art. 7.2: de gemeenten kunnen voor de eigen aantallen schuiven/wijzigen met de projecten, op voorwaarde dat deze aantallen ten minste optellen tot de totalen van de gemeentelijke planlijsten.";

/** Findings for one matched plan: the changes the deal speaks to. */
function planBevindingen(p: PlanVergelijking): Bevinding[] {
  const uit: Bevinding[] = [];
  // Each finding below speaks of a change: an unchanged plan (most of a list) has none.
  if (!p.wijzigingen.length) return uit;
  for (const b of [
    koppelingBevinding(p),
    idBevinding(p),
    nettoBevinding(p),
    hardheidBevinding(p),
    opleverjaarBevinding(p),
    segmentBevinding(p),
    opgeleverdBevinding(p),
  ])
    if (b) uit.push(b);
  return uit;
}

/** The plan's change of one kind, if any. */
function wijzigingVan<S extends Wijziging["soort"]>(
  p: PlanVergelijking,
  soort: S
): (Wijziging & { soort: S }) | undefined {
  return p.wijzigingen.find((x) => x.soort === soort) as (Wijziging & { soort: S }) | undefined;
}

/** A plan matched by name or spelling whose name or id changed: to be confirmed. */
function koppelingBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { vorige, huidige } = p;
  const naam = wijzigingVan(p, "naam");
  const id = wijzigingVan(p, "id");
  if (p.via === "id" || (!naam && !id)) return undefined;
  const wat = [
    naam ? `naam "${naam.voor ?? ""}" → "${naam.na ?? ""}"` : "",
    id ? `Plan-ID ${id.voor ?? "(geen)"} → ${id.na ?? "(geen)"}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return maakBevinding(
    REGELS.koppelingOpNaam,
    plaatsVan(huidige, "naam"),
    `Gekoppeld aan ${planNaam(vorige)} (${vorigePlaats(vorige)}) op ${p.via === "spelling" ? "een naam met een kleine spellingsafwijking" : "naam, kern en gemeente"} (${wat}). Controleer of dit hetzelfde plan is; een vast Plan-ID in beide planlijsten maakt de koppeling zeker.`,
    { value: huidige.naam ?? huidige.id ?? null }
  );
}

/** A plan matched by id under a name unrelated to the old one: perhaps a reused id. */
function idBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { vorige, huidige } = p;
  const naam = wijzigingVan(p, "naam");
  if (p.via !== "id" || !naam || namenVerwant(vorige, huidige)) return undefined;
  return maakBevinding(
    REGELS.koppelingOpId,
    plaatsVan(huidige, "naam"),
    `Gekoppeld op Plan-ID ${huidige.id?.trim()} aan ${planNaam(vorige)} (${vorigePlaats(vorige)}), maar de naam is nu "${naam.na ?? ""}". Controleer of dit hetzelfde plan is en niet een nieuw plan met een hergebruikt Plan-ID.`,
    { value: huidige.naam ?? null }
  );
}

function nettoBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { huidige } = p;
  const netto = p.wijzigingen.find(
    (x): x is Extract<Wijziging, { soort: "aantal" }> => x.soort === "aantal" && x.veld === "netto"
  );
  if (!netto) return undefined;
  return maakBevinding(
    REGELS.aantalGewijzigd,
    plaatsVan(huidige, huidige.kolommen.netto ? "netto" : "bruto"),
    `${planNaam(huidige)}: netto ${woningen(netto.na)}, in de vorige planlijst ${woningen(netto.voor)} (${metTeken(netto.verschil)}). ${ART_72}`,
    { value: netto.na }
  );
}

/** A plan gone from hard to soft (art. 4.10) or hardened (art. 1h). */
function hardheidBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { huidige } = p;
  const status = wijzigingVan(p, "planstatus");
  if (!status || status.richting === "anders") return undefined;
  return maakBevinding(
    REGELS.hardheidGewijzigd,
    plaatsVan(huidige, "planstatus"),
    status.richting === "afgewaardeerd"
      ? `${planNaam(huidige)}: planstatus van ${status.voor} (hard) naar ${status.na} (zacht); ${woningen(nettoVan(huidige))} netto tellen niet meer als harde plancapaciteit. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de realisatie van de woningbouwproductie voor de komende vijf jaren.`
      : `${planNaam(huidige)}: planstatus van ${status.voor} (zacht) naar ${status.na} (hard); ${woningen(nettoVan(huidige))} netto tellen nu als harde plancapaciteit (opgehard, art. 1h en 4.10).`,
    { value: status.na ?? null }
  );
}

/** An oplevering moved, perhaps past the deal's period (art. 3.1, 7.2). */
function opleverjaarBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { huidige } = p;
  const jaar = wijzigingVan(p, "opleverjaar");
  if (!jaar || jaar.jaren === null || jaar.jaren === 0) return undefined;
  const buiten =
    jaar.na && jaar.na.van > PERIODE.tot && (!jaar.voor || jaar.voor.van <= PERIODE.tot)
      ? ` De oplevering valt daarmee na ${PERIODE.tot}, buiten de periode van de woondeal (art. 3.1): de woningen tellen niet meer mee in de totalen.`
      : "";
  return maakBevinding(
    REGELS.opleverjaarVerschoven,
    plaatsVan(huidige, "opleverjaar"),
    `${planNaam(huidige)}: oplevering ${jarenTekst(jaar.na)}, in de vorige planlijst ${jarenTekst(jaar.voor)} (${Math.abs(jaar.jaren)} jaar ${jaar.jaren > 0 ? "later" : "eerder"}).${buiten} Art. 7.2: de gemeenten kunnen met projecten schuiven en bekijken welke projecten versneld gerealiseerd of in de planning naar voren gehaald kunnen worden.`,
    { value: jarenTekst(jaar.na) }
  );
}

/** A segment changed, and whether the plan still counts as betaalbaar (art. 6). */
function segmentBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { huidige } = p;
  const segment = wijzigingVan(p, "segment");
  if (!segment) return undefined;
  const betaalbaar = (s?: Segment) => (s ? BETAALBARE_SEGMENTEN.has(s) : undefined);
  const voor = betaalbaar(segment.voor);
  const na = betaalbaar(segment.na);
  const gevolg =
    voor === true && na === false
      ? " Het plan telt daarmee niet meer als betaalbaar; art. 6: partijen zetten in op ten minste twee derde betaalbare huur- en koopwoningen vanaf 2025."
      : voor === false && na === true
        ? " Het plan telt daarmee als betaalbaar (art. 6)."
        : "";
  return maakBevinding(
    REGELS.segmentGewijzigd,
    plaatsVan(huidige, prijsVan(huidige)?.veld ?? "segment"),
    `${planNaam(huidige)}: segment ${segment.na ?? "onbekend"}, in de vorige planlijst ${segment.voor ?? "onbekend"} (zoals de woondeal telt: op prijs waar die bekend is, art. 1a en 1g).${gevolg}`,
    { value: segment.na ?? null }
  );
}

function opgeleverdBevinding(p: PlanVergelijking): Bevinding | undefined {
  const { huidige } = p;
  if (!wijzigingVan(p, "opgeleverd")) return undefined;
  return maakBevinding(
    REGELS.planOpgeleverd,
    plaatsVan(huidige, "planstatus"),
    `${planNaam(huidige)}: opgeleverd sinds de vorige planlijst (${woningen(nettoVan(huidige))} netto). Art. 8.1: de gemeenten en de provincie monitoren tweemaal per jaar gezamenlijk de woningbouwproductie.`,
    { value: statusTekst(huidige) ?? null }
  );
}

function samenvattingPlan(plan: Plan): string {
  const delen = [`${woningen(nettoVan(plan))} netto`];
  const s = statusTekst(plan);
  if (s) delen.push(s);
  delen.push(`oplevering ${jarenTekst(jarenVan(plan))}`);
  return delen.join(", ");
}

const REDEN: Record<OnzekereKoppeling["reden"], string> = {
  "zelfde-naam": "meer dan één plan met dezelfde naam in dezelfde gemeente",
  "gelijke-kandidaten": "de namen lijken even veel op elkaar",
  "meerdere-delen": "de delen passen bij meer dan één plan",
};

function koppelBevindingen(k: KoppelResultaat): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const plan of k.vervallen)
    uit.push(
      maakBevinding(
        REGELS.planVervallen,
        { gemeente: gemeenteVan(plan) },
        `${planNaam(plan)} (${vorigePlaats(plan)}; ${samenvattingPlan(plan)}) staat niet meer in de planlijst. ${ART_72}`,
        { value: nettoVan(plan) }
      )
    );
  for (const plan of k.nieuw)
    uit.push(
      maakBevinding(
        REGELS.planNieuw,
        plaatsVan(plan, "naam"),
        `${planNaam(plan)}: nieuw sinds de vorige planlijst (${samenvattingPlan(plan)}). Art. 7.3: naast de bestaande projecten kunnen de gemeenten tussentijds met nieuwe initiatieven aan de slag, mits deze vallen onder de verdeling van afspraken over aantallen, doelgroepen en betaalbaarheid.`,
        { value: nettoVan(plan) }
      )
    );
  for (const s of k.splitsingen) {
    const som = s.huidige.reduce((n, p) => n + nettoVan(p), 0);
    uit.push(
      maakBevinding(
        REGELS.planGesplitst,
        plaatsVan(s.huidige[0], "naam"),
        `${planNaam(s.vorige)} (${vorigePlaats(s.vorige)}; ${woningen(nettoVan(s.vorige))} netto) is gesplitst in ${s.huidige.map((p) => `${planNaam(p)} (${aantal(nettoVan(p))})`).join(", ")}: samen ${woningen(som)} netto (${metTeken(som - nettoVan(s.vorige))}). ${ART_72}`,
        { value: som }
      )
    );
  }
  for (const s of k.samenvoegingen) {
    const som = s.vorige.reduce((n, p) => n + nettoVan(p), 0);
    uit.push(
      maakBevinding(
        REGELS.plannenSamengevoegd,
        plaatsVan(s.huidige, "naam"),
        `${planNaam(s.huidige)} (${woningen(nettoVan(s.huidige))} netto) voegt samen: ${s.vorige.map((p) => `${planNaam(p)} (${aantal(nettoVan(p))}, rij ${p.rij})`).join(", ")} uit de vorige planlijst, samen ${woningen(som)} netto (${metTeken(nettoVan(s.huidige) - som)}). ${ART_72}`,
        { value: nettoVan(s.huidige) }
      )
    );
  }
  for (const o of k.onzeker) {
    const eerste = o.huidige[0];
    uit.push(
      maakBevinding(
        REGELS.koppelingOnzeker,
        plaatsVan(eerste, "naam"),
        `Niet eenduidig te koppelen (${REDEN[o.reden]}): in de vorige planlijst ${o.vorige.map((p) => `${planNaam(p)} (rij ${p.rij})`).join(", ")}; in deze planlijst ${o.huidige.map((p) => `${planNaam(p)} (rij ${p.rij})`).join(", ")}. De vergelijking koppelt ze niet en raadt niet; geef de plannen in beide planlijsten een vast Plan-ID.`,
        { value: eerste.naam ?? eerste.id ?? null }
      )
    );
  }
  return uit;
}

function legeTelling(): Record<Telling, number> {
  return Object.fromEntries(TELLINGEN.map((t) => [t, 0])) as Record<Telling, number>;
}

/** Bijlage 3 jaarschijven summed over years, for the given gemeenten; null when none is set. */
function jaarschijvenSom(
  gemeenten: readonly string[],
  van: number,
  tot: number,
  ctx: ToetsContext
): number | null {
  let som = 0;
  let gevonden = false;
  for (const g of gemeenten) {
    if (!(GEMEENTEN as readonly string[]).includes(g)) continue;
    for (let jaar = van; jaar <= tot; jaar++) {
      const n = jaarschijfVan(ctx.instellingen, g as (typeof GEMEENTEN)[number], jaar);
      if (n !== undefined) {
        som += n;
        gevonden = true;
      }
    }
  }
  return gevonden ? som : null;
}

const LEEG: Samenvatting = vatSamen([], maakContext({ peildatum: "2022-01-01" })).regio;

function gemeenteVergelijking(
  naam: string,
  gemeenten: readonly string[],
  vorige: Samenvatting | undefined,
  huidige: Samenvatting | undefined,
  ctx: ToetsContext
): GemeenteVergelijking {
  const v = vorige ?? LEEG;
  const h = huidige ?? LEEG;
  const vijfTot = ctx.peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1;
  // Both rounds are held against the same settings: one doel.
  const doel = (huidige ?? vorige)?.doel ?? null;
  return {
    gemeente: naam,
    inDeal: (huidige ?? vorige)?.inDeal ?? false,
    plannen: voorNa(v.plannen, h.plannen),
    netto: voorNa(v.netto, h.netto),
    nettoInPeriode: voorNa(v.nettoInPeriode, h.nettoInPeriode),
    doel,
    dekking: {
      vorige: doel ? v.nettoInPeriode / doel : null,
      huidige: doel ? h.nettoInPeriode / doel : null,
    },
    hardKomendeVijfJaar: voorNa(v.hardKomendeVijfJaar, h.hardKomendeVijfJaar),
    vereistKomendeVijfJaar: jaarschijvenSom(gemeenten, ctx.peiljaar, vijfTot, ctx),
    opgeleverd: voorNa(v.gerealiseerd, h.gerealiseerd),
    vereistOpgeleverd:
      ctx.peiljaar > PERIODE.van
        ? jaarschijvenSom(gemeenten, PERIODE.van, Math.min(ctx.peiljaar - 1, PERIODE.tot), ctx)
        : null,
    telling: legeTelling(),
  };
}

const MARGE = 1e-6;

/** Findings on the totals of one gemeente or the region (art. 7.2, 4.10, 8.3). */
function totaalBevindingen(
  g: GemeenteVergelijking,
  ctx: ToetsContext,
  regio: boolean
): Bevinding[] {
  return [
    nettoTotaalBevinding(g),
    dekkingBevinding(g, regio),
    hardeCapaciteitBevinding(g, ctx),
    leveringBevinding(g, ctx),
  ];
}

/** Net capacity in the period against the previous round (art. 7.2). */
function nettoTotaalBevinding(g: GemeenteVergelijking): Bevinding {
  const plaats = { gemeente: g.gemeente };
  const naam = g.gemeente;
  const n = g.nettoInPeriode;
  const periode = `${PERIODE.van}–${PERIODE.tot}`;
  if (n.huidige < n.vorige - MARGE)
    return maakBevinding(
      REGELS.totaalLager,
      plaats,
      `${naam}: netto plancapaciteit ${periode} is ${woningen(n.huidige)}, in de vorige planlijst ${woningen(n.vorige)} (${metTeken(n.verschil)}). ${ART_72} Hier vergeleken met de vorige planlijst; de gemeentelijke planlijst van de woondeal is die van na de realiteitscheck van 2022 (art. 1d).`,
      { value: n.huidige, limit: n.vorige }
    );
  return maakBevinding(
    REGELS.totaalRondes,
    plaats,
    `${naam}: netto plancapaciteit ${periode} is ${woningen(n.huidige)}, in de vorige planlijst ${woningen(n.vorige)} (${metTeken(n.verschil)}).`,
    { value: n.huidige }
  );
}

/** Whether the 130% level of art. 4.10 is kept, or why that cannot be said. */
function dekkingBevinding(g: GemeenteVergelijking, regio: boolean): Bevinding {
  const plaats = { gemeente: g.gemeente };
  const naam = g.gemeente;
  const n = g.nettoInPeriode;
  const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
  if (g.doel === null || g.dekking.huidige === null)
    return maakBevinding(
      REGELS.dekkingRondes,
      plaats,
      `${naam}: gemeentelijk aandeel (bijlage 3) niet ingesteld; of het niveau van 130% plancapaciteit is gehandhaafd (art. 4.10) is niet te berekenen. Vul het aandeel in bij Instellingen.`
    );
  const nodig = tiende(g.doel * factor);
  const voor = g.dekking.vorige;
  const na = g.dekking.huidige;
  const tekst = `${naam}: dekking ${procent(na)} van ${regio ? "de versnellingsopgave" : "het gemeentelijk aandeel"} (${aantal(g.doel)}), in de vorige planlijst ${voor === null ? "onbekend" : procent(voor)}`;
  const onder = n.huidige < nodig - MARGE;
  const wasErboven = n.vorige >= nodig - MARGE;
  if (onder && (wasErboven || n.huidige < n.vorige - MARGE))
    return maakBevinding(
      REGELS.dekkingNietGehandhaafd,
      plaats,
      `${tekst}. Art. 4.10: de gemeenten spannen zich in om ten minste 130% plancapaciteit te behouden (${woningen(nodig)}); het streven is dit niveau te handhaven.`,
      { value: n.huidige, limit: nodig }
    );
  return maakBevinding(
    REGELS.dekkingRondes,
    plaats,
    `${tekst}; 130% is ${woningen(nodig)} (art. 4.10).`,
    { value: n.huidige, limit: nodig }
  );
}

/** Hard capacity for the next five years against bijlage 3's jaarschijven (art. 4.10). */
function hardeCapaciteitBevinding(g: GemeenteVergelijking, ctx: ToetsContext): Bevinding {
  const plaats = { gemeente: g.gemeente };
  const vijfTot = ctx.peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1;
  const hard = g.hardKomendeVijfJaar;
  const hardTekst = `${g.gemeente}: harde plancapaciteit met oplevering in ${ctx.peiljaar}–${vijfTot} is ${woningen(hard.huidige)}, in de vorige planlijst ${woningen(hard.vorige)} (${metTeken(hard.verschil)})`;
  if (g.vereistKomendeVijfJaar !== null && hard.huidige < g.vereistKomendeVijfJaar - MARGE)
    return maakBevinding(
      REGELS.hardeCapaciteitRondes,
      plaats,
      `${hardTekst}; de jaarschijven uit bijlage 3 voor die jaren tellen op tot ${aantal(g.vereistKomendeVijfJaar)}. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de woningbouwproductie van de komende vijf jaren.`,
      { value: hard.huidige, limit: g.vereistKomendeVijfJaar }
    );
  return maakBevinding(
    REGELS.hardeCapaciteitRondesStand,
    plaats,
    g.vereistKomendeVijfJaar === null
      ? `${hardTekst}. Jaarschijven uit bijlage 3 niet ingesteld: of dit voldoende is voor de productie van de komende vijf jaren (art. 4.10) is niet te toetsen.`
      : `${hardTekst}; de jaarschijven uit bijlage 3 voor die jaren tellen op tot ${aantal(g.vereistKomendeVijfJaar)} (art. 4.10).`,
    { value: hard.huidige }
  );
}

/** Homes delivered so far against bijlage 3's jaarschijven up to last year (art. 8.3). */
function leveringBevinding(g: GemeenteVergelijking, ctx: ToetsContext): Bevinding {
  const plaats = { gemeente: g.gemeente };
  const op = g.opgeleverd;
  const opTekst = `${g.gemeente}: opgeleverd volgens de planlijst ${woningen(op.huidige)} netto, in de vorige planlijst ${woningen(op.vorige)} (${metTeken(op.verschil)}; alleen plannen met status opgeleverd tellen)`;
  const totJaar = Math.min(ctx.peiljaar - 1, PERIODE.tot);
  if (g.vereistOpgeleverd !== null && op.huidige < g.vereistOpgeleverd - MARGE)
    return maakBevinding(
      REGELS.leveringAchter,
      plaats,
      `${opTekst}; de jaarschijven uit bijlage 3 voor ${PERIODE.van}–${totJaar} tellen op tot ${aantal(g.vereistOpgeleverd)}. Art. 8.3: wanneer wordt geconstateerd dat de voortgang stokt, stellen partijen gezamenlijk de oorzaken vast en zetten zij de nodige acties in gang.`,
      { value: op.huidige, limit: g.vereistOpgeleverd }
    );
  return maakBevinding(
    REGELS.leveringRondes,
    plaats,
    g.vereistOpgeleverd === null
      ? `${opTekst}. Jaarschijven uit bijlage 3 niet ingesteld: de voortgang tegenover de afgesproken productie (art. 8.3) is niet te toetsen.`
      : `${opTekst}; de jaarschijven uit bijlage 3 voor ${PERIODE.van}–${totJaar} tellen op tot ${aantal(g.vereistOpgeleverd)} (art. 8.3).`,
    { value: op.huidige }
  );
}

/**
 * Compares the planlijst sheets of the previous round with those of the current one, under
 * the same options as the check (peildatum, grensjaar, bijlage 3 settings).
 */
export function vergelijk(
  vorigeBladen: PlanlijstBlad[],
  huidigeBladen: PlanlijstBlad[],
  opties: ToetsOpties = {}
): Vergelijking {
  const ctx = maakContext(opties);
  const vorigeRonde = plannenVan(vorigeBladen);
  const huidigeRonde = plannenVan(huidigeBladen);
  const koppeling = koppelPlannen(vorigeRonde.plannen, huidigeRonde.plannen);
  const plannen: PlanVergelijking[] = koppeling.paren.map(({ vorige, huidige, via }) => ({
    vorige,
    huidige,
    via,
    wijzigingen: wijzigingenVan(vorige, huidige, ctx),
  }));
  const vorigeSamenvatting = vatSamen(vorigeBladen, ctx, vorigeRonde.kopieen);
  const huidigeSamenvatting = vatSamen(huidigeBladen, ctx, huidigeRonde.kopieen);
  const { perGemeente, regio } = vergelijkTotalen(vorigeSamenvatting, huidigeSamenvatting, ctx);
  telWijzigingen(plannen, koppeling, perGemeente, regio);
  const findings: Bevinding[] = [];
  for (const p of plannen) for (const b of planBevindingen(p)) findings.push(b);
  for (const b of koppelBevindingen(koppeling)) findings.push(b);
  for (const g of GEMEENTEN) {
    const v = perGemeente[g];
    if (v) for (const b of totaalBevindingen(v, ctx, false)) findings.push(b);
  }
  if (regio.volledig) for (const b of totaalBevindingen(regio, ctx, true)) findings.push(b);
  else if (regio.plannen.vorige + regio.plannen.huidige > 0)
    findings.push(regioOnvolledig(vorigeSamenvatting, huidigeSamenvatting));

  return {
    peildatum: ctx.peildatum,
    hardheid: ctx.instellingen.hardheid ?? "ruim",
    koppeling,
    plannen,
    perGemeente,
    regio,
    vorigeSamenvatting,
    huidigeSamenvatting,
    bevindingen: sorteerBevindingen(findings),
  };
}

/**
 * Both rounds' totals side by side, per gemeente in either round and for the region; the
 * region's are compared only when both rounds hold all four gemeenten (`volledig`).
 */
function vergelijkTotalen(
  vorigeSamenvatting: SamenvattingResultaat,
  huidigeSamenvatting: SamenvattingResultaat,
  ctx: ToetsContext
): Pick<Vergelijking, "perGemeente" | "regio"> {
  const perGemeente: Record<string, GemeenteVergelijking> = {};
  const namen = new Set([
    ...Object.keys(vorigeSamenvatting.perGemeente),
    ...Object.keys(huidigeSamenvatting.perGemeente),
  ]);
  for (const naam of namen)
    perGemeente[naam] = gemeenteVergelijking(
      naam,
      [naam],
      vorigeSamenvatting.perGemeente[naam],
      huidigeSamenvatting.perGemeente[naam],
      ctx
    );
  const volledig =
    vorigeSamenvatting.regio.gemeenten.length === GEMEENTEN.length &&
    huidigeSamenvatting.regio.gemeenten.length === GEMEENTEN.length;
  const regio = {
    ...gemeenteVergelijking(
      REGIO,
      GEMEENTEN,
      vorigeSamenvatting.regio,
      huidigeSamenvatting.regio,
      ctx
    ),
    inDeal: true,
    volledig,
  };
  return { perGemeente, regio };
}

/**
 * Counts each plan's changes, matching outcome and kind of change, in its gemeente and, for
 * a gemeente of the deal, in the region.
 */
function telWijzigingen(
  plannen: PlanVergelijking[],
  koppeling: KoppelResultaat,
  perGemeente: Record<string, GemeenteVergelijking>,
  regio: GemeenteVergelijking
) {
  const tel = (plan: Plan, t: Telling) => {
    const g = perGemeente[gemeenteVan(plan)];
    if (g) g.telling[t]++;
    if (g?.inDeal) regio.telling[t]++;
  };
  for (const p of plannen) {
    tel(p.huidige, p.wijzigingen.length ? "gewijzigd" : "ongewijzigd");
    for (const w of p.wijzigingen) {
      if (w.soort === "planstatus" && w.richting !== "anders") tel(p.huidige, w.richting);
      if (w.soort === "opleverjaar" && w.jaren)
        tel(p.huidige, w.jaren > 0 ? "uitgesteld" : "vervroegd");
      if (w.soort === "segment") tel(p.huidige, "segment");
      if (w.soort === "opgeleverd") tel(p.huidige, "opgeleverd");
    }
  }
  for (const plan of koppeling.nieuw) tel(plan, "nieuw");
  for (const plan of koppeling.vervallen) tel(plan, "vervallen");
  for (const s of koppeling.splitsingen) tel(s.vorige, "gesplitst");
  for (const s of koppeling.samenvoegingen) tel(s.huidige, "samengevoegd");
  for (const o of koppeling.onzeker) tel(o.vorige[0] ?? o.huidige[0], "onzeker");
}

/** The rounds do not both hold all four gemeenten: the region is not compared. */
function regioOnvolledig(
  vorigeSamenvatting: SamenvattingResultaat,
  huidigeSamenvatting: SamenvattingResultaat
): Bevinding {
  return maakBevinding(
    REGELS.regioOnvolledig,
    {},
    `De vorige planlijst bevat plannen van ${vorigeSamenvatting.regio.gemeenten.join(", ") || "geen gemeente van de woondeal"}, deze planlijst van ${huidigeSamenvatting.regio.gemeenten.join(", ") || "geen gemeente van de woondeal"}; de regionale totalen worden alleen vergeleken als beide planlijsten alle vier gemeenten bevatten.`
  );
}
