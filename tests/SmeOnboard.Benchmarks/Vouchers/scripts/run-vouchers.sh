#!/usr/bin/env bash
# Voucher redemptions per second next to pgbench -N on the same PostgreSQL server (docs/benchmarks/vouchers.md).
# Usage: SMEONBOARD_PG='Host=…;Port=…;Username=…' [POOL=N] tests/SmeOnboard.Benchmarks/Vouchers/scripts/run-vouchers.sh [extra options]
# Defaults: 200 clients sharing a pool of 4 connections (two per core of the development machine), 2,000 firms in 20
# programmes, 3 runs, pgbench -N -c 200 -j 200 -T 10. The output (with the
# load average before and after, which the figures mean little without) goes to docs/benchmarks/runs/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
: "${SMEONBOARD_PG:?set SMEONBOARD_PG to a PostgreSQL connection string (a role that may create databases)}"
out="$root/docs/benchmarks/runs/vouchers-$(date -u +%Y%m%d-%H%M).txt"
dotnet build "$root/tests/SmeOnboard.Benchmarks" -c Release -v q -nologo
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
{
  echo "before: $(uptime)"
  dotnet run -c Release --no-build --project "$root/tests/SmeOnboard.Benchmarks" -- vouchers \
    --clients 200 --pool "${POOL:-4}" --instances 2000 --programmes 20 --runs 3 --seconds 10 "$@"
  echo "after: $(uptime)"
} | tee "$out"
