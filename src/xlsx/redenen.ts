/**
 * Every reason the command line and the task pane give for refusing an input file, in
 * Dutch, without the file name (the caller puts "naam: " in front and a full stop after).
 * `{…}` are filled in (vulIn). One list, so that no English library message reaches the
 * user and both doors refuse the same file with the same words.
 */
export const REDENEN = {
  nietGevonden: "bestand niet gevonden",
  geenToegang: "geen toestemming om het bestand te lezen",
  nietTeOpenen: "het bestand kan niet worden geopend",
  map: "dit is een map, geen Excel-bestand",
  pijp: "dit is een pijp (FIFO), geen gewoon bestand; sla de werkmap op als bestand en geef dat op",
  socket: "dit is een socket, geen gewoon bestand",
  apparaat: "dit is een apparaat, geen gewoon bestand",
  geenBestand: "dit is geen gewoon bestand",
  teGroot:
    "het bestand is {grootte}; dat is meer dan {grens} en geen gewone planlijst, het wordt niet geopend",
  leeg: "het bestand is leeg",
  geenZip: "geen Excel-werkmap (.xlsx); open het in Excel en bewaar het als .xlsx",
  geenXlsxNaam: "geen Excel-werkmap (.xlsx); bewaar het in Excel als .xlsx",
  beschadigd: "het bestand is beschadigd of onvolledig (geen leesbare .xlsx-zip)",
  liegtOverGrootte:
    "onderdeel {onderdeel} pakt uit tot meer dan de {grootte} die de zip opgeeft; het bestand is beschadigd of gemaakt om te misleiden (mogelijk een zip-bom) en wordt niet gelezen",
  uitgepaktTeGroot:
    "het bestand pakt uit tot meer dan {grens}; dat is geen gewone planlijst, het wordt niet gelezen (mogelijk een zip-bom)",
  teDiep:
    "onderdeel {onderdeel} is dieper dan {grens} niveaus genest; zo ziet geen Excel-werkmap eruit, het bestand wordt niet gelezen",
  geenXml:
    "onderdeel {onderdeel} is geen geldige XML; het bestand is beschadigd, open het in Excel en sla het opnieuw op",
  teVeelCellen:
    "de werkmap heeft meer dan {grens} gevulde cellen; dat is meer dan een planlijst nodig heeft, splits de werkmap of verwijder bladen die niet over plannen gaan",
  rijBuitenExcel:
    'blad "{blad}" heeft een rij met nummer {rij}; Excel kent rijen 1 tot en met 1.048.576, het bestand is beschadigd',
  celBuitenExcel:
    'blad "{blad}" heeft een cel op {cel}, buiten wat Excel kent (A1 tot en met XFD1048576); het bestand is beschadigd',
  teGrootOmTeLezen:
    "het bestand is te groot om te lezen; splits de werkmap of verwijder bladen die niet over plannen gaan",
  geenBladen: "de werkmap heeft geen werkbladen",
} as const;

export type Reden = keyof typeof REDENEN;

/** The reason `sleutel` with its `{…}` placeholders filled in. */
export function vulIn(sleutel: Reden, waarden: Record<string, string> = {}): string {
  let tekst: string = REDENEN[sleutel];
  for (const [k, v] of Object.entries(waarden)) tekst = tekst.split(`{${k}}`).join(v);
  return tekst;
}
