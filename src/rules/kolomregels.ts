/** Columns the reader could not map although their content matters: an info finding at the header. */
import { INHOUD_LABEL, PlanlijstBlad } from "../planlijst/lezer";
import { Bevinding, maakBevinding } from "./bevinding";
import { REGELS } from "./regels";

/** One info finding per unmapped column whose content looks like prices, counts, years or statuses. */
export function toetsKolommen(blad: PlanlijstBlad): Bevinding[] {
  if (blad.kopRij === undefined) return [];
  const uit: Bevinding[] = [];
  for (const o of blad.onbekendeKoppen) {
    if (!o.lijkt) continue;
    uit.push(
      maakBevinding(
        REGELS.kolomNietHerkend,
        { sheet: blad.naam, row: blad.kopRij, column: o.kolom },
        `Kolom ${o.kolom} ("${o.kop}") lijkt ${INHOUD_LABEL[o.lijkt]} te bevatten maar is niet herkend; de controle gebruikt hem niet. Koppel hem bij Instellingen aan een veld, of kies daar Negeren.`,
        { value: o.kop }
      )
    );
  }
  return uit;
}
