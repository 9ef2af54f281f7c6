#!/bin/bash
# The sanitizer step of CI (issue 20): the engine, the porthole command and
# the chosen tests built with -DPORTHOLE_SANITIZE=address,undefined (GCC,
# -O0 -g1: compiled in 0.8 of the time of -O2 -g; a unity build, as
# installer/setup.sh's) in BUILD_DIR, then those
# tests run. Every process the tests start
# (the porthole command, conmon's exit command, the engine in the test
# itself) writes what AddressSanitizer, LeakSanitizer or
# UndefinedBehaviorSanitizer find to BUILD_DIR/sanitizer-reports/; any
# report fails the step, even from a process whose test did not notice.
#   bash tests/sanitize/run.sh [BUILD_DIR] [TEST...]
# Without tests: the unit, store and container tests (tests/sanitize/README.md
# says which and why the rest is left out).
set -uo pipefail

source="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$source/build-asan}"
shift $(( $# > 0 ? 1 : 0 ))
tests=("$@")
# PORTHOLE_SANITIZERS: address,undefined (the default) or thread.
sanitizers="${PORTHOLE_SANITIZERS:-address,undefined}"
if [ "$sanitizers" = thread ]; then
    # ThreadSanitizer: -O1, as its documentation advises (-O0 runs several
    # times slower). By default the threaded engine code it can see whole:
    # tst_units_threads, the parallel hash's cases of tst_units in a process
    # of their own (a process start before them blinds it). tst_gui and
    # tst_registrypull may be named; their reports are about Qt
    # (tests/sanitize/README.md).
    flags="-O1 -g1"
    [ ${#tests[@]} -eq 0 ] && tests=(tst_units_threads)
else
    flags="-O0 -g1"
    [ ${#tests[@]} -eq 0 ] && tests=(tst_units tst_lifecycle tst_networkconfig tst_registryparsers tst_apihttp tst_layerwriter
                                     tst_layers tst_store tst_containers tst_gui tst_consoles tst_commandbar)
fi

mkdir -p "$build"
build="$(cd "$build" && pwd)"
cmake -S "$source" -B "$build" -G Ninja -DBUILD_TESTING=ON -DPORTHOLE_SANITIZE="$sanitizers" \
    -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="$flags" -DCMAKE_UNITY_BUILD=ON >"$build/configure.log" 2>&1 \
    || { cat "$build/configure.log" >&2; exit 1; }
# Only what the tests need: the engine's rooms, the porthole command, the tests.
targets=("${tests[@]/#tst_units_threads/tst_units}") # a second ctest entry of tst_units
if ! cmake --build "$build" --parallel "$(nproc)" --target porthole "${targets[@]}" >"$build/build.log" 2>&1; then
    grep -E 'error|Error' "$build/build.log" | head -40 >&2
    echo "sanitize: build failed (full log: $build/build.log)" >&2
    exit 1
fi

reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
# Waits in the tests stretch by this factor (tests/support/testsupport.h, waitMs).
export PORTHOLE_TEST_SLOWDOWN=4
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export TSAN_OPTIONS="log_path=$reports/tsan:second_deadlock_stack=1:die_after_fork=0"
pattern="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --test-dir "$build" -R "$pattern" --output-on-failure --timeout 1800
status=$?

if compgen -G "$reports/*" >/dev/null; then
    echo "sanitize: reports from the sanitizers:" >&2
    for report in "$reports"/*; do
        echo "== $report" >&2
        head -60 "$report" >&2
    done
    status=1
fi
exit $status
