/**
 * The task pane's state and operations, as hooks for App: the workbook's sheets and settings
 * (`useWerkmap`), the last check with its live re-checks (`useControle`) and the export of a
 * report (`exporteer`). Every operation goes through `PaneActies`; no Office.js here.
 */
import * as React from "react";
import { GEMEENTEN, aandeelVan } from "../deal";
import {
  BladInfo,
  NietGemarkeerd,
  PaneActies,
  Voortgang,
  WerkmapInstellingen,
} from "../excel/acties";
import { Rapport, telErnst } from "../rules";
import { BLAD_ACTIEF, Bezig, Melding } from "./components/Controle";
import { Download, Kopieer } from "./download";
import { bestandsnaam, bevindingenCsv, rapportJson } from "./export";
import { foutmelding } from "./foutmelding";
import { geenPlanlijst, telTekst } from "./weergave";

type ZetMelding = (melding: Melding | null) => void;

/** Dutch summary of a report for the screen reader. */
function samenvattingTekst(r: Rapport): string {
  if (geenPlanlijst(r)) return "Controle klaar: geen planlijst gevonden.";
  const t = telErnst(r.bevindingen);
  return `Controle klaar: ${telTekst("error", t.error)}, ${telTekst("warning", t.warning)}, ${telTekst("info", t.info)}.`;
}

/** The workbook's sheets (re-read on demand) and its settings (read once, saved on demand). */
export function useWerkmap(acties: PaneActies, setMelding: ZetMelding) {
  const [bladen, setBladen] = React.useState<BladInfo[]>([]);
  const [instellingen, setInstellingen] = React.useState<WerkmapInstellingen | null>(null);

  const laadBladen = React.useCallback(async () => {
    try {
      setBladen(await acties.bladen());
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, "De bladen van de werkmap lezen") });
    }
  }, [acties, setMelding]);

  React.useEffect(() => {
    void laadBladen();
    acties.leesInstellingen().then(
      (i) => setInstellingen(i),
      (e) => {
        setInstellingen({ deal: { gemeenten: {} } });
        setMelding({ soort: "fout", tekst: foutmelding(e, "De instellingen lezen") });
      }
    );
  }, [acties, laadBladen, setMelding]);

  async function bewaar(nieuw: WerkmapInstellingen) {
    await acties.bewaarInstellingen(nieuw);
    setInstellingen(nieuw);
  }

  /** True when no gemeentelijk aandeel (bijlage 3) is set. */
  const aandelenOntbreken =
    instellingen !== null && GEMEENTEN.every((g) => aandeelVan(instellingen.deal, g) === undefined);
  return { bladen, laadBladen, instellingen, bewaar, aandelenOntbreken };
}

export interface ControleOpties {
  acties: PaneActies;
  nu: () => Date;
  keuze: string;
  laadBladen: () => Promise<void>;
  setMelding: ZetMelding;
  setAankondiging: (tekst: string) => void;
  /** Shows the Controle tab (a check started elsewhere, e.g. from Instellingen). */
  toonControle: () => void;
}

/** Following changes after a check: whether it is on, start and stop. */
function useVolgen(acties: PaneActies) {
  const [live, setLive] = React.useState(false);
  const stopLive = React.useRef<(() => void) | null>(null);
  const stopVolgen = React.useCallback(() => {
    stopLive.current?.();
    stopLive.current = null;
    setLive(false);
  }, []);
  React.useEffect(() => () => stopLive.current?.(), [acties]);
  function volg(terugroep: (rapport: Rapport) => void) {
    stopLive.current = acties.volgWijzigingen(terugroep);
    setLive(true);
  }
  return { live, stopVolgen, volg };
}

/** What runs (`bezig`), and running an operation with it set; its error becomes the message. */
function useBezig(setMelding: ZetMelding) {
  const [bezig, setBezig] = React.useState<Bezig>(null);
  async function voerUit(soort: Exclude<Bezig, null>, wat: string, doe: () => Promise<void>) {
    setBezig(soort);
    setMelding(null);
    try {
      await doe();
    } catch (e) {
      setMelding({ soort: "fout", tekst: foutmelding(e, wat) });
    } finally {
      setBezig(null);
    }
  }
  return { bezig, setBezig, voerUit };
}

