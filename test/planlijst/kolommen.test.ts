import { Cel } from "../../src/planlijst/cel";
import {
  Betekenis,
  VELD_LABEL,
  bekendOngebruikt,
  herkenKopUitleg,
  herkenKop,
  jaarschijfUitKop,
  kopSleutel,
  kopWeergave,
} from "../../src/planlijst/kolommen";

const veld = (v: string): Betekenis => ({ soort: "veld", veld: v }) as Betekenis;

describe("herkenKop: header synonyms → fields", () => {
  it.each([
    ["Plan-ID", "id"],
    ["Projectnummer", "id"],
    ["Nr", "id"],
    ["Project", "naam"],
    ["Projectnaam", "naam"],
    ["Plannaam", "naam"],
    ["Naam plan", "naam"],
    ["Projectnaam:", "naam"],
    ["Gemeente", "gemeente"],
    ["Gem_naam", "gemeente"],
    ["Provincie", "provincie"],
    ["Kern", "kern"],
    ["Woonplaats", "kern"],
    ["Locatie", "locatie"],
    ["Adres", "locatie"],
    ["Aantal", "bruto"],
    ["Aantal woningen", "bruto"],
    ["Aantal*", "bruto"],
    ["Aantal (stuks)", "bruto"],
    ["Bruto", "bruto"],
    ["Nieuwbouw", "bruto"],
    ["Aantalrest", "bruto"],
    ["Woningen", "bruto"],
    ["Sloop", "sloop"],
    ["Onttrekking", "sloop"],
    ["Netto", "netto"],
    ["Netto toevoeging", "netto"],
    ["Saldo", "netto"],
    ["Segment", "segment"],
    ["Prijssegment", "segment"],
    ["Categorie", "segment"],
    ["Huur/koop", "eigendom"],
    ["Huur / Koop", "eigendom"],
    ["Eigendom", "eigendom"],
    ["Koopprijs", "koopprijs"],
    ["VON-prijs", "koopprijs"],
    ["V.O.N.-prijs", "koopprijs"],
    ["Huurprijs", "huurprijs"],
    ["Kale huur", "huurprijs"],
    ["Huurprijs (euro)", "huurprijs"],
    ["Prijs", "prijs"],
    ["Prijs (€)", "prijs"],
    ["Planstatus", "planstatus"],
    ["Hardheid", "planstatus"],
    ["Fase", "planstatus"],
    ["Status", "planstatus"],
    ["Oplevering", "opleverjaar"],
    ["Opleverjaar", "opleverjaar"],
    ["Jaar", "opleverjaar"],
    ["Gereed", "opleverjaar"],
    ["Jaarschijf", "opleverjaar"],
    ["Doelgroep", "doelgroep"],
    ["Flex", "flex"],
    ["Tijdelijk", "flex"],
    ["Transformatie", "transformatie"],
    ["Plantype", "plantype"],
    ["Corporatie", "corporatie"],
    ["Ontwikkelaar", "corporatie"],
    ["Opmerking", "opmerking"],
    ["Toelichting", "opmerking"],
  ])("%j → %s", (kop, v) => {
    expect(herkenKop(kop)).toEqual(veld(v));
  });
  it.each([
    ["Sociale huur", "sociale huur"],
    ["SH", "sociale huur"],
    ["Middenhuur", "middenhuur"],
    ["VSH", "dure huur"],
    ["BK", "betaalbare koop"],
    ["DK", "dure koop"],
    ["HUUR", "huur"],
    ["KOOP", "koop"],
    ["HRKPONB", "onbekend"],
  ])("%j → count of %s", (kop, segment) => {
    expect(herkenKop(kop)).toEqual({ soort: "segmentaantal", segment });
  });
  it.each(["Omschrijving", "Begroting 2024", "WTYPGGB", "datum", "Totaal", "", null, true])(
    "%j is not recognised",
    (kop) => {
      expect(herkenKop(kop as Cel)).toBeUndefined();
    }
  );
});

describe("jaarschijfUitKop: years and periods in headers", () => {
  it.each([
    [2025, 2025, 2025],
    ["2025", 2025, 2025],
    ["2020-2024", 2020, 2024],
    ["2025 - 2029", 2025, 2029],
    ["2025 t/m 2029", 2025, 2029],
    ["2025/26", 2025, 2026],
    ["OP2019", 2019, 2019],
    ["OP202024", 2020, 2024],
    ["Op202529", 2025, 2029],
    ["Op20302050", 2030, 2050],
    ["Oplevering 2026", 2026, 2026],
    ["Opl. 2027", 2027, 2027],
    ["Jaarschijf 2027", 2027, 2027],
    ["2030+", 2030, 2100],
    ["2030 e.v.", 2030, 2100],
    ["vanaf 2030", 2030, 2100],
    ["na 2030", 2031, 2100],
  ] as [Cel, number, number][])("%j → %i–%i", (kop, van, tot) => {
    expect(jaarschijfUitKop(kop)).toEqual({ van, tot });
    expect(herkenKop(kop)).toEqual({ soort: "jaarschijf", van, tot });
  });
  it.each(["OPLONB", "Jaar onbekend", "onbekend", "Later", "PM"])(
    "%j is a column of unknown years",
    (kop) => {
      expect(jaarschijfUitKop(kop)).toBe("onbekend");
      expect(herkenKop(kop)).toEqual({ soort: "jaarschijf-onbekend" });
    }
  );
  it.each([1999, 2101, 2025.5, "Begroting 2024", "h2020-2024"])("%j is no jaarschijf", (kop) => {
    expect(jaarschijfUitKop(kop)).toBeUndefined();
  });
});

