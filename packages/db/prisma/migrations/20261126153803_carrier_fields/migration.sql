-- The starter rows of the generated skeletons (seeded by 151721/152242) have none of the
-- required fields below; they were demo data only, so they go (the seed writes the real ones).
DELETE FROM "service_station";
DELETE FROM "specialized_park";
DELETE FROM "target" WHERE "metricKey" IN ('serviceStations.count', 'specializedParks.count');

-- AlterTable
ALTER TABLE "service_station" ADD COLUMN     "address" TEXT,
ADD COLUMN     "onCallName" TEXT,
ADD COLUMN     "onCallPhone" TEXT NOT NULL,
ADD COLUMN     "openingHours" TEXT NOT NULL,
ADD COLUMN     "operatorKind" TEXT NOT NULL,
ADD COLUMN     "operatorName" TEXT NOT NULL,
ADD COLUMN     "serviceCategories" TEXT[],
ADD COLUMN     "staffOnDuty" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "specialized_park" ADD COLUMN     "address" TEXT,
ADD COLUMN     "developer" TEXT NOT NULL,
ADD COLUMN     "floorAreaSqm" INTEGER NOT NULL,
ADD COLUMN     "landAreaSqm" INTEGER NOT NULL,
ADD COLUMN     "leadingIndustry" TEXT,
ALTER COLUMN "status" SET DEFAULT 'PLANNED';

-- CreateTable
CREATE TABLE "specialized_park_resident" (
    "id" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "movedInOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "specialized_park_resident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "specialized_park_resident_enterpriseId_idx" ON "specialized_park_resident"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "specialized_park_resident_parkId_enterpriseId_key" ON "specialized_park_resident"("parkId", "enterpriseId");

-- AddForeignKey
ALTER TABLE "specialized_park_resident" ADD CONSTRAINT "specialized_park_resident_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "specialized_park"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "specialized_park_resident" ADD CONSTRAINT "specialized_park_resident_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written ------------------------------------------------------------------------------
CREATE TRIGGER specialized_park_resident_audit AFTER INSERT OR UPDATE OR DELETE ON specialized_park_resident FOR EACH ROW EXECUTE FUNCTION qifu_audit();
