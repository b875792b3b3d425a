/**
 * Rapport objects made by the real engine from small planlijst grids, for the pane's tests.
 * Nothing here writes findings by hand: the grids break the deal on purpose, the engine finds it.
 */
import { DealInstellingen } from "../../src/deal/instellingen";
import { Raster } from "../../src/planlijst/cel";
import { leesWerkmap } from "../../src/planlijst/lezer";
import { Rapport, toets } from "../../src/rules/toets";

export const KOP = [
  "Projectnaam",
  "Gemeente",
  "Kern",
  "Aantal woningen",
  "Sloop",
  "Netto",
  "Segment",
  "Koopprijs",
  "Huurprijs",
  "Planstatus",
  "Oplevering",
];

/** A planlijst of Emmen and Coevorden with a few deliberate violations. */
export function planlijstRaster(): Raster {
  return [
    ["Planlijst woningbouw 2024"],
    [],
    KOP,
    ["Parkwijk fase 2", "Emmen", "Emmen", 40, 0, 40, "sociale huur", null, 720, "1A", 2025],
    ["De Horsten", "Emmen", "Klazienaveen", 24, 4, 18, "betaalbare koop", 395000, null, "2A", 2026],
    ["Centrumplan", "Emmen", "Emmen", 60, 10, 50, "middenhuur", null, 1150, "3", 2027],
    ["Oude school", "Coevorden", "Dalen", 12, 0, 12, "dure koop", 450000, null, "onbekend", 2031],
    ["Zuiderpark", "Coevorden", "Coevorden", 30, 0, 30, "sociale huur", null, 690, "4A", 2028],
    ["Pm-locatie", "Coevorden", null, 20, 0, 20, null, null, null, "4B", 2029],
    ["Totaal", null, null, 186, 14, 170],
  ];
}

/** A sheet whose headers the reader does not recognise. */
export function onbekendRaster(): Raster {
  return [
    ["Wat", "Hoeveel", "Wanneer"],
    ["Plan A", 10, 2025],
    ["Plan B", 12, 2026],
  ];
}

/** Many plans, each with a price that does not fit its segment. */
export function veelRaster(n: number): Raster {
  const rijen: Raster = [KOP];
  for (let i = 1; i <= n; i++)
    rijen.push([`Plan ${i}`, "Emmen", "Emmen", 10, 0, 10, "sociale huur", null, 950, "1A", 2026]);
  return rijen;
}

export const PEILDATUM = "2025-06-01";

export function rapportVan(
  bladen: { naam: string; raster: Raster }[],
  instellingen?: DealInstellingen
): Rapport {
  return toets(leesWerkmap(bladen).bladen, {
    peildatum: PEILDATUM,
    ...(instellingen ? { instellingen } : {}),
  });
}

export function voorbeeldRapport(instellingen?: DealInstellingen): Rapport {
  return rapportVan([{ naam: "Planlijst", raster: planlijstRaster() }], instellingen);
}

export const VOORBEELD_INSTELLINGEN: DealInstellingen = {
  gemeenten: {
    "Aa en Hunze": { aandeel: 700 },
    "Borger-Odoorn": { aandeel: 600 },
    Coevorden: { aandeel: 80, jaarschijven: { 2025: 10, 2026: 10, 2027: 10, 2028: 10, 2029: 10 } },
    Emmen: { aandeel: 100 },
  },
};

/** A header row is found, but no count column: not a planlijst until "Hoeveelheid" is mapped. */
export function halfRaster(): Raster {
  return [
    ["Projectnaam", "Hoeveelheid", "Wanneer klaar", "Gemeente"],
    ["Centrum-Oost", 10, 2026, "Emmen"],
    ["Noordrand", 14, 2027, "Emmen"],
  ];
}

/** A planlijst without a gemeente column (the row finding has no column: the pane points at the name). */
export function zonderGemeenteRaster(): Raster {
  return [
    ["Projectnaam", "Aantal", "Wanneer klaar"],
    ["Achter de kerk", 10, 2026],
  ];
}
