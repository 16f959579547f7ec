import { serverFeature as network } from "@qifu/feature-network/server";
import { serverFeature as targets } from "@qifu/feature-targets/server";
import { serverFeature as enterprises } from "@qifu/feature-enterprises/server";
import { serverFeature as catalogue } from "@qifu/feature-catalogue/server";
import { serverFeature as serviceStations } from "@qifu/feature-service-stations/server";
import { serverFeature as specializedParks } from "@qifu/feature-specialized-parks/server";
import { serverFeature as innovationBases } from "@qifu/feature-innovation-bases/server";
import { serverFeature as industrialClusters } from "@qifu/feature-industrial-clusters/server";
import { serverFeature as appeals } from "@qifu/feature-appeals/server";
import { serverFeature as ledger } from "@qifu/feature-ledger/server";
import { serverFeature as monitoring } from "@qifu/feature-monitoring/server";
import { serverFeature as experts } from "@qifu/feature-experts/server";
import { serverFeature as evaluation } from "@qifu/feature-evaluation/server";
import { serverFeature as cultivation } from "@qifu/feature-cultivation/server";
import { serverFeature as activities } from "@qifu/feature-activities/server";
import { serverFeature as financing } from "@qifu/feature-financing/server";
import { serverFeature as techTransfer } from "@qifu/feature-tech-transfer/server";
import { serverFeature as supplyChain } from "@qifu/feature-supply-chain/server";
import { serverFeature as digital } from "@qifu/feature-digital/server";
import { serverFeature as showcase } from "@qifu/feature-showcase/server";
import { serverFeature as vouchers } from "@qifu/feature-vouchers/server";
import { serverFeature as policies } from "@qifu/feature-policies/server";

/**
 * Every feature's server manifest: the one list the root router, the seed, the job runner and
 * the HTTP server iterate (DESIGN.md §3). In seed order: a feature's seed may use the rows of
 * the features before it (nodes before the carriers that hang off them, enterprises before
 * the appeals they file). Adding a feature is one line here.
 */
export const serverFeatures = [
  network,
  targets,
  enterprises,
  catalogue,
  serviceStations,
  specializedParks,
  innovationBases,
  industrialClusters,
  appeals,
  ledger,
  monitoring,
  experts,
  evaluation,
  cultivation,
  activities,
  financing,
  techTransfer,
  supplyChain,
  digital,
  showcase,
  vouchers,
  policies,
] as const;
