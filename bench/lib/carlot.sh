# Starting and stopping Carlot, and reaching its database, for bench/run and, for the database,
# the buyers and the checks, bench/cluster (sourced).

DATA_DIR="$WORK/data"
# Every user of bench/dataset.sql has this password.
PASSWORD=bench-password-1
CARLOT_PID=""

# --frozen: copies the built modules once, so that sources edited during the run (the launcher
# rebuilds when any main source is newer than its last build) cannot rebuild Carlot mid-benchmark.
# $1: the module directory to copy (this checkout's app/target/mods unless --mods names another).
freeze_modules() {
    rm -rf "$WORK/mods" "$WORK/carlot.jsa"
    cp -r "$1" "$WORK/mods"
    local candidate
    for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
        if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 \
                | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
            FROZEN_JAVA="$candidate/bin/java"
            return
        fi
    done
    fail "--frozen needs a JDK 21 or newer in JAVA_HOME or /usr/lib/jvm"
}

# The psql connection to the database Carlot uses (bench/cluster: its superuser on the write
# address's PostgreSQL, which cluster/failover moves to the standby).
psql_target() {
    if [ "$BACKEND" = cluster ]; then
        echo "postgres://postgres:$SUPERUSER_PASSWORD@127.0.0.1:$WRITE_PORT/carlot"
    elif [ "$BACKEND" = postgres ]; then
        echo "$PG_URL/carlot_bench"
    else
        local port password
        port="$(sed -n 's/^port=//p' "$DATA_DIR/carlot-server")"
        password="$(head -1 "$DATA_DIR/carlot-credentials")"
        echo "postgres://postgres:$password@127.0.0.1:$port/postgres"
    fi
}

sql_value() {
    psql "$(psql_target)" -X -A -t -q -c "$1"
}

# An empty store: a new database, or an empty data directory (the PostgreSQL binaries the embedded
# backend unpacks into java.io.tmpdir stay, so the cold start measures initdb, not unpacking).
fresh_store() {
    if [ "$BACKEND" = postgres ]; then
        psql "$PG_URL/postgres" -X -q -c "drop database if exists carlot_bench with (force)" \
            -c "create database carlot_bench" >/dev/null
    else
        rm -rf "$DATA_DIR"
    fi
}

# Starts `carlot serve` and waits for the first UP from /observe/health; STARTUP_SECONDS says how long.
start_carlot() {
    local env=(PORT="$PORT" CARLOT_HOST=127.0.0.1 CARLOT_SEED_ON_START=false CARLOT_BACKEND="$BACKEND")
    [ -z "$POOL_SIZE" ] || env+=(CARLOT_POOL_SIZE="$POOL_SIZE")
    if [ "$BACKEND" = postgres ]; then
        env+=(DATABASE_URL="$PG_URL/carlot_bench")
    else
        env+=(CARLOT_DATA_DIR="$DATA_DIR")
    fi
    local start
    start="$(date +%s.%N)"
    if [ "$FROZEN" = yes ]; then
        # What ./carlot serve runs, on the snapshot of the modules taken when the run began.
        # shellcheck disable=SC2086 # CARLOT_JAVA_OPTS holds several options
        env "${env[@]}" "$FROZEN_JAVA" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$WORK/carlot.jsa" \
            -Xlog:cds=off $CARLOT_JAVA_OPTS -p "$WORK/mods" -m dev.carlot.app/dev.carlot.app.Main serve \
            >>"$WORK/carlot.log" 2>&1 &
    else
        env "${env[@]}" "$ROOT/carlot" serve >>"$WORK/carlot.log" 2>&1 &
    fi
    CARLOT_PID=$!
    until curl -sf "http://127.0.0.1:$PORT/observe/health" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$CARLOT_PID" 2>/dev/null; then
            tail -5 "$WORK/carlot.log" >&2
            fail "Carlot stopped while starting (log: $WORK/carlot.log)"
        fi
        if (( $(echo "$(date +%s.%N) - $start > 120" | bc) )); then
            fail "Carlot was not UP within 120 s (log: $WORK/carlot.log)"
        fi
        sleep 0.01
    done
    STARTUP_SECONDS="$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")"
}

stop_carlot() {
    if [ -n "$CARLOT_PID" ] && kill -0 "$CARLOT_PID" 2>/dev/null; then
        kill -TERM "$CARLOT_PID"
        wait "$CARLOT_PID" 2>/dev/null || true
    fi
    CARLOT_PID=""
}

# Generates the dataset for N cars in the database; prints the seconds it took.
generate_dataset() {
    local start
    start="$(date +%s.%N)"
    psql "$(psql_target)" -X -q -v n="$1" -f "$BENCH_DIR/dataset.sql" >>"$WORK/dataset.log" 2>&1 \
        || fail "generating the dataset failed (log: $WORK/dataset.log)"
    printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)"
}

# One bearer token per line, for the first $1 buyers, from the Carlot (or HAProxy) on $PORT.
login_buyers() { # login_buyers COUNT [FIRST]: tokens of buyerFIRST.. (default buyer1..), one per line
    local i token
    for i in $(seq "${2:-1}" $(( ${2:-1} + $1 - 1 ))); do
        token="$(curl -sf "http://127.0.0.1:$PORT/api/auth/login" -H 'Content-Type: application/json' \
            -d "{\"email\":\"buyer$i@bench.carlot\",\"password\":\"$PASSWORD\"}" \
            | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')"
        [ -n "$token" ] || fail "buyer$i@bench.carlot could not log in"
        echo "$token"
    done
}

# deep_cursors QUERY: the `next` cursors of 40 pages of /api/cars?QUERY at offsets 100,000..101,000,
# one per line, asked of the API itself (the cursor's contents are Carlot's business).
deep_cursors() {
    local i cursor
    for i in $(seq 1 40); do
        cursor="$(curl -sf "http://127.0.0.1:$PORT/api/cars?$1&limit=1&offset=$(( 100000 + RANDOM % 1000 ))" \
            | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')"
        [ -n "$cursor" ] || fail "no cursor in the page of /api/cars?$1 at offset 100,000"
        echo "$cursor"
    done
}

# After the write scenario the maintained totals must still equal counting the cars.
check_counts_exact() {
    local differing
    differing="$(sql_value "select count(*) from (select status, sum(cars) as n from car_counts group by 1) k
        full join (select status, count(*) as n from cars group by 1) c using (status)
        where coalesce(k.n, 0) <> coalesce(c.n, 0)")"
    [ "$differing" = 0 ] || fail "after the write scenario car_counts differs from count(*) for $differing statuses"
    echo "| $N | car_counts equal to count(*) per status after the write scenario | yes |" >>"$FIGURES"
}

# Before a write run on reused data: the pending orders that earlier runs left to the buyers the
# runs log in as (buyer1..32; one per connection when a run ends between placing and cancelling)
# are cancelled and their cars freed, so that max-pending-orders (5) never refuses a buyer.
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
