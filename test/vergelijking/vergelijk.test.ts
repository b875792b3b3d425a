import { GEMEENTEN } from "../../src/deal/gemeenten";
import { leesBlad } from "../../src/planlijst/lezer";
import { Plan } from "../../src/planlijst/plan";
import { vergelijk } from "../../src/vergelijking";
import { dealPlan, instellingen, maakBlad } from "../fixtures/plannen";
import { maakRondes } from "../fixtures/rondes";

const ART_72 =
  "Art. 7.2: de gemeenten kunnen voor de eigen aantallen schuiven/wijzigen met de projecten, op voorwaarde dat deze aantallen ten minste optellen tot de totalen van de gemeentelijke planlijsten.";

/** Emmen in two rounds: one plan of every kind of change. */
function emmen() {
  const vorige: Plan[] = [
    dealPlan({
      id: "EM-1",
      naam: "Parkwijk fase 3",
      kern: "Emmen",
      bruto: 48,
      planstatus: "1A",
      segment: "sociale huur",
      huurprijs: 700,
      opleverjaar: { van: 2026, tot: 2026 },
    }),
    dealPlan({
      id: "EM-2",
      naam: "Rietlanden Oost",
      kern: "Emmen",
      bruto: 36,
      planstatus: "3",
      segment: "betaalbare koop",
      koopprijs: 329000,
      opleverjaar: { van: 2027, tot: 2027 },
    }),
    dealPlan({
      id: "EM-3",
      naam: "Pottendijk",
      kern: "Emmen",
      bruto: 120,
      planstatus: "in aanbouw",
      opleverjaar: { van: 2029, tot: 2029 },
    }),
    dealPlan({
      naam: "Angelslo herstructurering",
      kern: "Emmen",
      bruto: 24,
      planstatus: "2A",
      opleverjaar: { van: 2025, tot: 2025 },
    }),
    dealPlan({
      id: "EM-5",
      naam: "Erica Zuid",
      kern: "Erica",
      bruto: 30,
      planstatus: "vergund",
      opleverjaar: { van: 2025, tot: 2025 },
    }),
  ];
  const huidige: Plan[] = [
    dealPlan({
      id: "EM-1",
      naam: "Parkwijk fase 3",
      kern: "Emmen",
      bruto: 40,
      planstatus: "3",
      segment: "sociale huur",
      huurprijs: 700,
      opleverjaar: { van: 2026, tot: 2026 },
    }),
    dealPlan({
      id: "EM-2",
      naam: "Rietlanden Oost",
      kern: "Emmen",
      bruto: 36,
      planstatus: "2A",
      segment: "betaalbare koop",
      koopprijs: 365000,
      opleverjaar: { van: 2031, tot: 2031 },
    }),
    dealPlan({
      id: "EM-3",
      naam: "Pottendijk",
      kern: "Emmen",
      bruto: 120,
      planstatus: "opgeleverd",
      opleverjaar: { van: 2025, tot: 2025 },
    }),
    dealPlan({
      naam: "Angelslo herstructureering",
      kern: "Emmen",
      bruto: 24,
      planstatus: "2A",
      opleverjaar: { van: 2025, tot: 2025 },
    }),
    dealPlan({
      id: "EM-6",
      naam: "Weiersstraat",
      kern: "Emmen",
      bruto: 10,
      planstatus: "1A",
      opleverjaar: { van: 2026, tot: 2026 },
    }),
  ];
  return { vorige, huidige };
}

const EMMEN_INSTELLINGEN = instellingen({
  Emmen: {
    aandeel: 200,
    jaarschijven: { 2022: 20, 2023: 20, 2024: 20, 2025: 20, 2026: 60, 2027: 60, 2028: 60 },
  },
});

