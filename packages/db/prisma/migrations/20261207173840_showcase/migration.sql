-- CreateTable
CREATE TABLE "showcase_entry" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "honour" TEXT,
    "year" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "townId" TEXT,
    "nodeId" TEXT,
    "productId" TEXT,
    "ledgerRecordId" TEXT,
    "evaluationSubjectId" TEXT,
    "personName" TEXT,
    "personRole" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "reviewNote" TEXT,
    "createdById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "showcase_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "showcase_entry_status_publishedAt_idx" ON "showcase_entry"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "showcase_entry_townId_status_idx" ON "showcase_entry"("townId", "status");

-- CreateIndex
CREATE INDEX "showcase_entry_nodeId_idx" ON "showcase_entry"("nodeId");

-- AddForeignKey
ALTER TABLE "showcase_entry" ADD CONSTRAINT "showcase_entry_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showcase_entry" ADD CONSTRAINT "showcase_entry_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "showcase_entry_searchVector_idx" ON "showcase_entry" USING GIN ("searchVector");

CREATE TRIGGER showcase_entry_audit AFTER INSERT OR UPDATE OR DELETE ON showcase_entry FOR EACH ROW EXECUTE FUNCTION qifu_audit();
