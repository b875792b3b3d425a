/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { REGEL_OP_CODE } from "../../src/rules/regels";
import { telErnst } from "../../src/rules/toets";
import { PER_KEER } from "../../src/taskpane/components/Bevindingen";
import { telTekst } from "../../src/taskpane/weergave";
import {
  VOORBEELD_INSTELLINGEN,
  halfRaster,
  onbekendRaster,
  rapportVan,
  veelRaster,
  voorbeeldRapport,
  zonderGemeenteRaster,
} from "./fixtures";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

/** A button by its visible text (role queries are slow on the full pane in jsdom). */
function knop(tekst: string | RegExp): HTMLButtonElement {
  const el = screen.getByText(tekst, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(`geen knop ${tekst}`);
  return el;
}

async function controleer() {
  fireEvent.click(knop("Controleer"));
  await waitFor(() => expect(knop("Controleer")).toBeEnabled());
}

function kaart(naam: string): HTMLElement {
  return screen.getByText(naam, { selector: "h3" }).closest("[role=region]") as HTMLElement;
}

/** Opens every collapsed group of findings. */
function openAlles() {
  const lijst = screen.getByRole("region", { name: "Resultaat van de controle" });
  for (const kop of within(lijst).queryAllByRole("button", { expanded: false }))
    fireEvent.click(kop);
}

describe("before the first check", () => {
  test("shows the empty state and the sheet picker with the active sheet", async () => {
    const acties = nepActies({ instellingen: { deal: VOORBEELD_INSTELLINGEN } });
    toonPane({ acties });
    expect(screen.getByText("Nog niet gecontroleerd")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("option", { name: "Actief blad (Planlijst)" })).toBeInTheDocument()
    );
    expect(
      screen.getByRole("option", { name: "Alle planlijsten in de werkmap" })
    ).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Toelichting" })).toBeInTheDocument();
    expect(knop("Rapport maken")).toBeDisabled();
    expect(screen.queryByText("Bijlage 3 niet ingesteld")).not.toBeInTheDocument();
  });

  test("settings missing: says so and links to the bijlage 3 settings", async () => {
    const acties = nepActies();
    toonPane({ acties });
    expect(await screen.findByText("Bijlage 3 niet ingesteld")).toBeInTheDocument();
    fireEvent.click(knop("Aandelen invullen bij Instellingen"));
    expect(screen.getByRole("tab", { name: "Instellingen" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(
      await screen.findByRole("heading", { name: "Bijlage 3: gemeentelijke aandelen" })
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole("heading", { name: "Bijlage 3: gemeentelijke aandelen" })
      ).toHaveFocus()
    );
  });
});

describe("a check", () => {
  test("shows counts by severity and the findings grouped by rule with article and title", async () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    const acties = nepActies({ rapport, instellingen: { deal: VOORBEELD_INSTELLINGEN } });
    toonPane({ acties });
    await controleer();
    expect(acties.controleer).toHaveBeenCalledWith(undefined, expect.any(Function));
    const t = telErnst(rapport.bevindingen);
    for (const e of ["error", "warning", "info"] as const)
      expect(screen.getByText(telTekst(e, t[e]))).toBeInTheDocument();
    for (const code of new Set(rapport.bevindingen.map((f) => f.rule))) {
      expect(screen.getByText(REGEL_OP_CODE[code].titel)).toBeInTheDocument();
    }
    // prijs-segment holds findings under art. 1a and art. 1g: the header names both.
    expect(screen.getByText("art. 1a; art. 1g")).toBeInTheDocument();
    expect(screen.getByText("Bijgewerkt om 09:05")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      `Controle klaar: ${telTekst("error", t.error)}, ${telTekst("warning", t.warning)}, ${telTekst("info", t.info)}.`
    );
  });

  test("each group links its article to its rule in the rules page (docs/regels.md as help/regels.html)", async () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    toonPane({ acties: nepActies({ rapport, instellingen: { deal: VOORBEELD_INSTELLINGEN } }) });
    await controleer();
    openAlles();
    const links = screen.getAllByRole("link", {
      name: /wat de woondeal zegt en hoe dit getoetst wordt/,
    });
    expect(links.length).toBe(new Set(rapport.bevindingen.map((f) => f.rule)).size);
    expect(links.map((l) => l.getAttribute("href")).sort()).toEqual(
      [...new Set(rapport.bevindingen.map((f) => `help/regels.html#${f.rule}`))].sort()
    );
    for (const l of links) {
      expect(l).toHaveAttribute("target", "_blank");
    }
    expect(
      screen.getByRole("link", {
        name: "art. 1a; art. 1g: wat de woondeal zegt en hoe dit getoetst wordt",
      })
    ).toBeInTheDocument();
  });

  test("each gemeente card shows flexwoningen and transformatie (art. 4.13)", async () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    toonPane({ acties: nepActies({ rapport, instellingen: { deal: VOORBEELD_INSTELLINGEN } }) });
    await controleer();
    fireEvent.click(document.getElementById("tab-gemeenten")!);
    const s = rapport.samenvatting.perGemeente.Emmen;
    expect(
      within(kaart("Emmen")).getByText(
        `Flexwoningen ${s.flex} · transformatie ${s.transformatie} (netto 2022–2030)`
      )
    ).toBeInTheDocument();
  });

  test("shows the progress while Excel works and disables the buttons", async () => {
    const rapport = voorbeeldRapport();
    const acties = nepActies({ rapport });
    let klaar: (r: typeof rapport) => void = () => undefined;
    acties.controleer.mockImplementationOnce(async (_blad, voortgang) => {
      voortgang?.({ stap: "Planlijst controleren", fractie: 0.5 });
      return new Promise((r) => (klaar = r));
    });
    toonPane({ acties });
    fireEvent.click(knop("Controleer"));
    expect(await screen.findByText("Planlijst controleren")).toBeInTheDocument();
    expect(screen.getByText("50%")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.5");
    expect(knop("Bezig met controleren…")).toBeDisabled();
    expect(knop("Markeringen wissen")).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("Bezig met controleren…");
    await act(async () => klaar(rapport));
    expect(knop("Controleer")).toBeEnabled();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  test("a chosen sheet is passed to controleer", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport() });
    toonPane({ acties });
    await screen.findByRole("option", { name: "Toelichting" });
    fireEvent.change(screen.getByLabelText("Blad om te controleren"), { target: { value: "*" } });
    await controleer();
    expect(acties.controleer).toHaveBeenCalledWith("*", expect.any(Function));
  });

  test("clicking a finding selects its cell on its sheet", async () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    openAlles();
    const f = rapport.bevindingen.find((x) => x.rule === "netto-som")!;
    const knop = screen.getByTitle(`Selecteer cel ${f.column}${f.row} op blad ${f.sheet}`);
    expect(knop).toHaveTextContent(f.message);
    fireEvent.click(knop);
    expect(acties.selecteer).toHaveBeenCalledWith("Planlijst", "F5");
    expect(knop).toHaveAttribute("aria-current", "true");
  });

  test("findings are native buttons in the tab order (Enter and Space activate them)", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport(VOORBEELD_INSTELLINGEN) });
    toonPane({ acties });
    await controleer();
    openAlles();
    const knop = screen.getByTitle("Selecteer cel H5 op blad Planlijst");
    expect(knop).toBeInstanceOf(HTMLButtonElement);
    expect(knop).toHaveAttribute("type", "button");
    expect(knop).not.toHaveAttribute("tabindex", "-1");
    knop.focus();
    expect(knop).toHaveFocus();
  });

  test("aggregate findings (gemeente, region) are text, not buttons", async () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    openAlles();
    const f = rapport.bevindingen.find((x) => x.rule === "opgave-niet-gedekt")!;
    const tekst = screen.getByText(f.message);
    expect(tekst.closest("button")).toBeNull();
  });

  test("a row finding without a column selects the plan's name cell", async () => {
    const rapport = rapportVan([{ naam: "Kernen", raster: zonderGemeenteRaster() }]);
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    const f = rapport.bevindingen.find((x) => x.rule === "gemeente-ontbreekt")!;
    expect(f.column).toBeUndefined();
    fireEvent.click(screen.getByText(f.message));
    expect(acties.selecteer).toHaveBeenCalledWith("Kernen", "A2");
  });

  test("no planlijst: shows the reader's reason and points to column mapping", async () => {
    const rapport = rapportVan([
      { naam: "Blad1", raster: onbekendRaster() },
      { naam: "Plannen", raster: halfRaster() },
    ]);
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    expect(screen.getByText("Geen planlijst gevonden")).toBeInTheDocument();
    expect(screen.getByText(`Blad Blad1: ${rapport.bladen[0].reden}.`)).toBeInTheDocument();
    expect(screen.getByText(`Blad Plannen: ${rapport.bladen[1].reden}.`)).toBeInTheDocument();
    expect(acties.volgWijzigingen).not.toHaveBeenCalled();
    fireEvent.click(knop("Wijs de kolommen toe bij Instellingen"));
    expect(await screen.findByRole("heading", { name: "Kolommen toewijzen" })).toBeInTheDocument();
    expect(screen.getByText("B: Hoeveelheid")).toBeInTheDocument();
  });

  test("many findings: groups start collapsed and show the first items with 'toon meer'", async () => {
    const rapport = rapportVan([{ naam: "Groot", raster: veelRaster(260) }]);
    const aantal = rapport.bevindingen.filter((f) => f.rule === "prijs-segment").length;
    expect(aantal).toBe(260);
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    expect(screen.queryAllByTitle(/^Selecteer cel/)).toHaveLength(0);
    const kop = knop("Prijs past niet bij het segment");
    expect(kop).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(kop);
    expect(kop).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByTitle(/^Selecteer cel/)).toHaveLength(PER_KEER);
    fireEvent.click(knop(`Toon meer (${aantal - PER_KEER} verborgen)`));
    expect(screen.getAllByTitle(/^Selecteer cel/)).toHaveLength(2 * PER_KEER);
  });

  test("an Excel error becomes a Dutch message without a stack trace", async () => {
    const acties = nepActies();
    const fout = Object.assign(
      new Error("The cell is being edited.\n    at Excel.run (office.js:1:1)"),
      {
        code: "InvalidOperationInCellEditMode",
      }
    );
    acties.controleer.mockRejectedValueOnce(fout);
    toonPane({ acties });
    await controleer();
    expect(screen.getByText("Er ging iets mis")).toBeInTheDocument();
    expect(
      screen.getByText(/Controleren is niet gelukt\. Excel is bezig met het bewerken van een cel/)
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/office\.js|at Excel\.run/);
  });

  test("an unknown error shows only its first line", async () => {
    const acties = nepActies();
    acties.controleer.mockRejectedValueOnce(new Error("Iets onverwachts\n    at x (y.js:1:2)"));
    toonPane({ acties });
    await controleer();
    expect(
      screen.getByText("Controleren is niet gelukt. Excel meldt: Iets onverwachts")
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain("y.js");
  });
});

