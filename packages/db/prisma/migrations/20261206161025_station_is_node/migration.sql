-- A service station is one record: the node of kind SERVICE_STATION (issue 10, point 4).
-- This step only adds; 20261206161026_station_is_node_data links the existing rows to their
-- node, moves the node-level fields there and then drops them from service_station.

-- AlterTable
ALTER TABLE "target" ADD COLUMN     "source" TEXT;

-- AlterTable (NOT NULL, unique and the foreign key come after the data step)
ALTER TABLE "service_station" ADD COLUMN     "nodeId" TEXT;

-- Targets cite their plan as data (issue 10 point 8): the seeded notes named it in text; the
-- Huadu district's own targets do not come from the Sichuan notice.
UPDATE "target" SET "source" = '《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》'
WHERE "source" IS NULL AND "note" LIKE '花都区三年行动计划%';
UPDATE "target" SET "source" = '《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》',
  "note" = regexp_replace("note", '^四川省通知：', '') || '（区年度考核口径）'
WHERE "note" LIKE '四川省通知：%';
