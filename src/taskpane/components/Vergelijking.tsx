/**
 * "Vergelijk met vorige versie": the user picks the previous round (an .xlsx file, read here
 * in the pane and never uploaded, or a sheet of this workbook), the operations compare it with
 * the planlijst sheets of the workbook, and the pane shows the counts per kind, the totals per
 * gemeente before and after (art. 4.10, 7.2, 8.3), the changed plans (each selects its row)
 * and the findings grouped as on the Controle tab. Every operation arrives as a prop; the
 * file reader too, so tests can give their own.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSyncRegular,
  DeleteRegular,
  DocumentAddRegular,
  FolderOpenRegular,
  HighlightRegular,
} from "@fluentui/react-icons";
import {
  BladInfo,
  GemarkeerdeWijzigingen,
  PaneActies,
  VergelijkResultaat,
  VorigeRonde,
} from "../../excel/acties";
import { WerkmapInvoer } from "../../planlijst";
import {
  SOORT_LABEL,
  TELLING_LABEL,
  WijzigingRij,
  aantal,
  datumNl,
  gemeentenInVolgorde,
  metTeken,
  procent,
  wijzigingRijen,
} from "../../rapport";
import { AFSPRAKEN, REGIO } from "../../deal";
import { TELLINGEN, Telling, GemeenteVergelijking, VoorNa } from "../../vergelijking";
import { foutmelding } from "../foutmelding";
import { Bevindingen, PER_KEER } from "./Bevindingen";
import { Melding, MeldingBalk } from "./Controle";

export type VergelijkActies = Pick<
  PaneActies,
  "vergelijk" | "schrijfVergelijking" | "markeerWijzigingen" | "verwijderVergelijking"
>;

export interface VergelijkingProps {
  acties: VergelijkActies;
  /** The workbook's sheets (the previous round can be one of them). */
  bladen: BladInfo[];
  /** Reads a picked .xlsx in the pane (src/taskpane/bestand.ts; tests give their own). */
  leesBestand: (bestand: File) => Promise<WerkmapInvoer[]>;
  onSelectCell: (blad: string, adres: string) => void;
  /** Called after sheets were written or removed (the sheet list changed). */
  onBladenGewijzigd?: () => void;
  /** Says something to the screen reader (the pane's status region). */
  onAankondig?: (tekst: string) => void;
}

type Bezig = "vergelijken" | "schrijven" | "markeren" | "verwijderen" | null;

const useStyles = makeStyles({
  kolom: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  uitleg: { color: tokens.colorNeutralForeground2 },
  keuzelijst: { minWidth: 0, maxWidth: "100%" },
  bestand: { display: "flex", flexDirection: "column", gap: "4px", alignItems: "flex-start" },
  bestandsnaam: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  verborgen: { display: "none" },
  breed: { width: "100%" },
  acties: { display: "flex", flexWrap: "wrap", gap: "4px" },
  sectie: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  kop: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tellingen: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px",
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  telling: {
    padding: "2px 8px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  kaart: {
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  kaartKop: { margin: "0 0 4px", fontSize: tokens.fontSizeBase300 },
  cijfers: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: "8px",
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  waarde: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  goed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  slecht: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  lijst: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    textAlign: "left",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    border: "1px solid transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    boxSizing: "border-box",
  },
  knop: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  gekozen: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  soort: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  naam: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  wat: { overflowWrap: "anywhere" },
  klein: { color: tokens.colorNeutralForeground3 },
  meer: { alignSelf: "flex-start" },
});

/** Plans per kind, summed over the gemeenten (every plan counts for its own gemeente). */
function tellingen(r: VergelijkResultaat): [Telling, number][] {
  const som = new Map<Telling, number>();
  for (const g of Object.values(r.vergelijking.perGemeente))
    for (const t of TELLINGEN) som.set(t, (som.get(t) ?? 0) + g.telling[t]);
  return TELLINGEN.map((t) => [t, som.get(t) ?? 0] as [Telling, number]).filter(([, n]) => n > 0);
}

