/** Row rules: each looks at one plan (or, for duplicates, the list) and returns findings. */
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { herkenGemeente } from "../deal/gemeenten";
import { foutVan } from "../planlijst/cel";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Plan, brutoVan } from "../planlijst/plan";
import { Bevinding, aantal, maakBevinding, planPlaats } from "./bevinding";
import { ToetsContext, hardheidVan } from "./context";
import { toetsPrijs } from "./prijzen";
import { REGELS } from "./regels";
import { Jaren, OPEN_EINDE, eenmaalPerTekst, kortTekst, normaliseer } from "../planlijst/waarden";

const plaats = planPlaats;

function naamVan(plan: Plan): string {
  return plan.naam ?? plan.id ?? `rij ${plan.rij}`;
}

/** Cells the reader could not use. An Excel error value is an error; unreadable text a warning. */
export function toetsCellen(plan: Plan): Bevinding[] {
  return plan.problemen.map((p) =>
    maakBevinding(
      REGELS.onleesbareCel,
      {
        sheet: plan.blad,
        row: p.rij,
        column: p.kolom,
        field: p.veld,
        gemeente: plan.gemeente ?? plan.gemeenteTekst,
      },
      `Cel ${p.kolom}${p.rij} (${p.veld}) is niet te lezen: ${p.reden}. Vul een geldige waarde in.`,
      { value: p.waarde, severity: foutVan(p.waarde) ? "error" : "warning" }
    )
  );
}

/** Cells whose number the reader had to interpret: what it read, so the user can check it. */
export function toetsGeraden(plan: Plan): Bevinding[] {
  return (plan.geraden ?? []).map((p) =>
    maakBevinding(
      REGELS.getalGeraden,
      {
        sheet: plan.blad,
        row: p.rij,
        column: p.kolom,
        field: p.veld,
        gemeente: plan.gemeente ?? plan.gemeenteTekst,
      },
      `Cel ${p.kolom}${p.rij} (${p.veld}) "${kortTekst(String(p.waarde))}" is als getal gelezen: ${p.reden}. Klopt dat niet, vul dan het getal zelf in.`,
      { value: p.waarde }
    )
  );
}

export function toetsNetto(plan: Plan): Bevinding[] {
  const uit: Bevinding[] = [];
  if (plan.bruto !== undefined && plan.nettoOpgegeven !== undefined) {
    const verwacht = plan.bruto - (plan.sloop ?? 0);
    if (Math.abs(verwacht - plan.nettoOpgegeven) > 0.5) {
      uit.push(
        maakBevinding(
          REGELS.nettoSom,
          plaats(plan, "netto"),
          `Netto is bruto min sloop: ${aantal(plan.bruto)} − ${aantal(plan.sloop ?? 0)} = ${aantal(verwacht)}; deze rij zegt ${aantal(plan.nettoOpgegeven)}.`,
          { value: plan.nettoOpgegeven, limit: verwacht }
        )
      );
    }
  }
  if (plan.jaarschijven.length) {
    const som = plan.jaarschijven.reduce((s, j) => s + j.aantal, 0);
    const totalen = [plan.bruto, plan.nettoOpgegeven].filter((x): x is number => x !== undefined);
    if (totalen.length && !totalen.some((t) => Math.abs(t - som) <= 0.5)) {
      const veld = plan.bruto !== undefined ? "bruto" : "netto";
      uit.push(
        maakBevinding(
          REGELS.jaarschijvenSom,
          plaats(plan, veld),
          `De jaarschijven (${plan.jaarschijven.map((j) => j.kolom).join(", ")}) tellen op tot ${aantal(som)}, maar het totaal van de rij is ${aantal(totalen[0])}.`,
          { value: totalen[0], limit: som }
        )
      );
    }
  }
  const heeftAantal =
    plan.bruto !== undefined ||
    plan.nettoOpgegeven !== undefined ||
    plan.jaarschijven.length > 0 ||
    Object.keys(plan.segmentAantallen).length > 0;
  const onleesbaarAantal = plan.problemen.some((p) => p.veld === "bruto" || p.veld === "netto");
  if (!heeftAantal && !onleesbaarAantal) {
    uit.push(
      maakBevinding(
        REGELS.geenAantal,
        plaats(plan, plan.kolommen.bruto ? "bruto" : "netto"),
        `Plan "${naamVan(plan)}" heeft geen aantal woningen; zonder aantal telt het niet mee in de netto plancapaciteit.`
      )
    );
  }
  return uit;
}

