import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import MenuItem from "@mui/material/MenuItem";
import Skeleton from "@mui/material/Skeleton";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { ErrorState, formatNumber } from "@qifu/ui";
import { featureBoardRpc, OverviewCard } from "@qifu/ui/board";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { networkRouters } from "../server";
import type { TTownMap } from "../schemas";
import { colourClass, layoutTiles } from "../public/map-layout";
import { useBoardLang } from "./use-network-stats";

const { api, useBoardQuery } = featureBoardRpc<typeof networkRouters>();

type TTown = TTownMap["towns"][number];
/** Five equal steps from the smallest town's figure to the largest: light to dark blue, text readable on each. */
const SCALE = ["#e6f0fb", "#c3daf4", "#8fbbe8", "#4f8fd3", "#1f5aa8"];
const INK = ["#1d2b3a", "#1d2b3a", "#12263d", "#ffffff", "#ffffff"];
const COLS = 5;
const ROWS = 4;

const valueText = (v: number, map: TTownMap, lang: "zh" | "en") =>
  `${formatNumber(Math.round(v * 10) / 10, lang)}${map.metric.kind === "rate" ? "%" : ""}`;

/** Where a town opens: its page on the board, with every figure of the town. */
const townPath = (t: TTown) => `/network/towns/${t.townId}`;

/** The schematic map: one tile per town unit on a 5 × 4 grid, each roughly in its place. */
function TileMap({ map, classOf, own }: { map: TTownMap; classOf: (v: number) => number; own: string | null }) {
  const lang = useBoardLang();
  const navigate = useNavigate();
  const cells = layoutTiles(
    map.towns.map((t) => ({ id: t.townId, point: t.point })),
    COLS,
    ROWS,
  );
  return (
    <Box
      role="list"
      data-testid="town-map-tiles"
      sx={{ display: "grid", gridTemplateColumns: `repeat(${COLS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${ROWS}, 84px)`, gap: 0.75 }}
    >
      {map.towns.map((t, i) => {
        const c = classOf(t.value);
        return (
          <ButtonBase
            key={t.townId}
            role="listitem"
            data-testid={`town-tile-${t.code}`}
            onClick={() => navigate(townPath(t))}
            title={`${lang === "en" ? t.nameEn || t.name : t.name}：${valueText(t.value, map, lang)}`}
            sx={{
              gridColumn: cells[i].col + 1,
              gridRow: cells[i].row + 1,
              flexDirection: "column",
              alignItems: "flex-start",
              justifyContent: "space-between",
              p: 1,
              borderRadius: 1.5,
              bgcolor: SCALE[c],
              color: INK[c],
              outline: t.townId === own ? "3px solid #f08c00" : "none",
              outlineOffset: 1,
              transition: "transform .12s",
              "&:hover, &:focus-visible": { transform: "translateY(-2px)", boxShadow: 3 },
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.2, maxWidth: "100%" }} noWrap>
              {lang === "en" ? t.nameEn || t.name : t.name}
            </Typography>
            <Typography sx={{ fontSize: 20, fontWeight: 700, lineHeight: 1.1, fontVariantNumeric: "tabular-nums" }}>
              {valueText(t.value, map, lang)}
            </Typography>
          </ButtonBase>
        );
      })}
    </Box>
  );
}