describe("vergelijk: what changed per plan", () => {
  it("lists every change of every matched plan: aantallen, hard/soft, year, segment by price, price, delivered, name", () => {
    const { vorige, huidige } = emmen();
    const v = vergelijk([maakBlad(vorige)], [maakBlad(huidige)], { peildatum: "2026-06-01" });
    expect(v.plannen.map((p) => [p.vorige.naam, p.via, p.wijzigingen])).toEqual([
      [
        "Parkwijk fase 3",
        "id",
        [
          { soort: "aantal", veld: "netto", voor: 48, na: 40, verschil: -8 },
          { soort: "aantal", veld: "bruto", voor: 48, na: 40, verschil: -8 },
          {
            soort: "planstatus",
            voor: "1A onherroepelijk",
            na: "3 in voorbereiding",
            hardheidVoor: "hard",
            hardheidNa: "zacht",
            richting: "afgewaardeerd",
          },
        ],
      ],
      [
        "Rietlanden Oost",
        "id",
        [
          {
            soort: "planstatus",
            voor: "3 in voorbereiding",
            na: "2A vastgesteld, nog niet onherroepelijk",
            hardheidVoor: "zacht",
            hardheidNa: "hard",
            richting: "opgehard",
          },
          {
            soort: "opleverjaar",
            voor: { van: 2027, tot: 2027 },
            na: { van: 2031, tot: 2031 },
            jaren: 4,
          },
          // The label stays "betaalbare koop"; the price (art. 1a) makes it dure koop.
          { soort: "segment", voor: "betaalbare koop", na: "dure koop" },
          { soort: "prijs", voor: 329000, na: 365000 },
        ],
      ],
      [
        "Pottendijk",
        "id",
        [
          {
            soort: "planstatus",
            voor: "in aanbouw",
            na: "opgeleverd",
            hardheidVoor: "hard",
            hardheidNa: "hard",
            richting: "anders",
          },
          { soort: "opgeleverd" },
          {
            soort: "opleverjaar",
            voor: { van: 2029, tot: 2029 },
            na: { van: 2025, tot: 2025 },
            jaren: -4,
          },
        ],
      ],
      [
        "Angelslo herstructurering",
        "spelling",
        [{ soort: "naam", voor: "Angelslo herstructurering", na: "Angelslo herstructureering" }],
      ],
    ]);
    expect(v.koppeling.vervallen.map((p) => p.naam)).toEqual(["Erica Zuid"]);
    expect(v.koppeling.nieuw.map((p) => p.naam)).toEqual(["Weiersstraat"]);
  });

  it("a hard/soft reading from the settings decides up and down: 1B is soft under the strict reading", () => {
    const a = dealPlan({ id: "EM-1", naam: "Noordbargeres", planstatus: "3" });
    const b = dealPlan({ id: "EM-1", naam: "Noordbargeres", planstatus: "1B" });
    const ruim = vergelijk([maakBlad([a])], [maakBlad([b])], { peildatum: "2026-06-01" });
    const streng = vergelijk([maakBlad([a])], [maakBlad([b])], {
      peildatum: "2026-06-01",
      instellingen: { gemeenten: {}, hardheid: "streng" },
    });
    expect(ruim.plannen[0].wijzigingen).toEqual([
      {
        soort: "planstatus",
        voor: "3 in voorbereiding",
        na: "1B onherroepelijk, met uitwerkingsplicht",
        hardheidVoor: "zacht",
        hardheidNa: "hard",
        richting: "opgehard",
      },
    ]);
    expect(streng.plannen[0].wijzigingen).toEqual([
      {
        soort: "planstatus",
        voor: "3 in voorbereiding",
        na: "1B onherroepelijk, met uitwerkingsplicht",
        hardheidVoor: "zacht",
        hardheidNa: "zacht",
        richting: "anders",
      },
    ]);
    expect(streng.bevindingen.filter((f) => f.rule === "hardheid-gewijzigd")).toEqual([]);
  });
});

