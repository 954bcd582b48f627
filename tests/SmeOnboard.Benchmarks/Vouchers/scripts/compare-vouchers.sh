#!/usr/bin/env bash
# Before/after in one sitting: alternates the vouchers benchmark of a baseline checkout (built in Release) with this
# one's, each run followed by its own pgbench -N, so both builds see the same machine (docs/benchmarks/vouchers.md).
# Usage: SMEONBOARD_PG='Host=…' BASE=/path/to/baseline/checkout [POOL=N] tests/SmeOnboard.Benchmarks/Vouchers/scripts/compare-vouchers.sh [rounds] [extra options]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
: "${SMEONBOARD_PG:?set SMEONBOARD_PG to a PostgreSQL connection string (a role that may create databases)}"
: "${BASE:?set BASE to a checkout of the baseline}"
rounds="${1:-2}"
shift || true
out="$root/docs/benchmarks/runs/vouchers-compare-$(date -u +%Y%m%d-%H%M).txt"
dotnet build "$BASE/tests/SmeOnboard.Benchmarks" -c Release -v q -nologo
dotnet build "$root/tests/SmeOnboard.Benchmarks" -c Release -v q -nologo
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
{
  echo "baseline: ${BASE_LABEL:-$BASE}; this: $(git -C "$root" rev-parse --short HEAD)"
  for round in $(seq "$rounds"); do
    for build in baseline this; do
      dir="$root"
      [ "$build" = baseline ] && dir="$BASE"
      echo "=== round $round, $build: $(uptime)"
      (cd "$dir" && dotnet "$dir/tests/SmeOnboard.Benchmarks/bin/Release/net10.0/SmeOnboard.Benchmarks.dll" vouchers \
        --clients 200 --pool "${POOL:-4}" --instances 2000 --programmes 20 --runs 2 --seconds 10 "$@")
    done
  done
  echo "after: $(uptime)"
} | tee "$out"
