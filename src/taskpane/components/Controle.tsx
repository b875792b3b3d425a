/**
 * The check tab: sheet picker, Controleer, the actions on the result, progress, counts by
 * severity and the findings. Every operation arrives as a prop.
 */
import * as React from "react";
import { ALLE_PLANLIJSTEN } from "../../excel/acties";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  CheckmarkCircle20Regular,
  DocumentTableRegular,
  EraserRegular,
  Live16Regular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import { BladInfo, Voortgang } from "../../excel/acties";
import { Rapport, telErnst, Ernst } from "../../rules";
import { geenPlanlijst, tijd } from "../weergave";
import { Bevindingen } from "./Bevindingen";
import { ErnstBadge } from "./Ernst";

/** Picker values besides sheet names ("*" cannot occur in an Excel sheet name). */
export const BLAD_ACTIEF = "";
export const BLAD_ALLE = ALLE_PLANLIJSTEN;

export type Bezig = "controle" | "wissen" | "rapport" | null;

export interface Melding {
  soort: "succes" | "fout" | "info";
  tekst: string;
}

export interface ControleProps {
  bladen: BladInfo[];
  keuze: string;
  onKies: (keuze: string) => void;
  onCheck: () => void;
  onSelectCell: (blad: string, adres: string) => void;
  onClearMarks: () => void;
  onMakeReport: () => void;
  onExportCsv: () => void;
  onExportJson: () => void;
  onOpenSettings: (sectie: "bijlage3" | "kolommen") => void;
  bezig: Bezig;
  voortgang: Voortgang | null;
  rapport: Rapport | null;
  /** Increases with every check started by the user (resets the findings' open groups). */
  controleNummer: number;
  bijgewerkt: Date | null;
  live: boolean;
  /** True when no gemeentelijk aandeel (bijlage 3) is set. */
  aandelenOntbreken: boolean;
  melding: Melding | null;
}

const useStyles = makeStyles({
  kolom: { display: "flex", flexDirection: "column", gap: "12px" },
  // A native select is as wide as its longest option; keep it inside a 320 px pane.
  keuzelijst: { minWidth: 0, maxWidth: "100%" },
  acties: { display: "flex", flexWrap: "wrap", gap: "4px" },
  controleer: { width: "100%" },
  samenvatting: { display: "flex", flexDirection: "column", gap: "6px" },
  badges: { display: "flex", flexWrap: "wrap", gap: "4px" },
  status: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorNeutralForeground3,
    flexWrap: "wrap",
  },
  leeg: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "16px 12px",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  leegIcoon: { color: tokens.colorBrandForeground1, fontSize: "28px" },
  redenen: { margin: "4px 0 0", paddingLeft: "18px" },
  overgeslagen: { color: tokens.colorNeutralForeground3 },
});

export function Controle(p: ControleProps) {
  const s = useStyles();
  const werkt = p.bezig !== null;
  const r = p.rapport;
  return (
    <div className={s.kolom}>
      <BladKeuze {...p} werkt={werkt} />
      <ControleKnoppen {...p} werkt={werkt} />
      {p.bezig === "controle" && <ControleVoortgang voortgang={p.voortgang} />}
      {p.melding && <MeldingBalk melding={p.melding} />}
      {p.aandelenOntbreken && <AandelenOntbreken onOpenSettings={p.onOpenSettings} />}
      {!r && !werkt && <NogNietGecontroleerd />}
      {r && geenPlanlijst(r) && <GeenPlanlijst rapport={r} onOpenSettings={p.onOpenSettings} />}
      {r && !geenPlanlijst(r) && <Resultaat {...p} rapport={r} />}
    </div>
  );
}

type MetWerkt = ControleProps & { werkt: boolean };

