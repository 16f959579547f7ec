-- CreateTable
CREATE TABLE "specialized_park" (
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

    CONSTRAINT "specialized_park_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "specialized_park_townId_status_idx" ON "specialized_park"("townId", "status");

-- CreateIndex
CREATE INDEX "specialized_park_operatorNodeId_idx" ON "specialized_park"("operatorNodeId");

-- AddForeignKey
ALTER TABLE "specialized_park" ADD CONSTRAINT "specialized_park_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "specialized_park" ADD CONSTRAINT "specialized_park_operatorNodeId_fkey" FOREIGN KEY ("operatorNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "specialized_park_searchVector_idx" ON "specialized_park" USING GIN ("searchVector");

CREATE TRIGGER specialized_park_audit AFTER INSERT OR UPDATE OR DELETE ON specialized_park FOR EACH ROW EXECUTE FUNCTION qifu_audit();
