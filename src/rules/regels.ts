/** The catalogue of rules: code, severity, article and title. Severity follows the deal's force:
 * a breach of a definition is an error, a target not (yet) met is a warning, context is info. */
import { RegelDefinitie } from "./bevinding";

function regel(
  code: string,
  ernst: RegelDefinitie["ernst"],
  artikel: string,
  titel: string
): RegelDefinitie {
  return { code, ernst, artikel, titel };
}

export const REGELS = {
  // Rows: prices and segments (art. 1a, 1g)
  prijsSegment: regel("prijs-segment", "error", "art. 1a", "Prijs past niet bij het segment"),
  segmentOnderschat: regel(
    "segment-onderschat",
    "warning",
    "art. 1a",
    "Prijs is betaalbaar, segment zegt duur"
  ),
  prijsSoort: regel("prijs-soort", "warning", "art. 1a", "Onduidelijk of de prijs koop of huur is"),
  // Rows: numbers
  nettoSom: regel("netto-som", "error", "art. 3.2", "Netto is niet bruto min sloop"),
  jaarschijvenSom: regel(
    "jaarschijven-som",
    "error",
    "art. 3.2",
    "Jaarschijven tellen niet op tot het totaal"
  ),
  geenAantal: regel("geen-aantal", "warning", "art. 1k", "Plan zonder aantal woningen"),
  onleesbareCel: regel("onleesbare-cel", "error", "art. 1d", "Cel niet leesbaar"),
  // Rows: period and dates
  buitenPeriode: regel("buiten-periode", "warning", "art. 3.1", "Oplevering buiten 2022–2030"),
  geenOpleverjaar: regel("geen-opleverjaar", "warning", "art. 3.1", "Plan zonder opleverjaar"),
  planologischeStatus: regel(
    "planologische-status",
    "warning",
    "art. 4.9",
    "Na 2024 nog geen planologische status"
  ),
  pmPlan: regel("pm-plan", "warning", "art. 4.9, 11.2", "PM-plan zonder locatie of programma"),
  // Rows: who and what
  gemeenteBuitenDeal: regel(
    "gemeente-buiten-deal",
    "error",
    "art. 3.2",
    "Gemeente hoort niet bij deze woondeal"
  ),
  gemeenteOntbreekt: regel("gemeente-ontbreekt", "warning", "art. 3.2", "Gemeente onbekend"),
  planstatusOnbekend: regel("planstatus-onbekend", "warning", "art. 4.10", "Planstatus onbekend"),
  dubbelPlan: regel("dubbel-plan", "warning", "art. 1d", "Plan staat dubbel in de planlijst"),
  // Sheets: what the reader left out or counts without Excel showing it
  invoerBegrensd: regel("invoer-begrensd", "warning", "art. 1d", "Deel van het blad niet gelezen"),
  verborgenBlad: regel("verborgen-blad", "info", "art. 1d", "Verborgen blad"),
  verborgenRijen: regel("verborgen-rijen", "info", "art. 1d", "Verborgen rijen"),
  // Aggregates per gemeente and region
  aandeelNietIngesteld: regel(
    "aandeel-niet-ingesteld",
    "info",
    "art. 1c, bijlage 3",
    "Gemeentelijk aandeel niet ingesteld"
  ),
  opgaveNietGedekt: regel(
    "opgave-niet-gedekt",
    "warning",
    "art. 3.2",
    "Netto plancapaciteit onder de opgave"
  ),
  plancapaciteit130: regel(
    "plancapaciteit-130",
    "warning",
    "art. 4.10",
    "Minder dan 130% plancapaciteit"
  ),
  hardeCapaciteit: regel(
    "harde-capaciteit",
    "warning",
    "art. 4.10",
    "Te weinig harde plancapaciteit voor vijf jaar"
  ),
  betaalbaarAandeel: regel(
    "betaalbaar-aandeel",
    "warning",
    "art. 6",
    "Minder dan twee derde betaalbaar vanaf 2025"
  ),
  socialeHuurRegio: regel(
    "sociale-huur-regio",
    "warning",
    "art. 6",
    "Minder dan 1.041 sociale huurwoningen"
  ),
  middensegmentRegio: regel(
    "middensegment-regio",
    "warning",
    "art. 6",
    "Minder dan 476 woningen middensegment"
  ),
  regioOpgave: regel("regio-opgave", "warning", "art. 3.2, 4.10", "Regionale opgave niet gedekt"),
  aandelenSom: regel(
    "aandelen-som",
    "error",
    "art. 3.2, bijlage 3",
    "Gemeentelijke aandelen samen minder dan 4.177"
  ),
  regioOnvolledig: regel(
    "regio-onvolledig",
    "info",
    "art. 3.2",
    "Niet alle vier gemeenten in deze controle"
  ),
  geenJaarinformatie: regel(
    "geen-jaarinformatie",
    "info",
    "art. 3.1",
    "Planlijst zonder opleverjaren"
  ),
  geenPlanstatus: regel("geen-planstatus", "info", "art. 4.10", "Planlijst zonder planstatus"),
} as const satisfies Record<string, RegelDefinitie>;

export const REGEL_OP_CODE: Record<string, RegelDefinitie> = Object.fromEntries(
  Object.values(REGELS).map((r) => [r.code, r])
);
