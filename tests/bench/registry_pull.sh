#!/bin/bash
# Benchmark: pull of a ~200 MB Debian minbase image (one gzip layer, the
# import benchmark's tree) from a docker-registry on 127.0.0.1 into an empty
# store: porthole pull against skopeo copy docker://... oci:DIR (download and
# verify, no extraction) and against podman pull (Debian's podman, runtime
# runc, a private --root), interleaved in the same run. Ratios, not absolute
# times. Goals: porthole <= 1.2 x skopeo, <= 0.7 x podman; peak resident
# memory of the pull <= 64 MB. Each program starts from the same state: the
# dirty pages of the run before written out, and 1 GiB of memory just freed
# (warm_memory.sh says why; PORTHOLE_BENCH_WARM_MIB=0 measures without).
#   bash tests/bench/registry_pull.sh [path/to/porthole] [runs]
set -euo pipefail
source "$(dirname "$0")/warm_memory.sh"
porthole="$(realpath "${1:-build/cli/porthole}")"
runs="${2:-5}"
cache="${PORTHOLE_BENCH_CACHE:-/var/tmp/porthole-bench}"
# The stores on disk and on tmpfs (the programs' own cost, without writeback).
locations="${PORTHOLE_BENCH_DIRS:-/var/tmp /dev/shm}"
work=""
registry_pid=""
cleanup() {
    if [ -n "$registry_pid" ]; then kill -9 "$registry_pid" 2>/dev/null; wait "$registry_pid" 2>/dev/null || true; fi
    [ -n "$work" ] && rm -rf "$work"
    return 0
}
trap cleanup EXIT
mkdir -p "$cache"

