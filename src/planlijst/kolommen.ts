/** Header text → what a column means (a plan field, a jaarschijf, or a count per segment). */
import { Cel } from "./cel";
import { Planstatus, Segment, leesPlanstatus, leesPrijsklasse, normaliseer } from "./waarden";

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
  | "opmerking"
  | "deel";

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
  deel: "Bouwcluster/deelplan",
};

export type SegmentAantalSoort = Segment | "huur" | "koop" | "onbekend";

export type Betekenis =
  | { soort: "veld"; veld: Veld }
  | { soort: "jaarschijf"; van: number; tot: number }
  | { soort: "jaarschijf-onbekend" }
  | { soort: "segmentaantal"; segment: SegmentAantalSoort };

/** Dutch label of what the reader made of a column: the pane's settings and the text report's "Herkend". */
export function betekenisLabel(b: Betekenis): string {
  switch (b.soort) {
    case "veld":
      return VELD_LABEL[b.veld];
    case "jaarschijf":
      if (b.tot >= 2100) return `Jaarschijf ${b.van} en later`;
      return b.van === b.tot ? `Jaarschijf ${b.van}` : `Jaarschijf ${b.van}–${b.tot}`;
    case "jaarschijf-onbekend":
      return "Jaarschijf (jaar onbekend)";
    case "segmentaantal":
      return `Aantal ${b.segment}`;
  }
}

export interface Kolom {
  /** 0-based index within the sheet (not within the grid). */
  index: number;
  letters: string;
  kop: string;
  betekenis: Betekenis;
  /** True when the user mapped the column by hand (task pane settings). */
  handmatig?: boolean;
  /** How sure the reader is: a known header, a header read by its words, or decided by the content. */
  zekerheid?: Zekerheid;
  /** Why the reader took the column this way (Dutch), for the pane and the report. */
  waarom?: string;
  /** One of several columns that add up to one field (the planregistratie's sloop per class). */
  optellen?: boolean;
  /**
   * A column of dates for one plan status (DIWI: "1a Onherroepelijk" over "Startdatum"): the
   * status with the latest date holds.
   */
  statusDatum?: Planstatus;
}

export type Zekerheid = "zeker" | "waarschijnlijk" | "inhoud";

/** What a header means, how sure the reader is and why. */
export interface Herkenning {
  betekenis: Betekenis;
  zekerheid: Zekerheid;
  waarom: string;
  /**
   * Which of two columns for one field wins: the higher. A planologische/juridische status
   * beats a plain "Status" or "Planstatus", which beats a procesfase.
   */
  rang: number;
  /** One of several columns that add up to one field (the planregistratie's sloop per class). */
  optellen?: boolean;
  /**
   * A column of dates for one plan status (DIWI: "1a Onherroepelijk" over "Startdatum"): the
   * status with the latest date holds.
   */
  statusDatum?: Planstatus;
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
  ["betaalbare koop", /^(betaalbare koop|bk)$/],
  ["dure koop", /^(dure koop|dk|vrije sector koop)$/],
  ["huur", /^(huur|huurwoningen|aantal huur)$/],
  ["koop", /^(koop|koopwoningen|aantal koop|goedkope koop|middeldure koop|\(middel\)dure koop)$/],
  ["onbekend", /^(hrkponb|huur\/koop onbekend|onbekend huur koop)$/],
];

function kopTekst(v: Cel): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  return "";
}

