-- A service station is one record: the node of kind SERVICE_STATION (issue 10, point 4).
-- This step only adds; 20261206161026_station_is_node_data links the existing rows to their
-- node, moves the node-level fields there and then drops them from service_station.

-- AlterTable
ALTER TABLE "target" ADD COLUMN     "source" TEXT;

-- AlterTable (NOT NULL, unique and the foreign key come after the data step)
ALTER TABLE "service_station" ADD COLUMN     "nodeId" TEXT;
