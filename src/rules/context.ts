/** What a check needs besides the planlijst: the date it is made on, the limits and the bijlage 3 settings. */
import { DealInstellingen, LEGE_INSTELLINGEN } from "../deal/instellingen";
import { Prijsgrenzen, prijsgrenzen } from "../deal/parameters";
import { Hardheid, Planstatus } from "../planlijst/waarden";

export interface ToetsOpties {
  /** ISO date the check is made on; decides the date-bound rules (default: today). */
  peildatum?: string;
  /** Use year N's national price limits instead of the deal's 2022 peildatum. */
  grensjaar?: number;
  instellingen?: DealInstellingen;
}

export interface ToetsContext {
  peildatum: string;
  peiljaar: number;
  grensjaar?: number;
  grenzen: Prijsgrenzen;
  instellingen: DealInstellingen;
}

/**
 * Hard, soft or unknown under the settings' reading: "ruim" takes the reader's (1A–2C hard);
 * "streng" counts 1B, 1C, 2B and 2C (uitwerkingsplicht or wijzigingsbevoegdheid) as soft.
 */
export function hardheidVan(status: Planstatus | undefined, ctx: ToetsContext): Hardheid {
  if (!status) return "onbekend";
  if (
    ctx.instellingen.hardheid === "streng" &&
    status.hardheid === "hard" &&
    status.code !== undefined &&
    /^[12][BC]$/.test(status.code)
  )
    return "zacht";
  return status.hardheid;
}

/**
 * The settings a workbook stores (the task pane's and the custom functions' WerkmapInstellingen)
 * as far as the check needs them: the bijlage 3 numbers, the peildatum and the year of the
 * price limits.
 */
export interface BewaardeOpties {
  deal: DealInstellingen;
  peildatum?: string;
  grensjaar?: number;
}

/** Stored settings → the options of a check: the one mapping every door uses. */
export function toetsOptiesVan(bewaard: BewaardeOpties): ToetsOpties {
  return {
    instellingen: bewaard.deal,
    ...(bewaard.peildatum ? { peildatum: bewaard.peildatum } : {}),
    ...(bewaard.grensjaar !== undefined ? { grensjaar: bewaard.grensjaar } : {}),
  };
}

export function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}

export function maakContext(opties: ToetsOpties = {}): ToetsContext {
  const peildatum = opties.peildatum ?? vandaag();
  return {
    peildatum,
    peiljaar: Number(peildatum.slice(0, 4)),
    ...(opties.grensjaar !== undefined ? { grensjaar: opties.grensjaar } : {}),
    grenzen: prijsgrenzen(opties.grensjaar),
    instellingen: opties.instellingen ?? LEGE_INSTELLINGEN,
  };
}