describe("after a check", () => {
  test("live: a changed planlijst updates the findings and the time", async () => {
    const eerst = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    const acties = nepActies({ rapport: eerst });
    let klok = new Date(2025, 5, 1, 9, 5);
    toonPane({ acties, nu: () => klok });
    await controleer();
    expect(acties.volgWijzigingen).toHaveBeenCalledTimes(1);
    expect(screen.getByText("volgt wijzigingen")).toBeInTheDocument();
    const daarna = rapportVan([{ naam: "Planlijst", raster: zonderGemeenteRaster() }]);
    klok = new Date(2025, 5, 1, 14, 32);
    act(() => acties.wijzig(daarna));
    expect(screen.getByText("Bijgewerkt om 14:32")).toBeInTheDocument();
    const t = telErnst(daarna.bevindingen);
    expect(screen.getByText(telTekst("warning", t.warning))).toBeInTheDocument();
    expect(screen.getByText(REGEL_OP_CODE["gemeente-ontbreekt"].titel)).toBeInTheDocument();
    expect(screen.queryByText(REGEL_OP_CODE["netto-som"].titel)).not.toBeInTheDocument();
  });

  test("a new check stops following the previous one", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport() });
    toonPane({ acties });
    await controleer();
    await controleer();
    expect(acties.stopVolgen).toHaveBeenCalledTimes(1);
    expect(acties.volgWijzigingen).toHaveBeenCalledTimes(2);
  });

  test("Markeringen wissen clears the marks and stops following", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport() });
    toonPane({ acties });
    await controleer();
    fireEvent.click(knop("Markeringen wissen"));
    await screen.findByText(/Markeringen gewist/);
    expect(acties.wisMarkeringen).toHaveBeenCalledTimes(1);
    expect(acties.stopVolgen).toHaveBeenCalledTimes(1);
  });

  test("Rapport maken passes the report", async () => {
    const rapport = voorbeeldRapport();
    const acties = nepActies({ rapport });
    toonPane({ acties });
    await controleer();
    fireEvent.click(knop("Rapport maken"));
    await screen.findByText("Het blad Woondeal-rapport is gemaakt.");
    expect(acties.maakRapport).toHaveBeenCalledWith(rapport);
  });

  test("Exporteer offers the findings as CSV and the report as JSON", async () => {
    const rapport = voorbeeldRapport();
    const acties = nepActies({ rapport });
    const download = jest.fn();
    toonPane({ acties, download });
    await controleer();
    fireEvent.click(knop("Exporteer"));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Bevindingen als CSV (Excel)" }));
    expect(download).toHaveBeenCalledWith(
      `woondeal-bevindingen-${rapport.peildatum}.csv`,
      expect.stringMatching(/^\uFEFFErnst;Artikel;/),
      "text/csv;charset=utf-8"
    );
    fireEvent.click(knop("Exporteer"));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Volledig rapport als JSON" }));
    const json = JSON.parse(download.mock.calls[1][1]);
    expect(json.findings).toHaveLength(rapport.bevindingen.length);
    expect(download.mock.calls[1][0]).toBe(`woondeal-rapport-${rapport.peildatum}.json`);
  });

  test("a failed selection is reported in Dutch", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport() });
    acties.selecteer.mockRejectedValueOnce(
      Object.assign(new Error("not found"), { code: "ItemNotFound" })
    );
    toonPane({ acties });
    await controleer();
    openAlles();
    fireEvent.click(screen.getByTitle("Selecteer cel H5 op blad Planlijst"));
    expect(
      await screen.findByText(
        /Cel H5 op blad Planlijst selecteren is niet gelukt\. Het blad of de cel bestaat niet/
      )
    ).toBeInTheDocument();
  });
});

