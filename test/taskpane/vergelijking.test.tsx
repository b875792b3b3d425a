/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { VergelijkResultaat, VorigeRonde } from "../../src/excel/acties";
import { Raster } from "../../src/planlijst/cel";
import { WerkmapInvoer, leesWerkmap } from "../../src/planlijst/lezer";
import { vergelijk } from "../../src/vergelijking";
import { Vergelijking, VergelijkActies } from "../../src/taskpane/components/Vergelijking";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

const KOP = ["Plan-ID", "Projectnaam", "Gemeente", "Kern", "Planstatus", "Aantal", "Oplevering"];
const VORIGE: Raster = [
  KOP,
  ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "1A", 48, 2026],
  ["EM-2", "Erica Zuid", "Emmen", "Erica", "vergund", 30, 2025],
  [null, "Pottendijk", "Emmen", "Emmen", "3", 120, 2029],
];
const HUIDIGE: Raster = [
  KOP,
  ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "3", 48, 2028],
  [null, "Pottendijk fase 1", "Emmen", "Emmen", "3", 60, 2029],
  [null, "Pottendijk fase 2", "Emmen", "Emmen", "3", 60, 2030],
];

/** What the real operations give for this pair (the engine over the grids). */
function resultaat(vorige: string, invoer: WerkmapInvoer[]): VergelijkResultaat {
  const huidigeBladen = leesWerkmap([{ naam: "Planlijst", raster: HUIDIGE }]).bladen;
  return {
    vorige,
    vergelijking: vergelijk(leesWerkmap(invoer).bladen, huidigeBladen, {
      peildatum: "2026-06-01",
    }),
    huidigeBladen,
    opmerkingen: [],
  };
}

function opzet() {
  const acties: jest.Mocked<VergelijkActies> = {
    vergelijk: jest.fn(async (v: VorigeRonde) =>
      v.soort === "bestand"
        ? resultaat(v.naam, v.invoer)
        : resultaat(`blad ${v.blad}`, [{ naam: v.blad, raster: VORIGE }])
    ),
    schrijfVergelijking: jest.fn(async (_r: VergelijkResultaat) => undefined),
    markeerWijzigingen: jest.fn(async (_r: VergelijkResultaat) => ({
      wijzigingen: 37,
      waarschuwingen: 2,
    })),
    verwijderVergelijking: jest.fn(async () => 3),
  };
  const leesBestand = jest.fn(async (_f: File) => [{ naam: "Planlijst", raster: VORIGE }]);
  const onSelectCell = jest.fn();
  const onAankondig = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <Vergelijking
        acties={acties}
        bladen={[
          { naam: "Planlijst", actief: true },
          { naam: "Voorjaar", actief: false },
        ]}
        leesBestand={leesBestand}
        onSelectCell={onSelectCell}
        onAankondig={onAankondig}
      />
    </FluentProvider>
  );
  return { acties, leesBestand, onSelectCell, onAankondig };
}

function kies(naam = "voorjaar.xlsx") {
  const bestand = new File([new Uint8Array([80, 75])], naam);
  fireEvent.change(screen.getByLabelText("Vorige planlijst (.xlsx)"), {
    target: { files: [bestand] },
  });
  return bestand;
}

