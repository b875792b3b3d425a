/**
 * Bijlage 3 of the deal (per-gemeente aandeel and jaarschijven) is not in the public
 * text. These numbers are settings the user fills in; they are never invented. The same
 * JSON shape is read by the CLI (--instellingen), stored in the workbook by the task pane
 * and used by the custom functions.
 */
import { GEMEENTEN, GemeenteNaam, herkenGemeente } from "./gemeenten";
import { AFSPRAKEN, PERIODE } from "./parameters";

export interface GemeenteInstelling {
  /** Gemeentelijk aandeel in de versnellingsopgave (art. 1c, bijlage 3), netto woningen 2022–2030. */
  aandeel?: number;
  /** Jaarschijven of the aandeel: year → net homes. */
  jaarschijven?: Partial<Record<number, number>>;
  /** Sociale huurwoningen the gemeente aims for, 2022–2030 (bijlage 3 or its prestatieafspraken; art. 6). */
  socialeHuur?: number;
  /** Woningen in het middensegment the gemeente aims for, 2022–2030 (bijlage 3 or its prestatieafspraken; art. 6). */
  middensegment?: number;
}

export interface DealInstellingen {
  gemeenten: Partial<Record<GemeenteNaam, GemeenteInstelling>>;
  /**
   * Which plans count as hard plancapaciteit. "ruim" (default): 1A–2C, as national plan-capacity
   * monitoring counts them, plus vergund, in aanbouw and opgeleverd. "streng": only an
   * onherroepelijk or vastgesteld plan without uitwerkingsplicht or wijzigingsbevoegdheid (1A,
   * 2A), plus vergund, in aanbouw and opgeleverd: 1B, 1C, 2B and 2C still need a further step
   * before an omgevingsvergunning can be granted (opharden, art. 1h).
   */
  hardheid?: "ruim" | "streng";
}

export const LEGE_INSTELLINGEN: DealInstellingen = { gemeenten: {} };

export class InstellingenFout extends Error {}

/**
 * Reads settings from parsed JSON. Accepts
 * `{"gemeenten": {"Emmen": {"aandeel": 2000, "jaarschijven": {"2023": 250}, "socialeHuur": 400,
 * "middensegment": 150}}}`.
 * Throws InstellingenFout with a Dutch message naming the offending key.
 */
export function leesInstellingen(json: unknown): DealInstellingen {
  if (!isObject(json) || !isObject(eigen(json, "gemeenten"))) {
    throw new InstellingenFout(
      'Instellingen moeten de vorm {"gemeenten": {"Emmen": {"aandeel": …}}} hebben.'
    );
  }
  const uit: DealInstellingen = { gemeenten: {} };
  const hardheid = eigen(json, "hardheid");
  if (hardheid !== undefined && hardheid !== null) {
    if (hardheid !== "ruim" && hardheid !== "streng")
      throw new InstellingenFout(
        `Instelling hardheid: kies "ruim" (1A–2C hard) of "streng" (alleen 1A en 2A hard), niet ${JSON.stringify(hardheid)}.`
      );
    uit.hardheid = hardheid;
  }
  for (const [naam, waarde] of Object.entries(json.gemeenten as Record<string, unknown>)) {
    const h = herkenGemeente(naam);
    if (h.soort !== "deal") {
      const hint = h.soort === "onbekend" && h.suggestie ? ` (bedoelt u ${h.suggestie}?)` : "";
      throw new InstellingenFout(
        `Onbekende gemeente in instellingen: "${naam}"${hint}. Kies uit ${GEMEENTEN.join(", ")}.`
      );
    }
    if (!isObject(waarde))
      throw new InstellingenFout(`Instellingen voor ${naam}: verwacht een object.`);
    const inst: GemeenteInstelling = {};
    // Own keys only: an inherited "aandeel" or "jaarschijven" is not a setting.
    const aandeel = eigen(waarde, "aandeel");
    const jaarschijven = eigen(waarde, "jaarschijven");
    if (aandeel !== undefined && aandeel !== null) {
      inst.aandeel = positiefGetal(aandeel, `${naam}.aandeel`);
    }
    for (const doel of ["socialeHuur", "middensegment"] as const) {
      const v = eigen(waarde, doel);
      if (v !== undefined && v !== null) inst[doel] = positiefGetal(v, `${naam}.${doel}`);
    }
    if (jaarschijven !== undefined && jaarschijven !== null) {
      if (!isObject(jaarschijven)) {
        throw new InstellingenFout(
          `Instellingen ${naam}.jaarschijven: verwacht {"2023": aantal, …}.`
        );
      }
      inst.jaarschijven = {};
      for (const [jaarTekst, aantal] of Object.entries(jaarschijven)) {
        const jaar = Number(jaarTekst);
        if (!Number.isInteger(jaar) || jaar < PERIODE.van || jaar > PERIODE.tot) {
          throw new InstellingenFout(
            `Instellingen ${naam}.jaarschijven: "${jaarTekst}" is geen jaar van ${PERIODE.van} t/m ${PERIODE.tot}.`
          );
        }
        inst.jaarschijven[jaar] = positiefGetal(aantal, `${naam}.jaarschijven.${jaarTekst}`);
      }
    }
    uit.gemeenten[h.gemeente] = inst;
  }
  return uit;
}

/** The aandeel of a gemeente: the set number, else the sum of its jaarschijven, else undefined. */
export function aandeelVan(
  instellingen: DealInstellingen,
  gemeente: GemeenteNaam
): number | undefined {
  const inst = instellingen.gemeenten[gemeente];
  if (!inst) return undefined;
  if (inst.aandeel !== undefined) return inst.aandeel;
  const schijven = Object.values(inst.jaarschijven ?? {}) as number[];
  return schijven.length ? schijven.reduce((a, b) => a + b, 0) : undefined;
}

/** The aandelen of bijlage 3 together, against the regional versnellingsopgave (art. 3.2). */
export interface AandelenStand {
  /** Gemeenten with an aandeel (set, or the sum of their jaarschijven). */
  ingevuld: number;
  /** Sum of the aandelen that are set. */
  som: number;
  /** The regional versnellingsopgave (4,177). */
  regio: number;
  /** True when every gemeente has one and they add up to less than the region's. */
  tekort: boolean;
}

export function aandelenStand(instellingen: DealInstellingen): AandelenStand {
  const aandelen = GEMEENTEN.map((g) => aandeelVan(instellingen, g));
  const gezet = aandelen.filter((a): a is number => a !== undefined);
  const som = gezet.reduce((t, a) => t + a, 0);
  const regio = AFSPRAKEN.versnellingsopgaveRegio.waarde;
  return {
    ingevuld: gezet.length,
    som,
    regio,
    tekort: gezet.length === GEMEENTEN.length && som < regio,
  };
}

export function jaarschijfVan(
  instellingen: DealInstellingen,
  gemeente: GemeenteNaam,
  jaar: number
): number | undefined {
  return instellingen.gemeenten[gemeente]?.jaarschijven?.[jaar];
}

function positiefGetal(v: unknown, waar: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw new InstellingenFout(
      `Instellingen ${waar}: verwacht een getal van 0 of meer, niet ${JSON.stringify(v)}.`
    );
  }
  return v;
}

function eigen(o: Record<string, unknown>, sleutel: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, sleutel) ? o[sleutel] : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
