-- The public catalogue's search (`pnpm bench`, docs/performance.md: 50,000 products). It only
-- ever asks for published products, newest first, with a count that stops at 1,000. Partial
-- indexes on the published rows let the count stop after 1,000 heap rows of a GIN bitmap (no
-- drafts to filter out) and the page walk the newest-first order and stop after one page,
-- instead of sorting every match. The full GIN index stays for the staff's list (all statuses).
CREATE INDEX "service_product_published_search_idx" ON "service_product" USING GIN ("searchVector") WHERE status = 'PUBLISHED';
CREATE INDEX "service_product_published_order_idx" ON "service_product" ("publishedAt" DESC, id) WHERE status = 'PUBLISHED';
