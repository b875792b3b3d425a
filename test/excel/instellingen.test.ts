import {
  InstellingenFout,
  bewaarWerkmapInstellingen,
  importeerInstellingen,
  leesWerkmapInstellingen,
} from "../../src/excel/instellingen";
import { INSTELLINGEN_SLEUTEL } from "../../src/excel/namen";
import { WerkmapInstellingen } from "../../src/excel/acties";
import { FakeExcel } from "../fakes/excel";

const VOORBEELD: WerkmapInstellingen = {
  deal: {
    gemeenten: {
      Emmen: { aandeel: 2000, jaarschijven: { 2023: 250, 2024: 250 } },
      Coevorden: { aandeel: 700 },
    },
  },
  peildatum: "2026-06-30",
  grensjaar: 2026,
  kolomToewijzing: { Planlijst: { D: "koopprijs", F: null } },
  gemeentePerBlad: { Planlijst: "Emmen" },
};

describe("settings stored in the workbook", () => {
  test("round-trip through the workbook's document settings, one sync each way", async () => {
    const fake = new FakeExcel();
    await bewaarWerkmapInstellingen(fake.context, VOORBEELD);
    expect(typeof fake.model.instellingen[INSTELLINGEN_SLEUTEL]).toBe("string");
    // A "saved and reopened" workbook: a new context over the same model.
    const gelezen = await leesWerkmapInstellingen(
      fake.nieuweContext() as unknown as Excel.RequestContext
    );
    expect(gelezen).toEqual(VOORBEELD);
    expect(fake.syncs).toBe(2);
  });

  test("a workbook without settings gives empty settings", async () => {
    const fake = new FakeExcel();
    expect(await leesWerkmapInstellingen(fake.context)).toEqual({ deal: { gemeenten: {} } });
  });

  test("the stored JSON is the CLI's file format", async () => {
    const fake = new FakeExcel();
    await bewaarWerkmapInstellingen(fake.context, VOORBEELD);
    const json = JSON.parse(fake.model.instellingen[INSTELLINGEN_SLEUTEL] as string);
    expect(json.gemeenten.Emmen).toEqual({
      aandeel: 2000,
      jaarschijven: { "2023": 250, "2024": 250 },
    });
  });

  test("invalid JSON in the workbook is refused with a Dutch message", async () => {
    const fake = new FakeExcel();
    fake.model.instellingen[INSTELLINGEN_SLEUTEL] = "{gemeenten: kapot";
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(InstellingenFout);
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(
      /De instellingen in deze werkmap zijn geen geldige JSON/
    );
  });

  test("invalid content is refused naming the offending key", async () => {
    const fake = new FakeExcel();
    fake.model.instellingen[INSTELLINGEN_SLEUTEL] = JSON.stringify({
      gemeenten: { Assen: { aandeel: 10 } },
    });
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(
      /Onbekende gemeente in instellingen: "Assen"/
    );
    fake.model.instellingen[INSTELLINGEN_SLEUTEL] = JSON.stringify({
      gemeenten: { Emmen: { aandeel: -3 } },
    });
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(
      /Emmen.aandeel: verwacht een getal van 0 of meer/
    );
    fake.model.instellingen[INSTELLINGEN_SLEUTEL] = JSON.stringify({
      gemeenten: {},
      kolomToewijzing: { Blad1: { D: "prijsje" } },
    });
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(/onbekend veld "prijsje"/);
    fake.model.instellingen[INSTELLINGEN_SLEUTEL] = JSON.stringify({
      gemeenten: {},
      peildatum: "30-06-2026",
    });
    await expect(leesWerkmapInstellingen(fake.context)).rejects.toThrow(/Instelling peildatum/);
  });

  test("saving invalid settings is refused and leaves the workbook alone", async () => {
    const fake = new FakeExcel();
    const fout = { deal: { gemeenten: { Emmen: { aandeel: Number.NaN } } } } as WerkmapInstellingen;
    await expect(bewaarWerkmapInstellingen(fake.context, fout)).rejects.toThrow(InstellingenFout);
    expect(fake.model.instellingen).toEqual({});
    expect(fake.syncs).toBe(0);
  });

  test("import of the CLI's settings file keeps the workbook's other fields", () => {
    const bestand = JSON.stringify({
      gemeenten: { "Aa & Hunze": { aandeel: 600 }, "Borger Odoorn": { aandeel: 500 } },
    });
    const nieuw = importeerInstellingen(bestand, VOORBEELD);
    expect(nieuw.deal.gemeenten).toEqual({
      "Aa en Hunze": { aandeel: 600 },
      "Borger-Odoorn": { aandeel: 500 },
    });
    expect(nieuw.peildatum).toBe("2026-06-30");
    expect(() => importeerInstellingen("niet json")).toThrow(
      /Het instellingenbestand is geen geldige JSON/
    );
  });
});

describe("hard/soft reading and segment targets in the workbook", () => {
  test("are stored and read back with the workbook", async () => {
    const fake = new FakeExcel();
    const inst: WerkmapInstellingen = {
      deal: { gemeenten: { Emmen: { socialeHuur: 400, middensegment: 150 } }, hardheid: "streng" },
    };
    await bewaarWerkmapInstellingen(fake.context, inst);
    expect(JSON.parse(fake.model.instellingen[INSTELLINGEN_SLEUTEL] as string)).toEqual({
      gemeenten: { Emmen: { socialeHuur: 400, middensegment: 150 } },
      hardheid: "streng",
    });
    expect(await leesWerkmapInstellingen(fake.context)).toEqual(inst);
  });
  test("an unknown reading is refused with a Dutch message", () => {
    expect(() => importeerInstellingen('{"hardheid": "heel hard"}')).toThrow(
      'Instelling hardheid: kies "ruim" (1A–2C hard) of "streng" (alleen 1A en 2A hard), niet "heel hard".'
    );
  });
});
