/** Offers text as a file download (Blob + temporary anchor). */
export type Download = (bestandsnaam: string, inhoud: string, type: string) => void;

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
