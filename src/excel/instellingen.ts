/**
 * The add-in's settings, stored IN the workbook so that a workbook sent to the province
 * keeps them.
 *
 * Where: one document setting (`context.workbook.settings`, Excel.SettingCollection,
 * ExcelApi 1.4) under the key "woondeal-toets", holding a JSON string. Document settings
 * are saved with the file on every platform (desktop and web), need no XML (de)serialising
 * and are readable by the custom functions too (same add-in, shared runtime). The price:
 * they belong to the add-in's manifest id, so the receiving side must use the same add-in
 * (not a re-registered copy). Custom XML parts would be visible to any add-in, but need
 * namespaces, XML escaping and ExcelApi 1.5 for no gain here.
 *
 * Format: a superset of the JSON file the CLI takes (`--instellingen`):
 * `{"gemeenten": {"Emmen": {"aandeel": 2000, "jaarschijven": {"2023": 250}}},
 *   "peildatum": "2025-06-30", "grensjaar": 2025,
 *   "kolomToewijzing": {"Blad1": {"D": "koopprijs", "F": null}},
 *   "gemeentePerBlad": {"Blad1": "Emmen"}}`
 * so the same file can be imported and a workbook's settings exported for the CLI. On every
 * read the content is validated (`leesInstellingen` of src/deal) and a Dutch
 * InstellingenFout names what is wrong.
 */
import {
  GemeenteNaam,
  herkenGemeente,
  DealInstellingen,
  InstellingenFout,
  LEGE_INSTELLINGEN,
  leesInstellingen,
} from "../deal";
import { VELD_LABEL, Veld } from "../planlijst";
import { WerkmapInstellingen } from "./acties";
import { INSTELLINGEN_SLEUTEL } from "./namen";

export { InstellingenFout };

export const LEGE_WERKMAPINSTELLINGEN: WerkmapInstellingen = { deal: LEGE_INSTELLINGEN };

/** Parsed JSON (the stored setting or an imported file) → validated settings. */
export function valideerWerkmapInstellingen(json: unknown): WerkmapInstellingen {
  if (!isObject(json))
    throw new InstellingenFout(
      'Instellingen moeten een JSON-object zijn, zoals {"gemeenten": {…}}.'
    );
  const deal: DealInstellingen = leesInstellingen({
    gemeenten: json.gemeenten ?? {},
    hardheid: json.hardheid,
  });
  const uit: WerkmapInstellingen = { deal };
  if (json.peildatum !== undefined && json.peildatum !== null) {
    if (
      typeof json.peildatum !== "string" ||
      !/^\d{4}-\d{2}-\d{2}$/.test(json.peildatum) ||
      isNaN(Date.parse(json.peildatum))
    ) {
      throw new InstellingenFout(
        `Instelling peildatum: verwacht een datum als "2025-06-30", niet ${JSON.stringify(json.peildatum)}.`
      );
    }
    uit.peildatum = json.peildatum;
  }
  if (json.grensjaar !== undefined && json.grensjaar !== null) {
    const j = json.grensjaar;
    if (typeof j !== "number" || !Number.isInteger(j) || j < 2022 || j > 2100) {
      throw new InstellingenFout(
        `Instelling grensjaar: verwacht een jaartal vanaf 2022, niet ${JSON.stringify(j)}.`
      );
    }
    uit.grensjaar = j;
  }
  if (json.kolomToewijzing !== undefined && json.kolomToewijzing !== null) {
    if (!isObject(json.kolomToewijzing)) {
      throw new InstellingenFout(
        'Instelling kolomToewijzing: verwacht {"Blad": {"D": "koopprijs"}}.'
      );
    }
    uit.kolomToewijzing = {};
    for (const [blad, kolommen] of Object.entries(json.kolomToewijzing)) {
      if (!isObject(kolommen))
        throw new InstellingenFout(
          `Instelling kolomToewijzing voor blad "${blad}": verwacht {"D": "koopprijs"}.`
        );
      const toewijzing: Record<string, Veld | null> = {};
      for (const [letters, veld] of Object.entries(kolommen)) {
        if (!/^[A-Z]{1,3}$/.test(letters)) {
          throw new InstellingenFout(
            `Instelling kolomToewijzing voor blad "${blad}": "${letters}" is geen kolomletter.`
          );
        }
        if (veld !== null && (typeof veld !== "string" || !(veld in VELD_LABEL))) {
          throw new InstellingenFout(
            `Instelling kolomToewijzing voor blad "${blad}", kolom ${letters}: onbekend veld ${JSON.stringify(veld)}. Kies uit ${Object.keys(VELD_LABEL).join(", ")} of null.`
          );
        }
        toewijzing[letters] = veld as Veld | null;
      }
      uit.kolomToewijzing[blad] = toewijzing;
    }
  }
  if (json.gemeentePerBlad !== undefined && json.gemeentePerBlad !== null) {
    if (!isObject(json.gemeentePerBlad))
      throw new InstellingenFout('Instelling gemeentePerBlad: verwacht {"Blad": "Emmen"}.');
    uit.gemeentePerBlad = {};
    for (const [blad, naam] of Object.entries(json.gemeentePerBlad)) {
      const h = typeof naam === "string" ? herkenGemeente(naam) : undefined;
      if (!h || h.soort !== "deal") {
        throw new InstellingenFout(
          `Instelling gemeentePerBlad voor blad "${blad}": ${JSON.stringify(naam)} is geen gemeente van deze woondeal.`
        );
      }
      uit.gemeentePerBlad[blad] = h.gemeente as GemeenteNaam;
    }
  }
  return uit;
}

