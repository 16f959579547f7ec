-- CreateTable
CREATE TABLE "ledger_rollup" (
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "townKey" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "times" INTEGER NOT NULL DEFAULT 0,
    "online" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "enterprises" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ledger_rollup_pkey" PRIMARY KEY ("year","month","townKey","nodeId")
);

-- CreateTable
CREATE TABLE "ledger_rollup_enterprise" (
    "year" INTEGER NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "townKey" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "records" INTEGER NOT NULL,

    CONSTRAINT "ledger_rollup_enterprise_pkey" PRIMARY KEY ("year","enterpriseId","townKey","nodeId","month")
);

-- Hand-written ---------------------------------------------------------------------------
-- The board's figures from a rollup kept in the same transaction as every ledger write
-- (docs/performance.md: the scan of a year of 1,000,000 records took seconds). Both tables are
-- pure derived data: not audited (ledger_record is), rebuilt by ledger_rollup_rebuild().

-- One record entering (sign 1) or leaving (sign -1) the figures. Six grains are kept: the year,
-- the year by town, by town and node, and the same three per month (townKey '*' = every town,
-- '' = district-level nodes; nodeId '*' = every node; month 0 = the whole year). Distinct
-- enterprises: ledger_rollup_enterprise counts each enterprise's records per (year, town, node,
-- month); an enterprise enters a grain when its first row there appears and leaves it when its
-- last goes. The advisory lock serialises writes about one enterprise in one year, so two
-- transactions cannot both take themselves for its first record.
CREATE FUNCTION ledger_rollup_apply(served date, town text, node text, ent text, channel text, score int, sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  y int := extract(year FROM served)::int;
  m int := extract(month FROM served)::int;
  t text := coalesce(town, '');
  left_rows int;
  d_tnm int := 0; d_tn int := 0; d_tm int := 0; d_t int := 0; d_m int := 0; d_y int := 0;
  on_line int := CASE WHEN channel = 'ONLINE' THEN sign ELSE 0 END;
  is_rated int := CASE WHEN score IS NOT NULL THEN sign ELSE 0 END;
  is_satisfied int := CASE WHEN score >= 4 THEN sign ELSE 0 END;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('ledger_rollup/' || y || '/' || ent, 0));
  IF sign > 0 THEN
    INSERT INTO ledger_rollup_enterprise AS x (year, "enterpriseId", "townKey", "nodeId", month, records) VALUES (y, ent, t, node, m, 1)
      ON CONFLICT (year, "enterpriseId", "townKey", "nodeId", month) DO UPDATE SET records = x.records + 1
      RETURNING records - 1 INTO left_rows; -- the count before this record
  ELSE
    UPDATE ledger_rollup_enterprise SET records = records - 1
      WHERE year = y AND "enterpriseId" = ent AND "townKey" = t AND "nodeId" = node AND month = m
      RETURNING records INTO left_rows;
    IF left_rows = 0 THEN
      DELETE FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND "townKey" = t AND "nodeId" = node AND month = m;
    END IF;
  END IF;
  IF left_rows = 0 THEN
    -- the enterprise's first (or last) record of this town, node and month: which coarser grains
    -- does it enter (or leave)? Each check is a prefix scan of the enterprise's rows of the year.
    d_tnm := sign;
    d_tn := CASE WHEN EXISTS (SELECT 1 FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND "townKey" = t AND "nodeId" = node AND month <> m) THEN 0 ELSE sign END;
    d_tm := CASE WHEN EXISTS (SELECT 1 FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND "townKey" = t AND "nodeId" <> node AND month = m) THEN 0 ELSE sign END;
    d_t := CASE WHEN EXISTS (SELECT 1 FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND "townKey" = t AND ("nodeId" <> node OR month <> m)) THEN 0 ELSE sign END;
    d_m := CASE WHEN EXISTS (SELECT 1 FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND month = m AND ("townKey" <> t OR "nodeId" <> node)) THEN 0 ELSE sign END;
    d_y := CASE WHEN EXISTS (SELECT 1 FROM ledger_rollup_enterprise WHERE year = y AND "enterpriseId" = ent AND ("townKey" <> t OR "nodeId" <> node OR month <> m)) THEN 0 ELSE sign END;
  END IF;
  INSERT INTO ledger_rollup AS r (year, month, "townKey", "nodeId", times, online, rated, satisfied, enterprises) VALUES
    (y, 0, '*', '*', sign, on_line, is_rated, is_satisfied, d_y),
    (y, 0, t, '*', sign, on_line, is_rated, is_satisfied, d_t),
    (y, 0, t, node, sign, on_line, is_rated, is_satisfied, d_tn),
    (y, m, '*', '*', sign, on_line, is_rated, is_satisfied, d_m),
    (y, m, t, '*', sign, on_line, is_rated, is_satisfied, d_tm),
    (y, m, t, node, sign, on_line, is_rated, is_satisfied, d_tnm)
  ON CONFLICT (year, month, "townKey", "nodeId") DO UPDATE SET
    times = r.times + EXCLUDED.times, online = r.online + EXCLUDED.online, rated = r.rated + EXCLUDED.rated,
    satisfied = r.satisfied + EXCLUDED.satisfied, enterprises = r.enterprises + EXCLUDED.enterprises;
