import { useLayoutEffect, useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import Skeleton from "@mui/material/Skeleton";
import { formatNumber, qifuPalette } from "@qifu/ui";
import type { TNode, TPublicOverview } from "../schemas";
import { useNetworkPublic } from "./context";
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
export function TownMap({ overview, units, loading, maxHeight = 520 }: { overview?: TPublicOverview; units?: TNode[]; loading?: boolean; maxHeight?: number }) {
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
        <MapSvg width={width} maxHeight={maxHeight} towns={towns} centre={centre && centrePoint ? { ...centrePoint, id: centre.id, name: centre.name } : null} />
      )}
    </Box>
  );
}

type TTownPoint = TPublicOverview["towns"][number] & TPoint;

function MapSvg({ width, maxHeight, towns, centre }: { width: number; maxHeight: number; towns: TTownPoint[]; centre: (TPoint & { id: string; name: string }) | null }) {
  const { t, lang } = useNetworkPublic();

  // Equirectangular projection, longitudes shrunk by cos(latitude), fitted to the width.
  const all = [...towns, ...(centre ? [centre] : [])];
  const lngs = all.map((p) => p.lng), lats = all.map((p) => p.lat);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const small = width < 520;
  const pad = { x: small ? 36 : 64, top: 28, bottom: 40 };
  const spanX = Math.max((maxLng - minLng) * k, 1e-6), spanY = Math.max(maxLat - minLat, 1e-6);
  let scale = (width - 2 * pad.x) / spanX;
  if (spanY * scale + pad.top + pad.bottom > maxHeight) scale = (maxHeight - pad.top - pad.bottom) / spanY;
  const height = Math.round(spanY * scale + pad.top + pad.bottom);
  const offsetX = (width - spanX * scale) / 2;
  const xy = (p: TPoint) => ({ x: offsetX + (p.lng - minLng) * k * scale, y: pad.top + (maxLat - p.lat) * scale });
  const maxNodes = Math.max(1, ...towns.map((tw) => tw.activeNodes));
  const radius = (n: number) => (small ? 6 : 9) + (small ? 8 : 14) * Math.sqrt(n / maxNodes);
  const c = centre ? xy(centre) : null;

  return (
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ display: "block", fontFamily: "inherit" }}>
        <title>{t.mapTitle}</title>
        <rect x={0} y={0} width={width} height={height} rx={12} fill="#f3f6fb" />
        {c && towns.map((tw) => {
          const p = xy(tw);
          return <line key={`l-${tw.id}`} x1={c.x} y1={c.y} x2={p.x} y2={p.y} stroke={qifuPalette.primary} strokeOpacity={0.25} strokeWidth={1.5} strokeDasharray="4 4" />;
        })}
        {towns.map((tw) => {
          const p = xy(tw);
          const r = radius(tw.activeNodes);
          return (
            <RouterLink key={tw.id} to={directoryHref({ town: tw.id })} aria-label={`${tw.name} ${tw.activeNodes} ${t.nodesInTown}`}>
              <g className="town">
                <circle cx={p.x} cy={p.y} r={Math.max(r, 20)} fill="transparent" />
                <circle cx={p.x} cy={p.y} r={r} fill={qifuPalette.primary} fillOpacity={0.18} stroke={qifuPalette.primary} strokeWidth={1.5} />
                <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize={small ? 11 : 12} fontWeight={700} fill={qifuPalette.primaryDark}>
                  {formatNumber(tw.activeNodes, lang)}
                </text>
                <text x={p.x} y={p.y + r + (small ? 13 : 16)} textAnchor="middle" fontSize={small ? 11 : 13} fill={qifuPalette.text} stroke="#f3f6fb" strokeWidth={3} paintOrder="stroke">
                  {tw.name}
                </text>
              </g>
            </RouterLink>
          );
        })}
        {c && centre && (
          <RouterLink to={paths.node(centre.id)} aria-label={centre.name}>
            <g>
              <rect x={c.x - 7} y={c.y - 7} width={14} height={14} transform={`rotate(45 ${c.x} ${c.y})`} fill={qifuPalette.accent} stroke="#fff" strokeWidth={2} />
              <text x={c.x + 12} y={c.y - 10} fontSize={small ? 11 : 12} fontWeight={700} fill="#b35a16" stroke="#f3f6fb" strokeWidth={3} paintOrder="stroke">
                {t.mapCentre}
              </text>
            </g>
          </RouterLink>
        )}
      </svg>
  );
}
