import { leesBlad } from "../../src/planlijst/lezer";
import { Plan } from "../../src/planlijst/plan";
import {
  KoppelResultaat,
  afstandTot,
  koppelPlannen,
  spellingsmarge,
} from "../../src/vergelijking/koppeling";
import { dealPlan } from "../fixtures/plannen";
import { maakRondes } from "../fixtures/rondes";

/** The result as names, for exact assertions. */
function namen(k: KoppelResultaat) {
  const n = (p: Plan) => p.naam ?? p.id ?? "?";
  return {
    paren: k.paren.map((p) => [n(p.vorige), n(p.huidige), p.via]),
    splitsingen: k.splitsingen.map((s) => [n(s.vorige), s.huidige.map(n)]),
    samenvoegingen: k.samenvoegingen.map((s) => [s.vorige.map(n), n(s.huidige)]),
    onzeker: k.onzeker.map((o) => [o.vorige.map(n), o.huidige.map(n), o.reden]),
    vervallen: k.vervallen.map(n),
    nieuw: k.nieuw.map(n),
  };
}
const LEEG = {
  paren: [],
  splitsingen: [],
  samenvoegingen: [],
  onzeker: [],
  vervallen: [],
  nieuw: [],
};

describe("afstandTot: edit distance with a cap", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(afstandTot("kerkstraat", "kerkstraat", 2)).toBe(0);
    expect(afstandTot("kerkstraat", "keerkstraat", 2)).toBe(1);
    expect(afstandTot("rietlanden", "rietlandn", 2)).toBe(1);
    expect(afstandTot("angelslo", "angelsol", 2)).toBe(2);
  });
  it("stops at cap + 1 for names further apart, also when the lengths differ more than the cap", () => {
    expect(afstandTot("parkwijk", "dorpshart", 2)).toBe(3);
    expect(afstandTot("brink", "brinkweg noord", 3)).toBe(4);
  });
  it("allows no edits below six characters and at most three", () => {
    expect([5, 6, 12, 17, 18, 40].map(spellingsmarge)).toEqual([0, 1, 2, 2, 3, 3]);
  });
});

describe("koppelPlannen: matching by plan id", () => {
  it("pairs plans with the same id in the same gemeente, whatever their names", () => {
    const k = koppelPlannen(
      [
        dealPlan({ id: "EM-001", naam: "Delftlanden kavels" }),
        dealPlan({ id: "CV-001", naam: "Dalen Noord", gemeente: "Coevorden" }),
      ],
      [
        dealPlan({ id: "CV-001", naam: "Dalen Noord", gemeente: "Coevorden" }),
        dealPlan({ id: " em-001 ", naam: "Delftlanden Oost" }),
      ]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      paren: [
        ["Delftlanden kavels", "Delftlanden Oost", "id"],
        ["Dalen Noord", "Dalen Noord", "id"],
      ],
    });
  });
  it("does not trust a bare running number when the names differ: a renumbered list is matched by name", () => {
    const k = koppelPlannen(
      [dealPlan({ id: "1", naam: "Parkwijk" }), dealPlan({ id: "2", naam: "Erica Zuid" })],
      [dealPlan({ id: "1", naam: "Erica Zuid" }), dealPlan({ id: "2", naam: "Parkwijk" })]
    );
    expect(namen(k).paren).toEqual([
      ["Parkwijk", "Parkwijk", "naam"],
      ["Erica Zuid", "Erica Zuid", "naam"],
    ]);
  });
  it("uses the same id in two gemeenten as two plans", () => {
    const k = koppelPlannen(
      [
        dealPlan({ id: "7", naam: "Centrum" }),
        dealPlan({ id: "7", naam: "Centrum", gemeente: "Coevorden" }),
      ],
      [dealPlan({ id: "7", naam: "Centrum", gemeente: "Coevorden" })]
    );
    expect(k.paren.map((p) => p.vorige.gemeente)).toEqual(["Coevorden"]);
    expect(k.vervallen.map((p) => p.gemeente)).toEqual(["Emmen"]);
  });
});

