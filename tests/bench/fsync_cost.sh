#!/bin/bash
# Benchmark: what forcing the store's state files to disk costs (issue 20):
# `porthole run --rm busybox true` with two builds, before and after the
# fsyncs, alternated run by run on stores of their own on the same disk;
# the medians and their ratio (goal: after <= 1.05 x before).
#   bash tests/bench/fsync_cost.sh BEFORE/porthole AFTER/porthole [runs]
# Each binary must be named porthole (conmon's exit command runs it again).
set -euo pipefail
before="$(realpath "$1")"
after="$(realpath "$2")"
runs="${3:-20}"
work="$(mktemp -d /var/tmp/porthole-bench-fsync.XXXXXX)"
cleanup() {
    for which in before after; do
        PORTHOLE_ROOT="$work/$which/root" PORTHOLE_RUNROOT="$work/$which/run" \
            "${!which}" rm -f $(PORTHOLE_ROOT="$work/$which/root" PORTHOLE_RUNROOT="$work/$which/run" "${!which}" ps -aq 2>/dev/null) >/dev/null 2>&1 || true
        bridge=$(sed -n 's/.*"Bridge": "\([^"]*\)".*/\1/p' "$work/$which/root/networks/"*.json 2>/dev/null | head -1)
        [ -n "$bridge" ] && ip link delete "$bridge" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
one() { # which
    PORTHOLE_ROOT="$work/$1/root" PORTHOLE_RUNROOT="$work/$1/run" "${!1}" "${@:2}"
}
for which in before after; do
    one "$which" image build-busybox >/dev/null
    one "$which" run --rm busybox true # the network made, caches warm
done
: >"$work/before.ms"; : >"$work/after.ms"
for i in $(seq 1 "$runs"); do
    for which in before after; do
        t0=$(now); one "$which" run --rm busybox true; t1=$(now)
        echo $(( (t1 - t0) / 1000 )) >>"$work/$which.ms"
    done
done
b=$(median <"$work/before.ms"); a=$(median <"$work/after.ms")
echo "run --rm busybox true, median of $runs: before ${b} us, after ${a} us, ratio $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')"
