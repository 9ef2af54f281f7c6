#!/bin/bash
# Benchmark: `porthole stats --no-stream` with 100 running containers against
# reading the same kernel files (each container's cgroup files and its
# /proc/<pid>/net/dev) with one `cat` process (goal <= 1.5 x). stats reads
# every file twice, a second apart (CPU % needs two readings, as Docker's
# does); the second is compared with the time of two cats, its wall time
# less that one second, and its CPU time.
#   bash tests/bench/stats.sh [path/to/porthole] [containers] [runs]
set -euo pipefail
porthole="$(realpath "${1:-build/cli/porthole}")"
count="${2:-100}"
runs="${3:-9}"
work="$(mktemp -d /var/tmp/porthole-bench-stats.XXXXXX)"
export PORTHOLE_ROOT="$work/root" PORTHOLE_RUNROOT="$work/run"
cleanup() {
    "$porthole" rm -f $("$porthole" ps -aq 2>/dev/null) >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

"$porthole" image build-busybox >/dev/null
for i in $(seq 1 "$count"); do
    "$porthole" run -d --network none --name "s$i" busybox sleep 3600 >/dev/null
done

# The files stats reads, as core/stats/cgroupreader.cpp names them.
controller_mount() { findmnt -rn -t cgroup -o TARGET,OPTIONS | awk -v c="$1" '{ n = split($2, o, ","); for (i = 1; i <= n; i++) if (o[i] == c) { print $1; exit } }'; }
files=()
for id in $("$porthole" ps -q --no-trunc); do
    pid="$("$porthole" inspect -f '{{.State.Pid}}' "$id")"
    if [ "$(stat -fc %T /sys/fs/cgroup)" = cgroup2fs ]; then
        path="/sys/fs/cgroup$(awk -F: '$1 == "0" { print $3 }' "/proc/$pid/cgroup")"
        for f in cpu.stat memory.current memory.stat memory.max io.stat pids.current; do files+=("$path/$f"); done
    else
        sub() { awk -F: -v c="$1" '{ n = split($2, o, ","); for (i = 1; i <= n; i++) if (o[i] == c) print $3 }' "/proc/$pid/cgroup"; }
        files+=("$(controller_mount cpuacct)$(sub cpuacct)/cpuacct.usage")
        for f in memory.usage_in_bytes memory.stat memory.limit_in_bytes; do files+=("$(controller_mount memory)$(sub memory)/$f"); done
        files+=("$(controller_mount blkio)$(sub blkio)/blkio.throttle.io_service_bytes_recursive")
        files+=("$(controller_mount pids)$(sub pids)/pids.current")
    fi
    files+=("/proc/$pid/net/dev")
done
echo "containers: $("$porthole" ps -q | wc -l), files: ${#files[@]}"

: >"$work/cat.ms"; : >"$work/stats.ms"; : >"$work/cpu.ms"
for i in $(seq 1 "$runs"); do
    start=$(now); cat "${files[@]}" >/dev/null; echo $(( ($(now) - start) / 1000 )) >>"$work/cat.ms"
    start=$(now)
    /usr/bin/time -f '%U %S' -o "$work/time" "$porthole" stats --no-stream >"$work/out"
    echo $(( ($(now) - start) / 1000 )) >>"$work/stats.ms"
    awk '{ printf "%d\n", ($1 + $2) * 1000000 }' "$work/time" >>"$work/cpu.ms"
done
rows=$(($(wc -l <"$work/out") - 1))
cat_us=$(median <"$work/cat.ms"); stats_us=$(median <"$work/stats.ms"); cpu_us=$(median <"$work/cpu.ms")
work_us=$(awk -v s="$stats_us" 'BEGIN { print s - 1000000 }')
echo "stats --no-stream rows: $rows"
echo "cat of the files once (median of $runs): $((cat_us / 1000)).$(printf %03d $((cat_us % 1000))) ms; twice: $(awk -v c="$cat_us" 'BEGIN { printf "%.3f", 2 * c / 1000 }') ms"
echo "stats --no-stream wall (median): $(awk -v s="$stats_us" 'BEGIN { printf "%.1f", s / 1000 }') ms, less its 1 s between readings: $(awk -v s="$work_us" 'BEGIN { printf "%.1f", s / 1000 }') ms, CPU time: $(awk -v s="$cpu_us" 'BEGIN { printf "%.1f", s / 1000 }') ms"
echo "ratio (wall less the 1 s wait) / (two cats): $(awk -v s="$work_us" -v c="$cat_us" 'BEGIN { printf "%.2f", s / (2 * c) }') (goal <= 1.5)"
