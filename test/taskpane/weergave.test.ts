import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { InstellingenFout } from "../../src/deal/instellingen";
import { foutmelding } from "../../src/taskpane/foutmelding";
import { kiesThema } from "../../src/taskpane/thema";
import { celVan, groepeer, telTekst, tijd } from "../../src/taskpane/weergave";
import { betekenisLabel } from "../../src/planlijst/kolommen";
import {
  VOORBEELD_INSTELLINGEN,
  planlijstRaster,
  rapportVan,
  voorbeeldRapport,
  zonderGemeenteRaster,
} from "./fixtures";

describe("groepeer", () => {
  const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
  const groepen = groepeer(rapport.bevindingen);

  test("one group per rule, every finding once", () => {
    expect(groepen.map((g) => g.rule).sort()).toEqual(
      [...new Set(rapport.bevindingen.map((f) => f.rule))].sort()
    );
    expect(groepen.reduce((n, g) => n + g.bevindingen.length, 0)).toBe(rapport.bevindingen.length);
  });

  test("most severe groups first", () => {
    const volgorde = groepen.map((g) => g.ernst);
    expect(volgorde).toEqual(
      [...volgorde].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)
      )
    );
    expect(groepen[0].ernst).toBe("error");
  });

  test("a group names every article of its findings", () => {
    expect(groepen.find((g) => g.rule === "prijs-segment")!.artikelen).toBe("art. 1a; art. 1g");
    expect(groepen.find((g) => g.rule === "pm-plan")!.artikelen).toBe("art. 4.9, 11.2");
  });
});

describe("celVan", () => {
  test("a finding with a column points at its cell", () => {
    const rapport = voorbeeldRapport();
    const f = rapport.bevindingen.find((x) => x.rule === "prijs-segment")!;
    expect(celVan(f, rapport.bladen)).toBe("H5");
  });
  test("a row finding without a column points at the plan's name", () => {
    const rapport = rapportVan([{ naam: "Kernen", raster: zonderGemeenteRaster() }]);
    const f = rapport.bevindingen.find((x) => x.rule === "gemeente-ontbreekt")!;
    expect(celVan(f, rapport.bladen)).toBe("A2");
  });
  test("findings about a gemeente, the region or a sheet have no cell", () => {
    const rapport = rapportVan([
      { naam: "Planlijst", raster: planlijstRaster() },
      { naam: "Kernen", raster: zonderGemeenteRaster() },
    ]);
    for (const rule of ["aandeel-niet-ingesteld", "regio-onvolledig", "geen-planstatus"]) {
      const f = rapport.bevindingen.find((x) => x.rule === rule)!;
      expect(celVan(f, rapport.bladen)).toBeUndefined();
    }
  });
});

test("Dutch words", () => {
  expect(telTekst("error", 1)).toBe("1 fout");
  expect(telTekst("error", 0)).toBe("0 fouten");
  expect(telTekst("warning", 2)).toBe("2 waarschuwingen");
  expect(telTekst("info", 3)).toBe("3 ter informatie");
  expect(tijd(new Date(2025, 0, 1, 7, 3))).toBe("07:03");
  expect(betekenisLabel({ soort: "veld", veld: "bruto" })).toBe("Aantal woningen (bruto)");
  expect(betekenisLabel({ soort: "jaarschijf", van: 2025, tot: 2026 })).toBe(
    "Jaarschijf 2025–2026"
  );
  expect(betekenisLabel({ soort: "jaarschijf", van: 2030, tot: 2100 })).toBe(
    "Jaarschijf 2030 en later"
  );
});

describe("foutmelding", () => {
  test("Office error codes get a Dutch explanation", () => {
    const e = Object.assign(new Error("This operation is not permitted"), { code: "AccessDenied" });
    expect(foutmelding(e, "Rapport maken")).toBe(
      "Rapport maken is niet gelukt. Excel staat deze wijziging niet toe. Is het blad of de werkmap beveiligd?"
    );
  });
  test("other errors: the first line only, never a stack", () => {
    const e = new Error("kapot\n    at f (a.js:1:1)");
    expect(foutmelding(e, "Controleren")).toBe("Controleren is niet gelukt. Excel meldt: kapot");
    expect(foutmelding(undefined, "Controleren")).toBe(
      "Controleren is niet gelukt. Probeer het opnieuw."
    );
  });
  test("a settings error is already Dutch", () => {
    expect(foutmelding(new InstellingenFout("Onbekende gemeente"), "Importeren")).toBe(
      "Onbekende gemeente"
    );
  });
});

test("the theme follows Office", () => {
  expect(kiesThema(null)).toBe(webLightTheme);
  expect(kiesThema({ isDarkTheme: true })).toBe(webDarkTheme);
  expect(kiesThema({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  expect(kiesThema({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
});
