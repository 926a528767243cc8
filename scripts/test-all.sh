#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to see: lint, types, content, both production builds,
# unit tests (some read the build), then browser tests against the served builds.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "Browser check"
node --import tsx -e "import('./lib/find-chromium.ts').then(m => console.log('Chromium:', m.findChromium()))"

step "Lint"
npx eslint .
step "Type check"
npx tsc --noEmit

step "Production build with BASE_PATH=/atlas and REPO_URL → out-base/"
rm -rf out-base
BASE_PATH=/atlas SITE_URL=https://docs.example.com REPO_URL=https://github.com/example/atlas npm run build --silent
mv out out-base

step "Production build → out/"
npm run build --silent

step "Unit tests"
npx vitest run

step "Browser tests"
npx playwright test
