/**
 * Matching the plans of two monitoring rounds (art. 8.1): by plan id where both rounds have
 * one, else by name, kern and gemeente with tolerance for small spelling changes; a plan
 * split into parts (fase 1/2, bouwclusters) or parts merged into one are reported as such.
 * A case the names cannot decide is reported as uncertain, never guessed.
 *
 * Bounded work: every stage looks plans up in maps keyed by gemeente and normalised name
 * parts; the edit distance runs only on the few plans left after the exact stages, only
 * within small blocks, and stops once the distance passes its cap.
 */
import { Plan } from "../planlijst/plan";
import { eenmaalPerTekst, normaliseer } from "../planlijst/waarden";

export type Koppelwijze = "id" | "naam" | "spelling";

export interface Koppeling {
  vorige: Plan;
  huidige: Plan;
  /** id: same plan id; naam: same name (kern and gemeente agree); spelling: a name within a small edit distance. */
  via: Koppelwijze;
}

/** One plan of the previous round continued as several plans ("fase 1", "fase 2", bouwclusters). */
export interface Splitsing {
  vorige: Plan;
  huidige: Plan[];
}

/** Several plans of the previous round continued as one. */
export interface Samenvoeging {
  vorige: Plan[];
  huidige: Plan;
}

/** Plans the comparison cannot pair without guessing; reported, not matched. */
export interface OnzekereKoppeling {
  vorige: Plan[];
  huidige: Plan[];
  reden: "zelfde-naam" | "gelijke-kandidaten" | "meerdere-delen";
}

export interface KoppelResultaat {
  paren: Koppeling[];
  splitsingen: Splitsing[];
  samenvoegingen: Samenvoeging[];
  onzeker: OnzekereKoppeling[];
  /** Previous plans with no counterpart. */
  vervallen: Plan[];
  /** Current plans with no counterpart. */
  nieuw: Plan[];
}

/** Words that name a part of a plan: "fase 2", "deelplan B", "bouwcluster 3", "Noord". */
const DEELWOORDEN = new Set([
  "fase",
  "deel",
  "deelplan",
  "deelgebied",
  "plandeel",
  "blok",
  "bouwblok",
  "cluster",
  "bouwcluster",
  "bouwveld",
  "veld",
  "kavel",
  "kavels",
  "bouwstroom",
  "etappe",
  "noord",
  "oost",
  "zuid",
  "west",
  "noordoost",
  "noordwest",
  "zuidoost",
  "zuidwest",
  "i",
  "ii",
  "iii",
  "iv",
  "v",
  "vi",
]);
const LEGE_WOORDEN = new Set(["de", "het", "en", "van", "aan", "op", "in", "te"]);

function isDeelwoord(t: string): boolean {
  return DEELWOORDEN.has(t) || /^\d+[a-z]?$/.test(t) || /^[a-z]$/.test(t);
}

/** A plan as the matcher sees it: its keys, computed once (the word keys only when needed). */
class Kaart {
  readonly gemeente: string;
  readonly kern: string;
  readonly id?: string;
  /** Matched, split, merged or found uncertain: takes no further part. */
  gekoppeld = false;
  /** For a previous plan: its current counterpart and how it was found. */
  paar?: { b: Kaart; via: Koppelwijze };
  private _naam?: string;
  private _woorden?: string[];
  private _gesorteerd?: string;
  private _getallen?: string;
  /** `vorig`: a plan of the previous round; `kort`: the key of a gemeente or kern text. */
  constructor(
    readonly plan: Plan,
    readonly vorig: boolean,
    kort: (t: string | undefined) => string = tekstSleutel
  ) {
    this.gemeente = plan.gemeente ?? kort(plan.gemeenteTekst);
    this.kern = kort(plan.kern);
    const id = plan.id === undefined ? "" : idSleutel(plan.id);
    if (id) this.id = id;
  }
  /** Normalised name: lower case, no accents, punctuation as spaces (made when first asked: most plans match by id). */
  get naam(): string {
    return (this._naam ??= tekstSleutel(this.plan.naam));
  }
  get woorden(): string[] {
    return (this._woorden ??= this.naam ? this.naam.split(" ") : []);
  }
  /** The name's words sorted: "Oost Rietlanden" and "Rietlanden Oost" alike. */
  get gesorteerd(): string {
    return (this._gesorteerd ??= [...this.woorden].sort().join(" "));
  }
  /** The numbers in the name: a different number is a different plan ("fase 2" ≠ "fase 3"). */
  get getallen(): string {
    return (this._getallen ??= (this.naam.match(/\d+/g) ?? []).join(" "));
  }
}

