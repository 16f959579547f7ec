-- AlterTable
ALTER TABLE "financing_need" ADD COLUMN     "activityId" TEXT;

-- CreateIndex
CREATE INDEX "financing_need_activityId_idx" ON "financing_need"("activityId");

-- AddForeignKey
ALTER TABLE "financing_need" ADD CONSTRAINT "financing_need_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

