import { REGELS, REGEL_OP_CODE } from "../../src/rules/regels";

describe("REGELS: the catalogue of rules", () => {
  it("severity follows the deal's force: a definition breach is an error, a target a warning, context info", () => {
    const tabel = Object.values(REGELS).map((r) => [r.code, r.ernst, r.artikel]);
    expect(tabel).toEqual([
      ["prijs-segment", "error", "art. 1a"],
      ["segment-onderschat", "warning", "art. 1a"],
      ["prijs-soort", "warning", "art. 1a"],
      ["netto-som", "error", "art. 3.2"],
      ["jaarschijven-som", "error", "art. 3.2"],
      ["geen-aantal", "warning", "art. 1k"],
      ["onleesbare-cel", "error", "art. 1d"],
      ["buiten-periode", "warning", "art. 3.1"],
      ["geen-opleverjaar", "warning", "art. 3.1"],
      ["planologische-status", "warning", "art. 4.9"],
      ["pm-plan", "warning", "art. 4.9, 11.2"],
      ["gemeente-buiten-deal", "error", "art. 3.2"],
      ["gemeente-ontbreekt", "warning", "art. 3.2"],
      ["planstatus-onbekend", "warning", "art. 4.10"],
      ["dubbel-plan", "warning", "art. 1d"],
      ["invoer-begrensd", "warning", "art. 1d"],
      ["verborgen-blad", "info", "art. 1d"],
      ["verborgen-rijen", "info", "art. 1d"],
      ["aandeel-niet-ingesteld", "info", "art. 1c, bijlage 3"],
      ["opgave-niet-gedekt", "warning", "art. 3.2"],
      ["plancapaciteit-130", "warning", "art. 4.10"],
      ["harde-capaciteit", "warning", "art. 4.10"],
      ["betaalbaar-aandeel", "warning", "art. 6"],
      ["sociale-huur-regio", "warning", "art. 6"],
      ["middensegment-regio", "warning", "art. 6"],
      ["regio-opgave", "warning", "art. 3.2, 4.10"],
      ["aandelen-som", "error", "art. 3.2, bijlage 3"],
      ["regio-onvolledig", "info", "art. 3.2"],
      ["geen-jaarinformatie", "info", "art. 3.1"],
      ["geen-planstatus", "info", "art. 4.10"],
    ]);
  });
  it("codes are unique and every rule has a Dutch title", () => {
    const codes = Object.values(REGELS).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(REGEL_OP_CODE).sort()).toEqual([...codes].sort());
    for (const r of Object.values(REGELS)) expect(r.titel).toMatch(/^[A-Z0-9]/);
  });
  it("every article cited exists in the deal's text", () => {
    const artikelen = new Set(
      Object.values(REGELS).flatMap((r) => r.artikel.replace(/^art\. /, "").split(/,\s*/))
    );
    expect([...artikelen].sort()).toEqual([
      "11.2",
      "1a",
      "1c",
      "1d",
      "1k",
      "3.1",
      "3.2",
      "4.10",
      "4.9",
      "6",
      "bijlage 3",
    ]);
  });
});
