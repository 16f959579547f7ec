-- CreateTable
CREATE TABLE "voucher_batch" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "budgetFen" INTEGER NOT NULL,
    "spentFen" INTEGER NOT NULL DEFAULT 0,
    "faceValuesFen" INTEGER[],
    "categories" TEXT[],
    "nodeIds" TEXT[],
    "quotaPerEnterprise" INTEGER NOT NULL DEFAULT 1,
    "quotaPerCategoryFen" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "issueMode" TEXT NOT NULL DEFAULT 'APPLICATION',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voucher" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "faceValueFen" INTEGER NOT NULL,
    "balanceFen" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'APPLIED',
    "source" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voucher_redemption" (
    "id" TEXT NOT NULL,
    "voucherId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "ledgerRecordId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "servedAt" TIMESTAMP(3) NOT NULL,
    "period" TEXT NOT NULL,
    "steps" TEXT[],
    "staffName" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "rating" INTEGER,
    "comment" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "settlementId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_redemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voucher_settlement" (
    "id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "totalFen" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "lines" JSONB NOT NULL,
    "settledById" TEXT,
    "settledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voucher_spot_check" (
    "id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "redemptionIds" TEXT[],
    "drawnById" TEXT,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_spot_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voucher_signal_review" (
    "id" TEXT NOT NULL,
    "signalKey" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "note" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "voucher_signal_review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "voucher_code_key" ON "voucher"("code");

-- CreateIndex
CREATE INDEX "voucher_batchId_enterpriseId_idx" ON "voucher"("batchId", "enterpriseId");

-- CreateIndex
CREATE INDEX "voucher_enterpriseId_idx" ON "voucher"("enterpriseId");

-- CreateIndex
CREATE INDEX "voucher_townId_idx" ON "voucher"("townId");

-- CreateIndex
CREATE UNIQUE INDEX "voucher_redemption_ledgerRecordId_key" ON "voucher_redemption"("ledgerRecordId");

-- CreateIndex
CREATE INDEX "voucher_redemption_batchId_enterpriseId_category_idx" ON "voucher_redemption"("batchId", "enterpriseId", "category");

-- CreateIndex
CREATE INDEX "voucher_redemption_nodeId_period_idx" ON "voucher_redemption"("nodeId", "period");

-- CreateIndex
CREATE INDEX "voucher_redemption_period_status_idx" ON "voucher_redemption"("period", "status");

-- CreateIndex
CREATE INDEX "voucher_redemption_enterpriseId_idx" ON "voucher_redemption"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "voucher_settlement_period_key" ON "voucher_settlement"("period");

-- CreateIndex
CREATE INDEX "voucher_spot_check_period_idx" ON "voucher_spot_check"("period");

-- CreateIndex
CREATE UNIQUE INDEX "voucher_signal_review_signalKey_key" ON "voucher_signal_review"("signalKey");

-- AddForeignKey
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "voucher_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher_redemption" ADD CONSTRAINT "voucher_redemption_voucherId_fkey" FOREIGN KEY ("voucherId") REFERENCES "voucher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher_redemption" ADD CONSTRAINT "voucher_redemption_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "voucher_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher_redemption" ADD CONSTRAINT "voucher_redemption_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher_redemption" ADD CONSTRAINT "voucher_redemption_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voucher_redemption" ADD CONSTRAINT "voucher_redemption_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- the batch never spends past its budget, whatever the code does
ALTER TABLE "voucher_batch" ADD CONSTRAINT "voucher_batch_spent_check" CHECK ("spentFen" >= 0 AND "spentFen" <= "budgetFen");
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_balance_check" CHECK ("balanceFen" >= 0 AND "balanceFen" <= "faceValueFen");

CREATE TRIGGER voucher_batch_audit AFTER INSERT OR UPDATE OR DELETE ON voucher_batch FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER voucher_audit AFTER INSERT OR UPDATE OR DELETE ON voucher FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER voucher_redemption_audit AFTER INSERT OR UPDATE OR DELETE ON voucher_redemption FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER voucher_settlement_audit AFTER INSERT OR UPDATE OR DELETE ON voucher_settlement FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER voucher_spot_check_audit AFTER INSERT OR UPDATE OR DELETE ON voucher_spot_check FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER voucher_signal_review_audit AFTER INSERT OR UPDATE OR DELETE ON voucher_signal_review FOR EACH ROW EXECUTE FUNCTION qifu_audit();
