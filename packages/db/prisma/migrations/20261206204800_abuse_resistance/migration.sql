-- Issue 11 (abuse resistance), on the merged schema (after station_is_node and
-- assessment_min_cases): confirmed enterprise figures (point 11), the node's public office
-- number (point 12), partial unique indexes against the PostgreSQL races.

-- AlterTable
ALTER TABLE "enterprise" ADD COLUMN     "confirmedAssetsWan" INTEGER,
ADD COLUMN     "confirmedEmployees" INTEGER,
ADD COLUMN     "confirmedRevenueWan" INTEGER,
ADD COLUMN     "figuresConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "figuresConfirmedById" TEXT;

-- AlterTable
ALTER TABLE "node" ADD COLUMN     "officePhone" TEXT;


-- Issue 11 point 11: the figures on record count as confirmed, except where the latest change
-- to any of them was made by an enterprise account itself (the audit log says who): those stay
-- self-reported until a town admin confirms them.
UPDATE "enterprise" e SET "confirmedEmployees" = e."employees", "confirmedRevenueWan" = e."revenueWan", "confirmedAssetsWan" = e."assetsWan",
  "figuresConfirmedAt" = CASE WHEN e."employees" IS NULL AND e."revenueWan" IS NULL AND e."assetsWan" IS NULL THEN NULL ELSE e."updatedAt" END
WHERE COALESCE((
  SELECT a."actorRole" FROM "audit_log" a
  WHERE a."resource" = 'enterprise' AND a."recordId" = e."id"
    AND (a."before" IS NULL
      OR (a."before"->'employees') IS DISTINCT FROM (a."after"->'employees')
      OR (a."before"->'revenueWan') IS DISTINCT FROM (a."after"->'revenueWan')
      OR (a."before"->'assetsWan') IS DISTINCT FROM (a."after"->'assetsWan'))
  ORDER BY a."id" DESC LIMIT 1), '') <> 'ENTERPRISE';

-- Issue 11 point 12: the public pages show a node's office number (for a service station, a node
-- since station_is_node); the contact person's number (a station's on-call contact) goes to
-- signed-in staff only. A landline contact number is the office's and may be published; a mobile
-- (1[3-9]x, 11 digits) is personal and stays off the public pages.
UPDATE "node" SET "officePhone" = "contactPhone"
WHERE "contactPhone" IS NOT NULL AND btrim("contactPhone") <> '' AND regexp_replace("contactPhone", '[^0-9]', '', 'g') !~ '^(86)?1[3-9][0-9]{9}$';

-- PostgreSQL races (issue 11): at most one pending claim per enterprise and account, and at
-- most one open (pending or accepted) service request per enterprise and product. Older
-- duplicates are closed first so the indexes can be built.
UPDATE "enterprise_claim" c SET "status" = 'CLOSED', "reviewNote" = '重复的待审核申请（系统关闭） / Duplicate pending claim (closed by the system)'
WHERE c."status" = 'PENDING' AND EXISTS (SELECT 1 FROM "enterprise_claim" d WHERE d."status" = 'PENDING' AND d."creditCode" = c."creditCode" AND d."userId" = c."userId" AND d."id" < c."id");
CREATE UNIQUE INDEX "enterprise_claim_one_pending_idx" ON "enterprise_claim" ("creditCode", "userId") WHERE "status" = 'PENDING';
UPDATE "service_request" r SET "status" = 'CANCELLED', "reason" = '重复申请（系统关闭） / Duplicate request (closed by the system)', "closedAt" = now()
WHERE r."status" IN ('PENDING', 'ACCEPTED') AND EXISTS (SELECT 1 FROM "service_request" d WHERE d."status" IN ('PENDING', 'ACCEPTED') AND d."enterpriseId" = r."enterpriseId" AND d."productId" = r."productId" AND (d."createdAt", d."id") < (r."createdAt", r."id"));
CREATE UNIQUE INDEX "service_request_one_open_idx" ON "service_request" ("enterpriseId", "productId") WHERE "status" IN ('PENDING', 'ACCEPTED');
-- the claims the town decides between, and the expiry sweep
CREATE INDEX "enterprise_claim_pending_code_idx" ON "enterprise_claim" ("creditCode") WHERE "status" = 'PENDING';
