-- Data migration (hand-written), issue 10 point 4: a service station is the network node of
-- kind SERVICE_STATION; service_station keeps only the station's own details and a required,
-- unique "nodeId". Name, town, address, phone, staff, services, status and description are the
-- node's (one place to edit).
--
-- 1. Link each station row to its node: a SERVICE_STATION node of the same town and name, else
--    its host node when that is a SERVICE_STATION node no other station has taken.
-- 2. A station with no such node gets one (under its town's unit), made from its own fields.
-- 3. The station's fields win over the node's where they differ (the carrier record was the
--    one staff kept up to date): they are moved to the node.
-- 4. Constraints; the moved columns are dropped.
-- 5. A SERVICE_STATION node with no station row gets one (defaults for the station's details):
--    every station node is then a station on every page.

-- 1a. same town and name (the oldest station row takes the node when two share a name)
UPDATE "service_station" s SET "nodeId" = m.node_id
FROM (
  SELECT DISTINCT ON (n.id) s2.id AS station_id, n.id AS node_id
  FROM "service_station" s2
  JOIN "node" n ON n.kind = 'SERVICE_STATION' AND n."townId" = s2."townId" AND btrim(n.name) = btrim(s2.name)
  ORDER BY n.id, s2."createdAt", s2.id
) m
WHERE s.id = m.station_id;

-- 1b. the host node, when it is itself a station node in the same town and still free
UPDATE "service_station" s SET "nodeId" = m.node_id
FROM (
  SELECT DISTINCT ON (n.id) s2.id AS station_id, n.id AS node_id
  FROM "service_station" s2
  JOIN "node" n ON n.id = s2."operatorNodeId" AND n.kind = 'SERVICE_STATION' AND (n."townId" IS NULL OR n."townId" = s2."townId")
  WHERE s2."nodeId" IS NULL AND NOT EXISTS (SELECT 1 FROM "service_station" t WHERE t."nodeId" = n.id)
  ORDER BY n.id, s2."createdAt", s2.id
) m
WHERE s.id = m.station_id AND s."nodeId" IS NULL;

-- 2. a node for every station still unlinked (its parent: the town's unit, when there is one)
INSERT INTO "node" (id, name, kind, "parentId", "townId", "recognitionLevel", address, "contactName", "contactPhone",
                    "staffCount", "serviceCategories", status, "linkedAt", description, "searchText", "createdAt", "updatedAt")
SELECT 'stn-' || s.id, s.name, 'SERVICE_STATION',
       (SELECT u.id FROM "node" u WHERE u.kind = 'TOWN_UNIT' AND u."townId" = s."townId" ORDER BY u."createdAt", u.id LIMIT 1),
       s."townId", 'NONE', s.address, s."onCallName", s."onCallPhone", s."staffOnDuty", COALESCE(s."serviceCategories", ARRAY[]::text[]),
       s.status, s."openedOn", s.description, s."searchText", s."createdAt", CURRENT_TIMESTAMP
FROM "service_station" s
WHERE s."nodeId" IS NULL;
UPDATE "service_station" SET "nodeId" = 'stn-' || id WHERE "nodeId" IS NULL;

-- 3. the station's values move to its node
UPDATE "node" n SET
  name = s.name,
  "townId" = s."townId",
  address = COALESCE(s.address, n.address),
  "contactName" = COALESCE(s."onCallName", n."contactName"),
  "contactPhone" = COALESCE(s."onCallPhone", n."contactPhone"),
  "staffCount" = s."staffOnDuty",
  "serviceCategories" = CASE WHEN cardinality(s."serviceCategories") > 0 THEN s."serviceCategories" ELSE n."serviceCategories" END,
  status = s.status,
  description = COALESCE(s.description, n.description),
  "updatedAt" = CURRENT_TIMESTAMP
FROM "service_station" s
WHERE s."nodeId" = n.id;

-- the station node itself is no host of its own
UPDATE "service_station" SET "operatorNodeId" = NULL WHERE "operatorNodeId" = "nodeId";

-- 4. constraints, and the columns that now live on the node go
ALTER TABLE "service_station" ALTER COLUMN "nodeId" SET NOT NULL;
CREATE UNIQUE INDEX "service_station_nodeId_key" ON "service_station"("nodeId");
ALTER TABLE "service_station" ADD CONSTRAINT "service_station_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "service_station" DROP CONSTRAINT "service_station_townId_fkey";
DROP INDEX "service_station_townId_status_idx";
ALTER TABLE "service_station" DROP COLUMN "address",
DROP COLUMN "description",
DROP COLUMN "name",
DROP COLUMN "onCallName",
DROP COLUMN "onCallPhone",
DROP COLUMN "serviceCategories",
DROP COLUMN "staffOnDuty",
DROP COLUMN "status",
DROP COLUMN "townId";

-- 5. station details for every station node without them
INSERT INTO "service_station" (id, "nodeId", "operatorKind", "operatorName", "openingHours", "openedOn", "searchText", "createdAt", "updatedAt")
SELECT 'stn-' || n.id, n.id, 'GOVERNMENT', COALESCE(t.name || '企业服务中心', n.name), '工作日 9:00-12:00，14:00-17:30', n."linkedAt", n."searchText", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "node" n
LEFT JOIN "town" t ON t.id = n."townId"
WHERE n.kind = 'SERVICE_STATION' AND NOT EXISTS (SELECT 1 FROM "service_station" s WHERE s."nodeId" = n.id);
