/**
 * Object-prototype names as user text: "constructor", "__proto__", "toString" and
 * "hasOwnProperty" as gemeente, header, sheet and settings key. Each is an ordinary unknown
 * name: no crash, no gemeente "function Object() { [native code] }", no polluted prototype.
 */
import { herkenGemeente } from "../../src/deal/gemeenten";
import { InstellingenFout, leesInstellingen } from "../../src/deal/instellingen";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { toets } from "../../src/rules/toets";

const NAMEN = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

describe("prototype names are plain unknown names", () => {
  it.each(NAMEN)("gemeente %s is not recognised and gets no suggestion from Object", (naam) => {
    expect(herkenGemeente(naam)).toEqual({ soort: "onbekend", naam, suggestie: undefined });
  });

  it("as gemeente cells, headers and a sheet name the reader and the rules give ordinary findings", () => {
    const raster = [
      ["Projectnaam", "Gemeente", "Aantal", ...NAMEN],
      ...NAMEN.map((n, i) => [`Plan ${i}`, n, 10, ...NAMEN.map(() => n)]),
      ["Plan Emmen", "Emmen", 5],
    ];
    const werkmap = leesWerkmap([{ naam: "__proto__", raster }]);
    const blad = werkmap.bladen[0];
    expect(blad.isPlanlijst).toBe(true);
    expect(blad.onbekendeKoppen.map((k) => k.kop)).toEqual(NAMEN);
    expect(blad.plannen.map((p) => [p.gemeenteTekst, p.gemeente])).toEqual([
      ...NAMEN.map((n) => [n, undefined]),
      ["Emmen", "Emmen"],
    ]);
    const rapport = toets(werkmap.bladen, { peildatum: "2026-01-01" });
    const buiten = rapport.bevindingen.filter((f) => f.rule === "gemeente-buiten-deal");
    expect(buiten.map((f) => f.gemeente)).toEqual(NAMEN);
    expect(Object.keys(rapport.samenvatting.perGemeente).sort()).toEqual(
      [...NAMEN, "Emmen"].sort()
    );
    for (const n of NAMEN) expect(rapport.samenvatting.perGemeente[n].plannen).toBe(1);
    expect(rapport.samenvatting.regio.plannen).toBe(1);
    expect(({} as Record<string, unknown>).plans).toBeUndefined();
  });

  it.each(NAMEN)("settings with gemeente %s are refused in Dutch", (naam) => {
    const json = JSON.parse(`{"gemeenten": {"${naam}": {"aandeel": 5}}}`);
    expect(() => leesInstellingen(json)).toThrow(InstellingenFout);
    expect(() => leesInstellingen(json)).toThrow(`Onbekende gemeente in instellingen: "${naam}"`);
  });

  it("settings read own keys only: an inherited aandeel is not a setting", () => {
    const waarde = Object.create({ aandeel: 999 });
    expect(leesInstellingen({ gemeenten: { Emmen: waarde } })).toEqual({
      gemeenten: { Emmen: {} },
    });
    expect(() => leesInstellingen(Object.create({ gemeenten: {} }))).toThrow(InstellingenFout);
  });
});
