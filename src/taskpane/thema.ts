/** The Fluent theme that matches Office's: dark when Office says so or its background is dark. */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export interface OfficeThema {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export function kiesThema(thema?: OfficeThema | null): Theme {
  if (!thema) return webLightTheme;
  if (typeof thema.isDarkTheme === "boolean")
    return thema.isDarkTheme ? webDarkTheme : webLightTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(thema.bodyBackgroundColor ?? "");
  if (!m) return webLightTheme;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}
