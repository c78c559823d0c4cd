# bench/cluster --failover: scenario 5 through HAProxy while the primary dies (sourced, last: the
# cluster has no standby afterwards).

# run_failover BEFORE AFTER: wrk runs scenario 5 with every request recorded (recorded.lua) for
# BEFORE + AFTER seconds; after BEFORE, the primary's postmaster and every process it started get
# SIGKILL at once (as if its machine died), then cluster/failover promotes the standby. Then the
# acknowledged writes are looked for on the new primary. Appends its Markdown to $FAILOVER_RESULT.
run_failover() {
    local before="$1" after="$2" record="$WORK/failover" wrk_pid primary killed failover_start failover_end
    rm -rf "$record" && mkdir -p "$record"
    haproxy_serves three
    release_buyers
    local first_order
    first_order="$(sql_value "select coalesce(max(id), 0) + 1 from orders")"
    echo "bench: failover: scenario 5 through HAProxy, $before s, then kill -9 of the primary, $after s more" >&2
    BENCH_TOKENS="$WORK/tokens" BENCH_SCENARIO=5-orders.lua BENCH_RECORD="$record" \
        wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$(( before + after ))s" --timeout 60s \
        -s "$BENCH_DIR/scenarios/recorded.lua" "http://127.0.0.1:$HAPROXY_PORT" >"$record/wrk.out" 2>&1 &
    wrk_pid=$! FAILOVER_WRK_PID=$!
    sleep "$before"
    primary="$(pid_of primary)"
    local processes
    processes="$primary $(ps -o pid= --ppid "$primary" | xargs)"
    killed="$(date +%s%3N)"
    # shellcheck disable=SC2086 # one PID per word
    kill -KILL $processes 2>/dev/null || true
    wait_for "the primary to die" 30 bash -c "! kill -0 $primary" || fail "the primary (pid $primary) survived SIGKILL"
    failover_start="$(date +%s%3N)"
    "$ROOT/cluster/failover" --dir "$DIR" >>"$record/failover.log" 2>&1 \
        || fail "cluster/failover failed: $(tail -3 "$record/failover.log")"
    failover_end="$(date +%s%3N)"
    wait "$wrk_pid" || fail "wrk failed during the failover: $(tail -3 "$record/wrk.out")"
    load_state # WRITE_PORT is the promoted standby's now
    python3 "$BENCH_DIR/lib/failover-report.py" "$record" "$killed" "$failover_start" "$failover_end" >"$record/report.md" \
        || fail "could not read the failover's records in $record"
    # Every write answered 2xx must be on the new primary: placed orders exist, cancelled ones are cancelled.
    local missing not_cancelled rows
    missing="$(psql "$(psql_target)" -X -A -t -q -c "create temporary table acked (id bigint, method text)" \
        -c "\\copy acked from '$record/acknowledged' with (delimiter ' ')" \
        -c "select count(*) filter (where o.id is null), count(*) filter (where a.method = 'PATCH' and o.status <> 'cancelled')
            from acked a left join orders o using (id)")"
    not_cancelled="${missing#*|}" missing="${missing%|*}"
    rows="$(sql_value "select count(*) from orders where id >= $first_order")"
    {
        cat "$record/report.md"
        echo
        echo "Acknowledged writes on the new primary (port $WRITE_PORT): orders placed with 201:"\
             "$(grep -c ' POST$' "$record/acknowledged" || true), of which missing: **$missing**;"\
             "cancels answered 200: $(grep -c ' PATCH$' "$record/acknowledged" || true), of which not cancelled: **$not_cancelled**."\
             "Orders the run added: $rows (more than the 201s by those whose answer never came: in flight when wrk stopped, or committed as the primary died)."
    } >>"$FAILOVER_RESULT"
    [ "$missing" = 0 ] && [ "$not_cancelled" = 0 ] || fail "acknowledged writes are missing on the new primary (see $FAILOVER_RESULT)"
}
