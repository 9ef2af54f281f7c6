#!/bin/bash
# Runs after every other test (a ctest cleanup fixture): whatever a test left
# when it crashed before its own cleanup — containers, their network
# namespaces, its bridges, mounts, the store directory — is removed. Only
# test stores are touched: temporary directories named after a test binary
# (/tmp/tst_*-XXXXXX) holding a porthole store, whose test is gone: its
# owner file names a process that no longer runs (another test run going on
# at the same time keeps its stores); a store without an owner file is left
# alone while anything in it changed in the last 30 minutes.
#   bash tests/support/sweep_test_stores.sh path/to/porthole
porthole="$1"
swept=0
for dir in "${TMPDIR:-/tmp}"/tst_*-??????; do
    [ -d "$dir/root" ] || continue
    if [ -f "$dir/owner" ]; then
        kill -0 "$(cat "$dir/owner")" 2>/dev/null && continue
    elif [ -n "$(find "$dir" -maxdepth 3 -newermt '-30 minutes' -print -quit 2>/dev/null)" ]; then
        continue
    fi
    ids=$("$porthole" --root "$dir/root" --runroot "$dir/run" ps -aq --no-trunc 2>/dev/null)
    if [ -n "$ids" ]; then
        "$porthole" --root "$dir/root" --runroot "$dir/run" rm -f $ids >/dev/null 2>&1
        for id in $ids; do ip netns delete "porthole-${id:0:12}" 2>/dev/null; done
    fi
    for network in "$dir"/root/networks/*.json; do
        [ -f "$network" ] || continue
        bridge=$(grep -o '"Bridge": *"[^"]*"' "$network" | sed 's/.*"\([^"]*\)"$/\1/')
        [ -n "$bridge" ] && ip link delete "$bridge" 2>/dev/null
    done
    grep -o " $dir/[^ ]*" /proc/self/mounts | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null; done
    rm -rf "$dir"
    swept=$((swept + 1))
done
echo "swept $swept test store(s) left behind"
