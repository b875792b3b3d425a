import { leesBlad } from "../../src/planlijst/lezer";
import { Plan } from "../../src/planlijst/plan";
import { Bevinding } from "../../src/rules/bevinding";
import {
  toetsCellen,
  toetsDubbel,
  toetsGemeente,
  toetsNetto,
  toetsPeriode,
  toetsPlanstatus,
  toetsPmPlan,
  toetsRij,
} from "../../src/rules/rijregels";
import { toets } from "../../src/rules/toets";
import { ctx, dealPlan, maakBlad, maakPlan } from "../fixtures/plannen";
import { kopRij, planRij } from "../fixtures/rasters";

const codes = (f: Bevinding[]) => f.map((b) => b.rule);

describe("art. 3.2: netto = bruto − sloop", () => {
  it("art. 3.2: bruto 40, sloop 12, netto 28 passes", () => {
    expect(toetsNetto(dealPlan({ bruto: 40, sloop: 12, nettoOpgegeven: 28 }))).toEqual([]);
  });
  it("art. 3.2: bruto 40, sloop 12, netto 40 (sloop forgotten) is an error at the netto cell", () => {
    const p = dealPlan({ rij: 8, bruto: 40, sloop: 12, nettoOpgegeven: 40 });
    expect(toetsNetto(p)).toEqual([
      {
        rule: "netto-som",
        severity: "error",
        article: "art. 3.2",
        sheet: "Planlijst",
        row: 8,
        column: "H",
        field: "netto",
        gemeente: "Emmen",
        value: 40,
        limit: 28,
        message: "Netto is bruto min sloop: 40 − 12 = 28; deze rij zegt 40.",
      },
    ]);
  });
  it("art. 3.2: a sloop stored negative in the sheet (−12) is read as 12: netto 28 passes, netto 52 fails", () => {
    const raster = [
      kopRij("Project", "Gemeente", "Bruto", "Sloop", "Netto"),
      planRij("A", "Emmen", 40, -12, 28),
      planRij("B", "Emmen", 40, "-12", 52),
    ];
    const blad = leesBlad("L", raster);
    const f = blad.plannen.flatMap((p) => toetsNetto(p));
    expect(f.map((b) => [b.row, b.column, b.limit])).toEqual([[3, "E", 28]]);
  });
  it("art. 3.2: without sloop, netto must equal bruto; a difference of 0,5 is rounding", () => {
    expect(codes(toetsNetto(dealPlan({ bruto: 10, nettoOpgegeven: 9 })))).toEqual(["netto-som"]);
    expect(toetsNetto(dealPlan({ bruto: 10, nettoOpgegeven: 9.5 }))).toEqual([]);
  });
});

describe("art. 3.2: jaarschijven add up to the row total", () => {
  it("art. 3.2: 10 + 10 + 10 = bruto 30 passes", () => {
    expect(
      toetsNetto(
        dealPlan({
          bruto: 30,
          schijven: [
            [2022, 10],
            [2023, 10],
            [2024, 10],
          ],
        })
      )
    ).toEqual([]);
  });
  it("art. 3.2: 4 + 5 = 9 against bruto 8 is an error at the bruto cell naming the jaarschijf columns", () => {
    const [b] = toetsNetto(
      dealPlan({
        rij: 6,
        bruto: 8,
        schijven: [
          [2029, 4],
          [2030, 5],
        ],
      })
    );
    expect(b).toMatchObject({
      rule: "jaarschijven-som",
      severity: "error",
      row: 6,
      column: "F",
      field: "bruto",
      value: 8,
      limit: 9,
    });
    expect(b.message).toBe(
      "De jaarschijven (W, X) tellen op tot 9, maar het totaal van de rij is 8."
    );
  });
  it("art. 3.2: jaarschijven equal to netto (bruto minus sloop) pass too", () => {
    expect(
      toetsNetto(dealPlan({ bruto: 30, sloop: 5, nettoOpgegeven: 25, schijven: [[2025, 25]] }))
    ).toEqual([]);
  });
  it("art. 3.2: jaarschijven without a row total are not checked", () => {
    expect(toetsNetto(maakPlan({ naam: "A", gemeente: "Emmen", schijven: [[2025, 3]] }))).toEqual(
      []
    );
  });
});

