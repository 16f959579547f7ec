import { describe, expect, it } from "vitest";
import { formatFen, formatWan, formatYuan } from "../src/format";

describe("money in Chinese units", () => {
  it("chooses 元, 万元 or 亿元", () => {
    expect(formatYuan(800)).toBe("800 元");
    expect(formatYuan(9999.5)).toBe("9,999.5 元");
    expect(formatYuan(13_200_000)).toBe("1,320 万元");
    expect(formatYuan(35_000_000_000)).toBe("350 亿元");
    expect(formatYuan(125_000_000)).toBe("1.25 亿元");
    expect(formatYuan(0)).toBe("0 元");
    expect(formatYuan(-20_000)).toBe("-2 万元");
  });

  it("never shows ¥ and long figures; at most two decimals", () => {
    expect(formatFen(1_320_000_000)).toBe("1,320 万元");
    expect(formatFen(80_000)).toBe("800 元");
    expect(formatFen(123_456)).toBe("1,234.56 元");
    expect(formatFen(BigInt(50_000_000_000))).toBe("5 亿元");
    expect(formatYuan(12_345_678)).toBe("1,234.57 万元");
    for (const s of [formatFen(1_320_000_000), formatWan(3_500_000)]) expect(s).not.toMatch(/¥|\.00/);
  });

  it("reads 万元 figures (revenue, output) in the same units", () => {
    expect(formatWan(3_500_000)).toBe("350 亿元");
    expect(formatWan(1_320)).toBe("1,320 万元");
    expect(formatWan(0.5)).toBe("5,000 元");
  });

  it("has an English form", () => {
    expect(formatYuan(800, "en")).toBe("CNY 800");
    expect(formatYuan(13_200_000, "en")).toBe("CNY 13.2 million");
    expect(formatWan(3_500_000, "en")).toBe("CNY 35 billion");
    expect(formatYuan(Number.NaN)).toBe("—");
  });
});