/** A plan id as a key: upper case, without spaces ("em 001" and "EM001" alike). */
function idSleutel(id: string): string {
  return /\s/.test(id) ? id.trim().toUpperCase().replace(/\s+/g, "") : id.toUpperCase();
}

const ALLEEN_ASCII = /^[\x20-\x7e]*$/;
/** Anything tekstSleutel changes in lower-case text: other characters, double spaces, spaces at either end. */
const ANDERS_DAN_WOORDEN = /[^a-z0-9 ]| {2}|^ | $/;
function tekstSleutel(t: string | undefined): string {
  if (!t) return "";
  // Unicode normalisation is costly: only text with accents or other non-ASCII needs it.
  const basis = ALLEEN_ASCII.test(t) ? t.toLowerCase() : normaliseer(t);
  // Most names are words and single spaces already: the replace only when there is more.
  return ANDERS_DAN_WOORDEN.test(basis) ? basis.replace(/[^a-z0-9]+/g, " ").trim() : basis;
}

/** Kern agrees: the same, or one of the two not given (a PM plan that got its location). */
function kernPast(a: Kaart, b: Kaart): boolean {
  return a.kern === "" || b.kern === "" || a.kern === b.kern;
}

/**
 * Levenshtein distance, or cap + 1 as soon as every cell of a row exceeds cap (names are
 * short; the early stop keeps far-apart names cheap).
 */
export function afstandTot(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (a === b) return 0;
  const n = b.length;
  let vorige = Array.from({ length: n + 1 }, (_, j) => j);
  let rij = new Array<number>(n + 1);
  for (let i = 1; i <= a.length; i++) {
    rij[0] = i;
    let kleinste = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(
        vorige[j] + 1,
        rij[j - 1] + 1,
        vorige[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1)
      );
      rij[j] = v;
      if (v < kleinste) kleinste = v;
    }
    if (kleinste > cap) return cap + 1;
    [vorige, rij] = [rij, vorige];
  }
  return Math.min(vorige[n], cap + 1);
}

/** Edits a name of this length may have and still be "the same name": none below 6 characters, at most 3. */
export function spellingsmarge(lengte: number): number {
  return Math.min(3, Math.floor(lengte / 6));
}

/** Distance between two names (also with their words sorted), or undefined when beyond the margin or their numbers differ. */
function naamAfstand(a: Kaart, b: Kaart): number | undefined {
  if (!a.naam || !b.naam || a.getallen !== b.getallen) return undefined;
  const cap = spellingsmarge(Math.min(a.naam.length, b.naam.length));
  const d = Math.min(afstandTot(a.naam, b.naam, cap), afstandTot(a.gesorteerd, b.gesorteerd, cap));
  return d <= cap ? d : undefined;
}

/**
 * True when `deel` names a part of `geheel`: its words start with all of geheel's words and
 * add one to three words of which at least one names a part ("Parkwijk" → "Parkwijk fase 1",
 * "Parkwijk Noord"), or its last word is geheel's last word with a letter added ("fase 3" → "fase 3a").
 */
export function isDeelVan(deel: Kaart, geheel: Kaart): boolean {
  // The same text is never a part of itself (most plans keep their name between rounds).
  if (deel.plan.naam === geheel.plan.naam) return false;
  // Both rules make the part's name the whole's name with something after it: a cheap test first.
  if (deel.naam.length <= geheel.naam.length || !deel.naam.startsWith(geheel.naam)) return false;
  const g = geheel.woorden;
  const d = deel.woorden;
  if (g.length === 0 || d.length < g.length) return false;
  for (let i = 0; i < g.length - 1; i++) if (d[i] !== g[i]) return false;
  const laatste = g[g.length - 1];
  const opPlaats = d[g.length - 1];
  if (opPlaats !== laatste) {
    return (
      d.length === g.length &&
      /^\d+$/.test(laatste) &&
      opPlaats.length === laatste.length + 1 &&
      opPlaats.startsWith(laatste) &&
      /[a-z]$/.test(opPlaats)
    );
  }
  const rest = d.slice(g.length);
  return rest.length >= 1 && rest.length <= 3 && rest.some(isDeelwoord);
}

/** Blocking keys for the spelling stage: gemeente with each telling word, and with the name's first and last four letters. */
function blokSleutels(k: Kaart): string[] {
  const uit = new Set<string>();
  for (const w of k.woorden)
    if (
      (w.length >= 4 || /\d/.test(w)) &&
      !DEELWOORDEN.has(w) &&
      !LEGE_WOORDEN.has(w) &&
      w !== k.kern
    )
      uit.add(`${k.gemeente}|w|${w}`);
  const plat = k.naam.replace(/ /g, "");
  if (plat.length >= 4) {
    uit.add(`${k.gemeente}|b|${plat.slice(0, 4)}`);
    uit.add(`${k.gemeente}|e|${plat.slice(-4)}`);
  }
  return [...uit];
}
/** A block this large says nothing about identity (a kern or street many plans share): skipped. */
const GROOTSTE_BLOK = 64;

