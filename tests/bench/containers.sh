#!/bin/bash
# Benchmark: `porthole run --rm --network none busybox true` against `runc run` of an
# equivalent hand-made bundle, in the same run (goal <= 1.5 x); the monitor's
# memory per running container; `ps -a` with 1,000 containers (goal <= 100 ms).
#   bash tests/bench/containers.sh [path/to/porthole] [runs]
set -euo pipefail
porthole="$(realpath "${1:-build/cli/porthole}")"
runs="${2:-30}"
work="$(mktemp -d /var/tmp/porthole-bench-containers.XXXXXX)"
export PORTHOLE_ROOT="$work/root" PORTHOLE_RUNROOT="$work/run"
cleanup() {
    "$porthole" rm -f $("$porthole" ps -aq 2>/dev/null) >/dev/null 2>&1 || true
    runc --root "$work/runc" delete -f bench >/dev/null 2>&1 || true
    runc --root "$work/runc" delete -f split >/dev/null 2>&1 || true
    umount "$work/bundle/rootfs" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

"$porthole" image build-busybox >/dev/null
# The reference: runc run of a bundle with the same rootfs (the image's layer) and no network.
mkdir -p "$work/bundle/rootfs" "$work/runc"
cp -a "$PORTHOLE_ROOT"/layers/*/diff/. "$work/bundle/rootfs/"
(cd "$work/bundle" && runc spec && sed -i 's/"terminal": true/"terminal": false/; s/"sh"/"true"/' config.json)

: >"$work/runc.ms"; : >"$work/porthole.ms"; : >"$work/split.ms"
for i in $(seq 1 "$runs"); do
    t0=$(now); runc --root "$work/runc" run --bundle "$work/bundle" bench </dev/null >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/runc.ms"
    # What a monitored container needs at least: conmon has runc create the
    # container, the engine starts it, and deletes it after its exit (three
    # runc processes where runc run is one).
    t0=$(now)
    runc --root "$work/runc" create --bundle "$work/bundle" split </dev/null >/dev/null
    runc --root "$work/runc" start split
    pid=$(sed -n 's/.*"init_process_pid":\([0-9]*\).*/\1/p' "$work/runc/split/state.json")
    while [ -n "$pid" ] && [ -e "/proc/$pid" ] && ! grep -q ') Z' "/proc/$pid/stat" 2>/dev/null; do :; done
    runc --root "$work/runc" delete split
    t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/split.ms"
    t0=$(now); "$porthole" run --rm --network none busybox true </dev/null >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/porthole.ms"
done
runc_ms=$(median <"$work/runc.ms"); porthole_ms=$(median <"$work/porthole.ms"); split_ms=$(median <"$work/split.ms")
echo "run --rm busybox true: porthole ${porthole_ms} ms, runc run ${runc_ms} ms (medians of ${runs})"
awk -v a="$split_ms" -v b="$runc_ms" 'BEGIN { printf "runc create + start + delete alone: %d ms = %.2f x runc run (the floor under conmon)\n", a, a / b }'
awk -v a="$porthole_ms" -v b="$runc_ms" 'BEGIN { printf "porthole run --rm / runc run = %.2f (goal <= 1.50)\n", a / b }'

"$porthole" run -d --name resident busybox sleep 600 >/dev/null
monitor=$("$porthole" inspect -f '{{.State.Pid}}' resident)
conmon_pid=$(cat "$PORTHOLE_RUNROOT"/bundles/*/conmon.pid)
echo "monitor (conmon) resident memory per running container: $(awk '/VmRSS/ { print $2 " " $3 }' /proc/$conmon_pid/status)"
"$porthole" rm -f resident >/dev/null

for i in $(seq 1 1000); do "$porthole" create --name "c$i" busybox true >/dev/null; done
: >"$work/ps.ms"
for i in $(seq 1 11); do
    t0=$(now); "$porthole" ps -a >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/ps.ms"
done
echo "ps -a with 1000 containers: $(median <"$work/ps.ms") ms (median of 11; goal <= 100 ms)"
