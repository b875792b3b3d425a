/** The check report as readable Dutch text for the terminal. */
import { GEMEENTEN, REGIO } from "../deal";
import { VELD_LABEL } from "../planlijst";
import {
  Bevinding,
  ERNST_LABEL,
  Ernst,
  aantal,
  euro,
  procent,
  REGEL_OP_CODE,
  Samenvatting,
  doelgroepenTekst,
  Rapport,
  hardheidTekst,
  telErnst,
} from "../rules";

export interface TekstOpties {
  /** Findings shown per rule before "… en N meer". */
  perRegel?: number;
  kleur?: boolean;
}

const KLEUR: Record<Ernst, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const MEERVOUD: Record<Ernst, [string, string]> = {
  error: ["fout", "fouten"],
  warning: ["waarschuwing", "waarschuwingen"],
  info: ["melding ter informatie", "meldingen ter informatie"],
};

function datumNl(iso: string): string {
  const [j, m, d] = iso.split("-");
  return `${d}-${m}-${j}`;
}

function tel(n: number, e: Ernst): string {
  return `${aantal(n)} ${MEERVOUD[e][n === 1 ? 0 : 1]}`;
}

export function plaatsVan(b: Bevinding): string {
  if (b.sheet && b.row && b.column) return `${b.sheet}!${b.column}${b.row}`;
  if (b.sheet && b.row) return `${b.sheet} rij ${b.row}`;
  if (b.sheet) return b.sheet;
  return b.gemeente ?? "werkmap";
}

function samenvattingRegel(naam: string, s: Samenvatting): string[] {
  const r: string[] = [];
  r.push(
    `  ${naam}: ${aantal(s.plans)} plannen · bruto ${aantal(s.bruto)} · sloop ${aantal(s.sloop)} · netto ${aantal(s.net)} (in 2022–2030: ${aantal(s.netInPeriod)})`
  );
  r.push(
    `    hard ${aantal(s.hard)} · zacht ${aantal(s.soft)} · status onbekend ${aantal(s.unknownStatus)}`
  );
  if (s.inDeal) {
    r.push(
      `    sociale huur ${aantal(s.socialRent)} · middenhuur ${aantal(s.midRent)} · betaalbare koop ${aantal(s.affordableBuy)} · dure huur ${aantal(s.expensiveRent)} · dure koop ${aantal(s.expensiveBuy)} · segment onbekend ${aantal(s.unknownSegment)}`
    );
    r.push(
      `    betaalbaar vanaf 2025: ${s.affordableShareFrom2025 === null ? "onbekend (geen segmenten)" : procent(s.affordableShareFrom2025)} (doel ten minste 66,7%)`
    );
    r.push(
      s.target === null
        ? "    opgave: gemeentelijk aandeel (bijlage 3) niet ingesteld"
        : `    opgave ${aantal(s.target)} · dekking ${procent(s.coverage ?? 0)} (doel ten minste 130%)`
    );
    r.push(
      `    flexwoningen ${aantal(s.flex)} · transformatie ${aantal(s.transformation)} (art. 4.13)`
    );
    const groepen = doelgroepenTekst(s);
    if (groepen) r.push(`    doelgroepen: ${groepen}`);
  }
  return r;
}

