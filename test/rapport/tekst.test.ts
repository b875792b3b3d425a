import { rapportAlsTekst } from "../../src/rapport/tekst";
import { INDELINGEN } from "../../src/planlijst/indeling";
import { toets } from "../../src/rules/toets";
import { leesBlad } from "../../src/planlijst/lezer";
import { dealPlan, maakBlad } from "../fixtures/plannen";

describe("rapportAlsTekst: every finding under its own article", () => {
  const blad = maakBlad([
    dealPlan({ rij: 2, naam: "Koop", segment: "betaalbare koop", koopprijs: 360000 }),
    dealPlan({ rij: 3, naam: "Huur", segment: "sociale huur", huurprijs: 950 }),
    dealPlan({ rij: 4, naam: "Midden", segment: "middenhuur", huurprijs: 1100 }),
    dealPlan({
      rij: 5,
      naam: "Flex",
      flex: true,
      transformatie: true,
      doelgroep: "starters",
      bruto: 6,
    }),
  ]);
  const tekst = rapportAlsTekst("lijst.xlsx", toets([blad], { peildatum: "2026-03-01" }));
  const regels = tekst.split("\n");

  it("prints the art. 1a finding under art. 1a and the art. 1g findings under art. 1g, with their counts", () => {
    const i1a = regels.indexOf("  art. 1a · Prijs past niet bij het segment (1)");
    const i1g = regels.indexOf("  art. 1g · Prijs past niet bij het segment (2)");
    expect(i1a).toBeGreaterThan(-1);
    expect(i1g).toBeGreaterThan(i1a);
    expect(regels[i1a + 1]).toMatch(/^ {4}Planlijst!K2: Betaalbare koop kost volgens art\. 1a/);
    expect(regels[i1g + 1]).toMatch(/^ {4}Planlijst!L3: Sociale huur ligt niet boven/);
    expect(regels[i1g + 2]).toMatch(/^ {4}Planlijst!L4: Middenhuur ligt volgens art\. 1g tussen/);
  });
  it("states the sociale huur limit as the liberalisatiegrens of the opleverjaar", () => {
    expect(regels[1]).toBe(
      "Peildatum 1 maart 2026 · prijsgrenzen van de woondeal (peildatum 1 januari 2022): betaalbare koop € 355.000, huur € 1.000, sociale huur tot de liberalisatiegrens van het opleverjaar (de woondeal legt die niet vast)"
    );
  });
  it("states the hard/soft reading used", () => {
    expect(regels[2]).toBe(
      "Planstatus: hard = 1A–2C, vergund, in aanbouw, opgeleverd; 3, 4A en 4B zacht (landelijke monitoring van plancapaciteit)"
    );
    const streng = rapportAlsTekst(
      "lijst.xlsx",
      toets([blad], {
        peildatum: "2026-03-01",
        instellingen: { gemeenten: {}, hardheid: "streng" },
      })
    );
    expect(streng.split("\n")[2]).toBe(
      "Planstatus: hard = 1A en 2A (zonder uitwerkingsplicht of wijzigingsbevoegdheid), vergund, in aanbouw, opgeleverd; 1B–2C, 3, 4A en 4B zacht (strenge lezing, art. 1h)"
    );
  });
  it("shows flexwoningen, transformatie (art. 4.13) and doelgroepen per gemeente", () => {
    const i = regels.findIndex((r) => r.startsWith("  Emmen: 4 plannen"));
    expect(regels.slice(i + 5, i + 7)).toEqual([
      "    flexwoningen 6 · transformatie 6 (art. 4.13)",
      "    doelgroepen: Starters 6 · geen doelgroep 30",
    ]);
  });
});

describe("rapportAlsTekst: the layout the reader recognised", () => {
  it("names it under the sheet, as the pane does", () => {
    const blad = {
      ...maakBlad([dealPlan({ rij: 2 })]),
      indeling: { code: "W" as const, naam: INDELINGEN.W },
    };
    const regels = rapportAlsTekst("lijst.xlsx", toets([blad])).split("\n");
    const kop = regels.findIndex((r) => r.startsWith('Blad "Planlijst": planlijst met 1 plan,'));
    expect(kop).toBeGreaterThan(-1);
    expect(regels[kop + 1]).toBe(
      "  Indeling: Woningbouw Monitor-export (Shinto Labs): één rij per bouwcluster."
    );
  });
  it("says nothing when no layout was recognised", () => {
    const tekst = rapportAlsTekst("lijst.xlsx", toets([maakBlad([dealPlan({ rij: 2 })])]));
    expect(tekst).not.toContain("Indeling:");
  });
});

describe("rapportAlsTekst: what the reader recognised on a sheet", () => {
  it("lists the fields and the count-per-segment columns with their letters, and counts the jaarschijven", () => {
    const blad = leesBlad("Lijst", [
      ["Projectnaam", "Planstatus", "Sociale huur", "Koop", "2025", "2026"],
      ["Parkwijk", "1A", 4, 6, 5, 5],
    ]);
    const regels = rapportAlsTekst("lijst.xlsx", toets([blad])).split("\n");
    expect(regels).toContain(
      "  Herkend: Projectnaam A, Planstatus B, Aantal sociale huur C, Aantal koop D, 2 kolommen jaarschijven."
    );
  });
});
