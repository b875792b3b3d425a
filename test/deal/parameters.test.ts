import {
  AFSPRAKEN,
  DEAL_PEILDATUM,
  GRENZEN,
  PERIODE,
  betaalbareHuurgrens,
  betaalbareKoopgrens,
  grensDatum,
  laatstBekendGrensjaar,
  laatsteJaar,
  nogNietBekend,
  nhgGrens,
  prijsgrenzen,
  socialeHuurgrens,
  waardeInJaar,
  waardeOp,
} from "../../src/deal/parameters";

describe("prijsgrenzen: the deal's own limits (peildatum 1 januari 2022)", () => {
  it("art. 1a: betaalbare koop is the NHG-grens of 1 January 2022, € 355.000", () => {
    const g = prijsgrenzen();
    expect(g.datum).toBe("2022-01-01");
    expect(g.koop).toBe(355000);
    expect(g.bronnen.koop).toEqual({
      document: expect.stringContaining("woondeal"),
      artikel: "art. 1a",
    });
  });
  it("art. 1a: betaalbare huur is a kale huur up to € 1.000", () => {
    expect(prijsgrenzen().huur).toBe(1000);
    expect(prijsgrenzen().bronnen.huur.artikel).toBe("art. 1a");
  });
  it("sociale huur: the liberalisatiegrens € 763,47 of 2022 comes from national rent law, not from art. 1g; middenhuur from € 763 as art. 1g writes it", () => {
    const g = prijsgrenzen();
    expect(g.socialeHuur).toBe(763.47);
    expect(g.bronnen.socialeHuur).toEqual({
      document:
        "liberalisatiegrens 2022: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag",
      verwijzing: "bedrag per 1 januari 2022",
    });
    expect(g.middenhuurMin).toBe(763);
    expect(g.bronnen.middenhuurMin.artikel).toBe("art. 1g");
  });
  it("every national value names its regulation and year; deal values their article", () => {
    for (const p of [socialeHuurgrens, betaalbareKoopgrens, betaalbareHuurgrens])
      for (const w of p.waarden) {
        const jaar = w.geldigVanaf.slice(0, 4);
        if (w.bron.artikel) expect(w.bron.document).toContain("woondeal");
        else expect(w.bron.document).toContain(jaar);
      }
    expect(socialeHuurgrens.waarden.map((w) => w.bron.verwijzing)).toEqual([
      "bedrag per 1 januari 2022",
      "bedrag per 1 januari 2023",
      "Rijksoverheid, nieuwsbericht 2023-10-25",
      "Rijksoverheid, nieuwsbericht 2024-10-22",
      "Rijksoverheid, nieuwsbericht 2025-10-08",
    ]);
  });
  it("grensjaar 2022 gives the same numbers as the deal's peildatum", () => {
    const { bronnen: _a, ...zonder } = prijsgrenzen(2022);
    const { bronnen: _b, ...deal } = prijsgrenzen();
    expect(zonder).toEqual(deal);
  });
});

describe("prijsgrenzen(grensjaar): national limits per year, as the table in RULES.md", () => {
  // year → [koop, sociale huur, middenhuur upper]
  const tabel: [number, number, number, number][] = [
    [2023, 355000, 808.06, 1000],
    [2024, 390000, 879.66, 1123.13],
    [2025, 405000, 900.07, 1184.82],
    [2026, 420000, 932.93, 1228.07],
  ];
  it.each(tabel)(
    "grensjaar %i: koop %d, sociale huur %d, middenhuur up to %d",
    (jaar, koop, sociaal, huur) => {
      const g = prijsgrenzen(jaar);
      expect(g.datum).toBe(`${jaar}-01-01`);
      expect(g.koop).toBe(koop);
      expect(g.socialeHuur).toBe(sociaal);
      expect(g.huur).toBe(huur);
      expect(g.middenhuurMin).toBe(sociaal);
    }
  );
  it("grensjaar 2024: the 186-point middenhuur limit (€ 1.123,13, from 1 July 2024) is that year's limit", () => {
    // Regression: the 1 January lookup gave the deal's € 1.000 for 2024.
    expect(prijsgrenzen(2024).huur).toBe(1123.13);
    expect(prijsgrenzen(2024).bronnen.huur.verwijzing).toContain("2024-11-18");
  });
  it("the last year with published national values is 2026; later years are not known yet", () => {
    expect(laatstBekendGrensjaar()).toBe(2026);
    expect(laatsteJaar(socialeHuurgrens)).toBe(2026);
    expect(nogNietBekend("De grens koop", 2030, 2026)).toBe(
      "De grens koop van 2030 is nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met 2026."
    );
  });
  it("the engine itself, for a year after the last known value, keeps the last value (2027 → 2026's); the doors refuse such a grensjaar", () => {
    const { bronnen: _a, datum: _d, ...g2027 } = prijsgrenzen(2027);
    const { bronnen: _b, datum: _e, ...g2026 } = prijsgrenzen(2026);
    expect(g2027).toEqual(g2026);
  });
  it("a year before the deal falls back to the deal's 2022 values", () => {
    expect(prijsgrenzen(2020).koop).toBe(355000);
    expect(prijsgrenzen(2020).socialeHuur).toBe(763.47);
  });
  it("from 2023 the betaalbare koopgrens is no longer the NHG-grens", () => {
    expect(waardeOp(nhgGrens, "2023-06-01").waarde).toBe(405000);
    expect(prijsgrenzen(2023).koop).toBe(355000);
  });
});

