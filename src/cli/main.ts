/**
 * woondeal-toets: the command line over ExcelJS. Same engine as the add-in.
 *   woondeal-toets controleer [bestand.xlsx …] [--json pad] [--instellingen deal.json]
 *                  [--peildatum JJJJ-MM-DD] [--grensjaar N] [--gemeente NAAM]
 * Exit code 0: no errors; 1: errors found; 2: the input could not be checked.
 */
import * as path from "path";
import { leesWerkmap } from "../planlijst";
import { toets, telErnst } from "../rules";
import { RapportJson, rapportAlsJson, rapportAlsTekst } from "../rapport";
import { HULP_SAMENVATTING, samenvatting } from "./samenvatting";
import { HULP_VERGELIJK, vergelijkOpdracht } from "./vergelijk";
import {
  GebruikFout,
  TOETS_ARGUMENTEN,
  ToetsArgumenten,
  leesToetsArgumenten,
  ontleedArgumenten,
} from "./opties";
import { InvoerFout, leesXlsx } from "./xlsx";
import {
  controleerUitvoerPad,
  rapportVoorTerminal,
  schrijfJson,
  Uitvoer,
  veiligeRegel,
  veiligeTekst,
  veiligeUitvoer,
} from "./uitvoer";

const standaardUitvoer: Uitvoer = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  kleur: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

/** The bundled example planlijst, checked when no file is given. */
export const VOORBEELD = path.resolve(
  __dirname,
  "..",
  "..",
  "examples",
  "voorbeeld-planlijst.xlsx"
);

export const HULP = `woondeal-toets: toetst planlijsten aan de Regionale Woondeal Zuidoost Drenthe (2022)

Gebruik:
  woondeal-toets controleer [bestand.xlsx …] [opties]
  woondeal-toets samenvatting <bestand.xlsx …> --out samenvatting.xlsx [opties]
  woondeal-toets --help

Zonder bestand wordt het meegeleverde voorbeeld gecontroleerd.

Opties:
  --json <pad>            schrijf het volledige resultaat als JSON
  --instellingen <pad>    JSON met de aantallen uit bijlage 3 (aandeel en jaarschijven per gemeente)
  --peildatum JJJJ-MM-DD  datum waarop getoetst wordt (standaard: vandaag); bepaalt de datumregels
  --grensjaar <jaar>      landelijke prijsgrenzen van dat jaar in plaats van die van de woondeal (2022)
  --gemeente <naam>       gemeente van bladen zonder kolom Gemeente
  --alles                 toon alle bevindingen (standaard 10 per regel)
  --zonder-verborgen      laat verborgen bladen en rijen weg (standaard tellen ze mee, met een melding)

Samenvatting (provincie, art. 8.1):
${HULP_SAMENVATTING}
Vergelijking met de vorige ronde (art. 8.1):
${HULP_VERGELIJK}
Afsluitcode: 0 geen fouten, 1 fouten gevonden, 2 bestand niet te controleren.
`;

interface ControleerOpties extends ToetsArgumenten {
  bestanden: string[];
  zonderVerborgen: boolean;
}

async function leesOpties(args: string[]): Promise<ControleerOpties> {
  const parsed = ontleedArgumenten(args, {
    ...TOETS_ARGUMENTEN,
    "zonder-verborgen": { type: "boolean" },
  });
  return {
    bestanden: parsed.positionals,
    zonderVerborgen: Boolean(parsed.values["zonder-verborgen"]),
    ...(await leesToetsArgumenten(parsed.values)),
  };
}

