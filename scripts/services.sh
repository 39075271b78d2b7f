#!/usr/bin/env bash
# Starts the PostgreSQL and NATS (JetStream) servers the tests use, if they are down, and waits
# (bounded) until both accept connections. PostgreSQL: 127.0.0.1:5432 (trust auth, database
# "test", user postgres). NATS: 127.0.0.1:4222 with JetStream. Called by .ci/run.
set -u

PG_PORT=5432
NATS_PORT=4222
WAIT_SECONDS="${SERVICES_WAIT_SECONDS:-30}"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! listening "$PG_PORT"; then
  echo "services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start || echo "services: pg_ctlcluster failed (exit $?)" >&2
fi
if ! listening "$NATS_PORT"; then
  echo "services: starting NATS with JetStream"
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log \
    || echo "services: start-stop-daemon nats-server failed (exit $?)" >&2
fi

deadline=$((SECONDS + WAIT_SECONDS))
pg_ok=0
nats_ok=0
while [ "$SECONDS" -lt "$deadline" ]; do
  if [ "$pg_ok" = 0 ] && listening "$PG_PORT"; then
    if command -v pg_isready >/dev/null 2>&1; then
      pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d test && pg_ok=1
    else
      pg_ok=1
    fi
  fi
  [ "$nats_ok" = 0 ] && listening "$NATS_PORT" && nats_ok=1
  [ "$pg_ok" = 1 ] && [ "$nats_ok" = 1 ] && break
  sleep 0.5
done

status=0
if [ "$pg_ok" = 1 ]; then echo "services: PostgreSQL ready on 127.0.0.1:$PG_PORT"; else echo "services: PostgreSQL not reachable on 127.0.0.1:$PG_PORT after ${WAIT_SECONDS}s" >&2; status=1; fi
if [ "$nats_ok" = 1 ]; then echo "services: NATS ready on 127.0.0.1:$NATS_PORT"; else echo "services: NATS not reachable on 127.0.0.1:$NATS_PORT after ${WAIT_SECONDS}s (see /var/log/nats-server.log)" >&2; status=1; fi
exit "$status"
