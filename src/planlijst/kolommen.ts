/** Header text → what a column means (a plan field, a jaarschijf, or a count per segment). */
import { Cel } from "./cel";
import { Segment, normaliseer } from "./waarden";

export type Veld =
  | "id"
  | "naam"
  | "gemeente"
  | "provincie"
  | "kern"
  | "locatie"
  | "bruto"
  | "sloop"
  | "netto"
  | "segment"
  | "eigendom"
  | "prijs"
  | "koopprijs"
  | "huurprijs"
  | "planstatus"
  | "opleverjaar"
  | "doelgroep"
  | "flex"
  | "transformatie"
  | "plantype"
  | "corporatie"
  | "opmerking";

/** Dutch label of a field, for messages and the settings screen. */
export const VELD_LABEL: Record<Veld, string> = {
  id: "Plan-ID",
  naam: "Projectnaam",
  gemeente: "Gemeente",
  provincie: "Provincie",
  kern: "Kern",
  locatie: "Locatie",
  bruto: "Aantal woningen (bruto)",
  sloop: "Sloop",
  netto: "Netto toevoeging",
  segment: "Segment",
  eigendom: "Huur/koop",
  prijs: "Prijs",
  koopprijs: "Koopprijs",
  huurprijs: "Huurprijs",
  planstatus: "Planstatus",
  opleverjaar: "Opleverjaar",
  doelgroep: "Doelgroep",
  flex: "Flexwoning",
  transformatie: "Transformatie",
  plantype: "Plantype",
  corporatie: "Corporatie/ontwikkelaar",
  opmerking: "Opmerking",
};

export type SegmentAantalSoort = Segment | "huur" | "koop" | "onbekend";

export type Betekenis =
  | { soort: "veld"; veld: Veld }
  | { soort: "jaarschijf"; van: number; tot: number }
  | { soort: "jaarschijf-onbekend" }
  | { soort: "segmentaantal"; segment: SegmentAantalSoort };

export interface Kolom {
  /** 0-based index within the sheet (not within the grid). */
  index: number;
  letters: string;
  kop: string;
  betekenis: Betekenis;
  /** True when the user mapped the column by hand (task pane settings). */
  handmatig?: boolean;
}

const VELDEN: [Veld, RegExp][] = [
  [
    "id",
    /^(plan ?id|project ?id|id|nr|nummer|projectnummer|plannummer|projectcode|plancode|code)$/,
  ],
  [
    "naam",
    /^(project|projectnaam|naam project|plan|plannaam|naam plan|naam|plan naam|project naam|locatienaam|naam locatie|planlocatie|bouwplan|woningbouwplan|projectomschrijving)$/,
  ],
  ["gemeente", /^(gemeente|gem naam|gemeentenaam|naam gemeente)$/],
  ["provincie", /^(provincie|prov)$/],
  ["kern", /^(kern|woonplaats|dorp|plaats|kern\/wijk)$/],
  ["locatie", /^(locatie|adres|straat|ligging|wijk|locatie\/adres|perceel)$/],
  [
    "netto",
    /^(netto|netto toevoeging|netto aantal|netto woningen|saldo|toevoeging netto|netto plancapaciteit|netto capaciteit|netto toename|netto aantal woningen)$/,
  ],
  [
    "sloop",
    /^(sloop|onttrekking|onttrekkingen|sloop\/onttrekking|aantal sloop|te slopen|sloopaantal)$/,
  ],
  [
    "bruto",
    /^(aantal|aantal woningen|aantal won|bruto|bruto aantal|bruto toevoeging|nieuwbouw|aantal nieuwbouw|aantalrest|aantal rest|restcapaciteit|woningen|totaal woningen|totaal aantal woningen|capaciteit|plancapaciteit|bruto plancapaciteit|aantal woningen bruto|bruto woningen)$/,
  ],
  [
    "segment",
    /^(segment|prijssegment|categorie|woningcategorie|betaalbaarheidssegment|betaalbaarheid|prijsklasse|prijscategorie|segmentering|programma)$/,
  ],
  [
    "eigendom",
    /^(eigendom|huur\/koop|koop\/huur|huur of koop|koop of huur|eigendomsvorm|huur koop|koop huur)$/,
  ],
  [
    "koopprijs",
    /^(koopprijs|v ?o ?n ?prijs|von|v\.o\.n\.|v\.o\.n\.[- ]?prijs|verkoopprijs|koopprijs v ?o ?n|prijs koop|koopsom)$/,
  ],
  [
    "huurprijs",
    /^(huurprijs|kale huur|huur per maand|huur p\/m|huurprijs per maand|prijs huur|maandhuur|aanvangshuur)$/,
  ],
  [
    "prijs",
    /^(prijs|prijsindicatie|prijs\/huur|prijs \(euro\)|gemiddelde prijs|prijs per woning|prijsniveau)$/,
  ],
  [
    "planstatus",
    /^(planstatus|status|hardheid|fase|planfase|planologische status|stand van zaken|hard\/zacht|hard of zacht|status plan)$/,
  ],
  [
    "opleverjaar",
    /^(oplevering|opleverjaar|jaar|gereed|jaarschijf|jaar oplevering|verwachte oplevering|oplevering verwacht|realisatie|realisatiejaar|jaar gereed|jaar van oplevering|opleverdatum)$/,
  ],
  ["doelgroep", /^(doelgroep|doelgroepen|voor wie)$/],
  ["flex", /^(flex|flexwoning|flexwoningen|tijdelijk|tijdelijke woningen|tijdelijke woning)$/],
  ["transformatie", /^(transformatie|transformatie\?)$/],
  ["plantype", /^(plantype|type plan|soort plan|type locatie|locatietype|type)$/],
  [
    "corporatie",
    /^(corporatie|woningcorporatie|ontwikkelaar|initiatiefnemer|ontwikkelende partij|ontwikkelaar\/corporatie)$/,
  ],
  ["opmerking", /^(opmerking|opmerkingen|toelichting|bijzonderheden)$/],
];