describe("koppelPlannen: matching by name, kern and gemeente", () => {
  it("pairs the same name in the same kern; punctuation, case and accents do not matter", () => {
    const k = koppelPlannen(
      [
        dealPlan({ naam: "Rietlanden-Oost", kern: "Emmen" }),
        dealPlan({ naam: "Exloërmond Zuid", kern: "2e Exloërmond", gemeente: "Borger-Odoorn" }),
      ],
      [
        dealPlan({ naam: "Exloermond zuid", kern: "2e Exloermond", gemeente: "Borger-Odoorn" }),
        dealPlan({ naam: "rietlanden oost", kern: "Emmen" }),
      ]
    );
    expect(namen(k).paren).toEqual([
      ["Rietlanden-Oost", "rietlanden oost", "naam"],
      ["Exloërmond Zuid", "Exloermond zuid", "naam"],
    ]);
  });
  it("pairs a PM plan that got its kern; the same name in another kern is another plan", () => {
    const k = koppelPlannen(
      [
        dealPlan({ naam: "PM uitbreiding noord" }),
        dealPlan({ naam: "Dorpshart", kern: "Gieten", gemeente: "Aa en Hunze" }),
      ],
      [
        dealPlan({ naam: "PM uitbreiding noord", kern: "Emmen" }),
        dealPlan({ naam: "Dorpshart", kern: "Rolde", gemeente: "Aa en Hunze" }),
      ]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      paren: [["PM uitbreiding noord", "PM uitbreiding noord", "naam"]],
      vervallen: ["Dorpshart"],
      nieuw: ["Dorpshart"],
    });
  });
  it("pairs a name with a small spelling change, also with its words in another order", () => {
    const k = koppelPlannen(
      [
        dealPlan({ naam: "Angelslo herstructurering", kern: "Emmen" }),
        dealPlan({ naam: "Rietlanden Oost", kern: "Emmen" }),
      ],
      [
        dealPlan({ naam: "Angelslo herstructureering", kern: "Emmen" }),
        dealPlan({ naam: "Oost Rietlanden", kern: "Emmen" }),
      ]
    );
    expect(namen(k).paren).toEqual([
      ["Angelslo herstructurering", "Angelslo herstructureering", "spelling"],
      ["Rietlanden Oost", "Oost Rietlanden", "spelling"],
    ]);
  });
  it("never pairs names whose numbers differ, nor short names with any change", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Parkwijk fase 2" }), dealPlan({ naam: "Brink" })],
      [dealPlan({ naam: "Parkwijk fase 3" }), dealPlan({ naam: "Brinkk" })]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      vervallen: ["Parkwijk fase 2", "Brink"],
      nieuw: ["Parkwijk fase 3", "Brinkk"],
    });
  });
  it("matches in another gemeente never", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Centrumplan" })],
      [dealPlan({ naam: "Centrumplan", gemeente: "Coevorden" })]
    );
    expect(namen(k)).toEqual({ ...LEEG, vervallen: ["Centrumplan"], nieuw: ["Centrumplan"] });
  });
});

describe("koppelPlannen: splits and merges", () => {
  it("reports a plan continued as parts with its name (fase, deel, bouwcluster, compass) as a split", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Pottendijk" }), dealPlan({ naam: "Parkwijk fase 3" })],
      [
        dealPlan({ naam: "Pottendijk bouwcluster 1" }),
        dealPlan({ naam: "Parkwijk fase 3a" }),
        dealPlan({ naam: "Pottendijk bouwcluster 2" }),
        dealPlan({ naam: "Parkwijk fase 3b" }),
        dealPlan({ naam: "Pottendijk Noord" }),
      ]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      splitsingen: [
        [
          "Pottendijk",
          ["Pottendijk bouwcluster 1", "Pottendijk bouwcluster 2", "Pottendijk Noord"],
        ],
        ["Parkwijk fase 3", ["Parkwijk fase 3a", "Parkwijk fase 3b"]],
      ],
    });
  });
  it("a plan that kept its id for one part is split, not renamed", () => {
    const k = koppelPlannen(
      [dealPlan({ id: "EM-001", naam: "Parkwijk fase 3" })],
      [
        dealPlan({ id: "EM-001", naam: "Parkwijk fase 3a" }),
        dealPlan({ id: "EM-023", naam: "Parkwijk fase 3b" }),
      ]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      splitsingen: [["Parkwijk fase 3", ["Parkwijk fase 3a", "Parkwijk fase 3b"]]],
    });
  });
  it("one part only is the plan renamed", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Pottendijk" })],
      [dealPlan({ naam: "Pottendijk fase 1" })]
    );
    expect(namen(k).paren).toEqual([["Pottendijk", "Pottendijk fase 1", "naam"]]);
  });
  it("a name that merely starts with another plan's name is no part of it", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Centrumplan" })],
      [dealPlan({ naam: "Centrumplan Marktplein" }), dealPlan({ naam: "Centrumplan Stationsweg" })]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      vervallen: ["Centrumplan"],
      nieuw: ["Centrumplan Marktplein", "Centrumplan Stationsweg"],
    });
  });
  it("reports parts merged into one plan as a merge", () => {
    const k = koppelPlannen(
      [
        dealPlan({ naam: "Erica Zuid deel 1" }),
        dealPlan({ naam: "Erica Zuid deel 2" }),
        dealPlan({ naam: "Brink" }),
      ],
      [dealPlan({ naam: "Erica Zuid" }), dealPlan({ naam: "Brink" })]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      paren: [["Brink", "Brink", "naam"]],
      samenvoegingen: [[["Erica Zuid deel 1", "Erica Zuid deel 2"], "Erica Zuid"]],
    });
  });
  it("a part goes to the most specific whole; parts two wholes claim alike are uncertain", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Parkwijk" }), dealPlan({ naam: "Parkwijk fase 3" })],
      [dealPlan({ naam: "Parkwijk fase 3a" }), dealPlan({ naam: "Parkwijk fase 3b" })]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      splitsingen: [["Parkwijk fase 3", ["Parkwijk fase 3a", "Parkwijk fase 3b"]]],
      vervallen: ["Parkwijk"],
    });
    const twee = koppelPlannen(
      [dealPlan({ naam: "Veenpark", kern: "Emmen" }), dealPlan({ naam: "Veenpark" })],
      [
        dealPlan({ naam: "Veenpark fase 1", kern: "Emmen" }),
        dealPlan({ naam: "Veenpark fase 2", kern: "Emmen" }),
      ]
    );
    expect(namen(twee).onzeker).toEqual([
      [["Veenpark", "Veenpark"], ["Veenpark fase 1", "Veenpark fase 2"], "meerdere-delen"],
    ]);
  });
});

