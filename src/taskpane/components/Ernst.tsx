/** The severity icon and badge, coloured as Office does for errors, warnings and information. */
import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { Ernst } from "../../rules";
import { telTekst } from "../weergave";

const useStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  warning: { color: tokens.colorStatusWarningForeground3, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export function ErnstIcoon({ ernst }: { ernst: Ernst }) {
  const s = useStyles();
  const Icoon =
    ernst === "error" ? ErrorCircle16Filled : ernst === "warning" ? Warning16Filled : Info16Filled;
  return <Icoon className={s[ernst]} aria-hidden="true" />;
}

const KLEUR: Record<Ernst, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function ErnstBadge({ ernst, n }: { ernst: Ernst; n: number }) {
  return (
    <Badge
      appearance={n > 0 ? "tint" : "outline"}
      color={n > 0 ? KLEUR[ernst] : "informative"}
      shape="rounded"
      size="medium"
      icon={<ErnstIcoonBadge ernst={ernst} />}
      data-ernst={ernst}
    >
      {telTekst(ernst, n)}
    </Badge>
  );
}

function ErnstIcoonBadge({ ernst }: { ernst: Ernst }) {
  const Icoon =
    ernst === "error" ? ErrorCircle16Filled : ernst === "warning" ? Warning16Filled : Info16Filled;
  return <Icoon aria-hidden="true" />;
}
