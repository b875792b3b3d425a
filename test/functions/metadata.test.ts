/**
 * The metadata Excel registers the functions with: generated from the JSDoc in
 * src/functions/functions.ts (as the webpack plugin does) and localised by
 * tools/bouw/lokaliseer-functies.js. Ids never change; Dutch Excel gets the Dutch names.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const lokalisatie = require("../../tools/bouw/lokaliseer-functies.js");
const VERTALING = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../src/functions/metadata-nl.json"), "utf8")
);

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Functie {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: { stream?: boolean; volatile?: boolean };
}
interface Metadata {
  functions: Functie[];
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
}

const BRON = path.join(__dirname, "../../src/functions/functions.ts");
let gegenereerd: Metadata;
let nl: Metadata;
let en: Metadata;

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(BRON);
  expect(r.errors).toEqual([]);
  gegenereerd = JSON.parse(r.metadataJson);
  ({ nl, en } = lokalisatie.lokaliseer(gegenereerd));
}, 60000);

/** id, English name, Dutch name, parameters [English, Dutch, optional], streaming, result. */
const VERWACHT: [string, string, string, [string, string, boolean][], boolean, string][] = [
  [
    "BETAALBAAR",
    "AFFORDABLE",
    "BETAALBAAR",
    [
      ["price", "prijs", false],
      ["kind", "soort", true],
      ["year", "jaar", true],
    ],
    false,
    "matrix",
  ],
  [
    "SEGMENT",
    "SEGMENT",
    "SEGMENT",
    [
      ["price", "prijs", false],
      ["kind", "soort", true],
      ["year", "jaar", true],
    ],
    false,
    "matrix",
  ],
  [
    "GRENS",
    "LIMIT",
    "GRENS",
    [
      ["name", "naam", false],
      ["year", "jaar", true],
    ],
    false,
    "matrix",
  ],
  [
    "OPGAVE",
    "TARGET",
    "OPGAVE",
    [
      ["municipality", "gemeente", false],
      ["year", "jaar", true],
    ],
    true,
    "matrix",
  ],
  [
    "DEKKING",
    "COVERAGE",
    "DEKKING",
    [
      ["municipality", "gemeente", false],
      ["capacity", "plancapaciteit", true],
    ],
    true,
    "matrix",
  ],
  [
    "NETTO",
    "NET",
    "NETTO",
    [
      ["gross", "bruto", false],
      ["demolition", "sloop", false],
    ],
    false,
    "matrix",
  ],
  [
    "AANDEEL_BETAALBAAR",
    "AFFORDABLE_SHARE",
    "AANDEEL_BETAALBAAR",
    [
      ["segments", "segmenten", false],
      ["counts", "aantallen", false],
    ],
    false,
    "scalar",
  ],
  [
    "TOETS",
    "CHECK",
    "TOETS",
    [
      ["segment", "segment", false],
      ["price", "prijs", false],
      ["kind", "soort", true],
      ["year", "jaar", true],
    ],
    false,
    "matrix",
  ],
];

