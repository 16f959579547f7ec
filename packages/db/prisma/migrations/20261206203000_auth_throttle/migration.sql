-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "clientRequestId" TEXT;

-- CreateTable
CREATE TABLE "login_throttle" (
    "username" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("username","source")
);

-- CreateIndex
CREATE INDEX "login_throttle_updatedAt_idx" ON "login_throttle"("updatedAt");


-- The audit trigger records the x-request-id the client sent apart from ours (issue 11, point 8):
-- "requestId" is always the server's own id; "clientRequestId" is whatever the client claimed.
CREATE OR REPLACE FUNCTION qifu_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hidden text[] := ARRAY['passwordHash', 'searchText', 'searchVector'];
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - hidden END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - hidden END;
BEGIN
  INSERT INTO audit_log ("action", "resource", "recordId", "before", "after", "actorId", "actorRole", "requestId", "clientRequestId")
  VALUES (TG_OP, TG_TABLE_NAME, COALESCE(new_row ->> 'id', old_row ->> 'id'), old_row, new_row,
          NULLIF(current_setting('qifu.actor_id', true), ''),
          NULLIF(current_setting('qifu.actor_role', true), ''),
          NULLIF(current_setting('qifu.request_id', true), ''),
          NULLIF(current_setting('qifu.client_request_id', true), ''));
  RETURN NULL;
END $$;
