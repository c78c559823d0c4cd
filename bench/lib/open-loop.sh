# The open-loop (fixed-rate) tails of scenarios 1-3, for bench/run (sourced).

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