describe("art. 1k: a plan without a count", () => {
  it("art. 1k: no bruto, netto, jaarschijven or segment counts is a warning", () => {
    const [b] = toetsNetto(
      maakPlan({ naam: "Leeg plan", gemeente: "Emmen", velden: ["naam", "gemeente", "bruto"] })
    );
    expect(b).toMatchObject({
      rule: "geen-aantal",
      severity: "warning",
      article: "art. 1k",
      column: "F",
      field: "bruto",
    });
    expect(b.message).toBe(
      'Plan "Leeg plan" heeft geen aantal woningen; zonder aantal telt het niet mee in de netto plancapaciteit.'
    );
  });
  it("art. 1k: an unreadable count is reported once, as an unreadable cell, not also as missing", () => {
    const p = maakPlan({
      naam: "A",
      problemen: [
        {
          veld: "bruto",
          kolom: "F",
          rij: 2,
          waarde: "#REF!",
          reden: "cel bevat de foutwaarde #REF!",
        },
      ],
    });
    expect(toetsNetto(p)).toEqual([]);
  });
});

describe("art. 3.1: delivery within 2022 up to and including 2030", () => {
  const periode = (van: number, tot = van) =>
    toetsPeriode(dealPlan({ opleverjaar: { van, tot } }), maakBlad([]), ctx());
  it("art. 3.1: 2021 is outside the period (warning)", () => {
    const [b] = periode(2021);
    expect(b).toMatchObject({
      rule: "buiten-periode",
      severity: "warning",
      article: "art. 3.1",
      field: "opleverjaar",
      column: "O",
      value: 2021,
      limit: "2022-2030",
    });
    expect(b.message).toBe(
      "Oplevering 2021 valt buiten de periode 2022 t/m 2030 van de woondeal; dit plan telt niet mee voor de versnellingsopgave."
    );
  });
  it("art. 3.1: 2022 and 2030 are inside", () => {
    expect(periode(2022)).toEqual([]);
    expect(periode(2030)).toEqual([]);
  });
  it("art. 3.1: 2031 is outside", () => {
    expect(periode(2031)[0]).toMatchObject({ severity: "warning", value: 2031 });
  });
  it("art. 3.1: a span wholly outside (2031–2033) is a warning; partly outside (2029–2031) is info", () => {
    expect(periode(2031, 2033)[0]).toMatchObject({ severity: "warning", value: "2031-2033" });
    const [deels] = periode(2029, 2031);
    expect(deels).toMatchObject({ rule: "buiten-periode", severity: "info", value: "2029-2031" });
    expect(deels.message).toBe(
      "Oplevering 2029–2031 valt deels buiten 2022–2030; alleen het deel binnen de periode telt mee (naar rato)."
    );
    expect(periode(2020, 2022)[0]).toMatchObject({ severity: "info" });
    expect(periode(2022, 2030)).toEqual([]);
  });
  it("art. 3.1: open ends read from the sheet: '2030+' is partly outside, 'na 2030' wholly", () => {
    const raster = [
      kopRij("Project", "Gemeente", "Aantal", "Oplevering"),
      planRij("A", "Emmen", 10, "2030+"),
      planRij("B", "Emmen", 10, "na 2030"),
    ];
    const blad = leesBlad("L", raster);
    const f = blad.plannen.flatMap((p) => toetsPeriode(p, blad, ctx()));
    expect(f.map((b) => [b.row, b.severity, b.value])).toEqual([
      [2, "info", "2030+"],
      [3, "warning", "2031+"],
    ]);
    expect(f[0].message).toContain("Oplevering 2030 e.v. valt deels buiten");
    expect(f[1].message).toContain("Oplevering 2031 e.v. valt buiten");
  });
  it("art. 3.1: a plan without a year on a sheet with years is a warning; on a sheet without years nothing", () => {
    const p = dealPlan({ opleverjaar: undefined });
    expect(codes(toetsPeriode(p, maakBlad([p], { heeftJaarinformatie: true }), ctx()))).toEqual([
      "geen-opleverjaar",
    ]);
    expect(toetsPeriode(p, maakBlad([p], { heeftJaarinformatie: false }), ctx())).toEqual([]);
  });
  it("art. 3.1: a plan with jaarschijven or an unreadable year gets no 'geen opleverjaar'", () => {
    const blad = maakBlad([], { heeftJaarinformatie: true });
    expect(
      toetsPeriode(dealPlan({ opleverjaar: undefined, schijven: [[2025, 10]] }), blad, ctx())
    ).toEqual([]);
    const onleesbaar = dealPlan({
      opleverjaar: undefined,
      problemen: [{ veld: "opleverjaar", kolom: "O", rij: 2, waarde: "ooit", reden: "x" }],
    });
    expect(toetsPeriode(onleesbaar, blad, ctx())).toEqual([]);
  });
});

