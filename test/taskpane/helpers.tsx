/** Rendering the pane in jsdom over fake operations. */
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  BladInfo,
  PaneActies,
  WerkmapInstellingen,
  WerkmapSamenvatting,
} from "../../src/excel/acties";
import { Rapport } from "../../src/rules/toets";
import { App, AppProps } from "../../src/taskpane/App";

export interface NepActies extends jest.Mocked<PaneActies> {
  /** Calls the callback given to volgWijzigingen (a live update). */
  wijzig(rapport: Rapport): void;
  stopVolgen: jest.Mock;
}

export function nepActies(
  opties: {
    rapport?: Rapport | (() => Rapport);
    instellingen?: WerkmapInstellingen;
    bladen?: BladInfo[];
    /** What vatSamen resolves to (its `bladen` only when asked to write). */
    samenvatting?: WerkmapSamenvatting;
  } = {}
): NepActies {
  let terug: ((r: Rapport) => void) | undefined;
  const stopVolgen = jest.fn();
  const acties = {
    bladen: jest.fn(
      async () =>
        opties.bladen ?? [
          { naam: "Planlijst", actief: true },
          { naam: "Toelichting", actief: false },
        ]
    ),
    controleer: jest.fn(async () => {
      const r = opties.rapport;
      if (!r) throw new Error("geen rapport in de test");
      return typeof r === "function" ? r() : r;
    }),
    selecteer: jest.fn(async () => undefined),
    wisMarkeringen: jest.fn(async () => undefined),
    maakRapport: jest.fn(async () => undefined),
    leesInstellingen: jest.fn(async () => opties.instellingen ?? { deal: { gemeenten: {} } }),
    bewaarInstellingen: jest.fn(async () => undefined),
    vatSamen: jest.fn(async (o?: { inWerkmap?: boolean }) => {
      const sv = opties.samenvatting;
      if (!sv) throw new Error("geen samenvatting in de test");
      return o?.inWerkmap ? sv : { ...sv, bladen: [] };
    }),
    verwijderSamenvatting: jest.fn(async () => opties.samenvatting?.bladen ?? []),
    volgWijzigingen: jest.fn((cb: (r: Rapport) => void) => {
      terug = cb;
      return stopVolgen;
    }),
    stopVolgen,
    wijzig(r: Rapport) {
      if (!terug) throw new Error("volgWijzigingen is niet aangeroepen");
      terug(r);
    },
  };
  return acties as unknown as NepActies;
}

export const NU = new Date(2025, 5, 1, 9, 5);

export function toonPane(props: AppProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App nu={() => NU} {...props} />
    </FluentProvider>
  );
}
