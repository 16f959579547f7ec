import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Chip from "@mui/material/Chip";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { alpha } from "@mui/material/styles";
import { NodeKind, TownKind, type TNodeKind } from "@qifu/domain";
import { formatNumber, qifuPalette } from "@qifu/ui";
import type { TPublicOverview } from "../schemas";
import { useNetworkPublic } from "./context";
import { kindColor, mainKinds, shortKind } from "./kind-style";
import { directoryHref, paths } from "./paths";

/** Kinds that make up the "N": everything but the centre and the town units. */
const N_KINDS = NodeKind.values.filter((k) => k !== "DISTRICT_CENTRE" && k !== "TOWN_UNIT");

/**
 * The 1+12+N network as three tiers: the district centre, the 12 town units (each a link to the
 * directory filtered by that town), and the N nodes summarised by kind. A grid, so it reflows on phones.
 */
export function NetworkDiagram({ overview, loading }: { overview?: TPublicOverview; loading?: boolean }) {
  const { t, lang } = useNetworkPublic();
  const centre = overview?.districtCentre;
  const nKinds = (overview?.byKind ?? []).filter((k) => (N_KINDS as string[]).includes(k.key) && k.count > 0);
  const nTotal = nKinds.reduce((s, k) => s + k.count, 0);

  return (
    <Box sx={{ display: "flex", flexDirection: "column", alignItems: "stretch" }}>
      {/* 1 */}
      <Tier
        badge="1"
        title={t.tierOne}
        hint={t.tierOneHint}
        sx={{ alignSelf: "center", width: { xs: "100%", sm: "auto" }, minWidth: { sm: 420 } }}
      >
        {loading ? (
          <Skeleton width="80%" />
        ) : centre ? (
          <ButtonBase component={RouterLink} to={paths.node(centre.id)} sx={linkSx}>
            <Typography sx={{ fontWeight: 600 }}>{centre.name}</Typography>
          </ButtonBase>
        ) : null}
      </Tier>
      <Connector />
      {/* 12 */}
      <Tier badge={loading ? "12" : String(overview?.towns.length ?? 12)} title={t.tierTwelve} hint={t.diagramSubtitle} dashed>
        <Box
          component="ul"
          sx={{
            listStyle: "none",
            m: 0,
            p: 0,
            mt: 1.5,
            display: "grid",
            gap: { xs: 1, sm: 1.5 },
            gridTemplateColumns: {
              xs: "repeat(2, minmax(0, 1fr))",
              sm: "repeat(3, minmax(0, 1fr))",
              md: "repeat(4, minmax(0, 1fr))",
              lg: "repeat(6, minmax(0, 1fr))",
            },
          }}
        >
          {loading
            ? Array.from({ length: 12 }, (_, i) => (
                <li key={i}>
                  <Skeleton variant="rounded" height={104} />
                </li>
              ))
            : overview?.towns.map((town) => {
                const kinds = mainKinds(town.kinds);
                return (
                  <li key={town.id}>
                    <ButtonBase
                      component={RouterLink}
                      to={directoryHref({ town: town.id })}
                      aria-label={`${town.name} ${town.activeNodes} ${t.nodesInTown}`}
                      sx={{
                        width: "100%",
                        height: "100%",
                        display: "flex",
                        flexDirection: "column",
                        alignItems: "stretch",
                        justifyContent: "flex-start",
                        textAlign: "left",
                        p: 1.5,
                        borderRadius: 2,
                        border: "1px solid",
                        borderColor: "divider",
                        bgcolor: "background.paper",
                        transition: "all .15s",
                        "&:hover, &:focus-visible": {
                          borderColor: "primary.main",
                          boxShadow: `0 2px 10px ${alpha(qifuPalette.primary, 0.15)}`,
                        },
                      }}
                    >
                      <Box sx={{ display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: 0.5 }}>
                        <Typography sx={{ fontWeight: 600, fontSize: "0.95rem", flexShrink: 0 }}>{town.name}</Typography>
                        <Typography variant="caption" color="text.secondary" noWrap sx={{ minWidth: 0 }}>
                          {TownKind.label(town.kind, lang)}
                        </Typography>
                      </Box>
                      <Box sx={{ display: "flex", alignItems: "baseline", gap: 0.5, my: 0.5 }}>
                        <Typography component="span" sx={{ fontSize: "1.5rem", fontWeight: 700, color: "primary.main", lineHeight: 1.2 }}>
                          {formatNumber(town.activeNodes, lang)}
                        </Typography>
                        <Typography component="span" variant="caption" color="text.secondary">
                          {t.nodesInTown}
                        </Typography>
                      </Box>
                      <KindDots kinds={kinds.slice(0, 3).map((k) => k.kind)} more={Math.max(0, kinds.length - 3)} />
                    </ButtonBase>
                  </li>
                );
              })}
        </Box>
      </Tier>
      <Connector />
      {/* N */}
      <Tier badge="N" title={loading ? t.tierN : `${t.tierN} · ${formatNumber(nTotal, lang)} ${t.unitCount}`.trim()} hint={t.tierNHint}>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1.5 }}>
          {loading
            ? Array.from({ length: 6 }, (_, i) => <Skeleton key={i} variant="rounded" width={120} height={40} />)
            : nKinds.map((k) => (
                <Chip
                  key={k.key}
                  component={RouterLink}
                  to={directoryHref({ kind: k.key })}
                  clickable
                  variant="outlined"
                  label={`${NodeKind.label(k.key as TNodeKind, lang)} ${k.count}`}
                  icon={<Dot color={kindColor(k.key as TNodeKind)} />}
                  sx={{ height: 40, borderRadius: 20, px: 0.5, fontSize: "0.875rem" }}
                />
              ))}
        </Box>
      </Tier>
    </Box>
  );
}

