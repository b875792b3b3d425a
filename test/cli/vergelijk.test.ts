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

  it("--out writes the sheets Wijzigingen, Per gemeente and Bevindingen, without links into a planlijst it does not hold", async () => {
    const vorige = await werkmap("ronde1.xlsx", [
      ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "1A", 48, 2026],
      ["EM-2", "Erica Zuid", "Emmen", "Erica", "vergund", 30, 2025],
    ]);
    const huidige = await werkmap("ronde2.xlsx", [
      ["EM-1", "Parkwijk fase 3", "Emmen", "Emmen", "1A", 60, 2026],
      ["EM-3", "=1+1", "Emmen", "Emmen", "3", 12, 2029],
    ]);
    const out = path.join(tmp, "verschil.xlsx");
    const r = await draai([
      "vergelijk",
      vorige,
      huidige,
      "--peildatum",
      "2026-06-01",
      "--out",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Verschil geschreven naar ${out}.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Wijzigingen",
      "Per gemeente",
      "Bevindingen",
    ]);
    const ws = wb.getWorksheet("Wijzigingen")!;
    const rij = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(rij(1)[0]).toBe(
      "Vergelijking ronde2.xlsx met de vorige planlijst ronde1.xlsx · peildatum 1 juni 2026 (voor beide rondes)"
    );
    expect(rij(3)).toEqual([
      "Soort",
      "Plan",
      "Gemeente",
      "Vorige plaats",
      "Huidige plaats",
      "Wat veranderde (vorige → huidige)",
      "Artikel",
    ]);
    const rijen = [rij(4), rij(5), rij(6)];
    expect(rijen).toContainEqual([
      "gewijzigd",
      "Parkwijk fase 3 (EM-1)",
      "Emmen",
      "Planlijst rij 2",
      "Planlijst rij 2",
      "netto 48 → 60 (+12); bruto 48 → 60 (+12)",
      "art. 7.2",
    ]);
    expect(rijen).toContainEqual([
      "vervallen",
      "Erica Zuid (EM-2)",
      "Emmen",
      "Planlijst rij 3",
      undefined,
      "niet meer in de planlijst (was 30 netto)",
      "art. 7.2",
    ]);
    // A plan named "=1+1" is text in the sheet, never a formula; the place is text, not a link.
    const nieuw = rijen.find((x) => x[0] === "nieuw")!;
    expect(nieuw[1]).toBe("=1+1 (EM-3)");
    expect(nieuw[4]).toBe("Planlijst rij 3");
    ws.eachRow((row) =>
      row.eachCell((c) => expect(typeof c.value === "object" && c.value !== null).toBe(false))
    );
    const pg = wb.getWorksheet("Per gemeente")!;
    const emmen = (pg.getRow(4).values as unknown[]).slice(1);
    expect(emmen.slice(0, 7)).toEqual(["Emmen", 2, 2, 0, 78, 72, -6]);
    const bev = wb.getWorksheet("Bevindingen")!;
    expect((bev.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Ernst", "Artikel", "Regel"]);
    expect(bev.rowCount).toBeGreaterThan(3);
  });

  it("--out refuses an input, a link to one and a name without .xlsx (exit code 2, nothing written)", async () => {
    const vorige = await werkmap("a.xlsx", [
      ["EM-1", "Parkwijk", "Emmen", "Emmen", "1A", 10, 2026],
    ]);
    const huidige = await werkmap("b.xlsx", [
      ["EM-1", "Parkwijk", "Emmen", "Emmen", "1A", 12, 2026],
    ]);
    const voor = await fs.readFile(huidige);
    const r = await draai(["vergelijk", vorige, huidige, "--out", huidige]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${huidige} is ook een invoerbestand`);
    const link = path.join(tmp, "link.xlsx");
    await fs.symlink(vorige, link);
    const r2 = await draai(["vergelijk", vorige, huidige, "--out", link]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("is ook een invoerbestand");
    const r3 = await draai(["vergelijk", vorige, huidige, "--out", path.join(tmp, "v.csv")]);
    expect([r3.code, r3.stderr]).toEqual([
      2,
      `woondeal-toets: --out "${path.join(tmp, "v.csv")}" moet eindigen op .xlsx\n`,
    ]);
    expect(r.stdout + r2.stdout + r3.stdout).toBe("");
    expect(await fs.readFile(huidige)).toEqual(voor);
  });

  it("is in the help", async () => {
    const r = await draai(["--help"]);
    expect(r.stdout).toContain(
      "woondeal-toets vergelijk <vorige.xlsx> <huidige.xlsx> [--json pad] [--out verschil.xlsx] [opties]"
    );
  });
});