describe("art. 4.9: an effort for the plans due through 2024", () => {
  const soft = dealPlan({
    naam: "Weerdinge Oost",
    planstatus: "3",
    opleverjaar: { van: 2024, tot: 2024 },
  });
  it("art. 4.9: on peildatum 2024-12-31 a soft plan due in 2024 gets no finding yet", () => {
    expect(toetsPeriode(soft, maakBlad([]), ctx({ peildatum: "2024-12-31" }))).toEqual([]);
  });
  it("art. 4.9: from 2025-01-01 a soft plan (3, 4A, 4B) due through 2024 is a warning worded as the deal's effort", () => {
    const [b] = toetsPeriode(soft, maakBlad([]), ctx({ peildatum: "2025-01-01" }));
    expect(b).toMatchObject({
      rule: "planologische-status",
      severity: "warning",
      article: "art. 4.9",
      field: "planstatus",
      column: "N",
      value: "3",
      limit: "2024-12-31",
    });
    expect(b.message).toBe(
      'Plan "Weerdinge Oost" (oplevering vanaf 2024) heeft nog status 3 in voorbereiding. De woondeal vraagt de gemeenten zich in te spannen om de plannen tot en met 2024 hun planologische status te geven (art. 4.9; opharden, art. 1h). Is de planning nog juist?'
    );
    expect(b.message).not.toMatch(/\bmoet|hoort/);
    for (const s of ["4A", "4B"])
      expect(
        codes(
          toetsPeriode(
            dealPlan({ planstatus: s, opleverjaar: { van: 2023, tot: 2023 } }),
            maakBlad([]),
            ctx()
          )
        )
      ).toEqual(["planologische-status"]);
  });
  it("art. 4.9: a span starting in 2024, or a jaarschijf in 2024, is due through 2024", () => {
    const span = dealPlan({ planstatus: "3", opleverjaar: { van: 2024, tot: 2026 } });
    expect(codes(toetsPeriode(span, maakBlad([]), ctx()))).toEqual(["planologische-status"]);
    const schijven = dealPlan({
      planstatus: "4A",
      opleverjaar: undefined,
      schijven: [
        [2024, 4],
        [2027, 6],
      ],
    });
    expect(codes(toetsPeriode(schijven, maakBlad([]), ctx()))).toEqual(["planologische-status"]);
  });
  it("art. 4.9: no finding for soft plans due after 2024 (2025, 2029–2032) or without a year: they are the reserve of art. 4.10", () => {
    for (const opleverjaar of [{ van: 2025, tot: 2025 }, { van: 2029, tot: 2032 }, undefined])
      expect(
        toetsPeriode(
          dealPlan({ planstatus: "3", opleverjaar }),
          maakBlad([]),
          ctx({ peildatum: "2026-03-01" })
        ).filter((b) => b.rule === "planologische-status")
      ).toEqual([]);
  });
  it("art. 4.9: hard plans (1A … 2C, vergund) and unknown status get no planologische-status finding", () => {
    for (const s of ["1A", "1B", "1C", "2A", "2B", "2C", "vergund", "Onbekend"]) {
      expect(
        codes(
          toetsPeriode(
            dealPlan({ planstatus: s, opleverjaar: { van: 2023, tot: 2023 } }),
            maakBlad([]),
            ctx({ peildatum: "2026-01-01" })
          )
        )
      ).toEqual([]);
    }
  });
});

