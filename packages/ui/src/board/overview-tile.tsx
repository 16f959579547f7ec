import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Card from "@mui/material/Card";
import Link from "@mui/material/Link";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { alpha } from "@mui/material/styles";
import type { TLabel, TPaceLight } from "@qifu/domain";
import { toneColor, type Tone } from "../components/tone";
import { useUiLang } from "../ui-text";

/** A link that is either inside the board (react-router) or to another app of the platform (the console). */
export type TOverviewLink = { to: string; external?: boolean };

const linkProps = (link: TOverviewLink) => (link.external ? { href: link.to } : { component: RouterLink, to: link.to });

/**
 * A tile of the board's overview: a title, the scope its figures cover ("全区", "狮岭镇", "2026 年"),
 * a link to the page with the long tables, and compact content.
 */
export function OverviewCard({
  title,
  scope,
  more,
  action,
  children,
  testId,
}: {
  title: string;
  scope?: string;
  more?: TOverviewLink & { label: string };
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card sx={{ p: { xs: 1.5, sm: 2 } }} data-testid={testId}>
      <Box sx={{ display: "flex", alignItems: "center", columnGap: 1.5, rowGap: 1, mb: 1, flexWrap: "wrap" }}>
        {/* the title and its scope take the line; a selector wraps under them on a phone */}
        <Box sx={{ flex: "1 1 220px", minWidth: 0 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3, display: "inline", mr: 1 }}>
            {title}
          </Typography>
          {scope && (
            <Typography variant="caption" color="text.secondary">
              {scope}
            </Typography>
          )}
        </Box>
        {action}
        {more && (
          <Link {...linkProps(more)} variant="body2" underline="hover" sx={{ whiteSpace: "nowrap" }}>
            {more.label}
          </Link>
        )}
      </Box>
      {children}
    </Card>
  );
}

const LIGHT_TONE: Record<TPaceLight, Tone> = { ON_TRACK: "success", AT_RISK: "warning", BEHIND: "danger" };

/** A traffic light: a dot in its colour and its word (the colour is never the only signal). */
export function TrafficLight({ light, label }: { light: TPaceLight | null; label: TLabel }) {
  const lang = useUiLang();
  const color = toneColor[light ? LIGHT_TONE[light] : "default"];
  return (
    <Box
      component="span"
      sx={{
        display: "inline-flex",
        alignItems: "center",
        gap: 0.5,
        color,
        fontSize: 12,
        fontWeight: 600,
        whiteSpace: "nowrap",
        flexShrink: 0,
      }}
      data-light={light ?? "NONE"}
    >
      <Box
        component="span"
        sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: color, boxShadow: `0 0 0 3px ${alpha(color, 0.18)}` }}
      />
      {label[lang]}
    </Box>
  );
}

/**
 * One figure of the overview that opens its detail: the number large, its unit and label, an
 * optional line under it (the target, the scope) and an optional traffic light or tone.
 */
export function OverviewFigure({
  label,
  value,
  unit,
  note,
  light,
  tone,
  link,
  loading,
  testId,
}: {
  label: string;
  value: string;
  unit?: string;
  note?: string;
  light?: { light: TPaceLight | null; label: TLabel };
  tone?: Tone;
  link: TOverviewLink;
  loading?: boolean;
  testId?: string;
}) {
  const color = tone && tone !== "default" ? toneColor[tone] : "text.primary";
  return (
    <ButtonBase
      {...linkProps(link)}
      data-testid={testId}
      sx={{
        display: "flex",
        flexDirection: "column",
        alignItems: "stretch",
        textAlign: "left",
        width: "100%",
        height: "100%",
        p: 1.25,
        borderRadius: 1.5,
        border: 1,
        borderColor: "divider",
        bgcolor: "background.paper",
        "&:hover, &:focus-visible": { borderColor: "primary.main", bgcolor: (t) => alpha(t.palette.primary.main, 0.04) },
      }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ fontWeight: 500, lineHeight: 1.35, flex: 1, minWidth: 0 }}
          noWrap
          title={label}
        >
          {label}
        </Typography>
        {light && !loading && <TrafficLight {...light} />}
      </Box>
      {loading ? (
        <Skeleton width="60%" height={36} />
      ) : (
        <Box sx={{ display: "flex", alignItems: "baseline", gap: 0.5, my: 0.25 }}>
          <Typography component="span" sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2, color, fontVariantNumeric: "tabular-nums" }}>
            {value}
          </Typography>
          {unit && (
            <Typography component="span" variant="body2" color="text.secondary">
              {unit}
            </Typography>
          )}
        </Box>
      )}
      {note && (
        <Typography variant="caption" color="text.secondary" noWrap title={note} sx={{ minHeight: 18 }}>
          {note}
        </Typography>
      )}
    </ButtonBase>
  );
}
