-- CreateTable
CREATE TABLE "calendar_day" (
    "id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal_category" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "limits" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appeal_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal_route" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT,
    "townId" TEXT,
    "unitKind" TEXT NOT NULL,
    "unitTownId" TEXT,
    "unitDepartmentId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appeal_route_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal_counter" (
    "id" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "appeal_counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commissioner_assignment" (
    "id" TEXT NOT NULL,
    "commissionerId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commissioner_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "unitTownId" TEXT,
    "unitDepartmentId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "resolved" BOOLEAN,
    "satisfaction" INTEGER,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "withdrawnAt" TIMESTAMP(3),
    "callbackPending" BOOLEAN NOT NULL DEFAULT false,
    "ackDueAt" TIMESTAMP(3) NOT NULL,
    "resolveDueAt" TIMESTAMP(3) NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "ackWarnedAt" TIMESTAMP(3),
    "ackBreachedAt" TIMESTAMP(3),
    "resolveWarnedAt" TIMESTAMP(3),
    "resolveBreachedAt" TIMESTAMP(3),
    "supervisionLevel" TEXT NOT NULL DEFAULT 'NONE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal_event" (
    "id" TEXT NOT NULL,
    "appealId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT,
    "note" TEXT,
    "data" JSONB,

    CONSTRAINT "appeal_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calendar_day_date_key" ON "calendar_day"("date");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_category_code_key" ON "appeal_category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_route_categoryId_townId_key" ON "appeal_route"("categoryId", "townId");

-- CreateIndex
CREATE INDEX "commissioner_assignment_commissionerId_idx" ON "commissioner_assignment"("commissionerId");

-- CreateIndex
CREATE UNIQUE INDEX "commissioner_assignment_enterpriseId_key" ON "commissioner_assignment"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_number_key" ON "appeal"("number");

-- CreateIndex
CREATE INDEX "appeal_enterpriseId_idx" ON "appeal"("enterpriseId");

-- CreateIndex
CREATE INDEX "appeal_unitTownId_idx" ON "appeal"("unitTownId");

-- CreateIndex
CREATE INDEX "appeal_unitDepartmentId_idx" ON "appeal"("unitDepartmentId");

-- CreateIndex
CREATE INDEX "appeal_status_idx" ON "appeal"("status");

-- CreateIndex
CREATE UNIQUE INDEX "appeal_year_seq_key" ON "appeal"("year", "seq");

-- CreateIndex
CREATE INDEX "appeal_event_appealId_at_idx" ON "appeal_event"("appealId", "at");

-- AddForeignKey
ALTER TABLE "appeal_event" ADD CONSTRAINT "appeal_event_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: links to the shared tables as foreign keys (no Prisma back-relations needed
-- on Enterprise, Town, Department or User).
ALTER TABLE "appeal_route" ADD CONSTRAINT "appeal_route_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE CASCADE;
ALTER TABLE "appeal_route" ADD CONSTRAINT "appeal_route_unitTownId_fkey" FOREIGN KEY ("unitTownId") REFERENCES "town"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal_route" ADD CONSTRAINT "appeal_route_unitDepartmentId_fkey" FOREIGN KEY ("unitDepartmentId") REFERENCES "department"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal_route" ADD CONSTRAINT "appeal_route_one_unit" CHECK (("unitKind" = 'TOWN' AND "unitTownId" IS NOT NULL AND "unitDepartmentId" IS NULL) OR ("unitKind" = 'DEPARTMENT' AND "unitDepartmentId" IS NOT NULL AND "unitTownId" IS NULL));
-- One default rule per (category or none, town or none): NULLs are distinct in a unique index
CREATE UNIQUE INDEX "appeal_route_scope_key" ON "appeal_route" (COALESCE("categoryId", ''), COALESCE("townId", ''));
ALTER TABLE "commissioner_assignment" ADD CONSTRAINT "commissioner_assignment_commissionerId_fkey" FOREIGN KEY ("commissionerId") REFERENCES "app_user"("id") ON DELETE CASCADE;
ALTER TABLE "commissioner_assignment" ADD CONSTRAINT "commissioner_assignment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "app_user"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_unitTownId_fkey" FOREIGN KEY ("unitTownId") REFERENCES "town"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_unitDepartmentId_fkey" FOREIGN KEY ("unitDepartmentId") REFERENCES "department"("id") ON DELETE RESTRICT;
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_satisfaction_range" CHECK ("satisfaction" IS NULL OR "satisfaction" BETWEEN 1 AND 5);

-- Audit (DESIGN.md §6)
CREATE TRIGGER calendar_day_audit AFTER INSERT OR UPDATE OR DELETE ON calendar_day FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER appeal_category_audit AFTER INSERT OR UPDATE OR DELETE ON appeal_category FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER appeal_route_audit AFTER INSERT OR UPDATE OR DELETE ON appeal_route FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER appeal_counter_audit AFTER INSERT OR UPDATE OR DELETE ON appeal_counter FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER commissioner_assignment_audit AFTER INSERT OR UPDATE OR DELETE ON commissioner_assignment FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER appeal_audit AFTER INSERT OR UPDATE OR DELETE ON appeal FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER appeal_event_audit AFTER INSERT OR UPDATE OR DELETE ON appeal_event FOR EACH ROW EXECUTE FUNCTION qifu_audit();
