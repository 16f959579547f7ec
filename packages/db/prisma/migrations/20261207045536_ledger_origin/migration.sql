-- AlterTable
ALTER TABLE "ledger_record" ADD COLUMN     "originId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ledger_record_source_originId_enterpriseId_key" ON "ledger_record"("source", "originId", "enterpriseId");

