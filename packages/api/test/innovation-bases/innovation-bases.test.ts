import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** 创新创业基地: scope from the refused side, validation messages, figures and target progress on the seeded data. */
describe(`innovation bases on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller; // town admin of 狮岭镇
  let shilingTownId: string;
  let xinhuaTownId: string;
  const XINHUA_BASE = "seed-innovation-base-xinhua";
  const SHILING_BASE = "seed-innovation-base-shiling";

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    shiling = await p.as("shiling");
    shilingTownId = await p.townId("SHILING");
    xinhuaTownId = await p.townId("XINHUA");
  });
  afterAll(() => p.close());

  const baseInput = (townId: string, extra: Record<string, unknown> = {}) => ({
    name: "测试孵化器",
    kind: "INCUBATOR" as const,
    townId,
    operatorName: "测试运营有限公司",
    floorAreaTotal: 1000,
    floorAreaAvailable: 400,
    ...extra,
  });

  describe("town admin A against town B", () => {
    it("lists and reads only their own town's bases", async () => {
      const mine = await shiling.innovationBases.list({ pagination: { page: 1, perPage: 100 } });
      expect(mine.total).toBeGreaterThan(0);
      expect(mine.data.every((b) => b.townId === shilingTownId)).toBe(true);
      expect(await shiling.innovationBases.list({ filter: { townId: xinhuaTownId } })).toEqual({ data: [], total: 0 });
      expect(await codeOf(shiling.innovationBases.get({ id: XINHUA_BASE }))).toBe("NOT_FOUND");
      expect(await shiling.innovationBases.getMany({ ids: [XINHUA_BASE] })).toEqual([]);
      expect(await codeOf(shiling.innovationBases.figures({ id: XINHUA_BASE }))).toBe("NOT_FOUND");
      const residents = await shiling.innovationBaseResidents.list({
        pagination: { page: 1, perPage: 100 },
        filter: { baseId: XINHUA_BASE },
      });
      expect(residents.total).toBe(0);
    });

    it("cannot create, edit, move or delete across the town line, and nothing is written", async () => {
      const before = await p.prisma.innovationBase.count();
      const audits = await p.prisma.auditLog.count();
      expect(await codeOf(shiling.innovationBases.create(baseInput(xinhuaTownId)))).toBe("FORBIDDEN");
      expect(await p.prisma.innovationBase.count()).toBe(before);
      expect(await p.prisma.auditLog.count()).toBe(audits);
      expect(await codeOf(shiling.innovationBases.update({ id: XINHUA_BASE, data: { mentorCount: 1 } }))).toBe("NOT_FOUND");
      expect(await codeOf(shiling.innovationBases.update({ id: SHILING_BASE, data: { townId: xinhuaTownId } }))).toBe("FORBIDDEN");
      expect((await p.prisma.innovationBase.findUniqueOrThrow({ where: { id: SHILING_BASE } })).townId).toBe(shilingTownId);
      expect(await codeOf(shiling.innovationBases.delete({ id: SHILING_BASE }))).toBe("FORBIDDEN");
    });

    it("cannot add residents or financings to town B's base", async () => {
      const enterprise = await p.prisma.enterprise.findFirstOrThrow({ where: { townId: shilingTownId } });
      const residents = await p.prisma.innovationBaseResident.count();
      expect(
        await codeOf(shiling.innovationBaseResidents.create({ baseId: XINHUA_BASE, enterpriseId: enterprise.id, movedInOn: "2026-01-05" })),
      ).toBe("FORBIDDEN");
      expect(await p.prisma.innovationBaseResident.count()).toBe(residents);
      const xinhuaResident = await p.prisma.innovationBaseResident.findFirstOrThrow({ where: { baseId: XINHUA_BASE } });
      expect(
        await codeOf(
          shiling.innovationBaseFinancings.create({
            residentId: xinhuaResident.id,
            kind: "GRANT",
            amountFen: 100_000,
            investor: "越界资金",
            receivedOn: "2026-02-01",
          }),
        ),
      ).toBe("FORBIDDEN");
      expect(await codeOf(shiling.innovationBaseResidents.update({ id: xinhuaResident.id, data: { note: "越界" } }))).toBe("NOT_FOUND");
      expect(await codeOf(shiling.innovationBaseResidents.delete({ id: xinhuaResident.id }))).toBe("NOT_FOUND");
    });

    it("manages their own town's base", async () => {
      const created = await shiling.innovationBases.create(baseInput(shilingTownId, { name: "狮岭箱包创客空间", kind: "MAKERSPACE" }));
      expect(created).toMatchObject({ townName: "狮岭镇", occupancy: 0.6, residentCount: 0 });
      const audit = await p.prisma.auditLog.findFirst({ where: { resource: "innovation_base", recordId: created.id } });
      expect(audit).toMatchObject({ action: "INSERT", actorRole: "TOWN_ADMIN" });
    });
  });

  describe("node operator", () => {
    it("edits the base its node runs, but no admin-only field and no other base", async () => {
      const operator = await p.as("operator");
      const me = await p.userOf("operator");
      expect((await operator.innovationBases.list({})).total).toBe(0); // its node runs no seeded base
      const own = await district.innovationBases.create(
        baseInput(shilingTownId, { name: "狮岭皮革皮具产业孵化器", operatorNodeId: me.nodeId }),
      );
      const list = await operator.innovationBases.list({});
      expect(list.data.map((b) => b.id)).toEqual([own.id]);
      expect(
        (await operator.innovationBases.update({ id: own.id, data: { floorAreaAvailable: 100, mentorCount: 5 } })).occupancy,
      ).toBeCloseTo(0.9);
      expect(await codeOf(operator.innovationBases.update({ id: own.id, data: { status: "CLOSED" } }))).toBe("FORBIDDEN");
      expect(await codeOf(operator.innovationBases.update({ id: own.id, data: { townId: xinhuaTownId } }))).toBe("FORBIDDEN");
      expect(await codeOf(operator.innovationBases.update({ id: SHILING_BASE, data: { mentorCount: 1 } }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.innovationBases.create(baseInput(shilingTownId)))).toBe("FORBIDDEN");
      // its residents: yes; another base's: no
      const enterprise = await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州宏图五金配件有限公司" } });
      const r = await operator.innovationBaseResidents.create({ baseId: own.id, enterpriseId: enterprise.id, movedInOn: "2026-03-01" });
      expect(r).toMatchObject({ status: "IN_RESIDENCE", enterpriseName: "广州宏图五金配件有限公司", aboveSizeAtEntry: false });
      expect(
        await codeOf(
          operator.innovationBaseResidents.create({ baseId: SHILING_BASE, enterpriseId: enterprise.id, movedInOn: "2026-03-01" }),
        ),
      ).toBe("FORBIDDEN");
    });

    it("other staff and the public reach no admin procedure", async () => {
      for (const who of ["commissioner", "enterprise"]) {
        const caller = await p.as(who);
        expect(await codeOf(caller.innovationBases.list({}))).toBe("FORBIDDEN");
        expect(await codeOf(caller.innovationBaseResidents.list({}))).toBe("FORBIDDEN");
      }
      expect(await codeOf(p.anonymous().innovationBases.get({ id: XINHUA_BASE }))).toBe("UNAUTHENTICATED");
    });
  });

  describe("validation messages", () => {
    it("names the field and says what is wrong, in both languages", async () => {
      const area = await refusalOf(
        district.innovationBases.create(baseInput(xinhuaTownId, { floorAreaAvailable: 2000 })),
        "innovationBases.create",
      );
      expect(area.code).toBe("VALIDATION");
      expect(area.fields[0]).toEqual({
        path: "floorAreaAvailable",
        message: { zh: "可用面积不能大于总面积", en: "The available area cannot exceed the total floor area" },
      });
      const name = await refusalOf(district.innovationBases.create(baseInput(xinhuaTownId, { name: "孵" })), "innovationBases.create");
      expect(name.fields[0].path).toBe("name");
      expect(name.fields[0].message.zh).toBe("基地名称至少 2 个字符");
      const kind = await refusalOf(district.innovationBases.create(baseInput(xinhuaTownId, { kind: "PARK" })), "innovationBases.create");
      expect(kind.fields[0].message.zh).toBe("基地类型不是允许的取值");
      const nodeElsewhere = await refusalOf(
        district.innovationBases.create(baseInput(xinhuaTownId, { operatorNodeId: "seed-node-SHILING-1" })),
        "innovationBases.create",
      );
      expect(nodeElsewhere.fields[0]).toMatchObject({ path: "operatorNodeId", message: { zh: "运营节点须属于基地所在镇街" } });
    });

    it("checks residency and financing dates against each other", async () => {
      const enterprise = await p.prisma.enterprise.findFirstOrThrow({ where: { name: "广州城南餐饮管理有限公司" } });
      const early = await refusalOf(
        district.innovationBaseResidents.create({
          baseId: XINHUA_BASE,
          enterpriseId: enterprise.id,
          movedInOn: "2025-05-01",
          graduatedOn: "2024-01-01",
        }),
        "innovationBaseResidents.create",
      );
      expect(early.fields[0]).toEqual({
        path: "graduatedOn",
        message: { zh: "毕业日期不能早于入驻日期", en: "The graduation date cannot be before the move-in date" },
      });
      const both = await refusalOf(
        district.innovationBaseResidents.create({
          baseId: XINHUA_BASE,
          enterpriseId: enterprise.id,
          movedInOn: "2025-05-01",
          graduatedOn: "2026-01-01",
          leftOn: "2026-01-01",
        }),
        "innovationBaseResidents.create",
      );
      expect(both.fields[0].path).toBe("leftOn");
      const again = await refusalOf(
        district.innovationBaseResidents.create({
          baseId: XINHUA_BASE,
          enterpriseId: (await p.prisma.innovationBaseResident.findFirstOrThrow({ where: { baseId: XINHUA_BASE } })).enterpriseId,
          movedInOn: "2025-05-01",
        }),
        "innovationBaseResidents.create",
      );
      expect(again.code).toBe("CONFLICT");
      const resident = await district.innovationBaseResidents.create({
        baseId: XINHUA_BASE,
        enterpriseId: enterprise.id,
        movedInOn: "2025-05-01",
      });
      const before = await refusalOf(
        district.innovationBaseFinancings.create({
          residentId: resident.id,
          kind: "LOAN",
          amountFen: 50_000_000,
          investor: "某银行",
          receivedOn: "2025-04-30",
        }),
        "innovationBaseFinancings.create",
      );
      expect(before.fields[0]).toMatchObject({
        path: "receivedOn",
        message: { zh: "到位日期不能早于企业入驻日期（只统计在孵期间获得的融资）" },
      });
      const zero = await refusalOf(
        district.innovationBaseFinancings.create({
          residentId: resident.id,
          kind: "LOAN",
          amountFen: 0,
          investor: "某银行",
          receivedOn: "2025-06-01",
        }),
        "innovationBaseFinancings.create",
      );
      expect(zero.fields[0]).toMatchObject({ path: "amountFen", message: { zh: "金额（分）不能小于 1" } });
      const ok = await district.innovationBaseFinancings.create({
        residentId: resident.id,
        kind: "LOAN",
        amountFen: 50_000_000,
        investor: "某银行",
        receivedOn: "2025-06-01",
      });
      expect(ok).toMatchObject({ amountFen: 50_000_000, baseId: XINHUA_BASE, enterpriseName: "广州城南餐饮管理有限公司" });
    });
  });

  describe("figures and targets on the seeded data", () => {
    it("a base's occupancy, graduations per year, residents grown above size and money raised", async () => {
      const figures = await district.innovationBases.figures({ id: "seed-innovation-base-auto" });
      expect(figures.occupancy).toBeCloseTo((26000 - 4100) / 26000);
      expect(figures).toMatchObject({ inResidence: 1, graduated: 3, left: 0 });
      expect(figures.graduationsByYear).toEqual([
        { year: 2023, count: 1 },
        { year: 2024, count: 1 },
        { year: 2025, count: 1 },
      ]);
      // 智驾软件 (software, 2300万元 ≥ 2000), 车联检测 (testing, 1500 ≥ 1000), 精铸模具 and 东风智联 (industry ≥ 2000) moved in below size
      expect(figures.grownAboveSize).toBe(4);
      expect(figures.financingFen).toBe((3000 + 6000 + 800 + 100) * 1_000_000);
      expect(figures.financingByKind.find((k) => k.kind === "EQUITY")).toEqual({ kind: "EQUITY", amountFen: 9_000_000_000, count: 2 });
    });

    it("target progress: bases counted by opening date, graduations by year, from live data", async () => {
      const progress = await p.anonymous().targets.progress({ metricKey: "innovationBases.count" });
      expect(progress.map((r) => [r.year, r.target])).toEqual([
        [2025, 5],
        [2026, 6],
        [2027, 8],
      ]);
      // six demo bases opened by 2025 (炭步 on 2025-12-01), plus the ones the tests above created (no opening date)
      const created = await p.prisma.innovationBase.count({
        where: { id: { notIn: ["xinhua", "xinya", "shiling", "tanbu", "auto", "airport"].map((k) => `seed-innovation-base-${k}`) } },
      });
      expect(progress[0].actual).toBe(6 + created);
      const graduations = await p.anonymous().targets.progress({ metricKey: "innovationBases.graduations", year: 2025 });
      expect(graduations[0]).toMatchObject({ target: 3, actual: 2 }); // 知识产权代理 (2025-06-30), 车联检测 (2025-03-31)
      // a graduation in 2025 moves the figure; one that is undone moves it back
      const r = await p.prisma.innovationBaseResident.findFirstOrThrow({
        where: { baseId: "seed-innovation-base-xinhua", graduatedOn: null, leftOn: null, movedInOn: { lt: new Date("2025-01-01") } },
      });
      await district.innovationBaseResidents.update({ id: r.id, data: { graduatedOn: "2025-12-20" } });
      expect((await p.anonymous().targets.progress({ metricKey: "innovationBases.graduations", year: 2025 }))[0].actual).toBe(3);
      await district.innovationBaseResidents.update({ id: r.id, data: { graduatedOn: null } });
      expect((await p.anonymous().targets.progress({ metricKey: "innovationBases.graduations", year: 2025 }))[0].actual).toBe(2);
    });

    it("the board's stats: a town admin sees its own town only", async () => {
      const all = await district.innovationBases.stats();
      expect(all.byKind.find((k) => k.key === "ACCELERATOR")?.count).toBeGreaterThanOrEqual(1);
      expect(all.progress.map((r) => r.target)).toEqual([5, 6, 8]);
      expect(all.graduationProgress.map((r) => r.target)).toEqual([3, 4, 5]);
      const mine = await shiling.innovationBases.stats();
      expect(mine.byTown.map((t) => t.label)).toEqual(["狮岭镇"]);
      expect(mine.active).toBe(await p.prisma.innovationBase.count({ where: { townId: shilingTownId, status: "ACTIVE" } }));
    });

    it("the public sees active bases only, with their residents", async () => {
      const anon = p.anonymous();
      const list = await anon.innovationBases.publicList({ perPage: 60 });
      expect(list.total).toBe(await p.prisma.innovationBase.count({ where: { status: "ACTIVE" } }));
      const page = await anon.innovationBases.publicGet({ id: "seed-innovation-base-shiling" });
      expect(page.residents.map((r) => r.name)).toContain("花都区狮岭时尚皮具设计工作室");
      await district.innovationBases.update({ id: "seed-innovation-base-tanbu", data: { status: "SUSPENDED" } });
      expect(await codeOf(anon.innovationBases.publicGet({ id: "seed-innovation-base-tanbu" }))).toBe("NOT_FOUND");
      expect((await anon.innovationBases.publicList({ q: "孵化器" })).data.some((b) => b.id === "seed-innovation-base-tanbu")).toBe(false);
      await district.innovationBases.update({ id: "seed-innovation-base-tanbu", data: { status: "ACTIVE" } });
    });
  });
});
