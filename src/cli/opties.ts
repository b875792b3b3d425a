/** Options the subcommands share (--peildatum, --grensjaar, --instellingen, --gemeente, …), read the same way. */
import * as path from "path";
import { ParseArgsConfig, parseArgs } from "util";
import {
  GEMEENTEN,
  GemeenteNaam,
  herkenGemeente,
  DealInstellingen,
  InstellingenFout,
  leesInstellingen,
  laatstBekendGrensjaar,
  nogNietBekend,
} from "../deal";
import { REDENEN } from "./redenen";
import { InvoerFout, openGewoonBestand } from "./xlsx";

/** Bad command-line use (exit code 2); the message is one Dutch sentence. */
export class GebruikFout extends Error {}

/** A real calendar date JJJJ-MM-DD (2026-02-30 is not one: Date.parse would roll it over). */
export function leesPeildatum(tekst: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (
    !m ||
    !d ||
    d.getUTCFullYear() !== Number(m[1]) ||
    d.getUTCMonth() !== Number(m[2]) - 1 ||
    d.getUTCDate() !== Number(m[3])
  ) {
    throw new GebruikFout(
      `--peildatum "${tekst}" is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-01-01`
    );
  }
  return tekst;
}

export function leesGrensjaar(tekst: string): number {
  const jaar = Number(tekst);
  if (!Number.isInteger(jaar) || jaar < 2022 || jaar > 2100) {
    throw new GebruikFout(`--grensjaar "${tekst}" is geen jaar vanaf 2022`);
  }
  const laatste = laatstBekendGrensjaar();
  if (jaar > laatste)
    throw new GebruikFout(
      `--grensjaar ${jaar}: ${nogNietBekend("de landelijke prijsgrenzen", jaar, laatste, true)}`
    );
  return jaar;
}

export async function leesInstellingenBestand(pad: string): Promise<DealInstellingen> {
  let tekst: string;
  try {
    // Regular files only, at most 1 MB: a pipe would block, /dev/zero would never end.
    const { fh } = await openGewoonBestand(pad, path.basename(pad), 1024 * 1024);
    try {
      tekst = await fh.readFile("utf8");
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof InvoerFout && !e.message.endsWith(`${REDENEN.nietGevonden}.`))
      throw new GebruikFout(`instellingenbestand ${e.message.replace(/\.$/, "")}`);
    throw new GebruikFout(`instellingenbestand ${pad} niet gevonden of niet leesbaar`);
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new GebruikFout(
      `instellingenbestand ${path.basename(pad)} is geen geldige JSON (${e instanceof Error ? e.message : e})`
    );
  }
  try {
    return leesInstellingen(json);
  } catch (e) {
    if (e instanceof InstellingenFout) throw new GebruikFout(`${path.basename(pad)}: ${e.message}`);
    throw e;
  }
}

/** util.parseArgs with positionals, its errors turned into one Dutch sentence. */
export function ontleedArgumenten<T extends ParseArgsConfig["options"]>(
  args: string[],
  options: T
) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (e) {
    const optie = /'(-{1,2}[^']+)'/.exec(e instanceof Error ? e.message : String(e))?.[1];
    throw new GebruikFout(
      optie
        ? `onbekende of onvolledige optie ${optie}; zie woondeal-toets --help`
        : "ongeldige opties; zie woondeal-toets --help"
    );
  }
}

/** The options of `controleer` and `vergelijk` (samenvatting adds its own). */
export const TOETS_ARGUMENTEN = {
  json: { type: "string" },
  instellingen: { type: "string" },
  peildatum: { type: "string" },
  grensjaar: { type: "string" },
  gemeente: { type: "string" },
  alles: { type: "boolean" },
} as const;

export interface ToetsArgumenten {
  json?: string;
  instellingen: DealInstellingen;
  peildatum?: string;
  grensjaar?: number;
  gemeente?: GemeenteNaam;
  alles: boolean;
}

/** Reads the values of TOETS_ARGUMENTEN: dates, years, the gemeente and the settings file checked. */
export async function leesToetsArgumenten(v: {
  json?: string;
  instellingen?: string;
  peildatum?: string;
  grensjaar?: string;
  gemeente?: string;
  alles?: boolean;
}): Promise<ToetsArgumenten> {
  const uit: ToetsArgumenten = { instellingen: { gemeenten: {} }, alles: Boolean(v.alles) };
  if (v.json !== undefined) uit.json = v.json;
  if (v.peildatum !== undefined) uit.peildatum = leesPeildatum(v.peildatum);
  if (v.grensjaar !== undefined) uit.grensjaar = leesGrensjaar(v.grensjaar);
  if (v.gemeente !== undefined) {
    const h = herkenGemeente(v.gemeente);
    if (h.soort !== "deal") {
      const hint = h.soort === "onbekend" && h.suggestie ? ` (bedoelt u ${h.suggestie}?)` : "";
      throw new GebruikFout(
        `--gemeente "${v.gemeente}" is geen gemeente van de woondeal${hint}; kies uit ${GEMEENTEN.join(", ")}`
      );
    }
    uit.gemeente = h.gemeente;
  }
  if (v.instellingen !== undefined)
    uit.instellingen = await leesInstellingenBestand(v.instellingen);
  return uit;
}
