#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to see: lint, types, content, both production builds,
# unit tests (some read the build), then browser tests against the served builds. Each stage prints its
# wall-clock time, and a summary closes the run, so a slower run shows which stage grew.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
source scripts/stage-timer.sh

stage "Browser check" node --import tsx -e "import('./lib/find-chromium.ts').then(m => console.log('Chromium:', m.findChromium()))"
stage "Lint" npx eslint .
stage "Type check" npx tsc --noEmit

# Chained with && : stage() runs its command with set +e, so a failing build must end the function itself.
base_build() {
  rm -rf out-base &&
    BASE_PATH=/atlas SITE_URL=https://docs.example.com REPO_URL=https://github.com/example/atlas npm run build --silent &&
    mv out out-base
}
stage "Production build with BASE_PATH=/atlas and REPO_URL → out-base/" base_build
stage "Production build → out/" npm run build --silent
stage "Unit tests" npx vitest run
stage "Browser tests" npx playwright test
stage_summary
