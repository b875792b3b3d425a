/** Small charts for the per-gemeente panel: a bar with target marks, horizontal bars and year columns. */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { aantal } from "../../rules";

const useStyles = makeStyles({
  meter: { position: "relative", paddingTop: "16px", paddingBottom: "2px" },
  spoor: {
    position: "relative",
    height: "10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
  },
  vulling: {
    position: "absolute",
    left: 0,
    top: 0,
    bottom: 0,
    borderRadius: tokens.borderRadiusMedium,
  },
  markering: {
    position: "absolute",
    top: "12px",
    height: "18px",
    width: "0",
    borderLeft: `2px solid ${tokens.colorNeutralForeground1}`,
  },
  markeringLabel: {
    position: "absolute",
    top: "0",
    transform: "translateX(-50%)",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
  },
  goed: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  bijna: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  slecht: { backgroundColor: tokens.colorPaletteRedBackground3 },
  neutraal: { backgroundColor: tokens.colorBrandBackground },
  staven: {
    display: "grid",
    gridTemplateColumns: "minmax(84px, auto) 1fr auto",
    columnGap: "8px",
    rowGap: "4px",
    alignItems: "center",
    margin: 0,
    padding: 0,
  },
  staafLabel: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
  },
  staafSpoor: {
    height: "8px",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  staaf: { height: "100%", borderRadius: tokens.borderRadiusSmall },
  betaalbaar: { backgroundColor: tokens.colorBrandBackground },
  duur: { backgroundColor: tokens.colorNeutralForeground3 },
  onbekend: { backgroundColor: tokens.colorNeutralStroke1 },
  staafWaarde: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    textAlign: "right",
    minWidth: "28px",
  },
  kolommen: { display: "flex", alignItems: "flex-end", gap: "3px", height: "92px" },
  kolom: {
    flex: "1 1 0",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "flex-end",
    height: "100%",
    minWidth: 0,
  },
  kolomWaarde: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
    lineHeight: "12px",
  },
  kolomStaaf: {
    width: "100%",
    maxWidth: "22px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: "2px 2px 0 0",
    minHeight: "1px",
  },
  kolomLeeg: { backgroundColor: tokens.colorNeutralStroke2 },
  kolomJaar: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    lineHeight: "14px",
    marginTop: "2px",
  },
});

export interface Markering {
  fractie: number;
  label: string;
}

export interface MeterProps {
  /** 0..n: the share of the target reached (1 = 100%). */
  fractie: number;
  /** The scale's right end (e.g. 1.5 for a scale up to 150%). */
  schaal: number;
  markeringen: Markering[];
  kwaliteit: "goed" | "bijna" | "slecht" | "neutraal";
  /** What the meter shows, for screen readers. */
  omschrijving: string;
}

/** A horizontal bar with marks (e.g. 100% and 130% of the aandeel). */
export function Meter({ fractie, schaal, markeringen, kwaliteit, omschrijving }: MeterProps) {
  const s = useStyles();
  const pos = (f: number) => `${Math.max(0, Math.min(100, (f / schaal) * 100))}%`;
  return (
    <div className={s.meter} role="img" aria-label={omschrijving}>
      {markeringen.map((m) => (
        <span
          key={`l${m.label}`}
          className={s.markeringLabel}
          style={{ left: pos(m.fractie) }}
          aria-hidden="true"
        >
          {m.label}
        </span>
      ))}
      <div className={s.spoor}>
        <div className={mergeClasses(s.vulling, s[kwaliteit])} style={{ width: pos(fractie) }} />
      </div>
      {markeringen.map((m) => (
        <span
          key={`m${m.label}`}
          className={s.markering}
          style={{ left: pos(m.fractie) }}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}

export interface Staaf {
  label: string;
  waarde: number;
  soort: "betaalbaar" | "duur" | "onbekend";
}

/** Horizontal bars with their values (segments). */
export function Staven({ staven, titel }: { staven: Staaf[]; titel: string }) {
  const s = useStyles();
  const max = Math.max(1, ...staven.map((x) => x.waarde));
  return (
    <dl className={s.staven} aria-label={titel}>
      {staven.map((x) => (
        <React.Fragment key={x.label}>
          <dt className={s.staafLabel}>{x.label}</dt>
          <dd className={s.staafSpoor} style={{ margin: 0 }} aria-hidden="true">
            <div
              className={mergeClasses(s.staaf, s[x.soort])}
              style={{ width: `${(x.waarde / max) * 100}%` }}
            />
          </dd>
          <dd className={s.staafWaarde} style={{ margin: 0 }}>
            {aantal(x.waarde)}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** Net homes per year as small columns. */
export function Jaarkolommen({
  perJaar,
  van,
  tot,
}: {
  perJaar: Record<string, number>;
  van: number;
  tot: number;
}) {
  const s = useStyles();
  const jaren: number[] = [];
  for (let j = van; j <= tot; j++) jaren.push(j);
  const max = Math.max(1, ...jaren.map((j) => perJaar[j] ?? 0));
  const omschrijving =
    "Netto woningen per opleverjaar: " +
    jaren.map((j) => `${j}: ${aantal(perJaar[j] ?? 0)}`).join(", ");
  return (
    <div className={s.kolommen} role="img" aria-label={omschrijving}>
      {jaren.map((j) => {
        const n = perJaar[j] ?? 0;
        return (
          <div key={j} className={s.kolom} aria-hidden="true">
            <span className={s.kolomWaarde}>{n ? aantal(Math.round(n)) : ""}</span>
            <div
              className={mergeClasses(s.kolomStaaf, n ? undefined : s.kolomLeeg)}
              style={{ height: `${(Math.max(0, n) / max) * 60}px` }}
            />
            <span className={s.kolomJaar}>’{String(j).slice(2)}</span>
          </div>
        );
      })}
    </div>
  );
}
