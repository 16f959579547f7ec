-- AlterTable
ALTER TABLE "appeal" ADD COLUMN     "hardBone" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hardBoneAt" TIMESTAMP(3),
ADD COLUMN     "open311KeyId" TEXT,
ADD COLUMN     "visitIssueId" TEXT;

-- CreateTable
CREATE TABLE "appeal_co_unit" (
    "id" TEXT NOT NULL,
    "appealId" TEXT NOT NULL,
    "unitKey" TEXT NOT NULL,
    "unitTownId" TEXT,
    "unitDepartmentId" TEXT,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appeal_co_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_log" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "commissionerId" TEXT NOT NULL,
    "visitedOn" TEXT NOT NULL,
    "peopleMet" TEXT NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "visit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_issue" (
    "id" TEXT NOT NULL,
    "visitLogId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "appealId" TEXT,

    CONSTRAINT "visit_issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_weights" (
    "id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "responseTime" DOUBLE PRECISION NOT NULL,
    "onTime" DOUBLE PRECISION NOT NULL,
    "resolution" DOUBLE PRECISION NOT NULL,
    "satisfaction" DOUBLE PRECISION NOT NULL,
    "reopen" DOUBLE PRECISION NOT NULL,
    "bonus" DOUBLE PRECISION NOT NULL,
    "hardBonePoints" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "responseZeroHours" DOUBLE PRECISION NOT NULL DEFAULT 16,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_weights_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "open311_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "open311_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT '',
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "channels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dispatchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "appeal_co_unit_unitTownId_idx" ON "appeal_co_unit"("unitTownId");

-- CreateIndex
CREATE INDEX "appeal_co_unit_unitDepartmentId_idx" ON "appeal_co_unit"("unitDepartmentId");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_co_unit_appealId_unitKey_key" ON "appeal_co_unit"("appealId", "unitKey");

-- CreateIndex
CREATE INDEX "visit_log_enterpriseId_idx" ON "visit_log"("enterpriseId");

-- CreateIndex
CREATE INDEX "visit_log_commissionerId_idx" ON "visit_log"("commissionerId");

-- CreateIndex
CREATE UNIQUE INDEX "visit_issue_appealId_key" ON "visit_issue"("appealId");

-- CreateIndex
CREATE INDEX "visit_issue_visitLogId_idx" ON "visit_issue"("visitLogId");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_weights_period_key" ON "assessment_weights"("period");

-- CreateIndex
CREATE UNIQUE INDEX "open311_key_keyHash_key" ON "open311_key"("keyHash");

-- CreateIndex
CREATE INDEX "notification_userId_readAt_idx" ON "notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "notification_userId_createdAt_idx" ON "notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "notification_dispatchedAt_idx" ON "notification"("dispatchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_visitIssueId_key" ON "appeal"("visitIssueId");

-- AddForeignKey
ALTER TABLE "appeal_co_unit" ADD CONSTRAINT "appeal_co_unit_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_issue" ADD CONSTRAINT "visit_issue_visitLogId_fkey" FOREIGN KEY ("visitLogId") REFERENCES "visit_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written keys to shared tables (no back-relation fields on the shared models)
ALTER TABLE "notification" ADD CONSTRAINT "notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE;
ALTER TABLE "visit_log" ADD CONSTRAINT "visit_log_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE;
ALTER TABLE "visit_log" ADD CONSTRAINT "visit_log_commissionerId_fkey" FOREIGN KEY ("commissionerId") REFERENCES "app_user"("id") ON DELETE RESTRICT;
ALTER TABLE "visit_issue" ADD CONSTRAINT "visit_issue_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "appeal"("id") ON DELETE SET NULL;
ALTER TABLE "appeal_co_unit" ADD CONSTRAINT "appeal_co_unit_unitTownId_fkey" FOREIGN KEY ("unitTownId") REFERENCES "town"("id") ON DELETE CASCADE;
ALTER TABLE "appeal_co_unit" ADD CONSTRAINT "appeal_co_unit_unitDepartmentId_fkey" FOREIGN KEY ("unitDepartmentId") REFERENCES "department"("id") ON DELETE CASCADE;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_open311KeyId_fkey" FOREIGN KEY ("open311KeyId") REFERENCES "open311_key"("id") ON DELETE SET NULL;

-- Audit (DESIGN.md §6)
CREATE TRIGGER appeal_co_unit_audit AFTER INSERT OR UPDATE OR DELETE ON appeal_co_unit FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER visit_log_audit AFTER INSERT OR UPDATE OR DELETE ON visit_log FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER visit_issue_audit AFTER INSERT OR UPDATE OR DELETE ON visit_issue FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER assessment_weights_audit AFTER INSERT OR UPDATE OR DELETE ON assessment_weights FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER open311_key_audit AFTER INSERT OR UPDATE OR DELETE ON open311_key FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER notification_audit AFTER INSERT OR UPDATE OR DELETE ON notification FOR EACH ROW EXECUTE FUNCTION qifu_audit();
