#!/bin/bash
# Runs after every other test (a ctest cleanup fixture): whatever a test left
# when it crashed before its own cleanup — containers, their network
# namespaces, its bridges, mounts, the store directory — is removed. Only
# test stores are touched: temporary directories named after a test binary
# (/tmp/tst_*-XXXXXX) holding a porthole store.
#   bash tests/support/sweep_test_stores.sh path/to/porthole
porthole="$1"
swept=0
for dir in "${TMPDIR:-/tmp}"/tst_*-??????; do
    [ -d "$dir/root" ] || continue
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
