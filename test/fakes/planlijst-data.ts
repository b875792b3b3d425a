/**
 * Deterministic planlijst grids for tests and the browser page (no jest/Node imports).
 * Every 7th plan has a koopprijs above the betaalbare koopgrens while its segment says
 * "Betaalbare koop" (an error), every 11th has no planstatus (a warning).
 */
import { Waarde } from "./excel-model";

export const KOP = [
  "Plan-ID",
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Planstatus",
  "Aantal woningen",
  "Sloop",
  "Segment",
  "Koopprijs",
  "Huurprijs",
  "Oplevering",
  "Doelgroep",
];

const KERNEN = ["Emmen", "Klazienaveen", "Erica", "Schoonebeek", "Nieuw-Amsterdam"];
const STATUS = ["1A Onherroepelijk", "2A Vastgesteld", "3 In voorbereiding", "Vergund"];

/** One plan row (index 0-based). */
export function planRij(i: number, gemeente = "Emmen"): (Waarde | null)[] {
  const soort = i % 4;
  const fout = i % 7 === 3;
  const zonderStatus = i % 11 === 5;
  const segment = fout
    ? "Betaalbare koop"
    : ["Sociale huur", "Betaalbare koop", "Middenhuur", "Dure koop"][soort];
  const koop = segment.endsWith("koop")
    ? fout
      ? 395000 + (i % 5) * 1000
      : segment === "Dure koop"
        ? 465000
        : 329000
    : null;
  const huur = segment.endsWith("huur") ? (segment === "Sociale huur" ? 712 : 975) : null;
  return [
    `P-${String(i + 1).padStart(5, "0")}`,
    `Plan ${KERNEN[i % KERNEN.length]} ${i + 1}`,
    gemeente,
    KERNEN[i % KERNEN.length],
    zonderStatus ? null : STATUS[i % STATUS.length],
    10 + (i % 30),
    i % 9 === 0 ? 4 : 0,
    segment,
    koop,
    huur,
    2025 + (i % 5),
    ["Starters", "Ouderen", "Gezinnen"][i % 3],
  ];
}

/** A planlijst with a title row, an empty row and the header in row 3. */
export function maakPlanlijst(aantal: number, gemeente = "Emmen"): (Waarde | null)[][] {
  const raster: (Waarde | null)[][] = [[`Woningbouwplanlijst gemeente ${gemeente}`], [], KOP];
  for (let i = 0; i < aantal; i++) raster.push(planRij(i, gemeente));
  return raster;
}

/** 1-based sheet row of plan i in `maakPlanlijst`. */
export function rijVanPlan(i: number): number {
  return i + 4;
}