function groepeer<T>(lijst: T[], sleutel: (x: T) => string | undefined): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const x of lijst) {
    const s = sleutel(x);
    if (s === undefined) continue;
    const groep = uit.get(s);
    if (groep) groep.push(x);
    else uit.set(s, [x]);
  }
  return uit;
}

/**
 * Per gemeente, key → the one plan with that key, or null when several have it. Keyed by
 * gemeente first (every stage matches within a gemeente), so no joined text key is made per plan.
 */
function eenduidig(
  lijst: Kaart[],
  sleutel: (k: Kaart) => string | undefined
): Map<string, Map<string, Kaart | null>> {
  const uit = new Map<string, Map<string, Kaart | null>>();
  for (const k of lijst) {
    const s = sleutel(k);
    if (s === undefined) continue;
    let perSleutel = uit.get(k.gemeente);
    if (!perSleutel) uit.set(k.gemeente, (perSleutel = new Map()));
    perSleutel.set(s, perSleutel.has(s) ? null : k);
  }
  return uit;
}

/** The pairs of plans, one of each round, that alone in their gemeente have the same key. */
function* uniekeParen(
  vorige: Kaart[],
  huidige: Kaart[],
  sleutel: (k: Kaart) => string | undefined
): Generator<[Kaart, Kaart]> {
  const huidigPerGemeente = eenduidig(huidige, sleutel);
  for (const [gemeente, perSleutel] of eenduidig(vorige, sleutel)) {
    const huidig = huidigPerGemeente.get(gemeente);
    if (!huidig) continue;
    for (const [s, a] of perSleutel) {
      const b = huidig.get(s);
      if (a && b) yield [a, b];
    }
  }
}

/** Gathers linked plans into groups (union-find). */
class Groepen {
  private ouder = new Map<Kaart, Kaart>();
  private wortel(k: Kaart): Kaart {
    let w = k;
    for (let o = this.ouder.get(w); o !== undefined && o !== w; o = this.ouder.get(w)) w = o;
    return w;
  }
  verbind(a: Kaart, b: Kaart) {
    for (const k of [a, b]) if (!this.ouder.has(k)) this.ouder.set(k, k);
    const wa = this.wortel(a);
    const wb = this.wortel(b);
    if (wa !== wb) this.ouder.set(wa, wb);
  }
  leden(): Kaart[][] {
    const uit = new Map<Kaart, Kaart[]>();
    for (const k of this.ouder.keys()) {
      const w = this.wortel(k);
      const groep = uit.get(w);
      if (groep) groep.push(k);
      else uit.set(w, [k]);
    }
    return [...uit.values()];
  }
}

/** The matching under way: both rounds' plans, and the splits, merges and doubts found so far. */
class Koppelstand {
  readonly vorige: Kaart[];
  readonly huidige: Kaart[];
  readonly onzeker: OnzekereKoppeling[] = [];
  readonly splitsingen: Splitsing[] = [];
  readonly samenvoegingen: Samenvoeging[] = [];
  constructor(vorigePlannen: Plan[], huidigePlannen: Plan[]) {
    // Kernen and gemeenten repeat down both lists: each text's key is made once.
    const kort = eenmaalPerTekst(tekstSleutel);
    this.vorige = vorigePlannen.map((p) => new Kaart(p, true, kort));
    this.huidige = huidigePlannen.map((p) => new Kaart(p, false, kort));
  }
  /** Pairs two plans, one of each round, in either order. */
  koppel(x: Kaart, y: Kaart, via: Koppelwijze) {
    const [a, b] = x.vorig ? [x, y] : [y, x];
    a.gekoppeld = b.gekoppeld = true;
    a.paar = { b, via };
  }
  vrij(lijst: Kaart[]): Kaart[] {
    return lijst.filter((k) => !k.gekoppeld);
  }
  /** Reports a group as uncertain; its plans take no further part. */
  twijfel(leden: Kaart[], reden: OnzekereKoppeling["reden"]) {
    const v = leden.filter((k) => k.vorig);
    const h = leden.filter((k) => !k.vorig);
    if (!v.length || !h.length) return;
    this.onzeker.push({ vorige: v.map((k) => k.plan), huidige: h.map((k) => k.plan), reden });
    for (const k of leden) k.gekoppeld = true;
  }
}

