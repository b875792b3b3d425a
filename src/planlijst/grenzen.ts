/**
 * Bounds on the grid the reader gets, for every door (the CLI's xlsx reader and the task
 * pane's used range): the work stays proportional to what a planlijst can hold, however
 * wide or long the grid a file or Excel hands over. What is left out is reported, never
 * dropped silently.
 */
import { Cel, Raster, celAdres, kolomLetters } from "./cel";

export const RASTER_GRENZEN = {
  /** Columns read per row (A … ALL). A planlijst with every jaarschijf has under 100. */
  kolommen: 1000,
  /** Characters per cell: Excel's own limit. */
  tekst: 32_767,
};

/** A sheet-level notice from the reader, reported as a finding at its address. */
export interface BladMelding {
  soort: "begrensd" | "verborgen-blad" | "verborgen-rijen";
  rij?: number;
  kolom?: string;
  tekst: string;
}

const nl = (n: number) => n.toLocaleString("nl-NL");

/**
 * Returns the grid with rows cut to RASTER_GRENZEN.kolommen and over-long texts replaced by
 * a reason (the cell becomes unreadable at its address), plus what was left out. Rows that
 * need no change are the same arrays (no copy); a sparse row is walked by its keys.
 */
export function begrensRaster(
  raster: Raster,
  oorsprong: { rij: number; kolom: number } = { rij: 1, kolom: 0 }
): { raster: Raster; meldingen: BladMelding[] } {
  const meldingen: BladMelding[] = [];
  let buiten = 0;
  let eersteBuiten: string | undefined;
  let teLang = 0;
  let uit: Raster | undefined;
  const max = RASTER_GRENZEN.kolommen;
  for (let i = 0; i < raster.length; i++) {
    const rij = raster[i];
    if (!rij) continue;
    let nieuw: Cel[] | undefined;
    if (rij.length > max) {
      nieuw = [];
      // Object.keys visits only the cells that exist: a row with one cell in XFD costs one step.
      for (const k of Object.keys(rij)) {
        const j = Number(k);
        if (!Number.isInteger(j)) continue;
        const c = rij[j];
        if (j < max) nieuw[j] = c;
        else if (c !== null && c !== undefined && c !== "") {
          buiten++;
          eersteBuiten ??= celAdres(oorsprong.rij + i, oorsprong.kolom + j);
        }
      }
    }
    const bron = nieuw ?? rij;
    for (const k of rij.length > max ? Object.keys(bron) : bron.keys()) {
      const j = Number(k);
      const c = bron[j];
      if (typeof c === "string" && c.length > RASTER_GRENZEN.tekst) {
        nieuw ??= rij.slice();
        nieuw[j] = {
          fout: `tekst van ${nl(c.length)}${c.length > RASTER_GRENZEN.tekst + 1 ? "" : " of meer"} tekens, langer dan Excel in een cel toestaat (${nl(RASTER_GRENZEN.tekst)}); de cel wordt niet gelezen`,
        };
        teLang++;
        if (teLang <= 20)
          meldingen.push({
            soort: "begrensd",
            rij: oorsprong.rij + i,
            kolom: kolomLetters(oorsprong.kolom + j),
            tekst: `cel ${celAdres(oorsprong.rij + i, oorsprong.kolom + j)} bevat meer tekst dan Excel in een cel toestaat (${nl(RASTER_GRENZEN.tekst)} tekens) en wordt niet gelezen; kort de tekst in`,
          });
      }
    }
    if (nieuw) {
      uit ??= raster.slice();
      uit[i] = nieuw;
    }
  }
  if (teLang > 20)
    meldingen.push({
      soort: "begrensd",
      tekst: `nog ${nl(teLang - 20)} cellen bevatten meer tekst dan Excel toestaat en worden niet gelezen`,
    });
  if (buiten > 0)
    meldingen.push({
      soort: "begrensd",
      tekst: `${nl(buiten)} gevulde ${buiten === 1 ? "cel" : "cellen"} rechts van kolom ${kolomLetters(oorsprong.kolom + max - 1)} ${buiten === 1 ? "wordt" : "worden"} niet gelezen (de eerste: ${eersteBuiten}); een planlijst heeft niet zoveel kolommen: verwijder wat daar staat of zet de planlijst op een eigen blad`,
    });
  return { raster: uit ?? raster, meldingen };
}

/** Ranges of consecutive row numbers, shortened: "5, 7–9, 12". */
export function rijReeksen(rijen: number[], max = 10): string {
  const gesorteerd = [...new Set(rijen)].sort((a, b) => a - b);
  const delen: string[] = [];
  for (let i = 0; i < gesorteerd.length;) {
    let j = i;
    while (j + 1 < gesorteerd.length && gesorteerd[j + 1] === gesorteerd[j] + 1) j++;
    delen.push(i === j ? `${gesorteerd[i]}` : `${gesorteerd[i]}–${gesorteerd[j]}`);
    i = j + 1;
  }
  return delen.length > max
    ? `${delen.slice(0, max).join(", ")} en ${delen.length - max} andere reeksen`
    : delen.join(", ");
}
