/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { downloadsMogelijk } from "../../src/taskpane/download";
import { voorbeeldRapport } from "./fixtures";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

function knop(tekst: string | RegExp): HTMLButtonElement {
  const el = screen.getByText(tekst, { selector: "button, button *" }).closest("button");
  if (!el) throw new Error(`geen knop ${tekst}`);
  return el;
}

async function controleerEnExporteer(csvOfJson: string) {
  fireEvent.click(knop("Controleer"));
  await waitFor(() => expect(knop("Controleer")).toBeEnabled());
  fireEvent.click(knop("Exporteer"));
  fireEvent.click(await screen.findByRole("menuitem", { name: csvOfJson }));
}

test("Excel for Mac and iPad block downloads; others are assumed to allow them", () => {
  expect(downloadsMogelijk("Mac")).toBe(false);
  expect(downloadsMogelijk("iOS")).toBe(false);
  expect(downloadsMogelijk("PC")).toBe(true);
  expect(downloadsMogelijk("OfficeOnline")).toBe(true);
  expect(downloadsMogelijk(null)).toBe(true);
});

test("where downloads work, the pane offers the file and does not claim it arrived", async () => {
  const rapport = voorbeeldRapport();
  const download = jest.fn();
  const kopieer = jest.fn(async () => undefined);
  toonPane({ acties: nepActies({ rapport }), download, kopieer });
  await controleerEnExporteer("Bevindingen als CSV (Excel)");
  expect(download).toHaveBeenCalledTimes(1);
  expect(kopieer).not.toHaveBeenCalled();
  const naam = `woondeal-bevindingen-${rapport.peildatum}.csv`;
  expect(
    await screen.findByText(
      `${naam} is aangeboden om te downloaden. Verschijnt er geen bestand? Kies anders Rapport maken: dan komen de bevindingen op een blad in deze werkmap.`
    )
  ).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/wordt gedownload|is gedownload/);
});

test("on Mac/iPad the findings go to the clipboard, and the pane says so", async () => {
  const rapport = voorbeeldRapport();
  const download = jest.fn();
  const kopieer = jest.fn(async (_tekst: string) => undefined);
  toonPane({ acties: nepActies({ rapport }), download, kanDownloaden: false, kopieer });
  await controleerEnExporteer("Bevindingen als CSV (Excel)");
  await waitFor(() => expect(kopieer).toHaveBeenCalledTimes(1));
  expect(download).not.toHaveBeenCalled();
  const tekst = kopieer.mock.calls[0][0];
  expect(tekst.startsWith("Ernst;Artikel;Regel;")).toBe(true);
  expect(tekst.split("\r\n").length).toBe(rapport.bevindingen.length + 2);
  const naam = `woondeal-bevindingen-${rapport.peildatum}.csv`;
  expect(
    await screen.findByText(
      `Excel kan op dit apparaat geen bestanden downloaden. De bevindingen (CSV) staan nu op het klembord: plak in een teksteditor en bewaar als ${naam}. Kies anders Rapport maken: dan komen de bevindingen op een blad in deze werkmap.`
    )
  ).toBeInTheDocument();
});

test("on Mac/iPad without a clipboard, the pane points to the report sheet", async () => {
  const rapport = voorbeeldRapport();
  const kopieer = jest.fn(async () => {
    throw new Error("NotAllowedError");
  });
  toonPane({ acties: nepActies({ rapport }), kanDownloaden: false, kopieer });
  await controleerEnExporteer("Volledig rapport als JSON");
  expect(
    await screen.findByText(
      "Excel kan op dit apparaat geen bestanden downloaden en het klembord is niet beschikbaar. Kies Rapport maken: dan komen de bevindingen op een blad in deze werkmap."
    )
  ).toBeInTheDocument();
});