describe("Vergelijk met vorige versie", () => {
  test("a picked file is read by the given reader, compared, and the result shown", async () => {
    const { acties, leesBestand, onSelectCell, onAankondig } = opzet();
    const knop = screen.getByRole("button", { name: "Vergelijk" });
    expect(knop).toBeDisabled();
    expect(screen.getByText("Nog geen bestand gekozen.")).toBeInTheDocument();
    // The visible button opens the (hidden) file input; both are named.
    expect(screen.getByRole("button", { name: /Kies vorige planlijst \(\.xlsx\)/ })).toBeEnabled();
    const bestand = kies();
    expect(screen.getByText("Gekozen: voorjaar.xlsx")).toBeInTheDocument();
    fireEvent.click(knop);
    await screen.findByText(/^Vergeleken met voorjaar\.xlsx · peildatum 1 juni 2026/);
    expect(leesBestand).toHaveBeenCalledWith(bestand);
    expect(acties.vergelijk).toHaveBeenCalledWith({
      soort: "bestand",
      naam: "voorjaar.xlsx",
      invoer: [{ naam: "Planlijst", raster: VORIGE }],
    });
    expect(onAankondig).toHaveBeenCalledWith(
      "Vergelijking klaar: 3 plannen met een wijziging, 9 bevindingen."
    );

    // Counts per kind.
    const soorten = screen.getByRole("list", { name: "Plannen per soort wijziging" });
    expect(
      within(soorten)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "1 gewijzigd",
      "1 vervallen",
      "1 gesplitst",
      "1 hard → zacht",
      "1 later opgeleverd",
    ]);
    // Per gemeente, before → after.
    const emmen = screen.getByRole("region", { name: "Emmen" });
    expect(within(emmen).getByText("Netto 2022–2030 (art. 7.2)").nextSibling).toHaveTextContent(
      "198 → 168 (−30)"
    );
    expect(within(emmen).getByText("aandeel niet ingesteld")).toBeInTheDocument();

    // A changed plan selects its row; a removed one is text.
    const parkwijk = screen.getByTitle("Selecteer rij 2 op blad Planlijst");
    expect(parkwijk).toHaveTextContent(
      "gewijzigd · Parkwijk fase 3 (EM-1)planstatus 1A onherroepelijk → 3 in voorbereiding (hard → zacht); oplevering 2026 → 2028 (2 jaar later)"
    );
    fireEvent.click(parkwijk);
    expect(onSelectCell).toHaveBeenCalledWith("Planlijst", "B2");
    expect(parkwijk).toHaveAttribute("aria-current", "true");
    expect(screen.getByText("vervallen").closest("button")).toBeNull();

    // The findings, grouped by rule as on the Controle tab.
    expect(
      screen.getByRole("button", { name: /Netto plancapaciteit lager dan in de vorige planlijst/ })
    ).toBeInTheDocument();
  });

  test("a sheet of the workbook as the previous version", async () => {
    const { acties, leesBestand } = opzet();
    fireEvent.click(screen.getByRole("radio", { name: "Een blad in deze werkmap" }));
    const keuze = screen.getByRole("combobox", { name: "Blad met de vorige versie" });
    expect(screen.getByRole("button", { name: "Vergelijk" })).toBeDisabled();
    fireEvent.change(keuze, { target: { value: "Voorjaar" } });
    fireEvent.click(screen.getByRole("button", { name: "Vergelijk" }));
    await screen.findByText(/^Vergeleken met blad Voorjaar/);
    expect(acties.vergelijk).toHaveBeenCalledWith({ soort: "blad", blad: "Voorjaar" });
    expect(leesBestand).not.toHaveBeenCalled();
  });

  test("the reader's Dutch reason is shown as it is; nothing is compared", async () => {
    const { acties, leesBestand } = opzet();
    const fout = new Error("oud.xls: geen Excel-werkmap (.xlsx).");
    fout.name = "BestandFout";
    leesBestand.mockRejectedValueOnce(fout);
    kies("oud.xls");
    fireEvent.click(screen.getByRole("button", { name: "Vergelijk" }));
    await screen.findByText("oud.xls: geen Excel-werkmap (.xlsx).");
    expect(acties.vergelijk).not.toHaveBeenCalled();
  });

  test("sheets, marks and removal go through the operations, each with its message", async () => {
    const { acties } = opzet();
    kies();
    fireEvent.click(screen.getByRole("button", { name: "Vergelijk" }));
    await screen.findByText(/^Vergeleken met/);
    const r = await acties.vergelijk.mock.results[0].value;

    fireEvent.click(screen.getByRole("button", { name: "Zet wijzigingen in werkmap" }));
    await screen.findByText(
      /^De bladen Woondeal-verschil-Wijzigingen, Woondeal-verschil-Per gemeente/
    );
    expect(acties.schrijfVergelijking).toHaveBeenCalledWith(r);

    fireEvent.click(screen.getByRole("button", { name: "Markeer wijzigingen" }));
    await screen.findByText(
      "De gewijzigde cellen zijn gemarkeerd: 37 cellen, in lichtblauw (een wijziging is geen fout of waarschuwing). 2 cellen van plannen die niet eenduidig te koppelen zijn: geel, als waarschuwing. De markeringen van de controle zijn vervangen; Markeringen wissen op het tabblad Controle haalt ze weg."
    );
    expect(acties.markeerWijzigingen).toHaveBeenCalledWith(r);
    // No changed cell: said so, not a count of nothing.
    acties.markeerWijzigingen.mockResolvedValueOnce({ wijzigingen: 0, waarschuwingen: 0 });
    fireEvent.click(screen.getByRole("button", { name: "Markeer wijzigingen" }));
    await screen.findByText(
      "Geen gewijzigde cellen om te markeren; de markeringen van de controle zijn gewist."
    );

    acties.verwijderVergelijking.mockRejectedValueOnce(
      Object.assign(new Error("x"), { code: "AccessDenied" })
    );
    fireEvent.click(screen.getByRole("button", { name: "Verwijder vergelijkingsbladen" }));
    await screen.findByText(/^Vergelijkingsbladen verwijderen is niet gelukt\. Excel staat/);
    fireEvent.click(screen.getByRole("button", { name: "Verwijder vergelijkingsbladen" }));
    await screen.findByText("De bladen van de vergelijking zijn verwijderd.");
  });
});

describe("in the pane", () => {
  test("the fourth tab holds it, and keeps the result while another tab is shown", async () => {
    const acties = nepActies();
    const leesBestand = jest.fn(async () => [{ naam: "Planlijst", raster: VORIGE }]);
    Object.assign(acties, {
      vergelijk: jest.fn(async (v: VorigeRonde) =>
        resultaat(v.soort === "bestand" ? v.naam : v.blad, [{ naam: "Planlijst", raster: VORIGE }])
      ),
    });
    toonPane({ acties, leesBestand });
    fireEvent.click(screen.getByRole("tab", { name: "Vergelijk met vorige versie" }));
    kies();
    fireEvent.click(screen.getByRole("button", { name: "Vergelijk" }));
    await screen.findByText(/^Vergeleken met voorjaar\.xlsx/);
    fireEvent.click(screen.getByRole("tab", { name: "Controle" }));
    expect(screen.queryByText(/^Vergeleken met voorjaar\.xlsx/)).not.toBeVisible();
    fireEvent.click(screen.getByRole("tab", { name: "Vergelijk met vorige versie" }));
    await waitFor(() => expect(screen.getByText(/^Vergeleken met voorjaar\.xlsx/)).toBeVisible());
  });
});
