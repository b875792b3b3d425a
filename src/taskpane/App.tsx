/**
 * The task pane: four tabs (Controle, Per gemeente, Instellingen, Vergelijk) over the operations of
 * `PaneActies`. Holds the last report and passes operations to the components as props;
 * imports no Office.js.
 */
import * as React from "react";
import { Divider, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { PaneActies } from "../excel/acties";
import { Rapport } from "../rules";
import { BLAD_ACTIEF, Controle, Melding } from "./components/Controle";
import { Gemeenten } from "./components/Gemeenten";
import { Instellingen, Sectie } from "./components/Instellingen";
import { Samenvatting, useWerkmapSamenvatting } from "./components/Samenvatting";
import { Vergelijking } from "./components/Vergelijking";
import { leesGekozenBestand } from "./bestand";
import { WerkmapInvoer } from "../planlijst";
import { Download, Kopieer, downloadBestand, kopieerNaarKlembord } from "./download";
import { foutmelding } from "./foutmelding";
import { exporteer, useControle, useWerkmap } from "./useControle";

export type TabNaam = "controle" | "gemeenten" | "instellingen" | "vergelijk";

const TAB_TITEL: Record<TabNaam, string> = {
  controle: "Controle",
  gemeenten: "Per gemeente",
  instellingen: "Instellingen",
  vergelijk: "Vergelijk met vorige versie",
};

export interface AppProps {
  acties: PaneActies;
  /** Offers a file to the user (default: a browser download). */
  download?: Download;
  /** Whether this host lets the pane download files (not Excel for Mac or iPad). */
  kanDownloaden?: boolean;
  /** Copies text to the clipboard (export where downloads are blocked). */
  kopieer?: Kopieer;
  /** The clock (tests pass a fixed one). */
  nu?: () => Date;
  /** Reads a picked .xlsx in the pane (default: the bounded reader of src/taskpane/bestand.ts). */
  leesBestand?: (bestand: File) => Promise<WerkmapInvoer[]>;
}

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: "4px",
    paddingRight: "4px",
  },
  smalVerborgen: { "@media (max-width: 359px)": { display: "none" } },
  inhoud: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  verborgen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The pane's state: tabs, sheet choice, message, announcement, workbook and last check. */
function usePane({
  acties,
  download = downloadBestand,
  kanDownloaden = true,
  kopieer = kopieerNaarKlembord,
  nu = () => new Date(),
}: AppProps) {
  const tabs = useTabs();
  const [keuze, setKeuze] = React.useState(BLAD_ACTIEF);
  const [melding, setMelding] = React.useState<Melding | null>(null);
  const [aankondiging, setAankondiging] = React.useState("");
  const werkmap = useWerkmap(acties, setMelding);
  const laadBladen = werkmap.laadBladen;
  const samenvatting = useWerkmapSamenvatting(acties, () => void laadBladen());
  const c = useControle({
    acties,
    nu,
    keuze,
    laadBladen,
    setMelding,
    setAankondiging,
    toonControle: () => tabs.setTab("controle"),
  });
  const exporteerAls = (soort: "csv" | "json") =>
    void (
      c.rapport && exporteer(c.rapport, soort, { kanDownloaden, download, kopieer, setMelding })
    );
  const selecteer = (blad: string, adres: string) => selecteerCel(acties, blad, adres, setMelding);
  return {
    ...tabs,
    ...werkmap,
    keuze,
    setKeuze,
    melding,
    aankondiging,
    setAankondiging,
    samenvatting,
    c,
    exporteerAls,
    selecteer,
  };
}