const voorNa = (x: VoorNa) =>
  `${aantal(x.vorige)} → ${aantal(x.huidige)} (${metTeken(x.verschil)})`;

function GemeenteKaart({ g, naam }: { g: GemeenteVergelijking; naam: string }) {
  const s = useStyles();
  const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
  const kop = `kop-vergelijk-${naam.replace(/\W+/g, "-")}`;
  let dekking: React.ReactNode = "aandeel niet ingesteld";
  if (g.doel !== null && g.dekking.huidige !== null) {
    const gehaald = g.dekking.huidige >= factor - 1e-9;
    dekking = (
      <>
        {g.dekking.vorige === null ? "?" : procent(g.dekking.vorige)} → {procent(g.dekking.huidige)}{" "}
        <span className={gehaald ? s.goed : s.slecht}>
          {gehaald ? "130% gehandhaafd" : "onder 130%"}
        </span>
      </>
    );
  }
  return (
    <section className={s.kaart} aria-labelledby={kop}>
      <h4 className={s.kaartKop} id={kop}>
        {naam}
      </h4>
      <dl className={s.cijfers}>
        <dt className={s.term}>Plannen</dt>
        <dd className={s.waarde}>{voorNa(g.plannen)}</dd>
        <dt className={s.term}>Netto 2022–2030 (art. 7.2)</dt>
        <dd className={s.waarde}>{voorNa(g.nettoInPeriode)}</dd>
        <dt className={s.term}>Dekking (art. 4.10)</dt>
        <dd className={s.waarde}>{dekking}</dd>
        <dt className={s.term}>Hard, komende vijf jaar</dt>
        <dd className={s.waarde}>
          {voorNa(g.hardKomendeVijfJaar)}
          {g.vereistKomendeVijfJaar !== null &&
            ` · jaarschijven ${aantal(g.vereistKomendeVijfJaar)}`}
        </dd>
        <dt className={s.term}>Opgeleverd (art. 8.3)</dt>
        <dd className={s.waarde}>
          {voorNa(g.opgeleverd)}
          {g.vereistOpgeleverd !== null && ` · jaarschijven ${aantal(g.vereistOpgeleverd)}`}
        </dd>
      </dl>
    </section>
  );
}