/** The last check: its report, progress, what is running, and its live re-checks. */
export function useControle(o: ControleOpties) {
  const { acties, nu, setMelding, setAankondiging } = o;
  const [rapport, setRapport] = React.useState<Rapport | null>(null);
  const [controleNummer, setControleNummer] = React.useState(0);
  const [voortgang, setVoortgang] = React.useState<Voortgang | null>(null);
  const [bijgewerkt, setBijgewerkt] = React.useState<Date | null>(null);
  const { live, stopVolgen, volg } = useVolgen(acties);
  const { bezig, setBezig, voerUit } = useBezig(setMelding);

  /** Shows a report that was checked (also one whose cells could not be marked). */
  function toon(r: Rapport) {
    setRapport(r);
    setBijgewerkt(nu());
    setControleNummer((n) => n + 1);
    setAankondiging(samenvattingTekst(r));
  }

  async function controleer() {
    stopVolgen();
    o.toonControle();
    setBezig("controle");
    setVoortgang(null);
    setMelding(null);
    setAankondiging("Bezig met controleren…");
    try {
      let opmerkingen: string[] = [];
      const r = await acties.controleer(o.keuze === BLAD_ACTIEF ? undefined : o.keuze, (v) => {
        setVoortgang(v);
        if (v.opmerkingen) opmerkingen = v.opmerkingen;
      });
      // What was read in a bounded way (a huge used range, very long texts).
      if (opmerkingen.length) setMelding({ soort: "info", tekst: opmerkingen.join(" ") });
      toon(r);
      if (!geenPlanlijst(r))
        volg((nieuw) => {
          setRapport(nieuw);
          setBijgewerkt(nu());
          setAankondiging(samenvattingTekst(nieuw).replace("Controle klaar", "Bijgewerkt"));
        });
    } catch (e) {
      if (e instanceof NietGemarkeerd) {
        // Checked, but the cells could not be marked (a protected sheet): show the findings
        // and say why the marks are missing. Not followed live: every re-check would fail too.
        toon(e.rapport);
        setMelding({ soort: "fout", tekst: e.message });
      } else {
        // The message bar announces itself; the status region only says the check ended.
        setMelding({ soort: "fout", tekst: foutmelding(e, "Controleren") });
        setAankondiging("");
      }
    } finally {
      setBezig(null);
      setVoortgang(null);
      void o.laadBladen();
    }
  }

  const { wis, maakRapport } = useResultaatActies(o, rapport, stopVolgen, voerUit);
  return {
    rapport,
    controleNummer,
    bezig,
    voortgang,
    bijgewerkt,
    live,
    controleer,
    wis,
    maakRapport,
  };
}

/** Clear marks and make the report sheet, each with `bezig` set. */
function useResultaatActies(
  o: ControleOpties,
  rapport: Rapport | null,
  stopVolgen: () => void,
  voerUit: ReturnType<typeof useBezig>["voerUit"]
) {
  const { acties, setMelding } = o;
  function wis() {
    stopVolgen();
    return voerUit("wissen", "Markeringen wissen", async () => {
      await acties.wisMarkeringen();
      const tekst = rapport
        ? "Markeringen gewist. Wijzigingen worden niet meer gevolgd; klik op Controleer om opnieuw te toetsen."
        : "Markeringen gewist.";
      setMelding({ soort: "succes", tekst });
    });
  }

  async function maakRapport() {
    if (!rapport) return;
    await voerUit("rapport", "Rapport maken", async () => {
      await acties.maakRapport(rapport);
      setMelding({ soort: "succes", tekst: "Het blad Woondeal-rapport is gemaakt." });
      void o.laadBladen();
    });
  }
  return { wis, maakRapport };
}

export interface ExportOpties {
  kanDownloaden: boolean;
  download: Download;
  kopieer: Kopieer;
  setMelding: ZetMelding;
}

/** Offers the findings (CSV) or the report (JSON) as a download, or copies it where blocked. */
export async function exporteer(rapport: Rapport, soort: "csv" | "json", o: ExportOpties) {
  const { setMelding } = o;
  const naam = bestandsnaam(rapport, soort);
  const inhoud = soort === "csv" ? bevindingenCsv(rapport.bevindingen) : rapportJson(rapport);
  const rapportBlad =
    "Kies anders Rapport maken: dan komen de bevindingen op een blad in deze werkmap.";
  if (o.kanDownloaden) {
    try {
      o.download(
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
    await o.kopieer(inhoud.replace(/^\uFEFF/, ""));
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
