-- CreateTable
CREATE TABLE "service_station" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "operatorNodeId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "openedOn" DATE,
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_station_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_station_townId_status_idx" ON "service_station"("townId", "status");

-- CreateIndex
CREATE INDEX "service_station_operatorNodeId_idx" ON "service_station"("operatorNodeId");

-- AddForeignKey
ALTER TABLE "service_station" ADD CONSTRAINT "service_station_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_station" ADD CONSTRAINT "service_station_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "service_station_searchVector_idx" ON "service_station" USING GIN ("searchVector");

CREATE TRIGGER service_station_audit AFTER INSERT OR UPDATE OR DELETE ON service_station FOR EACH ROW EXECUTE FUNCTION qifu_audit();