/** "2025", "2025–2026", or "2030 e.v." for an open end ("2030+", "na 2029"). */
function jarenTekst(j: Jaren, streep = "–"): string {
  if (j.tot >= OPEN_EINDE) return streep === "–" ? `${j.van} e.v.` : `${j.van}+`;
  return j.van === j.tot ? String(j.van) : `${j.van}${streep}${j.tot}`;
}

export function toetsPeriode(plan: Plan, blad: PlanlijstBlad, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  const j = plan.opleverjaar;
  if (j && (j.tot < PERIODE.van || j.van > PERIODE.tot)) {
    uit.push(
      maakBevinding(
        REGELS.buitenPeriode,
        plaats(plan, "opleverjaar"),
        `Oplevering ${jarenTekst(j)} valt buiten de periode ${PERIODE.van} t/m ${PERIODE.tot} van de woondeal; dit plan telt niet mee voor de versnellingsopgave.`,
        {
          value: j.van === j.tot ? j.van : jarenTekst(j, "-"),
          limit: `${PERIODE.van}-${PERIODE.tot}`,
        }
      )
    );
  } else if (j && (j.van < PERIODE.van || j.tot > PERIODE.tot)) {
    uit.push(
      maakBevinding(
        { ...REGELS.buitenPeriode, ernst: "info" },
        plaats(plan, "opleverjaar"),
        `Oplevering ${jarenTekst(j)} valt deels buiten ${PERIODE.van}–${PERIODE.tot}; alleen het deel binnen de periode telt mee (naar rato).`,
        { value: jarenTekst(j, "-") }
      )
    );
  }
  if (
    blad.heeftJaarinformatie &&
    !j &&
    plan.jaarschijven.length === 0 &&
    brutoVan(plan) !== 0 &&
    !plan.problemen.some((p) => p.veld === "opleverjaar")
  ) {
    uit.push(
      maakBevinding(
        REGELS.geenOpleverjaar,
        plaats(plan, "opleverjaar"),
        `Plan "${naamVan(plan)}" heeft geen opleverjaar; het telt daardoor niet mee in de plancapaciteit binnen ${PERIODE.van}–${PERIODE.tot}.`
      )
    );
  }
  uit.push(...toetsPlanologischeStatus(plan, ctx));
  uit.push(...toetsPmPlan(plan, blad, ctx));
  return uit;
}

/** The first year the plan delivers homes: its opleverjaar, else its earliest jaarschijf with homes. */
function eersteJaar(plan: Plan): number | undefined {
  if (plan.opleverjaar) return plan.opleverjaar.van;
  const jaren = plan.jaarschijven.filter((j) => j.jaren && j.aantal !== 0).map((j) => j.jaren!.van);
  return jaren.length ? Math.min(...jaren) : undefined;
}

/**
 * Art. 4.9, an effort clause: "De gemeenten spannen zich hiervoor in. Hierbij is specifiek
 * aandacht voor het verkrijgen van de benodigde planologische status van de plannen tot en
 * met 2024." After 2024, a plan due through 2024 that is still soft gets a warning worded as
 * the effort the deal asks. Soft plans due later are the reserve art. 4.10 asks for: none.
 */