/** The uploaded boundaries, projected flat (equirectangular at the district's latitude) and fitted to the box. */
function BoundaryMap({ map, classOf, own }: { map: TTownMap; classOf: (v: number) => number; own: string | null }) {
  const lang = useBoardLang();
  const navigate = useNavigate();
  const W = 760;
  const H = 360;
  const rings = map.towns.map((t) => {
    const g = t.geometry;
    const polys = (g?.type === "Polygon" ? [g.coordinates] : (g?.coordinates ?? [])) as number[][][][];
    return polys.map((p) => p[0] ?? []);
  });
  const all = rings.flat(2);
  const lat0 = all.reduce((s, p) => s + p[1], 0) / Math.max(1, all.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = all.map((p) => p[0] * k);
  const ys = all.map((p) => -p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 16) / (maxX - minX || 1), (H - 16) / (maxY - minY || 1));
  const project = ([lng, lat]: number[]) => [8 + (lng * k - minX) * scale, 8 + (-lat - minY) * scale];
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${W} ${H}`}
      sx={{ width: "100%", height: "auto", display: "block" }}
      data-testid="town-map-boundaries"
    >
      {map.towns.map((t, i) => {
        const c = classOf(t.value);
        const d = rings[i].map((ring) => `M${ring.map((p) => project(p).join(",")).join("L")}Z`).join("");
        const pts = rings[i].flat().map(project);
        const cx = pts.reduce((s, p) => s + p[0], 0) / Math.max(1, pts.length);
        const cy = pts.reduce((s, p) => s + p[1], 0) / Math.max(1, pts.length);
        return (
          <g key={t.townId} onClick={() => navigate(townPath(t))} style={{ cursor: "pointer" }} data-testid={`town-shape-${t.code}`}>
            <title>{`${t.name}：${valueText(t.value, map, lang)}`}</title>
            <path d={d} fill={SCALE[c]} stroke={t.townId === own ? "#f08c00" : "#ffffff"} strokeWidth={t.townId === own ? 3 : 1.5} />
            <text x={cx} y={cy} textAnchor="middle" fontSize={12} fontWeight={600} fill={INK[c]}>
              {lang === "en" ? t.nameEn || t.name : t.name}
            </text>
            <text x={cx} y={cy + 15} textAnchor="middle" fontSize={12} fill={INK[c]}>
              {valueText(t.value, map, lang)}
            </text>
          </g>
        );
      })}
    </Box>
  );
}

/** On a phone: the towns as a short ranked list with bars, not a map. */
function TownList({ map, own }: { map: TTownMap; own: string | null }) {
  const lang = useBoardLang();
  const navigate = useNavigate();
  const max = Math.max(1, ...map.towns.map((t) => t.value));
  return (
    <Box sx={{ display: "grid", gap: 0.25 }} data-testid="town-map-list">
      {[...map.towns]
        .sort((a, b) => b.value - a.value)
        .map((t) => (
          <ButtonBase
            key={t.townId}
            onClick={() => navigate(townPath(t))}
            sx={{
              display: "grid",
              gridTemplateColumns: "5.5em minmax(0, 1fr) auto",
              gap: 1,
              alignItems: "center",
              py: 0.5,
              textAlign: "left",
            }}
          >
            <Typography variant="body2" noWrap sx={{ fontWeight: t.townId === own ? 700 : 500 }}>
              {t.name}
            </Typography>
            <Box sx={{ height: 8, borderRadius: 4, bgcolor: "#e8eef5" }}>
              <Box sx={{ height: 8, borderRadius: 4, width: `${(t.value / max) * 100}%`, bgcolor: "#4f8fd3" }} />
            </Box>
            <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums", fontWeight: 600 }}>
              {valueText(t.value, map, lang)}
            </Typography>
          </ButtonBase>
        ))}
    </Box>
  );
}

/**
 * The overview's map (issue 13 point 5): the 12 town units coloured by a chosen figure — any metric
 * a feature registered, by its own formula. The district's uploaded boundaries when there are
 * some, else a schematic tile map; a town opens its page; a town admin's own town is outlined.
 */
export function TownFigureMap({ year }: { year: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const { data: me } = useGetIdentity<{ role?: string; townId?: string | null }>();
  // `?map=<metric key>` opens the map on that figure (a feature's page links here, e.g. 数字化 → average level)
  const [params] = useSearchParams();
  const [metricKey, setMetricKey] = useState<string | undefined>(params.get("map")?.slice(0, 100) || undefined);
  const { query } = useBoardQuery(api.network.townMap, { year, ...(metricKey ? { metricKey } : {}) });
  const map = query.data?.data;
  const own = me?.role === "TOWN_ADMIN" ? (me.townId ?? null) : null;
  const values = map?.towns.map((x) => x.value) ?? [];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const classOf = (v: number) => colourClass(v, min, max, SCALE.length);
  const unit = map ? (map.metric.kind === "rate" ? "%" : map.metric.unit[lang]) : "";

  const select = map && (
    <TextField
      select
      size="small"
      value={map.metric.key}
      onChange={(e) => setMetricKey(e.target.value)}
      label={t("network.board.map.figure")}
      sx={{ minWidth: 200, maxWidth: 260 }}
      slotProps={{ htmlInput: { "data-testid": "town-map-metric" } }}
    >
      {map.metrics.map((m) => (
        <MenuItem key={m.key} value={m.key}>
          {m.label[lang]}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <OverviewCard
      title={t("network.board.map.title")}
      scope={
        map
          ? t("network.board.map.scope", {
              metric: map.metric.label[lang],
              year: map.year,
              district: valueText(map.district, map, lang),
              unit: map.metric.kind === "rate" ? "" : unit,
            })
          : undefined
      }
      action={select}
      testId="overview-map"
    >
      {query.error ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : !map ? (
        <Skeleton variant="rounded" height={phone ? 300 : 360} />
      ) : phone ? (
        <TownList map={map} own={own} />
      ) : (
        <>
          {map.boundaries ? <BoundaryMap map={map} classOf={classOf} own={own} /> : <TileMap map={map} classOf={classOf} own={own} />}
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, mt: 1, flexWrap: "wrap" }}>
            <Typography variant="caption" color="text.secondary">
              {map.boundaries ? t("network.board.map.boundaries", { file: map.boundaries.sourceName }) : t("network.board.map.schematic")}
            </Typography>
            <Box sx={{ flex: 1 }} />
            <Typography variant="caption" color="text.secondary">
              {valueText(min, map, lang)}
            </Typography>
            <Box sx={{ display: "flex" }} aria-hidden>
              {SCALE.map((c) => (
                <Box key={c} sx={{ width: 22, height: 10, bgcolor: c }} />
              ))}
            </Box>
            <Typography variant="caption" color="text.secondary">
              {valueText(max, map, lang)}
              {map.metric.kind === "rate" ? "" : ` ${unit}`}
            </Typography>
          </Box>
        </>
      )}
    </OverviewCard>
  );
}
