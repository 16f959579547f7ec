import type { TLabel } from "./labels";

/** A GeoJSON polygon's rings or a multipolygon's polygons, [longitude, latitude] in WGS84. */
export type TBoundaryGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
/** A town unit as the upload is checked against it: its code, its name, and its service unit's point when known. */
export type TBoundaryTown = { id: string; code: string; name: string; point: { lng: number; lat: number } | null };
export type TBoundaryCheck = { boundaries: { townId: string; geometry: TBoundaryGeometry }[]; problems: TLabel[] };

/** Property names a GIS export names its unit by (ours, common English ones, and the Chinese 行政区 fields). */
const NAME_KEYS = ["code", "townCode", "name", "NAME", "Name", "名称", "XZQMC", "XZMC", "JDMC", "xzqmc"];
/** How far (degrees, about 10 km) a unit's service point may lie outside its boundary's box before the file is doubted. */
const POINT_SLACK = 0.1;
/** Enough problems to act on: a broken file would otherwise list thousands. */
const MAX_PROBLEMS = 12;

type TBox = { minLng: number; maxLng: number; minLat: number; maxLat: number };

const problem = (zh: string, en: string): TLabel => ({ zh, en });

/** A ring is at least four [lng, lat] positions, WGS84 in range, closed (the last equals the first). */
function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return "ring";
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !isFinite(p[0]) || !isFinite(p[1]))
      return "position";
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return "range";
  }
  const [a, b] = [ring[0], ring[ring.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? null : "open";
}

function polygonsOf(geometry: unknown): number[][][][] | null {
  if (!geometry || typeof geometry !== "object") return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === "Polygon" && Array.isArray(g.coordinates)) return [g.coordinates as number[][][]];
  if (g.type === "MultiPolygon" && Array.isArray(g.coordinates)) return g.coordinates as number[][][][];
  return null;
}

function boxOf(polygons: number[][][][]): TBox {
  const box = { minLng: Infinity, maxLng: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const poly of polygons)
    for (const [lng, lat] of poly[0] ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  return box;
}

const RING_WORDS: Record<string, [string, string]> = {
  ring: ["边界环少于 4 个坐标点", "a ring has fewer than 4 positions"],
  position: ["坐标不是 [经度, 纬度] 数字", "a position is not a [longitude, latitude] pair of numbers"],
  range: [
    "坐标超出经纬度范围（应为 WGS84 经纬度，而非投影坐标米制）",
    "a position is out of range (WGS84 degrees expected, not projected metres)",
  ],
  open: ["边界环首尾坐标不一致（未闭合）", "a ring is not closed (its last position differs from its first)"],
};

/**
 * Checks the district's boundary file (issue 13 point 5) against the town units: a GeoJSON
 * FeatureCollection of Polygon/MultiPolygon features in WGS84 degrees, one per town unit, named by
 * the unit's code or name in a usual property (code, name, 名称, XZQMC …). Every problem is listed
 * in both languages; a file with any problem is refused whole, so the map never mixes two sources.
 * A unit whose service point lies far outside its boundary flags a wrong datum or a swapped name.
 */
export function checkTownBoundaries(text: string, towns: TBoundaryTown[]): TBoundaryCheck {
  const problems: TLabel[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { boundaries: [], problems: [problem("文件不是有效的 JSON（GeoJSON）", "The file is not valid JSON (GeoJSON)")] };
  }
  const features = (doc as { type?: unknown; features?: unknown })?.features;
  if ((doc as { type?: unknown })?.type !== "FeatureCollection" || !Array.isArray(features))
    return {
      boundaries: [],
      problems: [problem("文件须为 GeoJSON 要素集合（FeatureCollection）", "The file must be a GeoJSON FeatureCollection")],
    };

  const byKey = new Map<string, TBoundaryTown>();
  for (const t of towns) {
    byKey.set(t.code.toLowerCase(), t);
    byKey.set(t.name, t);
  }
  const found = new Map<string, TBoundaryGeometry>();
  features.forEach((f: unknown, i: number) => {
    const n = i + 1;
    const props = ((f as { properties?: unknown })?.properties ?? {}) as Record<string, unknown>;
    const names = NAME_KEYS.map((k) => props[k]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    const town = names.map((v) => byKey.get(v.trim()) ?? byKey.get(v.trim().toLowerCase())).find(Boolean);
    const label = names[0] ?? `#${n}`;
    if (!town) {
      problems.push(problem(`第 ${n} 个要素「${label}」对应不到任何镇街`, `Feature ${n} "${label}" matches no town unit`));
      return;
    }
    const polygons = polygonsOf((f as { geometry?: unknown })?.geometry);
    if (!polygons || polygons.length === 0) {
      problems.push(
        problem(`${town.name}：几何类型须为 Polygon 或 MultiPolygon`, `${town.name}: the geometry must be a Polygon or MultiPolygon`),
      );
      return;
    }
    const bad = polygons.flatMap((poly) => (Array.isArray(poly) && poly.length ? poly.map(ringProblem) : ["ring"])).find((p) => p);
    if (bad) {
      problems.push(problem(`${town.name}：${RING_WORDS[bad][0]}`, `${town.name}: ${RING_WORDS[bad][1]}`));
      return;
    }
    if (found.has(town.id)) {
      problems.push(problem(`${town.name} 在文件中出现了不止一次`, `${town.name} appears more than once in the file`));
      return;
    }
    const box = boxOf(polygons);
    const p = town.point;
    if (
      p &&
      (p.lng < box.minLng - POINT_SLACK ||
        p.lng > box.maxLng + POINT_SLACK ||
        p.lat < box.minLat - POINT_SLACK ||
        p.lat > box.maxLat + POINT_SLACK)
    )
      problems.push(
        problem(
          `${town.name}：镇街服务站的位置不在该边界范围内，请核对名称或坐标系（须为 WGS84）`,
          `${town.name}: the unit's service point lies outside this boundary; check the name or the datum (WGS84 expected)`,
        ),
      );
    found.set(
      town.id,
      polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons },
    );
  });
  const missing = towns.filter((t) => !found.has(t.id)).map((t) => t.name);
  if (missing.length) problems.push(problem(`缺少以下镇街的边界：${missing.join("、")}`, `Boundaries missing for: ${missing.join(", ")}`));
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, Infinity, problem(`另有 ${more} 处问题未列出`, `${more} more problems not listed`));
  }
  return { boundaries: problems.length ? [] : [...found].map(([townId, geometry]) => ({ townId, geometry })), problems };
}
