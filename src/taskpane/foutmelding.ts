/**
 * Turns whatever Excel (or the browser) throws into one Dutch sentence for the pane.
 * Never shows a stack trace; Office error codes get a plain explanation.
 */
import { InstellingenFout } from "../deal";

const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in het werkblad en probeer het opnieuw.",
  ItemNotFound: "Het blad of de cel bestaat niet (meer). Controleer de planlijst opnieuw.",
  AccessDenied: "Excel staat deze wijziging niet toe. Is het blad of de werkmap beveiligd?",
  InvalidArgument: "Excel weigerde de opdracht: een blad of celadres klopt niet.",
  InsertDeleteConflict:
    "Excel kon de wijziging niet doorvoeren omdat cellen zijn ingevoegd of verwijderd. Probeer het opnieuw.",
  RequestPayloadSizeLimitExceeded:
    "De planlijst is te groot om in één keer te lezen. Kies één blad in plaats van alle planlijsten.",
  ResponsePayloadSizeLimitExceeded:
    "De planlijst is te groot om in één keer te lezen. Kies één blad in plaats van alle planlijsten.",
  GeneralException:
    "Excel meldt een algemene fout. Probeer het opnieuw; sluit en open anders het taakvenster.",
  ApiNotFound:
    "Deze versie van Excel ondersteunt deze functie niet. Werk Excel bij of gebruik Excel op het web.",
  Unauthenticated: "U bent niet (meer) aangemeld bij Microsoft 365. Meld u opnieuw aan.",
};

/** One Dutch message: "<wat> is niet gelukt. <waarom>" */
export function foutmelding(e: unknown, wat: string): string {
  if (e instanceof InstellingenFout) return e.message;
  const code =
    typeof e === "object" && e !== null && "code" in e
      ? String((e as { code: unknown }).code)
      : undefined;
  if (code && OFFICE_CODES[code]) return `${wat} is niet gelukt. ${OFFICE_CODES[code]}`;
  const bericht = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  // Only the first line: Office and browsers sometimes put a trace or debug info after it.
  const eerste = bericht.split("\n")[0].trim().slice(0, 300);
  return eerste
    ? `${wat} is niet gelukt. Excel meldt: ${eerste}`
    : `${wat} is niet gelukt. Probeer het opnieuw.`;
}
