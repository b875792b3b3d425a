/** Aggregate rules per gemeente and for the region (art. 3.2, 4.10, 6). */
import { GEMEENTEN, GemeenteNaam, REGIO } from "../deal/gemeenten";
import { aandelenStand } from "../deal/instellingen";
import { AFSPRAKEN, PERIODE } from "../deal/parameters";
import { PlanlijstBlad, bladHeeftVeld } from "../planlijst/lezer";
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

/** Where net capacity stands against the aandeel (art. 3.2) and the 130% of art. 4.10. */
export type Dekkingsniveau = "onder-aandeel" | "onder-130" | "gedekt";

/** 130% of a target, rounded to the one decimal totals have (13 × 1.3 is 16.900000000000002). */
function nodig130(target: number): number {
  return Math.round(target * plancapaciteitFactor.waarde * 10) / 10;
}

/**
 * The coverage classification of art. 3.2 and 4.10 (what the rules report and the pane's
 * meter colours); undefined without a target.
 */
export function dekkingsniveau(
  s: Pick<Samenvatting, "doel" | "nettoInPeriode">
): Dekkingsniveau | undefined {
  if (s.doel === null) return undefined;
  if (minderDan(s.nettoInPeriode, s.doel)) return "onder-aandeel";
  return minderDan(s.nettoInPeriode, nodig130(s.doel)) ? "onder-130" : "gedekt";
}

/** Art. 6: the affordable share from 2025 reaches two thirds; undefined without known segments. */
export function betaalbaarGehaald(
  s: Pick<Samenvatting, "aandeelBetaalbaarVanaf2025">
): boolean | undefined {
  if (s.aandeelBetaalbaarVanaf2025 === null) return undefined;
  return !minderDan(s.aandeelBetaalbaarVanaf2025, betaalbaarAandeel.waarde);
}

function capaciteit(naam: string, s: Samenvatting, doelTekst: string, regio = false): Bevinding[] {
  const niveau = dekkingsniveau(s);
  if (s.doel === null || s.dekking === null || niveau === undefined) return [];
  const plaats = { gemeente: naam };
  if (niveau === "onder-aandeel") {
    return [
      maakBevinding(
        regio ? REGELS.regioOpgave : REGELS.opgaveNietGedekt,
        plaats,
        `${naam}: netto plancapaciteit 2022–2030 is ${aantal(s.nettoInPeriode)} woningen, minder dan ${doelTekst} van ${aantal(s.doel)} (dekking ${procent(s.dekking)}); art. 3.2: ${regio ? "de gemeenten spreken af de bouw van netto minimaal 4.177 woningen te versnellen" : "elke gemeente neemt ten minste haar deel van de versnellingsopgave voor haar rekening"}.`,
        { value: s.nettoInPeriode, limit: s.doel }
      ),
    ];
  }
  if (niveau === "onder-130") {
    const nodig = nodig130(s.doel);
    return [
      maakBevinding(
        REGELS.plancapaciteit130,
        plaats,
        `${naam}: plancapaciteit ${aantal(s.nettoInPeriode)} is ${procent(s.dekking)} van ${doelTekst}; volgens art. 4.10 spannen de gemeenten zich in om ten minste 130% plancapaciteit te behouden (${aantal(nodig)} woningen).`,
        { value: s.nettoInPeriode, limit: nodig }
      ),
    ];
  }
  return [];
}

/**
 * Art. 4.10: "Er wordt ingezet op voldoende harde plancapaciteit voor de realisatie van de
 * woningbouwproductie voor de komende vijf jaren." With bijlage 3 jaarschijven: hard capacity
 * in those years against their sum (warning when short). Without them the production the
 * deal means is not known: the hard capacity and hard share are context (info), never held
 * against the list's own schedule.
 */
