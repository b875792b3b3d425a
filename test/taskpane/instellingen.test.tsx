/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { VOORBEELD_INSTELLINGEN, halfRaster, rapportVan } from "./fixtures";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

function knop(tekst: string | RegExp): HTMLButtonElement {
  const el = screen.getByText(tekst, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(`geen knop ${tekst}`);
  return el;
}

async function openInstellingen() {
  fireEvent.click(document.getElementById("tab-instellingen")!);
  await screen.findByText("Bijlage 3: gemeentelijke aandelen");
}

function typ(label: string, waarde: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: waarde } });
}

test("shows the stored settings", async () => {
  const acties = nepActies({
    instellingen: { deal: VOORBEELD_INSTELLINGEN, peildatum: "2025-06-01", grensjaar: 2025 },
  });
  toonPane({ acties });
  await waitFor(() => expect(acties.leesInstellingen).toHaveBeenCalled());
  await openInstellingen();
  expect(screen.getByLabelText("Aandeel Emmen")).toHaveValue("100");
  expect(screen.getByLabelText("Aandeel Aa en Hunze")).toHaveValue("700");
  expect(screen.getByLabelText("Peildatum")).toHaveValue("2025-06-01");
  expect(screen.getByLabelText("Prijsgrenzen")).toHaveValue("2025");
  expect(screen.getByText(/Betaalbare koop tot € 405\.000/)).toBeInTheDocument();
});

test("the running sum of the aandelen is held against 4.177", async () => {
  toonPane({ acties: nepActies() });
  await openInstellingen();
  expect(screen.getByText("0 van de 4 aandelen ingevuld.")).toBeInTheDocument();
  typ("Aandeel Aa en Hunze", "700");
  typ("Aandeel Borger-Odoorn", "600");
  typ("Aandeel Coevorden", "800");
  expect(screen.getByText("Som 2.100 van ten minste 4.177")).toBeInTheDocument();
  typ("Aandeel Emmen", "1.200");
  expect(screen.getByText("Som 3.300 van ten minste 4.177")).toBeInTheDocument();
  expect(
    screen.getByText(/tellen op tot minder dan de versnellingsopgave van 4\.177 \(art\. 3\.2\)/)
  ).toBeInTheDocument();
  typ("Aandeel Emmen", "2077");
  expect(screen.getByText("Som 4.177 van ten minste 4.177")).toBeInTheDocument();
  expect(
    screen.getByText("De aandelen dekken samen de versnellingsopgave (art. 3.2).")
  ).toBeInTheDocument();
});

test("numbers below 0 or text are refused and block saving", async () => {
  const acties = nepActies();
  toonPane({ acties });
  await openInstellingen();
  typ("Aandeel Emmen", "-5");
  expect(screen.getByText("Vul een getal van 0 of meer in.")).toBeInTheDocument();
  typ("Aandeel Coevorden", "veel");
  expect(screen.getByText("Vul een getal in (bijvoorbeeld 1250).")).toBeInTheDocument();
  fireEvent.click(knop("Opslaan"));
  expect(
    await screen.findByText("Niet opgeslagen: verbeter eerst de gemarkeerde velden.")
  ).toBeInTheDocument();
  expect(acties.bewaarInstellingen).not.toHaveBeenCalled();
});

test("saves peildatum, grensjaar, aandelen and jaarschijven", async () => {
  const acties = nepActies();
  toonPane({ acties });
  await openInstellingen();
  typ("Peildatum", "2025-06-01");
  fireEvent.change(screen.getByLabelText("Prijsgrenzen"), { target: { value: "2024" } });
  typ("Aandeel Emmen", "2000");
  fireEvent.click(knop("Jaarschijven Coevorden"));
  typ("Jaarschijf 2023 Coevorden", "100");
  typ("Jaarschijf 2024 Coevorden", "120,5");
  expect(knop(/Jaarschijven Coevorden/)).toHaveTextContent("Jaarschijven Coevorden (som 220,5)");
  fireEvent.click(knop("Opslaan"));
  expect(await screen.findByText("Instellingen opgeslagen in deze werkmap.")).toBeInTheDocument();
  expect(acties.bewaarInstellingen).toHaveBeenCalledWith({
    deal: {
      gemeenten: {
        Emmen: { aandeel: 2000 },
        Coevorden: { jaarschijven: { 2023: 100, 2024: 120.5 } },
      },
    },
    peildatum: "2025-06-01",
    grensjaar: 2024,
  });
});