export function toetsPlanologischeStatus(plan: Plan, ctx: ToetsContext): Bevinding[] {
  const s = plan.planstatus;
  const grens = AFSPRAKEN.planologischeStatusUiterlijk.waarde;
  const tot = Number(grens.slice(0, 4));
  const jaar = eersteJaar(plan);
  if (
    !s ||
    hardheidVan(s, ctx) !== "zacht" ||
    ctx.peildatum <= grens ||
    jaar === undefined ||
    jaar > tot
  )
    return [];
  return [
    maakBevinding(
      REGELS.planologischeStatus,
      plaats(plan, "planstatus"),
      `Plan "${naamVan(plan)}" (oplevering vanaf ${jaar}) heeft nog status ${s.code ? `${s.code} ` : ""}${s.omschrijving}. De woondeal vraagt de gemeenten zich in te spannen om de plannen tot en met ${tot} hun planologische status te geven (art. 4.9; opharden, art. 1h). Is de planning nog juist?`,
      { value: s.code ?? s.omschrijving, limit: grens }
    ),
  ];
}

const PM =
  /^(p\.?\s*m\.?|pm[- ]?plan|nader te bepalen|ntb|n\.t\.b\.|onbekend|nog niet bekend|\?)$/i;
function isPmTekst(t: string | undefined): boolean {
  return t === undefined || PM.test(t.trim());
}

/**
 * A PM plan (a soft plan without a location): the minister and the province ask the gemeenten
 * to give it a location and a programme (doelgroepen and betaalbaarheidssegment) by January
 * 2025 (art. 4.9, 11.2): info before, warning after.
 */
export function toetsPmPlan(plan: Plan, blad: PlanlijstBlad, ctx: ToetsContext): Bevinding[] {
  const heeftLocatieKolom = plan.kolommen.kern !== undefined || plan.kolommen.locatie !== undefined;
  const naamIsPm = plan.naam !== undefined && /^\s*(p\.?m\.?|pm)\b/i.test(plan.naam);
  const zonderLocatie = heeftLocatieKolom
    ? isPmTekst(plan.kern) && isPmTekst(plan.locatie)
    : naamIsPm;
  if (!zonderLocatie || hardheidVan(plan.planstatus, ctx) === "hard") return [];
  const ontbreekt: string[] = ["locatie"];
  const heeftSegment = plan.segment !== undefined || Object.keys(plan.segmentAantallen).length > 0;
  if (!heeftSegment) ontbreekt.push("betaalbaarheidssegment");
  if (plan.kolommen.doelgroep !== undefined && !plan.doelgroep) ontbreekt.push("doelgroep");
  const naDeadline = ctx.peildatum > AFSPRAKEN.pmPlannenUiterlijk.waarde;
  return [
    maakBevinding(
      REGELS.pmPlan,
      plaats(plan, plan.kolommen.locatie ? "locatie" : plan.kolommen.kern ? "kern" : "naam"),
      naDeadline
        ? `PM-plan "${naamVan(plan)}" mist ${ontbreekt.join(" en ")}; de minister en de provincie vragen de gemeenten PM-plannen uiterlijk januari 2025 te voorzien van locatie en programma (art. 4.9, 11.2).`
        : `PM-plan "${naamVan(plan)}" mist ${ontbreekt.join(" en ")}; de minister en de provincie vragen de gemeenten dit uiterlijk januari 2025 in te vullen (art. 4.9, 11.2).`,
      { severity: naDeadline ? "warning" : "info", limit: AFSPRAKEN.pmPlannenUiterlijk.waarde }
    ),
  ];
}

