/**
 * The check report as readable Dutch text (the CLI prints it): reference date and price
 * limits, the sheets read, every finding under its article and rule, and the summary per
 * gemeente. Optional ANSI colours for the severity headings; the CLI escapes everything
 * else that could steer a terminal.
 */
import { GEMEENTEN, REGIO } from "../deal/gemeenten";
import { PlanlijstBlad, eigenCellen } from "../planlijst/lezer";
import { VELD_LABEL, betekenisLabel } from "../planlijst/kolommen";
import { Bevinding, ERNST_LABEL, Ernst } from "../rules/bevinding";
import { REGEL_OP_CODE } from "../rules/regels";
import { Samenvatting, doelgroepenTekst } from "../rules/samenvatting";
import { Rapport, hardheidTekst, telErnst } from "../rules/toets";
import {
  aantal,
  datumNl,
  ernstTelling,
  euro,
  plaatsVan,
  plannenTekst,
  procent,
  telling,
} from "./opmaak";

export interface TekstOpties {
  /** Findings shown per rule before "… en N meer". */
  perRegel?: number;
  kleur?: boolean;
}

const KLEUR: Record<Ernst, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };

function samenvattingRegel(naam: string, s: Samenvatting): string[] {
  const r: string[] = [];
  r.push(
    `  ${naam}: ${plannenTekst(s.plannen)} · bruto ${aantal(s.bruto)} · sloop ${aantal(s.sloop)} · netto ${aantal(s.netto)} (in 2022–2030: ${aantal(s.nettoInPeriode)})`
  );
  r.push(
    `    hard ${aantal(s.hard)} · zacht ${aantal(s.zacht)} · status onbekend ${aantal(s.statusOnbekend)}`
  );
  if (s.inDeal) {
    r.push(
      `    sociale huur ${aantal(s.socialeHuur)} · middenhuur ${aantal(s.middenhuur)} · betaalbare koop ${aantal(s.betaalbareKoop)} · dure huur ${aantal(s.dureHuur)} · dure koop ${aantal(s.dureKoop)} · segment onbekend ${aantal(s.segmentOnbekend)}`
    );
    r.push(
      `    betaalbaar vanaf 2025: ${s.aandeelBetaalbaarVanaf2025 === null ? "onbekend (geen segmenten)" : procent(s.aandeelBetaalbaarVanaf2025)} (doel ten minste 66,7%)`
    );
    r.push(
      s.doel === null
        ? "    opgave: gemeentelijk aandeel (bijlage 3) niet ingesteld"
        : `    opgave ${aantal(s.doel)} · dekking ${procent(s.dekking ?? 0)} (doel ten minste 130%)`
    );
    r.push(
      `    flexwoningen ${aantal(s.flex)} · transformatie ${aantal(s.transformatie)} (art. 4.13)`
    );
    const groepen = doelgroepenTekst(s);
    if (groepen) r.push(`    doelgroepen: ${groepen}`);
  }
  return r;
}

function kop(bestand: string, rapport: Rapport): string[] {
  const g = rapport.grenzen;
  const woondeal = rapport.grensjaar === undefined;
  return [
    `Woondeal-toets · controle van ${bestand}`,
    `Peildatum ${datumNl(rapport.peildatum)} · prijsgrenzen ${woondeal ? "van de woondeal (peildatum 1 januari 2022)" : `van ${rapport.grensjaar}`}: betaalbare koop ${euro(g.koop)}, huur ${euro(g.huur)}, sociale huur ${woondeal ? "tot de liberalisatiegrens van het opleverjaar (de woondeal legt die niet vast)" : euro(g.socialeHuur)}`,
    `Planstatus: ${hardheidTekst(rapport.hardheid)}`,
    "",
  ];
}

function bladTekst(blad: PlanlijstBlad): string[] {
  if (!blad.isPlanlijst) return [`Blad "${blad.naam}": geen planlijst (${blad.reden}).`];
  const velden = [
    ...blad.kolommen.flatMap((c) =>
      c.betekenis.soort === "veld" || c.betekenis.soort === "segmentaantal"
        ? [`${betekenisLabel(c.betekenis)} ${c.letters}`]
        : []
    ),
    ...eigenCellen(blad).map((c) => `${VELD_LABEL[c.veld]} ${c.adres}`),
  ];
  const schijven = blad.kolommen.filter(
    (c) => c.betekenis.soort === "jaarschijf" || c.betekenis.soort === "jaarschijf-onbekend"
  ).length;
  if (schijven) velden.push(`${schijven} kolommen jaarschijven`);
  const r = [
    `Blad "${blad.naam}": planlijst met ${plannenTekst(blad.plannen.length)}, kopregel op rij ${blad.kopRij}${blad.gemeente ? `, gemeente ${blad.gemeente}` : ""}.`,
    // The layout the reader recognised (Woningbouw Monitor, EIB/IPO, …), as the pane names it.
    ...(blad.indeling ? [`  Indeling: ${blad.indeling.naam}.`] : []),
    `  Herkend: ${velden.join(", ") || "niets"}.`,
  ];
  if (blad.onbekendeKoppen.length)
    r.push(
      `  Niet gebruikt: ${blad.onbekendeKoppen.map((o) => `${o.kop} (${o.kolom})`).join(", ")}.`
    );
  return r;
}