export function App(props: AppProps) {
  const s = useStyles();
  const { acties, leesBestand = leesGekozenBestand } = props;
  const { tab, sectie, openInstellingen, bladen, instellingen, c, selecteer, ...w } =
    usePane(props);
  return (
    <div className={s.pane}>
      <Tabbladen tab={tab} onTab={w.setTab} />
      <main>
        <h1 className={s.verborgen}>Woondeal-toets</h1>
        <div className={s.inhoud} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {/* Headings in order (h1 pane, h2 tab, h3 sections) for screen-reader navigation. */}
          <h2 className={s.verborgen}>{TAB_TITEL[tab]}</h2>
          {tab === "controle" && (
            <Controle
              {...c}
              bladen={bladen}
              keuze={w.keuze}
              onKies={w.setKeuze}
              onCheck={c.controleer}
              onSelectCell={selecteer}
              onClearMarks={c.wis}
              onMakeReport={c.maakRapport}
              onExportCsv={() => w.exporteerAls("csv")}
              onExportJson={() => w.exporteerAls("json")}
              onOpenSettings={openInstellingen}
              aandelenOntbreken={w.aandelenOntbreken}
              melding={w.melding}
            />
          )}
          {tab === "gemeenten" && (
            <GemeentenTab
              samenvatting={w.samenvatting}
              rapport={c.rapport}
              onSelectCell={selecteer}
              onOpenSettings={() => openInstellingen("bijlage3")}
            />
          )}
          {tab === "instellingen" &&
            (instellingen ? (
              <Instellingen
                instellingen={instellingen}
                bladen={bladen}
                rapport={c.rapport}
                onSave={w.bewaar}
                onCheck={c.controleer}
                sectie={sectie}
              />
            ) : (
              <Spinner size="small" label="Instellingen lezen…" />
            ))}
          {/* Kept mounted: the comparison stays when the user looks at another tab. */}
          <div hidden={tab !== "vergelijk"}>
            <Vergelijking
              acties={acties}
              bladen={bladen}
              leesBestand={leesBestand}
              onSelectCell={selecteer}
              onBladenGewijzigd={() => void w.laadBladen()}
              onAankondig={w.setAankondiging}
            />
          </div>
        </div>
      </main>
      <div className={s.verborgen} role="status" aria-live="polite" aria-atomic="true">
        {w.aankondiging}
      </div>
    </div>
  );
}

/** The selected tab, and the settings section to scroll to when it was opened from elsewhere. */
function useTabs() {
  const [tab, setTab] = React.useState<TabNaam>("controle");
  const [sectie, setSectie] = React.useState<Sectie | undefined>();
  function openInstellingen(doel?: Sectie) {
    setSectie(undefined);
    setTab("instellingen");
    // Set after the tab renders so the section scrolls into view and gets focus.
    setTimeout(() => setSectie(doel), 0);
  }
  return { tab, setTab, sectie, openInstellingen };
}

/** Per gemeente: the workbook summary, then the last check's figures per gemeente. */
function GemeentenTab(p: {
  samenvatting: ReturnType<typeof useWerkmapSamenvatting>;
  rapport: Rapport | null;
  onSelectCell: (blad: string, adres: string) => void;
  onOpenSettings: () => void;
}) {
  return (
    <>
      <Samenvatting
        staat={p.samenvatting}
        onSelectCell={p.onSelectCell}
        onOpenSettings={p.onOpenSettings}
      />
      <Divider />
      <Gemeenten rapport={p.rapport} onOpenSettings={p.onOpenSettings} />
    </>
  );
}

/** Selects a cell of a finding in the workbook; a failure becomes the message. */
async function selecteerCel(
  acties: PaneActies,
  blad: string,
  adres: string,
  setMelding: (melding: Melding) => void
) {
  try {
    await acties.selecteer(blad, adres);
  } catch (e) {
    setMelding({
      soort: "fout",
      tekst: foutmelding(e, `Cel ${adres} op blad ${blad} selecteren`),
    });
  }
}

/** The four tabs, sticky at the top of the pane. */
function Tabbladen({ tab, onTab }: { tab: TabNaam; onTab: (tab: TabNaam) => void }) {
  const s = useStyles();
  return (
    <header className={s.tabs}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_e, d) => onTab(d.value as TabNaam)}
        size="small"
        aria-label="Woondeal-toets"
      >
        <Tab id="tab-controle" value="controle">
          Controle
        </Tab>
        <Tab id="tab-gemeenten" value="gemeenten">
          Per gemeente
        </Tab>
        <Tab id="tab-instellingen" value="instellingen">
          Instellingen
        </Tab>
        {/* At 320 px four labels do not fit: below 360 px this tab shows its icon only. */}
        <Tab
          id="tab-vergelijk"
          value="vergelijk"
          icon={<HistoryRegular />}
          aria-label="Vergelijk met vorige versie"
          title="Vergelijk met vorige versie"
        >
          <span className={s.smalVerborgen}>Vergelijk</span>
        </Tab>
      </TabList>
    </header>
  );
}
