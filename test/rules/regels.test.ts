import { REGELS, REGEL_OP_CODE } from "../../src/rules/regels";

describe("REGELS: the catalogue of rules", () => {
  it("severity follows the deal's force: a definition breach is an error, an aim or effort a warning, context info", () => {
    const tabel = Object.values(REGELS).map((r) => [r.code, r.kracht, r.ernst, r.artikel]);
    expect(tabel).toEqual([
      ["prijs-segment", "definitie", "error", "art. 1a"],
      ["segment-onderschat", "lezing", "warning", "art. 1a"],
      ["segment-op-prijs", "context", "info", "art. 1a"],
      ["segment-onbepaald", "lezing", "warning", "art. 1a, 6"],
      ["prijs-soort", "lezing", "warning", "art. 1a"],
      ["netto-som", "definitie", "error", "art. 3.2"],
      ["jaarschijven-som", "invoer", "error", "art. 3.2"],
      ["geen-aantal", "invoer", "warning", "art. 1k"],
      ["onleesbare-cel", "invoer", "error", "art. 1d"],
      ["getal-geraden", "context", "info", "art. 1d"],
      ["buiten-periode", "invoer", "warning", "art. 3.1"],
      ["geen-opleverjaar", "invoer", "warning", "art. 3.1"],
      ["planologische-status", "inspanning", "warning", "art. 4.9"],
      ["pm-plan", "inspanning", "warning", "art. 4.9, 11.2"],
      ["gemeente-buiten-deal", "definitie", "error", "art. 3.2"],
      ["gemeente-ontbreekt", "invoer", "warning", "art. 3.2"],
      ["planstatus-onbekend", "invoer", "warning", "art. 4.10"],
      ["dubbel-plan", "invoer", "warning", "art. 1d"],
      ["invoer-begrensd", "invoer", "warning", "art. 1d"],
      ["verborgen-blad", "context", "info", "art. 1d"],
      ["verborgen-rijen", "context", "info", "art. 1d"],
      ["aandeel-niet-ingesteld", "context", "info", "art. 1c, bijlage 3"],
      ["opgave-niet-gedekt", "inspanning", "warning", "art. 3.2"],
      ["plancapaciteit-130", "inspanning", "warning", "art. 4.10"],
      ["harde-capaciteit", "inspanning", "warning", "art. 4.10"],
      ["harde-capaciteit-stand", "context", "info", "art. 4.10"],
      ["betaalbaar-aandeel", "streven", "warning", "art. 6"],
      ["sociale-huur-regio", "streven", "warning", "art. 6"],
      ["middensegment-regio", "streven", "warning", "art. 6"],
      ["segment-doel-gemeente", "streven", "warning", "art. 6, bijlage 3"],
      ["regio-opgave", "inspanning", "warning", "art. 3.2, 4.10"],
      ["aandelen-som", "definitie", "error", "art. 3.2, bijlage 3"],
      ["regio-onvolledig", "context", "info", "art. 3.2"],
      ["geen-jaarinformatie", "context", "info", "art. 3.1"],
      ["geen-planstatus", "context", "info", "art. 4.10"],
      ["kolom-niet-herkend", "context", "info", "art. 1d"],
      ["kolom-niet-gebruikt", "invoer", "warning", "art. 1d"],
      ["koppeling-onzeker", "invoer", "warning", "art. 8.1"],
      ["koppeling-op-naam", "context", "info", "art. 8.1"],
      ["koppeling-op-id", "context", "info", "art. 8.1"],
      ["plan-vervallen", "context", "info", "art. 7.2"],
      ["plan-nieuw", "context", "info", "art. 7.3"],
      ["plan-gesplitst", "context", "info", "art. 7.2"],
      ["plannen-samengevoegd", "context", "info", "art. 7.2"],
      ["aantal-gewijzigd", "context", "info", "art. 7.2"],
      ["hardheid-gewijzigd", "context", "info", "art. 4.10"],
      ["opleverjaar-verschoven", "context", "info", "art. 7.2"],
      ["segment-gewijzigd", "context", "info", "art. 1a, 6"],
      ["plan-opgeleverd", "context", "info", "art. 8.1"],
      ["totaal-lager", "lezing", "warning", "art. 7.2"],
      ["totaal-rondes", "context", "info", "art. 7.2"],
      ["dekking-niet-gehandhaafd", "streven", "warning", "art. 4.10"],
      ["dekking-rondes", "context", "info", "art. 4.10"],
      ["harde-capaciteit-rondes", "inspanning", "warning", "art. 4.10"],
      ["harde-capaciteit-rondes-stand", "context", "info", "art. 4.10"],
      ["levering-achter", "inspanning", "warning", "art. 8.3"],
      ["levering-rondes", "context", "info", "art. 8.3"],
      ["formule-fout", "invoer", "warning", "art. 8.1"],
      ["samenvatting-cel", "invoer", "error", "art. 8.1"],
      ["samenvatting-som", "invoer", "warning", "art. 8.1"],
      ["bestand-niet-gelezen", "invoer", "error", "art. 8.1"],
      ["geen-planlijst", "invoer", "error", "art. 8.1"],
    ]);
  });
  it("only a definition (or self-contradicting numbers) is an error; aims and efforts are never errors", () => {
    for (const r of Object.values(REGELS)) {
      if (r.kracht === "streven" || r.kracht === "inspanning" || r.kracht === "lezing")
        expect([r.code, r.ernst]).toEqual([r.code, "warning"]);
      if (r.kracht === "context") expect([r.code, r.ernst]).toEqual([r.code, "info"]);
      if (r.ernst === "error") expect(["definitie", "invoer"]).toContain(r.kracht);
    }
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
      "7.2",
      "7.3",
      "8.1",
      "8.3",
      "bijlage 3",
    ]);
  });
});
