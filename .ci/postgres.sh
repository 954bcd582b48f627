#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port and prints its connection string.
# Usage: source .ci/postgres.sh  (exports SMEONBOARD_PG and PG_CLUSTER_DIR; stop with pg_stop)
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_CLUSTER_DIR=$(mktemp -d /tmp/smeonboard-pg.XXXXXX)
chown postgres:postgres "$PG_CLUSTER_DIR"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

# initdb refuses to run as root, so the cluster belongs to the postgres user.
runuser -u postgres -- "$pg_bin/initdb" -D "$PG_CLUSTER_DIR/data" --auth=trust --username=postgres --encoding=UTF8 >"$PG_CLUSTER_DIR/initdb.log"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" \
  -o "-p $pg_port -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" -w start >/dev/null

export PG_CLUSTER_DIR
export SMEONBOARD_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"

pg_stop() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_CLUSTER_DIR"
}