describe("art. 4.9, 11.2: PM plans need location and programme by January 2025", () => {
  const pm = () =>
    dealPlan({
      naam: "PM inbreiding",
      kern: "PM",
      locatie: undefined,
      planstatus: "4B",
      velden: ["naam", "gemeente", "kern", "locatie", "bruto", "planstatus", "doelgroep"],
    });
  it("art. 4.9: before February 2025 a PM plan gets info asking to fill it in", () => {
    const [b] = toetsPmPlan(pm(), maakBlad([]), ctx({ peildatum: "2025-01-31" }));
    expect(b).toMatchObject({
      rule: "pm-plan",
      severity: "info",
      article: "art. 4.9, 11.2",
      field: "locatie",
      column: "E",
      limit: "2025-01-31",
    });
    expect(b.message).toBe(
      'PM-plan "PM inbreiding" mist locatie en betaalbaarheidssegment en doelgroep; de minister en de provincie vragen de gemeenten dit uiterlijk januari 2025 in te vullen (art. 4.9, 11.2).'
    );
  });
  it("art. 4.9: after January 2025 it is a warning", () => {
    const [b] = toetsPmPlan(pm(), maakBlad([]), ctx({ peildatum: "2025-02-01" }));
    expect(b.severity).toBe("warning");
    expect(b.message).toBe(
      'PM-plan "PM inbreiding" mist locatie en betaalbaarheidssegment en doelgroep; de minister en de provincie vragen de gemeenten PM-plannen uiterlijk januari 2025 te voorzien van locatie en programma (art. 4.9, 11.2).'
    );
  });
  it("art. 4.9: a PM plan with segment and doelgroep still misses its location", () => {
    const p = { ...pm(), segment: "sociale huur" as const, doelgroep: "ouderen" };
    expect(toetsPmPlan(p, maakBlad([]), ctx())[0].message).toContain("mist locatie;");
  });
  it("art. 4.9: a plan with a kern or locatie is no PM plan; a hard plan without location is none either", () => {
    expect(toetsPmPlan(dealPlan({ kern: "Erica", planstatus: "3" }), maakBlad([]), ctx())).toEqual(
      []
    );
    expect(
      toetsPmPlan(dealPlan({ kern: "", locatie: "n.t.b.", planstatus: "1A" }), maakBlad([]), ctx())
    ).toEqual([]);
  });
  it("art. 4.9: without location columns a name starting with 'PM' marks a PM plan", () => {
    const p = dealPlan({
      naam: "PM woningen Emmen-Zuid",
      planstatus: "4A",
      velden: ["naam", "gemeente", "bruto", "planstatus"],
    });
    expect(toetsPmPlan(p, maakBlad([]), ctx())[0]).toMatchObject({ field: "naam", column: "B" });
    expect(
      toetsPmPlan(
        dealPlan({ naam: "Pmeerpark", planstatus: "4A", velden: ["naam"] }),
        maakBlad([]),
        ctx()
      )
    ).toEqual([]);
  });
});

describe("art. 3.2: the gemeente must be one of the four", () => {
  it.each([
    "Aa en Hunze",
    "Aa & Hunze",
    "Borger Odoorn",
    "Borger-Odoorn",
    "gemeente Emmen",
    "COEVORDEN",
  ])("art. 3.2: %s is in the deal (read from the sheet)", (tekst) => {
    const blad = leesBlad("L", [kopRij("Gemeente", "Project", "Aantal"), planRij(tekst, "A", 1)]);
    expect(toetsGemeente(blad.plannen[0])).toEqual([]);
  });
  it("art. 3.2: a typo ('Emen') is an error with a 'bedoelt u' suggestion", () => {
    const [b] = toetsGemeente(maakPlan({ naam: "Bargeres", gemeenteTekst: "Emen", rij: 6 }));
    expect(b).toMatchObject({
      rule: "gemeente-buiten-deal",
      severity: "error",
      article: "art. 3.2",
      row: 6,
      column: "C",
      field: "gemeente",
      value: "Emen",
      gemeente: "Emen",
    });
    expect(b.message).toBe(
      '"Emen" is geen gemeente van de woondeal (bedoelt u Emmen?); de Woondeal Zuidoost Drenthe geldt voor Aa en Hunze, Borger-Odoorn, Coevorden en Emmen.'
    );
  });
  it("art. 3.2: a Drenthe gemeente of another region (Assen) says so", () => {
    const [b] = toetsGemeente(maakPlan({ naam: "Kloosterveen", gemeenteTekst: "Assen" }));
    expect(b.message).toBe(
      "Assen hoort bij een andere Drentse woondealregio; de Woondeal Zuidoost Drenthe geldt voor Aa en Hunze, Borger-Odoorn, Coevorden en Emmen."
    );
  });
  it("art. 3.2: a gemeente elsewhere (Rotterdam) has no suggestion", () => {
    expect(toetsGemeente(maakPlan({ naam: "X", gemeenteTekst: "Rotterdam" }))[0].message).toMatch(
      /^"Rotterdam" is geen gemeente van de woondeal; /
    );
  });
  it("art. 3.2: no gemeente at all is a warning; the region as gemeente is accepted", () => {
    expect(toetsGemeente(maakPlan({ naam: "X", velden: ["naam", "gemeente"] }))[0]).toMatchObject({
      rule: "gemeente-ontbreekt",
      severity: "warning",
      column: "C",
    });
    expect(toetsGemeente(maakPlan({ naam: "X", gemeenteTekst: "Regio Zuidoost Drenthe" }))).toEqual(
      []
    );
  });
});

