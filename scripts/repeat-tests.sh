#!/usr/bin/env bash
# Runs the README's test command N times in a row in CI mode (CI=true: a test that needs
# ../shared or a service fails instead of skipping), for issue 13's "no flake" evidence. Prints
# each run's summary and wall time; exits 1 if any run failed or skipped a required test.
#   bash scripts/repeat-tests.sh 5
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
export CI=true
export AGENT_AUDIT_HOME="${AGENT_AUDIT_HOME:-$(mktemp -d)}"
# The services the CI-mode tests need (PostgreSQL, NATS), as .ci/run starts them.
bash scripts/services.sh || exit 1
bad=0
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  report=$(mktemp)
  start=$(date +%s)
  AGENT_AUDIT_TEST_REPORT="$report" npx -y pnpm@10.34.9 test > "$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -n 1 | sed 's/^ *//')
  skips=allowed
  node scripts/check-skips.mjs "$report" > /dev/null 2>&1 || skips=refused
  echo "run $i of $runs: exit $rc, ${took} s, ${summary:-no summary}, skips ${skips}, load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$rc" -ne 0 ] || [ "$skips" != allowed ]; then
    bad=1
    node scripts/ci-digest.mjs "run $i" "$log" "$report"
  fi
done
exit "$bad"
