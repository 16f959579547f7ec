-- DropIndex
DROP INDEX "appeal_route_categoryId_townId_key";

-- AddForeignKey
ALTER TABLE "appeal_route" ADD CONSTRAINT "appeal_route_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "appeal_category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- replaces the hand-written key of the first appeals migration with the relation Prisma now knows
ALTER TABLE "commissioner_assignment" DROP CONSTRAINT "commissioner_assignment_commissionerId_fkey";
ALTER TABLE "commissioner_assignment" ADD CONSTRAINT "commissioner_assignment_commissionerId_fkey" FOREIGN KEY ("commissionerId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- replaces the hand-written key of the first appeals migration with the relation Prisma now knows
ALTER TABLE "commissioner_assignment" DROP CONSTRAINT "commissioner_assignment_enterpriseId_fkey";
ALTER TABLE "commissioner_assignment" ADD CONSTRAINT "commissioner_assignment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "appeal_category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

