# wrk and pgbench runs, each a row of the results table, for bench/run (sourced).

declare -A PGBENCH_RPS=()

# The largest resident set of Carlot's JVM, sampled every half second until killed.
sample_rss() {
    local max=0 kb
    while kill -0 "$CARLOT_PID" 2>/dev/null; do
        kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$CARLOT_PID/status" 2>/dev/null || echo 0)"
        [ "${kb:-0}" -le "$max" ] || { max="$kb"; echo "$max" >"$WORK/rss.max"; }
        sleep 0.5
    done
}

# The CPU time (user + system, in clock ticks) the processes $@ have used so far.
cpu_ticks() {
    local pid total=0
    for pid in "$@"; do
        # fields 14 and 15 after the command name, which is in parentheses and may hold spaces
        total=$(( total + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0) ))
    done
    echo "$total"
}

# The PostgreSQL backends serving Carlot's pool (pgjdbc's connections to the bench database).
carlot_backends() {
    sql_value "select string_agg(pid::text, ' ') from pg_stat_activity where datname = current_database()
        and backend_type = 'client backend' and pid <> pg_backend_pid() and application_name not in ('psql', 'pgbench')"
}

# run_wrk NAME N SCRIPT THREADS: a warm-up, then the measured run. Besides the rate and latency,
# the CPU each request cost Carlot's JVM and its PostgreSQL backends: on a loaded machine the
# rate follows the share of the cores the run got, the CPU per request much less.
run_wrk() {
    local name="$1" n="$2" script="$BENCH_DIR/scenarios/$3" threads="$4" out result sampler rss ratio="—"
    wrk -t"$threads" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "http://127.0.0.1:$PORT" >/dev/null
    local load
    load="$(cut -d' ' -f1 /proc/loadavg)"
    echo 0 >"$WORK/rss.max"
    sample_rss & sampler=$!
    local backends jvm_ticks pg_ticks
    backends="$(carlot_backends)"
    jvm_ticks="$(cpu_ticks "$CARLOT_PID")" pg_ticks="$(cpu_ticks $backends)"
    out="$(wrk -t"$threads" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$script" "http://127.0.0.1:$PORT")"
    jvm_ticks=$(( $(cpu_ticks "$CARLOT_PID") - jvm_ticks )) pg_ticks=$(( $(cpu_ticks $backends) - pg_ticks ))
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    kill -0 "$CARLOT_PID" 2>/dev/null || fail "Carlot stopped during '$name' (log: $WORK/carlot.log)"
    rss="$(( $(cat "$WORK/rss.max") / 1024 ))"
    result="$(grep '^RESULT' <<<"$out")" || fail "wrk printed no result for '$name': $out"
    local rps p50 p99 errors requests jvm_us pg_us tick_us=$(( 1000000 / $(getconf CLK_TCK) ))
    requests="$(sed 's/.*requests=\([^ ]*\).*/\1/' <<<"$result")"
    jvm_us=$(( jvm_ticks * tick_us / (requests > 0 ? requests : 1) )) pg_us=$(( pg_ticks * tick_us / (requests > 0 ? requests : 1) ))
    rps="$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$result")"
    p50="$(sed 's/.*p50=\([^ ]*\).*/\1/' <<<"$result")"
    p99="$(sed 's/.*p99=\([^ ]*\).*/\1/' <<<"$result")"
    errors="$(sed 's/.*errors=\([^ ]*\).*/\1/' <<<"$result")"
    if [ -n "${PGBENCH_RPS[$name]:-}" ]; then
        ratio="$(printf '%.0f %%' "$(echo "100 * $rps / ${PGBENCH_RPS[$name]}" | bc -l)")"
    fi
    LAST_RPS="$rps"
    echo "| $name | $n | $rps | $p50 | $p99 | $errors | $rss | $ratio | $jvm_us | $pg_us | $load |" >>"$ROWS"
    echo "bench:   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors, RSS $rss MB, CPU µs/request: Carlot $jvm_us, PostgreSQL $pg_us" >&2
}

# run_pgbench NAME N SCRIPT [pgbench options]: the same SQL with as many clients, prepared
# statements like pgjdbc's.
run_pgbench() {
    local name="$1" n="$2" script="$BENCH_DIR/pgbench/$3" target load
    shift 3
    target="$(psql_target)"
    local args=(-n -M prepared -c "$CONNECTIONS" -j 2 -D cars="$n" "$@" -f "$script")
    "$PGBENCH" "${args[@]}" -T "$WARMUP" "$target" >/dev/null 2>&1
    load="$(cut -d' ' -f1 /proc/loadavg)"
    pgbench_measure "$name" "$target" "${args[@]}"
    PGBENCH_RPS[$name]="$PGBENCH_TPS"
    echo "| $name (pgbench, no HTTP) | $n | $(printf '%.1f' "$PGBENCH_TPS") | $PGBENCH_P50 | $PGBENCH_P99 | 0 | — | — | — | — | $load |" >>"$ROWS"
    echo "bench:   $name (pgbench): $PGBENCH_TPS tps, p50 $PGBENCH_P50 ms, p99 $PGBENCH_P99 ms" >&2
}

# pgbench_measure NAME TARGET PGBENCH-ARGUMENTS...: the measured run (the caller warms up), with a
# per-transaction log; sets PGBENCH_TPS, and PGBENCH_P50 and PGBENCH_P99 in ms. Also bench/cluster's.
pgbench_measure() {
    local name="$1" target="$2" out count
    shift 2
    rm -rf "$WORK/pgbench-log" && mkdir -p "$WORK/pgbench-log"
    out="$("$PGBENCH" "$@" -T "$DURATION" -l --log-prefix="$WORK/pgbench-log/tx" "$target" 2>&1)" \
        || fail "pgbench failed for '$name': $out"
    PGBENCH_TPS="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | tail -1)"
    # per-transaction log: the third field is the latency in microseconds
    cat "$WORK"/pgbench-log/tx* | awk '{ print $3 }' | sort -n >"$WORK/pgbench-latencies"
    count="$(wc -l <"$WORK/pgbench-latencies")"
    PGBENCH_P50="$(sed -n "$(( (count + 1) / 2 ))p" "$WORK/pgbench-latencies" | awk '{ printf "%.2f", $1 / 1000 }')"
    PGBENCH_P99="$(sed -n "$(( (count * 99 + 99) / 100 ))p" "$WORK/pgbench-latencies" | awk '{ printf "%.2f", $1 / 1000 }')"
}
