/**
 * Columns the reader could not map although their content matters (an info finding at the
 * header), and recognised columns whose filled cells the check leaves out (a warning there).
 */
import { INHOUD_LABEL, PlanlijstBlad } from "../planlijst/lezer";
import { Bevinding, maakBevinding } from "./bevinding";
import { REGELS } from "./regels";

/**
 * One info finding per unmapped column whose content looks like prices, counts, years or
 * statuses; one warning per recognised column the reader left out although it is filled (with
 * what the user can do, `melden`).
 */
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
  for (const o of blad.overigeKoppen ?? []) {
    if (!o.melden) continue;
    uit.push(
      maakBevinding(
        REGELS.kolomNietGebruikt,
        { sheet: blad.naam, row: blad.kopRij, column: o.kolom },
        `Kolom ${o.kolom} ("${o.kop}"): ${o.wat}. De kolom is gevuld, maar de controle gebruikt hem niet. ${o.melden}`,
        { value: o.kop }
      )
    );
  }
  return uit;
}
