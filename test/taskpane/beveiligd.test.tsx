/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { NietGemarkeerd } from "../../src/excel/acties";
import { voorbeeldRapport } from "./fixtures";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

function knop(tekst: string | RegExp): HTMLButtonElement {
  const el = screen.getByText(tekst, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(`geen knop ${tekst}`);
  return el;
}

test("a protected planlijst: the findings are shown with a Dutch message, not followed live", async () => {
  const rapport = voorbeeldRapport();
  const acties = nepActies();
  const tekst =
    'Blad "Planlijst" is beveiligd: de cellen met bevindingen zijn niet gemarkeerd. De bevindingen staan hieronder. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en klik opnieuw op Controleer om ze te markeren.';
  acties.controleer.mockRejectedValueOnce(new NietGemarkeerd(tekst, rapport));
  toonPane({ acties });
  fireEvent.click(knop("Controleer"));
  await waitFor(() => expect(knop("Controleer")).toBeEnabled());
  expect(screen.getByText(tekst)).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Resultaat van de controle" })).toBeInTheDocument();
  expect(acties.volgWijzigingen).not.toHaveBeenCalled();
});
