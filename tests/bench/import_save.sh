#!/bin/bash
# Benchmark: import and save of a ~200 MB root filesystem against GNU tar on
# the same data, in the same run (ratios, not absolute times: machines are
# noisy). Goal: import <= 1.1 x tar -x, save <= 1.1 x tar -c.
#   bash tests/bench/import_save.sh [path/to/porthole] [runs]
# The data is a Debian minbase tree from debootstrap when the mirror is
# reachable, else a generated tree of 6,000+ files and 200 MB.
set -euo pipefail
porthole="$(realpath "${1:-build/cli/porthole}")"
runs="${2:-5}"
cache="${PORTHOLE_BENCH_CACHE:-/var/tmp/porthole-bench}"
# Measured twice: with the output on disk (as the reference numbers in the
# issue were) and on tmpfs (the programs' own cost, without disk writeback).
locations="${PORTHOLE_BENCH_DIRS:-/var/tmp /dev/shm}"
work=""
trap '[ -n "$work" ] && rm -rf "$work"' EXIT
mkdir -p "$cache"

make_tree() {
    local tree="$cache/tree"
    rm -rf "$tree"
    if command -v debootstrap >/dev/null && debootstrap --variant=minbase bookworm "$tree" http://deb.debian.org/debian >"$cache/debootstrap.log" 2>&1; then
        echo "data: Debian bookworm minbase (debootstrap)"
        return
    fi
    echo "data: generated tree (debootstrap unavailable)"
    rm -rf "$tree"
    mkdir -p "$tree"
    for d in $(seq 1 60); do
        mkdir -p "$tree/dir$d"
        for f in $(seq 1 105); do
            if [ $((f % 3)) -eq 0 ]; then
                head -c $((f * 950)) /dev/urandom >"$tree/dir$d/file$f.bin"
            else
                seq 1 $((f * 60)) >"$tree/dir$d/file$f.txt"
            fi
        done
    done
    head -c $((120 * 1024 * 1024)) /dev/urandom >"$tree/large.bin"
}

if [ ! -f "$cache/rootfs.tar" ]; then
    make_tree
    tar -C "$cache/tree" -cf "$cache/rootfs.tar.partial" .
    mv "$cache/rootfs.tar.partial" "$cache/rootfs.tar"
fi
size_mb=$(( $(stat -c %s "$cache/rootfs.tar") / 1000000 ))
files=$(tar -tf "$cache/rootfs.tar" | wc -l)
echo "rootfs.tar: ${size_mb} MB, ${files} entries; ${runs} interleaved runs each"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Each program starts from the same state: dirty pages written out and, as
# root, the page cache dropped (so both read their input from disk).
settle() {
    sync
    if [ "$(id -u)" = 0 ] && [ "${PORTHOLE_BENCH_DROP_CACHES:-1}" = 1 ]; then echo 3 >/proc/sys/vm/drop_caches; fi
    sleep 1
}

bench_in() {
work="$(mktemp -d "$1/porthole-bench-run.XXXXXX")"
echo "== output under $1 ($(stat -f -c %T "$1"))"
: >"$work/tar-x"; : >"$work/import"; : >"$work/tar-c"; : >"$work/save"
    time_into() { # file command...: appends the command's wall time to file
        local file="$1"; shift
        local t0 t1
        t0=$(now); "$@" >/dev/null; t1=$(now)
        elapsed "$t0" "$t1" >>"$work/$file"
    }
    run_tar_x() { rm -rf "$work/x"; mkdir -p "$work/x"; settle; time_into tar-x tar -C "$work/x" -xf "$cache/rootfs.tar"; }
    run_import() { rm -rf "$work/store"; settle; time_into import "$porthole" --root "$work/store" --runroot "$work/run" import "$cache/rootfs.tar" bench:1; }
    run_tar_c() { rm -f "$work/out.tar"; settle; time_into tar-c tar -C "$work/x" -cf "$work/out.tar" .; rm -f "$work/out.tar"; }
    run_save() { rm -f "$work/out.tar"; settle; time_into save "$porthole" --root "$work/store" --runroot "$work/run" save -o "$work/out.tar" bench:1; rm -f "$work/out.tar"; }
    for run in $(seq 1 "$runs"); do
        # Alternate which program goes first, so order effects cancel out.
        if [ $((run % 2)) -eq 1 ]; then
            run_tar_x; run_import; run_tar_c; run_save
        else
            run_import; run_tar_x; run_save; run_tar_c
        fi
    done
    
    tar_x=$(median <"$work/tar-x"); import=$(median <"$work/import")
    tar_c=$(median <"$work/tar-c"); save=$(median <"$work/save")
    rm -rf "$work/x" "$work/store"
    peak=$( { /usr/bin/time -f %M "$porthole" --root "$work/store2" --runroot "$work/run" import "$cache/rootfs.tar" bench:2 >/dev/null; } 2>&1 )
    for name in tar-x import tar-c save; do echo "  $name runs: $(tr '\n' ' ' <"$work/$name")"; done
    echo "median seconds: tar -x ${tar_x}  import ${import}  tar -c ${tar_c}  save ${save}"
    awk -v a="$import" -v b="$tar_x" 'BEGIN { printf "import / tar -x = %.2f (goal <= 1.10)\n", a / b }'
    awk -v a="$save" -v b="$tar_c" 'BEGIN { printf "save / tar -c   = %.2f (goal <= 1.10)\n", a / b }'
    echo "import peak resident memory: $((peak / 1024)) MB for a ${size_mb} MB layer"
rm -rf "$work"; work=""
}

for location in $locations; do
    bench_in "$location"
done
