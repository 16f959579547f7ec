import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminFeatureNames } from "../../admin/src/features";
import { boardFeatureNames } from "../../board/src/features";
import { featureLabelsIn } from "../src/server";

const featuresDir = path.resolve(__dirname, "../../../packages/features");

/** A shell names a feature whose remote failed by its package.json `qifu.label`: every composed feature has one. */
describe("feature display names for the shells' missing-feature notice", () => {
  it("every feature composed into the admin console or the board has a zh and an en label", () => {
    const labels = featureLabelsIn(featuresDir);
    for (const name of new Set([...adminFeatureNames, ...boardFeatureNames])) {
      expect(labels[name], name).toBeDefined();
      expect(labels[name]!.zh).toMatch(/\p{Script=Han}/u);
      expect(labels[name]!.en.trim().length).toBeGreaterThan(0);
    }
    expect(labels["ledger"]).toEqual({ zh: "服务台账", en: "Service ledger" });
  });

  it("a folder without a package.json label is left out, not guessed", () => {
    expect(featureLabelsIn(path.join(featuresDir, "no-such-dir"))).toEqual({});
  });
});