describe("art. 4.10: planstatus unknown", () => {
  it.each(["Onbekend", "Status onbekend"])(
    "art. 4.10: %s is a warning: it does not count as hard",
    (s) => {
      const [b] = toetsPlanstatus(dealPlan({ naam: "Klazienaveen Zuid", planstatus: s }));
      expect(b).toMatchObject({
        rule: "planstatus-onbekend",
        severity: "warning",
        article: "art. 4.10",
        column: "N",
        value: "onbekend",
      });
      expect(b.message).toBe(
        'Plan "Klazienaveen Zuid" heeft status onbekend; het telt niet als harde plancapaciteit (art. 4.10). Vul de status in (1A … 4B).'
      );
    }
  );
  it("art. 4.10: an empty status cell in a status column is a warning too", () => {
    const [b] = toetsPlanstatus(maakPlan({ naam: "A", velden: ["naam", "planstatus"] }));
    expect(b).toMatchObject({ value: null });
    expect(b.message).toContain("heeft geen planstatus");
  });
  it("art. 4.10: coded and worded statuses pass; no status column, or an unreadable status, gives nothing here", () => {
    for (const s of ["1A", "2B", "3", "4A", "4B", "onherroepelijk", "in voorbereiding", 2])
      expect(toetsPlanstatus(dealPlan({ planstatus: s }))).toEqual([]);
    expect(toetsPlanstatus(maakPlan({ naam: "A", velden: ["naam"] }))).toEqual([]);
    const onleesbaar = maakPlan({
      naam: "A",
      velden: ["naam", "planstatus"],
      problemen: [{ veld: "planstatus", kolom: "N", rij: 2, waarde: "x", reden: "r" }],
    });
    expect(toetsPlanstatus(onleesbaar)).toEqual([]);
  });
});

describe("art. 1d: duplicates", () => {
  it("art. 1d: the same name, gemeente and kern twice is a warning on the second row", () => {
    const a = dealPlan({ naam: "Noorderbreedte", kern: "Emmen", rij: 4 });
    const b = dealPlan({ naam: "noorderbreedte ", kern: "Emmen", rij: 9 });
    const [f] = toetsDubbel([a, b]);
    expect(f).toMatchObject({
      rule: "dubbel-plan",
      severity: "warning",
      article: "art. 1d",
      row: 9,
      field: "naam",
      value: "noorderbreedte ",
    });
    expect(f.message).toBe(
      'Plan "noorderbreedte " staat ook op rij 4, met dezelfde aantallen; het telt één keer mee. Verwijder een van beide.'
    );
  });
  it("art. 1d: the same plan-ID twice in one gemeente is a duplicate, found on another sheet too", () => {
    const a = dealPlan({ id: "EM-01", naam: "A", rij: 3 });
    const b = { ...dealPlan({ id: "EM-01", naam: "B", rij: 5 }), blad: "Emmen 2024" };
    const [f] = toetsDubbel([a, b]);
    expect(f).toMatchObject({ field: "id", value: "EM-01", sheet: "Emmen 2024" });
    expect(f.message).toContain("staat ook op blad Planlijst, rij 3");
  });
  it("art. 1d: the same name in another kern or another gemeente is no duplicate", () => {
    expect(
      toetsDubbel([
        dealPlan({ naam: "Centrum", kern: "Emmen" }),
        dealPlan({ naam: "Centrum", kern: "Klazienaveen" }),
      ])
    ).toEqual([]);
    expect(
      toetsDubbel([
        dealPlan({ naam: "Centrum" }),
        dealPlan({ naam: "Centrum", gemeente: "Coevorden" }),
      ])
    ).toEqual([]);
  });
  it("art. 1d: three copies give two findings, both pointing at the first", () => {
    const f = toetsDubbel([
      dealPlan({ naam: "X", rij: 2 }),
      dealPlan({ naam: "X", rij: 3 }),
      dealPlan({ naam: "X", rij: 4 }),
    ]);
    expect(f.map((b) => [b.row, b.message.includes("rij 2")])).toEqual([
      [3, true],
      [4, true],
    ]);
  });
  it("art. 1d: plans without a name or id are not compared", () => {
    expect(toetsDubbel([maakPlan({ bruto: 1 }), maakPlan({ bruto: 1 })])).toEqual([]);
  });
});