describe("koppelPlannen: ambiguous cases are reported, never guessed", () => {
  it("the same name twice on one side", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Rietlanden Oost", bruto: 36 })],
      [
        dealPlan({ naam: "Rietlanden Oost", bruto: 36 }),
        dealPlan({ naam: "Rietlanden Oost", bruto: 20 }),
      ]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      onzeker: [[["Rietlanden Oost"], ["Rietlanden Oost", "Rietlanden Oost"], "zelfde-naam"]],
    });
  });
  it("two spellings equally near", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Molenakkers" })],
      [dealPlan({ naam: "Molenakker" }), dealPlan({ naam: "Molenackers" })]
    );
    expect(namen(k)).toEqual({
      ...LEEG,
      onzeker: [[["Molenakkers"], ["Molenakker", "Molenackers"], "gelijke-kandidaten"]],
    });
  });
  it("two previous plans equally near one current name", () => {
    const k = koppelPlannen(
      [dealPlan({ naam: "Molenakker" }), dealPlan({ naam: "Molenackers" })],
      [dealPlan({ naam: "Molenakkers" })]
    );
    expect(namen(k).onzeker).toEqual([
      [["Molenakker", "Molenackers"], ["Molenakkers"], "gelijke-kandidaten"],
    ]);
  });
});

describe("koppelPlannen on two generated rounds of 20,000 plans", () => {
  it("finds exactly the matches, splits, merges, removals, additions and uncertain cases the generator made", () => {
    const r = maakRondes(20000);
    const vorige = leesBlad("Planlijst", r.vorige);
    const huidige = leesBlad("Planlijst", r.huidige);
    expect([vorige.plannen.length, huidige.plannen.length]).toEqual([
      20000 + 400, // the 400 merged plans are two rows each
      // 400 removed, 400 second parts of splits, 20 second plans of an uncertain name, 200 new.
      20000 - 400 + 400 + 20 + 200,
    ]);
    const k = koppelPlannen(vorige.plannen, huidige.plannen);
    const via: Record<string, number> = {};
    for (const p of k.paren) via[p.via] = (via[p.via] ?? 0) + 1;
    // Per 50 plans: 45 keep their id (minus the 20 uncertain ones), 1 same name without id, 1 misspelt.
    expect(via).toEqual({ id: 17980, naam: 400, spelling: 400 });
    expect(
      k.paren.every(
        (p) => p.vorige.naam!.match(/\((\d+)\)/)![1] === p.huidige.naam!.match(/\((\d+)\)/)![1]
      )
    ).toBe(true);
    expect(k.splitsingen.length).toBe(400);
    expect(k.splitsingen.every((s) => s.huidige.length === 2)).toBe(true);
    expect(k.samenvoegingen.length).toBe(400);
    expect(k.onzeker.length).toBe(20);
    expect(
      k.onzeker.every(
        (o) => o.reden === "zelfde-naam" && o.vorige.length === 1 && o.huidige.length === 2
      )
    ).toBe(true);
    expect(k.vervallen.length).toBe(400);
    expect(k.vervallen.every((p) => Number(p.naam!.match(/\((\d+)\)/)![1]) % 50 === 0)).toBe(true);
    expect(k.nieuw.length).toBe(200);
    expect(k.nieuw.every((p) => Number(p.naam!.match(/\((\d+)\)/)![1]) >= 20000)).toBe(true);
  });
});
