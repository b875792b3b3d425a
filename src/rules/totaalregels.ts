/** Aggregate rules per gemeente and for the region (art. 3.2, 4.10, 6). */
import { GEMEENTEN, GemeenteNaam, REGIO } from "../deal/gemeenten";
import { aandeelVan } from "../deal/instellingen";
import { AFSPRAKEN } from "../deal/parameters";
import { PlanlijstBlad } from "../planlijst/lezer";
import { Bevinding, aantal, maakBevinding, procent } from "./bevinding";
import { ToetsContext } from "./context";
import { REGELS } from "./regels";
import { Samenvatting, SamenvattingResultaat } from "./samenvatting";

const { plancapaciteitFactor, betaalbaarAandeel, hardeCapaciteitJaren } = AFSPRAKEN;

/** Totals carry fractions (spread spans, one decimal): compare with a margin below float noise. */
const MARGE = 1e-6;
function minderDan(waarde: number, grens: number): boolean {
  return waarde < grens - MARGE;
}

function capaciteit(naam: string, s: Samenvatting, doelTekst: string, regio = false): Bevinding[] {
  if (s.target === null || s.coverage === null) return [];
  const plaats = { gemeente: naam };
  // 13 × 1.3 is 16.900000000000002 in floating point: round to the one decimal totals have.
  const nodig130 = Math.round(s.target * plancapaciteitFactor.waarde * 10) / 10;
  if (minderDan(s.netInPeriod, s.target)) {
    return [
      maakBevinding(
        regio ? REGELS.regioOpgave : REGELS.opgaveNietGedekt,
        plaats,
        `${naam}: netto plancapaciteit 2022–2030 is ${aantal(s.netInPeriod)} woningen, minder dan ${doelTekst} van ${aantal(s.target)} (dekking ${procent(s.coverage)}).`,
        { value: s.netInPeriod, limit: s.target }
      ),
    ];
  }
  if (minderDan(s.netInPeriod, nodig130)) {
    return [
      maakBevinding(
        REGELS.plancapaciteit130,
        plaats,
        `${naam}: plancapaciteit ${aantal(s.netInPeriod)} is ${procent(s.coverage)} van ${doelTekst}; art. 4.10 vraagt ten minste 130% (${aantal(nodig130)} woningen).`,
        { value: s.netInPeriod, limit: nodig130 }
      ),
    ];
  }
  return [];
}

function hardeCapaciteit(naam: string, s: Samenvatting, ctx: ToetsContext): Bevinding[] {
  const nodig = s.requiredNextFiveYears ?? s.plannedNextFiveYears;
  if (nodig <= 0 || !minderDan(s.hardNextFiveYears, nodig)) return [];
  const jaren = `${ctx.peiljaar}–${ctx.peiljaar + hardeCapaciteitJaren.waarde - 1}`;
  const basis =
    s.requiredNextFiveYears !== null
      ? `de jaarschijven uit bijlage 3 vragen ${aantal(nodig)}`
      : `de planlijst plant ${aantal(nodig)} woningen in die jaren`;
  return [
    maakBevinding(
      REGELS.hardeCapaciteit,
      { gemeente: naam },
      `${naam}: harde plancapaciteit voor ${jaren} is ${aantal(s.hardNextFiveYears)} woningen, maar ${basis}; art. 4.10 vraagt voldoende harde capaciteit voor de komende vijf jaar.`,
      { value: s.hardNextFiveYears, limit: nodig }
    ),
  ];
}

function betaalbaar(naam: string, s: Samenvatting): Bevinding[] {
  if (
    s.affordableShareFrom2025 === null ||
    !minderDan(s.affordableShareFrom2025, betaalbaarAandeel.waarde)
  )
    return [];
  return [
    maakBevinding(
      REGELS.betaalbaarAandeel,
      { gemeente: naam },
      `${naam}: ${procent(s.affordableShareFrom2025)} van de woningen met bekend segment vanaf 2025 is betaalbaar (${aantal(s.affordableFrom2025)} van ${aantal(s.knownSegmentFrom2025)}); art. 6 streeft naar ten minste twee derde.`,
      { value: Math.round(s.affordableShareFrom2025 * 1000) / 1000, limit: "2/3" }
    ),
  ];
}

