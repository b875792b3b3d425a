/**
 * woondeal-toets vergelijk vorige.xlsx huidige.xlsx: the comparison of two monitoring rounds
 * (art. 8.1) as Dutch text per gemeente, each finding under its article, and optionally as JSON.
 * The engine is src/vergelijking; this door reads the files and renders its result.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { GEMEENTEN, GemeenteNaam, REGIO } from "../deal";
import { PlanlijstBlad, leesWerkmap, Plan, nettoVan } from "../planlijst";
import {
  Bevinding,
  ERNST_LABEL,
  ERNST_VOLGORDE,
  REGEL_OP_CODE,
  hardheidTekst,
  telErnst,
} from "../rules";
import {
  TELLING_LABEL,
  aantal,
  datumNl,
  ernstTelling,
  metTeken,
  plaatsVan,
  procent,
  vergelijkingBladen,
} from "../rapport";
import { GemeenteVergelijking, TELLINGEN, Vergelijking, VoorNa, vergelijk } from "../vergelijking";
import { schrijfRastersXlsx } from "./raster-xlsx";
import { Uitvoer, controleerUitvoerPad, schrijfVia } from "./uitvoer";
import {
  GebruikFout,
  TOETS_ARGUMENTEN,
  ToetsArgumenten,
  leesToetsArgumenten,
  ontleedArgumenten,
} from "./opties";
import { InvoerFout, leesXlsx } from "./xlsx";

export const HULP_VERGELIJK = `  woondeal-toets vergelijk <vorige.xlsx> <huidige.xlsx> [--json pad] [--out verschil.xlsx] [opties]
      Vergelijkt een planlijst met die van de vorige monitoringsronde (art. 8.1): welke plannen
      vervielen, nieuw zijn, gesplitst of samengevoegd, en wat per plan veranderde (aantallen,
      hard/zacht, opleverjaar, segment, opgeleverd); per gemeente en regio de totalen, de dekking
      (art. 4.10), de harde capaciteit voor vijf jaar en de opleveringen (art. 8.3) voor en na.
      Plannen worden gekoppeld op Plan-ID, anders op naam, kern en gemeente; wat niet eenduidig
      is, wordt gemeld en niet geraden. --out schrijft een werkmap met de bladen Wijzigingen
      (elk gewijzigd plan, vorige → huidige, met het artikel), Per gemeente (voor en na) en
      Bevindingen. Opties als bij controleer (--instellingen, --peildatum, --grensjaar,
      --gemeente, --alles).
`;

interface VergelijkOpties extends ToetsArgumenten {
  vorige: string;
  huidige: string;
  out?: string;
}

async function leesOpties(args: string[]): Promise<VergelijkOpties> {
  const parsed = ontleedArgumenten(args, {
    ...TOETS_ARGUMENTEN,
    out: { type: "string", short: "o" },
  } as const);
  if (parsed.positionals.length !== 2)
    throw new GebruikFout(
      "vergelijk vraagt twee bestanden: de vorige en de huidige planlijst (woondeal-toets vergelijk vorige.xlsx huidige.xlsx)"
    );
  const [vorige, huidige] = parsed.positionals;
  const { out, ...rest } = parsed.values;
  if (out !== undefined) {
    if (!/\.xlsx$/i.test(out)) throw new GebruikFout(`--out "${out}" moet eindigen op .xlsx`);
    // Same file, a link to it, or the same name in another case: never overwrite a round.
    await controleerUitvoerPad(out, [vorige, huidige], "--out");
  }
  if (rest.json !== undefined) await controleerUitvoerPad(rest.json, [vorige, huidige], "--json");
  return {
    vorige,
    huidige,
    ...(out !== undefined ? { out } : {}),
    ...(await leesToetsArgumenten(rest)),
  };
}

async function leesRonde(bestand: string, gemeente?: GemeenteNaam): Promise<PlanlijstBlad[]> {
  const bladen = leesWerkmap(await leesXlsx(bestand), gemeente ? { gemeente } : {}).bladen;
  if (!bladen.some((b) => b.isPlanlijst))
    throw new InvoerFout(
      `${path.basename(bestand)}: geen planlijst gevonden (${bladen
        .slice(0, 2)
        .map((b) => `blad "${b.naam}": ${b.reden}`)
        .join("; ")}).`
    );
  return bladen;
}

function voorNa(x: VoorNa): string {
  return `${aantal(x.vorige)} → ${aantal(x.huidige)} (${metTeken(x.verschil)})`;
}

function gemeenteKop(naam: string, g: GemeenteVergelijking): string[] {
  const r: string[] = [];
  r.push(
    `  plannen in de totalen ${voorNa(g.plannen)} · netto 2022–2030 ${voorNa(g.nettoInPeriode)} · dekking ${
      g.doel === null
        ? "niet te berekenen (gemeentelijk aandeel niet ingesteld)"
        : `${procent(g.dekking.vorige ?? 0)} → ${procent(g.dekking.huidige ?? 0)} van ${aantal(g.doel)}`
    }`
  );
  r.push(
    `  hard komende vijf jaar ${voorNa(g.hardKomendeVijfJaar)}${g.vereistKomendeVijfJaar !== null ? ` (jaarschijven ${aantal(g.vereistKomendeVijfJaar)})` : ""} · opgeleverd ${voorNa(g.opgeleverd)}${g.vereistOpgeleverd !== null ? ` (jaarschijven tot nu ${aantal(g.vereistOpgeleverd)})` : ""}`
  );
  const tellingen = TELLINGEN.filter((t) => g.telling[t] > 0).map(
    (t) => `${aantal(g.telling[t])} ${TELLING_LABEL[t]}`
  );
  if (tellingen.length) r.push(`  per plan: ${tellingen.join(" · ")}`);
  return r;
}

/** Findings of one group, by article and rule, warnings first; at most perRegel messages each. */
function bevindingenTekst(lijst: Bevinding[], perRegel: number): string[] {
  const r: string[] = [];
  const groepen = new Map<string, Bevinding[]>();
  for (const f of [...lijst].sort(
    (a, b) => ERNST_VOLGORDE[a.severity] - ERNST_VOLGORDE[b.severity]
  )) {
    const sleutel = `${f.article}\u0000${f.rule}`;
    const groep = groepen.get(sleutel);
    if (groep) groep.push(f);
    else groepen.set(sleutel, [f]);
  }
  for (const groep of groepen.values()) {
    const { article, rule, severity } = groep[0];
    r.push(
      `  ${article} · ${REGEL_OP_CODE[rule]?.titel ?? rule} (${aantal(groep.length)}, ${ERNST_LABEL[severity]})`
    );
    for (const f of groep.slice(0, perRegel))
      r.push(f.sheet ? `    ${plaatsVan(f)}: ${f.message}` : `    ${f.message}`);
    if (groep.length > perRegel)
      r.push(`    … en ${aantal(groep.length - perRegel)} meer (alles met --alles of in --json).`);
  }
  return r;
}

