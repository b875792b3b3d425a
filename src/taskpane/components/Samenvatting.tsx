/**
 * "Samenvatting van deze werkmap": the province's consolidation of the open workbook (every
 * planlijst sheet and summary sheet, each plan counted once), as `woondeal-toets samenvatting`
 * gives it for the saved file. Shows the figures per gemeente and for the region, the sheets as
 * read, the duplicates and the findings; writes the summary sheets into the workbook and
 * removes them. Every number comes from the Consolidatie: no rule logic here.
 *
 * `useWerkmapSamenvatting` holds the state in the App, so the result survives a change of tab.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, DocumentTableRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { BladVerslag, Consolidatie } from "../../consolidatie";
import { AFSPRAKEN, GEMEENTEN, REGIO } from "../../deal";
import { PaneActies, WerkmapSamenvatting } from "../../excel/acties";
import { datumNl, ernstTelling, plannenTekst } from "../../rapport";
import { Bevinding, Ernst, Samenvatting as Cijfers, aantal, procent, telErnst } from "../../rules";
import { foutmelding } from "../foutmelding";
import { Bevindingen } from "./Bevindingen";
import { ErnstBadge } from "./Ernst";

export type SamenvattingBezig = "samenvatten" | "schrijven" | "verwijderen" | null;

export interface SamenvattingStaat {
  resultaat: WerkmapSamenvatting | null;
  bezig: SamenvattingBezig;
  melding: { soort: "succes" | "fout" | "info"; tekst: string } | null;
  zonderVerborgen: boolean;
  setZonderVerborgen: (v: boolean) => void;
  /** Consolidates the open workbook; with `inWerkmap` writes the summary sheets too. */
  vatSamen: (inWerkmap: boolean) => Promise<void>;
  verwijder: () => Promise<void>;
}

/** "A, B en C" */
function opsomming(namen: string[]): string {
  return namen.length <= 1
    ? (namen[0] ?? "")
    : `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}`;
}

/** The section's state and operations; `naWijziging` runs after sheets were added or removed. */
export function useWerkmapSamenvatting(
  acties: Pick<PaneActies, "vatSamen" | "verwijderSamenvatting">,
  naWijziging?: () => void
): SamenvattingStaat {
  const [resultaat, setResultaat] = React.useState<WerkmapSamenvatting | null>(null);
  const [bezig, setBezig] = React.useState<SamenvattingBezig>(null);
  const [melding, setMelding] = React.useState<SamenvattingStaat["melding"]>(null);
  const [zonderVerborgen, setZonderVerborgen] = React.useState(false);

  async function vatSamen(inWerkmap: boolean) {
    setBezig(inWerkmap ? "schrijven" : "samenvatten");
    setMelding(null);
    try {
      const r = await acties.vatSamen({ zonderVerborgen, inWerkmap });
      setResultaat(r);
      const bounded = r.opmerkingen.length ? ` ${r.opmerkingen.join(" ")}` : "";
      if (inWerkmap) {
        setMelding({
          soort: "succes",
          tekst: `De bladen ${opsomming(r.bladen)} staan nu in de werkmap.${bounded}`,
        });
        naWijziging?.();
      } else if (bounded) setMelding({ soort: "info", tekst: bounded.trim() });
    } catch (e) {
      setMelding({
        soort: "fout",
        tekst: foutmelding(e, inWerkmap ? "De samenvatting in de werkmap zetten" : "Samenvatten"),
      });
    } finally {
      setBezig(null);
    }
  }

  async function verwijder() {
    setBezig("verwijderen");
    setMelding(null);
    try {
      const weg = await acties.verwijderSamenvatting();
      setMelding(
        weg.length
          ? { soort: "succes", tekst: `De bladen ${opsomming(weg)} zijn verwijderd.` }
          : { soort: "info", tekst: "Er staan geen samenvattingsbladen in deze werkmap." }
      );
      if (weg.length) naWijziging?.();
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, "De samenvatting verwijderen") });
    } finally {
      setBezig(null);
    }
  }

  return {
    resultaat,
    bezig,
    melding,
    zonderVerborgen,
    setZonderVerborgen,
    vatSamen,
    verwijder,
  };
}