test("a failed save is reported in Dutch", async () => {
  const acties = nepActies();
  acties.bewaarInstellingen.mockRejectedValueOnce(
    Object.assign(new Error("x"), { code: "AccessDenied" })
  );
  toonPane({ acties });
  await openInstellingen();
  fireEvent.click(knop("Opslaan"));
  expect(
    await screen.findByText(/Opslaan is niet gelukt\. Excel staat deze wijziging niet toe/)
  ).toBeInTheDocument();
});

function kiesBestand(naam: string, inhoud: string) {
  const bestand = new File([inhoud], naam, { type: "application/json" });
  fireEvent.change(screen.getByTestId("instellingen-bestand"), { target: { files: [bestand] } });
}

test("imports the CLI's JSON settings file", async () => {
  toonPane({ acties: nepActies() });
  await openInstellingen();
  kiesBestand(
    "deal.json",
    JSON.stringify({ gemeenten: { Emmen: { aandeel: 2100 }, "Aa & Hunze": { aandeel: 650 } } })
  );
  expect(await screen.findByText(/Bijlage 3 uit deal\.json overgenomen/)).toBeInTheDocument();
  expect(screen.getByLabelText("Aandeel Emmen")).toHaveValue("2100");
  expect(screen.getByLabelText("Aandeel Aa en Hunze")).toHaveValue("650");
});

test("a wrong settings file gets a Dutch reason", async () => {
  toonPane({ acties: nepActies() });
  await openInstellingen();
  kiesBestand("fout.json", JSON.stringify({ gemeenten: { Assen: { aandeel: 10 } } }));
  expect(
    await screen.findByText(/fout\.json: Onbekende gemeente in instellingen: "Assen"/)
  ).toBeInTheDocument();
  kiesBestand("kapot.json", "{ gemeenten");
  expect(await screen.findByText("kapot.json is geen geldig JSON-bestand.")).toBeInTheDocument();
});

test("column mapping: shows what was guessed and saves the user's choice", async () => {
  const rapport = rapportVan([{ naam: "Plannen", raster: halfRaster() }]);
  const acties = nepActies({ rapport, bladen: [{ naam: "Plannen", actief: true }] });
  toonPane({ acties });
  fireEvent.click(knop("Controleer"));
  await screen.findByText("Geen planlijst gevonden");
  await openInstellingen();
  expect(screen.getByText("Blad Plannen (kopregel 1)")).toBeInTheDocument();
  expect(screen.getByText("2 kolommen zijn niet herkend.")).toBeInTheDocument();
  const b = screen.getByLabelText("B: Hoeveelheid");
  expect(b).toHaveDisplayValue("Automatisch: niet herkend");
  fireEvent.change(b, { target: { value: "bruto" } });
  fireEvent.change(screen.getByLabelText("C: Wanneer klaar"), { target: { value: "__negeer" } });
  // Recognised columns are behind a checkbox.
  expect(screen.queryByLabelText("A: Projectnaam")).not.toBeInTheDocument();
  fireEvent.click(screen.getByLabelText("Toon ook de herkende kolommen (2)"));
  expect(screen.getByLabelText("A: Projectnaam")).toHaveDisplayValue("Automatisch: Projectnaam");
  fireEvent.change(screen.getByLabelText("Blad Plannen"), { target: { value: "Emmen" } });
  fireEvent.click(knop("Opslaan"));
  await screen.findByText("Instellingen opgeslagen in deze werkmap.");
  expect(acties.bewaarInstellingen).toHaveBeenCalledWith({
    deal: { gemeenten: {} },
    kolomToewijzing: { Plannen: { B: "bruto", C: null } },
    gemeentePerBlad: { Plannen: "Emmen" },
  });
});

