# Shared by cluster/up, cluster/down and cluster/failover (sourced, not run).
#
# Everything a cluster is lives in one directory (--dir, default ./cluster/work):
#   cluster.env    ports and process ids, KEY=VALUE, readable by anyone on the machine
#   secrets.env    passwords and the URLs that hold them, 0600
#   primary/ standby/   the PostgreSQL data directories
#   pgbouncer/ haproxy/ their configuration
#   logs/          one log per process
#   pids/          one file per process: its PID, the only way anything is stopped

CLUSTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

fail() { echo "cluster: $*" >&2; exit 2; }
say() { echo "cluster: $*" >&2; }

# PostgreSQL and PgBouncer refuse to run as root. When we are root they run as 'nobody', and
# the directories they write are given to that user; otherwise they run as ourselves.
if [ "$(id -u)" -eq 0 ]; then
    SERVICE_USER=nobody
    as_service() { runuser -u "$SERVICE_USER" -- "$@"; }
    give_to_service() { chown -R "$SERVICE_USER:" "$@"; }
else
    SERVICE_USER="$(id -un)"
    as_service() { "$@"; }
    give_to_service() { :; }
fi

# A TCP port nobody listens on now, on loopback. (A race with another program taking it before
# we bind it is possible but rare; the start then fails loudly and the script can be rerun.)
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Reads DIR/cluster.env and DIR/secrets.env into the shell.
load_state() {
    [ -f "$DIR/cluster.env" ] || fail "no cluster in $DIR (cluster/up --dir $DIR makes one)"
    # shellcheck disable=SC1091
    . "$DIR/cluster.env"
    # shellcheck disable=SC1091
    . "$DIR/secrets.env"
}

# set_state KEY VALUE: records (or replaces) one line of cluster.env.
set_state() {
    touch "$DIR/cluster.env"
    sed -i "/^$1=/d" "$DIR/cluster.env"
    echo "$1=$2" >>"$DIR/cluster.env"
}

# pid_of NAME: the PID recorded for NAME, or nothing.
pid_of() {
    [ -f "$DIR/pids/$1.pid" ] && head -1 "$DIR/pids/$1.pid" || true
}

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

# stop_pid NAME SIGNAL: sends SIGNAL to NAME's recorded PID and waits (30 s) for it to go;
# SIGKILL after that. PostgreSQL gets SIGINT ("fast shutdown": roll back, checkpoint, exit).
stop_pid() {
    local pid
    pid="$(pid_of "$1")"
    if alive "$pid"; then
        kill -"$2" "$pid" 2>/dev/null || true
        for _ in $(seq 1 300); do alive "$pid" || break; sleep 0.1; done
        if alive "$pid"; then
            say "$1 (pid $pid) did not stop within 30 s; SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$DIR/pids/$1.pid"
}

# psql as the superuser over TCP on PORT: sql_at PORT DATABASE SQL...
sql_at() {
    local port="$1" database="$2"
    shift 2
    PGPASSWORD="$SUPERUSER_PASSWORD" "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$port" -U postgres -d "$database" "$@"
}

# PgBouncer's admin console (SHOW POOLS, RELOAD, ...).
pgbouncer_admin() {
    PGPASSWORD="$PGBOUNCER_ADMIN_PASSWORD" "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U cluster_admin -d pgbouncer -c "$1"
}

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND every 0.2 s until it succeeds.
wait_for() {
    local what="$1" seconds="$2"
    shift 2
    local deadline=$(( $(date +%s) + seconds ))
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}
