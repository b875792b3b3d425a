/**
 * The deal as data: every number the product applies is a dated parameter with the
 * article (or public source) it comes from, in the spirit of OpenFisca parameter files.
 * A policy officer can check each value here against the deal's text.
 */

export interface Bron {
  /** The document the value comes from. */
  document: string;
  /** Article of the deal, e.g. "art. 1a". */
  artikel?: string;
  /** Publication date or link of a non-deal source. */
  verwijzing?: string;
}

export interface DatedValue<T> {
  /** ISO date (YYYY-MM-DD) from which the value holds. */
  geldigVanaf: string;
  waarde: T;
  bron: Bron;
}

export interface Parameter<T> {
  naam: string;
  omschrijving: string;
  eenheid: string;
  /** Sorted by geldigVanaf, oldest first. */
  waarden: DatedValue<T>[];
}

export const DEAL = "Regionale woondeal Zuidoost Drenthe (21 december 2022)";
const deal = (artikel: string): Bron => ({ document: DEAL, artikel });
/** A national value: the regulation and the year it holds, and where it was published. */
const wet = (document: string, verwijzing: string): Bron => ({ document, verwijzing });
/** The liberalisatiegrens (huurprijsgrens) of a year: the maximum huurgrens of the Wet op de huurtoeslag. */
const liberalisatiegrens = (jaar: number, verwijzing = `bedrag per 1 januari ${jaar}`): Bron =>
  wet(
    `liberalisatiegrens ${jaar}: de maximale huurgrens van art. 13, eerste lid, onder a, Wet op de huurtoeslag`,
    verwijzing
  );

/** The deal fixes its price limits at this date (art. 1a: "peildatum 1 januari 2022"). */
export const DEAL_PEILDATUM = "2022-01-01";

export const betaalbareKoopgrens: Parameter<number> = {
  naam: "koop",
  omschrijving: "Hoogste koopprijs van een betaalbare koopwoning",
  eenheid: "euro",
  waarden: [
    { geldigVanaf: "2022-01-01", waarde: 355000, bron: deal("art. 1a") },
    {
      geldigVanaf: "2024-01-01",
      waarde: 390000,
      bron: wet("betaalbare koopgrens 2024", "Rijksoverheid, nieuwsbericht 2023-10-25"),
    },
    {
      geldigVanaf: "2025-01-01",
      waarde: 405000,
      bron: wet("betaalbare koopgrens 2025", "Rijksoverheid, nieuwsbericht 2024-10-22"),
    },
    {
      geldigVanaf: "2026-01-01",
      waarde: 420000,
      bron: wet("betaalbare koopgrens 2026", "Rijksoverheid, nieuwsbericht 2025-10-08"),
    },
  ],
};

export const nhgGrens: Parameter<number> = {
  naam: "nhg",
  omschrijving: "Kostengrens Nationale Hypotheek Garantie",
  eenheid: "euro",
  waarden: [
    { geldigVanaf: "2022-01-01", waarde: 355000, bron: deal("art. 1a") },
    {
      geldigVanaf: "2023-01-01",
      waarde: 405000,
      bron: { document: "NHG", verwijzing: "kostengrens 2023" },
    },
    {
      geldigVanaf: "2024-01-01",
      waarde: 435000,
      bron: { document: "NHG", verwijzing: "kostengrens 2024" },
    },
    {
      geldigVanaf: "2025-01-01",
      waarde: 450000,
      bron: { document: "NHG", verwijzing: "kostengrens 2025" },
    },
    {
      geldigVanaf: "2026-01-01",
      waarde: 470000,
      bron: { document: "NHG", verwijzing: "kostengrens 2026" },
    },
  ],
};