describe("kopSleutel / kopWeergave / VELD_LABEL", () => {
  it("normalises case, accents, hyphens, slashes, a trailing colon or star and a unit in brackets", () => {
    expect(kopSleutel("  Plan-ID ")).toBe("plan id");
    expect(kopSleutel("Huur / Koop")).toBe("huur/koop");
    expect(kopSleutel("Aantal (stuks)*")).toBe("aantal");
    expect(kopSleutel("Fase (concept)")).toBe("fase (concept)");
    expect(kopSleutel("Aantal (stuks)")).toBe("aantal");
    expect(kopSleutel("Potentiële locatie:")).toBe("potentiele locatie");
    expect(kopSleutel(2025)).toBe("2025");
    expect(kopSleutel(null)).toBe("");
  });
  it("shows a header as written, trimmed", () => {
    expect(kopWeergave("  Aantal woningen ")).toBe("Aantal woningen");
    expect(kopWeergave(2025)).toBe("2025");
    expect(kopWeergave(null)).toBe("");
  });
  it("every field has a Dutch label", () => {
    expect(VELD_LABEL.bruto).toBe("Aantal woningen (bruto)");
    expect(VELD_LABEL.netto).toBe("Netto toevoeging");
    expect(Object.values(VELD_LABEL).every((l) => l.length > 0)).toBe(true);
  });
});

describe("herkenKopUitleg: headers by their words, with how sure and why", () => {
  it.each([
    ["Koopprijs / huurprijs (€)", "prijs", '"koop" en "huur" bij een prijs: één prijskolom'],
    ["Prijs v.o.n. / huur p.m.", "prijs", '"koop" en "huur" bij een prijs: één prijskolom'],
    ["Verkoopprijs incl. BTW", "koopprijs", 'een prijs bij "koop"'],
    ["Huurprijs kaal p/m", "huurprijs", 'een prijs bij "huur"'],
    ["Aantal woningen (netto)", "netto", '"netto"'],
    ["Aantal te slopen woningen", "sloop", "een sloopwoord"],
    ["Planologische status bestemmingsplan", "planstatus", "een planologische status"],
    ["Verwacht jaar van oplevering", "opleverjaar", "een opleverwoord"],
    ["Naam van het project", "naam", "een projectnaam"],
    ["Woonvorm (flex/regulier)", "flex", "een woonvorm- of flexwoord"],
    ["Gemeente (naam)", "gemeente", '"gemeente"'],
  ])("%j → %s", (kop, v, woorden) => {
    expect(herkenKopUitleg(kop)).toEqual({
      betekenis: veld(v),
      zekerheid: "waarschijnlijk",
      waarom: `de kop "${kop}" bevat ${woorden}`,
      rang: v === "planstatus" ? 2 : 1,
    });
  });
  it("a known header is sure", () => {
    expect(herkenKopUitleg("Projectnaam")).toEqual({
      betekenis: veld("naam"),
      zekerheid: "zeker",
      waarom: '"Projectnaam" is een bekende kop',
      rang: 1,
    });
  });
  it.each([
    ["naam", "naam", 1],
    ["stage_naam", "deel", 1],
    ["bruto_aantalwoningen", "bruto", 1],
    ["sloop_aantal_woningen", "sloop", 1],
    ["netto_aantal_woningen", "netto", 1],
    ["huur_koop", "eigendom", 1],
    ["juridische_status", "planstatus", 2],
    ["Status (IPO)", "planstatus", 2],
    ["status_planologisch", "planstatus", 2],
    ["procesfase", "planstatus", 0],
    ["woonvorm", "flex", 1],
    ["nieuw_verbouw", "transformatie", 1],
    ["jaartal", "opleverjaar", 1],
  ])("export name %j → %s (rank %d)", (kop, v, rang) => {
    expect(herkenKopUitleg(kop)).toMatchObject({ betekenis: veld(v), zekerheid: "zeker", rang });
  });
  it.each([
    ["aantalWoningenSocialeHuur", "sociale huur"],
    ["aantalWoningenMiddeldureHuur", "middenhuur"],
    ["aantalWoningenDureHuurOfKoop", "onbekend"],
    ["aantalWoningenNaderTeBepalen", "onbekend"],
    ["Aantal koopwoningen betaalbaar", "betaalbare koop"],
    ["meergezins_koop1", "koop"],
    ["eengezins_huur_onb", "huur"],
    ["onbekend_onbekend", "onbekend"],
    ["Aantal middeldure koop", "koop"],
  ])("count %j → %s", (kop, segment) => {
    expect(herkenKop(kop)).toEqual({ soort: "segmentaantal", segment });
  });
  it("aantalWoningenTotaal is the plan's bruto", () => {
    expect(herkenKop("aantalWoningenTotaal")).toEqual(veld("bruto"));
  });
  it.each(["€ 420.000", "Realisatie 2024", "Inhuur Impulsteam", "Gemeente code", "oplevermaand"])(
    "%j is no header by its words",
    (kop) => {
      expect(herkenKop(kop)).toBeUndefined();
    }
  );
  it.each([
    ["oplevermaand", "maand"],
    ["startbouwjaar", "start bouw"],
    ["woningtype", "woningtype"],
    ["WTYPGGB", "woningtype"],
    ["type_ontwikkelaar", "soort opdrachtgever"],
  ])("%j is known but not used: %s", (kop, wat) => {
    expect(bekendOngebruikt(kop)).toBe(wat);
  });
});
