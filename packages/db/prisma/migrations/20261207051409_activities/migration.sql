-- CreateTable
CREATE TABLE "activity_series" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activity_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "trainingId" TEXT,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "coOrganisers" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "queueCounter" INTEGER NOT NULL DEFAULT 0,
    "audienceTiers" TEXT[],
    "audienceIndustries" TEXT[],
    "audienceTownIds" TEXT[],
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "agenda" TEXT,
    "speakers" TEXT,
    "category" TEXT NOT NULL,
    "description" TEXT,
    "checkInToken" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_registration" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queueNo" INTEGER NOT NULL DEFAULT 0,
    "promotedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "attendedAt" TIMESTAMP(3),
    "checkInBy" TEXT,
    "rating" INTEGER,
    "comment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activity_registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "providerKind" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "contractNo" TEXT NOT NULL,
    "budgetFen" INTEGER NOT NULL,
    "spentFen" INTEGER NOT NULL DEFAULT 0,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "activity_series_code_key" ON "activity_series"("code");

-- CreateIndex
CREATE UNIQUE INDEX "activity_checkInToken_key" ON "activity"("checkInToken");

-- CreateIndex
CREATE INDEX "activity_townId_startsAt_idx" ON "activity"("townId", "startsAt");

-- CreateIndex
CREATE INDEX "activity_nodeId_startsAt_idx" ON "activity"("nodeId", "startsAt");

-- CreateIndex
CREATE INDEX "activity_seriesId_startsAt_idx" ON "activity"("seriesId", "startsAt");

-- CreateIndex
CREATE INDEX "activity_trainingId_idx" ON "activity"("trainingId");

-- CreateIndex
CREATE INDEX "activity_registration_activityId_status_queueNo_idx" ON "activity_registration"("activityId", "status", "queueNo");

-- CreateIndex
CREATE INDEX "activity_registration_enterpriseId_idx" ON "activity_registration"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "activity_registration_activityId_enterpriseId_key" ON "activity_registration"("activityId", "enterpriseId");

-- CreateIndex
CREATE INDEX "training_nodeId_idx" ON "training"("nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "training_contractNo_key" ON "training"("contractNo");

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "activity_series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Full-text search on the activity's words (searchTextFor)
CREATE INDEX "activity_searchVector_idx" ON "activity" USING GIN ("searchVector");

-- A seat is never given beyond capacity, whatever the code does (registration uses a conditional UPDATE)
ALTER TABLE "activity" ADD CONSTRAINT "activity_seats_within_capacity" CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= "capacity");
ALTER TABLE "activity_registration" ADD CONSTRAINT "activity_registration_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);

-- Audit: who changed what, before and after
CREATE TRIGGER activity_series_audit AFTER INSERT OR UPDATE OR DELETE ON activity_series FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER activity_audit AFTER INSERT OR UPDATE OR DELETE ON activity FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER activity_registration_audit AFTER INSERT OR UPDATE OR DELETE ON activity_registration FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER training_audit AFTER INSERT OR UPDATE OR DELETE ON training FOR EACH ROW EXECUTE FUNCTION qifu_audit();
