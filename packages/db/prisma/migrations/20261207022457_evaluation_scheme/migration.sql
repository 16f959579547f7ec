-- CreateTable
CREATE TABLE "evaluation_scheme" (
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

    CONSTRAINT "evaluation_scheme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evaluation_scheme_townId_status_idx" ON "evaluation_scheme"("townId", "status");

-- CreateIndex
CREATE INDEX "evaluation_scheme_operatorNodeId_idx" ON "evaluation_scheme"("operatorNodeId");

-- AddForeignKey
ALTER TABLE "evaluation_scheme" ADD CONSTRAINT "evaluation_scheme_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_scheme" ADD CONSTRAINT "evaluation_scheme_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "evaluation_scheme_searchVector_idx" ON "evaluation_scheme" USING GIN ("searchVector");

CREATE TRIGGER evaluation_scheme_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_scheme FOR EACH ROW EXECUTE FUNCTION qifu_audit();