describe("generated metadata (English, from the JSDoc)", () => {
  test("exactly these functions, in this order, with stable ids", () => {
    expect(gegenereerd.functions.map((f) => f.id)).toEqual(VERWACHT.map((v) => v[0]));
    expect(en.functions.map((f) => f.name)).toEqual(VERWACHT.map((v) => v[1]));
  });

  test.each(VERWACHT)(
    "%s: parameters, optional ones, ranges, streaming, result",
    (id, _en, _nl, params, stroom, resultaat) => {
      const f = en.functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(
        params.map(([e, , o]) => [e, o])
      );
      // Every parameter takes a range (matrix) of any values, so errors in a cell reach the function.
      expect(f.parameters.every((p) => p.dimensionality === "matrix" && p.type === "any")).toBe(
        true
      );
      expect(f.options?.stream === true).toBe(stroom);
      expect(f.options?.volatile).toBeUndefined();
      expect(f.result?.dimensionality ?? "scalar").toBe(resultaat);
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${id.toLowerCase()}.html`);
      expect(f.description).toMatch(/\S/);
      expect(f.parameters.every((p) => (p.description ?? "").length > 0)).toBe(true);
    }
  );

  test("names and ids follow Excel's rules", () => {
    for (const m of [en, nl]) {
      for (const f of m.functions) {
        expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
        expect(f.name).toMatch(/^\p{Lu}[\p{Lu}\p{N}_.]{2,}$/u);
        expect(f.name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/); // not a cell reference
      }
      expect(new Set(m.functions.map((f) => f.name)).size).toBe(m.functions.length);
    }
  });

  test("errors in a range reach the functions (allowErrorForDataTypeAny, set by the localisation step)", () => {
    expect(gegenereerd.allowErrorForDataTypeAny).toBeUndefined();
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(nl.allowErrorForDataTypeAny).toBe(true);
  });
});

describe("Dutch metadata (functions.json)", () => {
  test.each(VERWACHT)("%s: Dutch name and parameter names", (id, _en, naam, params) => {
    const f = nl.functions.find((x) => x.id === id)!;
    expect(f.name).toBe(naam);
    expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(
      params.map(([, n, o]) => [n, o])
    );
    expect(f.description).toBe(VERTALING[id].description);
    for (const [e, n] of params) {
      expect(f.parameters.find((p) => p.name === n)?.description).toBe(
        VERTALING[id].parameters[e].description
      );
    }
  });

  test("Dutch descriptions, as users read them", () => {
    const beschrijving = (id: string) => nl.functions.find((f) => f.id === id)!.description;
    expect(beschrijving("BETAALBAAR")).toBe(
      "Of een prijs betaalbaar is volgens de woondeal (art. 1a): koopprijs tot € 355.000 of kale huur tot € 1.000 per maand."
    );
    expect(beschrijving("DEKKING")).toBe(
      "Netto plancapaciteit gedeeld door de opgave van de gemeente; 1,3 is de 130% van art. 4.10. Zonder plancapaciteit telt de functie de planlijst in deze werkmap en werkt zichzelf bij als die verandert."
    );
    expect(beschrijving("OPGAVE")).toContain("gemeentelijk aandeel (bijlage 3");
    expect(nl.functions.find((f) => f.id === "DEKKING")!.parameters[1].description).toBe(
      "Netto plancapaciteit, een getal of een bereik dat wordt opgeteld. Weggelaten: de netto capaciteit 2022-2030 van de planlijst in deze werkmap."
    );
    // No English left in the Dutch file.
    const tekst = JSON.stringify(
      nl.functions.map((f) => [f.description, f.parameters.map((p) => p.description)])
    );
    expect(tekst).not.toMatch(/\b(the|price|municipality|range|sale|rent)\b/i);
  });

  test("everything but names and descriptions is identical in both languages", () => {
    const zonderTekst = (m: Metadata) =>
      m.functions.map((f) => ({
        ...f,
        name: undefined,
        description: undefined,
        parameters: f.parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
      }));
    expect(zonderTekst(nl)).toEqual(zonderTekst(en));
    expect(zonderTekst(en)).toEqual(zonderTekst(gegenereerd));
  });

  test("every function has its help page", () => {
    for (const f of nl.functions) {
      const pagina = path.join(
        __dirname,
        "../../src/help",
        path.basename(new URL(f.helpUrl!).pathname)
      );
      expect(fs.existsSync(pagina)).toBe(true);
    }
  });
});

describe("the localisation step refuses what it cannot translate", () => {
  const kopie = () => JSON.parse(JSON.stringify(VERTALING));

  test("a function or parameter without Dutch, or a translation of nothing", () => {
    const v = kopie();
    delete v.GRENS;
    delete v.NETTO.parameters.demolition;
    v.TOETS.parameters.bedrag = { name: "bedrag", description: "x" };
    v.OUD = { name: "OUD", description: "x", parameters: {} };
    v.SEGMENT.name = "1SEGMENT";
    v.OPGAVE.name = "BETAALBAAR";
    expect(() => lokalisatie.lokaliseer(gegenereerd, v)).toThrow(
      [
        "Lokalisatie van de functies mislukt:",
        '  SEGMENT: ongeldige naam "1SEGMENT" (een letter, dan letters, cijfers, _ of .; minstens 3 tekens)',
        "  GRENS: geen Nederlandse vertaling in metadata-nl.json",
        "  OPGAVE: naam BETAALBAAR ook gebruikt door BETAALBAAR",
        "  NETTO: parameter demolition zonder vertaling",
        "  TOETS: vertaling van onbekende parameter bedrag",
        "  OUD: vertaling van een functie die niet (meer) bestaat",
      ].join("\n")
    );
  });

  test("help links point to the production address when one is given", () => {
    const { nl: p } = lokalisatie.lokaliseer(gegenereerd, VERTALING, {
      publicUrl: "https://woondeal.drenthe.nl/toets/",
    });
    expect(p.functions[0].helpUrl).toBe("https://woondeal.drenthe.nl/toets/help/betaalbaar.html");
  });

  test("the command line localises a build folder, and a second run changes nothing", () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "lokaliseer-"));
    try {
      fs.writeFileSync(path.join(map, "functions.json"), JSON.stringify(gegenereerd));
      lokalisatie.lokaliseerMap(map);
      const eerst = [
        fs.readFileSync(path.join(map, "functions.json"), "utf8"),
        fs.readFileSync(path.join(map, "functions-en.json"), "utf8"),
      ];
      expect(JSON.parse(eerst[0])).toEqual(nl);
      expect(JSON.parse(eerst[1])).toEqual(en);
      lokalisatie.lokaliseerMap(map);
      expect([
        fs.readFileSync(path.join(map, "functions.json"), "utf8"),
        fs.readFileSync(path.join(map, "functions-en.json"), "utf8"),
      ]).toEqual(eerst);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });
});
