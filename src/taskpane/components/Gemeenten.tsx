/**
 * Per gemeente (and for the region): net capacity against the aandeel with 100% and 130%
 * marks, the affordable share from 2025 against two thirds, segments and year columns.
 * Reads the report's summary only.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { GEMEENTEN, REGIO, AFSPRAKEN, PERIODE } from "../../deal";
import {
  aantal,
  procent,
  Samenvatting,
  doelgroepenTekst,
  Rapport,
  Dekkingsniveau,
  betaalbaarGehaald,
  dekkingsniveau,
} from "../../rules";
import { plannenTekst } from "../../rapport";
import { Jaarkolommen, Meter, Staaf, Staven } from "./Grafieken";

const useStyles = makeStyles({
  kolom: { display: "flex", flexDirection: "column", gap: "12px" },
  kaart: { display: "flex", flexDirection: "column", gap: "10px", padding: "12px" },
  kop: { display: "flex", flexDirection: "column", gap: "2px" },
  sub: { color: tokens.colorNeutralForeground3 },
  blok: { display: "flex", flexDirection: "column", gap: "4px" },
  blokKop: {
    display: "flex",
    justifyContent: "space-between",
    gap: "8px",
    alignItems: "baseline",
    flexWrap: "wrap",
  },
  blokTitel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  waarde: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  leeg: { color: tokens.colorNeutralForeground2, padding: "8px 0" },
});

export interface GemeentenProps {
  rapport: Rapport | null;
  onOpenSettings: () => void;
}

export function Gemeenten({ rapport, onOpenSettings }: GemeentenProps) {
  const s = useStyles();
  if (!rapport) {
    return (
      <Body1 className={s.leeg}>
        Controleer eerst een planlijst. Daarna ziet u hier per gemeente de plancapaciteit tegenover
        het gemeentelijk aandeel, het betaalbare deel vanaf 2025, de segmenten en de jaarschijven.
      </Body1>
    );
  }
  const per = rapport.samenvatting.perGemeente;
  const gemeenten = GEMEENTEN.filter((g) => per[g]);
  if (gemeenten.length === 0) {
    return (
      <Body1 className={s.leeg}>
        In deze controle staan geen plannen van Aa en Hunze, Borger-Odoorn, Coevorden of Emmen.
        {rapport.plannenBuitenDeal > 0 &&
          ` ${plannenTekst(rapport.plannenBuitenDeal)} ${rapport.plannenBuitenDeal === 1 ? "hoort" : "horen"} bij een gemeente buiten de woondeal.`}
      </Body1>
    );
  }
  return (
    <div className={s.kolom}>
      {gemeenten.length > 1 && (
        <GemeenteKaart
          naam={REGIO}
          s={rapport.samenvatting.regio}
          regio
          onOpenSettings={onOpenSettings}
        />
      )}
      {gemeenten.map((g) => (
        <GemeenteKaart key={g} naam={g} s={per[g]} onOpenSettings={onOpenSettings} />
      ))}
      {rapport.plannenBuitenDeal > 0 && (
        <Caption1 className={s.sub}>
          {rapport.plannenBuitenDeal}{" "}
          {rapport.plannenBuitenDeal === 1 ? "plan hoort" : "plannen horen"} bij een gemeente buiten
          deze woondeal en {rapport.plannenBuitenDeal === 1 ? "telt" : "tellen"} hier niet mee.
        </Caption1>
      )}
    </div>
  );
}

/** The meter's colour for the engine's coverage classification (art. 3.2, 4.10). */
const KWALITEIT: Record<Dekkingsniveau, "goed" | "bijna" | "slecht"> = {
  "onder-aandeel": "slecht",
  "onder-130": "bijna",
  gedekt: "goed",
};

interface KaartProps {
  naam: string;
  s: Samenvatting;
  regio?: boolean;
  onOpenSettings: () => void;
}