function WijzigingenLijst({
  rijen,
  onSelectCell,
}: {
  rijen: WijzigingRij[];
  onSelectCell: (blad: string, adres: string) => void;
}) {
  const s = useStyles();
  const [aantalZichtbaar, setAantal] = React.useState(PER_KEER);
  const [gekozen, setGekozen] = React.useState<number>();
  return (
    <>
      <ul className={s.lijst}>
        {rijen.slice(0, aantalZichtbaar).map((r, i) => {
          const inhoud = (
            <>
              <span>
                <span className={s.soort}>{SOORT_LABEL[r.soort]}</span>
                {" · "}
                <span className={s.naam}>{r.plan}</span>
              </span>
              <span className={s.wat}>{r.wat}</span>
              <span className={s.klein}>
                {[r.gemeente, r.huidigePlaats || `vorige: ${r.vorigePlaats}`, r.artikelen]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </>
          );
          const h = r.huidig;
          return (
            <li key={`${r.soort}-${i}`}>
              {h ? (
                <button
                  type="button"
                  className={mergeClasses(s.item, s.knop, gekozen === i && s.gekozen)}
                  aria-current={gekozen === i ? "true" : undefined}
                  title={`Selecteer rij ${h.rij} op blad ${h.blad}`}
                  onClick={() => {
                    setGekozen(i);
                    onSelectCell(h.blad, h.kolom ? `${h.kolom}${h.rij}` : `A${h.rij}`);
                  }}
                >
                  {inhoud}
                </button>
              ) : (
                <div className={s.item}>{inhoud}</div>
              )}
            </li>
          );
        })}
      </ul>
      {rijen.length > aantalZichtbaar && (
        <Button
          className={s.meer}
          size="small"
          onClick={() => setAantal(aantalZichtbaar + PER_KEER)}
        >
          Toon meer ({rijen.length - aantalZichtbaar} verborgen)
        </Button>
      )}
    </>
  );
}

/** The comparison tab's state: the previous round picked, the result and what is running. */
function useVergelijking(p: VergelijkingProps) {
  const [bron, setBron] = React.useState<"bestand" | "blad">("bestand");
  const [bestand, setBestand] = React.useState<File | null>(null);
  const [blad, setBlad] = React.useState("");
  const [resultaat, setResultaat] = React.useState<VergelijkResultaat | null>(null);
  const [nummer, setNummer] = React.useState(0);
  const [bezig, setBezig] = React.useState<Bezig>(null);
  const [melding, setMelding] = React.useState<Melding | null>(null);

  async function vergelijk() {
    setBezig("vergelijken");
    setMelding(null);
    try {
      let vorige: VorigeRonde;
      if (bron === "bestand" && bestand)
        vorige = { soort: "bestand", naam: bestand.name, invoer: await p.leesBestand(bestand) };
      else vorige = { soort: "blad", blad };
      const r = await p.acties.vergelijk(vorige);
      setResultaat(r);
      setNummer((n) => n + 1);
      if (r.opmerkingen.length) setMelding({ soort: "info", tekst: r.opmerkingen.join(" ") });
      const n = wijzigingRijen(r.vergelijking).length;
      p.onAankondig?.(
        `Vergelijking klaar: ${aantal(n)} ${n === 1 ? "plan" : "plannen"} met een wijziging, ${aantal(r.vergelijking.bevindingen.length)} bevindingen.`
      );
    } catch (e) {
      // The reader's and the comparison's messages are Dutch sentences already.
      const eigen = e instanceof Error && (e.name === "BestandFout" || e.name === "VergelijkFout");
      setMelding({
        soort: "fout",
        tekst: eigen ? (e as Error).message : foutmelding(e, "Vergelijken"),
      });
    } finally {
      setBezig(null);
    }
  }

  async function actie(soort: Exclude<Bezig, null>, wat: string, doe: () => Promise<string>) {
    setBezig(soort);
    setMelding(null);
    try {
      setMelding({ soort: "succes", tekst: await doe() });
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, wat) });
    } finally {
      setBezig(null);
    }
  }

  const werkt = bezig !== null;
  const kan = bron === "bestand" ? bestand !== null : blad !== "";
  return {
    bron,
    setBron,
    bestand,
    setBestand,
    blad,
    setBlad,
    resultaat,
    nummer,
    bezig,
    melding,
    setMelding,
    werkt,
    kan,
    vergelijk,
    actie,
  };
}

type VergelijkStaat = ReturnType<typeof useVergelijking>;

/** The comparison tab: the form, the actions and the result. */
export function Vergelijking(p: VergelijkingProps) {
  const s = useStyles();
  const v = useVergelijking(p);
  return (
    <div className={s.kolom}>
      <h3 className={s.kop}>Vergelijk met vorige versie</h3>
      <Body1 className={s.uitleg}>
        Kies de planlijst van de vorige monitoringsronde (art. 8.1). Een gekozen bestand wordt
        alleen hier in het taakvenster gelezen; er wordt niets verstuurd.
      </Body1>
      <VorigeKeuze v={v} bladen={p.bladen} />
      <Button
        appearance="primary"
        className={s.breed}
        icon={
          v.bezig === "vergelijken" ? (
            <Spinner size="tiny" aria-hidden="true" />
          ) : (
            <ArrowSyncRegular />
          )
        }
        onClick={() => void v.vergelijk()}
        disabled={v.werkt || !v.kan}
      >
        {v.bezig === "vergelijken" ? "Bezig met vergelijken…" : "Vergelijk"}
      </Button>
      {v.melding && <MeldingBalk melding={v.melding} />}
      {v.resultaat && <Resultaat p={p} v={v} r={v.resultaat} />}
    </div>
  );
}

