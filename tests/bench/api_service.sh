#!/bin/bash
# Benchmark: what Porthole's Docker Engine API service adds. Debian's docker
# client through `porthole system service` against the same command through
# `porthole` directly, on one store, interleaved, medians of 20 (goal: the
# service adds <= 10 ms to each):
#   docker ps -a                       with 100 containers
#   docker run --rm busybox true
# `docker --version` (the Go client starting, no request) is printed too:
# part of what is added is the other program, not the service; and the
# service's own share of ps -a: its two requests (HEAD /_ping, GET
# /containers/json?all=1) sent by curl.
#   bash tests/bench/api_service.sh [path/to/porthole] [runs]
set -euo pipefail
porthole="$(realpath "${1:-build/cli/porthole}")"
runs="${2:-20}"
docker=/usr/bin/docker
work="$(mktemp -d /var/tmp/porthole-bench-api.XXXXXX)"
export PORTHOLE_ROOT="$work/root" PORTHOLE_RUNROOT="$work/run"
export DOCKER_HOST="unix://$work/docker.sock" DOCKER_CONFIG="$work/docker-config"
service=""
cleanup() {
    [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
    "$porthole" rm -f $("$porthole" ps -aq 2>/dev/null) >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms_of() { local t0 t1; t0=$(now); "$@" </dev/null >/dev/null; t1=$(now); echo $(( (t1 - t0) / 1000000 )); }

"$porthole" image build-busybox >/dev/null
for i in $(seq 1 100); do "$porthole" create --name "c$i" busybox true >/dev/null; done
"$porthole" system service --time 0 "$DOCKER_HOST" 2>/dev/null &
service=$!
for _ in $(seq 1 100); do [ -S "$work/docker.sock" ] && break; sleep 0.1; done
"$docker" ps -a >/dev/null # the first request warms the service's caches as any client would

: >"$work/ps-api.ms"; : >"$work/ps-direct.ms"; : >"$work/run-api.ms"; : >"$work/run-direct.ms"; : >"$work/client.ms"; : >"$work/curl.ms"
# The time curl measures from its request to the end of the answer (its own start left out).
requests_ms() {
    curl -sf --unix-socket "$work/docker.sock" -o /dev/null -o /dev/null -w '%{time_total}\n' \
        http://docker/_ping "http://docker/v1.41/containers/json?all=1" | awk '{ s += $1 } END { printf "%d\n", s * 1000 + 0.5 }'
}
for i in $(seq 1 "$runs"); do
    ms_of "$docker" ps -a >>"$work/ps-api.ms"
    ms_of "$porthole" ps -a >>"$work/ps-direct.ms"
    ms_of "$docker" run --rm busybox true >>"$work/run-api.ms"
    ms_of "$porthole" run --rm busybox true >>"$work/run-direct.ms"
    ms_of "$docker" --version >>"$work/client.ms"
    requests_ms >>"$work/curl.ms"
done
report() {
    local api direct
    api=$(median <"$work/$2-api.ms"); direct=$(median <"$work/$2-direct.ms")
    awk -v n="$1" -v a="$api" -v d="$direct" -v r="$runs" 'BEGIN { printf "%-28s service %6.1f ms, porthole %6.1f ms: adds %6.1f ms (medians of %d; goal <= 10 ms)\n", n, a, d, a - d, r }'
}
report "docker ps -a (100)" ps
report "docker run --rm busybox true" run
echo "docker --version alone (the Go client starting, no request): $(median <"$work/client.ms") ms"
echo "ps -a's two requests sent by curl, answered by the service (its own share): $(median <"$work/curl.ms") ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
