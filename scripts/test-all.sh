#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to see: lint, types, content, both production builds,
# unit tests (some read the build), then browser tests against the served builds. Each stage prints its
# wall-clock time, and a summary closes the run, so a slower run shows which stage grew.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
source scripts/stage-timer.sh

stage "Browser check" node --import tsx -e "import('./lib/find-chromium.ts').then(m => console.log('Browser tests run on', m.findTestChromium()))"
# ESLint and tsc each use one core: side by side they take the time of the slower one. Each one's output is
# printed whole when both are done; either failing fails the stage.
lint_and_types() {
  local dir status=0
  dir=$(mktemp -d)
  npx eslint . >"$dir/lint" 2>&1 &
  local lint=$!
  npx tsc --noEmit >"$dir/types" 2>&1 &
  local types=$!
  wait $lint || status=$?
  echo "ESLint:" && cat "$dir/lint" && [ $status -eq 0 ] && echo "no problems"
  local types_status=0
  wait $types || types_status=$?
  echo "Type check:" && cat "$dir/types" && [ $types_status -eq 0 ] && echo "no errors"
  rm -rf "$dir"
  [ $status -eq 0 ] && [ $types_status -eq 0 ]
}
stage "Lint and type check (side by side)" lint_and_types

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