describe("vergelijk: findings with the deal's articles", () => {
  it("each change the deal speaks to is a finding at the current plan's cell, as info; wording says what the deal asks", () => {
    const { vorige, huidige } = emmen();
    const v = vergelijk([maakBlad(vorige)], [maakBlad(huidige)], {
      peildatum: "2026-06-01",
      instellingen: EMMEN_INSTELLINGEN,
    });
    const perPlan = v.bevindingen.filter(
      (f) => f.sheet !== undefined || f.rule === "plan-vervallen"
    );
    expect(perPlan.map((f) => [f.rule, f.severity, f.article, f.row, f.column, f.message])).toEqual(
      [
        [
          "aantal-gewijzigd",
          "info",
          "art. 7.2",
          huidige[0].rij,
          "F",
          `Parkwijk fase 3 (EM-1): netto 40 woningen, in de vorige planlijst 48 woningen (−8). ${ART_72}`,
        ],
        [
          "hardheid-gewijzigd",
          "info",
          "art. 4.10",
          huidige[0].rij,
          "N",
          "Parkwijk fase 3 (EM-1): planstatus van 1A onherroepelijk (hard) naar 3 in voorbereiding (zacht); 40 woningen netto tellen niet meer als harde plancapaciteit. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de realisatie van de woningbouwproductie voor de komende vijf jaren.",
        ],
        [
          "hardheid-gewijzigd",
          "info",
          "art. 4.10",
          huidige[1].rij,
          "N",
          "Rietlanden Oost (EM-2): planstatus van 3 in voorbereiding (zacht) naar 2A vastgesteld, nog niet onherroepelijk (hard); 36 woningen netto tellen nu als harde plancapaciteit (opgehard, art. 1h en 4.10).",
        ],
        [
          "opleverjaar-verschoven",
          "info",
          "art. 7.2",
          huidige[1].rij,
          "O",
          "Rietlanden Oost (EM-2): oplevering 2031, in de vorige planlijst 2027 (4 jaar later). De oplevering valt daarmee na 2030, buiten de periode van de woondeal (art. 3.1): de woningen tellen niet meer mee in de totalen. Art. 7.2: de gemeenten kunnen met projecten schuiven en bekijken welke projecten versneld gerealiseerd of in de planning naar voren gehaald kunnen worden.",
        ],
        [
          "segment-gewijzigd",
          "info",
          "art. 1a, 6",
          huidige[1].rij,
          "K",
          "Rietlanden Oost (EM-2): segment dure koop, in de vorige planlijst betaalbare koop (zoals de woondeal telt: op prijs waar die bekend is, art. 1a en 1g). Het plan telt daarmee niet meer als betaalbaar; art. 6: partijen zetten in op ten minste twee derde betaalbare huur- en koopwoningen vanaf 2025.",
        ],
        [
          "opleverjaar-verschoven",
          "info",
          "art. 7.2",
          huidige[2].rij,
          "O",
          "Pottendijk (EM-3): oplevering 2025, in de vorige planlijst 2029 (4 jaar eerder). Art. 7.2: de gemeenten kunnen met projecten schuiven en bekijken welke projecten versneld gerealiseerd of in de planning naar voren gehaald kunnen worden.",
        ],
        [
          "plan-opgeleverd",
          "info",
          "art. 8.1",
          huidige[2].rij,
          "N",
          "Pottendijk (EM-3): opgeleverd sinds de vorige planlijst (120 woningen netto). Art. 8.1: de gemeenten en de provincie monitoren tweemaal per jaar gezamenlijk de woningbouwproductie.",
        ],
        [
          "koppeling-op-naam",
          "info",
          "art. 8.1",
          huidige[3].rij,
          "B",
          `Gekoppeld aan Angelslo herstructurering (vorige planlijst, blad Planlijst rij ${vorige[3].rij}) op een naam met een kleine spellingsafwijking (naam "Angelslo herstructurering" → "Angelslo herstructureering"). Controleer of dit hetzelfde plan is; een vast Plan-ID in beide planlijsten maakt de koppeling zeker.`,
        ],
        [
          "plan-nieuw",
          "info",
          "art. 7.3",
          huidige[4].rij,
          "B",
          "Weiersstraat (EM-6): nieuw sinds de vorige planlijst (10 woningen netto, 1A onherroepelijk, oplevering 2026). Art. 7.3: naast de bestaande projecten kunnen de gemeenten tussentijds met nieuwe initiatieven aan de slag, mits deze vallen onder de verdeling van afspraken over aantallen, doelgroepen en betaalbaarheid.",
        ],
        [
          "plan-vervallen",
          "info",
          "art. 7.2",
          undefined,
          undefined,
          `Erica Zuid (EM-5) (vorige planlijst, blad Planlijst rij ${vorige[4].rij}; 30 woningen netto, vergund, oplevering 2025) staat niet meer in de planlijst. ${ART_72}`,
        ],
      ]
    );
    for (const f of v.bevindingen) {
      expect(["warning", "info"]).toContain(f.severity);
      expect(f.message).not.toMatch(/\bmoet(en)?\b/);
    }
  });

  it("splits, merges and uncertain matches as findings; an uncertain match is a warning that says what to do", () => {
    const vorige = [
      dealPlan({ naam: "Pottendijk", bruto: 120 }),
      dealPlan({ naam: "Erica Zuid deel 1", bruto: 10 }),
      dealPlan({ naam: "Erica Zuid deel 2", bruto: 12 }),
      dealPlan({ naam: "Rietlanden Oost", bruto: 36 }),
    ];
    const huidige = [
      dealPlan({ naam: "Pottendijk fase 1", bruto: 60 }),
      dealPlan({ naam: "Pottendijk fase 2", bruto: 50 }),
      dealPlan({ naam: "Erica Zuid", bruto: 22 }),
      dealPlan({ naam: "Rietlanden Oost", bruto: 36 }),
      dealPlan({ naam: "Rietlanden Oost", bruto: 20 }),
    ];
    const v = vergelijk([maakBlad(vorige)], [maakBlad(huidige)], { peildatum: "2026-06-01" });
    expect(
      v.bevindingen
        .filter((f) => f.sheet)
        .map((f) => [f.rule, f.severity, f.article, f.row, f.message])
    ).toEqual([
      [
        "plan-gesplitst",
        "info",
        "art. 7.2",
        huidige[0].rij,
        `Pottendijk (vorige planlijst, blad Planlijst rij ${vorige[0].rij}; 120 woningen netto) is gesplitst in Pottendijk fase 1 (60), Pottendijk fase 2 (50): samen 110 woningen netto (−10). ${ART_72}`,
      ],
      [
        "plannen-samengevoegd",
        "info",
        "art. 7.2",
        huidige[2].rij,
        `Erica Zuid (22 woningen netto) voegt samen: Erica Zuid deel 1 (10, rij ${vorige[1].rij}), Erica Zuid deel 2 (12, rij ${vorige[2].rij}) uit de vorige planlijst, samen 22 woningen netto (0). ${ART_72}`,
      ],
      [
        "koppeling-onzeker",
        "warning",
        "art. 8.1",
        huidige[3].rij,
        `Niet eenduidig te koppelen (meer dan één plan met dezelfde naam in dezelfde gemeente): in de vorige planlijst Rietlanden Oost (rij ${vorige[3].rij}); in deze planlijst Rietlanden Oost (rij ${huidige[3].rij}), Rietlanden Oost (rij ${huidige[4].rij}). De vergelijking koppelt ze niet en raadt niet; geef de plannen in beide planlijsten een vast Plan-ID.`,
      ],
    ]);
    expect(v.perGemeente.Emmen.telling).toEqual({
      ongewijzigd: 0,
      gewijzigd: 0,
      nieuw: 0,
      vervallen: 0,
      gesplitst: 1,
      samengevoegd: 1,
      onzeker: 1,
      opgehard: 0,
      afgewaardeerd: 0,
      uitgesteld: 0,
      vervroegd: 0,
      segment: 0,
      opgeleverd: 0,
    });
  });
});

