# The paths of bench/cluster and what each hop costs (sourced, after cluster/lib.sh and load_state).

DIRECT_PIDS=""
DIRECT_PORTS=""

# start_direct I: one more Carlot server, with the modules and JVM options of the cluster's, whose
# DATABASE_URL is the primary itself (the driver's default prepareThreshold: named statements).
start_direct() {
    local port pid java
    port="$(free_port)"
    java="$(ls -d /usr/lib/jvm/*/bin/java | sort -rV | head -1)"
    [ -z "${JAVA_HOME:-}" ] || java="$JAVA_HOME/bin/java"
    # shellcheck disable=SC2086 # the options are several words
    env DATABASE_URL="postgres://carlot_app:$APP_PASSWORD@127.0.0.1:$PRIMARY_PORT/carlot" \
        CARLOT_MIGRATION_URL="$CARLOT_MIGRATION_URL" PORT="$port" CARLOT_HOST=127.0.0.1 CARLOT_SEED_ON_START=false \
        "$java" ${CLUSTER_JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC} -p "$MODS" \
        -m dev.carlot.app/dev.carlot.app.Main serve >>"$DIR/logs/carlot-direct-$1.log" 2>&1 &
    pid=$!
    DIRECT_PIDS="${DIRECT_PIDS:+$DIRECT_PIDS }$pid"
    DIRECT_PORTS="${DIRECT_PORTS:+$DIRECT_PORTS }$port"
    up_or_dead() { curl -sf -m 2 -o /dev/null "http://127.0.0.1:$port/observe/health" || ! alive "$pid"; }
    wait_for "direct Carlot $1" 180 up_or_dead && alive "$pid" \
        || fail "direct Carlot $1 did not start: $(tail -2 "$DIR/logs/carlot-direct-$1.log")"
}

stop_directs() {
    local pid
    for pid in $DIRECT_PIDS; do
        if alive "$pid"; then kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
    DIRECT_PIDS=""
}

haproxy_command() {
    python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2] + "\n").encode())
print(s.makefile().read())' "$DIR/haproxy/admin.sock" "$1"
}

# haproxy_serves one|three|direct: HAProxy's three servers become carlot-1 alone, carlot-1..3
# (through PgBouncer), or the three direct servers (their addresses changed at run time); returns
# once HAProxy's health checks see exactly the servers wanted UP.
haproxy_serves() {
    local ports wanted=3 i=0 port
    case "$1" in
        one) ports="$CARLOT_PORTS"; wanted=1 ;;
        three) ports="$CARLOT_PORTS" ;;
        direct) ports="$DIRECT_PORTS" ;;
    esac
    for port in $ports; do
        i=$((i + 1))
        haproxy_command "set server carlot/carlot-$i addr 127.0.0.1 port $port" >/dev/null
        if [ "$i" -le "$wanted" ]; then
            haproxy_command "enable server carlot/carlot-$i" >/dev/null
        else
            haproxy_command "disable server carlot/carlot-$i" >/dev/null
        fi
    done
    servers_up() { [ "$(haproxy_command "show stat" | awk -F, '$1 == "carlot" && $2 ~ /^carlot-/ && $18 == "UP"' | wc -l)" = "$wanted" ]; }
    wait_for "HAProxy's servers" 30 servers_up || fail "HAProxy does not see $wanted servers UP: $(haproxy_command "show stat")"
}

# The CPU ticks used so far, as "group ticks" lines: HAProxy, every Carlot JVM (the cluster's and
# the direct ones, idle or not), PgBouncer, and both PostgreSQL servers: each postmaster, its
# live processes, and (cutime, cstime) those that exited, such as pgbench's connections' backends.
hop_cpu() {
    local name pid
    echo "haproxy $(cpu_ticks "$(pid_of haproxy)")"
    for name in $(cd "$DIR/pids" && ls carlot-*.pid); do echo "carlot $(cpu_ticks "$(head -1 "$DIR/pids/$name")")"; done
    for pid in $DIRECT_PIDS; do echo "carlot $(cpu_ticks "$pid")"; done
    echo "pgbouncer $(cpu_ticks "$(pid_of pgbouncer)")"
    for name in primary standby; do
        pid="$(pid_of "$name")"
        alive "$pid" || continue
        # shellcheck disable=SC2046 # one PID per word
        echo "postgres $(( $(cpu_ticks "$pid" $(ps -o pid= --ppid "$pid")) \
            + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $14 + $15 }') ))"
    done
}

