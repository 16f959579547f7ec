-- AlterTable
ALTER TABLE "cultivation_recognition" ADD COLUMN     "certificateFileId" TEXT;

-- CreateTable
CREATE TABLE "cultivation_stage_service" (
    "id" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "categories" TEXT[],
    "programmes" TEXT[],
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cultivation_stage_service_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cultivation_stage_service_level_key" ON "cultivation_stage_service"("level");


-- audited like the rest of the ladder
CREATE TRIGGER cultivation_stage_service_audit AFTER INSERT OR UPDATE OR DELETE ON cultivation_stage_service FOR EACH ROW EXECUTE FUNCTION qifu_audit();