function buitenDeal(rapport: Rapport): string[] {
  if (rapport.plannenBuitenDeal <= 0) return [];
  const buiten = Object.entries(rapport.samenvatting.perGemeente).filter(([, s]) => !s.inDeal);
  const namen = buiten
    .slice(0, 8)
    .map(([n]) => n)
    .join(", ");
  const r = [
    `Let op: ${plannenTekst(rapport.plannenBuitenDeal)} ${rapport.plannenBuitenDeal === 1 ? "hoort" : "horen"} bij ${telling(buiten.length, "gemeente", "gemeenten")} buiten de Woondeal Zuidoost Drenthe (${namen}${buiten.length > 8 ? ", …" : ""}).`,
    `  Deze woondeal geldt alleen voor ${GEMEENTEN.join(", ")}.`,
  ];
  if (rapport.dealGemeenten.length === 0)
    r.push("  Deze werkmap bevat geen plannen van die vier gemeenten.");
  r.push("");
  return r;
}

/** Groups in first-seen order by a key. */
function groepeer<T>(lijst: T[], sleutel: (x: T) => string): T[][] {
  const groepen = new Map<string, T[]>();
  for (const x of lijst) {
    const k = sleutel(x);
    const groep = groepen.get(k);
    if (groep) groep.push(x);
    else groepen.set(k, [x]);
  }
  return [...groepen.values()];
}

/** One severity's findings, by article and rule; one message on many rows is shown once. */
function ernstBlok(lijst: Bevinding[], perRegel: number): string[] {
  const r: string[] = [];
  // Grouped by article and rule: a rule whose findings cite different articles (art. 1a for
  // koop, art. 1g for huur) prints each finding under its own article.
  for (const groep of groepeer(lijst, (f) => `${f.article}\u0000${f.rule}`)) {
    const { article, rule } = groep[0];
    r.push(`  ${article} · ${REGEL_OP_CODE[rule]?.titel ?? rule} (${aantal(groep.length)})`);
    // The same message on many rows (e.g. one gemeente outside the deal) is shown once with its places.
    const meldingen = groepeer(groep, (f) => f.message);
    for (const zelfde of meldingen.slice(0, perRegel)) {
      const f = zelfde[0];
      const plaatsen =
        zelfde.length > 1
          ? `${plaatsVan(f)} en ${aantal(zelfde.length - 1)} andere cellen`
          : plaatsVan(f);
      r.push(f.sheet ? `    ${plaatsen}: ${f.message}` : `    ${f.message}`);
    }
    if (meldingen.length > perRegel)
      r.push(
        `    … en ${aantal(meldingen.length - perRegel)} meer (alle bevindingen staan in --json).`
      );
  }
  return r;
}

function samenvattingTekst(rapport: Rapport): string[] {
  const deal = Object.entries(rapport.samenvatting.perGemeente).filter(([, s]) => s.inDeal);
  const overig = Object.entries(rapport.samenvatting.perGemeente).filter(([, s]) => !s.inDeal);
  const r = ["", "Samenvatting per gemeente"];
  for (const [naam, s] of deal) r.push(...samenvattingRegel(naam, s));
  if (deal.length > 1) r.push(...samenvattingRegel(`${REGIO} (regio)`, rapport.samenvatting.regio));
  for (const [naam, s] of overig.slice(0, 5))
    r.push(...samenvattingRegel(`${naam} (buiten de woondeal)`, s));
  if (overig.length > 5)
    r.push(`  … en ${aantal(overig.length - 5)} gemeenten buiten de woondeal (zie --json).`);
  return r;
}

export function rapportAlsTekst(
  bestand: string,
  rapport: Rapport,
  opties: TekstOpties = {}
): string {
  const perRegel = opties.perRegel ?? 10;
  const k = (e: Ernst, t: string) => (opties.kleur ? `${KLEUR[e]}${t}\x1b[0m` : t);
  const r = kop(bestand, rapport);
  for (const blad of rapport.bladen) r.push(...bladTekst(blad));
  r.push("");
  r.push(...buitenDeal(rapport));
  const telling = telErnst(rapport.bevindingen);
  r.push(
    `Bevindingen: ${ernstTelling(telling.error, "error")}, ${ernstTelling(telling.warning, "warning")}, ${ernstTelling(telling.info, "info")}.`
  );
  for (const ernst of ["error", "warning", "info"] as Ernst[]) {
    const lijst = rapport.bevindingen.filter((f) => f.severity === ernst);
    if (!lijst.length) continue;
    r.push("", k(ernst, ERNST_LABEL[ernst].toUpperCase()));
    r.push(...ernstBlok(lijst, perRegel));
  }
  r.push(...samenvattingTekst(rapport));
  return r.join("\n") + "\n";
}