/** Upper limit of betaalbare huur and of middenhuur (art. 1a, 1g: "tot € 1.000"). */
export const betaalbareHuurgrens: Parameter<number> = {
  naam: "huur",
  omschrijving: "Hoogste kale huur per maand van een betaalbare huurwoning (bovengrens middenhuur)",
  eenheid: "euro per maand",
  waarden: [
    { geldigVanaf: "2022-01-01", waarde: 1000, bron: deal("art. 1a") },
    {
      geldigVanaf: "2024-07-01",
      waarde: 1123.13,
      bron: wet(
        "Wet betaalbare huur: bovengrens middenhuur (186 punten) per 1 juli 2024",
        "Rijksoverheid, nieuwsbericht 2024-11-18"
      ),
    },
    {
      geldigVanaf: "2025-01-01",
      waarde: 1184.82,
      bron: wet(
        "Wet betaalbare huur: bovengrens middenhuur (186 punten) per 1 januari 2025",
        "Rijksoverheid, nieuwsbericht 2024-11-18"
      ),
    },
    {
      geldigVanaf: "2026-01-01",
      waarde: 1228.07,
      bron: wet(
        "Wet betaalbare huur: bovengrens middenhuur (186 punten) per 1 januari 2026",
        "Rijksoverheid, nieuwsbericht 2025-11-25"
      ),
    },
  ],
};

/**
 * Liberalisatiegrens: the highest kale huur of sociale huur. The deal does not define sociale
 * huur; art. 1g names "de liberalisatiegrens" (then about € 763) as the lower bound of
 * middenhuur. The limit is national and indexed every year, so every value here comes from
 * national rent law, not from the deal.
 */
export const socialeHuurgrens: Parameter<number> = {
  naam: "sociale_huur",
  omschrijving: "Liberalisatiegrens: hoogste kale huur per maand van een sociale huurwoning",
  eenheid: "euro per maand",
  waarden: [
    { geldigVanaf: "2022-01-01", waarde: 763.47, bron: liberalisatiegrens(2022) },
    { geldigVanaf: "2023-01-01", waarde: 808.06, bron: liberalisatiegrens(2023) },
    {
      geldigVanaf: "2024-01-01",
      waarde: 879.66,
      bron: liberalisatiegrens(2024, "Rijksoverheid, nieuwsbericht 2023-10-25"),
    },
    {
      geldigVanaf: "2025-01-01",
      waarde: 900.07,
      bron: liberalisatiegrens(2025, "Rijksoverheid, nieuwsbericht 2024-10-22"),
    },
    {
      geldigVanaf: "2026-01-01",
      waarde: 932.93,
      bron: liberalisatiegrens(2026, "Rijksoverheid, nieuwsbericht 2025-10-08"),
    },
  ],
};

/**
 * Lower limit of middenhuur as the deal writes it (art. 1g: "tussen de liberalisatie grens
 * van € 763 en € 1.000"): € 763 in 2022, then the liberalisatiegrens in force. The checks
 * use the liberalisatiegrens itself (socialeHuurgrens); this is the number GRENS() gives.
 */
export const middenhuurOndergrens: Parameter<number> = {
  naam: "middenhuur_min",
  omschrijving: "Ondergrens middenhuur (liberalisatiegrens, zoals de woondeal die noemt)",
  eenheid: "euro per maand",
  waarden: [
    { geldigVanaf: "2022-01-01", waarde: 763, bron: deal("art. 1g") },
    ...socialeHuurgrens.waarden.slice(1),
  ],
};

/** The price limits a grensjaar sets; for a year after their last published values they are "nog niet bekend". */
const LANDELIJKE_GRENZEN: Parameter<number>[] = [
  betaalbareKoopgrens,
  betaalbareHuurgrens,
  socialeHuurgrens,
];

/** All price limits, by the name GRENS() and the settings use. */
export const GRENZEN = {
  koop: betaalbareKoopgrens,
  nhg: nhgGrens,
  huur: betaalbareHuurgrens,
  middenhuur_max: betaalbareHuurgrens,
  middenhuur_min: middenhuurOndergrens,
  sociale_huur: socialeHuurgrens,
  liberalisatiegrens: socialeHuurgrens,
} as const;
export type GrensNaam = keyof typeof GRENZEN;

/** The value of a parameter on a date (ISO string). Before the first value: the first value. */
export function waardeOp<T>(parameter: Parameter<T>, datum: string): DatedValue<T> {
  let gevonden = parameter.waarden[0];
  for (const w of parameter.waarden) {
    if (w.geldigVanaf <= datum) gevonden = w;
  }
  return gevonden;
}

/**
 * Which limits a check uses: the deal's own (peildatum 1 January 2022, the default), or
 * the national limits of a given year. `datum` is 1 January of that year; each limit is
 * the value that holds in that year (see waardeInJaar), so a limit that changes during
 * the year (the 186-point middenhuur limit of 1 July 2024) counts for that year, as the
 * table of RULES.md has it.
 */