# The same tree as import_save.sh: debootstrap's minbase when the mirror is
# reachable, else a generated tree of 200 MB.
make_rootfs() {
    local tree="$cache/tree"
    rm -rf "$tree"
    if ! { command -v debootstrap >/dev/null && debootstrap --variant=minbase bookworm "$tree" http://deb.debian.org/debian >"$cache/debootstrap.log" 2>&1; }; then
        rm -rf "$tree"
        mkdir -p "$tree"
        for d in $(seq 1 60); do
            mkdir -p "$tree/dir$d"
            for f in $(seq 1 105); do seq 1 $((f * 60)) >"$tree/dir$d/file$f.txt"; done
        done
        head -c $((120 * 1024 * 1024)) /dev/urandom >"$tree/large.bin"
    fi
    tar -C "$tree" -cf "$cache/rootfs.tar.partial" .
    mv "$cache/rootfs.tar.partial" "$cache/rootfs.tar"
}
[ -f "$cache/rootfs.tar" ] || make_rootfs

setup=$(mktemp -d /var/tmp/porthole-bench-registry.XXXXXX)
work="$setup"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$setup/registry.yml" <<YAML
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $setup/registry
http:
  addr: 127.0.0.1:$port
YAML
env -u REGISTRY_AUTH_FILE docker-registry serve "$setup/registry.yml" >"$setup/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
image="127.0.0.1:$port/bench/debian:1"
"$porthole" --root "$setup/source" --runroot "$setup/run" import "$cache/rootfs.tar" bench:1 >/dev/null
"$porthole" --root "$setup/source" --runroot "$setup/run" save -o "$setup/bench.tar" bench:1
skopeo copy -q --dest-tls-verify=false "docker-archive:$setup/bench.tar" "docker://$image"
rm -rf "$setup/source" "$setup/bench.tar"
layer_mb=$(( $(du -sb "$setup/registry" | cut -f1) / 1000000 ))
printf '[[registry]]\nlocation = "127.0.0.1:%s"\ninsecure = true\n' "$port" >"$setup/registries.conf"
export PORTHOLE_REGISTRIES_CONF="$setup/registries.conf" CONTAINERS_REGISTRIES_CONF="$setup/registries.conf"
gzip_impl=zlib
if ldd "$porthole" | grep libisal >/dev/null; then gzip_impl=isa-l; fi
echo "image: ${layer_mb} MB in the registry (rootfs.tar $(( $(stat -c %s "$cache/rootfs.tar") / 1000000 )) MB, gzip); porthole inflates with ${gzip_impl}; ${runs} interleaved runs"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fastest() { sort -n "$1" | head -1; }

bench_in() {
    local dir
    dir="$(mktemp -d "$1/porthole-bench-pull.XXXXXX")"
    echo "== stores under $1 ($(stat -f -c %T "$1"))"
    : >"$dir/times-porthole"; : >"$dir/times-skopeo"; : >"$dir/times-podman"
    time_into() { # file command...: appends the wall time
        local file="$1" t0 t1; shift
        warm_memory; sync; sleep 1
        t0=$(now); "$@" >/dev/null 2>"$dir/last.err" || { cat "$dir/last.err" >&2; return 1; }; t1=$(now)
        elapsed "$t0" "$t1" >>"$dir/times-$file"
    }
    run_porthole() { time_into porthole "$porthole" --root "$dir/p$run" --runroot "$dir/prun" pull -q "$image"; }
    run_skopeo() { time_into skopeo skopeo copy -q --src-tls-verify=false "docker://$image" "oci:$dir/oci$run"; }
    run_podman() {
        time_into podman podman --root "$dir/podman$run" --runroot "$dir/podman-run$run" --runtime runc \
            --cgroup-manager cgroupfs --events-backend file pull -q --tls-verify=false "$image"
    }
    # Each run writes to new directories, all removed at the end (as
    # import_save.sh does: creating thousands of files just after deleting
    # thousands is slow on ext4 without a journal).
    for run in $(seq 1 "$runs"); do
        case $((run % 3)) in
            1) run_porthole; run_skopeo; run_podman ;;
            2) run_skopeo; run_podman; run_porthole ;;
            0) run_podman; run_porthole; run_skopeo ;;
        esac
    done
    for run in $(seq 1 "$runs"); do
        podman --root "$dir/podman$run" --runroot "$dir/podman-run$run" --runtime runc --cgroup-manager cgroupfs \
            --events-backend file system reset -f >/dev/null 2>&1 || true
    done
    rm -rf "$dir"/p[0-9]* "$dir"/oci[0-9]* "$dir"/podman*
    local peak p s m
    peak=$( { /usr/bin/time -f %M "$porthole" --root "$dir/peak" --runroot "$dir/prun" pull -q "$image" >/dev/null; } 2>&1 | tail -1 )
    rm -rf "$dir/peak"
    for name in porthole skopeo podman; do echo "  $name runs: $(tr '\n' ' ' <"$dir/times-$name")"; done
    p=$(median <"$dir/times-porthole"); s=$(median <"$dir/times-skopeo"); m=$(median <"$dir/times-podman")
    echo "median seconds: porthole pull ${p}  skopeo copy ${s}  podman pull ${m}"
    awk -v a="$p" -v b="$s" 'BEGIN { printf "porthole pull / skopeo copy = %.2f (goal <= 1.20)\n", a / b }'
    awk -v a="$p" -v b="$m" 'BEGIN { printf "porthole pull / podman pull = %.2f (goal <= 0.70)\n", a / b }'
    awk -v a="$(fastest "$dir/times-porthole")" -v b="$(fastest "$dir/times-skopeo")" -v c="$(fastest "$dir/times-podman")" \
        'BEGIN { printf "fastest runs: porthole / skopeo = %.2f, porthole / podman = %.2f\n", a / b, a / c }'
    # Each round's porthole against the skopeo of the same round (seconds
    # apart): a slow spell of the machine weighs on both sides of a ratio.
    paste "$dir/times-porthole" "$dir/times-skopeo" | awk '{ print $1 / $2 }' | median \
        | awk '{ printf "porthole / skopeo, median of the rounds'"'"' own ratios = %.2f\n", $1 }'
    echo "porthole pull peak resident memory: $((peak / 1024)) MB (goal <= 64 MB)"
    rm -rf "$dir"
}

for location in $locations; do
    bench_in "$location"
done