export function toetsGemeente(plan: Plan): Bevinding[] {
  if (plan.gemeente) return [];
  if (!plan.gemeenteTekst) {
    return [
      maakBevinding(
        REGELS.gemeenteOntbreekt,
        plaats(plan, "gemeente"),
        `Bij plan "${naamVan(plan)}" staat geen gemeente; vul de gemeente in (Aa en Hunze, Borger-Odoorn, Coevorden of Emmen) of stel de gemeente van het blad in.`
      ),
    ];
  }
  const h = herkenGemeente(plan.gemeenteTekst);
  if (h.soort === "regio") return [];
  const waarom =
    h.soort === "drenthe"
      ? `${h.naam} hoort bij een andere Drentse woondealregio`
      : `"${plan.gemeenteTekst}" is geen gemeente van de woondeal${h.soort === "onbekend" && h.suggestie ? ` (bedoelt u ${h.suggestie}?)` : ""}`;
  return [
    maakBevinding(
      REGELS.gemeenteBuitenDeal,
      plaats(plan, "gemeente"),
      `${waarom}; de Woondeal Zuidoost Drenthe geldt voor Aa en Hunze, Borger-Odoorn, Coevorden en Emmen.`,
      { value: plan.gemeenteTekst }
    ),
  ];
}

export function toetsPlanstatus(plan: Plan): Bevinding[] {
  if (plan.kolommen.planstatus === undefined) return [];
  if (plan.problemen.some((p) => p.veld === "planstatus")) return [];
  if (plan.planstatus && plan.planstatus.hardheid !== "onbekend") return [];
  return [
    maakBevinding(
      REGELS.planstatusOnbekend,
      plaats(plan, "planstatus"),
      `Plan "${naamVan(plan)}" heeft ${plan.planstatus ? "status onbekend" : "geen planstatus"}; het telt niet als harde plancapaciteit (art. 4.10). Vul de status in (1A … 4B).`,
      { value: plan.planstatus?.omschrijving ?? null }
    ),
  ];
}

export interface Dubbel {
  plan: Plan;
  /** The first occurrence; this one is the copy. */
  eerder: Plan;
  zelfdeId: boolean;
  /** Same numbers, years and status too: a true double entry, counted once. Otherwise both count. */
  identiek: boolean;
}

function cijferSleutel(p: Plan): string {
  const schijven = p.jaarschijven
    .map((j) => `${j.jaren?.van ?? "?"}-${j.jaren?.tot ?? "?"}:${j.aantal}`)
    .join(",");
  return [
    p.bruto,
    p.sloop,
    p.nettoOpgegeven,
    p.opleverjaar?.van,
    p.opleverjaar?.tot,
    p.planstatus?.code ?? p.planstatus?.omschrijving,
    p.segment,
    schijven,
  ].join("|");
}

/** The same plan twice: the same plan-ID, or the same name, gemeente, kern and locatie (a copy often gets a new ID). */
export function vindDubbelen(plannen: Plan[]): Dubbel[] {
  // Keyed by the gemeente (and part) first: a list holds few, and the plan's own key then
  // needs no joined text.
  const perId = new Map<string, Map<string, Plan>>();
  const perNaam = new Map<string, Map<string, Plan>>();
  /**
   * For an id or name key seen more than once: figures → the first plan with that key and
   * exactly those figures. Made only when a key repeats, so a list without doubles never
   * builds the figure keys (most of the time on a 20,000-plan list).
   */
  const perCijfers = new Map<string, Map<string, Plan>>();
  const cijfers = new Map<Plan, string>();
  const cijfersVan = (p: Plan) => {
    let c = cijfers.get(p);
    if (c === undefined) cijfers.set(p, (c = cijferSleutel(p)));
    return c;
  };
  const groep = (sleutel: string, eerste: Plan) => {
    let g = perCijfers.get(sleutel);
    if (!g) perCijfers.set(sleutel, (g = new Map([[cijfersVan(eerste), eerste]])));
    return g;
  };
  const uit: Dubbel[] = [];
  const kort = eenmaalPerTekst(normaliseer);
  for (const plan of plannen) {
    const gemeente = gemeenteSleutel(plan, kort);
    const idSleutel = plan.id ? normaliseer(plan.id) : undefined;
    const naamSleutel = plan.naam ? naamSleutelVan(plan, kort) : undefined;
    const eerderId = idSleutel !== undefined ? eerste(perId, gemeente, idSleutel, plan) : undefined;
    const eerderNaam =
      naamSleutel !== undefined ? eerste(perNaam, gemeente, naamSleutel, plan) : undefined;
    const eerder = eerderId ?? eerderNaam;
    if (!eerder) continue;
    // The figures are compared within the id key first, then the name key, as the first
    // plan found with the same key and the same figures is the one this copies.
    const groepen: Map<string, Plan>[] = [];
    if (eerderId) groepen.push(groep(`${idSleutel}|${gemeente}`, eerderId));
    if (eerderNaam) groepen.push(groep(`#${naamSleutel}|${gemeente}`, eerderNaam));
    const c = cijfersVan(plan);
    const gelijk = groepen.map((g) => g.get(c)).find((p) => p !== undefined);
    for (const g of groepen) if (!g.has(c)) g.set(c, plan);
    uit.push({
      plan,
      eerder: gelijk ?? eerder,
      zelfdeId: eerderId === eerder,
      identiek: gelijk !== undefined,
    });
  }
  return uit;
}

