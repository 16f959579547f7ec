-- CreateTable
CREATE TABLE "monthly_report_reminder" (
    "nodeId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "remindedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monthly_report_reminder_pkey" PRIMARY KEY ("nodeId","month","kind")
);

-- AddForeignKey
ALTER TABLE "monthly_report_reminder" ADD CONSTRAINT "monthly_report_reminder_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- which reminder went out when is audited like the rest
CREATE TRIGGER monthly_report_reminder_audit AFTER INSERT OR UPDATE OR DELETE ON monthly_report_reminder FOR EACH ROW EXECUTE FUNCTION qifu_audit();
