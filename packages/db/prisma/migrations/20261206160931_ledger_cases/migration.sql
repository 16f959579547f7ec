-- AlterTable
ALTER TABLE "service_request" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "number" TEXT,
ADD COLUMN     "overdueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "service_complaint" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "overdueAt" TIMESTAMP(3),
ADD COLUMN     "reopenCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reopenReason" TEXT,
ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "case_counter" (
    "id" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "case_counter_pkey" PRIMARY KEY ("id")
);

-- Appeals keep their numbers: their per-year counters move into the shared table as "HD-<year>".
INSERT INTO "case_counter" ("id", "last") SELECT 'HD-' || "id", "last" FROM "appeal_counter";
DROP TABLE "appeal_counter";

-- CreateTable
CREATE TABLE "ledger_setting" (
    "id" TEXT NOT NULL,
    "complaintLimitDays" INTEGER NOT NULL DEFAULT 10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ledger_setting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_request_number_key" ON "service_request"("number");

-- CreateIndex
CREATE INDEX "service_request_status_dueAt_idx" ON "service_request"("status", "dueAt");

-- CreateIndex
CREATE INDEX "service_complaint_status_dueAt_idx" ON "service_complaint"("status", "dueAt");


-- Service requests made before this migration get case numbers FW-<year>-nnnnnn in the order
-- they were made (Shanghai year), and the counters continue after them.
UPDATE "service_request" r SET "number" = 'FW-' || n.y || '-' || lpad(n.seq::text, 6, '0')
FROM (
  SELECT "id", to_char("createdAt" + interval '8 hours', 'YYYY') AS y,
         row_number() OVER (PARTITION BY to_char("createdAt" + interval '8 hours', 'YYYY') ORDER BY "createdAt", "id") AS seq
  FROM "service_request"
) n WHERE n."id" = r."id";
INSERT INTO "case_counter" ("id", "last")
SELECT 'FW-' || split_part("number", '-', 2), max(split_part("number", '-', 3)::int) FROM "service_request" WHERE "number" IS NOT NULL GROUP BY 1;

CREATE TRIGGER case_counter_audit AFTER INSERT OR UPDATE OR DELETE ON case_counter FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER ledger_setting_audit AFTER INSERT OR UPDATE OR DELETE ON ledger_setting FOR EACH ROW EXECUTE FUNCTION qifu_audit();
