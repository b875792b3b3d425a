/**
 * Settings stored in the workbook: peildatum, grensjaar, the bijlage 3 numbers per gemeente
 * (aandeel and jaarschijven), import of the CLI's JSON file, column mapping for headers the
 * reader did not recognise, and the gemeente of a sheet. Saved through `onSave`.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowUploadRegular, SaveRegular } from "@fluentui/react-icons";
import {
  GEMEENTEN,
  GemeenteNaam,
  DealInstellingen,
  GemeenteInstelling,
  aandelenStand,
  leesInstellingen,
  GRENZEN,
  PERIODE,
  prijsgrenzen,
} from "../../deal";
import { BladInfo, WerkmapInstellingen } from "../../excel/acties";
import {
  betekenisLabel,
  kolomIndex,
  VELD_LABEL,
  Veld,
  INHOUD_LABEL,
  InhoudSoort,
  PlanlijstBlad,
  leesGetal,
} from "../../planlijst";
import { aantal, euro, Rapport } from "../../rules";
import { foutmelding } from "../foutmelding";
import { zonderAfbreking } from "./Bevindingen";

export type Sectie = "bijlage3" | "kolommen";

const JAREN: number[] = [];
for (let j = PERIODE.van; j <= PERIODE.tot; j++) JAREN.push(j);

/** Years with national limits after the deal's own 2022 values. */
export const GRENSJAREN: number[] = [
  ...new Set(
    Object.values(GRENZEN).flatMap((p) => p.waarden.map((w) => Number(w.geldigVanaf.slice(0, 4))))
  ),
]
  .filter((j) => j > 2022)
  .sort((a, b) => a - b);

const NEGEER = "__negeer";
const VELDEN = Object.keys(VELD_LABEL) as Veld[];

interface Concept {
  peildatum: string;
  grensjaar: string;
  aandeel: Record<string, string>;
  schijven: Record<string, Record<number, string>>;
  /** Art. 6 per gemeente (bijlage 3 or prestatieafspraken): sociale huur and middensegment. */
  doelen: Record<string, Record<Doel, string>>;
  hardheid: "ruim" | "streng";
  kolommen: Record<string, Record<string, Veld | null>>;
  gemeentePerBlad: Record<string, GemeenteNaam>;
}

const DOELEN = ["socialeHuur", "middensegment"] as const;
type Doel = (typeof DOELEN)[number];
const DOEL_LABEL: Record<Doel, string> = {
  socialeHuur: "Sociale huur",
  middensegment: "Middensegment",
};

function getalTekst(n: number | undefined): string {
  return n === undefined ? "" : String(n).replace(".", ",");
}

function naarConcept(i: WerkmapInstellingen | null): Concept {
  const c: Concept = {
    peildatum: i?.peildatum ?? "",
    grensjaar: i?.grensjaar !== undefined ? String(i.grensjaar) : "",
    aandeel: {},
    schijven: {},
    doelen: {},
    hardheid: i?.deal.hardheid ?? "ruim",
    kolommen: JSON.parse(JSON.stringify(i?.kolomToewijzing ?? {})),
    gemeentePerBlad: { ...(i?.gemeentePerBlad ?? {}) },
  };
  for (const g of GEMEENTEN) {
    const inst = i?.deal.gemeenten[g];
    c.aandeel[g] = getalTekst(inst?.aandeel);
    c.schijven[g] = {};
    for (const j of JAREN) c.schijven[g][j] = getalTekst(inst?.jaarschijven?.[j]);
    c.doelen[g] = {
      socialeHuur: getalTekst(inst?.socialeHuur),
      middensegment: getalTekst(inst?.middensegment),
    };
  }
  return c;
}

/** A number field: undefined when empty, a number ≥ 0, or a Dutch error. */
function leesVeld(t: string): { ok: true; waarde?: number } | { ok: false; fout: string } {
  if (t.trim() === "") return { ok: true };
  const g = leesGetal(t);
  if (!g.ok) return { ok: false, fout: "Vul een getal in (bijvoorbeeld 1250)." };
  if (g.waarde < 0) return { ok: false, fout: "Vul een getal van 0 of meer in." };
  return { ok: true, waarde: g.waarde };
}

