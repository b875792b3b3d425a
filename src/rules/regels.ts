/**
 * The catalogue of rules: code, the deal's force, severity, article and title. Severity
 * follows the deal's force (see Kracht in bevinding.ts), written down once here:
 * - error: contradicts a definition of the deal (art. 1) under every reasonable reading;
 * - warning: an aim or effort clause (streven, inspanning, "zetten in op") not met, or a
 *   definition whose reading is debatable;
 * - info: context.
 * docs/regels.md lists every rule with the deal's words and why it has its severity.
 */
import { ERNST_VAN_KRACHT, Ernst, Kracht, RegelDefinitie } from "./bevinding";

function regel(
  code: string,
  kracht: Kracht,
  artikel: string,
  titel: string,
  ernst: Ernst = ERNST_VAN_KRACHT[kracht]
): RegelDefinitie {
  return { code, ernst, kracht, artikel, titel };
}

export const REGELS = {
  // Rows: prices and segments (art. 1a, 1g)
  prijsSegment: regel("prijs-segment", "definitie", "art. 1a", "Prijs past niet bij het segment"),
  segmentOnderschat: regel(
    "segment-onderschat",
    "lezing",
    "art. 1a",
    "Prijs is betaalbaar, segment zegt duur"
  ),
  segmentOpPrijs: regel(
    "segment-op-prijs",
    "context",
    "art. 1a",
    "Segment geen segment van de woondeal: de prijs beslist"
  ),
  segmentOnbepaald: regel(
    "segment-onbepaald",
    "lezing",
    "art. 1a, 6",
    "Segment niet te bepalen zonder prijs"
  ),
  prijsSoort: regel("prijs-soort", "lezing", "art. 1a", "Onduidelijk of de prijs koop of huur is"),
  // Rows: numbers
  nettoSom: regel("netto-som", "definitie", "art. 3.2", "Netto is niet bruto min sloop"),
  jaarschijvenSom: regel(
    "jaarschijven-som",
    "invoer",
    "art. 3.2",
    "Jaarschijven tellen niet op tot het totaal",
    "error"
  ),
  geenAantal: regel("geen-aantal", "invoer", "art. 1k", "Plan zonder aantal woningen"),
  onleesbareCel: regel("onleesbare-cel", "invoer", "art. 1d", "Cel niet leesbaar", "error"),
  getalGeraden: regel("getal-geraden", "context", "art. 1d", "Getal uit tekst afgeleid"),
  // Rows: period and dates
  buitenPeriode: regel("buiten-periode", "invoer", "art. 3.1", "Oplevering buiten 2022–2030"),
  geenOpleverjaar: regel("geen-opleverjaar", "invoer", "art. 3.1", "Plan zonder opleverjaar"),
  planologischeStatus: regel(
    "planologische-status",
    "inspanning",
    "art. 4.9",
    "Plan met oplevering t/m 2024 nog zonder planologische status"
  ),
  pmPlan: regel("pm-plan", "inspanning", "art. 4.9, 11.2", "PM-plan zonder locatie of programma"),
  // Rows: who and what
  gemeenteBuitenDeal: regel(
    "gemeente-buiten-deal",
    "definitie",
    "art. 3.2",
    "Gemeente hoort niet bij deze woondeal"
  ),
  gemeenteOntbreekt: regel("gemeente-ontbreekt", "invoer", "art. 3.2", "Gemeente onbekend"),
  planstatusOnbekend: regel("planstatus-onbekend", "invoer", "art. 4.10", "Planstatus onbekend"),
  dubbelPlan: regel("dubbel-plan", "invoer", "art. 1d", "Plan staat dubbel in de planlijst"),
  // Sheets: what the reader left out or counts without Excel showing it
  invoerBegrensd: regel("invoer-begrensd", "invoer", "art. 1d", "Deel van het blad niet gelezen"),
  verborgenBlad: regel("verborgen-blad", "context", "art. 1d", "Verborgen blad"),
  verborgenRijen: regel("verborgen-rijen", "context", "art. 1d", "Verborgen rijen"),
  // Aggregates per gemeente and region
  aandeelNietIngesteld: regel(
    "aandeel-niet-ingesteld",
    "context",
    "art. 1c, bijlage 3",
    "Gemeentelijk aandeel niet ingesteld"
  ),
  opgaveNietGedekt: regel(
    "opgave-niet-gedekt",
    "inspanning",
    "art. 3.2",
    "Netto plancapaciteit onder de opgave"
  ),
  plancapaciteit130: regel(
    "plancapaciteit-130",
    "inspanning",
    "art. 4.10",
    "Minder dan 130% plancapaciteit"
  ),
  hardeCapaciteit: regel(
    "harde-capaciteit",
    "inspanning",
    "art. 4.10",
    "Harde plancapaciteit onder de jaarschijven van vijf jaar"
  ),
  hardeCapaciteitStand: regel(
    "harde-capaciteit-stand",
    "context",
    "art. 4.10",
    "Harde plancapaciteit voor de komende vijf jaar"
  ),
  betaalbaarAandeel: regel(
    "betaalbaar-aandeel",
    "streven",
    "art. 6",
    "Minder dan twee derde betaalbaar vanaf 2025"
  ),
  socialeHuurRegio: regel(
    "sociale-huur-regio",
    "streven",
    "art. 6",
    "Minder dan 1.041 sociale huurwoningen"
  ),
  middensegmentRegio: regel(
    "middensegment-regio",
    "streven",
    "art. 6",
    "Minder dan 476 woningen middensegment"
  ),
  segmentDoelGemeente: regel(
    "segment-doel-gemeente",
    "streven",
    "art. 6, bijlage 3",
    "Minder dan het ingestelde aantal van de gemeente"
  ),
  regioOpgave: regel(
    "regio-opgave",
    "inspanning",
    "art. 3.2, 4.10",
    "Regionale opgave niet gedekt"
  ),
  aandelenSom: regel(
    "aandelen-som",
    "definitie",
    "art. 3.2, bijlage 3",
    "Gemeentelijke aandelen samen minder dan 4.177"
  ),
  regioOnvolledig: regel(
    "regio-onvolledig",
    "context",
    "art. 3.2",
    "Niet alle vier gemeenten in deze controle"
  ),
  geenJaarinformatie: regel(
    "geen-jaarinformatie",
    "context",
    "art. 3.1",
    "Planlijst zonder opleverjaren"
  ),
  geenPlanstatus: regel("geen-planstatus", "context", "art. 4.10", "Planlijst zonder planstatus"),
  kolomNietHerkend: regel("kolom-niet-herkend", "context", "art. 1d", "Kolom niet herkend"),
  kolomNietGebruikt: regel(
    "kolom-niet-gebruikt",
    "invoer",
    "art. 1d",
    "Gevulde kolom niet gebruikt"
  ),
  // Comparing a planlijst with the previous round (art. 8.1; src/vergelijking)
  koppelingOnzeker: regel(
    "koppeling-onzeker",
    "invoer",
    "art. 8.1",
    "Plan niet eenduidig te koppelen aan de vorige planlijst"
  ),
  koppelingOpNaam: regel(
    "koppeling-op-naam",
    "context",
    "art. 8.1",
    "Plan gekoppeld op een gewijzigde naam of Plan-ID"
  ),
  koppelingOpId: regel(
    "koppeling-op-id",
    "context",
    "art. 8.1",
    "Plan gekoppeld op Plan-ID, met een andere naam"
  ),
  planVervallen: regel("plan-vervallen", "context", "art. 7.2", "Plan niet meer in de planlijst"),
  planNieuw: regel("plan-nieuw", "context", "art. 7.3", "Nieuw plan sinds de vorige planlijst"),
  planGesplitst: regel("plan-gesplitst", "context", "art. 7.2", "Plan gesplitst"),
  plannenSamengevoegd: regel("plannen-samengevoegd", "context", "art. 7.2", "Plannen samengevoegd"),
  aantalGewijzigd: regel("aantal-gewijzigd", "context", "art. 7.2", "Netto aantal gewijzigd"),
  hardheidGewijzigd: regel(
    "hardheid-gewijzigd",
    "context",
    "art. 4.10",
    "Plan hard of zacht geworden"
  ),
  opleverjaarVerschoven: regel(
    "opleverjaar-verschoven",
    "context",
    "art. 7.2",
    "Opleverjaar verschoven"
  ),
  segmentGewijzigd: regel("segment-gewijzigd", "context", "art. 1a, 6", "Segment gewijzigd"),
  planOpgeleverd: regel(
    "plan-opgeleverd",
    "context",
    "art. 8.1",
    "Plan opgeleverd sinds de vorige planlijst"
  ),
  totaalLager: regel(
    "totaal-lager",
    "lezing",
    "art. 7.2",
    "Netto plancapaciteit lager dan in de vorige planlijst"
  ),
  totaalRondes: regel(
    "totaal-rondes",
    "context",
    "art. 7.2",
    "Netto plancapaciteit in de vorige en deze planlijst"
  ),
  dekkingNietGehandhaafd: regel(
    "dekking-niet-gehandhaafd",
    "streven",
    "art. 4.10",
    "Niveau van 130% plancapaciteit niet gehandhaafd"
  ),
  dekkingRondes: regel(
    "dekking-rondes",
    "context",
    "art. 4.10",
    "Dekking in de vorige en deze planlijst"
  ),
  hardeCapaciteitRondes: regel(
    "harde-capaciteit-rondes",
    "inspanning",
    "art. 4.10",
    "Harde plancapaciteit voor vijf jaar onder de jaarschijven"
  ),
  hardeCapaciteitRondesStand: regel(
    "harde-capaciteit-rondes-stand",
    "context",
    "art. 4.10",
    "Harde plancapaciteit voor vijf jaar in de vorige en deze planlijst"
  ),
  leveringAchter: regel(
    "levering-achter",
    "inspanning",
    "art. 8.3",
    "Opleveringen achter bij de jaarschijven"
  ),
  leveringRondes: regel(
    "levering-rondes",
    "context",
    "art. 8.3",
    "Opleveringen in de vorige en deze planlijst"
  ),
  // Consolidating several planlijsten and summary workbooks for the province (art. 8.1; src/consolidatie)
  formuleFout: regel(
    "formule-fout",
    "invoer",
    "art. 8.1",
    "Formule met een foutwaarde (zoals #VERW!)"
  ),
  samenvattingCel: regel(
    "samenvatting-cel",
    "invoer",
    "art. 8.1",
    "Cijfer in een samenvatting per gemeente niet leesbaar",
    "error"
  ),
  samenvattingSom: regel(
    "samenvatting-som",
    "invoer",
    "art. 8.1",
    "Totalen in een samenvatting per gemeente tellen niet op"
  ),
  bestandNietGelezen: regel(
    "bestand-niet-gelezen",
    "invoer",
    "art. 8.1",
    "Bestand niet te lezen",
    "error"
  ),
  geenPlanlijst: regel(
    "geen-planlijst",
    "invoer",
    "art. 8.1",
    "Geen planlijst of samenvatting in het bestand",
    "error"
  ),
} as const satisfies Record<string, RegelDefinitie>;

export const REGEL_OP_CODE: Record<string, RegelDefinitie> = Object.fromEntries(
  Object.values(REGELS).map((r) => [r.code, r])
);