/** The sheet picker: the active sheet, every planlijst, or one sheet by name. */
function BladKeuze(p: MetWerkt) {
  const s = useStyles();
  const actief = p.bladen.find((b) => b.actief)?.naam;
  return (
    <Field label="Blad om te controleren">
      <Select
        className={s.keuzelijst}
        value={p.keuze}
        onChange={(_e, d) => p.onKies(d.value)}
        disabled={p.werkt}
      >
        <option value={BLAD_ACTIEF}>{actief ? `Actief blad (${actief})` : "Actief blad"}</option>
        <option value={BLAD_ALLE}>Alle planlijsten in de werkmap</option>
        {p.bladen.map((b) => (
          <option key={b.naam} value={b.naam}>
            {b.naam}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Controleer, and the actions on the result: clear marks, report sheet, export. */
function ControleKnoppen(p: MetWerkt) {
  const s = useStyles();
  const { werkt, rapport: r } = p;
  return (
    <>
      <Button
        appearance="primary"
        className={s.controleer}
        icon={
          p.bezig === "controle" ? (
            <Spinner size="tiny" aria-hidden="true" />
          ) : (
            <TaskListLtrRegular />
          )
        }
        onClick={p.onCheck}
        disabled={werkt}
      >
        {p.bezig === "controle" ? "Bezig met controleren…" : "Controleer"}
      </Button>
      <div className={s.acties} role="group" aria-label="Acties op het resultaat">
        <Button size="small" icon={<EraserRegular />} onClick={p.onClearMarks} disabled={werkt}>
          Markeringen wissen
        </Button>
        <Button
          size="small"
          icon={<DocumentTableRegular />}
          onClick={p.onMakeReport}
          disabled={werkt || !r}
        >
          Rapport maken
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" icon={<ArrowDownloadRegular />} disabled={werkt || !r}>
              Exporteer
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={p.onExportCsv}>Bevindingen als CSV (Excel)</MenuItem>
              <MenuItem onClick={p.onExportJson}>Volledig rapport als JSON</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </>
  );
}

/** The progress of a running check (a bar without value until the first step is known). */
function ControleVoortgang({ voortgang }: { voortgang: Voortgang | null }) {
  if (!voortgang)
    return (
      <Field label="Bezig met controleren…">
        <ProgressBar />
      </Field>
    );
  return (
    <Field
      label={voortgang.stap}
      validationMessage={`${Math.round(voortgang.fractie * 100)}%`}
      validationState="none"
    >
      <ProgressBar value={voortgang.fractie} max={1} />
    </Field>
  );
}

/** A message after an action, as every tab shows it. */
export function MeldingBalk({ melding }: { melding: Melding }) {
  return (
    <MessageBar
      intent={melding.soort === "fout" ? "error" : melding.soort === "succes" ? "success" : "info"}
      layout="multiline"
    >
      <MessageBarBody>
        {melding.soort === "fout" && <MessageBarTitle>Er ging iets mis</MessageBarTitle>}
        {melding.tekst}
      </MessageBarBody>
    </MessageBar>
  );
}

function AandelenOntbreken({ onOpenSettings }: Pick<ControleProps, "onOpenSettings">) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Bijlage 3 niet ingesteld</MessageBarTitle>
        Dekking en 130%-toets (art. 4.10) vragen het gemeentelijk aandeel.{" "}
        <Link as="button" inline onClick={() => onOpenSettings("bijlage3")}>
          Aandelen invullen bij Instellingen
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

function NogNietGecontroleerd() {
  const s = useStyles();
  return (
    <div className={s.leeg}>
      <CheckmarkCircle20Regular className={s.leegIcoon} aria-hidden="true" />
      <Subtitle2>Nog niet gecontroleerd</Subtitle2>
      <Body1>
        Kies een blad en klik op <strong>Controleer</strong>. De bevindingen verschijnen hier, met
        het artikel van de Regionale Woondeal Zuidoost Drenthe. Klik op een bevinding om de cel in
        de planlijst te selecteren.
      </Body1>
    </div>
  );
}

/** No sheet was a planlijst: the reason per sheet and the way to the column mapping. */
function GeenPlanlijst({
  rapport: r,
  onOpenSettings,
}: { rapport: Rapport } & Pick<ControleProps, "onOpenSettings">) {
  const s = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Geen planlijst gevonden</MessageBarTitle>
        <ul className={s.redenen}>
          {r.bladen.map((b) => (
            <li key={b.naam}>
              Blad {b.naam}: {b.reden ?? "geen planlijst"}.
            </li>
          ))}
        </ul>
        Herkent de controle uw kolomkoppen niet?{" "}
        <Link as="button" inline onClick={() => onOpenSettings("kolommen")}>
          Wijs de kolommen toe bij Instellingen
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

const ERNSTEN: Ernst[] = ["error", "warning", "info"];

/** Counts by severity, when it was updated, skipped sheets and the findings. */
function Resultaat(p: ControleProps & { rapport: Rapport }) {
  const s = useStyles();
  const r = p.rapport;
  const tellingen = telErnst(r.bevindingen);
  const nietPlanlijst = r.bladen.filter((b) => !b.isPlanlijst);
  return (
    <section className={s.samenvatting} aria-label="Resultaat van de controle">
      <div className={s.badges}>
        {ERNSTEN.map((e) => (
          <ErnstBadge key={e} ernst={e} n={tellingen[e]} />
        ))}
      </div>
      <Caption1 className={s.status}>
        {p.bijgewerkt && <span>Bijgewerkt om {tijd(p.bijgewerkt)}</span>}
        {p.live && (
          <>
            <span aria-hidden="true">·</span>
            <Live16Regular aria-hidden="true" />
            <span>volgt wijzigingen</span>
          </>
        )}
      </Caption1>
      {nietPlanlijst.length > 0 && (
        <Caption1 className={s.overgeslagen}>
          Overgeslagen:{" "}
          {nietPlanlijst.map((b) => `${b.naam} (${b.reden ?? "geen planlijst"})`).join("; ")}.
        </Caption1>
      )}
      {r.bevindingen.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            Geen bevindingen: de planlijst voldoet aan de getoetste afspraken.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Bevindingen
          key={p.controleNummer}
          findings={r.bevindingen}
          bladen={r.bladen}
          onSelectCell={p.onSelectCell}
        />
      )}
    </section>
  );
}