function dealUitConcept(c: Concept): DealInstellingen {
  const deal: DealInstellingen = {
    gemeenten: {},
    ...(c.hardheid === "streng" ? { hardheid: "streng" as const } : {}),
  };
  for (const g of GEMEENTEN) {
    const inst: GemeenteInstelling = {};
    for (const d of DOELEN) {
      const v = leesVeld(c.doelen[g][d]);
      if (v.ok && v.waarde !== undefined) inst[d] = v.waarde;
    }
    const a = leesVeld(c.aandeel[g]);
    if (a.ok && a.waarde !== undefined) inst.aandeel = a.waarde;
    for (const j of JAREN) {
      const v = leesVeld(c.schijven[g][j]);
      if (v.ok && v.waarde !== undefined) (inst.jaarschijven ??= {})[j] = v.waarde;
    }
    if (Object.keys(inst).length) deal.gemeenten[g] = inst;
  }
  return deal;
}

function fouten(c: Concept): Record<string, string> {
  const uit: Record<string, string> = {};
  if (c.peildatum && !/^\d{4}-\d{2}-\d{2}$/.test(c.peildatum))
    uit.peildatum = "Vul een datum in (dd-mm-jjjj).";
  for (const g of GEMEENTEN) {
    const a = leesVeld(c.aandeel[g]);
    if (!a.ok) uit[`aandeel:${g}`] = a.fout;
    for (const j of JAREN) {
      const v = leesVeld(c.schijven[g][j]);
      if (!v.ok) uit[`schijf:${g}:${j}`] = v.fout;
    }
    for (const d of DOELEN) {
      const v = leesVeld(c.doelen[g][d]);
      if (!v.ok) uit[`doel:${g}:${d}`] = v.fout;
    }
  }
  return uit;
}

export function uitConcept(c: Concept): WerkmapInstellingen {
  const kolommen = Object.fromEntries(
    Object.entries(c.kolommen).filter(([, m]) => Object.keys(m).length > 0)
  );
  return {
    deal: dealUitConcept(c),
    ...(c.peildatum ? { peildatum: c.peildatum } : {}),
    ...(c.grensjaar ? { grensjaar: Number(c.grensjaar) } : {}),
    ...(Object.keys(kolommen).length ? { kolomToewijzing: kolommen } : {}),
    ...(Object.keys(c.gemeentePerBlad).length ? { gemeentePerBlad: c.gemeentePerBlad } : {}),
  };
}

const useStyles = makeStyles({
  kolom: { display: "flex", flexDirection: "column", gap: "12px" },
  // A native select is as wide as its longest option; keep it inside a 320 px pane.
  keuzelijst: { minWidth: 0, maxWidth: "100%" },
  sectie: { display: "flex", flexDirection: "column", gap: "10px" },
  kop: { margin: 0 },
  kopFocus: { ...typographyStyles.subtitle2, margin: 0, ":focus": { outlineStyle: "none" } },
  uitleg: { color: tokens.colorNeutralForeground2 },
  raster: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: "6px" },
  rij: { display: "flex", gap: "8px", flexWrap: "wrap" },
  verborgen: { display: "none" },
  kolomRij: { display: "flex", flexDirection: "column", gap: "2px" },
  blad: { display: "flex", flexDirection: "column", gap: "8px", paddingBottom: "4px" },
  bladNaam: { fontWeight: tokens.fontWeightSemibold },
  opslaan: {
    position: "sticky",
    bottom: 0,
    paddingTop: "8px",
    paddingBottom: "8px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
});

export interface InstellingenProps {
  /** The stored settings; the form starts from these (render it once they are loaded). */
  instellingen: WerkmapInstellingen;
  bladen: BladInfo[];
  rapport: Rapport | null;
  onSave: (instellingen: WerkmapInstellingen) => Promise<void>;
  onCheck: () => void;
  /** Section to scroll to when the tab opens. */
  sectie?: Sectie;
}

/** A change to the draft: applied to a deep copy. */
type Wijzig = (f: (c: Concept) => void) => void;
type InstMelding = { soort: "succes" | "fout"; tekst: string } | null;

/** Props of the sections that edit the draft. */
interface ConceptProps {
  c: Concept;
  wijzig: Wijzig;
  foutVan: (k: string) => string | undefined;
}

