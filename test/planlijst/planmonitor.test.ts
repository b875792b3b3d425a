/**
 * Layout M, the Planmonitor Wonen import (test/data/layouts/m-planmonitor-wonen.xlsx): one plan
 * per sheet, its fields as key/value rows above a year matrix. Each finding sits at the cell
 * that holds its field, not at the Nieuwbouw row.
 */
import * as path from "path";
import { leesXlsx } from "../../src/cli/xlsx";
import { Cel } from "../../src/planlijst/cel";
import { WerkmapInvoer, leesWerkmap } from "../../src/planlijst/lezer";
import { celVanVeld } from "../../src/planlijst/plan";
import { toets } from "../../src/rules/toets";
import { rapportAlsTekst } from "../../src/rapport/tekst";

const BESTAND = path.join(__dirname, "..", "data", "layouts", "m-planmonitor-wonen.xlsx");

/** The fixture's sheets, with `wijzig` applied to the grid of "Gasselte Noord". */
async function werkmap(wijzig: (raster: Cel[][]) => void = () => {}): Promise<WerkmapInvoer[]> {
  const invoer = await leesXlsx(BESTAND);
  const blad = invoer.find((b) => b.naam === "Gasselte Noord")!;
  wijzig(blad.raster as Cel[][]);
  return invoer;
}

/** Sets the value (column B) of the key/value row labelled `label`. */
function zetWaarde(raster: Cel[][], label: string, waarde: Cel) {
  const rij = raster.find((r) => r[0] === label)!;
  rij[1] = waarde;
}

describe("Planmonitor: where each field of the plan is", () => {
  it("key/value fields at their value cell in column B, counts at the total of their matrix row", async () => {
    const { bladen } = leesWerkmap(await werkmap());
    const plan = bladen.find((b) => b.naam === "Gasselte Noord")!.plannen[0];
    expect(plan.rij).toBe(15); // the Nieuwbouw row
    expect(celVanVeld(plan, "naam")).toEqual({ rij: 1, kolom: "B" });
    expect(celVanVeld(plan, "kern")).toEqual({ rij: 2, kolom: "B" });
    expect(celVanVeld(plan, "gemeente")).toEqual({ rij: 3, kolom: "B" });
    expect(celVanVeld(plan, "planstatus")).toEqual({ rij: 9, kolom: "B" });
    expect(celVanVeld(plan, "opmerking")).toEqual({ rij: 12, kolom: "B" });
    // Nieuwbouw, Flexwoningen and Sloop: the "Totalen" column (B) of their rows.
    expect(celVanVeld(plan, "bruto")).toEqual({ rij: 15, kolom: "B" });
    expect(celVanVeld(plan, "flex")).toEqual({ rij: 20, kolom: "B" });
    expect(celVanVeld(plan, "sloop")).toEqual({ rij: 26, kolom: "B" });
    expect(celVanVeld(plan)).toEqual({ rij: 15 });
  });

  it("a gemeente outside the deal is reported at the Gemeente value cell (B3)", async () => {
    const invoer = await werkmap((r) => zetWaarde(r, "Gemeente", "Assen"));
    const rapport = toets(leesWerkmap(invoer).bladen, { peildatum: "2025-06-01" });
    const f = rapport.bevindingen.find((b) => b.rule === "gemeente-buiten-deal")!;
    expect(f).toMatchObject({ sheet: "Gasselte Noord", row: 3, column: "B", field: "gemeente" });
  });

  it("an empty Gemeente is reported at the empty cell the user fills in", async () => {
    const invoer = await werkmap((r) => zetWaarde(r, "Gemeente", null));
    const rapport = toets(leesWerkmap(invoer).bladen, { peildatum: "2025-06-01" });
    const f = rapport.bevindingen.find((b) => b.rule === "gemeente-ontbreekt")!;
    expect(f).toMatchObject({ sheet: "Gasselte Noord", row: 3, column: "B" });
  });

  it("an unreadable or missing planologische status is reported at Status Planologisch (B9)", async () => {
    const onleesbaar = await werkmap((r) => zetWaarde(r, "Status Planologisch", "ergens tussenin"));
    const a = toets(leesWerkmap(onleesbaar).bladen, { peildatum: "2025-06-01" });
    expect(a.bevindingen.find((b) => b.rule === "onleesbare-cel")).toMatchObject({
      row: 9,
      column: "B",
      field: "planstatus",
    });
    const leeg = await werkmap((r) => zetWaarde(r, "Status Planologisch", null));
    const b = toets(leesWerkmap(leeg).bladen, { peildatum: "2025-06-01" });
    expect(b.bevindingen.find((f) => f.rule === "planstatus-onbekend")).toMatchObject({
      sheet: "Gasselte Noord",
      row: 9,
      column: "B",
    });
  });

  it("a soft plan due through 2024 is reported at its planologische status (B9)", async () => {
    const invoer = await werkmap((r) => {
      zetWaarde(r, "Status Planologisch", "3 In voorbereiding");
      const kop = r.findIndex((rij) => rij[0] === "Groepnaam");
      r[kop + 1][r[kop].indexOf(2024)] = 3; // homes in 2024 make the plan due through 2024
    });
    const rapport = toets(leesWerkmap(invoer).bladen, { peildatum: "2025-06-01" });
    expect(rapport.bevindingen.find((b) => b.rule === "planologische-status")).toMatchObject({
      row: 9,
      column: "B",
    });
  });
});

describe("Planmonitor: what the sheet has, as the check and the report say it", () => {
  it("Status Planologisch is the sheet's planstatus: no 'geen kolom planstatus'; without that row there is", async () => {
    const opties = { peildatum: "2026-11-27" };
    const met = toets(leesWerkmap(await werkmap()).bladen, opties);
    expect(met.bevindingen.filter((b) => b.rule === "geen-planstatus")).toEqual([]);
    const zonder = toets(
      leesWerkmap(
        await werkmap((raster) => {
          const rij = raster.find((r) => r[0] === "Status Planologisch")!;
          rij[0] = null;
          rij[1] = null;
        })
      ).bladen,
      opties
    );
    expect(
      zonder.bevindingen.filter((b) => b.rule === "geen-planstatus").map((b) => b.sheet)
    ).toEqual(["Gasselte Noord"]);
  });
  it("the text report lists the fields at their cells, in row order, and says '1 plan'", async () => {
    const rapport = toets(leesWerkmap(await werkmap()).bladen, { peildatum: "2026-11-27" });
    const tekst = rapportAlsTekst("m.xlsx", rapport);
    expect(tekst).toContain('Blad "Gasselte Noord": planlijst met 1 plan, kopregel op rij 14');
    expect(tekst).toContain(
      "  Herkend: Projectnaam B1, Kern B2, Gemeente B3, Provincie B5, Plantype B6, Planstatus B9, Opmerking B12, Aantal woningen (bruto) B15, Flexwoning B20, Sloop B26, 5 kolommen jaarschijven."
    );
  });
});
