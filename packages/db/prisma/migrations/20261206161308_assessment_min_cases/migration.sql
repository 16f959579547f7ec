-- AlterTable
ALTER TABLE "assessment_weights" ADD COLUMN     "minCases" INTEGER NOT NULL DEFAULT 5;