/** The heading of `sectie` scrolls into view and gets focus when the tab opens on it. */
function useSectieFocus(sectie: Sectie | undefined) {
  const bijlage3Ref = React.useRef<HTMLHeadingElement>(null);
  const kolommenRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    const el =
      sectie === "bijlage3"
        ? bijlage3Ref.current
        : sectie === "kolommen"
          ? kolommenRef.current
          : null;
    if (el) {
      el.scrollIntoView?.({ block: "start" });
      el.focus();
    }
  }, [sectie]);
  return { bijlage3Ref, kolommenRef };
}

/** Importing bijlage 3 from a JSON file into the draft (saved only with Opslaan). */
function useImport(wijzig: Wijzig) {
  const [importMelding, setImportMelding] = React.useState<InstMelding>(null);
  async function importeer(e: React.ChangeEvent<HTMLInputElement>) {
    const bestand = e.target.files?.[0];
    e.target.value = "";
    if (!bestand) return;
    let json: unknown;
    try {
      json = JSON.parse(await leesTekst(bestand));
    } catch {
      setImportMelding({ soort: "fout", tekst: `${bestand.name} is geen geldig JSON-bestand.` });
      return;
    }
    try {
      const gelezen = leesInstellingen(json);
      wijzig((n) => {
        for (const g of GEMEENTEN) {
          const inst = gelezen.gemeenten[g];
          n.aandeel[g] = getalTekst(inst?.aandeel);
          for (const j of JAREN) n.schijven[g][j] = getalTekst(inst?.jaarschijven?.[j]);
          for (const d of DOELEN) n.doelen[g][d] = getalTekst(inst?.[d]);
        }
        if (gelezen.hardheid) n.hardheid = gelezen.hardheid;
      });
      setImportMelding({
        soort: "succes",
        tekst: `Bijlage 3 uit ${bestand.name} overgenomen. Klik op Opslaan om het in de werkmap te bewaren.`,
      });
    } catch (err) {
      setImportMelding({
        soort: "fout",
        tekst: `${bestand.name}: ${foutmelding(err, "Importeren")}`,
      });
    }
  }
  return { importMelding, importeer };
}

/** Saving the draft, unless a field has an error. */
function useOpslaan(c: Concept, fout: Record<string, string>, onSave: InstellingenProps["onSave"]) {
  const [bezig, setBezig] = React.useState(false);
  const [melding, setMelding] = React.useState<InstMelding>(null);
  async function opslaan() {
    setMelding(null);
    if (Object.keys(fout).length) {
      setMelding({
        soort: "fout",
        tekst: "Niet opgeslagen: verbeter eerst de gemarkeerde velden.",
      });
      return;
    }
    setBezig(true);
    try {
      await onSave(uitConcept(c));
      setMelding({ soort: "succes", tekst: "Instellingen opgeslagen in deze werkmap." });
    } catch (err) {
      setMelding({ soort: "fout", tekst: foutmelding(err, "Opslaan") });
    } finally {
      setBezig(false);
    }
  }
  return { bezig, melding, opslaan };
}

/** The settings tab's state: the draft, its errors, import, saving and section focus. */
function useInstellingen({ instellingen, onSave, sectie }: InstellingenProps) {
  const [c, setC] = React.useState<Concept>(() => naarConcept(instellingen));
  const refs = useSectieFocus(sectie);
  const fout = fouten(c);
  const foutVan = (k: string): string | undefined => fout[k];
  const wijzig: Wijzig = (f) =>
    setC((oud) => {
      const nieuw: Concept = JSON.parse(JSON.stringify(oud));
      f(nieuw);
      return nieuw;
    });
  return { c, wijzig, foutVan, ...refs, ...useImport(wijzig), ...useOpslaan(c, fout, onSave) };
}

