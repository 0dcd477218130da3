#!/usr/bin/env bash
# Throwaway PostgreSQL on 127.0.0.1 for tests (as root, no systemd).
#   source .ci/postgres.sh && pg_test_start   → exports MOTCUA_TEST_POSTGRES
#   pg_test_stop                              → stops it by PID and removes its files
pg_test_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  PG_TEST_DIR=$(mktemp -d /tmp/motcua-pg.XXXXXX)
  chown postgres:postgres "$PG_TEST_DIR"
  PG_TEST_PORT=${PG_TEST_PORT:-55432}
  while (echo > "/dev/tcp/127.0.0.1/$PG_TEST_PORT") 2>/dev/null; do PG_TEST_PORT=$((PG_TEST_PORT + 1)); done
  su postgres -s /bin/sh -c "'$bin/initdb' -D '$PG_TEST_DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_TEST_DIR/data' -l '$PG_TEST_DIR/log' -w -o \"-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k '$PG_TEST_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null
  PG_TEST_PID=$(head -n 1 "$PG_TEST_DIR/data/postmaster.pid")
  export MOTCUA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Password=unused;Include Error Detail=true"
  echo "PostgreSQL (pid $PG_TEST_PID) on 127.0.0.1:$PG_TEST_PORT"
}

pg_test_stop() {
  [ -n "${PG_TEST_PID:-}" ] || return 0
  kill -INT "$PG_TEST_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$PG_TEST_PID" 2>/dev/null || break; sleep 0.2; done
  rm -rf "$PG_TEST_DIR"
  PG_TEST_PID=
}