export function vergelijkingAlsTekst(
  vorige: string,
  huidige: string,
  v: Vergelijking,
  perRegel = 10
): string {
  const r: string[] = [];
  const k = v.koppeling;
  const via = { id: 0, naam: 0, spelling: 0 };
  for (const p of k.paren) via[p.via]++;
  r.push(`Woondeal-toets · vergelijking van ${huidige} met de vorige planlijst ${vorige}`);
  r.push(
    `Peildatum ${datumNl(v.peildatum)} (voor beide rondes) · planstatus: ${hardheidTekst(v.hardheid)}`
  );
  r.push(
    `Gekoppeld: ${aantal(k.paren.length)} ${k.paren.length === 1 ? "plan" : "plannen"} (${aantal(via.id)} op Plan-ID, ${aantal(via.naam)} op naam, ${aantal(via.spelling)} op naam met een kleine spellingsafwijking); ${aantal(k.splitsingen.length)} gesplitst, ${aantal(k.samenvoegingen.length)} samengevoegd, ${aantal(k.vervallen.length)} vervallen, ${aantal(k.nieuw.length)} nieuw, ${aantal(k.onzeker.length)} niet eenduidig.`
  );
  const t = telErnst(v.bevindingen);
  r.push(`Bevindingen: ${ernstTelling(t.warning, "warning")}, ${ernstTelling(t.info, "info")}.`);
  const perGemeente = new Map<string, Bevinding[]>();
  for (const f of v.bevindingen) {
    const g = f.gemeente ?? "";
    const lijst = perGemeente.get(g);
    if (lijst) lijst.push(f);
    else perGemeente.set(g, [f]);
  }
  const volgorde = [
    ...GEMEENTEN.filter((g) => v.perGemeente[g]),
    ...Object.keys(v.perGemeente).filter(
      (g) => !(GEMEENTEN as readonly string[]).includes(g) && g !== REGIO
    ),
  ];
  for (const naam of volgorde) {
    const g = v.perGemeente[naam];
    r.push("");
    r.push(g.inDeal ? naam : `${naam} (buiten de woondeal)`);
    r.push(...gemeenteKop(naam, g));
    r.push(...bevindingenTekst(perGemeente.get(naam) ?? [], perRegel));
  }
  r.push("");
  r.push(`${REGIO} (regio)`);
  if (v.regio.volledig) r.push(...gemeenteKop(REGIO, v.regio));
  r.push(
    ...bevindingenTekst(
      [...(perGemeente.get(REGIO) ?? []), ...(perGemeente.get("") ?? [])],
      perRegel
    )
  );
  return r.join("\n") + "\n";
}