/**
 * Pairs the plans of a previous and a current round, in stages from the surest key to the
 * loosest: id, name, parts of a whole, spelling. A plan paired in one stage takes no part in
 * the next.
 */
export function koppelPlannen(vorigePlannen: Plan[], huidigePlannen: Plan[]): KoppelResultaat {
  const s = new Koppelstand(vorigePlannen, huidigePlannen);
  koppelOpId(s);
  koppelOpNaam(s);
  koppelDelen(s, "splitsing");
  koppelDelen(s, "samenvoeging");
  koppelOpSpelling(s);
  return {
    paren: s.vorige.flatMap((a) =>
      a.paar ? [{ vorige: a.plan, huidige: a.paar.b.plan, via: a.paar.via }] : []
    ),
    splitsingen: s.splitsingen,
    samenvoegingen: s.samenvoegingen,
    onzeker: s.onzeker,
    vervallen: s.vrij(s.vorige).map((k) => k.plan),
    nieuw: s.vrij(s.huidige).map((k) => k.plan),
  };
}

/**
 * 1. Plan id, unique within its gemeente in both rounds. A bare running number ("12") whose
 *    names clearly differ is a renumbered list, not the same plan.
 */
function koppelOpId(s: Koppelstand) {
  for (const [a, b] of uniekeParen(s.vorige, s.huidige, (k) => k.id)) {
    if (/^\d+$/.test(a.id!) && a.naam && b.naam && !verwant(a, b)) continue;
    s.koppel(a, b, "id");
  }
}

/**
 * 2. The same name in the same gemeente and kern (or a kern added or dropped), one on each
 *    side; several plans with that name on either side are uncertain.
 */
function koppelOpNaam(s: Koppelstand) {
  const perNaamEnKern = (k: Kaart) => (k.naam ? `${k.naam}|${k.kern}` : undefined);
  for (const [a, b] of uniekeParen(s.vrij(s.vorige), s.vrij(s.huidige), perNaamEnKern))
    s.koppel(a, b, "naam");
  const perNaam = (k: Kaart) => (k.naam ? `${k.gemeente}|${k.naam}` : undefined);
  const huidigPerNaam = groepeer(s.vrij(s.huidige), perNaam);
  for (const [sleutel, as] of groepeer(s.vrij(s.vorige), perNaam)) {
    const bs = huidigPerNaam.get(sleutel);
    if (!bs) continue;
    const groepen = new Groepen();
    for (const a of as) for (const b of bs) if (kernPast(a, b)) groepen.verbind(a, b);
    for (const leden of groepen.leden()) {
      if (leden.length === 2) s.koppel(leden[0], leden[1], "naam");
      else s.twijfel(leden, "zelfde-naam");
    }
  }
}

/**
 * 3. Splits (richting "splitsing": a previous whole, current parts) and merges (the other way
 *    round): the parts carry the whole's name with a part added. A plan matched by id to one
 *    of its own parts ("fase 3" → "fase 3a", same id) is a whole too.
 */
function koppelDelen(s: Koppelstand, richting: "splitsing" | "samenvoeging") {
  const splits = richting === "splitsing";
  // Wholes paired by id to one of their parts: whole → that part.
  const tegenhanger = new Map<Kaart, Kaart>();
  for (const a of s.vorige) {
    if (a.paar?.via !== "id") continue;
    const b = a.paar.b;
    if (splits && isDeelVan(b, a)) tegenhanger.set(a, b);
    if (!splits && isDeelVan(a, b)) tegenhanger.set(b, a);
  }
  const gehelen = [...s.vrij(splits ? s.vorige : s.huidige), ...tegenhanger.keys()];
  const claims = claimDelen(gehelen, s.vrij(splits ? s.huidige : s.vorige));
  const groepen = new Groepen();
  const delenVan = new Map<Kaart, Kaart[]>();
  for (const [d, gs] of claims) {
    if (gs.length > 1) for (const g of gs) groepen.verbind(d, g);
    else delenVan.set(gs[0], [...(delenVan.get(gs[0]) ?? []), d]);
  }
  for (const leden of groepen.leden())
    s.twijfel(
      leden.filter((k) => !tegenhanger.has(k)),
      "meerdere-delen"
    );
  for (const [g, ds] of delenVan) {
    const open = ds.filter((d) => !d.gekoppeld);
    if (!open.length) continue;
    const eigen = tegenhanger.get(g);
    if (eigen) {
      // The id pair becomes a split or merge with the parts found by name.
      delete (splits ? g : eigen).paar;
      open.unshift(eigen);
    } else if (g.gekoppeld) continue;
    if (open.length === 1) {
      // One part only: the plan renamed ("Parkwijk" → "Parkwijk fase 1"); the name change is reported.
      s.koppel(g, open[0], "naam");
      continue;
    }
    for (const k of [g, ...open]) k.gekoppeld = true;
    if (splits) s.splitsingen.push({ vorige: g.plan, huidige: open.map((k) => k.plan) });
    else s.samenvoegingen.push({ vorige: open.map((k) => k.plan), huidige: g.plan });
  }
}

