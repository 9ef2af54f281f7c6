#!/bin/bash
# Benchmark (issue 16): `run --rm busybox true` as a normal user (rootless,
# user-mode network) against rootful Porthole and against rootless Podman
# (`podman run --rm --runtime runc`, the same user, the same image), medians
# of N in one run. Goals: rootless <= 1.3 x rootful, <= 0.5 x podman.
# Run as root: it makes a user with subordinate ids and removes it after.
#   bash tests/bench/rootless.sh [path/to/porthole] [runs]
set -euo pipefail
porthole="$(realpath "${1:-build/cli/porthole}")"
runs="${2:-20}"
[ "$(id -u)" = 0 ] || { echo "run as root: the benchmark makes a test user" >&2; exit 1; }
work="$(mktemp -d /tmp/porthole-bench-rootless.XXXXXX)"
chmod 0755 "$work"
user="phbench$$"
useradd -M -d "$work/home" -s /bin/sh "$user"
sed -i "/^$user:/d" /etc/subuid /etc/subgid
start=$(cat /etc/subuid /etc/subgid | awk -F: 'BEGIN { m = 100000 } { if ($2 + $3 > m) m = $2 + $3 } END { print int((m + 65535) / 65536) * 65536 }')
echo "$user:$start:65536" >>/etc/subuid
echo "$user:$start:65536" >>/etc/subgid
uid=$(id -u "$user")
mkdir -p "$work/home" "$work/run"
chown "$user:" "$work/home" "$work/run"
chmod 0700 "$work/home" "$work/run"
cleanup() {
    for pid in $(ps -eo pid=,uid= | awk -v u="$uid" -v s="$start" '$2 == u || ($2 >= s && $2 < s + 65536) { print $1 }'); do
        kill -9 "$pid" 2>/dev/null || true
    done
    sleep 0.2
    userdel -f "$user" 2>/dev/null || true
    sed -i "/^$user:/d" /etc/subuid /etc/subgid
    "$porthole" --root "$work/rootful" --runroot "$work/rootful-run" rm -f $("$porthole" --root "$work/rootful" --runroot "$work/rootful-run" ps -aq 2>/dev/null) >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

as_user() {
    setpriv --reuid="$uid" --regid="$(id -g "$user")" --init-groups -- env -i HOME="$work/home" USER="$user" \
        XDG_RUNTIME_DIR="$work/run" PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rootful=(--root "$work/rootful" --runroot "$work/rootful-run")
"$porthole" "${rootful[@]}" image build-busybox >/dev/null
as_user "$porthole" image build-busybox >/dev/null
"$porthole" "${rootful[@]}" save -o "$work/busybox.tar" busybox:latest
chmod 0644 "$work/busybox.tar"
podman_flags=(--cgroup-manager=cgroupfs --events-backend=file)
have_podman=0
if command -v podman >/dev/null && as_user podman "${podman_flags[@]}" load -q -i "$work/busybox.tar" >/dev/null 2>&1; then
    have_podman=1
fi

: >"$work/rootless.ms"; : >"$work/rootful.ms"; : >"$work/podman.ms"
for i in $(seq 1 "$runs"); do
    t0=$(now); as_user "$porthole" run --rm busybox true </dev/null >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/rootless.ms"
    t0=$(now); "$porthole" "${rootful[@]}" run --rm busybox true </dev/null >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/rootful.ms"
    if [ "$have_podman" = 1 ]; then
        t0=$(now); as_user podman "${podman_flags[@]}" run --rm --runtime runc busybox true </dev/null >/dev/null; t1=$(now)
        echo $(( (t1 - t0) / 1000000 )) >>"$work/podman.ms"
    fi
done
rootless_ms=$(median <"$work/rootless.ms"); rootful_ms=$(median <"$work/rootful.ms")
echo "run --rm busybox true: rootless porthole ${rootless_ms} ms, rootful porthole ${rootful_ms} ms (medians of ${runs})"
awk -v a="$rootless_ms" -v b="$rootful_ms" 'BEGIN { printf "rootless / rootful porthole = %.2f (goal <= 1.30)\n", a / b }'
if [ "$have_podman" = 1 ]; then
    podman_ms=$(median <"$work/podman.ms")
    echo "rootless podman run --rm --runtime runc: ${podman_ms} ms"
    awk -v a="$rootless_ms" -v b="$podman_ms" 'BEGIN { printf "rootless porthole / rootless podman = %.2f (goal <= 0.50)\n", a / b }'
else
    echo "rootless podman could not load the image as $user: no comparison" >&2
    exit 1
fi
