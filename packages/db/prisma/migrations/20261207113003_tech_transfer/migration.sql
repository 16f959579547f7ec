-- CreateTable
CREATE TABLE "tech_achievement" (
    "id" TEXT NOT NULL,
    "providerNodeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "keywords" TEXT[],
    "maturity" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "priceMinFen" BIGINT NOT NULL,
    "priceMaxFen" BIGINT NOT NULL,
    "contact" TEXT NOT NULL,
    "description" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedBy" TEXT,
    "reviewedOn" DATE,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_achievement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tech_need" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "keywords" TEXT[],
    "problem" TEXT NOT NULL,
    "budgetFen" BIGINT,
    "deadline" DATE,
    "wantedMode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "postedOn" DATE NOT NULL,
    "postedByNodeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tech_contact" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "achievementId" TEXT NOT NULL,
    "message" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "sentOn" DATE NOT NULL,
    "answer" TEXT,
    "answeredOn" DATE,
    "answeredBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tech_project" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "providerNodeId" TEXT NOT NULL,
    "achievementId" TEXT,
    "contactId" TEXT,
    "field" TEXT NOT NULL,
    "contractFen" BIGINT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'SIGNED',
    "signedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "joint_lab" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "establishedOn" DATE NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "joint_lab_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tech_platform" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "contact" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tech_platform_service" (
    "id" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fee" TEXT,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tech_platform_service_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tech_achievement_providerNodeId_status_idx" ON "tech_achievement"("providerNodeId", "status");

-- CreateIndex
CREATE INDEX "tech_need_enterpriseId_idx" ON "tech_need"("enterpriseId");

-- CreateIndex
CREATE INDEX "tech_need_townId_status_idx" ON "tech_need"("townId", "status");

-- CreateIndex
CREATE INDEX "tech_contact_achievementId_status_idx" ON "tech_contact"("achievementId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "tech_contact_needId_achievementId_key" ON "tech_contact"("needId", "achievementId");

-- CreateIndex
CREATE UNIQUE INDEX "tech_project_contactId_key" ON "tech_project"("contactId");

-- CreateIndex
CREATE INDEX "tech_project_providerNodeId_idx" ON "tech_project"("providerNodeId");

-- CreateIndex
CREATE INDEX "tech_project_townId_signedOn_idx" ON "tech_project"("townId", "signedOn");

-- CreateIndex
CREATE INDEX "joint_lab_enterpriseId_idx" ON "joint_lab"("enterpriseId");

-- CreateIndex
CREATE INDEX "tech_platform_service_platformId_idx" ON "tech_platform_service"("platformId");

-- AddForeignKey
ALTER TABLE "tech_achievement" ADD CONSTRAINT "tech_achievement_providerNodeId_fkey" FOREIGN KEY ("providerNodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_need" ADD CONSTRAINT "tech_need_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_need" ADD CONSTRAINT "tech_need_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_need" ADD CONSTRAINT "tech_need_postedByNodeId_fkey" FOREIGN KEY ("postedByNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_contact" ADD CONSTRAINT "tech_contact_needId_fkey" FOREIGN KEY ("needId") REFERENCES "tech_need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_contact" ADD CONSTRAINT "tech_contact_achievementId_fkey" FOREIGN KEY ("achievementId") REFERENCES "tech_achievement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_project" ADD CONSTRAINT "tech_project_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_project" ADD CONSTRAINT "tech_project_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_project" ADD CONSTRAINT "tech_project_providerNodeId_fkey" FOREIGN KEY ("providerNodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_project" ADD CONSTRAINT "tech_project_achievementId_fkey" FOREIGN KEY ("achievementId") REFERENCES "tech_achievement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_project" ADD CONSTRAINT "tech_project_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "tech_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_lab" ADD CONSTRAINT "joint_lab_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_platform" ADD CONSTRAINT "tech_platform_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tech_platform_service" ADD CONSTRAINT "tech_platform_service_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "tech_platform"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "tech_achievement_searchVector_idx" ON "tech_achievement" USING GIN ("searchVector");

-- Ranges in order, maturity on the 1..9 scale (the server checks first, with clear messages).
ALTER TABLE "tech_achievement" ADD CONSTRAINT "tech_achievement_price_check" CHECK ("priceMinFen" >= 0 AND "priceMinFen" <= "priceMaxFen");
ALTER TABLE "tech_achievement" ADD CONSTRAINT "tech_achievement_maturity_check" CHECK ("maturity" BETWEEN 1 AND 9);

CREATE TRIGGER tech_achievement_audit AFTER INSERT OR UPDATE OR DELETE ON tech_achievement FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER tech_need_audit AFTER INSERT OR UPDATE OR DELETE ON tech_need FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER tech_contact_audit AFTER INSERT OR UPDATE OR DELETE ON tech_contact FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER tech_project_audit AFTER INSERT OR UPDATE OR DELETE ON tech_project FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER joint_lab_audit AFTER INSERT OR UPDATE OR DELETE ON joint_lab FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER tech_platform_audit AFTER INSERT OR UPDATE OR DELETE ON tech_platform FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER tech_platform_service_audit AFTER INSERT OR UPDATE OR DELETE ON tech_platform_service FOR EACH ROW EXECUTE FUNCTION qifu_audit();
