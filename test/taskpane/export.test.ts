import { ERNST_LABEL } from "../../src/rules/bevinding";
import { BEVINDING_KOPPEN as CSV_KOPPEN } from "../../src/rapport/bevindingentabel";
import { rapportAlsJson } from "../../src/rapport/json";
import { bestandsnaam, bevindingenCsv, csvVeld, rapportJson } from "../../src/taskpane/export";
import { VOORBEELD_INSTELLINGEN, rapportVan, veelRaster, voorbeeldRapport } from "./fixtures";

/** A small reader for the CSV this module writes (quotes, doubled quotes, semicolons). */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = "";
  let quote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (quote) {
      if (c === '"' && tekst[i + 1] === '"') ((veld += '"'), i++);
      else if (c === '"') quote = false;
      else veld += c;
    } else if (c === '"') quote = true;
    else if (c === ";") (rij.push(veld), (veld = ""));
    else if (c === "\r" && tekst[i + 1] === "\n") {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = "";
      i++;
    } else veld += c;
  }
  return rijen;
}

describe("csvVeld", () => {
  test("numbers get a decimal comma and no thousands separator", () => {
    expect(csvVeld(763.47)).toBe("763,47");
    expect(csvVeld(355000)).toBe("355000");
    expect(csvVeld(-12.5)).toBe("-12,5");
    expect(csvVeld(0.6666666666)).toBe("0,666667");
  });
  test("text with a semicolon, quote or line break is quoted", () => {
    expect(csvVeld("a;b")).toBe('"a;b"');
    expect(csvVeld('zegt "ja"')).toBe('"zegt ""ja"""');
    expect(csvVeld("twee\nregels")).toBe('"twee\nregels"');
    expect(csvVeld(" spatie")).toBe('" spatie"');
    expect(csvVeld("gewoon")).toBe("gewoon");
  });
  test("text Excel would run as a formula is defused", () => {
    expect(csvVeld('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvVeld("+31")).toBe("'+31");
    expect(csvVeld("@som")).toBe("'@som");
    expect(csvVeld("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvVeld("\tx")).toBe("'\tx");
    expect(csvVeld(" =1+1")).toBe("' =1+1");
    expect(csvVeld("\uFF1D1+1")).toBe("'\uFF1D1+1");
    expect(csvVeld("a=b")).toBe("a=b");
  });
  test("a finding's value from the sheet reaches the CSV defused", () => {
    const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
    const f = { ...rapport.bevindingen[0], value: '=HYPERLINK("http://x","klik")' };
    const regel = bevindingenCsv([f]).split("\r\n")[1];
    expect(regel.split(";")).toContain('"\'=HYPERLINK(""http://x"",""klik"")"');
  });
  test("booleans and empty values", () => {
    expect(csvVeld(true)).toBe("ja");
    expect(csvVeld(false)).toBe("nee");
    expect(csvVeld(null)).toBe("");
    expect(csvVeld(undefined)).toBe("");
  });
});

describe("bevindingenCsv", () => {
  const rapport = voorbeeldRapport(VOORBEELD_INSTELLINGEN);
  const csv = bevindingenCsv(rapport.bevindingen);

  test("UTF-8 BOM, semicolon header, CRLF line ends", () => {
    expect(
      csv.startsWith(
        "\uFEFFErnst;Artikel;Regel;Titel;Blad;Cel;Veld;Gemeente;Waarde;Grens;Melding\r\n"
      )
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/(?<!")\n/);
  });

  test("one row per finding with its place, value and limit; every message survives the round trip", () => {
    const rijen = leesCsv(csv.slice(1));
    expect(rijen[0]).toEqual([...CSV_KOPPEN]);
    expect(rijen).toHaveLength(rapport.bevindingen.length + 1);
    rapport.bevindingen.forEach((f, i) => {
      const r = rijen[i + 1];
      expect(r).toHaveLength(CSV_KOPPEN.length);
      expect(r[0]).toBe(ERNST_LABEL[f.severity]);
      expect(r[1]).toBe(f.article);
      expect(r[2]).toBe(f.rule);
      expect(r[10]).toBe(f.message);
    });
    const netto = rijen.find((r) => r[2] === "netto-som")!;
    expect(netto).toEqual([
      "fout",
      "art. 3.2",
      "netto-som",
      "Netto is niet bruto min sloop",
      "Planlijst",
      "F5",
      "netto",
      "Emmen",
      "18",
      "20",
      "Netto is bruto min sloop: 24 − 4 = 20; deze rij zegt 18.",
    ]);
    const regio = rijen.find((r) => r[2] === "regio-onvolledig")!;
    expect(regio.slice(4, 8)).toEqual(["", "", "", ""]);
  });

  test("no findings: only the header", () => {
    expect(bevindingenCsv([])).toBe("\uFEFF" + CSV_KOPPEN.join(";") + "\r\n");
  });
});

describe("rapportJson", () => {
  test("the report in the one external shape, plans included, for a normal list", () => {
    const rapport = voorbeeldRapport();
    const json = JSON.parse(rapportJson(rapport));
    expect(json).toEqual(JSON.parse(JSON.stringify(rapportAlsJson(rapport))));
    expect(json.file).toBeNull();
    expect(json.plansOmitted).toBe(false);
    expect(json.sheets[0].plans).toHaveLength(6);
    expect(json.sheets[0].planCount).toBe(6);
    // No Dutch-keyed engine record at the top or in a sheet.
    expect(json.bladen).toBeUndefined();
    expect(json.sheets[0].kolommen).toBeUndefined();
  });

  test("huge lists: the plan arrays are left out and the JSON says so; findings and summary stay", () => {
    const rapport = rapportVan([{ naam: "Groot", raster: veelRaster(30) }]);
    const json = JSON.parse(rapportJson(rapport, 10));
    expect(json.plansOmitted).toBe(true);
    expect(json.sheets[0].plans).toBeUndefined();
    expect(json.sheets[0].planCount).toBe(30);
    expect(json.sheets[0].columns).toHaveLength(rapport.bladen[0].kolommen.length);
    expect(json.findings).toHaveLength(rapport.bevindingen.length);
    expect(json.summary.region.plans).toBe(30);
    expect(rapport.bladen[0].plannen).toHaveLength(30);
  });

  test("file names carry the reference date", () => {
    const rapport = voorbeeldRapport();
    expect(bestandsnaam(rapport, "csv")).toBe("woondeal-bevindingen-2025-06-01.csv");
    expect(bestandsnaam(rapport, "json")).toBe("woondeal-rapport-2025-06-01.json");
  });
});