export function toetsTotalen(
  bladen: PlanlijstBlad[],
  samenvatting: SamenvattingResultaat,
  ctx: ToetsContext
): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const blad of bladen) {
    if (!blad.isPlanlijst) continue;
    if (!blad.heeftJaarinformatie)
      uit.push(
        maakBevinding(
          REGELS.geenJaarinformatie,
          { sheet: blad.naam },
          `Blad ${blad.naam} heeft geen opleverjaar of jaarschijven; alle plannen tellen mee als oplevering binnen 2022–2030.`
        )
      );
    if (
      !blad.kolommen.some((k) => k.betekenis.soort === "veld" && k.betekenis.veld === "planstatus")
    )
      uit.push(
        maakBevinding(
          REGELS.geenPlanstatus,
          { sheet: blad.naam },
          `Blad ${blad.naam} heeft geen kolom planstatus; harde en zachte plancapaciteit (art. 4.10) zijn niet te bepalen.`
        )
      );
  }
  for (const g of GEMEENTEN) {
    const s = samenvatting.byGemeente[g];
    if (!s) continue;
    if (s.target === null)
      uit.push(
        maakBevinding(
          REGELS.aandeelNietIngesteld,
          { gemeente: g },
          `Gemeentelijk aandeel (bijlage 3) niet ingesteld voor ${g}; dekking en 130%-toets kunnen niet worden berekend. Vul het aandeel in bij Instellingen.`
        )
      );
    uit.push(
      ...capaciteit(g, s, "het gemeentelijk aandeel"),
      ...hardeCapaciteit(g, s, ctx),
      ...betaalbaar(g, s)
    );
  }
  const regio = samenvatting.region;
  if (regio.gemeenten.length === GEMEENTEN.length) {
    uit.push(
      ...capaciteit(REGIO, regio, "de versnellingsopgave", true),
      ...betaalbaar(REGIO, regio)
    );
    const sociaal = AFSPRAKEN.socialeHuurRegio.waarde;
    if (minderDan(regio.socialRent, sociaal))
      uit.push(
        maakBevinding(
          REGELS.socialeHuurRegio,
          { gemeente: REGIO },
          `${REGIO}: ${aantal(regio.socialRent)} sociale huurwoningen netto in 2022–2030; art. 6 vraagt ten minste ${aantal(sociaal)}.`,
          { value: regio.socialRent, limit: sociaal }
        )
      );
    const midden = AFSPRAKEN.middensegmentRegio.waarde;
    if (minderDan(regio.midRent, midden))
      uit.push(
        maakBevinding(
          REGELS.middensegmentRegio,
          { gemeente: REGIO },
          `${REGIO}: ${aantal(regio.midRent)} middenhuurwoningen netto in 2022–2030; art. 6 vraagt ten minste ${aantal(midden)} woningen in het middensegment.`,
          { value: regio.midRent, limit: midden }
        )
      );
  } else if (regio.gemeenten.length > 0) {
    uit.push(
      maakBevinding(
        REGELS.regioOnvolledig,
        {},
        `Deze controle bevat ${regio.gemeenten.join(", ")}; de regionale aantallen (4.177 woningen, 1.041 sociale huur, 476 middensegment) worden alleen getoetst met alle vier gemeenten.`
      )
    );
  }
  uit.push(...toetsAandelen(ctx));
  return uit;
}

/** The four aandelen of bijlage 3 must together be at least the regional 4,177 (art. 3.2). */
export function toetsAandelen(ctx: ToetsContext): Bevinding[] {
  const aandelen = GEMEENTEN.map(
    (g) => [g, aandeelVan(ctx.instellingen, g)] as [GemeenteNaam, number | undefined]
  );
  if (aandelen.some(([, a]) => a === undefined)) return [];
  const som = aandelen.reduce((s, [, a]) => s + (a ?? 0), 0);
  const regio = AFSPRAKEN.versnellingsopgaveRegio.waarde;
  if (som >= regio) return [];
  return [
    maakBevinding(
      REGELS.aandelenSom,
      {},
      `De ingestelde gemeentelijke aandelen tellen op tot ${aantal(som)}; volgens art. 3.2 is de versnellingsopgave van ${REGIO} ten minste ${aantal(regio)}. Controleer de instellingen (bijlage 3).`,
      { value: som, limit: regio }
    ),
  ];
}
