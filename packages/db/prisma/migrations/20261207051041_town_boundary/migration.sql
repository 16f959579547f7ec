-- CreateTable
CREATE TABLE "town_boundary" (
    "townId" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "sourceName" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "town_boundary_pkey" PRIMARY KEY ("townId")
);

-- AddForeignKey
ALTER TABLE "town_boundary" ADD CONSTRAINT "town_boundary_townId_fkey" FOREIGN KEY ("townId") REFERENCES "town"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- every change to a town's boundary is audited like the rest
CREATE TRIGGER town_boundary_audit AFTER INSERT OR UPDATE OR DELETE ON town_boundary FOR EACH ROW EXECUTE FUNCTION qifu_audit();
