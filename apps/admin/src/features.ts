/**
 * The admin console's composition file (DESIGN.md §3): ONE LINE PER FEATURE, the feature
 * package's folder name, in menu order. Each feature's `./admin` export provides one
 * `adminFeature` object (type TAdminFeature from @qifu/ui/admin); it is built as its own
 * remote (`pnpm --filter @qifu/feature-<name> build`, tooling/vite/feature-remote.ts) and
 * loaded at runtime from /admin/remotes/<name>/remoteEntry.js (Module Federation).
 * A feature whose remote fails to load is left out and named in a notice.
 */
export const adminFeatureNames: readonly string[] = [
  "network",
  "enterprises",
  "catalogue",
  "ledger",
  "appeals",
  "service-stations",
  "specialized-parks",
  "innovation-bases",
  "industrial-clusters",
  "targets",
  "audit",
  "monitoring",
  "experts",
  "evaluation",
  "cultivation",
  "activities",
  "financing",
  "tech-transfer",
  "supply-chain",
  "digital",
  "showcase",
  "vouchers",
  "policies",
];