function GemeenteKaart(p: KaartProps) {
  const st = useStyles();
  const { naam, s } = p;
  const id = `gemeente-${naam.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <Card className={st.kaart} aria-labelledby={id} role="region">
      <div className={st.kop}>
        <Subtitle2 as="h3" id={id} style={{ margin: 0 }}>
          {naam}
        </Subtitle2>
        <Caption1 className={st.sub}>
          {aantal(s.plannen)} {s.plannen === 1 ? "plan" : "plannen"} · netto {aantal(s.netto)}{" "}
          woningen
        </Caption1>
      </div>
      <PlancapaciteitBlok {...p} />
      <BetaalbaarBlok {...p} />
      <SegmentenBlok {...p} />
      <div className={st.blok}>
        <Text className={st.blokTitel}>Flexwoningen en transformatie (art. 4.13)</Text>
        <Caption1 className={st.sub}>
          Flexwoningen {aantal(s.flex)} · transformatie {aantal(s.transformatie)} (netto 2022–2030)
        </Caption1>
        {!p.regio && doelgroepenTekst(s) && (
          <Caption1 className={st.sub}>Doelgroepen: {doelgroepenTekst(s)}</Caption1>
        )}
      </div>
      <div className={st.blok}>
        <Text className={st.blokTitel}>Netto per opleverjaar</Text>
        <Jaarkolommen perJaar={s.perJaar} van={PERIODE.van} tot={PERIODE.tot} />
      </div>
    </Card>
  );
}

/** Net capacity 2022–2030 against the aandeel (or the region's task), with 100% and 130%. */
function PlancapaciteitBlok({ naam, s, regio, onOpenSettings }: KaartProps) {
  const st = useStyles();
  const factor = AFSPRAKEN.plancapaciteitFactor.waarde;
  const doel = regio ? "versnellingsopgave" : "aandeel";
  return (
    <div className={st.blok}>
      <div className={st.blokKop}>
        <Text className={st.blokTitel}>Netto plancapaciteit 2022–2030</Text>
        {s.doel !== null && s.dekking !== null ? (
          <Text className={st.waarde}>
            {aantal(s.nettoInPeriode)} van {aantal(s.doel)} ({procent(s.dekking)})
          </Text>
        ) : (
          <Text className={st.waarde}>{aantal(s.nettoInPeriode)}</Text>
        )}
      </div>
      {s.doel !== null && s.dekking !== null ? (
        <Meter
          fractie={s.dekking}
          schaal={Math.max(1.5, s.dekking * 1.05)}
          markeringen={[
            { fractie: 1, label: "100%" },
            { fractie: factor, label: "130%" },
          ]}
          kwaliteit={KWALITEIT[dekkingsniveau(s) ?? "onder-aandeel"]}
          omschrijving={`${naam}: netto plancapaciteit ${aantal(s.nettoInPeriode)} woningen, ${procent(s.dekking)} van het ${doel} van ${aantal(s.doel)}; volgens art. 4.10 spannen de gemeenten zich in voor ten minste 130%.`}
        />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Aandeel niet ingesteld</MessageBarTitle>
            Vul het gemeentelijk aandeel (bijlage 3) in om de dekking en de 130%-toets te zien.{" "}
            <Link as="button" inline onClick={onOpenSettings}>
              Naar Instellingen
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={st.sub}>
        Hard {aantal(s.hard)} · zacht {aantal(s.zacht)}
        {s.statusOnbekend ? ` · status onbekend ${aantal(s.statusOnbekend)}` : ""}
        {s.nettoJaarOnbekend ? ` · zonder opleverjaar ${aantal(s.nettoJaarOnbekend)}` : ""}
      </Caption1>
    </div>
  );
}

/** The affordable share from 2025 against two thirds (art. 6). */
function BetaalbaarBlok({ naam, s }: KaartProps) {
  const st = useStyles();
  const tweeDerde = AFSPRAKEN.betaalbaarAandeel.waarde;
  return (
    <div className={st.blok}>
      <div className={st.blokKop}>
        <Text className={st.blokTitel}>Betaalbaar vanaf 2025</Text>
        <Text className={st.waarde}>
          {s.aandeelBetaalbaarVanaf2025 === null
            ? "onbekend"
            : `${procent(s.aandeelBetaalbaarVanaf2025)} (doel ⅔)`}
        </Text>
      </div>
      {s.aandeelBetaalbaarVanaf2025 === null ? (
        <Caption1 className={st.sub}>Geen woningen met een bekend segment vanaf 2025.</Caption1>
      ) : (
        <Meter
          fractie={s.aandeelBetaalbaarVanaf2025}
          schaal={1}
          markeringen={[{ fractie: tweeDerde, label: "⅔" }]}
          kwaliteit={betaalbaarGehaald(s) ? "goed" : "slecht"}
          omschrijving={`${naam}: ${procent(s.aandeelBetaalbaarVanaf2025)} van de woningen met bekend segment vanaf 2025 is betaalbaar; art. 6 streeft naar ten minste twee derde.`}
        />
      )}
    </div>
  );
}

/** Net dwellings per segment; for the region also art. 6's regional targets. */
function SegmentenBlok({ naam, s, regio }: KaartProps) {
  const st = useStyles();
  const segmenten: Staaf[] = [
    { label: "Sociale huur", waarde: s.socialeHuur, soort: "betaalbaar" },
    { label: "Middenhuur", waarde: s.middenhuur, soort: "betaalbaar" },
    { label: "Betaalbare koop", waarde: s.betaalbareKoop, soort: "betaalbaar" },
    { label: "Dure huur", waarde: s.dureHuur, soort: "duur" },
    { label: "Dure koop", waarde: s.dureKoop, soort: "duur" },
    { label: "Onbekend", waarde: s.segmentOnbekend, soort: "onbekend" },
  ];
  return (
    <div className={st.blok}>
      <Text className={st.blokTitel}>Segmenten (netto 2022–2030)</Text>
      <Staven staven={segmenten} titel={`${naam}: netto woningen per segment`} />
      <Caption1 className={st.sub}>
        Segment op prijs waar die bekend is (art. 1a, 1g), anders zoals de lijst het noemt.
      </Caption1>
      {regio && (
        <Caption1 className={st.sub}>
          Art. 6: ingezet wordt op ten minste {aantal(AFSPRAKEN.socialeHuurRegio.waarde)} sociale
          huur en {aantal(AFSPRAKEN.middensegmentRegio.waarde)} middensegment in de regio.
        </Caption1>
      )}
    </div>
  );
}