export function Instellingen(p: InstellingenProps) {
  const s = useStyles();
  const st = useInstellingen(p);
  const { c, wijzig, foutVan } = st;
  const bladNamen = [
    ...new Set([...p.bladen.map((b) => b.naam), ...(p.rapport?.bladen.map((b) => b.naam) ?? [])]),
  ];
  return (
    <div className={s.kolom}>
      <ToetsingSectie c={c} wijzig={wijzig} foutVan={foutVan} />
      <Divider />
      <Bijlage3Sectie
        c={c}
        wijzig={wijzig}
        foutVan={foutVan}
        kopRef={st.bijlage3Ref}
        importMelding={st.importMelding}
        onImporteer={st.importeer}
      />
      <Divider />
      <section className={s.sectie} aria-labelledby="inst-kolommen">
        <h3 id="inst-kolommen" className={s.kopFocus} ref={st.kolommenRef} tabIndex={-1}>
          Kolommen toewijzen
        </h3>
        {!p.rapport ? (
          <Caption1 className={s.uitleg}>
            Controleer eerst een planlijst; daarna ziet u hier per kolom wat de controle heeft
            herkend en kunt u kolommen zelf toewijzen.
          </Caption1>
        ) : (
          p.rapport.bladen.map((b) => (
            <Kolomtoewijzing
              key={b.naam}
              blad={b}
              toewijzing={c.kolommen[b.naam] ?? {}}
              onWijzig={(letters, veld) =>
                wijzig((n) => {
                  const m = (n.kolommen[b.naam] ??= {});
                  if (veld === undefined) delete m[letters];
                  else m[letters] = veld;
                })
              }
            />
          ))
        )}
      </section>
      <Divider />
      <GemeentePerBladSectie c={c} wijzig={wijzig} bladNamen={bladNamen} />
      <div className={s.opslaan}>
        {st.melding && (
          <MessageBar intent={st.melding.soort === "fout" ? "error" : "success"} layout="multiline">
            <MessageBarBody>{st.melding.tekst}</MessageBarBody>
            {st.melding.soort === "succes" && (
              <MessageBarActions>
                <Button size="small" onClick={p.onCheck}>
                  Nu controleren
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={st.opslaan}
          disabled={st.bezig}
        >
          {st.bezig ? "Bezig met opslaan…" : "Opslaan"}
        </Button>
      </div>
    </div>
  );
}

/** Peildatum, price limits and what counts as hard capacity. */
function ToetsingSectie({ c, wijzig, foutVan }: ConceptProps) {
  const s = useStyles();
  const grenzen = prijsgrenzen(c.grensjaar ? Number(c.grensjaar) : undefined);
  return (
    <section className={s.sectie} aria-labelledby="inst-toets">
      <Subtitle2 as="h3" id="inst-toets" className={s.kop}>
        Toetsing
      </Subtitle2>
      <Field
        label="Peildatum"
        hint="Leeg: vandaag. Bepaalt welke termijnen al verstreken zijn (art. 4.9, 11.2)."
        validationMessage={foutVan("peildatum")}
      >
        <Input
          type="date"
          value={c.peildatum}
          onChange={(_e, d) => wijzig((n) => (n.peildatum = d.value))}
        />
      </Field>
      <Field
        label="Prijsgrenzen"
        hint={zonderAfbreking(
          `Betaalbare koop tot ${euro(grenzen.koop)}; sociale huur tot ${c.grensjaar ? euro(grenzen.socialeHuur) : "de liberalisatiegrens van het opleverjaar (de woondeal legt die niet vast)"}; middenhuur tot ${euro(grenzen.huur)} per maand.`
        )}
      >
        <Select
          className={s.keuzelijst}
          value={c.grensjaar}
          onChange={(_e, d) => wijzig((n) => (n.grensjaar = d.value))}
        >
          <option value="">Woondeal (peildatum 1 januari 2022)</option>
          {GRENSJAREN.map((j) => (
            <option key={j} value={String(j)}>
              Landelijke grenzen van {j}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Harde plancapaciteit"
        hint={zonderAfbreking(
          "De woondeal definieert hard niet; art. 1h: opharden is de uitwerking zodat omgevingsvergunningen kunnen worden verleend. Ruim: 1A–2C hard, zoals de landelijke monitoring van plancapaciteit; 3, 4A en 4B zacht. Streng: alleen 1A en 2A (zonder uitwerkingsplicht of wijzigingsbevoegdheid). Vergund, in aanbouw en opgeleverd zijn altijd hard."
        )}
      >
        <Select
          className={s.keuzelijst}
          value={c.hardheid}
          onChange={(_e, d) =>
            wijzig((n) => (n.hardheid = d.value === "streng" ? "streng" : "ruim"))
          }
        >
          <option value="ruim">Ruim: 1A–2C hard</option>
          <option value="streng">Streng: alleen 1A en 2A hard</option>
        </Select>
      </Field>
    </section>
  );
}

/** Bijlage 3: the aandeel per gemeente with their sum, year columns and targets, import. */
function Bijlage3Sectie(
  p: ConceptProps & {
    kopRef: React.RefObject<HTMLHeadingElement>;
    importMelding: InstMelding;
    onImporteer: (e: React.ChangeEvent<HTMLInputElement>) => void;
  }
) {
  const s = useStyles();
  const { c, wijzig, foutVan } = p;
  const bestandRef = React.useRef<HTMLInputElement>(null);
  const deal = dealUitConcept(c);
  return (
    <section className={s.sectie} aria-labelledby="inst-bijlage3">
      <h3 id="inst-bijlage3" className={s.kopFocus} ref={p.kopRef} tabIndex={-1}>
        Bijlage 3: gemeentelijke aandelen
      </h3>
      <Caption1 className={s.uitleg}>
        Netto woningen 2022–2030 per gemeente (art. 1c). Bijlage 3 is niet openbaar: vul de cijfers
        in die de provincie heeft verdeeld. Zonder aandeel telt de som van de jaarschijven.
      </Caption1>
      {GEMEENTEN.map((g) => (
        <Field key={g} label={`Aandeel ${g}`} validationMessage={foutVan(`aandeel:${g}`)}>
          <Input
            inputMode="decimal"
            value={c.aandeel[g]}
            onChange={(_e, d) => wijzig((n) => (n.aandeel[g] = d.value))}
            contentAfter={<Caption1>woningen</Caption1>}
          />
        </Field>
      ))}
      <AandelenSom deal={deal} />
      <Accordion multiple collapsible>
        {GEMEENTEN.map((g) => (
          <Jaarschijven key={g} g={g} deal={deal} c={c} wijzig={wijzig} foutVan={foutVan} />
        ))}
      </Accordion>
      <div className={s.rij}>
        <Button
          size="small"
          icon={<ArrowUploadRegular />}
          onClick={() => bestandRef.current?.click()}
        >
          Importeren uit JSON-bestand
        </Button>
        <input
          ref={bestandRef}
          className={s.verborgen}
          type="file"
          accept=".json,application/json"
          aria-label="JSON-bestand met instellingen"
          data-testid="instellingen-bestand"
          onChange={p.onImporteer}
        />
      </div>
      {p.importMelding && (
        <MessageBar
          intent={p.importMelding.soort === "fout" ? "error" : "success"}
          layout="multiline"
        >
          <MessageBarBody>{p.importMelding.tekst}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The sum of the aandelen against the region's task (art. 3.2). */
function AandelenSom({ deal }: { deal: DealInstellingen }) {
  const { ingevuld, som, regio, tekort } = aandelenStand(deal);
  return (
    <MessageBar
      intent={ingevuld < GEMEENTEN.length ? "info" : tekort ? "warning" : "success"}
      layout="multiline"
      aria-live="polite"
    >
      <MessageBarBody>
        <MessageBarTitle>
          Som {aantal(som)} van ten minste {aantal(regio)}
        </MessageBarTitle>
        {ingevuld < GEMEENTEN.length
          ? `${ingevuld} van de ${GEMEENTEN.length} aandelen ingevuld.`
          : tekort
            ? `De aandelen tellen op tot minder dan de versnellingsopgave van ${aantal(regio)} (art. 3.2).`
            : "De aandelen dekken samen de versnellingsopgave (art. 3.2)."}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A gemeente's year columns and targets (social rent, middle segment), in an accordion item. */
function Jaarschijven({
  g,
  deal,
  c,
  wijzig,
  foutVan,
}: ConceptProps & { g: GemeenteNaam; deal: DealInstellingen }) {
  const s = useStyles();
  const schijfSom = JAREN.reduce((t, j) => t + (deal.gemeenten[g]?.jaarschijven?.[j] ?? 0), 0);
  return (
    <AccordionItem value={g}>
      <AccordionHeader size="small">
        Jaarschijven {g}
        {schijfSom ? ` (som ${aantal(schijfSom)})` : ""}
      </AccordionHeader>
      <AccordionPanel>
        <div className={s.raster}>
          {JAREN.map((j) => (
            <Field
              key={j}
              label={String(j)}
              size="small"
              validationMessage={foutVan(`schijf:${g}:${j}`)}
            >
              <Input
                size="small"
                inputMode="decimal"
                aria-label={`Jaarschijf ${j} ${g}`}
                value={c.schijven[g][j]}
                onChange={(_e, d) => wijzig((n) => (n.schijven[g][j] = d.value))}
              />
            </Field>
          ))}
        </div>
        <Caption1 className={s.uitleg}>
          Aantallen voor {g} uit bijlage 3 of de prestatieafspraken (art. 6), netto 2022–2030;
          ingevuld worden ze getoetst.
        </Caption1>
        <div className={s.rij}>
          {DOELEN.map((d) => (
            <Field
              key={d}
              label={DOEL_LABEL[d]}
              size="small"
              validationMessage={foutVan(`doel:${g}:${d}`)}
            >
              <Input
                size="small"
                inputMode="decimal"
                aria-label={`${DOEL_LABEL[d]} ${g}`}
                value={c.doelen[g][d]}
                onChange={(_e, v) => wijzig((n) => (n.doelen[g][d] = v.value))}
              />
            </Field>
          ))}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** The gemeente of a sheet without a Gemeente column. */
function GemeentePerBladSectie({
  c,
  wijzig,
  bladNamen,
}: Omit<ConceptProps, "foutVan"> & { bladNamen: string[] }) {
  const s = useStyles();
  return (
    <section className={s.sectie} aria-labelledby="inst-gemeente">
      <Subtitle2 as="h3" id="inst-gemeente" className={s.kop}>
        Gemeente per blad
      </Subtitle2>
      <Caption1 className={s.uitleg}>
        Voor een blad zonder kolom Gemeente. Automatisch: uit de bladnaam of de titel boven de
        kopregel.
      </Caption1>
      {bladNamen.length === 0 && <Body1>Geen bladen gevonden.</Body1>}
      {bladNamen.map((naam) => (
        <Field key={naam} label={`Blad ${naam}`}>
          <Select
            className={s.keuzelijst}
            value={c.gemeentePerBlad[naam] ?? ""}
            onChange={(_e, d) =>
              wijzig((n) => {
                if (d.value) n.gemeentePerBlad[naam] = d.value as GemeenteNaam;
                else delete n.gemeentePerBlad[naam];
              })
            }
          >
            <option value="">Automatisch</option>
            {GEMEENTEN.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </section>
  );
}

interface KolomtoewijzingProps {
  blad: PlanlijstBlad;
  toewijzing: Record<string, Veld | null>;
  onWijzig: (letters: string, veld: Veld | null | undefined) => void;
}

/** The field a column is most likely meant as, by what its content looks like. */
const VOORSTEL: Record<InhoudSoort, Veld> = {
  prijzen: "prijs",
  aantallen: "bruto",
  jaartallen: "opleverjaar",
  planstatussen: "planstatus",
  gemeenten: "gemeente",
};

/** A column of the header row: what the check recognised, and a suggested field. */
interface KolomRij {
  letters: string;
  kop: string;
  herkend?: string;
  uitleg?: string;
  voorstel?: Veld;
}

/** Every column with a header (used, recognised but unused, unknown), left to right. */
function kolomRijen(blad: PlanlijstBlad): KolomRij[] {
  return [
    ...blad.kolommen.map((k) => ({
      letters: k.letters,
      kop: k.kop,
      herkend: k.handmatig ? undefined : betekenisLabel(k.betekenis),
      uitleg: k.zekerheid && k.zekerheid !== "zeker" ? `Herkend omdat ${k.waarom}.` : undefined,
      voorstel: undefined as Veld | undefined,
    })),
    ...(blad.overigeKoppen ?? []).map((k) => ({
      letters: k.kolom,
      kop: k.kop,
      herkend: `niet gebruikt (${k.wat})`,
      uitleg: undefined as string | undefined,
      voorstel: undefined as Veld | undefined,
    })),
    ...blad.onbekendeKoppen.map((k) => ({
      letters: k.kolom,
      kop: k.kop,
      herkend: undefined as string | undefined,
      uitleg: k.lijkt ? `Lijkt ${INHOUD_LABEL[k.lijkt]} te bevatten.` : undefined,
      voorstel: k.lijkt ? VOORSTEL[k.lijkt] : undefined,
    })),
  ].sort((a, b) => kolomIndex(a.letters) - kolomIndex(b.letters));
}

function Kolomtoewijzing({ blad, toewijzing, onWijzig }: KolomtoewijzingProps) {
  const s = useStyles();
  const [alles, setAlles] = React.useState(false);
  if (blad.kopRij === undefined) {
    return (
      <div className={s.blad}>
        <Body1 className={s.bladNaam}>Blad {blad.naam}</Body1>
        <Caption1 className={s.uitleg}>
          {blad.reden ? `${hoofdletter(blad.reden)}. ` : ""}
          Toewijzen kan zodra de controle een kopregel vindt: zorg dat ten minste twee kolomkoppen
          herkenbaar zijn, bijvoorbeeld Projectnaam en Aantal woningen.
        </Caption1>
      </div>
    );
  }
  const kolommen = kolomRijen(blad);
  const zichtbaar = kolommen.filter((k) => alles || !k.herkend || k.letters in toewijzing);
  return (
    <div className={s.blad}>
      <Body1 className={s.bladNaam}>
        Blad {blad.naam} (kopregel {blad.kopRij})
      </Body1>
      {blad.indeling && (
        <Caption1 className={s.uitleg}>Herkend als: {blad.indeling.naam}.</Caption1>
      )}
      {!blad.isPlanlijst && blad.reden && (
        <Caption1 className={s.uitleg}>{hoofdletter(blad.reden)}.</Caption1>
      )}
      <Caption1 className={s.uitleg}>
        {blad.onbekendeKoppen.length
          ? `${blad.onbekendeKoppen.length} ${blad.onbekendeKoppen.length === 1 ? "kolom is" : "kolommen zijn"} niet herkend.`
          : "Alle kolommen zijn herkend."}
      </Caption1>
      {zichtbaar.map((k) => (
        <KolomKeuze key={k.letters} k={k} toewijzing={toewijzing} onWijzig={onWijzig} />
      ))}
      {kolommen.some((k) => k.herkend) && (
        <Checkbox
          checked={alles}
          onChange={(_e, d) => setAlles(Boolean(d.checked))}
          label={`Toon ook de herkende kolommen (${kolommen.filter((k) => k.herkend).length})`}
        />
      )}
    </div>
  );
}

/** The field of one column (automatic, a field, or ignore), and its suggestion as a button. */
function KolomKeuze({
  k,
  toewijzing,
  onWijzig,
}: { k: KolomRij } & Omit<KolomtoewijzingProps, "blad">) {
  const s = useStyles();
  const waarde =
    k.letters in toewijzing
      ? toewijzing[k.letters] === null
        ? NEGEER
        : (toewijzing[k.letters] as string)
      : "";
  return (
    <>
      <Field label={`${k.letters}: ${k.kop || "(geen kop)"}`} size="small" hint={k.uitleg}>
        <Select
          className={s.keuzelijst}
          size="small"
          value={waarde}
          onChange={(_e, d) =>
            onWijzig(
              k.letters,
              d.value === "" ? undefined : d.value === NEGEER ? null : (d.value as Veld)
            )
          }
        >
          <option value="">
            {k.herkend ? `Automatisch: ${k.herkend}` : "Automatisch: niet herkend"}
          </option>
          {VELDEN.map((v) => (
            <option key={v} value={v}>
              {VELD_LABEL[v]}
            </option>
          ))}
          <option value={NEGEER}>Negeren</option>
        </Select>
      </Field>
      {k.voorstel && !(k.letters in toewijzing) && (
        <Button size="small" onClick={() => onWijzig(k.letters, k.voorstel)}>
          Koppel als {VELD_LABEL[k.voorstel]}
        </Button>
      )}
    </>
  );
}

/** The text of a chosen file (FileReader: older Office web views lack Blob.text). */
function leesTekst(bestand: File): Promise<string> {
  return new Promise((klaar, mislukt) => {
    const lezer = new FileReader();
    lezer.onload = () => klaar(String(lezer.result ?? ""));
    lezer.onerror = () => mislukt(lezer.error);
    lezer.readAsText(bestand, "utf-8");
  });
}

function hoofdletter(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}
