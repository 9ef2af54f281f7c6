#!/bin/bash
# Builds the libFuzzer harnesses (tests/fuzz, clang++-16 with ASan + UBSan)
# into BUILD_DIR (configured once, rebuilt incrementally) and runs each one
# for SECONDS over its seed corpus. Fails when a harness crashes, leaks,
# hangs (-timeout), runs out of memory (-rss_limit_mb) or breaks one of the
# properties it checks; the input that did it is left in BUILD_DIR/artifacts.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [BUILD_DIR] [HARNESS...]
# New inputs the fuzzers find go to BUILD_DIR/work/<harness>/, never into
# the repository's corpus (copy the interesting ones there by hand).
# FUZZ_JOBS: parallel compile jobs, and harnesses run at once (default: the
# number of cores; each harness is one process on one core).
# PORTHOLE_PREBUILT: the main project's build directory; the rooms no
# harness feeds are then linked from it instead of compiled again
# (tests/fuzz/CMakeLists.txt; ctest's fuzz_short does this).
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-20}"
build="${2:-$here/../../build-fuzz}"
shift $(( $# > 2 ? 2 : $# ))
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(reference cmdline gotemplate changes registriesconf authfile registry_manifest registry_auth
               imageconfig imagearchive archiveprobe layerextract layerwriter apirequest)
fi

compiler="${FUZZ_CXX:-clang++-16}"
if ! command -v "$compiler" >/dev/null; then
    echo "run_fuzzers: $compiler not found (installer/setup.sh installs clang-16 and libclang-rt-16-dev)" >&2
    exit 1
fi
mkdir -p "$build"
build="$(cd "$build" && pwd)"
if [ ! -f "$build/build.ninja" ]; then
    CXX="$compiler" cmake -S "$here" -B "$build" -G Ninja -DPORTHOLE_PREBUILT="${PORTHOLE_PREBUILT:-}" -DCMAKE_UNITY_BUILD=ON \
        >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log" >&2; exit 1; }
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
ninja -C "$build" -j "${FUZZ_JOBS:-$(nproc)}" "${targets[@]}" >"$build/build.log" 2>&1 \
    || { tail -50 "$build/build.log" >&2; echo "run_fuzzers: build failed" >&2; exit 1; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] && export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/artifacts"
jobs="${FUZZ_JOBS:-$(nproc)}"

# One harness for the given seconds; its libFuzzer log in work/<harness>.log.
run_one() {
    local h="$1" work="$build/work/$1"
    mkdir -p "$work"
    (cd "$build/work" && "$build/fuzz_$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -max_len=1048576 -print_final_stats=1 -artifact_prefix="$build/artifacts/$h-" \
        "$work" "$here/corpus/$h") >"$build/work/$h.log" 2>&1
    echo $? >"$build/work/$h.rc"
}

running=0
for h in "${harnesses[@]}"; do
    rm -f "$build/work/$h.rc"
    run_one "$h" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

failed=()
printf '%-18s %10s %8s %8s %6s\n' harness execs cov ft result
for h in "${harnesses[@]}"; do
    log="$build/work/$h.log"
    rc=$(cat "$build/work/$h.rc" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if [ "$rc" -ne 0 ]; then
        result="FAILED ($rc)"
        failed+=("$h")
    fi
    printf '%-18s %10s %8s %8s %6s\n' "$h" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
    if [ "$rc" -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|PROPERTY|runtime error|Test unit written|==[0-9]+==' "$log" | head -30 >&2
        echo "(full log: $log)" >&2
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run_fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
