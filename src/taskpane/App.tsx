/**
 * The task pane: four tabs (Controle, Per gemeente, Instellingen, Vergelijk) over the operations of
 * `PaneActies`. Holds the last report and passes operations to the components as props;
 * imports no Office.js.
 */
import * as React from "react";
import { Divider, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { GEMEENTEN, aandeelVan } from "../deal";
import {
  BladInfo,
  NietGemarkeerd,
  PaneActies,
  Voortgang,
  WerkmapInstellingen,
} from "../excel/acties";
import { Rapport, telErnst } from "../rules";
import { BLAD_ACTIEF, Bezig, Controle, Melding } from "./components/Controle";
import { Gemeenten } from "./components/Gemeenten";
import { Instellingen, Sectie } from "./components/Instellingen";
import { Samenvatting, useWerkmapSamenvatting } from "./components/Samenvatting";
import { Vergelijking } from "./components/Vergelijking";
import { leesGekozenBestand } from "./bestand";
import { WerkmapInvoer } from "../planlijst";
import { Download, Kopieer, downloadBestand, kopieerNaarKlembord } from "./download";
import { bestandsnaam, bevindingenCsv, rapportJson } from "./export";
import { foutmelding } from "./foutmelding";
import { geenPlanlijst, telTekst } from "./weergave";

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

/** Dutch summary of a report for the screen reader. */
function samenvattingTekst(r: Rapport): string {
  if (geenPlanlijst(r)) return "Controle klaar: geen planlijst gevonden.";
  const t = telErnst(r.bevindingen);
  return `Controle klaar: ${telTekst("error", t.error)}, ${telTekst("warning", t.warning)}, ${telTekst("info", t.info)}.`;
}

export function App({
  acties,
  download = downloadBestand,
  kanDownloaden = true,
  kopieer = kopieerNaarKlembord,
  nu = () => new Date(),
  leesBestand = leesGekozenBestand,
}: AppProps) {
  const s = useStyles();
  const [tab, setTab] = React.useState<TabNaam>("controle");
  const [sectie, setSectie] = React.useState<Sectie | undefined>();
  const [bladen, setBladen] = React.useState<BladInfo[]>([]);
  const [keuze, setKeuze] = React.useState(BLAD_ACTIEF);
  const [instellingen, setInstellingen] = React.useState<WerkmapInstellingen | null>(null);
  const [rapport, setRapport] = React.useState<Rapport | null>(null);
  const [controleNummer, setControleNummer] = React.useState(0);
  const [bezig, setBezig] = React.useState<Bezig>(null);
  const [voortgang, setVoortgang] = React.useState<Voortgang | null>(null);
  const [melding, setMelding] = React.useState<Melding | null>(null);
  const [bijgewerkt, setBijgewerkt] = React.useState<Date | null>(null);
  const [live, setLive] = React.useState(false);
  const [aankondiging, setAankondiging] = React.useState("");
  const stopLive = React.useRef<(() => void) | null>(null);

  const stopVolgen = React.useCallback(() => {
    stopLive.current?.();
    stopLive.current = null;
    setLive(false);
  }, []);

  const laadBladen = React.useCallback(async () => {
    try {
      setBladen(await acties.bladen());
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, "De bladen van de werkmap lezen") });
    }
  }, [acties]);

  const samenvatting = useWerkmapSamenvatting(acties, () => void laadBladen());

  React.useEffect(() => {
    void laadBladen();
    acties.leesInstellingen().then(
      (i) => setInstellingen(i),
      (e) => {
        setInstellingen({ deal: { gemeenten: {} } });
        setMelding({ soort: "fout", tekst: foutmelding(e, "De instellingen lezen") });
      }
    );
    return () => stopLive.current?.();
  }, [acties, laadBladen]);

  async function controleer() {
    stopVolgen();
    setTab("controle");
    setBezig("controle");
    setVoortgang(null);
    setMelding(null);
    setAankondiging("Bezig met controleren…");
    try {
      let opmerkingen: string[] = [];
      const r = await acties.controleer(keuze === BLAD_ACTIEF ? undefined : keuze, (v) => {
        setVoortgang(v);
        if (v.opmerkingen) opmerkingen = v.opmerkingen;
      });
      // What was read in a bounded way (a huge used range, very long texts).
      if (opmerkingen.length) setMelding({ soort: "info", tekst: opmerkingen.join(" ") });
      setRapport(r);
      setBijgewerkt(nu());
      setControleNummer((n) => n + 1);
      setAankondiging(samenvattingTekst(r));
      if (!geenPlanlijst(r)) {
        stopLive.current = acties.volgWijzigingen((nieuw) => {
          setRapport(nieuw);
          setBijgewerkt(nu());
          setAankondiging(samenvattingTekst(nieuw).replace("Controle klaar", "Bijgewerkt"));
        });
        setLive(true);
      }
    } catch (e) {
      if (e instanceof NietGemarkeerd) {
        // Checked, but the cells could not be marked (a protected sheet): show the findings
        // and say why the marks are missing. Not followed live: every re-check would fail too.
        setRapport(e.rapport);
        setBijgewerkt(nu());
        setControleNummer((n) => n + 1);
        setAankondiging(samenvattingTekst(e.rapport));
        setMelding({ soort: "fout", tekst: e.message });
      } else {
        // The message bar announces itself; the status region only says the check ended.
        setMelding({ soort: "fout", tekst: foutmelding(e, "Controleren") });
        setAankondiging("");
      }
    } finally {
      setBezig(null);
      setVoortgang(null);
      void laadBladen();
    }
  }

  async function selecteer(blad: string, adres: string) {
    try {
      await acties.selecteer(blad, adres);
    } catch (e) {
      setMelding({
        soort: "fout",
        tekst: foutmelding(e, `Cel ${adres} op blad ${blad} selecteren`),
      });
    }
  }

  async function wis() {
    stopVolgen();
    setBezig("wissen");
    setMelding(null);
    try {
      await acties.wisMarkeringen();
      const tekst = rapport
        ? "Markeringen gewist. Wijzigingen worden niet meer gevolgd; klik op Controleer om opnieuw te toetsen."
        : "Markeringen gewist.";
      setMelding({ soort: "succes", tekst });
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, "Markeringen wissen") });
    } finally {
      setBezig(null);
    }
  }

  async function maakRapport() {
    if (!rapport) return;
    setBezig("rapport");
    setMelding(null);
    try {
      await acties.maakRapport(rapport);
      setMelding({ soort: "succes", tekst: "Het blad Woondeal-rapport is gemaakt." });
      void laadBladen();
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, "Rapport maken") });
    } finally {
      setBezig(null);
    }
  }

  async function exporteer(soort: "csv" | "json") {
    if (!rapport) return;
    const naam = bestandsnaam(rapport, soort);
    const inhoud = soort === "csv" ? bevindingenCsv(rapport.bevindingen) : rapportJson(rapport);
    const rapportBlad =
      "Kies anders Rapport maken: dan komen de bevindingen op een blad in deze werkmap.";
    if (kanDownloaden) {
      try {
        download(
          naam,
          inhoud,
          soort === "csv" ? "text/csv;charset=utf-8" : "application/json;charset=utf-8"
        );
        // The browser does not say whether the file arrived: offer, never claim.
        setMelding({
          soort: "info",
          tekst: `${naam} is aangeboden om te downloaden. Verschijnt er geen bestand? ${rapportBlad}`,
        });
      } catch (e) {
        setMelding({ soort: "fout", tekst: foutmelding(e, "Exporteren") });
      }
      return;
    }
    // Excel for Mac and iPad block downloads: the text goes to the clipboard.
    try {
      await kopieer(inhoud.replace(/^\uFEFF/, ""));
      setMelding({
        soort: "succes",
        tekst: `Excel kan op dit apparaat geen bestanden downloaden. ${
          soort === "csv" ? "De bevindingen (CSV) staan" : "Het rapport (JSON) staat"
        } nu op het klembord: plak in een teksteditor en bewaar als ${naam}. ${rapportBlad}`,
      });
    } catch {
      setMelding({
        soort: "fout",
        tekst: `Excel kan op dit apparaat geen bestanden downloaden en het klembord is niet beschikbaar. Kies Rapport maken: dan komen de bevindingen op een blad in deze werkmap.`,
      });
    }
  }

  async function bewaar(nieuw: WerkmapInstellingen) {
    await acties.bewaarInstellingen(nieuw);
    setInstellingen(nieuw);
  }

  function openInstellingen(doel?: Sectie) {
    setSectie(undefined);
    setTab("instellingen");
    // Set after the tab renders so the section scrolls into view and gets focus.
    setTimeout(() => setSectie(doel), 0);
  }

  const aandelenOntbreken =
    instellingen !== null && GEMEENTEN.every((g) => aandeelVan(instellingen.deal, g) === undefined);

  return (
    <div className={s.pane}>
      <header className={s.tabs}>
        <TabList
          selectedValue={tab}
          onTabSelect={(_e, d) => setTab(d.value as TabNaam)}
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
      <main>
        <h1 className={s.verborgen}>Woondeal-toets</h1>
        <div className={s.inhoud} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {/* Headings in order (h1 pane, h2 tab, h3 sections) for screen-reader navigation. */}
          <h2 className={s.verborgen}>{TAB_TITEL[tab]}</h2>
          {tab === "controle" && (
            <Controle
              bladen={bladen}
              keuze={keuze}
              onKies={setKeuze}
              onCheck={controleer}
              onSelectCell={selecteer}
              onClearMarks={wis}
              onMakeReport={maakRapport}
              onExportCsv={() => void exporteer("csv")}
              onExportJson={() => void exporteer("json")}
              onOpenSettings={openInstellingen}
              bezig={bezig}
              voortgang={voortgang}
              rapport={rapport}
              controleNummer={controleNummer}
              bijgewerkt={bijgewerkt}
              live={live}
              aandelenOntbreken={aandelenOntbreken}
              melding={melding}
            />
          )}
          {tab === "gemeenten" && (
            <>
              <Samenvatting
                staat={samenvatting}
                onSelectCell={selecteer}
                onOpenSettings={() => openInstellingen("bijlage3")}
              />
              <Divider />
              <Gemeenten rapport={rapport} onOpenSettings={() => openInstellingen("bijlage3")} />
            </>
          )}
          {tab === "instellingen" && !instellingen && (
            <Spinner size="small" label="Instellingen lezen…" />
          )}
          {tab === "instellingen" && instellingen && (
            <Instellingen
              instellingen={instellingen}
              bladen={bladen}
              rapport={rapport}
              onSave={bewaar}
              onCheck={controleer}
              sectie={sectie}
            />
          )}
          {/* Kept mounted: the comparison stays when the user looks at another tab. */}
          <div hidden={tab !== "vergelijk"}>
            <Vergelijking
              acties={acties}
              bladen={bladen}
              leesBestand={leesBestand}
              onSelectCell={selecteer}
              onBladenGewijzigd={() => void laadBladen()}
              onAankondig={setAankondiging}
            />
          </div>
        </div>
      </main>
      <div className={s.verborgen} role="status" aria-live="polite" aria-atomic="true">
        {aankondiging}
      </div>
    </div>
  );
}