const useStyles = makeStyles({
  sectie: { display: "flex", flexDirection: "column", gap: "8px" },
  kop: { margin: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  acties: { display: "flex", flexWrap: "wrap", gap: "4px" },
  badges: { display: "flex", flexWrap: "wrap", gap: "4px" },
  lijst: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  gemeente: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  naam: { fontWeight: tokens.fontWeightSemibold },
  cijfers: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  blad: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  h4: {
    margin: "4px 0 0",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  verborgen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SamenvattingProps {
  staat: SamenvattingStaat;
  onSelectCell: (blad: string, adres: string) => void;
  onOpenSettings: () => void;
}

const INTENT = { succes: "success", fout: "error", info: "info" } as const;

export function Samenvatting({ staat, onSelectCell, onOpenSettings }: SamenvattingProps) {
  const s = useStyles();
  const r = staat.resultaat;
  const werkt = staat.bezig !== null;
  return (
    <section className={s.sectie} aria-labelledby="samenvatting-kop">
      <Subtitle2 as="h3" id="samenvatting-kop" className={s.kop}>
        Samenvatting van deze werkmap
      </Subtitle2>
      <Caption1 className={s.sub}>
        Alle bladen samen: planlijsten per gemeente en samenvattingen per gemeente (zoals h2020-2024
        of htotaal). Elk plan telt één keer mee; foutwaarden zoals #VERW! worden gemeld. Dezelfde
        uitkomst als woondeal-toets samenvatting met dit bestand.
      </Caption1>
      <Checkbox
        checked={staat.zonderVerborgen}
        disabled={werkt}
        onChange={(_e, d) => staat.setZonderVerborgen(d.checked === true)}
        label="Verborgen bladen en rijen weglaten"
      />
      <div className={s.acties}>
        <Button
          appearance="primary"
          icon={<TableSimpleRegular />}
          disabled={werkt}
          onClick={() => void staat.vatSamen(false)}
        >
          Vat werkmap samen
        </Button>
        <Button
          icon={<DocumentTableRegular />}
          disabled={werkt}
          onClick={() => void staat.vatSamen(true)}
        >
          Zet in werkmap
        </Button>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          disabled={werkt}
          onClick={() => void staat.verwijder()}
        >
          Verwijder samenvatting
        </Button>
      </div>
      {werkt && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={
            staat.bezig === "verwijderen"
              ? "Samenvattingsbladen verwijderen…"
              : staat.bezig === "schrijven"
                ? "Samenvatten en in de werkmap zetten…"
                : "Alle bladen lezen en samenvatten…"
          }
        />
      )}
      {staat.melding && (
        <MessageBar intent={INTENT[staat.melding.soort]} layout="multiline">
          <MessageBarBody>{staat.melding.tekst}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.verborgen} role="status" aria-live="polite" aria-atomic="true">
        {r && !werkt ? aankondiging(r.consolidatie) : ""}
      </div>
      {r && <Resultaat r={r} onSelectCell={onSelectCell} onOpenSettings={onOpenSettings} />}
    </section>
  );
}

function aankondiging(c: Consolidatie): string {
  const t = telErnst(c.bevindingen.map((b) => b.bevinding));
  return `Samenvatting klaar: ${plannenTekst(c.rapport.samenvatting.regio.plannen)}, ${ernstTelling(t.error, "error")}, ${ernstTelling(t.warning, "warning")}.`;
}

function Resultaat({
  r,
  onSelectCell,
  onOpenSettings,
}: {
  r: WerkmapSamenvatting;
  onSelectCell: (blad: string, adres: string) => void;
  onOpenSettings: () => void;
}) {
  const s = useStyles();
  const c = r.consolidatie;
  const bladen = c.bestanden.flatMap((b) => b.bladen);
  const bevindingen = React.useMemo<Bevinding[]>(
    // The sheet as the user knows it in this workbook (the engine's name may carry the label).
    () => c.bevindingen.map((b) => ({ ...b.bevinding, sheet: b.blad || undefined })),
    [c]
  );
  const telling = telErnst(bevindingen);
  const ernsten: Ernst[] = ["error", "warning", "info"];
  const peiljaar = Number(c.rapport.peildatum.slice(0, 4));
  const vijf = `${peiljaar}–${peiljaar + AFSPRAKEN.hardeCapaciteitJaren.waarde - 1}`;
  const aandeelOntbreekt = GEMEENTEN.some(
    (g) => c.rapport.samenvatting.perGemeente[g]?.doel === null
  );
  return (
    <>
      <Caption1>
        {r.werkmap} · peildatum {datumNl(c.rapport.peildatum)} · {bladen.length}{" "}
        {bladen.length === 1 ? "blad" : "bladen"} gelezen
        {c.dubbel.length > 0 &&
          ` · ${aantal(c.dubbel.length)} ${c.dubbel.length === 1 ? "dubbel plan" : "dubbele plannen"} één keer geteld`}
      </Caption1>
      <h4 className={s.h4}>Per gemeente</h4>
      <ul className={s.lijst} aria-label="Cijfers per gemeente en voor de regio">
        {GEMEENTEN.map((g) => (
          <GemeenteRegel
            key={g}
            naam={g}
            c={c}
            cijfers={c.rapport.samenvatting.perGemeente[g]}
            vijf={vijf}
          />
        ))}
        <GemeenteRegel
          naam={`Regio ${REGIO}`}
          c={c}
          cijfers={c.rapport.samenvatting.regio}
          vijf={vijf}
          regio
        />
      </ul>
      {aandeelOntbreekt && (
        <Caption1 className={s.sub}>
          Dekking: netto 2022–2030 tegenover het gemeentelijk aandeel.{" "}
          <Link as="button" inline onClick={onOpenSettings}>
            Aandelen invullen bij Instellingen
          </Link>
        </Caption1>
      )}
      <GelezenBladen c={c} />
      <h4 className={s.h4}>Bevindingen</h4>
      <div className={s.badges}>
        {ernsten.map((e) => (
          <ErnstBadge key={e} ernst={e} n={telling[e]} />
        ))}
      </div>
      {bevindingen.length > 0 && (
        <Bevindingen findings={bevindingen} bladen={c.rapport.bladen} onSelectCell={onSelectCell} />
      )}
    </>
  );
}

/** Every sheet as read, with its kind (planlijst, samenvatting, overig) and why; folded. */
function GelezenBladen({ c }: { c: Consolidatie }) {
  const s = useStyles();
  const n = c.bestanden.reduce((t, b) => t + b.bladen.length, 0);
  return (
    <Accordion collapsible>
      <AccordionItem value="bladen">
        <AccordionHeader size="small" expandIconPosition="end">
          Gelezen bladen ({n})
        </AccordionHeader>
        <AccordionPanel>
          <ul className={s.lijst}>
            {c.bestanden.map((b) =>
              b.fout ? (
                <li key={b.naam} className={s.blad}>
                  {b.naam}: niet gelezen ({b.fout})
                </li>
              ) : (
                b.bladen.map((bl) => (
                  <li key={`${b.naam}|${bl.naam}`} className={s.blad}>
                    <Text weight="semibold" size={200}>
                      {bl.naam}
                    </Text>
                    {": "}
                    {bladTekst(bl)}
                  </li>
                ))
              )
            )}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** One sheet as read: its kind and why. */
function bladTekst(bl: BladVerslag): string {
  const fouten = bl.foutCellen
    ? `; ${aantal(bl.foutCellen)} ${bl.foutCellen === 1 ? "cel" : "cellen"} met een foutwaarde`
    : "";
  const gemeenten = bl.gemeenten.length ? ` (${bl.gemeenten.join(", ")})` : "";
  if (bl.soort === "planlijst")
    return `planlijst, ${aantal(bl.plannen)} ${bl.plannen === 1 ? "plan" : "plannen"}${gemeenten}${fouten}`;
  if (bl.soort === "samenvatting")
    return `samenvatting per gemeente (geen plannen)${gemeenten}${fouten}`;
  return `overig: ${bl.reden ?? "geen planlijst"}${fouten}`;
}

function GemeenteRegel({
  naam,
  c,
  cijfers,
  vijf,
  regio,
}: {
  naam: string;
  c: Consolidatie;
  cijfers: Cijfers | undefined;
  vijf: string;
  regio?: boolean;
}) {
  const s = useStyles();
  const uitSamenvatting = regio ? [] : c.samenvattingen.filter((x) => x.gemeente === naam);
  const regels: string[] = [];
  if (cijfers && cijfers.plannen > 0) {
    regels.push(
      `${aantal(cijfers.plannen)} ${cijfers.plannen === 1 ? "plan" : "plannen"} · netto 2022–2030: ${aantal(cijfers.nettoInPeriode)}`,
      `dekking: ${cijfers.dekking === null ? "onbekend (aandeel niet ingesteld)" : `${procent(cijfers.dekking)} van ${aantal(cijfers.doel ?? 0)}`}`,
      `hard ${vijf}: ${aantal(cijfers.hardKomendeVijfJaar)}${cijfers.vereistKomendeVijfJaar !== null ? ` (vereist ${aantal(cijfers.vereistKomendeVijfJaar)})` : ""}`
    );
  } else regels.push("geen planlijst");
  for (const x of uitSamenvatting) {
    // The figures as the summary sheet gives them; not added up, not checked.
    const delen = (["hard", "zacht", "onbekend", "totaal"] as const)
      .filter((h) => x.totalen[h] !== null)
      .map((h) => `${h === "onbekend" ? "hardheid onbekend" : h} ${aantal(x.totalen[h]!)}`);
    regels.push(
      `volgens samenvatting (blad ${x.blad}, rij ${x.rij}, geen plannen): ${delen.join(" · ") || "geen cijfers"}`
    );
  }
  return (
    <li className={s.gemeente}>
      <Text className={s.naam} size={200}>
        {naam}
      </Text>
      {regels.map((t) => (
        <span key={t} className={s.cijfers}>
          {t}
        </span>
      ))}
    </li>
  );
}