/** Normalised header text used for matching ("aantalWoningenSocialeHuur" → "aantal woningen sociale huur"). */
export function kopSleutel(v: Cel): string {
  // A header is short; the cap keeps the bracket expression below linear on hostile text.
  const tekst = kopTekst(v).slice(0, 500);
  return normaliseer(/[a-z][A-Z]/.test(tekst) ? tekst.replace(/([a-z])([A-Z])/g, "$1 $2") : tekst)
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

/** Field names as public layouts export them (Woningbouw Monitor, planregistratie, Amsterdam). */
const EXPORTNAMEN: [Veld, RegExp, number][] = [
  ["naam", /^(naam|projectnaam|plannaam)$/, 1],
  [
    "deel",
    /^(stage naam|stagenaam|bouwcluster|bouwcluster naam|deelplan|deelproject|deelplannaam|cluster|fase naam|bouwfase)$/,
    1,
  ],
  ["bruto", /^(bruto aantal ?woningen|bruto aantal woningen)$/, 1],
  ["sloop", /^(sloop aantal ?woningen|sloop aantal woningen)$/, 1],
  ["netto", /^(netto aantal ?woningen)$/, 1],
  ["eigendom", /^(huur koop|koop huur)$/, 1],
  [
    "planstatus",
    /^(juridische status|status planologisch|planologische planstatus|planstatus planologisch|status \(ipo\)|ipo status|planstatus ipo)$/,
    2,
  ],
  ["planstatus", /^(procesfase|projectfase)$/, 0],
  ["flex", /^(woonvorm)$/, 1],
  ["transformatie", /^(nieuw verbouw|nieuwbouw\/verbouw|bouwsoort)$/, 1],
  ["opleverjaar", /^(jaartal)$/, 1],
];

/** Columns public layouts carry that the check does not need: known, shown, not reported. */
const BEKEND_ONGEBRUIKT: [RegExp, string][] = [
  [/^(opleve?r ?maand|oplevermaand|oplevering maand|startbouwmaand|start bouw maand)$/, "maand"],
  [/^(start ?bouw ?jaar|start bouw|jaar start bouw|startjaar bouw)$/, "start bouw"],
  [/^(woningtype|type woning|wtypggb|wtypapp|wtyponb|woningsoort)$/, "woningtype"],
  [/^(type ontwikkelaar|opdrachtgever type|verhuurder type)$/, "soort opdrachtgever"],
  [/^(kenmerk)$/, "kenmerk"],
  [/^(onzelfstandig|nultreden|nultredenwoning|breiding|levensloopbestendig)$/, "woningkenmerk"],
  [/^(datum|peildatum|schatting|pslegenda|mutatiedatum|laatst gewijzigd)$/, "administratie"],
  [
    /^(regio|vertrouwelijkheid|woonmilieu|knelpunten|status project|projectstatus)$/,
    "projectgegevens",
  ],
  [/^(bouw gerealiseerd|gerealiseerd)$/, "gerealiseerd"],
  [/^(oplevering eerste|oplevering laatste)$/, "opleverperiode"],
];

/** A known column the check does not use ("maand", "woningtype"), or undefined. */
export function bekendOngebruikt(v: Cel): string | undefined {
  const sleutel = kopSleutel(v);
  if (!sleutel) return undefined;
  for (const [re, wat] of BEKEND_ONGEBRUIKT) if (re.test(sleutel)) return wat;
  return undefined;
}

const HOUDT = {
  prijs:
    /prijs|bedrag|koopsom|\bv ?o ?n\b|\bkale huur\b|maandhuur|\bhuur p ?m\b|huur per maand|€|\beuro\b/,
  koop: /koop|\bv ?o ?n\b/,
  huur: /huur/,
  aantal: /aantal|woningen|\bwon\b|\bstuks\b|#|capaciteit/,
  netto: /netto|saldo/,
  bruto: /bruto/,
  sloop: /sloop|slopen|onttrek/,
  juridisch: /juridisch|planologisch|\bipo\b/,
  status: /status|hardheid|\bhard\b.*\bzacht\b/,
  fase: /fase\b/,
  jaar: /jaar|oplever|gereed|realisatie/,
  start: /\bstart|begin/,
  maand: /maand|kwartaal/,
  naam: /naam|omschrijving/,
  project: /project|\bplan\b|plannen/,
  cluster: /stage|cluster|deelplan|deelproject|bouwstroom/,
  gemeente: /gemeente/,
  plaats: /plaats|\bkern\b|\bdorp\b/,
  segment: /segment|prijsklasse|prijscategorie|prijsklassen|betaalbaarheid|categorie/,
  doelgroep: /doelgroep/,
  woonvorm: /woonvorm|flex|tijdelijk/,
  verbouw: /nieuw ?verbouw|bouwsoort|soort bouw/,
  corporatie: /corporatie|ontwikkelaar|initiatiefnemer|opdrachtgever/,
};

/** Words around a count that say nothing about its segment. */
const TELWOORDEN = /\b(aantal|aantallen|woningen|woning|won|stuks|totaal|nieuwbouw|#)\b/g;

function telSoort(rest: string): SegmentAantalSoort | "totaal" | undefined {
  const t = rest
    // Planregistratie: "meergezins_koop1", "eengezins_huur_onb", "onbekend_onbekend".
    .replace(/^(meergezins|eengezins|onbekend) (?=koop|huur|onbekend)/, "")
    .replace(/\b(koop|huur)(\d| onb)$/, "$1")
    .replace(/^onbekend$/, "onbekend")
    .replace(/koopwoningen/g, "koop")
    .replace(/huurwoningen/g, "huur")
    .replace(TELWOORDEN, " ")
    .replace(/\b(of|en)\b/g, (m) => ` ${m} `)
    .replace(/\s+/g, " ")
    .trim();
  if (!t) return "totaal";
  if (
    /^(nader te bepalen|ntb|onbekend|dure huur of koop|huur of koop onbekend|huur\/koop onbekend)$/.test(
      t
    )
  )
    return "onbekend";
  const g = leesPrijsklasse(t);
  if (!g.ok) return undefined;
  if ("segment" in g.waarde) return g.waarde.segment;
  return g.waarde.eigendom ?? "onbekend";
}

/**
 * A header read by its words, units and decorations ignored: prijs + koop → koopprijs, prijs +
 * huur → huurprijs, both → one price column (tenure from elsewhere), "Aantal woningen (netto)"
 * → netto, "aantalWoningenSocialeHuur" → a count of sociale huur.
 */
function herkenOpWoorden(sleutel: string, weergave: string): Herkenning | undefined {
  // A value is no header ("€ 420.000"), nor a text naming a year ("Realisatie 2024").
  if (sleutel.length > 80 || !/[a-z]{3}/.test(sleutel) || /\d{3}/.test(sleutel)) return undefined;
  const s = ` ${sleutel.replace(/[^a-z0-9€#]+/g, " ")} `;
  const h = (k: keyof typeof HOUDT) => HOUDT[k].test(s);
  const veld = (v: Veld, woorden: string, rang = 1): Herkenning => ({
    betekenis: { soort: "veld", veld: v },
    zekerheid: "waarschijnlijk",
    waarom: `de kop "${weergave}" bevat ${woorden}`,
    rang,
  });
  if (h("cluster")) return veld("deel", "een bouwcluster- of deelplanwoord");
  if (h("segment")) return veld("segment", "een prijsklasse- of segmentwoord");
  // Land and building costs, price levels: no price of a home.
  if (/grond|kosten|kostprijs|prijspeil|peil|\bm2\b|per m/.test(s)) return undefined;
  if (h("prijs")) {
    if (h("koop") && h("huur"))
      return veld("prijs", '"koop" en "huur" bij een prijs: één prijskolom');
    if (h("koop")) return veld("koopprijs", 'een prijs bij "koop"');
    if (h("huur")) return veld("huurprijs", 'een prijs bij "huur"');
    return veld("prijs", "een prijswoord");
  }
  if (h("gemeente") && !h("aantal") && !/\b(code|nummer|nr|id)\b/.test(s))
    return veld("gemeente", '"gemeente"');
  if (h("huur") && h("koop") && !h("aantal")) return veld("eigendom", '"huur" en "koop"');
  if (/^sloop (meergezins|eengezins|onbekend) /.test(sleutel))
    return { ...veld("sloop", "sloop per woningtype en prijsklasse"), optellen: true };
  if (h("sloop")) return h("jaar") ? undefined : veld("sloop", "een sloopwoord");
  if (h("netto")) return veld("netto", '"netto"');
  if (h("bruto")) return veld("bruto", '"bruto"');
  if (h("juridisch")) return veld("planstatus", "een planologische status", 2);
  if (h("status")) return veld("planstatus", '"status"');
  if (h("fase")) return veld("planstatus", "een fase", 0);
  if (h("jaar") && !h("start") && !h("maand")) return veld("opleverjaar", "een opleverwoord");
  if (h("doelgroep")) return veld("doelgroep", '"doelgroep"');
  if (h("woonvorm")) return veld("flex", "een woonvorm- of flexwoord");
  if (h("verbouw")) return veld("transformatie", "nieuwbouw/verbouw");
  if (h("corporatie")) return veld("corporatie", "een opdrachtgeverwoord");
  if (h("aantal") || h("huur") || h("koop") || /^(meergezins|eengezins|onbekend) /.test(sleutel)) {
    const soort = telSoort(sleutel);
    if (soort === "totaal") return veld("bruto", "een aantal woningen");
    if (soort)
      return {
        betekenis: { soort: "segmentaantal", segment: soort },
        zekerheid: "waarschijnlijk",
        waarom: `de kop "${weergave}" telt woningen (${soort})`,
        rang: 1,
      };
  }
  if (h("naam") && h("project")) return veld("naam", "een projectnaam");
  if (h("plaats")) return veld("kern", "een plaatsnaam");
  return undefined;
}

/** What a header cell means, how sure the reader is and why; undefined when not recognised. */
export function herkenKopUitleg(v: Cel): Herkenning | undefined {
  const sleutel = kopSleutel(v);
  if (!sleutel) return undefined;
  const weergave = kopWeergave(v);
  const zeker = (betekenis: Betekenis, rang = 1): Herkenning => ({
    betekenis,
    zekerheid: "zeker",
    waarom: `"${weergave}" is een bekende kop`,
    rang,
  });
  for (const [veld, re, rang] of EXPORTNAMEN)
    if (re.test(sleutel)) return zeker({ soort: "veld", veld }, rang);
  for (const [veld, re] of VELDEN) if (re.test(sleutel)) return zeker({ soort: "veld", veld });
  for (const [segment, re] of SEGMENT_AANTALLEN)
    if (re.test(sleutel)) return zeker({ soort: "segmentaantal", segment });
  const schijf = jaarschijfUitKop(v);
  if (schijf === "onbekend") return zeker({ soort: "jaarschijf-onbekend" });
  if (schijf) return zeker({ soort: "jaarschijf", ...schijf });
  if (typeof v !== "string" || bekendOngebruikt(v)) return undefined;
  // DIWI: one date column per plan status, headed by the coded status.
  if (/^[1-5][abc]? [a-z]/.test(sleutel)) {
    const status = leesPlanstatus(v);
    if (status.ok && status.waarde.code)
      return {
        betekenis: { soort: "veld", veld: "planstatus" },
        zekerheid: "waarschijnlijk",
        waarom: `de kop "${weergave}" is een planstatus: de kolom geeft de datum waarop het plan die status kreeg`,
        rang: 1,
        statusDatum: status.waarde,
      };
  }
  // DIWI: tenure as counts.
  if (
    /^(koopwoning(en)?|particuliere verhuurder|huur woningcorporatie|huur corporatie)$/.test(
      sleutel
    )
  )
    return {
      betekenis: { soort: "segmentaantal", segment: /koop/.test(sleutel) ? "koop" : "huur" },
      zekerheid: "zeker",
      waarom: `"${weergave}" is een bekende kop`,
      rang: 1,
    };
  return herkenOpWoorden(sleutel, weergave);
}

/** What a header cell means, or undefined when it is not recognised. */
export function herkenKop(v: Cel): Betekenis | undefined {
  return herkenKopUitleg(v)?.betekenis;
}

export function kopWeergave(v: Cel): string {
  return kopTekst(v).trim();
}
