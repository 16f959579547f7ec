/**
 * Layout of the schematic town map, pure so it can be reasoned about apart from React.
 * Towns near the district centre sit close together (the four streets are a few km apart,
 * the outer towns 20 km away), so distances from the centre are compressed (d^γ) before
 * fitting: the map stays a recognisable sketch while the centre becomes readable. Labels
 * take the first of below/above/right/left that collides with nothing already drawn.
 */
export type TMapInput = { id: string; name: string; lng: number; lat: number; weight: number };
export type TLabelPos = { x: number; y: number; anchor: "start" | "middle" | "end" };
export type TMapTown = { id: string; x: number; y: number; r: number; label: TLabelPos };
export type TMapLayout = {
  width: number;
  height: number;
  towns: TMapTown[];
  centre: { x: number; y: number; label: TLabelPos | null } | null;
};

type TBox = { x: number; y: number; w: number; h: number };

const GAMMA = 0.6;

/** Rough text width: CJK glyphs are one em wide, Latin about 0.6 em. */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

const overlap = (a: TBox, b: TBox) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Push overlapping circles apart (the centre stays put); a few rounds are enough for a dozen towns. */
function separate(circles: { x: number; y: number; r: number }[], centre: { x: number; y: number } | null, bounds: TBox) {
  const fixed = centre ? [{ ...centre, r: 10 }] : [];
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      const a = circles[i];
      for (const b of [...circles.slice(i + 1), ...fixed]) {
        const dx = b.x - a.x,
          dy = b.y - a.y;
        const d = Math.hypot(dx, dy) || 0.01;
        const need = a.r + b.r + 4 - d;
        if (need <= 0) continue;
        const [ux, uy] = [dx / d, dy / d];
        const share = fixed.includes(b as never) ? 1 : 0.5;
        a.x -= ux * need * share;
        a.y -= uy * need * share;
        if (share < 1) {
          b.x += ux * need * share;
          b.y += uy * need * share;
        }
        moved = true;
      }
      a.x = Math.min(bounds.w - a.r, Math.max(a.r, a.x));
      a.y = Math.min(bounds.h - a.r, Math.max(a.r, a.y));
    }
    if (!moved) break;
  }
}

export function layoutMap(opts: {
  width: number;
  maxHeight: number;
  towns: TMapInput[];
  centre: { lng: number; lat: number; label: string | null } | null;
  fontSize: number;
  minR: number;
  maxR: number;
  gamma?: number;
}): TMapLayout {
  const { width, maxHeight, towns, centre, fontSize, minR, maxR, gamma = GAMMA } = opts;
  const origin = centre ?? {
    lng: towns.reduce((s, t) => s + t.lng, 0) / towns.length,
    lat: towns.reduce((s, t) => s + t.lat, 0) / towns.length,
  };
  const k = Math.cos((origin.lat * Math.PI) / 180);
  // Local plane (north up), then radial compression around the origin.
  const plane = (p: { lng: number; lat: number }) => {
    const dx = (p.lng - origin.lng) * k,
      dy = -(p.lat - origin.lat);
    const d = Math.hypot(dx, dy);
    const f = d > 0 ? Math.pow(d, gamma) / d : 0;
    return { x: dx * f, y: dy * f };
  };
  const pts = towns.map(plane);
  const all = [...pts, { x: 0, y: 0 }];
  const [minX, maxX, minY, maxY] = [
    Math.min(...all.map((p) => p.x)),
    Math.max(...all.map((p) => p.x)),
    Math.min(...all.map((p) => p.y)),
    Math.max(...all.map((p) => p.y)),
  ];
  const pad = { x: Math.max(maxR, textWidth("四个字符", fontSize) / 2) + 6, top: maxR + 8, bottom: maxR + fontSize + 10 };
  const spanX = Math.max(maxX - minX, 1e-9),
    spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 2 * pad.x) / spanX, (maxHeight - pad.top - pad.bottom) / spanY);
  const height = Math.round(spanY * scale + pad.top + pad.bottom);
  const offX = (width - spanX * scale) / 2;
  const toScreen = (p: { x: number; y: number }) => ({ x: offX + (p.x - minX) * scale, y: pad.top + (p.y - minY) * scale });

  const maxW = Math.max(1, ...towns.map((t) => t.weight));
  const placed = towns.map((t, i) => ({ ...t, ...toScreen(pts[i]), r: minR + (maxR - minR) * Math.sqrt(t.weight / maxW) }));
  const c = centre ? toScreen({ x: 0, y: 0 }) : null;
  separate(placed, c, { x: 0, y: 0, w: width, h: height });

  const obstacles: TBox[] = placed.map((t) => ({ x: t.x - t.r, y: t.y - t.r, w: 2 * t.r, h: 2 * t.r }));
  if (c) obstacles.push({ x: c.x - 10, y: c.y - 10, w: 20, h: 20 });
  const h = fontSize + 2;
  const bounds: TBox = { x: 0, y: 0, w: width, h: height };

  const place = (x: number, y: number, r: number, text: string): TLabelPos => {
    const w = textWidth(text, fontSize);
    const candidates: { box: TBox; pos: TLabelPos }[] = [
      { box: { x: x - w / 2, y: y + r + 2, w, h }, pos: { x, y: y + r + fontSize, anchor: "middle" } },
      { box: { x: x - w / 2, y: y - r - 2 - h, w, h }, pos: { x, y: y - r - 5, anchor: "middle" } },
      { box: { x: x + r + 4, y: y - h / 2, w, h }, pos: { x: x + r + 4, y: y + fontSize / 2 - 1, anchor: "start" } },
      { box: { x: x - r - 4 - w, y: y - h / 2, w, h }, pos: { x: x - r - 4, y: y + fontSize / 2 - 1, anchor: "end" } },
    ];
    let best = candidates[0],
      bestScore = Infinity;
    for (const cand of candidates) {
      const outside = cand.box.w * cand.box.h - overlap(cand.box, bounds);
      const score = obstacles.reduce((s, o) => s + overlap(cand.box, o), 0) + outside * 4;
      if (score < bestScore) [best, bestScore] = [cand, score];
      if (score === 0) break;
    }
    obstacles.push(best.box);
    return best.pos;
  };

  // The centre's label first, then top to bottom, so labels in the crowded middle see their neighbours.
  const centreLabel = c && centre?.label ? place(c.x, c.y, 9, centre.label) : null;
  const order = placed.map((_, i) => i).sort((a, b) => placed[a].y - placed[b].y);
  const labels: TLabelPos[] = [];
  for (const i of order) labels[i] = place(placed[i].x, placed[i].y, placed[i].r, placed[i].name);
  return {
    width,
    height,
    towns: placed.map((t, i) => ({ id: t.id, x: t.x, y: t.y, r: t.r, label: labels[i] })),
    centre: c ? { ...c, label: centreLabel } : null,
  };
}

