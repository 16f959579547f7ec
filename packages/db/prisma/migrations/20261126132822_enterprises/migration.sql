-- AlterTable
ALTER TABLE "enterprise" ADD COLUMN     "address" TEXT,
ADD COLUMN     "assetsWan" INTEGER,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "employees" INTEGER,
ADD COLUMN     "foundedOn" DATE,
ADD COLUMN     "industryCode" TEXT,
ADD COLUMN     "revenueWan" INTEGER,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
ADD COLUMN     "sizeClass" TEXT,
ADD COLUMN     "tags" TEXT[],
ADD COLUMN     "tier" TEXT NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "enterprise_claim" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "enterpriseId" TEXT,
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "enterprise_claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "enterprise_claim_userId_key" ON "enterprise_claim"("userId");

-- CreateIndex
CREATE INDEX "enterprise_claim_townId_status_idx" ON "enterprise_claim"("townId", "status");

-- CreateIndex
CREATE INDEX "enterprise_claim_creditCode_idx" ON "enterprise_claim"("creditCode");

-- CreateIndex
CREATE INDEX "enterprise_townId_idx" ON "enterprise"("townId");

-- CreateIndex
CREATE INDEX "enterprise_industryCode_idx" ON "enterprise"("industryCode");

-- CreateIndex
CREATE INDEX "enterprise_tier_idx" ON "enterprise"("tier");

-- AddForeignKey
ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4): words + CJK bigrams in searchText, GIN on the vector.
CREATE INDEX "enterprise_searchVector_idx" ON "enterprise" USING GIN ("searchVector");

-- Plain id columns of enterprise_claim: foreign keys without back-relations on shared models.
ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE;
ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT;
ALTER TABLE "enterprise_claim" ADD CONSTRAINT "enterprise_claim_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "app_user"("id") ON DELETE SET NULL;

-- Audit (DESIGN.md §6): enterprise already has its trigger (init migration).
CREATE TRIGGER enterprise_claim_audit AFTER INSERT OR UPDATE OR DELETE ON enterprise_claim FOR EACH ROW EXECUTE FUNCTION qifu_audit();
