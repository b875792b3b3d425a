/** @jest-environment jsdom */
/**
 * The section "Samenvatting van deze werkmap" in the Per gemeente tab, over fake operations
 * that return a consolidation made by the real engine.
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { consolideer } from "../../src/consolidatie";
import { WerkmapSamenvatting } from "../../src/excel/acties";
import { aantal } from "../../src/rules/bevinding";
import { REGEL_OP_CODE } from "../../src/rules/regels";
import { maakPlanlijst } from "../fakes/planlijst-data";
import { PEILDATUM, VOORBEELD_INSTELLINGEN } from "./fixtures";
import { nepActies, toonPane } from "./helpers";

jest.setTimeout(30000);

const BLADEN = ["Woondeal-samenvatting", "Woondeal-bevindingen", "Woondeal-verantwoording"];

function samenvatting(): WerkmapSamenvatting {
  const consolidatie = consolideer(
    [
      {
        label: "provincie.xlsx",
        bladen: [
          { naam: "Emmen", raster: maakPlanlijst(14) },
          // Emmen's list again in part: two plans counted once.
          { naam: "Emmen 2", raster: maakPlanlijst(2) },
          { naam: "Coevorden", raster: maakPlanlijst(6, "Coevorden") },
          {
            naam: "htotaal",
            raster: [
              ["provincie", "gemeente", "htotaal", "ztotaal", "totaal"],
              ["Drenthe", "Aa en Hunze", 200, "#REF!", 460],
            ],
          },
          { naam: "Notities", raster: [["Bron: gemeenten"]] },
        ],
      },
    ],
    { peildatum: PEILDATUM, instellingen: VOORBEELD_INSTELLINGEN }
  );
  return { consolidatie, werkmap: "provincie.xlsx", bladen: BLADEN, opmerkingen: [] };
}

function knop(naam: string): HTMLButtonElement {
  return screen.getByRole("button", { name: naam }) as HTMLButtonElement;
}

async function naarPerGemeente() {
  fireEvent.click(document.getElementById("tab-gemeenten")!);
  await screen.findByRole("heading", { name: "Samenvatting van deze werkmap" });
}

async function axeFouten(): Promise<string[]> {
  const r = await axe.run(document.body, {
    // jsdom has no layout: contrast is checked in the browser test.
    rules: { "color-contrast": { enabled: false } },
  });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("consolidates the open workbook: figures per gemeente and region, sheets as read, findings", async () => {
  const sv = samenvatting();
  const acties = nepActies({ samenvatting: sv });
  toonPane({ acties });
  await naarPerGemeente();
  expect(await axeFouten()).toEqual([]);

  fireEvent.click(knop("Vat werkmap samen"));
  expect(acties.vatSamen).toHaveBeenCalledWith({ zonderVerborgen: false, inWerkmap: false });
  const lijst = await screen.findByRole("list", { name: "Cijfers per gemeente en voor de regio" });
  const c = sv.consolidatie;
  const emmen = c.rapport.samenvatting.perGemeente.Emmen;
  // Emmen's 14 + 2 rows, its two duplicates counted once: the engine's numbers, shown as they are.
  expect(emmen.plannen).toBe(14);
  const items = within(lijst).getAllByRole("listitem");
  expect(items.map((li) => li.firstChild!.textContent)).toEqual([
    "Aa en Hunze",
    "Borger-Odoorn",
    "Coevorden",
    "Emmen",
    "Regio Zuidoost Drenthe",
  ]);
  expect(items[3]).toHaveTextContent(
    `14 plannen · netto 2022–2030: ${aantal(emmen.nettoInPeriode)}`
  );
  expect(items[3]).toHaveTextContent(/dekking: [\d,]+% van 100/);
  expect(items[3]).toHaveTextContent(`hard 2025–2029: ${aantal(emmen.hardKomendeVijfJaar)}`);
  expect(items[0]).toHaveTextContent("geen planlijst");
  expect(items[0]).toHaveTextContent(
    "volgens samenvatting (blad htotaal, rij 2, geen plannen): hard 200 · totaal 460"
  );
  expect(items[4]).toHaveTextContent(`${aantal(c.rapport.samenvatting.regio.plannen)} plannen`);
  expect(screen.getByText(/2 dubbele plannen één keer geteld/)).toBeInTheDocument();

  // The sheets as read, each with its kind and why.
  fireEvent.click(screen.getByRole("button", { name: "Gelezen bladen (5)" }));
  const bladen = [...document.querySelectorAll("li")]
    .map((li) => li.textContent ?? "")
    .filter((t) => /^(Emmen|Emmen 2|Coevorden|htotaal|Notities): /.test(t));
  expect(bladen).toEqual([
    "Emmen: planlijst, 14 plannen (Emmen)",
    "Emmen 2: planlijst, 2 plannen (Emmen)",
    "Coevorden: planlijst, 6 plannen (Coevorden)",
    "htotaal: samenvatting per gemeente (geen plannen) (Aa en Hunze); 1 cel met een foutwaarde",
    expect.stringMatching(/^Notities: overig: .+/),
  ]);

  // The findings as in the Controle tab, the #REF! in the summary sheet among them, its cell selectable.
  const fout = c.bevindingen.find((b) => b.blad === "htotaal")!;
  expect(fout.bevinding.message).toMatch(/#REF!/);
  const titel = REGEL_OP_CODE[fout.bevinding.rule].titel;
  const groep = screen.getByRole("button", { name: new RegExp(`^${titel}`) });
  if (groep.getAttribute("aria-expanded") === "false") fireEvent.click(groep);
  const cel = await screen.findByTitle(
    `Selecteer cel ${fout.bevinding.column}${fout.bevinding.row} op blad htotaal`
  );
  fireEvent.click(cel);
  expect(acties.selecteer).toHaveBeenCalledWith(
    "htotaal",
    `${fout.bevinding.column}${fout.bevinding.row}`
  );
  await waitFor(() =>
    expect(document.body).toHaveTextContent(/Samenvatting klaar: \d+ plannen, \d+ fouten/)
  );
  expect(await axeFouten()).toEqual([]);
});

test("writes the sheets into the workbook and removes them; hidden sheets left out on request", async () => {
  const acties = nepActies({ samenvatting: samenvatting() });
  toonPane({ acties });
  await naarPerGemeente();
  fireEvent.click(screen.getByRole("checkbox", { name: "Verborgen bladen en rijen weglaten" }));
  fireEvent.click(knop("Zet in werkmap"));
  expect(acties.vatSamen).toHaveBeenCalledWith({ zonderVerborgen: true, inWerkmap: true });
  expect(
    await screen.findByText(
      "De bladen Woondeal-samenvatting, Woondeal-bevindingen en Woondeal-verantwoording staan nu in de werkmap."
    )
  ).toBeInTheDocument();
  // The sheet list is read again (the picker never offers the add-in's sheets).
  await waitFor(() => expect(acties.bladen).toHaveBeenCalledTimes(2));

  fireEvent.click(knop("Verwijder samenvatting"));
  expect(
    await screen.findByText(
      "De bladen Woondeal-samenvatting, Woondeal-bevindingen en Woondeal-verantwoording zijn verwijderd."
    )
  ).toBeInTheDocument();
  expect(acties.verwijderSamenvatting).toHaveBeenCalledTimes(1);
  // Keyboard: the buttons are reachable and work with Enter like any button.
  knop("Vat werkmap samen").focus();
  expect(knop("Vat werkmap samen")).toHaveFocus();
});

test("an error is said in Dutch and the buttons come back", async () => {
  const acties = nepActies({ samenvatting: samenvatting() });
  acties.vatSamen.mockRejectedValueOnce(
    Object.assign(new Error("x"), { code: "GeneralException" })
  );
  toonPane({ acties });
  await naarPerGemeente();
  await act(async () => {
    fireEvent.click(knop("Vat werkmap samen"));
  });
  expect(await screen.findByText(/^Samenvatten is niet gelukt/)).toBeInTheDocument();
  expect(knop("Vat werkmap samen")).toBeEnabled();
});