# metered COMMAND...: runs COMMAND; sets HOP_US to "haproxy | carlot | pgbouncer | postgres | sum",
# each the CPU microseconds per request, once METERED_REQUESTS (set by COMMAND) is known.
metered() {
    hop_cpu | awk '{ t[$1] += $2 } END { for (g in t) print g, t[g] }' >"$WORK/hops.before"
    "$@"
    hop_cpu | awk '{ t[$1] += $2 } END { for (g in t) print g, t[g] }' >"$WORK/hops.after"
    HOP_US="$(awk -v requests="$METERED_REQUESTS" -v tick="$(( 1000000 / $(getconf CLK_TCK) ))" '
        NR == FNR { before[$1] = $2; next }
        { used[$1] = ($2 - before[$1]) * tick / (requests > 0 ? requests : 1); sum += used[$1] }
        END { printf "%.0f | %.0f | %.0f | %.0f | %.0f", used["haproxy"], used["carlot"], used["pgbouncer"], used["postgres"], sum }' \
        "$WORK/hops.before" "$WORK/hops.after")"
}

# wrk_row SCENARIO PATH PORT SCRIPT THREADS: warm-up, then the measured run, a row of the table.
wrk_row() {
    wrk -t"$5" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/scenarios/$4" "http://127.0.0.1:$3" >/dev/null
    local load result
    load="$(cut -d' ' -f1 /proc/loadavg)"
    measured_wrk() {
        WRK_OUT="$(wrk -t"$5" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/scenarios/$4" "http://127.0.0.1:$3")"
        METERED_REQUESTS="$(sed -n 's/^RESULT.* requests=\([0-9]*\).*/\1/p' <<<"$WRK_OUT")"
    }
    metered measured_wrk "$@"
    result="$(grep '^RESULT' <<<"$WRK_OUT")" || fail "wrk printed no result for '$1' via '$2': $WRK_OUT"
    field() { sed "s/.* $1=\([^ ]*\).*/\1/" <<<"$result"; }
    echo "| $1 | $2 | $(field rps) | $(field p50) | $(field p99) | $(field errors) | $HOP_US | $load |" | tee -a "$ROWS" >&2
}

# pgbench_row SCENARIO PATH PORT MODE SCRIPT [pgbench options]: the SQL of the scenario as the
# application role, -M extended (unnamed statements, Carlot's protocol through PgBouncer) or
# -M prepared (named, Carlot's protocol straight to PostgreSQL).
pgbench_row() {
    local name="$1" path="$2" mode="$4" script="$5" target load
    target="postgres://carlot_app:$APP_PASSWORD@127.0.0.1:$3/carlot"
    shift 5
    local args=(-n -M "$mode" -c "$CONNECTIONS" -j 2 -D cars="$N" "$@" -f "$BENCH_DIR/pgbench/$script")
    "$PGBENCH" "${args[@]}" -T "$WARMUP" "$target" >/dev/null 2>&1 || fail "pgbench failed for '$name' via '$path'"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    measured_pgbench() {
        pgbench_measure "$name" "$target" "${args[@]}"
        METERED_REQUESTS="$(wc -l <"$WORK/pgbench-latencies")"
    }
    [ "$script" != 5-orders.sql ] || release_buyers
    metered measured_pgbench
    echo "| $name (pgbench -M $mode, SQL only) | $path | $(printf '%.1f' "$PGBENCH_TPS") | $PGBENCH_P50 | $PGBENCH_P99 | 0 | $HOP_US | $load |" \
        | tee -a "$ROWS" >&2
}
