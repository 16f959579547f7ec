import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  industryDivision,
  isValidCreditCode,
  makeCreditCode,
  normalizeCreditCode,
  orgCodeCheckChar,
  sizeClassOf,
  sizeIndustryOf,
} from "../src";

describe("credit code (GB 32100-2015)", () => {
  it("accepts real codes whose check digit is right", () => {
    // Huawei; 海王生物 (SZSE 000078); 网达软件 (SSE 603189) — standards.md §1.5
    for (const code of ["914403001922038216", "91440300192444086R", "913100006987613616"]) expect(creditCodeProblem(code)).toBeNull();
  });

  it("refuses the standard's own worked example and the old seeded code", () => {
    // Σ = 1640, 1640 mod 31 = 28, so C18 = 3, but the code ends in Z (not even in the set)
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(isValidCreditCode("91350100M000100Y4Z")).toBe(false);
    expect(creditCodeCheckChar("91440114MA5AXXXX0")).toBe("X");
    expect(creditCodeProblem("91440114MA5AXXXX01")?.zh).toContain("校验位");
  });

  it("explains length and shape problems in both languages", () => {
    expect(creditCodeProblem("9144011")).toMatchObject({
      zh: expect.stringContaining("18 位"),
      en: expect.stringContaining("18 characters"),
    });
    expect(creditCodeProblem("91440114MA5AXXXI01")?.en).toContain("I, O, S, V, Z");
    expect(creditCodeProblem("9144A114MA5AXXXX01")?.zh).toContain("格式");
  });

  it("maps a check value of 31 to 0", () => {
    // find a 17-char prefix whose sum is ≡ 0 mod 31
    const prefix = "91440114MA5AXXXX";
    const last = [...CREDIT_CODE_CHARSET].find((c) => creditCodeCheckChar(prefix + c) === "0")!;
    expect(last).toBeDefined();
    expect(isValidCreditCode(`${prefix}${last}0`)).toBe(true);
  });

  it("normalizes what users paste", () => {
    expect(normalizeCreditCode(" ９１４４０３００１９２２０３８２１６ ")).toBe("914403001922038216");
    expect(normalizeCreditCode("91440300192444086r")).toBe("91440300192444086R");
  });

  it("generated codes are valid, distinct, and any single changed character is caught", () => {
    expect(orgCodeCheckChar("19220382")).toBe("1"); // Huawei's pos 17
    const codes = Array.from({ length: 500 }, (_, i) => makeCreditCode(i * 7919 + 13));
    expect(new Set(codes).size).toBe(500);
    for (const c of codes) expect(isValidCreditCode(c)).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 887_503_680 }),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (serial, pos, shift) => {
          const code = makeCreditCode(serial);
          if (pos >= 2 && pos <= 7) return true; // digits only there: covered by the shape check
          const i = (CREDIT_CODE_CHARSET.indexOf(code[pos]) + shift) % 31;
          const changed = code.slice(0, pos) + CREDIT_CODE_CHARSET[i] + code.slice(pos + 1);
          return !isValidCreditCode(changed);
        },
      ),
    );
  });
});

describe("GB/T 4754-2017 sections and divisions", () => {
  it("has 20 sections and 97 divisions numbered 01–97 in the ranges of the standard", () => {
    expect(INDUSTRY_SECTIONS).toHaveLength(20);
    expect(INDUSTRY_DIVISIONS.map((d) => d.code)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")));
    const count = (s: string) => INDUSTRY_DIVISIONS.filter((d) => d.section === s).length;
    expect([count("A"), count("C"), count("G"), count("N"), count("S")]).toEqual([5, 31, 8, 4, 6]);
    expect(industryDivision("1923")?.name.zh).toBe("皮革、毛皮、羽毛及其制品和制鞋业");
    expect(industryDivision("98")).toBeUndefined();
    expect(industryDivision("C19")).toBeUndefined();
  });
});

describe("size class (工信部联企业〔2011〕300号)", () => {
  const size = (industryCode: string, employees: number | null, revenueWan: number | null, assetsWan: number | null = null) =>
    sizeClassOf({ industryCode, employees, revenueWan, assetsWan });

  it("industry: each class needs both lower bounds, else it falls one class", () => {
    expect(size("19", 1000, 40000)).toBe("LARGE");
    expect(size("19", 999, 40000)).toBe("MEDIUM");
    expect(size("19", 1000, 39999)).toBe("MEDIUM");
    expect(size("36", 300, 2000)).toBe("MEDIUM");
    expect(size("36", 299, 2000)).toBe("SMALL");
    expect(size("36", 300, 1999)).toBe("SMALL");
    expect(size("36", 20, 300)).toBe("SMALL");
    expect(size("36", 19, 300)).toBe("MICRO");
    expect(size("36", 20, 299)).toBe("MICRO");
    expect(size("36", 5000, 10)).toBe("MICRO"); // micro is an OR: one indicator below is enough
  });

  it("wholesale, retail and software use their own bounds", () => {
    expect(size("51", 200, 40000)).toBe("LARGE");
    expect(size("51", 5, 1000)).toBe("SMALL");
    expect(size("51", 4, 1000)).toBe("MICRO");
    expect(size("52", 10, 100)).toBe("SMALL");
    expect(size("52", 50, 500)).toBe("MEDIUM");
    expect(size("65", 10, 50)).toBe("SMALL");
    expect(size("65", 10, 49)).toBe("MICRO");
    expect(size("64", 100, 1000)).toBe("MEDIUM");
  });

  it("uses total assets where the rule says so, and gives no class without them", () => {
    expect(size("47", null, 6000, 5000)).toBe("MEDIUM");
    expect(size("47", null, 6000, 4999)).toBe("SMALL");
    expect(size("47", null, 6000)).toBeNull();
    expect(size("72", 100, null, 8000)).toBe("MEDIUM");
    expect(size("72", 9, null, 8000)).toBe("MICRO");
    expect(size("7020", 100, 500)).toBe("SMALL"); // 物业管理
    expect(size("70", 10, 100, 2000)).toBe("SMALL"); // 房地产开发经营
  });

  it("agriculture by revenue only; other industries by employees only", () => {
    expect(size("01", null, 20000)).toBe("LARGE");
    expect(size("01", null, 50)).toBe("SMALL");
    expect(size("01", null, 49)).toBe("MICRO");
    expect(size("73", 100, null)).toBe("MEDIUM");
    expect(size("73", 9, null)).toBe("MICRO");
  });

  it("finance, public administration and railways are outside the rule", () => {
    expect(sizeIndustryOf("66")).toBeNull();
    expect(sizeIndustryOf("92")).toBeNull();
    expect(sizeIndustryOf("53")).toBeNull();
    expect(size("66", 5000, 999999)).toBeNull();
    expect(sizeIndustryOf("59")).toBe("WAREHOUSING");
    expect(sizeIndustryOf("60")).toBe("POSTAL");
  });
});
