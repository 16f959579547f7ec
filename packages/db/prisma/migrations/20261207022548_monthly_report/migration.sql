-- CreateTable
CREATE TABLE "monthly_report" (
    "id" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "townId" TEXT,
    "month" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "prefilled" JSONB NOT NULL DEFAULT '{}',
    "dueOn" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "submittedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "monthly_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "monthly_report_townId_month_idx" ON "monthly_report"("townId", "month");

-- CreateIndex
CREATE INDEX "monthly_report_month_idx" ON "monthly_report"("month");

-- CreateIndex
CREATE UNIQUE INDEX "monthly_report_nodeId_month_key" ON "monthly_report"("nodeId", "month");

-- AddForeignKey
ALTER TABLE "monthly_report" ADD CONSTRAINT "monthly_report_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monthly_report" ADD CONSTRAINT "monthly_report_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- every change to a report is audited (who, before, after)
CREATE TRIGGER monthly_report_audit AFTER INSERT OR UPDATE OR DELETE ON monthly_report FOR EACH ROW EXECUTE FUNCTION qifu_audit();
