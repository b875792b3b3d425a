/**
 * Runs the Office.js contracts (../contract/contracten.ts) one after the other over a `run`
 * and turns each outcome into a result record for office-addin-test-server. No Office.js,
 * Node or jest here: the test page (taskpane.ts) calls it with `Excel.run`.
 */
import { CONTRACTEN, Contract, Run } from "../contract/contracten";

/** What the page posts, in the shape of Microsoft's test templates (resultName/Value/expected). */
export interface Resultaat {
  resultName: string;
  resultValue: unknown;
  expectedValue: unknown;
}

/** The value a passed contract reports. */
export const GESLAAGD = "geslaagd";
/** The name of the first record: where the contracts ran (host, platform, version, count). */
export const OMGEVING = "omgeving";
/** The name of a record that reports a failure outside the contracts (as the templates do). */
export const TESTFOUT = "test-error";

/**
 * The error text of a failed contract, short enough that eight of them fit in the results
 * URL (office-addin-test-helpers sends them as a query parameter; Node allows 16 KB).
 */
export function foutTekst(e: unknown): string {
  const f = e as { code?: string; message?: string; name?: string } | undefined;
  const delen = [
    f?.name && f.name !== "Error" ? f.name : "",
    f?.code ?? "",
    f?.message ?? String(e),
  ];
  const tekst = delen.filter(Boolean).join(": ");
  return tekst.length > 300 ? `${tekst.slice(0, 300)}…` : tekst;
}

/**
 * Runs every contract (a failure does not stop the rest) and returns one record per contract:
 * `resultValue` is GESLAAGD or the error text; `expectedValue` is always GESLAAGD.
 * `gedaan` is called after each contract (the page shows progress).
 */
export async function voerContractenUit(
  run: Run,
  contracten: Contract[] = CONTRACTEN,
  gedaan: (r: Resultaat) => void = () => undefined
): Promise<Resultaat[]> {
  const uit: Resultaat[] = [];
  for (const contract of contracten) {
    let uitkomst: string;
    try {
      await contract.test(run);
      uitkomst = GESLAAGD;
    } catch (e) {
      uitkomst = foutTekst(e);
    }
    const r = { resultName: contract.naam, resultValue: uitkomst, expectedValue: GESLAAGD };
    uit.push(r);
    gedaan(r);
  }
  return uit;
}