function planJson(p: Plan) {
  return {
    sheet: p.blad,
    row: p.rij,
    id: p.id ?? null,
    name: p.naam ?? null,
    gemeente: p.gemeente ?? p.gemeenteTekst ?? null,
    netto: nettoVan(p),
  };
}

/** The comparison as JSON: plans as {sheet, row, id, name, gemeente, netto}, the rest as the engine gives it. */
export function vergelijkingAlsJson(vorige: string, huidige: string, v: Vergelijking) {
  const k = v.koppeling;
  return {
    previousFile: vorige,
    currentFile: huidige,
    referenceDate: v.peildatum,
    hardheid: v.hardheid,
    matches: v.plannen.map((p) => ({
      previous: planJson(p.vorige),
      current: planJson(p.huidige),
      via: p.via,
      changes: p.wijzigingen,
    })),
    splits: k.splitsingen.map((s) => ({
      previous: planJson(s.vorige),
      current: s.huidige.map(planJson),
    })),
    merges: k.samenvoegingen.map((s) => ({
      previous: s.vorige.map(planJson),
      current: planJson(s.huidige),
    })),
    uncertain: k.onzeker.map((o) => ({
      previous: o.vorige.map(planJson),
      current: o.huidige.map(planJson),
      reason: o.reden,
    })),
    removed: k.vervallen.map(planJson),
    added: k.nieuw.map(planJson),
    byGemeente: v.perGemeente,
    region: v.regio,
    findings: v.bevindingen,
  };
}

/** Runs `vergelijk`; returns the exit code (0 compared, 2 input or usage problem). */
export async function vergelijkOpdracht(args: string[], uit: Uitvoer): Promise<number> {
  const opties = await leesOpties(args);
  const vorige = await leesRonde(opties.vorige, opties.gemeente);
  const huidige = await leesRonde(opties.huidige, opties.gemeente);
  const v = vergelijk(vorige, huidige, {
    ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
    ...(opties.grensjaar !== undefined ? { grensjaar: opties.grensjaar } : {}),
    instellingen: opties.instellingen,
  });
  const [naamVorige, naamHuidige] = [path.basename(opties.vorige), path.basename(opties.huidige)];
  uit.stdout(vergelijkingAlsTekst(naamVorige, naamHuidige, v, opties.alles ? Infinity : 10));
  if (opties.json) {
    try {
      await fs.writeFile(
        opties.json,
        JSON.stringify(vergelijkingAlsJson(opties.vorige, opties.huidige, v), null, 2) + "\n",
        "utf8"
      );
      uit.stdout(`Resultaat geschreven naar ${opties.json}.\n`);
    } catch (e) {
      uit.stderr(
        `woondeal-toets: kan ${opties.json} niet schrijven (${(e as NodeJS.ErrnoException).code ?? e}).\n`
      );
      return 2;
    }
  }
  if (opties.out) {
    const out = opties.out;
    // The sheets are a file of their own: no links to rows of a planlijst that is not in it.
    const bladen = vergelijkingBladen(v, { vorige: naamVorige, huidige: naamHuidige });
    try {
      await schrijfVia(out, (tijdelijk) => schrijfRastersXlsx(bladen, tijdelijk));
    } catch (e) {
      uit.stderr(
        `woondeal-toets: kan ${out} niet schrijven (${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split("\n")[0] : e)}).\n`
      );
      return 2;
    }
    uit.stdout(`Verschil geschreven naar ${out}.\n`);
  }
  return 0;
}
