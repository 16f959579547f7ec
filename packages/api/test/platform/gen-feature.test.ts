import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { namesOf, renderFiles, wire, wireDependency } from "../../../../scripts/gen-feature.mjs";

/** The feature generator (`pnpm gen:feature`): names, rendered files and one-line wiring, without touching the tree. */
describe("gen:feature", () => {
  const n = namesOf("service-stations", { zh: "中小企业服务站", en: "SME service station" });

  it("spells the name every way the templates need", () => {
    expect(n).toMatchObject({
      camel: "serviceStations",
      Pascal: "ServiceStations",
      Single: "ServiceStation",
      single: "serviceStation",
      table: "service_station",
      singleKebab: "service-station",
    });
    expect(namesOf("innovation-bases").Single).toBe("InnovationBase");
    expect(namesOf("industrial-clusters").table).toBe("industrial_cluster");
    expect(() => namesOf("Bad_Name")).toThrow(/kebab-case/);
  });

  it("renders the layout of DESIGN.md §3 with no placeholder left", () => {
    const files: Record<string, string> = renderFiles(n);
    for (const path of [
      "package.json",
      "src/schemas.ts",
      "src/server/index.ts",
      "src/server/resources.ts",
      "src/server/seed.ts",
      "src/admin/index.tsx",
      "src/admin/service-station-inputs.tsx",
      "src/public/index.tsx",
      "src/board/index.tsx",
    ])
      expect(Object.keys(files)).toContain(`packages/features/service-stations/${path}`);
    expect(Object.keys(files)).toContain("packages/db/prisma/schema/service-stations.prisma");
    expect(Object.keys(files)).toContain("packages/api/test/service-stations/service-stations.test.ts");
    expect(files["packages/api/test/service-stations/service-stations.test.ts"]).toContain('from "../../src"');
    for (const [path, body] of Object.entries(files)) expect(body, path).not.toMatch(/__[A-Za-z]+__/);
    expect(JSON.parse(files["packages/features/service-stations/package.json"]).exports).toHaveProperty("./board");
  });

  it("wires one line per composition file, idempotently", () => {
    const admin = 'export const adminFeatureNames: readonly string[] = [\n  "network",\n];\n';
    const once = wire["apps/admin/src/features.ts"](admin, n);
    expect(once).toBe('export const adminFeatureNames: readonly string[] = [\n  "network",\n  "service-stations",\n];\n');
    expect(wire["apps/admin/src/features.ts"](once, n)).toBe(once);
    const server =
      'import { serverFeature as network } from "@qifu/feature-network/server";\n\nexport const serverFeatures = [\n  network,\n] as const;\n';
    const wired = wire["packages/api/src/features.ts"](server, n);
    expect(wired).toBe(
      'import { serverFeature as network } from "@qifu/feature-network/server";\nimport { serverFeature as serviceStations } from "@qifu/feature-service-stations/server";\n\nexport const serverFeatures = [\n  network,\n  serviceStations,\n] as const;\n',
    );
    expect(wire["packages/api/src/features.ts"](wired, n)).toBe(wired);
    const pkg = '{\n  "dependencies": {\n    "@qifu/feature-network": "workspace:*",\n    "zod": "catalog:"\n  }\n}\n';
    const owners =
      "/packages/api/                      @qifu/platform\n/packages/features/network/         @qifu/network-team\n/packages/api/test/network/         @qifu/network-team\n/apps/admin/                        @qifu/console-team\n";
    const owned = wire[".github/CODEOWNERS"](owners, { ...n, owner: "@qifu/carriers-team" });
    expect(
      owned
        .split("\n")
        .slice(3, 6)
        .map((l: string) => l.split(/\s+/)),
    ).toEqual(
      [
        "/packages/features/service-stations/",
        "/packages/db/prisma/schema/service-stations.prisma",
        "/packages/api/test/service-stations/",
      ].map((p) => [p, "@qifu/carriers-team"]),
    );
    expect(wire[".github/CODEOWNERS"](owned, n)).toBe(owned);
    expect(JSON.parse(wireDependency(pkg, n)).dependencies).toEqual({
      "@qifu/feature-network": "workspace:*",
      "@qifu/feature-service-stations": "workspace:*",
      zod: "catalog:",
    });
  });
});