async function controleer(opties: ControleerOpties, uit: Uitvoer): Promise<number> {
  let bestanden = opties.bestanden;
  if (bestanden.length === 0) {
    uit.stdout(
      `Geen bestand opgegeven: het meegeleverde voorbeeld ${path.basename(VOORBEELD)} wordt gecontroleerd.\n\n`
    );
    bestanden = [VOORBEELD];
  }
  if (opties.json) await controleerUitvoerPad(opties.json, bestanden, "--json");
  let code = 0;
  const resultaten: RapportJson[] = [];
  for (const bestand of bestanden) {
    const naam = path.basename(bestand);
    let invoer;
    try {
      invoer = await leesXlsx(bestand);
    } catch (e) {
      if (!(e instanceof InvoerFout)) throw e;
      uit.stderr(`woondeal-toets: ${e.message}\n`);
      code = 2;
      continue;
    }
    const werkmap = leesWerkmap(invoer, {
      ...(opties.gemeente ? { gemeente: opties.gemeente } : {}),
      ...(opties.zonderVerborgen ? { zonderVerborgen: true } : {}),
    });
    const rapport = toets(werkmap.bladen, {
      ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
      ...(opties.grensjaar !== undefined ? { grensjaar: opties.grensjaar } : {}),
      instellingen: opties.instellingen,
    });
    resultaten.push(rapportAlsJson(rapport, { bestand }));
    if (!werkmap.bladen.some((b) => b.isPlanlijst)) {
      const redenen =
        werkmap.bladen
          .slice(0, 2)
          .map((b) => `blad "${b.naam}": ${b.reden}`)
          .join("; ") +
        (werkmap.bladen.length > 2 ? `; en ${werkmap.bladen.length - 2} andere bladen` : "");
      uit.stderr(`woondeal-toets: ${naam}: geen planlijst gevonden (${redenen}).\n`);
      code = 2;
      continue;
    }
    uit.stdout(
      veiligeUitvoer(
        rapportAlsTekst(veiligeTekst(naam), rapportVoorTerminal(rapport), {
          perRegel: opties.alles ? Infinity : 10,
          kleur: uit.kleur,
        })
      )
    );
    if (bestanden.length > 1) uit.stdout("\n");
    if (telErnst(rapport.bevindingen).error > 0 && code === 0) code = 1;
  }
  if (opties.json) {
    const inhoud = resultaten.length === 1 && bestanden.length === 1 ? resultaten[0] : resultaten;
    try {
      await schrijfJson(opties.json, inhoud);
      uit.stdout(`Resultaat geschreven naar ${veiligeTekst(opties.json)}.\n`);
    } catch (e) {
      uit.stderr(
        `woondeal-toets: kan ${opties.json} niet schrijven (${(e as NodeJS.ErrnoException).code ?? e}).\n`
      );
      return 2;
    }
  }
  return code;
}

/** Runs the command line; returns the exit code. Never throws for bad input. */
export async function main(args: string[], ruw: Uitvoer = standaardUitvoer): Promise<number> {
  const [opdracht, ...rest] = args;
  // Every line on stderr is one line: control characters from file and sheet names are escaped.
  const uit: Uitvoer = { ...ruw, stderr: (t) => ruw.stderr(veiligeRegel(t)) };
  try {
    if (opdracht === "--help" || opdracht === "-h" || opdracht === "help") {
      uit.stdout(HULP);
      return 0;
    }
    if (opdracht === undefined || opdracht === "controleer")
      return await controleer(await leesOpties(rest), uit);
    if (opdracht === "samenvatting") return await samenvatting(rest, uit);
    if (opdracht === "vergelijk") return await vergelijkOpdracht(rest, uit);
    // "woondeal-toets bestand.xlsx" is short for "woondeal-toets controleer bestand.xlsx".
    if (opdracht.startsWith("-") || /[./\\]/.test(opdracht))
      return await controleer(await leesOpties(args), uit);
    throw new GebruikFout(`onbekende opdracht "${opdracht}"; zie woondeal-toets --help`);
  } catch (e) {
    if (e instanceof GebruikFout || e instanceof InvoerFout) {
      uit.stderr(`woondeal-toets: ${e.message}\n`);
      return 2;
    }
    // Never a stack trace for the user; the detail goes to stderr in one line.
    uit.stderr(
      `woondeal-toets: onverwachte fout (${e instanceof Error ? e.message.split("\n")[0] : String(e)}). Meld dit met het bestand erbij.\n`
    );
    return 2;
  }
}
