/**
 * Excel.RequestContext over the fake: the queue of requests, `sync()` with its accounting
 * (request bytes measured as Office.js sends them, response bytes of what was loaded, the
 * 5 MB limit either way), protected sheets refusing writes, and the events Excel raises
 * after a sync: onChanged for the cells it wrote, the workbook's events for the sheets it
 * added, deleted or renamed and for the settings it changed.
 */
import type { BladModel, Rechthoek } from "../excel-model";
import { FakeWorksheet } from "./blad";
import type { BladZoeker } from "./blad";
import { FakeRange } from "./bereik";
import type { RangeDoel } from "./bereik";
import { FakeRangeAreas } from "./bereik-gebieden";
import type { GebiedenDoel } from "./cellen";
import { OfficeFout } from "./fout";
import type { WerkmapGebeurtenis, WerkmapVelden } from "./gebeurtenissen";
import { jsonBytes } from "./object";
import type { FakeObject } from "./object";
import type { FakeExcel } from "./werkmap";
import { FakeWorkbook } from "./werkboek";

export interface SyncVerslag {
  /** 1-based number of the sync on this fake. */
  nr: number;
  operaties: number;
  /** Estimated bytes sent to Excel (queued operations with their arguments). */
  aanvraagBytes: number;
  /** Bytes of everything loaded (JSON). */
  antwoordBytes: number;
  /** Addresses whose `values`/`formulas`/`text` were read in this sync. */
  gelezen: string[];
  fout?: string;
}

type Op = { uitvoeren: () => void; aanvraag: number; plaats: string; doel?: FakeObject };

/**
 * Request bytes of one operation the way Office.js sends it: an action
 * `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}` with its
 * arguments as JSON, plus, once per request, every object path it goes through
 * (`{"Id":…,"ObjectPathType":…,"Name":"getRanges","ParentObjectPathId":…,"ArgumentInfo":…}`
 * with its arguments, e.g. the address) and the action that instantiates it.
 */
const ACTIE_BYTES = 85;
const PAD_BYTES = 95 + 45;
function padBytes(o: FakeObject | undefined, gezien: Set<FakeObject>): number {
  let n = 0;
  for (let x = o; x && !gezien.has(x); x = x.pad?.ouder) {
    gezien.add(x);
    n += PAD_BYTES + (x.pad ? x.pad.naam.length + jsonBytes(x.pad.args) : 10);
  }
  return n;
}

/** Excel.RequestContext over the fake. */
export class FakeContext implements Pick<Excel.RequestContext, "sync" | "workbook"> {
  readonly fake: FakeExcel;
  readonly workbook: Excel.Workbook;
  readonly trackedObjects = { add() {}, remove() {} };
  /** Set when the Excel.run that owns this context has finished. */
  afgesloten = false;
  private rij: Op[] = [];
  private antwoord: { doel: Record<string, unknown>; waarden: Record<string, unknown> }[] = [];
  private antwoordBytes = 0;
  private gelezen: string[] = [];

  constructor(fake: FakeExcel) {
    this.fake = fake;
    this.workbook = new FakeWorkbook(this) as unknown as Excel.Workbook;
  }

  /*
   * Makers of ranges and sheets for the modules that cannot import their classes: the range
   * base (bereik-basis.ts) and what it builds (conditional formats). FakeRange and
   * FakeRangeAreas extend that base, and a class cannot extend a base whose module is still
   * loading; so no import cycle may run through the base, and these go through the context.
   */
  bereik(doel: () => RangeDoel): FakeRange {
    return new FakeRange(this, doel);
  }
  bereikGebieden(doel: () => GebiedenDoel | null): FakeRangeAreas {
    return new FakeRangeAreas(this, doel);
  }
  werkblad(zoek: BladZoeker): FakeWorksheet {
    return new FakeWorksheet(this, zoek);
  }

  get heeftWerk(): boolean {
    return this.rij.length > 0;
  }

