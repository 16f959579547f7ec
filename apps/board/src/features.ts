/**
 * The evaluation board's composition file (DESIGN.md §3): ONE LINE PER FEATURE, the feature
 * package's folder name, in menu order. Each feature's `./board` export provides one
 * `boardFeature` object (type TBoardFeature from @qifu/ui/board: refine resources, routes,
 * words in both languages, home-page sections placed by `order`); it is built as its own
 * remote (tooling/vite/feature-remote.ts) and loaded at runtime from
 * /board/remotes/<name>/remoteEntry.js (Module Federation). A feature whose remote fails to
 * load is left out and named in a notice.
 */
export const boardFeatureNames: readonly string[] = [
  "network",
  "targets",
  "ledger",
  "service-stations",
  "specialized-parks",
  "innovation-bases",
  "industrial-clusters",
  "appeals",
  "monitoring",
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
