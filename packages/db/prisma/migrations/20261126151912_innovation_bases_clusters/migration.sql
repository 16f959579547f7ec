-- CreateTable
CREATE TABLE "industrial_cluster" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "operatorNodeId" TEXT,
    "leadUnit" TEXT NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',
    "recognitionLevel" TEXT NOT NULL DEFAULT 'NONE',
    "establishedOn" DATE,
    "annualOutputWan" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "contactName" TEXT,
    "contactPhone" TEXT,
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "industrial_cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "industrial_cluster_member" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "linkKeys" TEXT[],
    "joinedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "industrial_cluster_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_base" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recognitionLevel" TEXT NOT NULL DEFAULT 'NONE',
    "townId" TEXT NOT NULL,
    "operatorNodeId" TEXT,
    "operatorName" TEXT NOT NULL,
    "address" TEXT,
    "floorAreaTotal" INTEGER NOT NULL,
    "floorAreaAvailable" INTEGER NOT NULL,
    "sharedFacilities" TEXT[],
    "serviceTeamSize" INTEGER NOT NULL DEFAULT 0,
    "mentorCount" INTEGER NOT NULL DEFAULT 0,
    "serviceTeamNote" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "openedOn" DATE,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "innovation_base_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_base_resident" (
    "id" TEXT NOT NULL,
    "baseId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "movedInOn" DATE NOT NULL,
    "graduatedOn" DATE,
    "leftOn" DATE,
    "areaUsed" INTEGER,
    "sizeClassAtEntry" TEXT,
    "tierAtEntry" TEXT NOT NULL DEFAULT 'NONE',
    "aboveSizeAtEntry" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "innovation_base_resident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "innovation_base_financing" (
    "id" TEXT NOT NULL,
    "baseId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "investor" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "innovation_base_financing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "industrial_cluster_townId_status_idx" ON "industrial_cluster"("townId", "status");

-- CreateIndex
CREATE INDEX "industrial_cluster_operatorNodeId_idx" ON "industrial_cluster"("operatorNodeId");

-- CreateIndex
CREATE INDEX "industrial_cluster_member_enterpriseId_idx" ON "industrial_cluster_member"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "industrial_cluster_member_clusterId_enterpriseId_key" ON "industrial_cluster_member"("clusterId", "enterpriseId");

-- CreateIndex
CREATE INDEX "innovation_base_townId_status_idx" ON "innovation_base"("townId", "status");

-- CreateIndex
CREATE INDEX "innovation_base_operatorNodeId_idx" ON "innovation_base"("operatorNodeId");

-- CreateIndex
CREATE INDEX "innovation_base_resident_enterpriseId_idx" ON "innovation_base_resident"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "innovation_base_resident_baseId_enterpriseId_key" ON "innovation_base_resident"("baseId", "enterpriseId");

-- CreateIndex
CREATE INDEX "innovation_base_financing_baseId_receivedOn_idx" ON "innovation_base_financing"("baseId", "receivedOn");

-- CreateIndex
CREATE INDEX "innovation_base_financing_residentId_idx" ON "innovation_base_financing"("residentId");

-- AddForeignKey
ALTER TABLE "industrial_cluster" ADD CONSTRAINT "industrial_cluster_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "industrial_cluster" ADD CONSTRAINT "industrial_cluster_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "industrial_cluster_member" ADD CONSTRAINT "industrial_cluster_member_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "industrial_cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "industrial_cluster_member" ADD CONSTRAINT "industrial_cluster_member_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base" ADD CONSTRAINT "innovation_base_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base" ADD CONSTRAINT "innovation_base_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base_resident" ADD CONSTRAINT "innovation_base_resident_baseId_fkey" FOREIGN KEY ("baseId") REFERENCES "innovation_base"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base_resident" ADD CONSTRAINT "innovation_base_resident_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base_financing" ADD CONSTRAINT "innovation_base_financing_baseId_fkey" FOREIGN KEY ("baseId") REFERENCES "innovation_base"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "innovation_base_financing" ADD CONSTRAINT "innovation_base_financing_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "innovation_base_resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "innovation_base_searchVector_idx" ON "innovation_base" USING GIN ("searchVector");
CREATE INDEX "industrial_cluster_searchVector_idx" ON "industrial_cluster" USING GIN ("searchVector");

-- Figures that cannot be wrong whatever writes them.
ALTER TABLE "innovation_base" ADD CONSTRAINT "innovation_base_area_check" CHECK ("floorAreaTotal" > 0 AND "floorAreaAvailable" >= 0 AND "floorAreaAvailable" <= "floorAreaTotal");
ALTER TABLE "innovation_base_financing" ADD CONSTRAINT "innovation_base_financing_amount_check" CHECK ("amountFen" > 0);

CREATE TRIGGER innovation_base_audit AFTER INSERT OR UPDATE OR DELETE ON innovation_base FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER innovation_base_resident_audit AFTER INSERT OR UPDATE OR DELETE ON innovation_base_resident FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER innovation_base_financing_audit AFTER INSERT OR UPDATE OR DELETE ON innovation_base_financing FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER industrial_cluster_audit AFTER INSERT OR UPDATE OR DELETE ON industrial_cluster FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER industrial_cluster_member_audit AFTER INSERT OR UPDATE OR DELETE ON industrial_cluster_member FOR EACH ROW EXECUTE FUNCTION qifu_audit();
