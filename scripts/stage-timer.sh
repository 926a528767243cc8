# Sourced by .ci/run and scripts/test-all.sh: `stage NAME command…` runs one stage, prints its wall-clock time,
# and remembers it for `stage_summary`; a failing stage prints its time too, then stops the run (set -e).
STAGE_TIMES=()

stage() {
  local name=$1 start status
  shift
  printf '\n\033[1m▶ %s\033[0m\n' "$name"
  start=$(date +%s)
  set +e
  "$@"
  status=$?
  set -e
  local took=$(($(date +%s) - start))
  STAGE_TIMES+=("$(printf '%4d:%02d  %s' $((took / 60)) $((took % 60)) "$name")")
  printf '\033[2m⏱ %s: %d:%02d\033[0m\n' "$name" $((took / 60)) $((took % 60))
  if [ $status -ne 0 ]; then
    echo "✗ $name failed (exit $status)"
    stage_summary
    exit $status
  fi
}

stage_summary() {
  echo
  echo "Stage times (m:ss):"
  printf '  %s\n' "${STAGE_TIMES[@]}"
}
