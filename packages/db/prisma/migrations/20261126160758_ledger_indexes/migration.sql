-- Service ledger indexes from `pnpm bench` (docs/performance.md): 1,000,000 records.
-- A town's ledger list with filters and its count read (townId, servedOn) and then the filtered
-- columns; with them INCLUDEd the filter runs in the index and the count can be index-only.
CREATE INDEX "ledger_record_town_served_cover_idx" ON "ledger_record" ("townId", "servedOn") INCLUDE ("channel", "category", "nodeId", "ratingScore");
DROP INDEX "ledger_record_townId_servedOn_idx";

-- The year's figures (board, targets) scan one year of records: covering, so no heap visits.
CREATE INDEX "ledger_record_served_cover_idx" ON "ledger_record" ("servedOn") INCLUDE ("townId", "nodeId", "enterpriseId", "channel", "ratingScore");
DROP INDEX "ledger_record_servedOn_idx";