function hardeCapaciteit(naam: string, s: Samenvatting, ctx: ToetsContext): Bevinding[] {
  const tot = ctx.peiljaar + hardeCapaciteitJaren.waarde - 1;
  const jaren = `${ctx.peiljaar}–${tot}`;
  if (s.vereistKomendeVijfJaar !== null) {
    if (!minderDan(s.hardKomendeVijfJaar, s.vereistKomendeVijfJaar)) return [];
    const schijven = `${ctx.peiljaar}–${Math.min(tot, PERIODE.tot)}`;
    return [
      maakBevinding(
        REGELS.hardeCapaciteit,
        { gemeente: naam },
        `${naam}: harde plancapaciteit met oplevering in ${jaren} is ${aantal(s.hardKomendeVijfJaar)} woningen; de jaarschijven uit bijlage 3 voor ${schijven} tellen op tot ${aantal(s.vereistKomendeVijfJaar)}. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de woningbouwproductie van de komende vijf jaren.`,
        { value: s.hardKomendeVijfJaar, limit: s.vereistKomendeVijfJaar }
      ),
    ];
  }
  if (s.komendeVijfJaar <= 0) return [];
  const aandeel = s.hardKomendeVijfJaar / s.komendeVijfJaar;
  return [
    maakBevinding(
      REGELS.hardeCapaciteitStand,
      { gemeente: naam },
      `${naam}: harde plancapaciteit met oplevering in ${jaren} is ${aantal(s.hardKomendeVijfJaar)} van de ${aantal(s.komendeVijfJaar)} woningen die de planlijst in die jaren plant (${procent(aandeel)} hard). Zonder jaarschijven uit bijlage 3 is de productie waar art. 4.10 voldoende harde capaciteit voor vraagt niet ingesteld; vul ze in bij Instellingen om dit te toetsen.`,
      { value: s.hardKomendeVijfJaar }
    ),
  ];
}

/** Art. 6 via bijlage 3 / prestatieafspraken: the gemeente's own sociale huur and middensegment numbers, when set. */
function segmentDoelen(g: GemeenteNaam, s: Samenvatting, ctx: ToetsContext): Bevinding[] {
  const inst = ctx.instellingen.gemeenten[g];
  const uit: Bevinding[] = [];
  const doelen: [number | undefined, number, string][] = [
    [inst?.socialeHuur, s.socialeHuur, "sociale huurwoningen"],
    [inst?.middensegment, s.middenhuur, "woningen in het middensegment (middenhuur)"],
  ];
  for (const [doel, waarde, wat] of doelen) {
    if (doel === undefined || !minderDan(waarde, doel)) continue;
    uit.push(
      maakBevinding(
        REGELS.segmentDoelGemeente,
        { gemeente: g },
        `${g}: ${aantal(waarde)} ${wat} netto in 2022–2030 (segment op prijs waar die bekend is); ingesteld voor ${g} (bijlage 3 of prestatieafspraken) is ${aantal(doel)}. Art. 6: partijen zetten in op deze aantallen.`,
        { value: waarde, limit: doel }
      )
    );
  }
  return uit;
}

function betaalbaar(naam: string, s: Samenvatting): Bevinding[] {
  if (s.aandeelBetaalbaarVanaf2025 === null || betaalbaarGehaald(s) !== false) return [];
  return [
    maakBevinding(
      REGELS.betaalbaarAandeel,
      { gemeente: naam },
      `${naam}: ${procent(s.aandeelBetaalbaarVanaf2025)} van de woningen met bekend segment vanaf 2025 is betaalbaar (${aantal(s.betaalbaarVanaf2025)} van ${aantal(s.segmentBekendVanaf2025)}, segment op prijs waar die bekend is)${s.segmentOnbekendVanaf2025 > 0 ? `; ${aantal(s.segmentOnbekendVanaf2025)} woningen zonder bepaalbaar segment tellen niet mee` : ""}. Art. 6: partijen zetten in op het streven naar ten minste twee derde betaalbare huur- en koopwoningen vanaf 2025.`,
      { value: Math.round(s.aandeelBetaalbaarVanaf2025 * 1000) / 1000, limit: "2/3" }
    ),
  ];
}

/** The rules over totals: per sheet, per gemeente, for the region, and the aandelen's sum. */
export function toetsTotalen(
  bladen: PlanlijstBlad[],
  samenvatting: SamenvattingResultaat,
  ctx: ToetsContext
): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const blad of bladen) if (blad.isPlanlijst) uit.push(...ontbrekendeKolommen(blad));
  for (const g of GEMEENTEN) {
    const s = samenvatting.perGemeente[g];
    if (s) uit.push(...gemeenteTotalen(g, s, ctx));
  }
  uit.push(...regioTotalen(samenvatting.regio));
  uit.push(...toetsAandelen(ctx));
  return uit;
}

