# The open-loop (fixed-rate) tails and the write scenario's housekeeping, for bench/run (sourced).

OPEN_LOOP_SHARES="25 50 75"
: >"$WORK/open-loop.md"

# run_open_loop NAME N SCENARIO MAX_RPS: bench/OpenLoop.java at 25, 50 and 75 % of MAX_RPS (the
# closed-loop rate just measured), each with its own warm-up, latency from the intended start.
run_open_loop() {
    local name="$1" n="$2" scenario="$3" max="$4" share rate out result load
    for share in $OPEN_LOOP_SHARES; do
        rate="$(printf '%.0f' "$(echo "$max * $share / 100" | bc -l)")"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        out="$("$OPEN_LOOP_JAVA" "$BENCH_DIR/OpenLoop.java" --scenario "$scenario" --rate "$rate" \
            --duration "$DURATION" --warmup "$OPEN_LOOP_WARMUP" --connections "$CONNECTIONS" --port "$PORT" 2>&1)" \
            || fail "OpenLoop failed for '$name' at $rate/s: $out"
        kill -0 "$CARLOT_PID" 2>/dev/null || fail "Carlot stopped during open-loop '$name' (log: $WORK/carlot.log)"
        result="$(grep '^RESULT' <<<"$out")" || fail "OpenLoop printed no result for '$name': $out"
        local field f
        declare -A field=()
        for f in rps p50 p99 p999 max errors late; do
            field[$f]="$(sed "s/.* $f=\([^ ]*\).*/\1/" <<<"$result")"
        done
        echo "| $name | $n | $share % | $rate | ${field[rps]} | ${field[p50]} | ${field[p99]} | ${field[p999]} | ${field[max]} | ${field[errors]} | ${field[late]} | $load |" \
            >>"$WORK/open-loop.md"
        echo "bench:   $name open loop at $rate/s ($share %): p50 ${field[p50]}, p99 ${field[p99]}, p99.9 ${field[p999]} ms, late ${field[late]}" >&2
    done
}

# Before a write run on reused data: the 16 buyers' pending orders from earlier runs (one may be
# left per connection when a run ends between placing and cancelling) are cancelled and their
# cars freed, so that max-pending-orders (5) never refuses a buyer after a few runs.
release_buyers() {
    sql_value "with b as (select id from users where email ~ '^buyer([1-9]|1[0-9]|2[0-9]|3[0-2])@bench\.carlot$'),
        o as (update orders set status = 'cancelled' where status = 'pending' and buyer_id in (select id from b)
              returning car_id)
        update cars c set status = 'available' from o where c.id = o.car_id and c.status = 'reserved'" >/dev/null
}

# After generation: the dataset's pending orders older than the pending-order TTL (P2D) are what
# Carlot's expiry cancels at its first start; waiting for that here keeps it out of the scenarios.
# Then, as generation ends: VACUUM, so that the cars the expiry (and earlier write runs) changed
# do not turn the list scenarios' index-only scans into heap fetches for some runs and not others.
settle_store() {
    local i
    for i in $(seq 1 600); do
        if [ "$(sql_value "select count(*) from orders where status = 'pending' and created_at <= now() - interval '2 days'")" = 0 ]; then
            sql_value "vacuum (analyze) cars, orders, car_counts, users, sessions" >/dev/null
            return 0
        fi
        sleep 1
    done
    fail "the dataset's expired orders were not cancelled within 600 s"
}
