-- CreateTable
CREATE TABLE "search_log" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "q" TEXT NOT NULL,
    "category" TEXT,
    "townId" TEXT,
    "industryCode" TEXT,
    "results" INTEGER NOT NULL,

    CONSTRAINT "search_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_log_at_idx" ON "search_log"("at");

