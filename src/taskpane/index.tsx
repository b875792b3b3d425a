/**
 * Task pane entry: when Office is ready, render the pane with the operations of
 * `src/excel` inside one FluentProvider whose theme follows Office's (light or dark).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { maakPaneActies } from "../excel";
import { App } from "./App";
import { downloadsMogelijk } from "./download";
import { OfficeThema, kiesThema } from "./thema";

function platform(): string | null {
  try {
    return (Office.context?.platform as unknown as string | undefined) ?? null;
  } catch {
    return null;
  }
}

function officeThema(): OfficeThema | null {
  try {
    return Office.context?.officeTheme ?? null;
  } catch {
    return null;
  }
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  document.body.style.margin = "0";
  createRoot(container).render(
    <FluentProvider theme={kiesThema(officeThema())} style={{ minHeight: "100vh" }}>
      <App acties={maakPaneActies()} kanDownloaden={downloadsMogelijk(platform())} />
    </FluentProvider>
  );
});
