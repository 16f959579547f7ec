-- CreateTable
CREATE TABLE "supply_chain_procurement_list" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "townId" TEXT,
    "title" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "supply_chain_procurement_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_chain_posting" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "chain" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "linkKey" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "specification" TEXT,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "procurementListId" TEXT,
    "postedById" TEXT,
    "postedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "supply_chain_posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_chain_contact" (
    "id" TEXT NOT NULL,
    "demandId" TEXT NOT NULL,
    "supplyId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "score" DOUBLE PRECISION NOT NULL,
    "requestedOn" DATE NOT NULL,
    "answeredOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "supply_chain_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_chain_deal" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT,
    "buyerName" TEXT NOT NULL,
    "supplierId" TEXT,
    "supplierName" TEXT NOT NULL,
    "chain" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "linkKey" TEXT NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "dealOn" DATE NOT NULL,
    "local" BOOLEAN NOT NULL,
    "contactId" TEXT,
    "nodeId" TEXT NOT NULL,
    "note" TEXT,
    "reportedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "supply_chain_deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_chain_visit" (
    "id" TEXT NOT NULL,
    "visitOn" DATE NOT NULL,
    "hostId" TEXT NOT NULL,
    "townId" TEXT,
    "chain" TEXT NOT NULL,
    "clusterId" TEXT,
    "linkKey" TEXT,
    "title" TEXT NOT NULL,
    "participants" TEXT[],
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "supply_chain_visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supply_chain_procurement_list_buyerId_idx" ON "supply_chain_procurement_list"("buyerId");

-- CreateIndex
CREATE INDEX "supply_chain_procurement_list_townId_idx" ON "supply_chain_procurement_list"("townId");

-- CreateIndex
CREATE INDEX "supply_chain_posting_kind_status_chain_idx" ON "supply_chain_posting"("kind", "status", "chain");

-- CreateIndex
CREATE INDEX "supply_chain_posting_enterpriseId_idx" ON "supply_chain_posting"("enterpriseId");

-- CreateIndex
CREATE INDEX "supply_chain_posting_townId_idx" ON "supply_chain_posting"("townId");

-- CreateIndex
CREATE INDEX "supply_chain_posting_procurementListId_idx" ON "supply_chain_posting"("procurementListId");

-- CreateIndex
CREATE INDEX "supply_chain_contact_supplyId_idx" ON "supply_chain_contact"("supplyId");

-- CreateIndex
CREATE UNIQUE INDEX "supply_chain_contact_demandId_supplyId_key" ON "supply_chain_contact"("demandId", "supplyId");

-- CreateIndex
CREATE INDEX "supply_chain_deal_clusterId_linkKey_idx" ON "supply_chain_deal"("clusterId", "linkKey");

-- CreateIndex
CREATE INDEX "supply_chain_deal_buyerId_idx" ON "supply_chain_deal"("buyerId");

-- CreateIndex
CREATE INDEX "supply_chain_deal_supplierId_idx" ON "supply_chain_deal"("supplierId");

-- CreateIndex
CREATE INDEX "supply_chain_deal_dealOn_idx" ON "supply_chain_deal"("dealOn");

-- CreateIndex
CREATE INDEX "supply_chain_visit_hostId_idx" ON "supply_chain_visit"("hostId");

-- CreateIndex
CREATE INDEX "supply_chain_visit_townId_visitOn_idx" ON "supply_chain_visit"("townId", "visitOn");

-- AddForeignKey
ALTER TABLE "supply_chain_procurement_list" ADD CONSTRAINT "supply_chain_procurement_list_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_procurement_list" ADD CONSTRAINT "supply_chain_procurement_list_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "industrial_cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_posting" ADD CONSTRAINT "supply_chain_posting_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_posting" ADD CONSTRAINT "supply_chain_posting_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "industrial_cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_posting" ADD CONSTRAINT "supply_chain_posting_procurementListId_fkey" FOREIGN KEY ("procurementListId") REFERENCES "supply_chain_procurement_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_contact" ADD CONSTRAINT "supply_chain_contact_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "supply_chain_posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_contact" ADD CONSTRAINT "supply_chain_contact_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "supply_chain_posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_deal" ADD CONSTRAINT "supply_chain_deal_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_deal" ADD CONSTRAINT "supply_chain_deal_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_deal" ADD CONSTRAINT "supply_chain_deal_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "industrial_cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_deal" ADD CONSTRAINT "supply_chain_deal_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "supply_chain_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_deal" ADD CONSTRAINT "supply_chain_deal_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_visit" ADD CONSTRAINT "supply_chain_visit_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_chain_visit" ADD CONSTRAINT "supply_chain_visit_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "industrial_cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

CREATE TRIGGER supply_chain_procurement_list_audit AFTER INSERT OR UPDATE OR DELETE ON supply_chain_procurement_list FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER supply_chain_posting_audit AFTER INSERT OR UPDATE OR DELETE ON supply_chain_posting FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER supply_chain_contact_audit AFTER INSERT OR UPDATE OR DELETE ON supply_chain_contact FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER supply_chain_deal_audit AFTER INSERT OR UPDATE OR DELETE ON supply_chain_deal FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER supply_chain_visit_audit AFTER INSERT OR UPDATE OR DELETE ON supply_chain_visit FOR EACH ROW EXECUTE FUNCTION qifu_audit();
