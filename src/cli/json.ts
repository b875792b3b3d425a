/** The check result as JSON: {file, referenceDate, sheets, findings, summary}. */
import { Rapport } from "../rules";

export interface JsonResultaat {
  file: string;
  referenceDate: string;
  grensjaar: number | null;
  thresholds: {
    koop: number;
    huur: number;
    socialeHuur: number;
    middenhuurMin: number;
    datum: string;
  };
  sheets: {
    name: string;
    isPlanlijst: boolean;
    reason: string | null;
    headerRow: number | null;
    columns: { column: string; header: string; meaning: unknown }[];
    plans: unknown[];
  }[];
  findings: Rapport["findings"];
  summary: Rapport["summary"];
}

export function rapportAlsJson(bestand: string, rapport: Rapport): JsonResultaat {
  const g = rapport.grenzen;
  return {
    file: bestand,
    referenceDate: rapport.referenceDate,
    grensjaar: rapport.grensjaar ?? null,
    thresholds: {
      koop: g.koop,
      huur: g.huur,
      socialeHuur: g.socialeHuur,
      middenhuurMin: g.middenhuurMin,
      datum: g.datum,
    },
    sheets: rapport.bladen.map((b) => ({
      name: b.naam,
      isPlanlijst: b.isPlanlijst,
      reason: b.reden ?? null,
      headerRow: b.kopRij ?? null,
      columns: b.kolommen.map((k) => ({ column: k.letters, header: k.kop, meaning: k.betekenis })),
      plans: b.plannen,
    })),
    findings: rapport.findings,
    summary: rapport.summary,
  };
}