describe("vergelijk: a reused plan id", () => {
  it("a plan id matched to a plan with an unrelated name is said, so a reused id is never a silent match", () => {
    const a = [
      dealPlan({ id: "EM-004", naam: "Delftlanden kavels" }),
      dealPlan({ id: "EM-005", naam: "Parkwijk" }),
    ];
    const b = [
      dealPlan({ id: "EM-004", naam: "Weiersstraat flexwoningen" }),
      dealPlan({ id: "EM-005", naam: "Parkwijk fase 1" }),
    ];
    const v = vergelijk([maakBlad(a)], [maakBlad(b)], { peildatum: "2026-06-01" });
    expect(
      v.bevindingen
        .filter((f) => f.rule.startsWith("koppeling"))
        .map((f) => [f.rule, f.severity, f.row, f.message])
    ).toEqual([
      [
        "koppeling-op-id",
        "info",
        b[0].rij,
        `Gekoppeld op Plan-ID EM-004 aan Delftlanden kavels (EM-004) (vorige planlijst, blad Planlijst rij ${a[0].rij}), maar de naam is nu "Weiersstraat flexwoningen". Controleer of dit hetzelfde plan is en niet een nieuw plan met een hergebruikt Plan-ID.`,
      ],
    ]);
  });
});

describe("vergelijk: totals per gemeente before and after (art. 7.2, 4.10, 8.3)", () => {
  it("with bijlage 3 settings: lower totals, the 130% level lost, hard capacity below the jaarschijven are warnings; deliveries ahead are info", () => {
    const { vorige, huidige } = emmen();
    const v = vergelijk([maakBlad(vorige)], [maakBlad(huidige)], {
      peildatum: "2026-06-01",
      instellingen: EMMEN_INSTELLINGEN,
    });
    const { telling, ...cijfers } = v.perGemeente.Emmen;
    expect(cijfers).toEqual({
      gemeente: "Emmen",
      inDeal: true,
      plannen: { vorige: 5, huidige: 5, verschil: 0 },
      netto: { vorige: 258, huidige: 230, verschil: -28 },
      // 2031 is outside 2022–2030: Rietlanden Oost (36) leaves the period.
      nettoInPeriode: { vorige: 258, huidige: 194, verschil: -64 },
      doel: 200,
      dekking: { vorige: 1.29, huidige: 0.97 },
      // 2026–2030: before Parkwijk (48, 1A, 2026) + Pottendijk (120, in aanbouw, 2029); after only Weiersstraat (10).
      hardKomendeVijfJaar: { vorige: 168, huidige: 10, verschil: -158 },
      vereistKomendeVijfJaar: 180,
      opgeleverd: { vorige: 0, huidige: 120, verschil: 120 },
      vereistOpgeleverd: 80,
    });
    expect(telling).toEqual({
      ongewijzigd: 0,
      gewijzigd: 4,
      nieuw: 1,
      vervallen: 1,
      gesplitst: 0,
      samengevoegd: 0,
      onzeker: 0,
      opgehard: 1,
      afgewaardeerd: 1,
      uitgesteld: 1,
      vervroegd: 1,
      segment: 1,
      opgeleverd: 1,
    });
    const totalen = v.bevindingen.filter(
      (f) => f.sheet === undefined && f.rule !== "plan-vervallen"
    );
    expect(
      totalen.map((f) => [f.rule, f.severity, f.article, f.gemeente, f.value, f.limit, f.message])
    ).toEqual([
      [
        "totaal-lager",
        "warning",
        "art. 7.2",
        "Emmen",
        194,
        258,
        `Emmen: netto plancapaciteit 2022–2030 is 194 woningen, in de vorige planlijst 258 woningen (−64). ${ART_72} Hier vergeleken met de vorige planlijst; de gemeentelijke planlijst van de woondeal is die van na de realiteitscheck van 2022 (art. 1d).`,
      ],
      [
        "dekking-niet-gehandhaafd",
        "warning",
        "art. 4.10",
        "Emmen",
        194,
        260,
        "Emmen: dekking 97% van het gemeentelijk aandeel (200), in de vorige planlijst 129%. Art. 4.10: de gemeenten spannen zich in om ten minste 130% plancapaciteit te behouden (260 woningen); het streven is dit niveau te handhaven.",
      ],
      [
        "harde-capaciteit-rondes",
        "warning",
        "art. 4.10",
        "Emmen",
        10,
        180,
        "Emmen: harde plancapaciteit met oplevering in 2026–2030 is 10 woningen, in de vorige planlijst 168 woningen (−158); de jaarschijven uit bijlage 3 voor die jaren tellen op tot 180. Art. 4.10: er wordt ingezet op voldoende harde plancapaciteit voor de woningbouwproductie van de komende vijf jaren.",
      ],
      [
        "levering-rondes",
        "info",
        "art. 8.3",
        "Emmen",
        120,
        undefined,
        "Emmen: opgeleverd volgens de planlijst 120 woningen netto, in de vorige planlijst 0 woningen (+120; alleen plannen met status opgeleverd tellen); de jaarschijven uit bijlage 3 voor 2022–2025 tellen op tot 80 (art. 8.3).",
      ],
      [
        "regio-onvolledig",
        "info",
        "art. 3.2",
        undefined,
        undefined,
        undefined,
        "De vorige planlijst bevat plannen van Emmen, deze planlijst van Emmen; de regionale totalen worden alleen vergeleken als beide planlijsten alle vier gemeenten bevatten.",
      ],
    ]);
  });

  it("without settings every total is context that says what is not set; a level kept is info", () => {
    const a = [
      dealPlan({
        id: "1",
        naam: "Parkwijk",
        bruto: 300,
        planstatus: "1A",
        opleverjaar: { van: 2026, tot: 2026 },
      }),
    ];
    const b = [
      dealPlan({
        id: "1",
        naam: "Parkwijk",
        bruto: 310,
        planstatus: "1A",
        opleverjaar: { van: 2026, tot: 2026 },
      }),
    ];
    const zonder = vergelijk([maakBlad(a)], [maakBlad(b)], { peildatum: "2026-06-01" });
    expect(
      zonder.bevindingen.filter((f) => !f.sheet).map((f) => [f.rule, f.severity, f.message])
    ).toEqual([
      [
        "totaal-rondes",
        "info",
        "Emmen: netto plancapaciteit 2022–2030 is 310 woningen, in de vorige planlijst 300 woningen (+10).",
      ],
      [
        "dekking-rondes",
        "info",
        "Emmen: gemeentelijk aandeel (bijlage 3) niet ingesteld; of het niveau van 130% plancapaciteit is gehandhaafd (art. 4.10) is niet te berekenen. Vul het aandeel in bij Instellingen.",
      ],
      [
        "harde-capaciteit-rondes-stand",
        "info",
        "Emmen: harde plancapaciteit met oplevering in 2026–2030 is 310 woningen, in de vorige planlijst 300 woningen (+10). Jaarschijven uit bijlage 3 niet ingesteld: of dit voldoende is voor de productie van de komende vijf jaren (art. 4.10) is niet te toetsen.",
      ],
      [
        "levering-rondes",
        "info",
        "Emmen: opgeleverd volgens de planlijst 0 woningen netto, in de vorige planlijst 0 woningen (0; alleen plannen met status opgeleverd tellen). Jaarschijven uit bijlage 3 niet ingesteld: de voortgang tegenover de afgesproken productie (art. 8.3) is niet te toetsen.",
      ],
      [
        "regio-onvolledig",
        "info",
        "De vorige planlijst bevat plannen van Emmen, deze planlijst van Emmen; de regionale totalen worden alleen vergeleken als beide planlijsten alle vier gemeenten bevatten.",
      ],
    ]);
    const gehouden = vergelijk([maakBlad(a)], [maakBlad(b)], {
      peildatum: "2026-06-01",
      instellingen: instellingen({ Emmen: 200 }),
    });
    expect(
      gehouden.bevindingen
        .filter((f) => f.rule.startsWith("dekking"))
        .map((f) => [f.rule, f.severity, f.message])
    ).toEqual([
      [
        "dekking-rondes",
        "info",
        "Emmen: dekking 155% van het gemeentelijk aandeel (200), in de vorige planlijst 150%; 130% is 260 woningen (art. 4.10).",
      ],
    ]);
    const achter = vergelijk(
      [maakBlad(a)],
      [
        maakBlad([
          dealPlan({
            id: "1",
            naam: "Parkwijk",
            bruto: 300,
            planstatus: "opgeleverd",
            opleverjaar: { van: 2024, tot: 2024 },
          }),
        ]),
      ],
      {
        peildatum: "2026-06-01",
        instellingen: instellingen({
          Emmen: { jaarschijven: { 2022: 100, 2023: 100, 2024: 100, 2025: 100 } },
        }),
      }
    );
    expect(
      achter.bevindingen
        .filter((f) => f.rule.startsWith("levering"))
        .map((f) => [f.rule, f.severity, f.value, f.limit, f.message])
    ).toEqual([
      [
        "levering-achter",
        "warning",
        300,
        400,
        "Emmen: opgeleverd volgens de planlijst 300 woningen netto, in de vorige planlijst 0 woningen (+300; alleen plannen met status opgeleverd tellen); de jaarschijven uit bijlage 3 voor 2022–2025 tellen op tot 400. Art. 8.3: wanneer wordt geconstateerd dat de voortgang stokt, stellen partijen gezamenlijk de oorzaken vast en zetten zij de nodige acties in gang.",
      ],
    ]);
  });

  it("compares the region against the versnellingsopgave when both rounds hold all four gemeenten", () => {
    const ronde = (extra: number) =>
      maakBlad(
        GEMEENTEN.map((g, i) =>
          dealPlan({
            id: `P${i}`,
            naam: `Centrum ${g}`,
            gemeente: g,
            bruto: 1000 + (g === "Emmen" ? extra : 0),
            opleverjaar: { van: 2027, tot: 2027 },
          })
        )
      );
    const v = vergelijk([ronde(500)], [ronde(0)], { peildatum: "2026-06-01" });
    expect(v.regio.volledig).toBe(true);
    expect([v.regio.doel, v.regio.nettoInPeriode, v.regio.dekking]).toEqual([
      4177,
      { vorige: 4500, huidige: 4000, verschil: -500 },
      { vorige: 4500 / 4177, huidige: 4000 / 4177 },
    ]);
    expect(v.regio.telling.gewijzigd).toBe(1);
    expect(v.regio.telling.ongewijzigd).toBe(3);
    expect(
      v.bevindingen
        .filter((f) => f.gemeente === "Zuidoost Drenthe")
        .map((f) => [f.rule, f.severity, f.message])
    ).toEqual([
      [
        "totaal-lager",
        "warning",
        `Zuidoost Drenthe: netto plancapaciteit 2022–2030 is 4.000 woningen, in de vorige planlijst 4.500 woningen (−500). ${ART_72} Hier vergeleken met de vorige planlijst; de gemeentelijke planlijst van de woondeal is die van na de realiteitscheck van 2022 (art. 1d).`,
      ],
      [
        "dekking-niet-gehandhaafd",
        "warning",
        "Zuidoost Drenthe: dekking 95,8% van de versnellingsopgave (4.177), in de vorige planlijst 107,7%. Art. 4.10: de gemeenten spannen zich in om ten minste 130% plancapaciteit te behouden (5.430,1 woningen); het streven is dit niveau te handhaven.",
      ],
      [
        "harde-capaciteit-rondes-stand",
        "info",
        "Zuidoost Drenthe: harde plancapaciteit met oplevering in 2026–2030 is 4.000 woningen, in de vorige planlijst 4.500 woningen (−500). Jaarschijven uit bijlage 3 niet ingesteld: of dit voldoende is voor de productie van de komende vijf jaren (art. 4.10) is niet te toetsen.",
      ],
      [
        "levering-rondes",
        "info",
        "Zuidoost Drenthe: opgeleverd volgens de planlijst 0 woningen netto, in de vorige planlijst 0 woningen (0; alleen plannen met status opgeleverd tellen). Jaarschijven uit bijlage 3 niet ingesteld: de voortgang tegenover de afgesproken productie (art. 8.3) is niet te toetsen.",
      ],
    ]);
    expect(v.bevindingen.some((f) => f.rule === "regio-onvolledig")).toBe(false);
  });
});