export type TTileInput = { id: string; point: { lng: number; lat: number } | null };
export type TTilePlace = { id: string; col: number; row: number };

/**
 * The schematic tile map (the board's map until boundaries are uploaded): one square per town on a
 * cols × rows grid, each roughly where its service point is. Points are compressed around their
 * centre as the circle map does (the four central streets would otherwise share a cell), scaled
 * onto the grid, and each town takes the free cell nearest its ideal one, the towns closest to
 * their cell choosing first. A town without a point takes the first free cell left, in order.
 */
export function layoutTiles(towns: TTileInput[], cols: number, rows: number, gamma = GAMMA): TTilePlace[] {
  const located = towns.filter((t) => t.point);
  const origin = located.length
    ? {
        lng: located.reduce((s, t) => s + t.point!.lng, 0) / located.length,
        lat: located.reduce((s, t) => s + t.point!.lat, 0) / located.length,
      }
    : { lng: 0, lat: 0 };
  const k = Math.cos((origin.lat * Math.PI) / 180);
  const plane = located.map((t) => {
    const dx = (t.point!.lng - origin.lng) * k,
      dy = -(t.point!.lat - origin.lat);
    const d = Math.hypot(dx, dy);
    const f = d > 0 ? Math.pow(d, gamma) / d : 0;
    return { id: t.id, x: dx * f, y: dy * f };
  });
  const span = (v: number[]) => [Math.min(...v), Math.max(...v) - Math.min(...v) || 1] as const;
  const [minX, spanX] = span(plane.map((p) => p.x));
  const [minY, spanY] = span(plane.map((p) => p.y));
  const ideal = plane.map((p) => ({ id: p.id, c: ((p.x - minX) / spanX) * (cols - 1), r: ((p.y - minY) / spanY) * (rows - 1) }));
  const free = new Set(Array.from({ length: cols * rows }, (_, i) => i));
  const placed = new Map<string, TTilePlace>();
  // every (town, cell) pair by distance: the nearest pairs are settled first
  const pairs = ideal.flatMap((t) =>
    [...free].map((cell) => ({ t, cell, d: Math.hypot((cell % cols) - t.c, Math.floor(cell / cols) - t.r) })),
  );
  pairs.sort((a, b) => a.d - b.d);
  for (const { t, cell } of pairs) {
    if (placed.has(t.id) || !free.has(cell)) continue;
    placed.set(t.id, { id: t.id, col: cell % cols, row: Math.floor(cell / cols) });
    free.delete(cell);
  }
  const rest = [...free].sort((a, b) => a - b);
  for (const t of towns)
    if (!placed.has(t.id)) {
      const cell = rest.shift() ?? 0;
      placed.set(t.id, { id: t.id, col: cell % cols, row: Math.floor(cell / cols) });
    }
  return towns.map((t) => placed.get(t.id)!);
}

/** Equal steps between the smallest and the largest figure: the class (0..steps-1) a value falls in. */
export function colourClass(value: number, min: number, max: number, steps: number): number {
  if (!(max > min)) return steps - 1;
  return Math.min(steps - 1, Math.floor(((value - min) / (max - min)) * steps));
}
