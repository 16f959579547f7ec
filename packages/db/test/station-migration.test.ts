import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driverAdapterFor, migrate, readMigrations, type TSqlRunner } from "../src";
import { testDatabaseKind } from "../src/testing";

const FIRST = "20261206161025_station_is_node";

/**
 * Issue 10 point 4: the data migration that makes a service station one record. The database is
 * built as it was before (a station node and a station carrier row that disagree, a station with
 * no node, a station hosted by its own station node, a station node without carrier details),
 * the two migrations are applied, and the result is checked.
 */
describe(`station data migration on ${testDatabaseKind()}`, () => {
  let runner: TSqlRunner;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const server = process.env.QIFU_TEST_DATABASE_URL;
    let url = "memory://";
    let drop = async () => {};
    if (server) {
      const name = `qifu_test_${crypto.randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(server);
      u.pathname = `/${name}`;
      url = u.toString();
      drop = async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => {});
        await c.end();
      };
    }
    const driver = await driverAdapterFor(url);
    runner = await driver.openRunner();
    close = async () => {
      await runner.close();
      await driver.close();
      await drop();
    };
    // the schema as it was before this change
    await migrate(
      runner,
      readMigrations().filter((m) => m.name < FIRST),
    );
    await runner.exec(`
      INSERT INTO town (id, code, name, kind) VALUES ('t-sl', 'SHILING', '狮岭镇', 'TOWN'), ('t-tm', 'TIMIAN', '梯面镇', 'TOWN'), ('t-hd', 'HUADONG', '花东镇', 'TOWN');
      INSERT INTO node (id, name, kind, "townId", "updatedAt") VALUES ('n-unit-tm', '梯面镇企业服务中心', 'TOWN_UNIT', 't-tm', now());
      INSERT INTO node (id, name, kind, "townId", address, "contactPhone", "staffCount", status, "linkedAt", "serviceCategories", "updatedAt") VALUES
        ('n-sl', '狮岭镇中小企业服务站', 'SERVICE_STATION', 't-sl', '狮岭镇企业服务大楼2号', '020-36891054', 4, 'ACTIVE', '2025-03-01', ARRAY['LEGAL'], now()),
        ('n-hd', '花东镇站点', 'SERVICE_STATION', 't-hd', '花东镇花东大道1号', '020-1', 3, 'ACTIVE', '2025-03-01', ARRAY['LEGAL'], now()),
        ('n-orphan', '花东镇第二服务站', 'SERVICE_STATION', 't-hd', '花东镇某路2号', '020-2', 2, 'ACTIVE', '2024-05-06', ARRAY['FINANCING'], now()),
        ('n-platform', '狮岭皮具平台', 'DEMONSTRATION_PLATFORM', 't-sl', NULL, NULL, 20, 'ACTIVE', '2023-01-01', ARRAY[]::text[], now());
      INSERT INTO service_station (id, name, "townId", "operatorNodeId", "operatorKind", "operatorName", address, "openingHours", "serviceCategories", "staffOnDuty", "onCallName", "onCallPhone", status, "openedOn", description, "searchText", "updatedAt") VALUES
        ('s-sl', '狮岭镇中小企业服务站', 't-sl', NULL, 'GOVERNMENT', '狮岭镇企业服务中心', '狮岭镇府前路1号', '工作日', ARRAY['LEGAL','FINANCING'], 5, '张强', '020-86981234', 'ACTIVE', '2024-02-26', '服务皮具企业', '狮岭', now()),
        ('s-hd', '花东镇中小企业服务站', 't-hd', 'n-hd', 'GOVERNMENT', '花东镇企业服务中心', NULL, '工作日', ARRAY['LEGAL'], 6, NULL, '020-86983456', 'SUSPENDED', NULL, NULL, '花东', now()),
        ('s-cluster', '狮岭皮具集群服务站', 't-sl', 'n-platform', 'CLUSTER', '狮岭皮具平台', '狮岭镇金狮大道', '周一至周日', ARRAY['TECH_SUPPORT'], 8, '王海', '13600001111', 'ACTIVE', '2024-08-15', NULL, '皮具', now()),
        ('s-tm', '梯面镇中小企业服务站', 't-tm', NULL, 'GOVERNMENT', '梯面镇企业服务中心', NULL, '工作日', ARRAY['INFO_CONSULTING'], 2, NULL, '020-86987890', 'ACTIVE', '2026-01-05', NULL, '梯面', now());
    `);
    const applied = await migrate(runner);
    expect(applied).toEqual(
      readMigrations()
        .filter((m) => m.name >= FIRST)
        .map((m) => m.name),
    );
  }, 120_000);
  afterAll(() => close?.());

  const station = async (id: string) =>
    (
      await runner.query<Record<string, any>>(
        `SELECT s.*, n.name, n.kind, n."townId", n.address, n."contactName", n."contactPhone", n."staffCount", n.status, n."serviceCategories", n.description, n."parentId"
      FROM service_station s JOIN node n ON n.id = s."nodeId" WHERE s.id = $1`,
        [id],
      )
    )[0];

  it("links a station to the station node of its town and name, and the carrier's fields win", async () => {
    const s = await station("s-sl");
    expect(s).toMatchObject({
      nodeId: "n-sl",
      name: "狮岭镇中小企业服务站",
      townId: "t-sl",
      address: "狮岭镇府前路1号",
      contactPhone: "020-86981234",
      contactName: "张强",
      staffCount: 5,
      status: "ACTIVE",
      description: "服务皮具企业",
    });
    expect(s.serviceCategories).toEqual(["LEGAL", "FINANCING"]);
  });

  it("links a station to its host when the host is a free station node; the host link then goes", async () => {
    const s = await station("s-hd");
    expect(s).toMatchObject({
      nodeId: "n-hd",
      operatorNodeId: null,
      name: "花东镇中小企业服务站",
      status: "SUSPENDED",
      staffCount: 6,
      address: "花东镇花东大道1号",
    });
  });

  it("makes a node for a station that had none, under its town's unit, and keeps a non-station host", async () => {
    const tm = await station("s-tm");
    expect(tm).toMatchObject({
      kind: "SERVICE_STATION",
      name: "梯面镇中小企业服务站",
      townId: "t-tm",
      parentId: "n-unit-tm",
      contactPhone: "020-86987890",
      staffCount: 2,
    });
    const cluster = await station("s-cluster");
    expect(cluster).toMatchObject({
      kind: "SERVICE_STATION",
      name: "狮岭皮具集群服务站",
      operatorNodeId: "n-platform",
      operatorKind: "CLUSTER",
      address: "狮岭镇金狮大道",
      staffCount: 8,
    });
    expect(cluster.nodeId).not.toBe("n-platform");
  });

  it("gives a station node without carrier details a row: every station node is a station, each once", async () => {
    const rows = await runner.query<{ nodeId: string; openingHours: string; operatorName: string }>(
      `SELECT "nodeId", "openingHours", "operatorName" FROM service_station WHERE "nodeId" = 'n-orphan'`,
    );
    expect(rows).toEqual([{ nodeId: "n-orphan", openingHours: expect.any(String), operatorName: "花东镇企业服务中心" }]);
    const [{ nodes }] = await runner.query<{ nodes: number }>(`SELECT count(*)::int AS nodes FROM node WHERE kind = 'SERVICE_STATION'`);
    const [{ stations }] = await runner.query<{ stations: number }>(`SELECT count(*)::int AS stations FROM service_station`);
    expect(stations).toBe(nodes);
    expect(stations).toBe(5);
  });

  it("drops the moved columns and enforces one station per node", async () => {
    const cols = (
      await runner.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'service_station'`)
    ).map((r) => r.c);
    for (const gone of ["name", "townId", "address", "onCallPhone", "staffOnDuty", "status"]) expect(cols).not.toContain(gone);
    await expect(
      runner.exec(
        `INSERT INTO service_station (id, "nodeId", "operatorKind", "operatorName", "openingHours", "updatedAt") VALUES ('dup', 'n-sl', 'GOVERNMENT', 'x', 'y', now())`,
      ),
    ).rejects.toThrow();
    await expect(
      runner.exec(
        `INSERT INTO service_station (id, "operatorKind", "operatorName", "openingHours", "updatedAt") VALUES ('none', 'GOVERNMENT', 'x', 'y', now())`,
      ),
    ).rejects.toThrow();
  });
});
