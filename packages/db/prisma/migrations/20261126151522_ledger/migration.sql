-- CreateTable
CREATE TABLE "service_request" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "category" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "handledById" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "recordId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_record" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "productId" TEXT,
    "requestId" TEXT,
    "category" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "servedOn" DATE NOT NULL,
    "staffName" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DIRECT',
    "createdById" TEXT,
    "ratingScore" INTEGER,
    "ratingComment" TEXT,
    "ratingReasons" TEXT[],
    "ratedAt" TIMESTAMP(3),
    "ratedVia" TEXT,
    "visitOutcome" TEXT,
    "visitNote" TEXT,
    "visitedAt" TIMESTAMP(3),
    "visitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ledger_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_complaint" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "recordId" TEXT,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'FILED',
    "handlerId" TEXT,
    "handledAt" TIMESTAMP(3),
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closeNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_request_recordId_key" ON "service_request"("recordId");

-- CreateIndex
CREATE INDEX "service_request_nodeId_status_idx" ON "service_request"("nodeId", "status");

-- CreateIndex
CREATE INDEX "service_request_townId_status_idx" ON "service_request"("townId", "status");

-- CreateIndex
CREATE INDEX "service_request_enterpriseId_createdAt_idx" ON "service_request"("enterpriseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_record_requestId_key" ON "ledger_record"("requestId");

-- CreateIndex
CREATE INDEX "ledger_record_townId_servedOn_idx" ON "ledger_record"("townId", "servedOn");

-- CreateIndex
CREATE INDEX "ledger_record_nodeId_servedOn_idx" ON "ledger_record"("nodeId", "servedOn");

-- CreateIndex
CREATE INDEX "ledger_record_enterpriseId_servedOn_idx" ON "ledger_record"("enterpriseId", "servedOn");

-- CreateIndex
CREATE INDEX "ledger_record_servedOn_idx" ON "ledger_record"("servedOn");

-- CreateIndex
CREATE INDEX "service_complaint_townId_status_idx" ON "service_complaint"("townId", "status");

-- CreateIndex
CREATE INDEX "service_complaint_nodeId_status_idx" ON "service_complaint"("nodeId", "status");

-- CreateIndex
CREATE INDEX "service_complaint_enterpriseId_idx" ON "service_complaint"("enterpriseId");

-- AddForeignKey
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_productId_fkey" FOREIGN KEY ("productId") REFERENCES "service_product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_productId_fkey" FOREIGN KEY ("productId") REFERENCES "service_product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_complaint" ADD CONSTRAINT "service_complaint_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_complaint" ADD CONSTRAINT "service_complaint_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Plain id columns: foreign keys without back-relations on the shared models.
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL;
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "app_user"("id") ON DELETE SET NULL;
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "ledger_record"("id") ON DELETE SET NULL;
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL;
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL;
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_visitedById_fkey" FOREIGN KEY ("visitedById") REFERENCES "app_user"("id") ON DELETE SET NULL;
ALTER TABLE "service_complaint" ADD CONSTRAINT "service_complaint_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL;
ALTER TABLE "service_complaint" ADD CONSTRAINT "service_complaint_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "app_user"("id") ON DELETE SET NULL;
ALTER TABLE "service_complaint" ADD CONSTRAINT "service_complaint_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "ledger_record"("id") ON DELETE SET NULL;

-- A rating is 1..5, a channel online or offline: the second wall behind the zod schemas.
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_ratingScore_check" CHECK ("ratingScore" BETWEEN 1 AND 5);
ALTER TABLE "ledger_record" ADD CONSTRAINT "ledger_record_channel_check" CHECK ("channel" IN ('ONLINE', 'OFFLINE'));

-- The return-visit queue: unrated, unvisited records by service date.
CREATE INDEX "ledger_record_return_visit_idx" ON "ledger_record" ("townId", "servedOn") WHERE "ratedAt" IS NULL AND "visitedAt" IS NULL;

CREATE TRIGGER service_request_audit AFTER INSERT OR UPDATE OR DELETE ON service_request FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER ledger_record_audit AFTER INSERT OR UPDATE OR DELETE ON ledger_record FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER service_complaint_audit AFTER INSERT OR UPDATE OR DELETE ON service_complaint FOR EACH ROW EXECUTE FUNCTION qifu_audit();