/** JSON text (stored setting or a file's content) → validated settings; Dutch error on bad JSON. */
export function leesInstellingenTekst(
  tekst: string,
  bron = "De instellingen"
): WerkmapInstellingen {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch (e) {
    throw new InstellingenFout(`${bron} zijn geen geldige JSON: ${(e as Error).message}`);
  }
  return valideerWerkmapInstellingen(json);
}

/** Settings → the stored JSON text (the CLI's file format plus the workbook fields). */
export function instellingenAlsTekst(inst: WerkmapInstellingen): string {
  return JSON.stringify(alsJson(inst), null, 2);
}

function alsJson(inst: WerkmapInstellingen): Record<string, unknown> {
  const json: Record<string, unknown> = { gemeenten: inst.deal.gemeenten };
  if (inst.deal.hardheid !== undefined) json.hardheid = inst.deal.hardheid;
  if (inst.peildatum !== undefined) json.peildatum = inst.peildatum;
  if (inst.grensjaar !== undefined) json.grensjaar = inst.grensjaar;
  if (inst.kolomToewijzing !== undefined) json.kolomToewijzing = inst.kolomToewijzing;
  if (inst.gemeentePerBlad !== undefined) json.gemeentePerBlad = inst.gemeentePerBlad;
  return json;
}

/**
 * Imports a settings file (the CLI's JSON). Fields the file has replace the current ones;
 * `gemeenten` replaces the bijlage 3 numbers as a whole.
 */
export function importeerInstellingen(
  tekst: string,
  huidige: WerkmapInstellingen = LEGE_WERKMAPINSTELLINGEN
): WerkmapInstellingen {
  const json = leesRuw(tekst);
  const nieuw = valideerWerkmapInstellingen(json);
  return {
    ...huidige,
    ...(isObject(json) && json.gemeenten !== undefined ? { deal: nieuw.deal } : {}),
    ...(nieuw.peildatum !== undefined ? { peildatum: nieuw.peildatum } : {}),
    ...(nieuw.grensjaar !== undefined ? { grensjaar: nieuw.grensjaar } : {}),
    ...(nieuw.kolomToewijzing !== undefined ? { kolomToewijzing: nieuw.kolomToewijzing } : {}),
    ...(nieuw.gemeentePerBlad !== undefined ? { gemeentePerBlad: nieuw.gemeentePerBlad } : {}),
  };
}

function leesRuw(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch (e) {
    throw new InstellingenFout(
      `Het instellingenbestand is geen geldige JSON: ${(e as Error).message}`
    );
  }
}

/**
 * Queues the read of the stored settings; after the next sync, call the returned function
 * (throws InstellingenFout on invalid content). Lets a caller read settings in a sync it
 * makes anyway.
 */
export function laadWerkmapInstellingen(context: Excel.RequestContext): () => WerkmapInstellingen {
  const item = context.workbook.settings.getItemOrNullObject(INSTELLINGEN_SLEUTEL);
  item.load("value");
  // Read by the caller after its sync (the lint rule can't see through the closure).
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () => {
    if (item.isNullObject || item.value === null || item.value === undefined || item.value === "")
      return LEGE_WERKMAPINSTELLINGEN;
    const waarde: unknown = item.value;
    return typeof waarde === "string"
      ? leesInstellingenTekst(waarde, "De instellingen in deze werkmap")
      : valideerWerkmapInstellingen(waarde);
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** Reads the settings stored in the workbook (one sync); empty settings when there are none. */
export async function leesWerkmapInstellingen(
  context: Excel.RequestContext
): Promise<WerkmapInstellingen> {
  const lees = laadWerkmapInstellingen(context);
  await context.sync();
  return lees();
}

/** Validates and stores the settings in the workbook (one sync). */
export async function bewaarWerkmapInstellingen(
  context: Excel.RequestContext,
  inst: WerkmapInstellingen
): Promise<void> {
  // Validate the values themselves (NaN would become null in JSON) and the text as it will be read back.
  valideerWerkmapInstellingen(alsJson(inst));
  const tekst = instellingenAlsTekst(inst);
  leesInstellingenTekst(tekst);
  context.workbook.settings.add(INSTELLINGEN_SLEUTEL, tekst);
  await context.sync();
  for (const v of instellingenVolgers) v();
}

const instellingenVolgers = new Set<() => void>();

/**
 * Calls back after this runtime saved new settings (the custom functions recompute OPGAVE and
 * DEKKING; not every host fires onSettingsChanged). Returns an unsubscribe function.
 */
export function volgBewaardeInstellingen(terugroep: () => void): () => void {
  instellingenVolgers.add(terugroep);
  return () => instellingenVolgers.delete(terugroep);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