describe("waardeOp / waardeInJaar", () => {
  it("the value on a date is the last one that took effect on or before it", () => {
    expect(waardeOp(betaalbareHuurgrens, "2024-06-30").waarde).toBe(1000);
    expect(waardeOp(betaalbareHuurgrens, "2024-07-01").waarde).toBe(1123.13);
    expect(waardeOp(betaalbareKoopgrens, "2023-12-31").waarde).toBe(355000);
    expect(waardeOp(betaalbareKoopgrens, "2024-01-01").waarde).toBe(390000);
  });
  it("before the first value: the first value", () => {
    expect(waardeOp(socialeHuurgrens, "1999-01-01").waarde).toBe(763.47);
  });
  it("waardeInJaar takes the value in force at the end of the year", () => {
    expect(waardeInJaar(betaalbareHuurgrens, 2024).waarde).toBe(1123.13);
    expect(waardeInJaar(betaalbareHuurgrens, 2023).waarde).toBe(1000);
    expect(waardeInJaar(socialeHuurgrens, 2025).waarde).toBe(900.07);
  });
  it("every parameter's values are sorted by date and carry a source", () => {
    for (const p of Object.values(GRENZEN)) {
      const data = p.waarden.map((w) => w.geldigVanaf);
      expect([...data].sort()).toEqual(data);
      expect(data[0]).toBe(DEAL_PEILDATUM);
      for (const w of p.waarden) expect(w.bron.document).toBeTruthy();
    }
  });
  it("grensDatum: no year is the deal's peildatum, a year is its 1 January", () => {
    expect(grensDatum()).toBe("2022-01-01");
    expect(grensDatum(2025)).toBe("2025-01-01");
  });
  it("GRENZEN names: huur and middenhuur_max are the same limit, sociale_huur is the liberalisatiegrens", () => {
    expect(GRENZEN.huur).toBe(GRENZEN.middenhuur_max);
    expect(GRENZEN.sociale_huur).toBe(GRENZEN.liberalisatiegrens);
  });
});

describe("AFSPRAKEN: the deal's fixed numbers with their articles", () => {
  it.each([
    ["versnellingsopgaveRegio", 4177, "art. 3.2"],
    ["socialeHuurRegio", 1041, "art. 6"],
    ["middensegmentRegio", 476, "art. 6"],
    ["socialeHuurDrenthe", 3100, "art. 6"],
    ["middenhuurDrenthe", 900, "art. 6"],
    ["plancapaciteitFactor", 1.3, "art. 4.10"],
    ["hardeCapaciteitJaren", 5, "art. 4.10"],
    ["betaalbaarBestaandeVoorraad", 0.3, "art. 4.11"],
    ["versnellingsopgaveDrenthe", 13000, "art. 1k"],
  ] as const)("%s = %d (%s)", (naam, waarde, artikel) => {
    const a = AFSPRAKEN[naam];
    expect(a.waarde).toBe(waarde);
    expect(a.bron.artikel).toBe(artikel);
  });
  it("art. 6: two thirds affordable from 2025", () => {
    expect(AFSPRAKEN.betaalbaarAandeel.waarde).toBe(2 / 3);
    expect(AFSPRAKEN.betaalbaarAandeel.vanafJaar).toBe(2025);
  });
  it("art. 4.9: planologische status by the end of 2024, PM plans by January 2025", () => {
    expect(AFSPRAKEN.planologischeStatusUiterlijk.waarde).toBe("2024-12-31");
    expect(AFSPRAKEN.pmPlannenUiterlijk.waarde).toBe("2025-01-31");
  });
  it("art. 3.1 and 12.4: the period 2022 up to and including 2030, the deal ends 31 December 2030", () => {
    expect(PERIODE).toEqual({ van: 2022, tot: 2030 });
    expect(AFSPRAKEN.einde.waarde).toBe("2030-12-31");
  });
  it("art. 4.13: 215 transformaties a year in Drenthe from 2023", () => {
    expect(AFSPRAKEN.transformatiesDrenthePerJaar).toMatchObject({ waarde: 215, vanafJaar: 2023 });
  });
});
