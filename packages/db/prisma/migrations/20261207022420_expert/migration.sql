-- CreateTable
CREATE TABLE "expert" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "operatorNodeId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "openedOn" DATE,
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "expert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "expert_townId_status_idx" ON "expert"("townId", "status");

-- CreateIndex
CREATE INDEX "expert_operatorNodeId_idx" ON "expert"("operatorNodeId");

-- AddForeignKey
ALTER TABLE "expert" ADD CONSTRAINT "expert_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert" ADD CONSTRAINT "expert_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "expert_searchVector_idx" ON "expert" USING GIN ("searchVector");

CREATE TRIGGER expert_audit AFTER INSERT OR UPDATE OR DELETE ON expert FOR EACH ROW EXECUTE FUNCTION qifu_audit();
