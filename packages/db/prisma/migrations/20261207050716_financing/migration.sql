-- CreateTable
CREATE TABLE "financing_product" (
    "id" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "rateMinBp" INTEGER NOT NULL,
    "rateMaxBp" INTEGER NOT NULL,
    "amountMinFen" BIGINT NOT NULL,
    "amountMaxFen" BIGINT NOT NULL,
    "termMonthsMax" INTEGER NOT NULL,
    "guaranteeForm" TEXT NOT NULL,
    "eligibleTiers" TEXT[],
    "eligibleSections" TEXT[],
    "eligibleSizes" TEXT[],
    "greenChannel" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financing_product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financing_scheme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nodeId" TEXT,
    "rules" TEXT NOT NULL,
    "quotaFen" BIGINT NOT NULL,
    "usedFen" BIGINT NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financing_scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fund_investment" (
    "id" TEXT NOT NULL,
    "fundName" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "investedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fund_investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financing_need" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "amountFen" BIGINT NOT NULL,
    "purpose" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "collateral" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "postedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financing_need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financing_sending" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "productId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "sentOn" DATE NOT NULL,
    "declineReason" TEXT,
    "answeredOn" DATE,
    "answeredBy" TEXT,
    "approvedFen" BIGINT,
    "grantedFen" BIGINT,
    "rateBp" INTEGER,
    "grantedOn" DATE,
    "schemeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financing_sending_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "financing_product_nodeId_status_idx" ON "financing_product"("nodeId", "status");

-- CreateIndex
CREATE INDEX "fund_investment_enterpriseId_idx" ON "fund_investment"("enterpriseId");

-- CreateIndex
CREATE INDEX "financing_need_enterpriseId_idx" ON "financing_need"("enterpriseId");

-- CreateIndex
CREATE INDEX "financing_need_townId_status_idx" ON "financing_need"("townId", "status");

-- CreateIndex
CREATE INDEX "financing_sending_nodeId_status_idx" ON "financing_sending"("nodeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "financing_sending_needId_nodeId_key" ON "financing_sending"("needId", "nodeId");

-- AddForeignKey
ALTER TABLE "financing_product" ADD CONSTRAINT "financing_product_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_scheme" ADD CONSTRAINT "financing_scheme_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fund_investment" ADD CONSTRAINT "fund_investment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_need" ADD CONSTRAINT "financing_need_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_need" ADD CONSTRAINT "financing_need_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_sending" ADD CONSTRAINT "financing_sending_needId_fkey" FOREIGN KEY ("needId") REFERENCES "financing_need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_sending" ADD CONSTRAINT "financing_sending_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_sending" ADD CONSTRAINT "financing_sending_productId_fkey" FOREIGN KEY ("productId") REFERENCES "financing_product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financing_sending" ADD CONSTRAINT "financing_sending_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "financing_scheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "financing_product_searchVector_idx" ON "financing_product" USING GIN ("searchVector");

-- A scheme's quota is never overdrawn, however grants race (the conditional UPDATE checks it too).
ALTER TABLE "financing_scheme" ADD CONSTRAINT "financing_scheme_quota_check" CHECK ("usedFen" >= 0 AND "usedFen" <= "quotaFen");

CREATE TRIGGER financing_product_audit AFTER INSERT OR UPDATE OR DELETE ON financing_product FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER financing_scheme_audit AFTER INSERT OR UPDATE OR DELETE ON financing_scheme FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER fund_investment_audit AFTER INSERT OR UPDATE OR DELETE ON fund_investment FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER financing_need_audit AFTER INSERT OR UPDATE OR DELETE ON financing_need FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER financing_sending_audit AFTER INSERT OR UPDATE OR DELETE ON financing_sending FOR EACH ROW EXECUTE FUNCTION qifu_audit();