END $$;

CREATE FUNCTION ledger_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- an update that leaves every counted column alone (summary, staff, a return-visit note) costs nothing
  IF TG_OP = 'UPDATE' AND (OLD."servedOn", OLD."townId", OLD."nodeId", OLD."enterpriseId", OLD.channel, OLD."ratingScore")
      IS NOT DISTINCT FROM (NEW."servedOn", NEW."townId", NEW."nodeId", NEW."enterpriseId", NEW.channel, NEW."ratingScore") THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM ledger_rollup_apply(OLD."servedOn", OLD."townId", OLD."nodeId", OLD."enterpriseId", OLD.channel, OLD."ratingScore", -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM ledger_rollup_apply(NEW."servedOn", NEW."townId", NEW."nodeId", NEW."enterpriseId", NEW.channel, NEW."ratingScore", 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER ledger_record_rollup AFTER INSERT OR UPDATE OR DELETE ON ledger_record
  FOR EACH ROW EXECUTE FUNCTION ledger_rollup_trigger();

-- The rollup recomputed from the records: the backfill below, and after a bulk load that ran
-- with triggers off (the benchmark's generate_series).
CREATE FUNCTION ledger_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ledger_rollup;
  DELETE FROM ledger_rollup_enterprise;
  INSERT INTO ledger_rollup_enterprise (year, "enterpriseId", "townKey", "nodeId", month, records)
    SELECT extract(year FROM "servedOn")::int, "enterpriseId", coalesce("townId", ''), "nodeId", extract(month FROM "servedOn")::int, count(*)::int
    FROM ledger_record GROUP BY 1, 2, 3, 4, 5;
  -- the counts from the records, the distinct enterprises from the table above (one row per
  -- enterprise, town, node and month: far fewer rows to sort than the records)
  INSERT INTO ledger_rollup (year, month, "townKey", "nodeId", times, online, rated, satisfied, enterprises)
    SELECT c.year, c.month, c."townKey", c."nodeId", c.times, c.online, c.rated, c.satisfied, coalesce(e.enterprises, 0)
    FROM (
      SELECT y AS year, coalesce(m, 0) AS month, CASE WHEN grouping(t) = 1 THEN '*' ELSE t END AS "townKey", CASE WHEN grouping(n) = 1 THEN '*' ELSE n END AS "nodeId",
             count(*)::int AS times, count(*) FILTER (WHERE channel = 'ONLINE')::int AS online,
             count(score)::int AS rated, count(*) FILTER (WHERE score >= 4)::int AS satisfied
      FROM (SELECT extract(year FROM "servedOn")::int AS y, extract(month FROM "servedOn")::int AS m, coalesce("townId", '') AS t, "nodeId" AS n,
                   channel, "ratingScore" AS score FROM ledger_record) r
      GROUP BY GROUPING SETS ((y), (y, t), (y, t, n), (y, m), (y, m, t), (y, m, t, n))
    ) c LEFT JOIN (
      SELECT year, coalesce(month, 0) AS month, CASE WHEN grouping("townKey") = 1 THEN '*' ELSE "townKey" END AS "townKey",
             CASE WHEN grouping("nodeId") = 1 THEN '*' ELSE "nodeId" END AS "nodeId", count(DISTINCT "enterpriseId")::int AS enterprises
      FROM ledger_rollup_enterprise
      GROUP BY GROUPING SETS ((year), (year, "townKey"), (year, "townKey", "nodeId"), (year, month), (year, month, "townKey"), (year, month, "townKey", "nodeId"))
    ) e USING (year, month, "townKey", "nodeId");
END $$;

SELECT ledger_rollup_rebuild();
