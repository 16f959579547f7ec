import { describe, expect, it } from "vitest";
import { checkTownBoundaries, type TBoundaryTown } from "../src";

const towns: TBoundaryTown[] = [
  { id: "t1", code: "SHILING", name: "狮岭镇", point: { lng: 113.15, lat: 23.45 } },
  { id: "t2", code: "XINHUA", name: "新华街道", point: { lng: 113.22, lat: 23.4 } },
];
const square = (lng: number, lat: number, d = 0.05) => [
  [
    [lng - d, lat - d],
    [lng + d, lat - d],
    [lng + d, lat + d],
    [lng - d, lat + d],
    [lng - d, lat - d],
  ],
];
const feature = (props: Record<string, unknown>, geometry: unknown) => ({ type: "Feature", properties: props, geometry });
const file = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const zh = (r: ReturnType<typeof checkTownBoundaries>) => r.problems.map((p) => p.zh).join(" | ");

describe("checkTownBoundaries: the district's GeoJSON against its town units", () => {
  it("accepts one polygon per town, named by code or by a Chinese name field", () => {
    const r = checkTownBoundaries(
      file(
        feature({ code: "shiling" }, { type: "Polygon", coordinates: square(113.15, 23.45) }),
        feature({ XZQMC: "新华街道" }, { type: "MultiPolygon", coordinates: [square(113.22, 23.4), square(113.3, 23.4, 0.01)] }),
      ),
      towns,
    );
    expect(r.problems).toEqual([]);
    expect(r.boundaries.map((b) => [b.townId, b.geometry.type])).toEqual([
      ["t1", "Polygon"],
      ["t2", "MultiPolygon"],
    ]);
  });

  it("refuses the whole file, naming each problem in both languages", () => {
    expect(zh(checkTownBoundaries("{not json", towns))).toContain("不是有效的 JSON");
    expect(zh(checkTownBoundaries(JSON.stringify({ type: "Feature" }), towns))).toContain("FeatureCollection");
    const projected = square(113.15, 23.45).map((ring) => ring.map(([x, y]) => [x * 3000, y * 100000]));
    const open = [square(113.22, 23.4)[0].slice(0, 4)];
    const r = checkTownBoundaries(
      file(
        feature({ name: "狮岭镇" }, { type: "Polygon", coordinates: projected }),
        feature({ name: "新华街道" }, { type: "Polygon", coordinates: open }),
        feature({ name: "炭步镇" }, { type: "Polygon", coordinates: square(113.1, 23.3) }),
        feature({ name: "新华街道" }, { type: "Point", coordinates: [113.2, 23.4] }),
      ),
      towns,
    );
    expect(r.boundaries).toEqual([]);
    expect(zh(r)).toContain("狮岭镇：坐标超出经纬度范围");
    expect(zh(r)).toContain("新华街道：边界环首尾坐标不一致");
    expect(zh(r)).toContain("第 3 个要素「炭步镇」对应不到任何镇街");
    expect(zh(r)).toContain("新华街道：几何类型须为 Polygon 或 MultiPolygon");
    expect(zh(r)).toContain("缺少以下镇街的边界：狮岭镇、新华街道");
    expect(r.problems.every((p) => p.en.length > 0)).toBe(true);
  });

  it("doubts a boundary whose town's service point lies far outside it, and a town given twice", () => {
    const r = checkTownBoundaries(
      file(
        feature({ name: "狮岭镇" }, { type: "Polygon", coordinates: square(113.22, 23.4) }),
        feature({ name: "新华街道" }, { type: "Polygon", coordinates: square(113.22, 23.4) }),
        feature({ code: "XINHUA" }, { type: "Polygon", coordinates: square(113.22, 23.4) }),
      ),
      towns,
    );
    // 狮岭镇's point (113.15, 23.45) is within 0.1° of the box around (113.22, 23.4) ± 0.05: accepted as near
    expect(zh(r)).not.toContain("狮岭镇：镇街服务站");
    expect(zh(r)).toContain("新华街道 在文件中出现了不止一次");
    const far = checkTownBoundaries(
      file(
        feature({ name: "狮岭镇" }, { type: "Polygon", coordinates: square(114.5, 23.45) }),
        feature({ name: "新华街道" }, { type: "Polygon", coordinates: square(113.22, 23.4) }),
      ),
      towns,
    );
    expect(zh(far)).toContain("狮岭镇：镇街服务站的位置不在该边界范围内");
  });
});