const SEGMENT_AANTALLEN: [SegmentAantalSoort, RegExp][] = [
  ["sociale huur", /^(sociale huur|sh|aantal sociale huur|soc huur)$/],
  ["middenhuur", /^(middenhuur|mh|aantal middenhuur|midden huur)$/],
  ["dure huur", /^(dure huur|dh|vrije sector huur|vsh)$/],
  ["betaalbare koop", /^(betaalbare koop|bk|goedkope koop)$/],
  ["dure koop", /^(dure koop|dk|middeldure koop|\(middel\)dure koop|vrije sector koop)$/],
  ["huur", /^(huur|huurwoningen|aantal huur)$/],
  ["koop", /^(koop|koopwoningen|aantal koop)$/],
  ["onbekend", /^(hrkponb|huur\/koop onbekend|onbekend huur koop)$/],
];

function kopTekst(v: Cel): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  return "";
}

/** Normalised header text used for matching. */
export function kopSleutel(v: Cel): string {
  // A header is short; the cap keeps the bracket expression below linear on hostile text.
  return normaliseer(kopTekst(v).slice(0, 500))
    .replace(/([a-z])-(?=[a-z])/g, "$1 ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/[*:]+$/g, "")
    .replace(/\s*\([^)]*\)\s*$/, (m) => (/euro|€|aantal|stuks|#/.test(m) ? "" : m))
    .replace(/\s+/g, " ")
    .trim();
}

/** A year or period in a header: 2025, "2020-2024", "2030+", "OP202024", "Op20302050", "OP2019". */
export function jaarschijfUitKop(v: Cel): { van: number; tot: number } | "onbekend" | undefined {
  if (typeof v === "number")
    return Number.isInteger(v) && v >= 2000 && v <= 2100 ? { van: v, tot: v } : undefined;
  const t = kopSleutel(v).replace(/^(oplevering|opl\.?|op|jaarschijf|jaar|aantal|woningen)\s*/, "");
  if (/^(lonb|onb|onbekend|jaar onbekend|later|p ?m)$/.test(t)) return "onbekend";
  let m = /^(20\d{2})$/.exec(t);
  if (m) return { van: +m[1], tot: +m[1] };
  m = /^(20\d{2})\s*(?:-|–|t\/m|tm|tot en met|\/)\s*(20\d{2}|\d{2})$/.exec(t);
  if (m) return { van: +m[1], tot: m[2].length === 2 ? 2000 + +m[2] : +m[2] };
  m = /^(20\d{2})(20\d{2}|\d{2})$/.exec(t);
  if (m) return { van: +m[1], tot: m[2].length === 2 ? 2000 + +m[2] : +m[2] };
  m = /^(?:(20\d{2})\s*(?:\+|e\.v\.|en later|ev)|(?:na|vanaf)\s*(20\d{2}))$/.exec(t);
  if (m) {
    const jaar = +(m[1] ?? m[2]);
    return { van: /^na/.test(t) ? jaar + 1 : jaar, tot: 2100 };
  }
  return undefined;
}

/** What a header cell means, or undefined when it is not recognised. */
export function herkenKop(v: Cel): Betekenis | undefined {
  const sleutel = kopSleutel(v);
  if (!sleutel) return undefined;
  for (const [veld, re] of VELDEN) if (re.test(sleutel)) return { soort: "veld", veld };
  for (const [segment, re] of SEGMENT_AANTALLEN)
    if (re.test(sleutel)) return { soort: "segmentaantal", segment };
  const schijf = jaarschijfUitKop(v);
  if (schijf === "onbekend") return { soort: "jaarschijf-onbekend" };
  if (schijf) return { soort: "jaarschijf", ...schijf };
  return undefined;
}

export function kopWeergave(v: Cel): string {
  return kopTekst(v).trim();
}
