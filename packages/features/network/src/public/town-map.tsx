import { useLayoutEffect, useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import Skeleton from "@mui/material/Skeleton";
import { formatNumber, qifuPalette } from "@qifu/ui";
import type { TNodePublic, TPublicOverview } from "../schemas";
import { useNetworkPublic } from "./context";
import { layoutMap } from "./map-layout";
import { directoryHref, paths } from "./paths";

type TPoint = { lng: number; lat: number };

/** Width of the element in CSS pixels, so the SVG draws text at its real size on every screen. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([e]) => setWidth(Math.round(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * A schematic map with no tiles (the site works offline): each town sits at the geo point of its
 * service unit, as a circle sized by its active nodes, with a spoke to the district centre.
 */
export function TownMap({
  overview,
  units,
  loading,
  maxHeight = 520,
}: {
  overview?: TPublicOverview;
  units?: TNodePublic[];
  loading?: boolean;
  maxHeight?: number;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();

  const pointOf = new Map<string, TPoint>();
  for (const u of units ?? []) if (u.longitude != null && u.latitude != null) pointOf.set(u.id, { lng: u.longitude, lat: u.latitude });
  const towns = (overview?.towns ?? []).flatMap((town) => {
    const p = town.unitId ? pointOf.get(town.unitId) : undefined;
    return p ? [{ ...town, ...p }] : [];
  });
  const centre = overview?.districtCentre;
  const centrePoint = centre?.longitude != null && centre.latitude != null ? { lng: centre.longitude, lat: centre.latitude } : null;

  // One wrapper in every state, so the ResizeObserver keeps watching the same element.
  return (
    <Box ref={ref} sx={{ width: "100%" }}>
      {loading || !width || towns.length === 0 ? (
        <Skeleton variant="rounded" height={Math.min(maxHeight, 360)} />
      ) : (
        <>
          <MapSvg
            width={width}
            maxHeight={maxHeight}
            towns={towns}
            centre={centre && centrePoint ? { ...centrePoint, id: centre.id, name: centre.name } : null}
          />
          <MapLegend />
        </>
      )}
    </Box>
  );
}

function MapLegend() {
  const { t } = useNetworkPublic();
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 2, rowGap: 0.5, mt: 1, fontSize: "0.75rem", color: "text.secondary" }}>
      <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 0.75 }}>
        <Box component="span" sx={{ width: 10, height: 10, bgcolor: qifuPalette.accent, transform: "rotate(45deg)" }} />
        {t.mapCentre}
      </Box>
      <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 0.75 }}>
        <Box
          component="span"
          sx={{ width: 12, height: 12, borderRadius: "50%", border: `1.5px solid ${qifuPalette.primary}`, bgcolor: "rgba(31,95,191,0.18)" }}
        />
        {t.mapLegendTown}
      </Box>
    </Box>
  );
}

type TTownPoint = TPublicOverview["towns"][number] & TPoint;

function MapSvg({
  width,
  maxHeight,
  towns,
  centre,
}: {
  width: number;
  maxHeight: number;
  towns: TTownPoint[];
  centre: (TPoint & { id: string; name: string }) | null;
}) {
  const { t, lang } = useNetworkPublic();
  const small = width < 520;
  const fontSize = small ? 11 : 13;
  const layout = layoutMap({
    width,
    maxHeight,
    fontSize,
    minR: small ? 7 : 10,
    maxR: small ? 15 : 22,
    gamma: small ? 0.5 : 0.6,
    towns: towns.map((tw) => ({ id: tw.id, name: tw.name, lng: tw.lng, lat: tw.lat, weight: tw.activeNodes })),
    // On a phone the legend names the centre; the middle of the map has no room for one more label.
    centre: centre ? { lng: centre.lng, lat: centre.lat, label: small ? null : t.mapCentre } : null,
  });
  const byId = new Map(towns.map((tw) => [tw.id, tw]));
  const c = layout.centre;
  const halo = { stroke: "#f3f6fb", strokeWidth: 3, paintOrder: "stroke" } as const;

  return (
    <svg width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`} style={{ display: "block", fontFamily: "inherit" }}>
      <title>{t.mapTitle}</title>
      <rect x={0} y={0} width={width} height={layout.height} rx={12} fill="#f3f6fb" />
      {c &&
        layout.towns.map((p) => (
          <line
            key={`l-${p.id}`}
            x1={c.x}
            y1={c.y}
            x2={p.x}
            y2={p.y}
            stroke={qifuPalette.primary}
            strokeOpacity={0.25}
            strokeWidth={1.5}
            strokeDasharray="4 4"
          />
        ))}
      {layout.towns.map((p) => {
        const tw = byId.get(p.id)!;
        return (
          <RouterLink key={p.id} to={directoryHref({ town: p.id })} aria-label={`${tw.name} ${tw.activeNodes} ${t.nodesInTown}`}>
            <g>
              <circle cx={p.x} cy={p.y} r={Math.max(p.r, 20)} fill="transparent" />
              <circle
                cx={p.x}
                cy={p.y}
                r={p.r}
                fill={qifuPalette.primary}
                fillOpacity={0.18}
                stroke={qifuPalette.primary}
                strokeWidth={1.5}
              />
              <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize={small ? 11 : 12} fontWeight={700} fill={qifuPalette.primaryDark}>
                {formatNumber(tw.activeNodes, lang)}
              </text>
              <text x={p.label.x} y={p.label.y} textAnchor={p.label.anchor} fontSize={fontSize} fill={qifuPalette.text} {...halo}>
                {tw.name}
              </text>
            </g>
          </RouterLink>
        );
      })}
      {c && centre && (
        <RouterLink to={paths.node(centre.id)} aria-label={centre.name}>
          <g>
            <circle cx={c.x} cy={c.y} r={20} fill="transparent" />
            <rect
              x={c.x - 7}
              y={c.y - 7}
              width={14}
              height={14}
              transform={`rotate(45 ${c.x} ${c.y})`}
              fill={qifuPalette.accent}
              stroke="#fff"
              strokeWidth={2}
            />
            {c.label && (
              <text x={c.label.x} y={c.label.y} textAnchor={c.label.anchor} fontSize={fontSize} fontWeight={700} fill="#b35a16" {...halo}>
                {t.mapCentre}
              </text>
            )}
          </g>
        </RouterLink>
      )}
    </svg>
  );
}
