"""The failover's records (bench/scenarios/recorded.lua) as Markdown: the answers before, during
and after the outage, the gap, and a timeline by second. Also writes RECORD/acknowledged, one
"order-id method" line per write answered 2xx, for bench/lib/failover.sh to look for.

    python3 failover-report.py RECORD-DIR KILLED-MS FAILOVER-START-MS FAILOVER-END-MS
"""
import glob
import sys

record, killed, failover_start, failover_end = sys.argv[1], *map(int, sys.argv[2:5])
answers = []  # (answered at ms, latency µs, status, method, id)
for name in glob.glob(record + "/thread-*"):
    with open(name) as lines:
        for line in lines:
            at, latency, status, method, id_ = line.split()
            answers.append((int(at), int(latency), int(status), method, id_))
answers.sort()
if not answers:
    sys.exit("no request was recorded")


def failed(a):  # no answer, or a server-side error: what a fault causes (409s are the scenario's own)
    return a[2] == 0 or a[2] >= 500


def ok(a):
    return 200 <= a[2] < 300


sent = lambda a: a[0] - a[1] // 1000  # the moment the request went out
failures = [a for a in answers if failed(a) and a[0] >= killed]
first_failure = failures[0][0] if failures else None
last_failure = failures[-1][0] if failures else killed
# Recovered: the first 2xx, after the last failure, of a request sent after the kill (one held by
# PgBouncer through the outage counts: it went out, waited, and was answered by the new primary).
recovered = next((a[0] for a in answers if ok(a) and sent(a) >= killed and a[0] > last_failure), None)
end = recovered if recovered is not None else answers[-1][0] + 1
acknowledged_at = [a[0] for a in answers if ok(a)]
silence = max(zip(acknowledged_at, acknowledged_at[1:]), key=lambda pair: pair[1] - pair[0], default=(0, 0))


def percentile(values, p):
    return values[min(len(values) - 1, max(0, -(-len(values) * p // 100) - 1))] / 1000 if values else float("nan")


def row(name, part, seconds):
    latencies = sorted(a[1] for a in part)
    count = lambda test: sum(1 for a in part if test(a))
    return (f"| {name} | {seconds:.1f} | {len(part)} | {count(ok)} | {count(lambda a: 400 <= a[2] < 500)} "
            f"| {count(lambda a: a[2] == 503)} | {count(lambda a: a[2] >= 500 and a[2] != 503)} | {count(lambda a: a[2] == 0)} "
            f"| {percentile(latencies, 50):.2f} | {percentile(latencies, 99):.2f} | {(latencies[-1] / 1000 if latencies else 0):.2f} |")


start = answers[0][0]
print(f"Primary killed at t = 0; cluster/failover ran from t = {(failover_start - killed) / 1000:.2f} s"
      f" to {(failover_end - killed) / 1000:.2f} s (promote, repoint PgBouncer, RELOAD). Recovery: "
      + (f"t = {(recovered - killed) / 1000:.2f} s (the first 2xx, after the last failure, of a request sent after the kill)."
         if recovered else "never (the run ended first)."))
if failures:
    print(f"Failed answers (5xx or none) from t = {(first_failure - killed) / 1000:.2f} s to {(last_failure - killed) / 1000:.2f} s"
          + (f"; **gap {(recovered - first_failure) / 1000:.2f} s** from the first failure to the recovery." if recovered else "."))
else:
    print("No failed answer (5xx or none) after the kill.")
print(f"Longest time without an acknowledged write: **{(silence[1] - silence[0]) / 1000:.2f} s**"
      f" (t = {(silence[0] - killed) / 1000:.2f} s to {(silence[1] - killed) / 1000:.2f} s).")
print()
# Phases: answered before the kill (the steady state); answered after it but sent before the
# recovery (in flight at the kill or sent during the outage: the fault's tail); sent after it.
print("| phase | seconds | requests | 2xx | 4xx | 503 | other 5xx | no answer | p50 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(row("answered before the kill", [a for a in answers if a[0] < killed], (killed - start) / 1000))
print(row("answered after the kill, sent before the recovery", [a for a in answers if a[0] >= killed and sent(a) < end],
          (max([a[0] for a in answers if sent(a) < end], default=end) - killed) / 1000))
print(row("sent after the recovery", [a for a in answers if sent(a) >= end], (answers[-1][0] - end) / 1000))
print()
print("By second (t from the kill; latency from each request's send to its answer, closed loop:")
print("a client waiting for an answer sends nothing else):")
print()
print("| t s | 2xx | 4xx | 503 | other 5xx | no answer | p99 ms | max ms |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for second in range((start - killed) // 1000, (answers[-1][0] - killed) // 1000 + 1):
    part = [a for a in answers if second * 1000 <= a[0] - killed < (second + 1) * 1000]
    latencies = sorted(a[1] for a in part)
    count = lambda test: sum(1 for a in part if test(a))
    print(f"| {second} | {count(ok)} | {count(lambda a: 400 <= a[2] < 500)} | {count(lambda a: a[2] == 503)} "
          f"| {count(lambda a: a[2] >= 500 and a[2] != 503)} | {count(lambda a: a[2] == 0)} "
          f"| {percentile(latencies, 99):.1f} | {(latencies[-1] / 1000 if latencies else 0):.1f} |")
with open(record + "/acknowledged", "w") as out:
    for a in answers:
        if ok(a) and a[4] != "-" and a[3] in ("POST", "PATCH"):
            out.write(f"{a[4]} {a[3]}\n")
