-- CreateTable
CREATE TABLE "evaluation_scheme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "nodeKind" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "definition" JSONB NOT NULL,
    "starThresholds" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evaluation_scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_round" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "schemeVersion" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "starThresholds" JSONB NOT NULL,
    "periodKind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dueOn" DATE,
    "closedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evaluation_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_subject" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "townId" TEXT,
    "nodeId" TEXT,
    "metricValues" JSONB,

    CONSTRAINT "evaluation_subject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_assignment" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_evidence" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "indicatorKey" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evaluation_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_score" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "indicatorKey" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evaluation_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_result" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "total" DOUBLE PRECISION NOT NULL,
    "rank" INTEGER NOT NULL,
    "stars" INTEGER NOT NULL,
    "contributions" JSONB NOT NULL,
    "consequence" TEXT NOT NULL DEFAULT 'NONE',
    "reason" TEXT,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expert" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" TEXT,
    "field" TEXT NOT NULL,
    "title" TEXT,
    "employer" TEXT,
    "qualifications" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "availability" TEXT NOT NULL DEFAULT 'AVAILABLE',
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expert_node_link" (
    "expertId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "relation" TEXT NOT NULL DEFAULT 'EMPLOYEE',

    CONSTRAINT "expert_node_link_pkey" PRIMARY KEY ("expertId","nodeId")
);

-- CreateIndex
CREATE INDEX "evaluation_scheme_status_idx" ON "evaluation_scheme"("status");

-- CreateIndex
CREATE INDEX "evaluation_round_status_year_idx" ON "evaluation_round"("status", "year");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_subject_roundId_townId_key" ON "evaluation_subject"("roundId", "townId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_subject_roundId_nodeId_key" ON "evaluation_subject"("roundId", "nodeId");

-- CreateIndex
CREATE INDEX "evaluation_assignment_expertId_idx" ON "evaluation_assignment"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_assignment_subjectId_expertId_key" ON "evaluation_assignment"("subjectId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_evidence_subjectId_indicatorKey_key" ON "evaluation_evidence"("subjectId", "indicatorKey");

-- CreateIndex
CREATE INDEX "evaluation_score_expertId_idx" ON "evaluation_score"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_score_subjectId_expertId_indicatorKey_key" ON "evaluation_score"("subjectId", "expertId", "indicatorKey");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_result_subjectId_version_key" ON "evaluation_result"("subjectId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "expert_userId_key" ON "expert"("userId");

-- CreateIndex
CREATE INDEX "expert_availability_idx" ON "expert"("availability");

-- CreateIndex
CREATE INDEX "expert_node_link_nodeId_idx" ON "expert_node_link"("nodeId");

-- AddForeignKey
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "evaluation_scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_subject" ADD CONSTRAINT "evaluation_subject_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "evaluation_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_subject" ADD CONSTRAINT "evaluation_subject_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_subject" ADD CONSTRAINT "evaluation_subject_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "evaluation_subject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "evaluation_subject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "evaluation_subject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "evaluation_subject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert" ADD CONSTRAINT "expert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert_node_link" ADD CONSTRAINT "expert_node_link_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert_node_link" ADD CONSTRAINT "expert_node_link_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "node"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these) ------------------------------------------

CREATE TRIGGER expert_node_link_audit AFTER INSERT OR UPDATE OR DELETE ON expert_node_link FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_round_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_round FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_subject_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_subject FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_assignment_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_assignment FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_evidence_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_evidence FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_score_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_score FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE TRIGGER evaluation_result_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_result FOR EACH ROW EXECUTE FUNCTION qifu_audit();

-- A result's figures never change once written: a correction is a new version (only supersededAt may be set, once).
CREATE FUNCTION evaluation_result_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."total" IS DISTINCT FROM OLD."total" OR NEW."rank" IS DISTINCT FROM OLD."rank" OR NEW."stars" IS DISTINCT FROM OLD."stars"
     OR NEW."contributions" IS DISTINCT FROM OLD."contributions" OR NEW."consequence" IS DISTINCT FROM OLD."consequence"
     OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."reason" IS DISTINCT FROM OLD."reason"
     OR (OLD."supersededAt" IS NOT NULL AND NEW."supersededAt" IS DISTINCT FROM OLD."supersededAt") THEN
    RAISE EXCEPTION 'evaluation_result is immutable: correct it with a new version';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER evaluation_result_frozen BEFORE UPDATE ON evaluation_result FOR EACH ROW EXECUTE FUNCTION evaluation_result_frozen();
CREATE INDEX "expert_searchVector_idx" ON "expert" USING GIN ("searchVector");
CREATE TRIGGER expert_audit AFTER INSERT OR UPDATE OR DELETE ON expert FOR EACH ROW EXECUTE FUNCTION qifu_audit();
CREATE INDEX "evaluation_scheme_searchVector_idx" ON "evaluation_scheme" USING GIN ("searchVector");
CREATE TRIGGER evaluation_scheme_audit AFTER INSERT OR UPDATE OR DELETE ON evaluation_scheme FOR EACH ROW EXECUTE FUNCTION qifu_audit();
