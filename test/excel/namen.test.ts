/** The sheets the add-in writes into a workbook: valid Excel names that never clash with each other. */
import {
  RAPPORTBLAD,
  SAMENVATTINGSBLADEN,
  VERGELIJKINGSBLADEN,
  isEigenBlad,
} from "../../src/excel/namen";

const ALLE = [RAPPORTBLAD, ...Object.values(SAMENVATTINGSBLADEN), ...VERGELIJKINGSBLADEN];

test("every own sheet name fits Excel (at most 31 characters, no : \\ / ? * [ ])", () => {
  for (const naam of ALLE) {
    expect(naam.length).toBeLessThanOrEqual(31);
    expect(naam).not.toMatch(/[:\\/?*[\]]/);
  }
});

test("no two own sheets share a name, as Excel compares names (without case)", () => {
  // The summary's "Woondeal-bevindingen" and a comparison's findings sheet once clashed.
  const klein = ALLE.map((n) => n.toLowerCase());
  expect(new Set(klein).size).toBe(ALLE.length);
});

test("isEigenBlad knows every one of them, in any case, and no user sheet", () => {
  for (const naam of ALLE) {
    expect(isEigenBlad(naam)).toBe(true);
    expect(isEigenBlad(naam.toUpperCase())).toBe(true);
  }
  expect(isEigenBlad("Planlijst")).toBe(false);
  expect(isEigenBlad("Bevindingen")).toBe(false);
});