describe("per gemeente", () => {
  test("shows coverage against the aandeel, or that the aandeel is not set", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport(VOORBEELD_INSTELLINGEN) });
    toonPane({ acties });
    await controleer();
    fireEvent.click(document.getElementById("tab-gemeenten")!);
    const emmen = kaart("Emmen");
    expect(within(emmen).getByText("108 van 100 (108%)")).toBeInTheDocument();
    expect(
      within(emmen).getByRole("img", {
        name: /Emmen: netto plancapaciteit 108 woningen, 108% van het aandeel van 100/,
      })
    ).toBeInTheDocument();
    expect(
      within(emmen).getByRole("img", { name: /Netto woningen per opleverjaar: 2022: 0,.*2025: 40/ })
    ).toBeInTheDocument();
    expect(kaart("Zuidoost Drenthe")).toHaveAttribute("aria-labelledby");
  });

  test("aandeel niet ingesteld links to Instellingen", async () => {
    const acties = nepActies({ rapport: voorbeeldRapport() });
    toonPane({ acties });
    await controleer();
    fireEvent.click(document.getElementById("tab-gemeenten")!);
    const emmen = kaart("Emmen");
    expect(within(emmen).getByText("Aandeel niet ingesteld")).toBeInTheDocument();
    fireEvent.click(within(emmen).getByText("Naar Instellingen"));
    expect(
      await screen.findByText("Bijlage 3: gemeentelijke aandelen", { selector: "h3" })
    ).toBeInTheDocument();
  });
});
