-- CreateTable
CREATE TABLE "cultivation_recognition" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "recognisedOn" DATE NOT NULL,
    "validUntil" DATE,
    "reexamineOn" DATE,
    "roundId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "note" TEXT,
    "expiryNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cultivation_recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cultivation_criterion" (
    "id" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "figureKey" TEXT NOT NULL,
    "op" TEXT NOT NULL DEFAULT 'GTE',
    "threshold" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "sourceDate" DATE,
    "placeholder" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cultivation_criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cultivation_figure" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "figureKey" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT,
    "reportedById" TEXT,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,

    CONSTRAINT "cultivation_figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cultivation_round" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "validYears" INTEGER NOT NULL DEFAULT 3,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cultivation_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cultivation_application" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "recommendedAt" TIMESTAMP(3),
    "recommendedById" TEXT,
    "material" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decision" TEXT NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "recognitionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cultivation_application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cultivation_recognition_enterpriseId_idx" ON "cultivation_recognition"("enterpriseId");

-- CreateIndex
CREATE INDEX "cultivation_recognition_level_validUntil_idx" ON "cultivation_recognition"("level", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "cultivation_criterion_level_figureKey_key" ON "cultivation_criterion"("level", "figureKey");

-- CreateIndex
CREATE INDEX "cultivation_figure_confirmedAt_idx" ON "cultivation_figure"("confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "cultivation_figure_enterpriseId_figureKey_key" ON "cultivation_figure"("enterpriseId", "figureKey");

-- CreateIndex
CREATE INDEX "cultivation_round_status_idx" ON "cultivation_round"("status");

-- CreateIndex
CREATE INDEX "cultivation_application_townId_idx" ON "cultivation_application"("townId");

-- CreateIndex
CREATE UNIQUE INDEX "cultivation_application_roundId_enterpriseId_key" ON "cultivation_application"("roundId", "enterpriseId");

-- AddForeignKey
ALTER TABLE "cultivation_recognition" ADD CONSTRAINT "cultivation_recognition_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cultivation_figure" ADD CONSTRAINT "cultivation_figure_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cultivation_application" ADD CONSTRAINT "cultivation_application_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "cultivation_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cultivation_application" ADD CONSTRAINT "cultivation_application_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- every change is audited (who, before, after)
CREATE TRIGGER cultivation_recognition_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_recognition FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER cultivation_criterion_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_criterion FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER cultivation_figure_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_figure FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER cultivation_round_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_round FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER cultivation_application_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_application FOR EACH ROW EXECUTE FUNCTION qifu_audit();
