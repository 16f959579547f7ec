-- CreateTable
CREATE TABLE "service_product" (
    "id" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "processSteps" TEXT[],
    "standard" TEXT NOT NULL,
    "feeFree" BOOLEAN NOT NULL DEFAULT true,
    "feeAmountFen" INTEGER,
    "feeUnit" TEXT,
    "timeLimitDays" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "targetEnterprises" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_product_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_product_nodeId_idx" ON "service_product"("nodeId");

-- CreateIndex
CREATE INDEX "service_product_townId_status_idx" ON "service_product"("townId", "status");

-- CreateIndex
CREATE INDEX "service_product_status_category_idx" ON "service_product"("status", "category");

-- AddForeignKey
ALTER TABLE "service_product" ADD CONSTRAINT "service_product_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search of the public catalogue (DESIGN.md §4).
CREATE INDEX "service_product_searchVector_idx" ON "service_product" USING GIN ("searchVector");

-- Plain id columns: foreign keys without back-relations on the shared models.
ALTER TABLE "service_product" ADD CONSTRAINT "service_product_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL;
ALTER TABLE "service_product" ADD CONSTRAINT "service_product_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "app_user"("id") ON DELETE SET NULL;

CREATE TRIGGER service_product_audit AFTER INSERT OR UPDATE OR DELETE ON service_product FOR EACH ROW EXECUTE FUNCTION qifu_audit();
