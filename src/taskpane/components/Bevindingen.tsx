/**
 * The findings, grouped by rule in an accordion. A finding with a cell is a button that
 * selects the cell in Excel; findings about a gemeente, the region or a sheet are text.
 * Large groups render their first items and a "toon meer" button.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AccordionToggleEventHandler,
  Button,
  Caption1,
  CounterBadge,
  Link,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Bevinding } from "../../rules";
import { PlanlijstBlad } from "../../planlijst";
import { Groep, celVan, groepeer, sleutelVan } from "../weergave";
import { ErnstIcoon } from "./Ernst";

/** Items a group shows before "toon meer", and how many more each click adds. */
export const PER_KEER = 50;
/** Up to this many findings, every group starts open. */
export const OPEN_TOT = 12;
/**
 * docs/regels.md as the build serves it (help/regels.html) beside the help pages: every rule with the deal's
 * words, the reading chosen and why its severity.
 */
export const REGELS_URL = "help/regels.html";

const useStyles = makeStyles({
  kopKnop: { width: "100%", textAlign: "left" },
  // Fluent lets the chevron grow too; the title takes the space.
  kop: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 100 },
  kopRegel: { display: "flex", alignItems: "center", gap: "6px", justifyContent: "space-between" },
  titel: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  artikel: { color: tokens.colorNeutralForeground3 },
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
    gap: "8px",
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid transparent`,
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
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  gekozen: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  tekst: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  plaats: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "baseline" },
  cel: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  gemeente: { color: tokens.colorNeutralForeground3 },
  melding: { overflowWrap: "anywhere" },
  meer: { marginTop: "4px", alignSelf: "flex-start" },
});

/** Keeps "€ 355.000" on one line. */
export function zonderAfbreking(tekst: string): string {
  return tekst.replace(/€ (?=[\d-])/g, "€\u00a0");
}

export interface BevindingenProps {
  findings: Bevinding[];
  bladen: PlanlijstBlad[];
  onSelectCell: (blad: string, adres: string) => void;
}

export function Bevindingen({ findings, bladen, onSelectCell }: BevindingenProps) {
  const [geselecteerd, setGeselecteerd] = React.useState<string>();
  const groepen = React.useMemo(() => groepeer(findings), [findings]);
  const sleutels = React.useMemo(() => {
    const m = new Map<Bevinding, string>();
    findings.forEach((f, i) => m.set(f, sleutelVan(f, i)));
    return m;
  }, [findings]);
  const meerdereBladen = new Set(findings.filter((f) => f.sheet).map((f) => f.sheet)).size > 1;
  const [open, setOpen] = React.useState<string[]>(() =>
    findings.length <= OPEN_TOT ? groepen.map((g) => g.rule) : []
  );
  const onToggle: AccordionToggleEventHandler<string> = (_e, data) => setOpen(data.openItems);

  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={onToggle}
      aria-label="Bevindingen per regel"
    >
      {groepen.map((g) => (
        <GroepItem
          key={g.rule}
          groep={g}
          bladen={bladen}
          onSelectCell={(blad, adres, sleutel) => {
            setGeselecteerd(sleutel);
            onSelectCell(blad, adres);
          }}
          sleutels={sleutels}
          geselecteerd={geselecteerd}
          meerdereBladen={meerdereBladen}
          isOpen={open.includes(g.rule)}
        />
      ))}
    </Accordion>
  );
}

interface GroepItemProps {
  groep: Groep;
  bladen: PlanlijstBlad[];
  onSelectCell: (blad: string, adres: string, sleutel: string) => void;
  sleutels: Map<Bevinding, string>;
  geselecteerd?: string;
  meerdereBladen: boolean;
  isOpen: boolean;
}

function GroepItem({
  groep,
  bladen,
  onSelectCell,
  sleutels,
  geselecteerd,
  meerdereBladen,
  isOpen,
}: GroepItemProps) {
  const s = useStyles();
  const [aantal, setAantal] = React.useState(PER_KEER);
  const n = groep.bevindingen.length;
  const zichtbaar = groep.bevindingen.slice(0, aantal);
  return (
    <AccordionItem value={groep.rule} data-regel={groep.rule}>
      <GroepKop groep={groep} />
      <AccordionPanel>
        {isOpen && (
          <Caption1 as="p" className={s.artikel}>
            <Link
              href={`${REGELS_URL}#${groep.rule}`}
              target="_blank"
              rel="noopener noreferrer"
              inline
            >
              {groep.artikelen}: wat de woondeal zegt en hoe dit getoetst wordt
            </Link>{" "}
            (regel {groep.rule})
          </Caption1>
        )}
        {isOpen && (
          <ul className={s.lijst}>
            {zichtbaar.map((f) => (
              <BevindingItem
                key={sleutels.get(f) ?? ""}
                bevinding={f}
                sleutel={sleutels.get(f) ?? ""}
                groep={groep}
                bladen={bladen}
                onSelectCell={onSelectCell}
                geselecteerd={geselecteerd}
                meerdereBladen={meerdereBladen}
              />
            ))}
          </ul>
        )}
        {isOpen && n > aantal && (
          <Button
            className={s.meer}
            size="small"
            appearance="secondary"
            onClick={() => setAantal(aantal + PER_KEER)}
          >
            Toon meer ({n - aantal} verborgen)
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/** A group's header: severity icon, title, count and articles. */
function GroepKop({ groep }: { groep: Groep }) {
  const s = useStyles();
  const n = groep.bevindingen.length;
  return (
    <AccordionHeader
      size="small"
      expandIconPosition="end"
      icon={<ErnstIcoon ernst={groep.ernst} />}
    >
      <span className={s.kop}>
        <span className={s.kopRegel}>
          <span className={s.titel}>{groep.titel}</span>
          <CounterBadge
            count={n}
            overflowCount={9999}
            size="small"
            appearance="ghost"
            color="informative"
            aria-label={`${n} ${n === 1 ? "bevinding" : "bevindingen"}`}
          />
        </span>
        <Caption1 className={s.artikel}>{groep.artikelen}</Caption1>
      </span>
    </AccordionHeader>
  );
}

/** One finding: its cell, gemeente and message; a button that selects the cell when it has one. */
function BevindingItem({
  bevinding: f,
  sleutel,
  groep,
  bladen,
  onSelectCell,
  geselecteerd,
  meerdereBladen,
}: Omit<GroepItemProps, "sleutels" | "isOpen"> & { bevinding: Bevinding; sleutel: string }) {
  const s = useStyles();
  const cel = celVan(f, bladen);
  const inhoud = (
    <>
      <span className={s.tekst}>
        {(cel || f.gemeente) && (
          <span className={s.plaats}>
            {cel && <span className={s.cel}>{meerdereBladen ? `${f.sheet}!${cel}` : cel}</span>}
            {f.gemeente && <span className={s.gemeente}>{f.gemeente}</span>}
            {groep.artikelen.includes(";") && <span className={s.gemeente}>{f.article}</span>}
          </span>
        )}
        <span className={s.melding}>{zonderAfbreking(f.message)}</span>
      </span>
    </>
  );
  return (
    <li>
      {cel && f.sheet !== undefined ? (
        <button
          type="button"
          className={mergeClasses(s.item, s.knop, geselecteerd === sleutel && s.gekozen)}
          aria-current={geselecteerd === sleutel ? "true" : undefined}
          title={`Selecteer cel ${cel} op blad ${f.sheet}`}
          data-sleutel={sleutel}
          onClick={() => onSelectCell(f.sheet as string, cel, sleutel)}
        >
          {inhoud}
        </button>
      ) : (
        <div className={s.item}>{inhoud}</div>
      )}
    </li>
  );
}
