import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { HUADU_TOWNS } from "@qifu/feature-network/server";
import { colourClass, layoutTiles } from "../../../features/network/src/public/map-layout";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

describe("the schematic tile map's layout", () => {
  const towns = HUADU_TOWNS.map((t) => ({ id: t.code, point: { lng: t.lng, lat: t.lat } }));
  const cells = layoutTiles(towns, 5, 4);
  const at = (code: string) => cells.find((c) => c.id === code)!;

  it("gives each of the 12 town units its own cell of the grid", () => {
    expect(new Set(cells.map((c) => `${c.col},${c.row}`)).size).toBe(12);
    expect(cells.every((c) => c.col >= 0 && c.col < 5 && c.row >= 0 && c.row < 4)).toBe(true);
  });
  it("keeps each unit roughly in its place: the north above the south, the west left of the east", () => {
    const north = [...HUADU_TOWNS].sort((a, b) => b.lat - a.lat)[0].code;
    const south = [...HUADU_TOWNS].sort((a, b) => a.lat - b.lat)[0].code;
    const west = [...HUADU_TOWNS].sort((a, b) => a.lng - b.lng)[0].code;
    const east = [...HUADU_TOWNS].sort((a, b) => b.lng - a.lng)[0].code;
    expect(at(north).row).toBeLessThan(at(south).row);
    expect(at(west).col).toBeLessThan(at(east).col);
    expect(at("SHILING").row).toBeLessThan(at("HUACHENG").row); // 狮岭 lies north of 花城
  });
  it("places a unit without a point in a free cell, and colours values in equal steps", () => {
    const more = layoutTiles([...towns, { id: "NEW", point: null }], 5, 4);
    expect(new Set(more.map((c) => `${c.col},${c.row}`)).size).toBe(13);
    expect([0, 19, 20, 59, 60, 100].map((v) => colourClass(v, 0, 100, 5))).toEqual([0, 0, 1, 2, 3, 4]);
    expect(colourClass(7, 7, 7, 5)).toBe(4);
  });
});

describe(`network.townMap and the boundary upload on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    shiling = await p.as("shiling");
  }, 600_000);
  afterAll(() => p?.close());

  it("gives every town's figure by the metric's own formula, summing to the district's for a count", async () => {
    const map = await district.network.townMap({ year: 2026, metricKey: "network.linkedPlatforms" });
    expect(map.towns).toHaveLength(12);
    expect(map.metric.key).toBe("network.linkedPlatforms");
    expect(map.boundaries).toBeNull();
    expect(map.towns.every((t) => t.point && t.geometry === null)).toBe(true);
    expect(map.metrics.map((m) => m.key)).toContain("ledger.enterpriseTimes");
    const townSum = map.towns.reduce((s, t) => s + t.value, 0);
    expect(townSum).toBeLessThanOrEqual(map.district); // the district's own platforms have no town
    // a town admin sees the same figures (as the published rankings do)
    const seen = await shiling.network.townMap({ year: 2026, metricKey: "network.linkedPlatforms" });
    expect(seen.towns.map((t) => t.value)).toEqual(map.towns.map((t) => t.value));
    expect(await codeOf(district.network.townMap({ year: 2026, metricKey: "no.such.metric" }))).toBe("VALIDATION");
  });

  it("takes a valid GeoJSON from the district whole, refuses a bad one whole, and refuses a town admin", async () => {
    const map = await district.network.townMap({ year: 2026 });
    const square = (lng: number, lat: number) => [
      [
        [lng - 0.02, lat - 0.02],
        [lng + 0.02, lat - 0.02],
        [lng + 0.02, lat + 0.02],
        [lng - 0.02, lat + 0.02],
        [lng - 0.02, lat - 0.02],
      ],
    ];
    const features = map.towns.map((t) => ({
      type: "Feature",
      properties: { name: t.name },
      geometry: { type: "Polygon", coordinates: square(t.point!.lng, t.point!.lat) },
    }));
    const geojson = JSON.stringify({ type: "FeatureCollection", features });
    const upload = { fileName: "花都区镇街边界.geojson", geojson };

    expect(await codeOf(shiling.network.uploadBoundaries(upload))).toBe("FORBIDDEN");
    const partial = JSON.stringify({ type: "FeatureCollection", features: features.slice(1) });
    const refused = await refusalOf(district.network.uploadBoundaries({ ...upload, geojson: partial }), "network.uploadBoundaries");
    expect(refused.code).toBe("VALIDATION");
    expect(JSON.stringify(refused)).toContain(`缺少以下镇街的边界：${map.towns[0].name}`);
    expect(await p.prisma.townBoundary.count()).toBe(0);

    expect(await district.network.uploadBoundaries(upload)).toEqual({ towns: 12, sourceName: upload.fileName });
    const drawn = await shiling.network.townMap({ year: 2026 });
    expect(drawn.boundaries?.sourceName).toBe(upload.fileName);
    expect(drawn.towns.every((t) => t.geometry?.type === "Polygon")).toBe(true);
    // a later bad file leaves the good boundaries in place
    expect(await codeOf(district.network.uploadBoundaries({ ...upload, geojson: partial }))).toBe("VALIDATION");
    expect(await p.prisma.townBoundary.count()).toBe(12);
    expect(await district.network.clearBoundaries()).toEqual({ removed: 12 });
    expect((await district.network.townMap({ year: 2026 })).boundaries).toBeNull();
  });
});
