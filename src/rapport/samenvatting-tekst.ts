/**
 * A consolidation as text for the terminal: what was read per workbook, the duplicates, the
 * figures per gemeente and for the region, and the count of findings (all of them are in the
 * Bevindingen sheet).
 */
import type { BestandVerslag, Consolidatie } from "../consolidatie";
import { GEMEENTEN, REGIO } from "../deal/gemeenten";
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { aantal, procent } from "../rules/bevinding";
import { Samenvatting } from "../rules/samenvatting";
import { telErnst } from "../rules/toets";
import { datumNl, plannenTekst } from "./opmaak";

function gemeenteRegel(
  naam: string,
  s: Samenvatting,
  peiljaar: number,
  onvolledig?: string[]
): string {
  const delen = [`netto ${PERIODE.van}–${PERIODE.tot} ${aantal(s.nettoInPeriode)}`];
  if (s.doel === null) delen.push("aandeel niet ingesteld");
  else if (onvolledig)
    delen.push(
      `opgave ${aantal(s.doel)} niet getoetst: alleen ${onvolledig.length ? onvolledig.join(", ") : "geen gemeenten"} (de regio vraagt alle vier)`
    );
  else
    delen.push(
      `opgave ${aantal(s.doel)}, dekking ${procent(s.dekking ?? 0)}${(s.dekking ?? 0) < 1 ? " (onder 100%)" : (s.dekking ?? 0) < AFSPRAKEN.plancapaciteitFactor.waarde ? " (onder 130%)" : ""}`
    );
  const nodig = s.vereistKomendeVijfJaar ?? s.komendeVijfJaar;
  delen.push(
    `hard ${peiljaar}–${peiljaar + 4} ${aantal(s.hardKomendeVijfJaar)}${nodig > 0 ? ` van ${aantal(nodig)} ${s.vereistKomendeVijfJaar !== null ? "vereist" : "gepland"}` : ""}`
  );
  delen.push(
    `betaalbaar vanaf 2025 ${s.aandeelBetaalbaarVanaf2025 === null ? "onbekend" : procent(s.aandeelBetaalbaarVanaf2025)}`
  );
  return `  ${naam}: ${delen.join(" · ")} (${plannenTekst(s.plannen)})`;
}

/** One line per workbook: what was read, or why not. */
function bestandRegel(b: BestandVerslag): string {
  if (b.fout) return `  ${b.naam}: NIET GELEZEN — ${b.fout}`;
  const lijsten = b.bladen.filter((x) => x.soort === "planlijst");
  const samen = b.bladen.filter((x) => x.soort === "samenvatting");
  const fouten = b.bladen.reduce((n, x) => n + x.foutCellen, 0);
  const delen: string[] = [];
  if (lijsten.length) {
    const gem = [...new Set(lijsten.flatMap((x) => x.gemeenten))];
    delen.push(
      `${lijsten.length} ${lijsten.length === 1 ? "planlijst" : "planlijsten"}, ${plannenTekst(b.plannen)}${gem.length ? ` (${gem.join(", ")})` : ""}`
    );
  }
  for (const s of samen)
    delen.push(
      `samenvatting per gemeente in blad ${s.naam}${s.gemeenten.length ? ` (${s.gemeenten.join(", ")})` : " (geen gemeenten van de woondeal)"}`
    );
  if (fouten)
    delen.push(
      `${aantal(fouten)} ${fouten === 1 ? "cel" : "cellen"} met een foutwaarde zoals #VERW!`
    );
  return `  ${b.naam}: ${delen.join("; ")}`;
}

/** The four gemeenten (with what a summary per gemeente says), the region, and plans outside the deal. */
function gemeenteRegels(c: Consolidatie): string[] {
  const r = c.rapport;
  const peiljaar = Number(r.peildatum.slice(0, 4));
  const uit: string[] = [];
  for (const g of GEMEENTEN) {
    const s = r.samenvatting.perGemeente[g];
    const sv = c.samenvattingen.filter((x) => x.gemeente === g);
    const svTekst = sv.length
      ? ` Volgens samenvatting: ${sv.map((x) => `${aantal(x.totalen.totaal ?? (x.totalen.hard ?? 0) + (x.totalen.zacht ?? 0))} (${x.bestand}, blad ${x.blad}, rij ${x.rij})`).join("; ")}.`
      : "";
    uit.push(
      s
        ? gemeenteRegel(g, s, peiljaar) + (svTekst ? `\n   ${svTekst.trim()}` : "")
        : `  ${g}: geen planlijst.${svTekst}`
    );
  }
  const regio = r.samenvatting.regio;
  uit.push(
    gemeenteRegel(
      `Regio ${REGIO}`,
      regio,
      peiljaar,
      regio.gemeenten.length < GEMEENTEN.length ? regio.gemeenten : undefined
    )
  );
  if (r.plannenBuitenDeal)
    uit.push(
      `  Buiten de woondeal: ${plannenTekst(r.plannenBuitenDeal)} (niet meegeteld in de regio).`
    );
  return uit;
}

/** The consolidation for the terminal (the door escapes what it prints). */
export function consolidatieAlsTekst(c: Consolidatie): string {
  const uit: string[] = [];
  uit.push(
    `Woondeal-toets · samenvatting van ${c.bestanden.length} ${c.bestanden.length === 1 ? "bestand" : "bestanden"} · peildatum ${datumNl(c.rapport.peildatum)}`
  );
  for (const b of c.bestanden) uit.push(bestandRegel(b));
  if (c.dubbel.length) {
    const over = c.dubbel.filter((d) => !d.binnenBestand).length;
    uit.push(
      `Dubbel: ${aantal(c.dubbel.length)} ${c.dubbel.length === 1 ? "plan staat" : "plannen staan"} twee keer${over ? ` (${aantal(over)} in verschillende bestanden)` : ""}; elk telt één keer mee.`
    );
  }
  uit.push("");
  uit.push(
    `Per gemeente (netto in ${PERIODE.van}–${PERIODE.tot}, opgave en dekking, harde capaciteit komende vijf jaar, betaalbaar deel):`
  );
  uit.push(...gemeenteRegels(c));
  const t = telErnst(c.bevindingen.map((b) => b.bevinding));
  uit.push("");
  uit.push(
    `Bevindingen: ${aantal(t.error)} fouten, ${aantal(t.warning)} waarschuwingen, ${aantal(t.info)} ter informatie (alle in het blad Bevindingen).`
  );
  return uit.join("\n") + "\n";
}