  zetInRij(plaats: string, uitvoeren: () => void, aanvraag = 0, doel?: FakeObject) {
    if (this.afgesloten) {
      throw new OfficeFout(
        "InvalidObjectPath",
        `The object path '${plaats}' isn't working for what you're trying to do. (Object used after its Excel.run ended.)`,
        plaats
      );
    }
    this.rij.push({ uitvoeren, aanvraag: aanvraag + ACTIE_BYTES + plaats.length, plaats, doel });
  }

  private geraakt = new Map<BladModel, Rechthoek[]>();
  private werkmapGebeurd: [WerkmapGebeurtenis, WerkmapVelden][] = [];

  /** Refuses a change to a protected sheet (AccessDenied, as Excel does). */
  weigerBeveiligd(blad: BladModel, plaats: string) {
    if (blad.beveiligd) {
      throw new OfficeFout(
        "AccessDenied",
        "The cell or chart that you are trying to change is protected and therefore read-only.",
        plaats
      );
    }
  }

  /**
   * Called by every write while a sync runs, with the sheet and areas it changes: refuses
   * writes to a protected sheet and collects the areas for the change events Excel raises
   * after the sync. `inhoud`: values or formulas changed (else only formats, validation or
   * conditional formats: they raise onChanged only when `fake.wijzigingBijOpmaak`).
   */
  raak(blad: BladModel, gebieden: Rechthoek[], plaats: string, inhoud = true) {
    this.weigerBeveiligd(blad, plaats);
    if (!inhoud && !this.fake.wijzigingBijOpmaak) return;
    if (!this.geraakt.has(blad)) this.geraakt.set(blad, []);
    this.geraakt.get(blad)!.push(...gebieden);
  }

  /** Called while a sync runs by a change that raises a workbook-level event after the sync. */
  meldNaSync(soort: WerkmapGebeurtenis, velden: WerkmapVelden) {
    this.werkmapGebeurd.push([soort, velden]);
  }

  /** After a sync (also a failed one): the events of what it changed. */
  private meld() {
    this.fake.meldEigenWijzigingen(this.geraakt);
    this.fake.meldWerkmapGebeurtenissen(this.werkmapGebeurd);
    this.werkmapGebeurd = [];
  }

  /** Called by load operations while a sync runs. */
  lever(doel: Record<string, unknown>, waarden: Record<string, unknown>) {
    this.antwoord.push({ doel, waarden });
    this.antwoordBytes += jsonBytes(waarden);
  }

  leesMelding(adres: string) {
    this.gelezen.push(adres);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const rij = this.rij;
    this.rij = [];
    this.antwoord = [];
    this.antwoordBytes = 0;
    this.gelezen = [];
    const fake = this.fake;
    fake.syncs++;
    const verslag: SyncVerslag = {
      nr: fake.syncs,
      operaties: rij.length,
      aanvraagBytes: rij.reduce((n, o) => n + o.aanvraag, 0),
      antwoordBytes: 0,
      gelezen: [],
    };
    const gezien = new Set<FakeObject>();
    verslag.aanvraagBytes = rij.reduce((n, o) => n + o.aanvraag + padBytes(o.doel, gezien), 0);
    fake.syncLog.push(verslag);
    this.geraakt = new Map();
    this.werkmapGebeurd = [];
    await Promise.resolve();
    const limiet = fake.payloadLimiet;
    if (limiet && verslag.aanvraagBytes > limiet) {
      verslag.fout = "RequestPayloadSizeLimitExceeded";
      throw new OfficeFout(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    for (const op of rij) {
      try {
        op.uitvoeren();
      } catch (e) {
        verslag.antwoordBytes = this.antwoordBytes;
        verslag.gelezen = this.gelezen;
        const f =
          e instanceof OfficeFout
            ? e
            : new OfficeFout("GeneralException", (e as Error).message, op.plaats);
        verslag.fout = f.code;
        this.meld();
        throw f;
      }
    }
    verslag.antwoordBytes = this.antwoordBytes;
    verslag.gelezen = this.gelezen;
    if (limiet && this.antwoordBytes > limiet) {
      verslag.fout = "ResponsePayloadSizeLimitExceeded";
      throw new OfficeFout(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    for (const a of this.antwoord) Object.assign(a.doel, a.waarden);
    this.meld();
    return passThroughValue as T;
  }
}