test("hard/soft reading and per-gemeente segment targets (art. 1h, 6) are settings that are saved", async () => {
  const acties = nepActies();
  toonPane({ acties });
  await openInstellingen();
  expect(screen.getByLabelText("Harde plancapaciteit")).toHaveValue("ruim");
  expect(
    screen.getByText(/art\. 1h: opharden is de uitwerking zodat omgevingsvergunningen/)
  ).toBeInTheDocument();
  expect(
    screen.getByText(/sociale huur tot de liberalisatiegrens van het opleverjaar/)
  ).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText("Harde plancapaciteit"), {
    target: { value: "streng" },
  });
  fireEvent.click(knop("Jaarschijven Emmen"));
  typ("Sociale huur Emmen", "400");
  typ("Middensegment Emmen", "150");
  fireEvent.click(knop("Opslaan"));
  await screen.findByText("Instellingen opgeslagen in deze werkmap.");
  expect(acties.bewaarInstellingen).toHaveBeenCalledWith({
    deal: { gemeenten: { Emmen: { socialeHuur: 400, middensegment: 150 } }, hardheid: "streng" },
  });
});

test("stored targets and the strict reading are shown", async () => {
  const acties = nepActies({
    instellingen: {
      deal: { gemeenten: { Coevorden: { aandeel: 500, socialeHuur: 80 } }, hardheid: "streng" },
    },
  });
  toonPane({ acties });
  await waitFor(() => expect(acties.leesInstellingen).toHaveBeenCalled());
  await openInstellingen();
  expect(screen.getByLabelText("Harde plancapaciteit")).toHaveValue("streng");
  fireEvent.click(knop("Jaarschijven Coevorden"));
  expect(screen.getByLabelText("Sociale huur Coevorden")).toHaveValue("80");
});

test("column mapping: says which layout it recognised and maps a price-like column in one click", async () => {
  const raster = [
    [
      "naam",
      "stage_naam",
      "netto_aantal_woningen",
      "juridische_status",
      "Grondwaarde",
      "oplevermaand",
    ],
    ["Parkrand", "Fase 1", 20, "ONH", "€ 325.000", 6],
    ["Parkrand", "Fase 2", 12, "VST", "€ 465.000", 9],
  ];
  const rapport = rapportVan([{ naam: "Export", raster }]);
  const acties = nepActies({ rapport, bladen: [{ naam: "Export", actief: true }] });
  toonPane({ acties });
  fireEvent.click(knop("Controleer"));
  await openInstellingen();
  expect(
    screen.getByText(
      "Herkend als: Woningbouw Monitor-export (Shinto Labs): één rij per bouwcluster."
    )
  ).toBeInTheDocument();
  expect(screen.getByText("1 kolom is niet herkend.")).toBeInTheDocument();
  expect(screen.getByText("Lijkt prijzen te bevatten.")).toBeInTheDocument();
  // A known column the check does not use is listed with the recognised ones.
  fireEvent.click(screen.getByLabelText("Toon ook de herkende kolommen (5)"));
  expect(screen.getByLabelText("F: oplevermaand")).toHaveDisplayValue(
    "Automatisch: niet gebruikt (maand)"
  );
  fireEvent.click(knop("Koppel als Prijs"));
  expect(screen.getByLabelText("E: Grondwaarde")).toHaveDisplayValue("Prijs");
  expect(screen.queryByText("Koppel als Prijs")).not.toBeInTheDocument();
  fireEvent.click(knop("Opslaan"));
  await screen.findByText("Instellingen opgeslagen in deze werkmap.");
  expect(acties.bewaarInstellingen).toHaveBeenCalledWith(
    expect.objectContaining({ kolomToewijzing: { Export: { E: "prijs" } } })
  );
});