/** A planlijst sheet without years (all count in 2022–2030) or without a planstatus column. */
function ontbrekendeKolommen(blad: PlanlijstBlad): Bevinding[] {
  const uit: Bevinding[] = [];
  if (!blad.heeftJaarinformatie)
    uit.push(
      maakBevinding(
        REGELS.geenJaarinformatie,
        { sheet: blad.naam },
        `Blad ${blad.naam} heeft geen opleverjaar of jaarschijven; alle plannen tellen mee als oplevering binnen 2022–2030.`
      )
    );
  if (!bladHeeftVeld(blad, "planstatus"))
    uit.push(
      maakBevinding(
        REGELS.geenPlanstatus,
        { sheet: blad.naam },
        `Blad ${blad.naam} heeft geen kolom planstatus; harde en zachte plancapaciteit (art. 4.10) zijn niet te bepalen.`
      )
    );
  return uit;
}

/** One gemeente's totals: its aandeel set, capacity (art. 3.2, 4.10), betaalbaar share and segment numbers (art. 6). */
function gemeenteTotalen(g: GemeenteNaam, s: Samenvatting, ctx: ToetsContext): Bevinding[] {
  const uit: Bevinding[] = [];
  if (s.doel === null)
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
    ...betaalbaar(g, s),
    ...segmentDoelen(g, s, ctx)
  );
  return uit;
}

/**
 * The region's totals against the versnellingsopgave and art. 6's regional numbers, only with
 * all four gemeenten; with some, a note that the region is not checked.
 */
function regioTotalen(regio: SamenvattingResultaat["regio"]): Bevinding[] {
  if (regio.gemeenten.length !== GEMEENTEN.length)
    return regio.gemeenten.length > 0
      ? [
          maakBevinding(
            REGELS.regioOnvolledig,
            {},
            `Deze controle bevat ${regio.gemeenten.join(", ")}; de regionale aantallen (4.177 woningen, 1.041 sociale huur, 476 middensegment) worden alleen getoetst met alle vier gemeenten.`
          ),
        ]
      : [];
  const uit = [
    ...capaciteit(REGIO, regio, "de versnellingsopgave", true),
    ...betaalbaar(REGIO, regio),
  ];
  const sociaal = AFSPRAKEN.socialeHuurRegio.waarde;
  if (minderDan(regio.socialeHuur, sociaal))
    uit.push(
      maakBevinding(
        REGELS.socialeHuurRegio,
        { gemeente: REGIO },
        `${REGIO}: ${aantal(regio.socialeHuur)} sociale huurwoningen netto in 2022–2030 (segment op prijs waar die bekend is); art. 6: in ${REGIO} wordt ingezet op ten minste ${aantal(sociaal)}.`,
        { value: regio.socialeHuur, limit: sociaal }
      )
    );
  const midden = AFSPRAKEN.middensegmentRegio.waarde;
  if (minderDan(regio.middenhuur, midden))
    uit.push(
      maakBevinding(
        REGELS.middensegmentRegio,
        { gemeente: REGIO },
        `${REGIO}: ${aantal(regio.middenhuur)} middenhuurwoningen netto in 2022–2030 (segment op prijs waar die bekend is); art. 6: in ${REGIO} wordt ingezet op ten minste ${aantal(midden)} woningen in het middensegment.`,
        { value: regio.middenhuur, limit: midden }
      )
    );
  return uit;
}

/** The four aandelen of bijlage 3 must together be at least the regional 4,177 (art. 3.2). */
export function toetsAandelen(ctx: ToetsContext): Bevinding[] {
  const { som, regio, tekort } = aandelenStand(ctx.instellingen);
  if (!tekort) return [];
  return [
    maakBevinding(
      REGELS.aandelenSom,
      {},
      `De ingestelde gemeentelijke aandelen tellen op tot ${aantal(som)}; volgens art. 3.2 is de versnellingsopgave van ${REGIO} ten minste ${aantal(regio)}. Controleer de instellingen (bijlage 3).`,
      { value: som, limit: regio }
    ),
  ];
}
