#!/bin/sh
# Start a throw-away PostgreSQL cluster on loopback for the collection tests.
# Installs nothing: expects the Debian `postgresql` package (bookworm: 15).
# Prints one line, `export REALTALK_TEST_POSTGRES_URL=...`, for the caller:
#     eval "$(.ci/start-postgres.sh)"
# Stop it with: su postgres -c "$PG_BIN/pg_ctl -D $REALTALK_PG_DIR stop"
set -eu

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
# A free port unless one is asked for: a cluster left by an earlier run (or
# another project) may hold any fixed one.
PORT=${REALTALK_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DIR=$(mktemp -d /tmp/realtalk-pg.XXXXXX)
chown postgres "$DIR"

run_as_postgres() {
    if [ "$(id -un)" = postgres ]; then sh -c "$1"; else su postgres -c "$1"; fi
}

run_as_postgres "$PG_BIN/initdb -D $DIR/data -U postgres -A trust --no-sync" >&2
run_as_postgres "$PG_BIN/pg_ctl -D $DIR/data -l $DIR/log -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off\" start" >&2
run_as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $PORT -U postgres realtalk_test" >&2

echo "export REALTALK_PG_DIR=$DIR/data"
echo "export REALTALK_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PORT/realtalk_test"