/** Bouwclusters and yearly rows of one project are its parts (plan.deel), not duplicates. */
function gemeenteSleutel(plan: Plan, kort: (t: string | undefined) => string): string {
  const gemeente = plan.gemeente ?? kort(plan.gemeenteTekst);
  return plan.deel ? `${gemeente}|${kort(plan.deel)}` : gemeente;
}

/** Name, kern and locatie: a copy often gets a new ID but keeps these. */
function naamSleutelVan(plan: Plan, kort: (t: string | undefined) => string): string {
  return `${normaliseer(plan.naam ?? "")}|${kort(plan.kern)}|${kort(plan.locatie)}`;
}

/** The first plan seen with this key in this gemeente; the plan itself is remembered if it is the first. */
function eerste(
  perGemeente: Map<string, Map<string, Plan>>,
  gemeente: string,
  sleutel: string,
  plan: Plan
): Plan | undefined {
  let perSleutel = perGemeente.get(gemeente);
  if (!perSleutel) perGemeente.set(gemeente, (perSleutel = new Map()));
  const eerder = perSleutel.get(sleutel);
  if (!eerder) perSleutel.set(sleutel, plan);
  return eerder;
}

export function dubbelBevindingen(dubbelen: Dubbel[]): Bevinding[] {
  return dubbelen.map(({ plan, eerder, zelfdeId, identiek }) => {
    const naam = (zelfdeId ? plan.id : plan.naam) ?? "";
    const waar = `${eerder.blad === plan.blad ? "" : `blad ${eerder.blad}, `}rij ${eerder.rij}`;
    return maakBevinding(
      REGELS.dubbelPlan,
      plaats(plan, zelfdeId ? "id" : "naam"),
      identiek
        ? `Plan "${naam}" staat ook op ${waar}, met dezelfde aantallen; het telt één keer mee. Verwijder een van beide.`
        : `Plan "${naam}" staat ook op ${waar}, met andere aantallen; beide tellen mee. Zijn het twee plannen, geef ze dan verschillende namen; is het één plan, verwijder er een.`,
      { value: naam }
    );
  });
}

export function toetsDubbel(plannen: Plan[]): Bevinding[] {
  return dubbelBevindingen(vindDubbelen(plannen));
}

/** All row rules for one plan (duplicates excepted: they need the whole list). */
export function toetsRij(plan: Plan, blad: PlanlijstBlad, ctx: ToetsContext): Bevinding[] {
  return [
    ...toetsCellen(plan),
    ...toetsGeraden(plan),
    ...toetsGemeente(plan),
    ...toetsNetto(plan),
    ...toetsPrijs(plan, ctx),
    ...toetsPeriode(plan, blad, ctx),
    ...toetsPlanstatus(plan),
  ];
}