const linkSx = {
  display: "inline-flex",
  minHeight: 40,
  px: 1,
  mx: -1,
  borderRadius: 1,
  color: "primary.main",
  "&:hover": { textDecoration: "underline" },
} as const;

function Tier({
  badge,
  title,
  hint,
  dashed,
  children,
  sx,
}: {
  badge: string;
  title: string;
  hint?: string;
  dashed?: boolean;
  children?: ReactNode;
  sx?: object;
}) {
  return (
    <Box
      sx={{
        position: "relative",
        p: { xs: 1.5, sm: 2 },
        borderRadius: 3,
        bgcolor: dashed ? alpha(qifuPalette.primary, 0.04) : "background.paper",
        border: "1px",
        borderStyle: dashed ? "dashed" : "solid",
        borderColor: dashed ? alpha(qifuPalette.primary, 0.4) : "divider",
        ...sx,
      }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
        <Box
          aria-hidden
          sx={{
            flexShrink: 0,
            minWidth: 44,
            height: 44,
            px: 1,
            borderRadius: 22,
            bgcolor: "primary.main",
            color: "#fff",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontWeight: 800,
            fontSize: "1.25rem",
          }}
        >
          {badge}
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: 700 }}>{title}</Typography>
          {hint && (
            <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
              {hint}
            </Typography>
          )}
        </Box>
      </Box>
      {children && <Box sx={{ pl: { sm: 7 } }}>{children}</Box>}
    </Box>
  );
}

function Connector() {
  return <Box aria-hidden sx={{ alignSelf: "center", width: 2, height: 24, bgcolor: alpha(qifuPalette.primary, 0.4) }} />;
}

export function Dot({ color, size = 10 }: { color: string; size?: number }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{ display: "inline-block", flexShrink: 0, width: size, height: size, borderRadius: "50%", bgcolor: color }}
    />
  );
}

/** "● 服务站 ● 示范平台 +2": the main kinds of a town in a line. */
export function KindDots({ kinds, more = 0 }: { kinds: TNodeKind[]; more?: number }) {
  const { lang } = useNetworkPublic();
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 1, rowGap: 0.25, color: "text.secondary" }}>
      {kinds.map((k) => (
        <Box
          key={k}
          component="span"
          sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, fontSize: "0.75rem", whiteSpace: "nowrap" }}
        >
          <Dot color={kindColor(k)} size={8} />
          {shortKind(k, lang)}
        </Box>
      ))}
      {more > 0 && (
        <Box component="span" sx={{ fontSize: "0.75rem" }}>
          +{more}
        </Box>
      )}
    </Box>
  );
}
