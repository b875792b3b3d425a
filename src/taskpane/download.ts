/**
 * Getting a file out of the task pane. A browser download (Blob + temporary anchor) works in
 * Excel on the web and on Windows; the web views of Excel for Mac and iPad block it without
 * any error, so there the pane copies the text to the clipboard instead (and the report
 * sheet stays available), and never says a file was downloaded.
 */
export type Download = (bestandsnaam: string, inhoud: string, type: string) => void;
export type Kopieer = (tekst: string) => Promise<void>;

export const downloadBestand: Download = (bestandsnaam, inhoud, type) => {
  const blob = new Blob([inhoud], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = bestandsnaam;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
};

/**
 * Whether the host's web view lets the pane download a file (Office.context.platform):
 * not in Excel for Mac ("Mac") or iPad ("iOS"); unknown hosts are assumed to allow it.
 */
export function downloadsMogelijk(platform: string | null | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS";
}

/** Copies text to the clipboard: the Clipboard API, else a selected textarea and "copy". */
export const kopieerNaarKlembord: Kopieer = async (tekst) => {
  try {
    await navigator.clipboard.writeText(tekst);
    return;
  } catch {
    // Not allowed in this web view (no permission or no secure context): the old way.
  }
  const veld = document.createElement("textarea");
  veld.value = tekst;
  veld.setAttribute("readonly", "");
  veld.style.position = "fixed";
  veld.style.opacity = "0";
  document.body.appendChild(veld);
  veld.select();
  const gelukt = document.execCommand("copy");
  veld.remove();
  if (!gelukt) throw new Error("Kopiëren naar het klembord is hier niet toegestaan.");
};