export function grensDatum(grensjaar?: number): string {
  return grensjaar === undefined ? DEAL_PEILDATUM : `${grensjaar}-01-01`;
}

/** The value that holds in a calendar year: the last one that takes effect on or before 31 December. */
export function waardeInJaar<T>(parameter: Parameter<T>, jaar: number): DatedValue<T> {
  return waardeOp(parameter, `${jaar}-12-31`);
}

/** The year of a parameter's last published value: later years are not known yet. */
export function laatsteJaar<T>(parameter: Parameter<T>): number {
  return Number(parameter.waarden[parameter.waarden.length - 1].geldigVanaf.slice(0, 4));
}

/** The last year whose national limits are all published (a grensjaar after it is not known yet). */
export function laatstBekendGrensjaar(): number {
  return Math.min(...LANDELIJKE_GRENZEN.map(laatsteJaar));
}

/** Dutch: why a year's limit cannot be given (GRENS, --grensjaar). */
export function nogNietBekend(
  wat: string,
  jaar: number,
  laatste: number,
  meervoud = false
): string {
  return `${wat} van ${jaar} ${meervoud ? "zijn" : "is"} nog niet bekend: de landelijke waarden zijn gepubliceerd tot en met ${laatste}.`;
}

export interface Prijsgrenzen {
  /** ISO date of the limits used. */
  datum: string;
  koop: number;
  huur: number;
  socialeHuur: number;
  middenhuurMin: number;
  bronnen: Record<"koop" | "huur" | "socialeHuur" | "middenhuurMin", Bron>;
}

export function prijsgrenzen(grensjaar?: number): Prijsgrenzen {
  const datum = grensDatum(grensjaar);
  const op = <T>(p: Parameter<T>) =>
    grensjaar === undefined ? waardeOp(p, datum) : waardeInJaar(p, grensjaar);
  const koop = op(betaalbareKoopgrens);
  const huur = op(betaalbareHuurgrens);
  const sociaal = op(socialeHuurgrens);
  const midden = op(middenhuurOndergrens);
  return {
    datum,
    koop: koop.waarde,
    huur: huur.waarde,
    socialeHuur: sociaal.waarde,
    middenhuurMin: midden.waarde,
    bronnen: {
      koop: koop.bron,
      huur: huur.bron,
      socialeHuur: sociaal.bron,
      middenhuurMin: midden.bron,
    },
  };
}

/** Fixed numbers and dates of the deal itself. */
export const AFSPRAKEN = {
  ondertekening: { waarde: "2022-12-21", bron: deal("ondertekening") },
  periode: { waarde: { van: 2022, tot: 2030 }, bron: deal("art. 3.1") },
  einde: { waarde: "2030-12-31", bron: deal("art. 12.4") },
  versnellingsopgaveRegio: { waarde: 4177, bron: deal("art. 3.2") },
  socialeHuurRegio: { waarde: 1041, bron: deal("art. 6") },
  middensegmentRegio: { waarde: 476, bron: deal("art. 6") },
  versnellingsopgaveDrenthe: { waarde: 13000, bron: deal("art. 1k") },
  socialeHuurDrenthe: { waarde: 3100, bron: deal("art. 6") },
  middenhuurDrenthe: { waarde: 900, bron: deal("art. 6") },
  plancapaciteitFactor: { waarde: 1.3, bron: deal("art. 4.10") },
  hardeCapaciteitJaren: { waarde: 5, bron: deal("art. 4.10") },
  betaalbaarAandeel: { waarde: 2 / 3, vanafJaar: 2025, bron: deal("art. 6") },
  betaalbaarBestaandeVoorraad: { waarde: 0.3, bron: deal("art. 4.11") },
  transformatiesDrenthePerJaar: { waarde: 215, vanafJaar: 2023, bron: deal("art. 4.13") },
  /** "planologische status van de plannen tot en met 2024" */
  planologischeStatusUiterlijk: { waarde: "2024-12-31", bron: deal("art. 4.9") },
  /** "PM plannen uiterlijk januari 2025 te voorzien van locatie en programma" */
  pmPlannenUiterlijk: { waarde: "2025-01-31", bron: deal("art. 4.9 en 11.2") },
} as const;

export const PERIODE = AFSPRAKEN.periode.waarde;
