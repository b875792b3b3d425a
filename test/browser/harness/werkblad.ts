/**
 * The demo's stand-in for the Excel grid: shows the active sheet of the fake workbook beside
 * the pane, with the add-in's marks (conditional-format fills), the selected cell, sheet
 * tabs, and editable cells (an edit fires the sheet's onChanged, as typing in Excel does).
 * Plain DOM; test and demo only.
 */
import { FakeExcel, Waarde, kolomNaam, leesGebied } from "../../fakes/excel";

const MAX_RIJEN = 200;
const MAX_KOLOMMEN = 30;

function stijl(el: HTMLElement, css: Partial<CSSStyleDeclaration>) {
  Object.assign(el.style, css);
}

/** "12", "12,5", "-3" → number; anything else stays text; empty → null. */
function invoerWaarde(tekst: string): Waarde | null {
  const t = tekst.trim();
  if (t === "") return null;
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return t;
}

function inGebied(adres: string, r: number, c: number): boolean {
  const g = leesGebied(adres);
  return r >= g.r && r < g.r + g.rijen && c >= g.c && c < g.c + g.kolommen;
}

export function toonWerkblad(fake: FakeExcel) {
  const wortel = document.getElementById("werkblad");
  if (!wortel) return;
  wortel.hidden = false;
  document.body.classList.add("met-werkblad");
  let vorige = "";

  function teken() {
    const blad = fake.zoekBlad(fake.model.actiefBlad) ?? fake.model.bladen[0];
    if (!blad) return;
    const handtekening = JSON.stringify([
      fake.model.actiefBlad,
      fake.model.selectie,
      blad.cellen,
      blad.voorwaardelijkeOpmaak,
      fake.model.bladen.map((b) => b.naam),
    ]);
    if (
      handtekening === vorige ||
      (wortel!.contains(document.activeElement) && document.activeElement?.tagName === "TD")
    )
      return;
    vorige = handtekening;
    wortel!.replaceChildren();

    const tabel = document.createElement("table");
    stijl(tabel, {
      borderCollapse: "collapse",
      fontSize: "12px",
      fontFamily: "Segoe UI, system-ui, sans-serif",
    });
    const rijen = Math.min(
      MAX_RIJEN,
      Math.max(30, ...Object.keys(blad.cellen).map((r) => Number(r) + 2))
    );
    const kolommen = Math.min(
      MAX_KOLOMMEN,
      Math.max(
        12,
        ...Object.values(blad.cellen).flatMap((rij) => Object.keys(rij).map((c) => Number(c) + 2))
      )
    );
    const kop = tabel.insertRow();
    kop.appendChild(document.createElement("th"));
    for (let c = 0; c < kolommen; c++) {
      const th = document.createElement("th");
      th.textContent = kolomNaam(c);
      stijl(th, {
        background: "#f3f2f1",
        border: "1px solid #e1dfdd",
        padding: "2px 6px",
        fontWeight: "400",
        color: "#605e5c",
      });
      kop.appendChild(th);
    }
    const selectie =
      fake.model.selectie?.blad === blad.naam ? fake.model.selectie.adres : undefined;
    for (let r = 0; r < rijen; r++) {
      const tr = tabel.insertRow();
      const th = document.createElement("th");
      th.textContent = String(r + 1);
      stijl(th, {
        background: "#f3f2f1",
        border: "1px solid #e1dfdd",
        padding: "2px 6px",
        fontWeight: "400",
        color: "#605e5c",
      });
      tr.appendChild(th);
      for (let c = 0; c < kolommen; c++) {
        const td = tr.insertCell();
        const cel = blad.cellen[r]?.[c];
        td.textContent = cel?.waarde === undefined ? "" : String(cel.waarde);
        td.contentEditable = "true";
        const adres = `${kolomNaam(c)}${r + 1}`;
        td.dataset.adres = adres;
        stijl(td, {
          border: "1px solid #e1dfdd",
          padding: "2px 6px",
          whiteSpace: "nowrap",
          maxWidth: "220px",
          overflow: "hidden",
          textOverflow: "ellipsis",
        });
        const mark = blad.voorwaardelijkeOpmaak.find((v) =>
          v.bereiken.some((b) => inGebied(b, r, c))
        );
        if (mark?.opmaak.vulling) td.style.background = mark.opmaak.vulling;
        if (mark?.opmaak.letterkleur) td.style.color = mark.opmaak.letterkleur;
        if (selectie && selectie.split(",").some((a) => inGebied(a, r, c)))
          td.style.outline = "2px solid #107c41";
        const oud = td.textContent;
        td.addEventListener("blur", () => {
          if ((td.textContent ?? "") === oud) return;
          void fake.bewerk(blad.naam, adres, [[invoerWaarde(td.textContent ?? "")]]);
        });
        td.addEventListener("keydown", (e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            td.blur();
          }
        });
      }
    }
    const tabs = document.createElement("div");
    stijl(tabs, { display: "flex", gap: "2px", padding: "6px 0", position: "sticky", left: "0" });
    for (const b of fake.model.bladen.filter((x) => x.zichtbaarheid === "Visible")) {
      const knop = document.createElement("button");
      knop.textContent = b.naam;
      knop.type = "button";
      stijl(knop, {
        border: "1px solid #e1dfdd",
        background: b.naam === blad.naam ? "#ffffff" : "#f3f2f1",
        fontWeight: b.naam === blad.naam ? "600" : "400",
        color: b.naam === blad.naam ? "#107c41" : "#323130",
        padding: "4px 10px",
        cursor: "pointer",
      });
      knop.addEventListener("click", () => {
        fake.model.actiefBlad = b.naam;
        teken();
      });
      tabs.appendChild(knop);
    }
    wortel!.append(tabs, tabel);
  }

  teken();
  setInterval(teken, 400);
}
