import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

async function draai(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    kleur: false,
  });
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "woondeal-vergelijk-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const KOP = ["Plan-ID", "Projectnaam", "Gemeente", "Kern", "Planstatus", "Aantal", "Oplevering"];

async function werkmap(naam: string, rijen: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Planlijst");
  [KOP, ...rijen].forEach((r) => ws.addRow(r));
  const pad = path.join(tmp, naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

describe("woondeal-toets vergelijk", () => {
  it("prints the comparison per gemeente, each finding under its article, and writes JSON", async () => {
    const vorige = await werkmap("voorjaar.xlsx", [
      ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "1A", 48, 2026],
      ["EM-2", "Erica Zuid", "Emmen", "Erica", "vergund", 30, 2025],
      [null, "Pottendijk", "Emmen", "Emmen", "3", 120, 2029],
    ]);
    const huidige = await werkmap("najaar.xlsx", [
      ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "3", 48, 2028],
      [null, "Pottendijk fase 1", "Emmen", "Emmen", "3", 60, 2029],
      [null, "Pottendijk fase 2", "Emmen", "Emmen", "3", 60, 2030],
    ]);
    const json = path.join(tmp, "verschil.json");
    const r = await draai([
      "vergelijk",
      vorige,
      huidige,
      "--peildatum",
      "2026-06-01",
      "--json",
      json,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const regels = r.stdout.split("\n");
    expect(regels.slice(0, 4)).toEqual([
      "Woondeal-toets · vergelijking van najaar.xlsx met de vorige planlijst voorjaar.xlsx",
      "Peildatum 1 juni 2026 (voor beide rondes) · planstatus: hard = 1A–2C, vergund, in aanbouw, opgeleverd; 3, 4A en 4B zacht (landelijke monitoring van plancapaciteit)",
      "Gekoppeld: 1 plan (1 op Plan-ID, 0 op naam, 0 op naam met een kleine spellingsafwijking); 1 gesplitst, 0 samengevoegd, 1 vervallen, 0 nieuw, 0 niet eenduidig.",
      "Bevindingen: 1 waarschuwing, 8 meldingen ter informatie.",
    ]);
    expect(r.stdout).toContain(
      [
        "Emmen",
        "  plannen in de totalen 3 → 3 (0) · netto 2022–2030 198 → 168 (−30) · dekking niet te berekenen (gemeentelijk aandeel niet ingesteld)",
        "  hard komende vijf jaar 48 → 0 (−48) · opgeleverd 0 → 0 (0)",
        "  per plan: 1 gewijzigd · 1 vervallen · 1 gesplitst · 1 hard → zacht · 1 later opgeleverd",
        "  art. 7.2 · Netto plancapaciteit lager dan in de vorige planlijst (1, waarschuwing)",
        "    Emmen: netto plancapaciteit 2022–2030 is 168 woningen, in de vorige planlijst 198 woningen (−30). Art. 7.2: de gemeenten kunnen voor de eigen aantallen schuiven/wijzigen met de projecten, op voorwaarde dat deze aantallen ten minste optellen tot de totalen van de gemeentelijke planlijsten. Hier vergeleken met de vorige planlijst; de gemeentelijke planlijst van de woondeal is die van na de realiteitscheck van 2022 (art. 1d).",
        "  art. 4.10 · Plan hard of zacht geworden (1, ter informatie)",
        "    Planlijst!E2: Parkwijk fase 3 (EM-1): planstatus van 1A onherroepelijk (hard) naar 3 in voorbereiding (zacht); 48 woningen netto tellen niet meer als harde plancapaciteit. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de realisatie van de woningbouwproductie voor de komende vijf jaren.",
      ].join("\n")
    );
    expect(r.stdout).toContain(
      "  art. 7.2 · Plan gesplitst (1, ter informatie)\n    Planlijst!B3: Pottendijk (vorige planlijst, blad Planlijst rij 4; 120 woningen netto) is gesplitst in Pottendijk fase 1 (60), Pottendijk fase 2 (60): samen 120 woningen netto (0)."
    );
    expect(r.stdout).toContain(
      "\nZuidoost Drenthe (regio)\n  art. 3.2 · Niet alle vier gemeenten in deze controle (1, ter informatie)\n"
    );
    expect(r.stdout).toContain(`Resultaat geschreven naar ${json}.`);
    const uit = JSON.parse(await fs.readFile(json, "utf8"));
    expect(uit.matches).toEqual([
      {
        previous: {
          sheet: "Planlijst",
          row: 2,
          id: "EM-1",
          name: "Parkwijk fase 3",
          gemeente: "Emmen",
          netto: 48,
        },
        current: {
          sheet: "Planlijst",
          row: 2,
          id: "EM-1",
          name: "Parkwijk fase 3",
          gemeente: "Emmen",
          netto: 48,
        },
        via: "id",
        changes: [
          {
            soort: "planstatus",
            voor: "1A onherroepelijk",
            na: "3 in voorbereiding",
            hardheidVoor: "hard",
            hardheidNa: "zacht",
            richting: "afgewaardeerd",
          },
          {
            soort: "opleverjaar",
            voor: { van: 2026, tot: 2026 },
            na: { van: 2028, tot: 2028 },
            jaren: 2,
          },
        ],
      },
    ]);
    expect(uit.removed.map((p: { name: string }) => p.name)).toEqual(["Erica Zuid"]);
    expect(uit.splits[0].current.map((p: { row: number }) => p.row)).toEqual([3, 4]);
    expect(uit.byGemeente.Emmen.nettoInPeriode).toEqual({
      vorige: 198,
      huidige: 168,
      verschil: -30,
    });
    // hard → zacht, opleverjaar, split, removed; four totals; the region not compared.
    expect(uit.findings.length).toBe(9);
  });

  it("asks for exactly two files, and says which file holds no planlijst (exit code 2)", async () => {
    const een = await werkmap("een.xlsx", [["EM-1", "Parkwijk", "Emmen", "Emmen", "1A", 10, 2026]]);
    const r = await draai(["vergelijk", een]);
    expect([r.code, r.stderr]).toEqual([
      2,
      "woondeal-toets: vergelijk vraagt twee bestanden: de vorige en de huidige planlijst (woondeal-toets vergelijk vorige.xlsx huidige.xlsx)\n",
    ]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notities").addRow(["Alleen een notitie"]);
    const leeg = path.join(tmp, "notities.xlsx");
    await wb.xlsx.writeFile(leeg);
    const r2 = await draai(["vergelijk", een, leeg]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(
      /^woondeal-toets: notities\.xlsx: geen planlijst gevonden \(blad "Notities": /
    );
  });

  it("is in the help", async () => {
    const r = await draai(["--help"]);
    expect(r.stdout).toContain(
      "woondeal-toets vergelijk <vorige.xlsx> <huidige.xlsx> [--json pad] [opties]"
    );
  });
});
