-- CreateTable
CREATE TABLE "policy" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "docNumber" TEXT,
    "issuedOn" DATE,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "applyFrom" DATE,
    "applyTo" DATE,
    "summary" TEXT NOT NULL,
    "fullText" TEXT NOT NULL DEFAULT '',
    "supportKind" TEXT NOT NULL,
    "supportText" TEXT NOT NULL,
    "maxAmountFen" INTEGER,
    "handlerNodeId" TEXT,
    "handlerDepartmentId" TEXT,
    "howToApply" TEXT NOT NULL DEFAULT '',
    "autoGrant" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "townIds" TEXT[],
    "industryCodes" TEXT[],
    "sizeClasses" TEXT[],
    "tiers" TEXT[],
    "minYears" INTEGER,
    "revenueMinWan" INTEGER,
    "revenueMaxWan" INTEGER,
    "employeesMin" INTEGER,
    "employeesMax" INTEGER,
    "tags" TEXT[],
    "notReceivedPolicyId" TEXT,
    "notReceivedYears" INTEGER,
    "whoQualifies" JSONB NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_application" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "auto" BOOLEAN NOT NULL DEFAULT false,
    "material" TEXT NOT NULL DEFAULT '',
    "requestedFen" INTEGER,
    "grantedFen" INTEGER,
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "activeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "policy_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_push" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townId" TEXT,
    "recipients" INTEGER NOT NULL,
    "pushedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_push_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "policy_status_idx" ON "policy"("status");

-- CreateIndex
CREATE INDEX "policy_handlerNodeId_idx" ON "policy"("handlerNodeId");

-- CreateIndex
CREATE INDEX "policy_handlerDepartmentId_idx" ON "policy"("handlerDepartmentId");

-- CreateIndex
CREATE UNIQUE INDEX "policy_application_activeKey_key" ON "policy_application"("activeKey");

-- CreateIndex
CREATE INDEX "policy_application_policyId_status_idx" ON "policy_application"("policyId", "status");

-- CreateIndex
CREATE INDEX "policy_application_enterpriseId_idx" ON "policy_application"("enterpriseId");

-- CreateIndex
CREATE INDEX "policy_application_townId_idx" ON "policy_application"("townId");

-- CreateIndex
CREATE INDEX "policy_push_enterpriseId_idx" ON "policy_push"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "policy_push_policyId_version_enterpriseId_key" ON "policy_push"("policyId", "version", "enterpriseId");

-- AddForeignKey
ALTER TABLE "policy" ADD CONSTRAINT "policy_handlerNodeId_fkey" FOREIGN KEY ("handlerNodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy" ADD CONSTRAINT "policy_handlerDepartmentId_fkey" FOREIGN KEY ("handlerDepartmentId") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_application" ADD CONSTRAINT "policy_application_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_application" ADD CONSTRAINT "policy_application_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_application" ADD CONSTRAINT "policy_application_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_push" ADD CONSTRAINT "policy_push_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_push" ADD CONSTRAINT "policy_push_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

-- Chinese full-text search (DESIGN.md §4).
CREATE INDEX "policy_searchVector_idx" ON "policy" USING GIN ("searchVector");

CREATE TRIGGER policy_audit AFTER INSERT OR UPDATE OR DELETE ON policy FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER policy_application_audit AFTER INSERT OR UPDATE OR DELETE ON policy_application FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER policy_push_audit AFTER INSERT OR UPDATE OR DELETE ON policy_push FOR EACH ROW EXECUTE FUNCTION qifu_audit();
