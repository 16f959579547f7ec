#!/usr/bin/env bash
# CI check of the offline install (docs/operations.md "Installing without a registry"):
# a copy of the repository's sources, no node_modules, installed with `pnpm install --offline
# --frozen-lockfile` from a prepared pnpm store, with every registry and download address
# pointed at a closed port, so anything that still wanted the network would fail.
#   scripts/offline-install-check.sh [STORE_DIR]   (default: this machine's store, filled by
#   the normal install; on a fresh connected machine `pnpm fetch --store-dir DIR` fills one)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-$(pnpm store path)}"
work="$(mktemp -d -t qifu-offline-XXXXXX)"
trap 'rm -rf "$work"' EXIT

# the sources as a clean clone would have them (tracked and new files, nothing ignored)
# (a file deleted but not yet committed is skipped)
git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$work"

cd "$work"
closed=http://127.0.0.1:9
started=$SECONDS
npm_config_registry=$closed/ PRISMA_ENGINES_MIRROR=$closed PRISMA_SKIP_POSTINSTALL_GENERATE=1 CI=true \
  pnpm install --offline --frozen-lockfile --store-dir "$store" --reporter=append-only > install.log 2>&1 || {
    tail -n 40 install.log
    echo "offline install FAILED (log above)"
    exit 1
  }
# what a server start needs is there: the Prisma client was generated, tsx and the database load
test -f packages/db/generated/client.ts || { echo "the Prisma client was not generated"; exit 1; }
(cd apps/api && node --import tsx -e 'import("@qifu/db").then(() => console.log("offline install OK: the database package loads"))')
echo "offline install took $((SECONDS - started)) s from $store"