describe("vergelijk on two generated rounds of 20,000 plans", () => {
  it("counts every kind of change per region and gemeente as the generator made them", () => {
    const r = maakRondes(20000);
    const v = vergelijk([leesBlad("Planlijst", r.vorige)], [leesBlad("Planlijst", r.huidige)], {
      peildatum: "2026-06-01",
    });
    // Per 50 plans: 0 removed, 10 split, 20 misspelt, 30–34 changed, 45 merged; 20 uncertain; 200 new.
    expect(v.regio.telling).toEqual({
      ongewijzigd: 16380,
      gewijzigd: 2400,
      nieuw: 200,
      vervallen: 400,
      gesplitst: 400,
      samengevoegd: 400,
      onzeker: 20,
      opgehard: 0,
      afgewaardeerd: 400,
      uitgesteld: 400,
      vervroegd: 0,
      segment: 400,
      opgeleverd: 400,
    });
    // Plan i belongs to gemeente i % 4; the removed ones (i % 50 = 0) are even: Aa en Hunze and Coevorden.
    expect(GEMEENTEN.map((g) => v.perGemeente[g].telling.vervallen)).toEqual([200, 0, 200, 0]);
    expect(v.regio.plannen).toEqual({ vorige: 20400, huidige: 20220, verschil: -180 });
  });
});
