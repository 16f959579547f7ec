import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform, type TCaller } from "../../src";

/**
 * Issue 10 point 4: one truth per fact. The home page (network.overview), the carrier page
 * (serviceStations.publicList) and the board (serviceStations.stats and the network table of
 * network.stats) count operating stations and the towns they cover with one metric, so they
 * agree — before and after a station is suspended, or a station is edited on its node.
 */
describe(`one station metric on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
  }, 300_000);
  afterAll(() => p.close());

  async function figures() {
    const anon = p.anonymous();
    const home = await anon.network.overview();
    const carrier = await anon.serviceStations.publicList({ perPage: 60 });
    const board = await district.serviceStations.stats();
    const network = await district.network.stats();
    const carrierTowns = new Set(carrier.data.map((s) => s.townId));
    const networkTowns = network.byTown.filter((t) => t.stations > 0);
    return {
      home: { operating: home.stations.operating, towns: home.stations.townsCovered },
      carrier: { operating: carrier.total, towns: carrierTowns.size },
      board: { operating: board.active, towns: board.townsCovered },
      boardCoverage: {
        operating: board.coverage.reduce((n, c) => n + c.count, 0),
        towns: board.coverage.filter((c) => c.count > 0).length,
      },
      networkTable: { operating: networkTowns.reduce((n, t) => n + t.stations, 0), towns: networkTowns.length },
      coveredByBoard: board.coverage
        .filter((c) => c.count > 0)
        .map((c) => c.townId)
        .sort(),
      coveredByNetwork: networkTowns.map((t) => t.key).sort(),
      coveredByCarrier: [...carrierTowns].sort(),
    };
  }

  function expectAgree(f: Awaited<ReturnType<typeof figures>>) {
    expect(f.carrier).toEqual(f.home);
    expect(f.board).toEqual(f.home);
    expect(f.boardCoverage).toEqual(f.home);
    expect(f.networkTable).toEqual(f.home);
    expect(f.coveredByNetwork).toEqual(f.coveredByBoard);
    expect(f.coveredByCarrier).toEqual(f.coveredByBoard);
  }

  it("the home page, the carrier page and the board give the same counts and coverage", async () => {
    const f = await figures();
    expectAgree(f);
    expect(f.home.operating).toBeGreaterThanOrEqual(12);
    // 赤坭镇's only station is suspended, 梯面镇 has none: neither is covered anywhere
    const names = new Map((await p.prisma.town.findMany()).map((t) => [t.id, t.name]));
    const covered = f.coveredByBoard.map((id) => names.get(id));
    expect(covered).not.toContain("赤坭镇");
    expect(covered).not.toContain("梯面镇");
  });

  it("stay equal when a station is suspended on its node and one is renamed there", async () => {
    const before = await figures();
    const station = await p.prisma.serviceStation.findFirstOrThrow({
      where: { node: { status: "ACTIVE", town: { code: "HUADONG" } } },
      include: { node: true },
    });
    // edited where the network keeps it: the node
    const admin = district;
    await admin.nodes.update({ id: station.nodeId, data: { status: "SUSPENDED" } });
    const after = await figures();
    expectAgree(after);
    expect(after.home.operating).toBe(before.home.operating - 1);
    expect(after.home.towns).toBe(before.home.towns - 1);
    await admin.nodes.update({ id: station.nodeId, data: { status: "ACTIVE", name: "花东镇中小企业服务站（新址）" } });
    const renamed = await district.serviceStations.get({ id: station.id });
    expect(renamed.name).toBe("花东镇中小企业服务站（新址）");
    expectAgree(await figures());
  });
});