describe("art. 1d: unreadable cells become findings at their cell", () => {
  const raster = [
    kopRij("Projectnaam", "Gemeente", "Aantal", "Planstatus", "Oplevering"),
    planRij("A", "Emmen", "#REF!", "1A", 2025),
    planRij("B", "Emmen", 5, { fout: "#REF!" }, "ooit"),
  ];
  const blad = leesBlad("Emmen", raster);
  it("art. 1d: '#REF!' text from range.values is an error at C2", () => {
    const [b] = toetsCellen(blad.plannen[0]);
    expect(b).toEqual({
      rule: "onleesbare-cel",
      severity: "error",
      article: "art. 1d",
      sheet: "Emmen",
      row: 2,
      column: "C",
      field: "bruto",
      gemeente: "Emmen",
      value: "#REF!",
      message:
        "Cel C2 (bruto) is niet te lezen: cel bevat de foutwaarde #REF!. Vul een geldige waarde in.",
    });
  });
  it("art. 1d: a {fout} object is an error at D3; unreadable text ('ooit') is a warning at E3", () => {
    expect(toetsCellen(blad.plannen[1]).map((b) => [b.column, b.row, b.severity, b.value])).toEqual(
      [
        ["D", 3, "error", "#REF!"],
        ["E", 3, "warning", "ooit"],
      ]
    );
  });
  it("art. 1d: in the whole report the #REF! findings sit at their cells", () => {
    const r = toets([blad], { peildatum: "2025-06-01" });
    expect(
      r.bevindingen
        .filter((b) => b.rule === "onleesbare-cel")
        .map((b) => `${b.column}${b.row}:${b.severity}`)
    ).toEqual(["C2:error", "D3:error", "E3:warning"]);
  });
});

describe("toetsRij: all row rules for one plan", () => {
  it("a clean plan of a deal gemeente has no findings", () => {
    const p: Plan = dealPlan({ kern: "Emmen", segment: "sociale huur", huurprijs: 700 });
    expect(toetsRij(p, maakBlad([p]), ctx())).toEqual([]);
  });
  it("collects cell, gemeente, number, price, period and status findings in that order", () => {
    const p = maakPlan({
      naam: "Alles mis",
      gemeenteTekst: "Emen",
      bruto: 10,
      nettoOpgegeven: 12,
      segment: "betaalbare koop",
      koopprijs: 355001,
      opleverjaar: { van: 2031, tot: 2031 },
      planstatus: "Onbekend",
      kern: "Emmen",
      problemen: [
        {
          veld: "doelgroep",
          kolom: "P",
          rij: 2,
          waarde: "#N/A",
          reden: "cel bevat de foutwaarde #N/A",
        },
      ],
    });
    expect(codes(toetsRij(p, maakBlad([p]), ctx()))).toEqual([
      "onleesbare-cel",
      "gemeente-buiten-deal",
      "netto-som",
      "prijs-segment",
      "buiten-periode",
      "planstatus-onbekend",
    ]);
  });
});

describe("art. 1d: duplicates with other numbers", () => {
  it("names both rows and says both count when the numbers differ", () => {
    const a = dealPlan({ naam: "Parkwijk", kern: "Emmen", rij: 4, bruto: 20 });
    const b = dealPlan({ naam: "Parkwijk", kern: "Emmen", rij: 9, bruto: 30 });
    const c = dealPlan({ naam: "Parkwijk", kern: "Emmen", rij: 12, bruto: 30 });
    const [fb, fc] = toetsDubbel([a, b, c]);
    expect(fb.message).toBe(
      'Plan "Parkwijk" staat ook op rij 4, met andere aantallen; beide tellen mee. Zijn het twee plannen, geef ze dan verschillende namen; is het één plan, verwijder er een.'
    );
    // The third row repeats the second exactly: it points there and counts once.
    expect(fc.message).toBe(
      'Plan "Parkwijk" staat ook op rij 9, met dezelfde aantallen; het telt één keer mee. Verwijder een van beide.'
    );
  });
});
