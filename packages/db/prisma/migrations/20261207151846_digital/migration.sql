-- CreateTable
CREATE TABLE "digital_indicator_set" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "level1Min" INTEGER NOT NULL,
    "level2Min" INTEGER NOT NULL,
    "level3Min" INTEGER NOT NULL,
    "level4Min" INTEGER NOT NULL,
    "thresholdsPlaceholder" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_indicator_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_indicator" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "placeholder" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_diagnosis" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "setId" TEXT NOT NULL,
    "byNodeId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "score" DOUBLE PRECISION,
    "level" INTEGER,
    "dimensionScores" JSONB,
    "weakIndicatorIds" TEXT[],
    "pledgedBy" TEXT,
    "committedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_need" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "diagnosisId" TEXT,
    "scenario" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "indicatorIds" TEXT[],
    "text" TEXT NOT NULL,
    "budgetFen" INTEGER,
    "timeline" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "postedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_solution" (
    "id" TEXT NOT NULL,
    "providerNodeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "industries" TEXT[],
    "priceMinFen" INTEGER NOT NULL,
    "priceMaxFen" INTEGER NOT NULL,
    "deployDays" INTEGER NOT NULL,
    "cases" TEXT,
    "description" TEXT,
    "contact" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_contact" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "message" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "sentOn" DATE NOT NULL,
    "answer" TEXT,
    "priceFen" INTEGER,
    "goLiveOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_benchmark" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "recognisedOn" DATE NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "solutionIds" TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "digital_benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "digital_indicator_set_industry_active_idx" ON "digital_indicator_set"("industry", "active");

-- CreateIndex
CREATE UNIQUE INDEX "digital_indicator_setId_code_key" ON "digital_indicator"("setId", "code");

-- CreateIndex
CREATE INDEX "digital_diagnosis_enterpriseId_status_committedAt_idx" ON "digital_diagnosis"("enterpriseId", "status", "committedAt");

-- CreateIndex
CREATE INDEX "digital_diagnosis_townId_status_idx" ON "digital_diagnosis"("townId", "status");

-- CreateIndex
CREATE INDEX "digital_diagnosis_byNodeId_idx" ON "digital_diagnosis"("byNodeId");

-- CreateIndex
CREATE INDEX "digital_need_enterpriseId_idx" ON "digital_need"("enterpriseId");

-- CreateIndex
CREATE INDEX "digital_need_townId_status_idx" ON "digital_need"("townId", "status");

-- CreateIndex
CREATE INDEX "digital_solution_status_scenario_idx" ON "digital_solution"("status", "scenario");

-- CreateIndex
CREATE INDEX "digital_solution_providerNodeId_idx" ON "digital_solution"("providerNodeId");

-- CreateIndex
CREATE INDEX "digital_contact_solutionId_idx" ON "digital_contact"("solutionId");

-- CreateIndex
CREATE UNIQUE INDEX "digital_contact_needId_solutionId_key" ON "digital_contact"("needId", "solutionId");

-- CreateIndex
CREATE INDEX "digital_benchmark_published_idx" ON "digital_benchmark"("published");

-- AddForeignKey
ALTER TABLE "digital_indicator" ADD CONSTRAINT "digital_indicator_setId_fkey" FOREIGN KEY ("setId") REFERENCES "digital_indicator_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_diagnosis" ADD CONSTRAINT "digital_diagnosis_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_diagnosis" ADD CONSTRAINT "digital_diagnosis_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_diagnosis" ADD CONSTRAINT "digital_diagnosis_setId_fkey" FOREIGN KEY ("setId") REFERENCES "digital_indicator_set"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_diagnosis" ADD CONSTRAINT "digital_diagnosis_byNodeId_fkey" FOREIGN KEY ("byNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_need" ADD CONSTRAINT "digital_need_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_need" ADD CONSTRAINT "digital_need_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_need" ADD CONSTRAINT "digital_need_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "digital_diagnosis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_solution" ADD CONSTRAINT "digital_solution_providerNodeId_fkey" FOREIGN KEY ("providerNodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_contact" ADD CONSTRAINT "digital_contact_needId_fkey" FOREIGN KEY ("needId") REFERENCES "digital_need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_contact" ADD CONSTRAINT "digital_contact_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "digital_solution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_benchmark" ADD CONSTRAINT "digital_benchmark_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------
-- Audit (ARCHITECTURE.md: every mutation recorded).
CREATE TRIGGER digital_indicator_set_audit AFTER INSERT OR UPDATE OR DELETE ON digital_indicator_set FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_indicator_audit AFTER INSERT OR UPDATE OR DELETE ON digital_indicator FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_diagnosis_audit AFTER INSERT OR UPDATE OR DELETE ON digital_diagnosis FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_need_audit AFTER INSERT OR UPDATE OR DELETE ON digital_need FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_solution_audit AFTER INSERT OR UPDATE OR DELETE ON digital_solution FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_contact_audit AFTER INSERT OR UPDATE OR DELETE ON digital_contact FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER digital_benchmark_audit AFTER INSERT OR UPDATE OR DELETE ON digital_benchmark FOR EACH ROW EXECUTE FUNCTION qifu_audit();