/**
 * Candidate part → the wholes it names. Each candidate part goes to the most specific whole
 * it names; two equally specific wholes both keep it (uncertain).
 */
function claimDelen(gehelen: Kaart[], kandidaten: Kaart[]): Map<Kaart, Kaart[]> {
  const index = groepeer(kandidaten, (k) =>
    k.woorden.length ? `${k.gemeente}|${k.woorden[0]}` : undefined
  );
  const claims = new Map<Kaart, Kaart[]>();
  for (const g of gehelen) {
    if (!g.woorden.length) continue;
    for (const d of index.get(`${g.gemeente}|${g.woorden[0]}`) ?? []) {
      if (!kernPast(d, g) || !isDeelVan(d, g)) continue;
      const huidig = claims.get(d);
      if (!huidig || huidig[0].woorden.length < g.woorden.length) claims.set(d, [g]);
      else if (huidig[0].woorden.length === g.woorden.length) huidig.push(g);
    }
  }
  return claims;
}

/**
 * 4. Spelling: the nearest name within the margin, if it is the only one at that distance
 *    and the previous plan is the only one that near to it (mutual and unique).
 */
function koppelOpSpelling(s: Koppelstand) {
  const { kandidatenVan, bestVoorHuidig } = spellingKandidaten(s);
  const gelijk = new Groepen();
  for (const [a, lijst] of kandidatenVan) {
    const d = Math.min(...lijst.map((x) => x.d));
    const besten = lijst.filter((x) => x.d === d).map((x) => x.k);
    const terug = bestVoorHuidig.get(besten[0])!;
    if (besten.length === 1 && terug.d === d && terug.vorige.length === 1)
      s.koppel(a, besten[0], "spelling");
    else for (const b of besten) gelijk.verbind(a, b);
  }
  for (const leden of gelijk.leden())
    s.twijfel(
      leden.filter((k) => !k.gekoppeld),
      "gelijke-kandidaten"
    );
}

/**
 * The names within the spelling margin, looked for only within small blocks: per free
 * previous plan, its candidates with their distance; per current plan, the nearest previous
 * plans.
 */
function spellingKandidaten(s: Koppelstand) {
  const blokken = new Map<string, Kaart[]>();
  for (const k of s.vrij(s.huidige)) {
    for (const sleutel of blokSleutels(k)) {
      const blok = blokken.get(sleutel);
      if (blok) blok.push(k);
      else blokken.set(sleutel, [k]);
    }
  }
  const kandidatenVan = new Map<Kaart, { k: Kaart; d: number }[]>();
  const bestVoorHuidig = new Map<Kaart, { d: number; vorige: Kaart[] }>();
  for (const a of s.vrij(s.vorige)) {
    const gezien = new Set<Kaart>();
    const lijst: { k: Kaart; d: number }[] = [];
    for (const sleutel of blokSleutels(a)) {
      const blok = blokken.get(sleutel);
      if (!blok || blok.length > GROOTSTE_BLOK) continue;
      for (const b of blok) {
        if (gezien.has(b)) continue;
        gezien.add(b);
        if (!kernPast(a, b)) continue;
        const d = naamAfstand(a, b);
        if (d === undefined) continue;
        lijst.push({ k: b, d });
        const best = bestVoorHuidig.get(b);
        if (!best || d < best.d) bestVoorHuidig.set(b, { d, vorige: [a] });
        else if (d === best.d) best.vorige.push(a);
      }
    }
    if (lijst.length) kandidatenVan.set(a, lijst);
  }
  return { kandidatenVan, bestVoorHuidig };
}

/** Names that may be the same plan: equal, within the spelling margin, or one a part of the other. */
export function namenVerwant(a: Plan, b: Plan): boolean {
  const [ka, kb] = [new Kaart(a, true), new Kaart(b, false)];
  return !ka.naam || !kb.naam || verwant(ka, kb);
}

function verwant(a: Kaart, b: Kaart): boolean {
  return a.naam === b.naam || naamAfstand(a, b) !== undefined || isDeelVan(a, b) || isDeelVan(b, a);
}