/** The previous round: a file (.xlsx) read in the pane, or a sheet of this workbook. */
function VorigeKeuze({ v, bladen }: { v: VergelijkStaat; bladen: BladInfo[] }) {
  const s = useStyles();
  const invoer = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Field label="Vorige versie">
        <RadioGroup
          value={v.bron}
          onChange={(_e, d) => v.setBron(d.value as "bestand" | "blad")}
          disabled={v.werkt}
        >
          <Radio value="bestand" label="Een bestand (.xlsx)" />
          <Radio value="blad" label="Een blad in deze werkmap" />
        </RadioGroup>
      </Field>
      {v.bron === "bestand" ? (
        <div className={s.bestand}>
          <input
            ref={invoer}
            id="vorige-bestand"
            className={s.verborgen}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Vorige planlijst (.xlsx)"
            tabIndex={-1}
            onChange={(e) => {
              v.setBestand(e.target.files?.[0] ?? null);
              v.setMelding(null);
            }}
          />
          <Button
            icon={<FolderOpenRegular />}
            onClick={() => invoer.current?.click()}
            disabled={v.werkt}
            aria-describedby="vorige-bestand-naam"
          >
            Kies vorige planlijst (.xlsx)…
          </Button>
          <Caption1 id="vorige-bestand-naam" className={s.bestandsnaam}>
            {v.bestand ? `Gekozen: ${v.bestand.name}` : "Nog geen bestand gekozen."}
          </Caption1>
        </div>
      ) : (
        <Field label="Blad met de vorige versie">
          <Select
            className={s.keuzelijst}
            value={v.blad}
            onChange={(_e, d) => v.setBlad(d.value)}
            disabled={v.werkt}
          >
            <option value="">Kies een blad…</option>
            {bladen.map((b) => (
              <option key={b.naam} value={b.naam}>
                {b.naam}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

interface ResultaatProps {
  p: VergelijkingProps;
  v: VergelijkStaat;
  r: VergelijkResultaat;
}

/** The result: actions, counts per kind, per gemeente, the changed plans and the findings. */
function Resultaat({ p, v, r }: ResultaatProps) {
  const s = useStyles();
  const rijen = React.useMemo(() => wijzigingRijen(r.vergelijking), [r]);
  return (
    <section className={s.kolom} aria-label="Resultaat van de vergelijking">
      <Caption1 className={s.uitleg}>
        Vergeleken met {r.vorige} · peildatum {datumNl(r.vergelijking.peildatum)} (voor beide
        versies)
      </Caption1>
      <ResultaatActies p={p} v={v} r={r} />
      <div className={s.sectie}>
        <h3 className={s.kop}>Per soort</h3>
        <ul className={s.tellingen} aria-label="Plannen per soort wijziging">
          {tellingen(r).map(([t, n]) => (
            <li key={t} className={s.telling}>
              {aantal(n)} {TELLING_LABEL[t]}
            </li>
          ))}
        </ul>
      </div>
      <PerGemeente r={r} />
      <div className={s.sectie}>
        <h3 className={s.kop}>Gewijzigde plannen ({aantal(rijen.length)})</h3>
        {rijen.length ? (
          <WijzigingenLijst key={v.nummer} rijen={rijen} onSelectCell={p.onSelectCell} />
        ) : (
          <Body1>Geen wijzigingen: elk plan staat ongewijzigd in beide versies.</Body1>
        )}
      </div>
      <div className={s.sectie}>
        <h3 className={s.kop}>Bevindingen ({aantal(r.vergelijking.bevindingen.length)})</h3>
        <Bevindingen
          key={v.nummer}
          findings={r.vergelijking.bevindingen}
          bladen={r.huidigeBladen}
          onSelectCell={p.onSelectCell}
        />
      </div>
    </section>
  );
}

const cellen = (n: number) => `${aantal(n)} ${n === 1 ? "cel" : "cellen"}`;

/** What Markeer wijzigingen did: changes are counted as changes, never as findings. */
export function markeerMelding({ wijzigingen, waarschuwingen }: GemarkeerdeWijzigingen): string {
  if (!wijzigingen && !waarschuwingen)
    return "Geen gewijzigde cellen om te markeren; de markeringen van de controle zijn gewist.";
  const delen = [
    wijzigingen
      ? `De gewijzigde cellen zijn gemarkeerd: ${cellen(wijzigingen)}, in lichtblauw (een wijziging is geen fout of waarschuwing).`
      : "Geen gewijzigde cellen.",
    waarschuwingen
      ? `${cellen(waarschuwingen)} van plannen die niet eenduidig te koppelen zijn: geel, als waarschuwing.`
      : "",
    "De markeringen van de controle zijn vervangen; Markeringen wissen op het tabblad Controle haalt ze weg.",
  ];
  return delen.filter(Boolean).join(" ");
}

/** Write the comparison sheets, mark the changed cells, remove the comparison sheets. */
function ResultaatActies({ p, v, r }: ResultaatProps) {
  const s = useStyles();
  return (
    <div className={s.acties} role="group" aria-label="Acties op de vergelijking">
      <Button
        size="small"
        icon={<DocumentAddRegular />}
        disabled={v.werkt}
        onClick={() =>
          void v.actie("schrijven", "Wijzigingen in de werkmap zetten", async () => {
            await p.acties.schrijfVergelijking(r);
            p.onBladenGewijzigd?.();
            return "De bladen Woondeal-verschil-Wijzigingen, Woondeal-verschil-Per gemeente en Woondeal-verschil-Bevindingen zijn gemaakt; elke rij linkt naar haar plan.";
          })
        }
      >
        Zet wijzigingen in werkmap
      </Button>
      <Button
        size="small"
        icon={<HighlightRegular />}
        disabled={v.werkt}
        onClick={() =>
          void v.actie("markeren", "Wijzigingen markeren", async () => {
            return markeerMelding(await p.acties.markeerWijzigingen(r));
          })
        }
      >
        Markeer wijzigingen
      </Button>
      <Button
        size="small"
        icon={<DeleteRegular />}
        disabled={v.werkt}
        onClick={() =>
          void v.actie("verwijderen", "Vergelijkingsbladen verwijderen", async () => {
            const n = await p.acties.verwijderVergelijking();
            p.onBladenGewijzigd?.();
            return n
              ? "De bladen van de vergelijking zijn verwijderd."
              : "Er stonden geen bladen van de vergelijking in de werkmap.";
          })
        }
      >
        Verwijder vergelijkingsbladen
      </Button>
    </div>
  );
}

/** Before and after per gemeente, and for the region when both versions have all four. */
function PerGemeente({ r }: { r: VergelijkResultaat }) {
  const s = useStyles();
  return (
    <div className={s.sectie}>
      <h3 className={s.kop}>Per gemeente</h3>
      {gemeentenInVolgorde(r.vergelijking).map((g) => (
        <GemeenteKaart
          key={g.gemeente}
          g={g}
          naam={g.inDeal ? g.gemeente : `${g.gemeente} (niet in de woondeal)`}
        />
      ))}
      {r.vergelijking.regio.volledig ? (
        <GemeenteKaart g={r.vergelijking.regio} naam={`Regio ${REGIO}`} />
      ) : (
        <Caption1 className={s.klein}>
          De regio wordt alleen vergeleken als beide versies alle vier gemeenten bevatten.
        </Caption1>
      )}
    </div>
  );
}
