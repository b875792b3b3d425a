/** Options both subcommands take (--peildatum, --grensjaar, --instellingen), read the same way. */
import { promises as fs } from "fs";
import * as path from "path";
import { ParseArgsConfig, parseArgs } from "util";
import { DealInstellingen, InstellingenFout, leesInstellingen } from "../deal/instellingen";
import { laatstBekendGrensjaar, nogNietBekend } from "../deal/parameters";

/** Bad command-line use (exit code 2); the message is one Dutch sentence. */
export class GebruikFout extends Error {}

export function leesPeildatum(tekst: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst) || Number.isNaN(Date.parse(`${tekst}T00:00:00Z`))) {
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
    tekst = await fs.readFile(pad, "utf8");
  } catch {
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
