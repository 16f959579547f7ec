-- CreateTable
CREATE TABLE "stored_file" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "ownerKind" TEXT,
    "ownerId" TEXT,
    "attachedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stored_file_storageKey_key" ON "stored_file"("storageKey");

-- CreateIndex
CREATE INDEX "stored_file_ownerKind_ownerId_idx" ON "stored_file"("ownerKind", "ownerId");

-- CreateIndex
CREATE INDEX "stored_file_uploadedById_createdAt_idx" ON "stored_file"("uploadedById", "createdAt");


-- Audit (DESIGN.md §6)
CREATE TRIGGER stored_file_audit AFTER INSERT OR UPDATE OR DELETE ON stored_file FOR EACH ROW EXECUTE FUNCTION qifu_audit();