export function rapportAlsTekst(
  bestand: string,
  rapport: Rapport,
  opties: TekstOpties = {}
): string {
  const perRegel = opties.perRegel ?? 10;
  const k = (e: Ernst, t: string) => (opties.kleur ? `${KLEUR[e]}${t}\x1b[0m` : t);
  const r: string[] = [];
  const g = rapport.grenzen;
  r.push(`Woondeal-toets · controle van ${bestand}`);
  r.push(
    `Peildatum ${datumNl(rapport.referenceDate)} · prijsgrenzen ${rapport.grensjaar === undefined ? "van de woondeal (peildatum 1 januari 2022)" : `van ${rapport.grensjaar}`}: betaalbare koop ${euro(g.koop)}, huur ${euro(g.huur)}, sociale huur ${rapport.grensjaar === undefined ? "tot de liberalisatiegrens van het opleverjaar (de woondeal legt die niet vast)" : euro(g.socialeHuur)}`
  );
  r.push(`Planstatus: ${hardheidTekst(rapport.hardheid)}`);
  r.push("");
  for (const blad of rapport.bladen) {
    if (blad.isPlanlijst) {
      const velden = blad.kolommen
        .filter((c) => c.betekenis.soort === "veld")
        .map(
          (c) => `${c.betekenis.soort === "veld" ? VELD_LABEL[c.betekenis.veld] : ""} ${c.letters}`
        );
      const schijven = blad.kolommen.filter(
        (c) => c.betekenis.soort === "jaarschijf" || c.betekenis.soort === "jaarschijf-onbekend"
      ).length;
      r.push(
        `Blad "${blad.naam}": planlijst met ${aantal(blad.plannen.length)} plannen, kopregel op rij ${blad.kopRij}${blad.gemeente ? `, gemeente ${blad.gemeente}` : ""}.`
      );
      r.push(
        `  Herkend: ${velden.join(", ")}${schijven ? `, ${schijven} kolommen jaarschijven` : ""}.`
      );
      if (blad.onbekendeKoppen.length)
        r.push(
          `  Niet gebruikt: ${blad.onbekendeKoppen.map((o) => `${o.kop} (${o.kolom})`).join(", ")}.`
        );
    } else {
      r.push(`Blad "${blad.naam}": geen planlijst (${blad.reden}).`);
    }
  }
  r.push("");
  if (rapport.plannenBuitenDeal > 0) {
    const buiten = Object.entries(rapport.summary.byGemeente).filter(([, s]) => !s.inDeal);
    const namen = buiten
      .slice(0, 8)
      .map(([n]) => n)
      .join(", ");
    r.push(
      `Let op: ${aantal(rapport.plannenBuitenDeal)} plannen horen bij ${aantal(buiten.length)} gemeenten buiten de Woondeal Zuidoost Drenthe (${namen}${buiten.length > 8 ? ", …" : ""}).`
    );
    r.push(`  Deze woondeal geldt alleen voor ${GEMEENTEN.join(", ")}.`);
    if (rapport.dealGemeenten.length === 0)
      r.push("  Deze werkmap bevat geen plannen van die vier gemeenten.");
    r.push("");
  }
  const telling = telErnst(rapport.findings);
  r.push(
    `Bevindingen: ${tel(telling.error, "error")}, ${tel(telling.warning, "warning")}, ${tel(telling.info, "info")}.`
  );
  for (const ernst of ["error", "warning", "info"] as Ernst[]) {
    const lijst = rapport.findings.filter((f) => f.severity === ernst);
    if (!lijst.length) continue;
    r.push("");
    r.push(k(ernst, ERNST_LABEL[ernst].toUpperCase()));
    // Grouped by article and rule: a rule whose findings cite different articles (art. 1a for
    // koop, art. 1g for huur) prints each finding under its own article.
    const perArtikel = new Map<string, Bevinding[]>();
    for (const f of lijst) {
      const sleutel = `${f.article}\u0000${f.rule}`;
      const groep = perArtikel.get(sleutel);
      if (groep) groep.push(f);
      else perArtikel.set(sleutel, [f]);
    }
    for (const groep of perArtikel.values()) {
      const { article, rule } = groep[0];
      const titel = REGEL_OP_CODE[rule]?.titel ?? rule;
      r.push(`  ${article} · ${titel} (${aantal(groep.length)})`);
      // The same message on many rows (e.g. one gemeente outside the deal) is shown once with its places.
      const perMelding = new Map<string, Bevinding[]>();
      for (const f of groep) {
        const zelfde = perMelding.get(f.message);
        if (zelfde) zelfde.push(f);
        else perMelding.set(f.message, [f]);
      }
      const meldingen = [...perMelding.values()];
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
  }
  const deal = Object.entries(rapport.summary.byGemeente).filter(([, s]) => s.inDeal);
  const overig = Object.entries(rapport.summary.byGemeente).filter(([, s]) => !s.inDeal);
  r.push("");
  r.push("Samenvatting per gemeente");
  for (const [naam, s] of deal) r.push(...samenvattingRegel(naam, s));
  if (deal.length > 1) r.push(...samenvattingRegel(`${REGIO} (regio)`, rapport.summary.region));
  for (const [naam, s] of overig.slice(0, 5))
    r.push(...samenvattingRegel(`${naam} (buiten de woondeal)`, s));
  if (overig.length > 5)
    r.push(`  … en ${aantal(overig.length - 5)} gemeenten buiten de woondeal (zie --json).`);
  return r.join("\n") + "\n";
}
