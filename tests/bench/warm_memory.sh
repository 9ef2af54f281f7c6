# Sourced by the benchmarks: warm_memory, before each timed program.
#
# On this project's machine kind (a virtual machine whose host takes back the
# memory its guest frees), a page the guest has not used lately costs about
# 10 us the first time it is touched again, against well under 1 us for a
# page freed a moment ago. Writing 400 MB to tmpfs took 0.12 s with freed
# pages at hand and 0.9 to 1.4 s without, once the earlier runs' output had
# used them up. Which program meets which kind of page then depends on what
# ran before it, and the cost grows with the bytes a program writes, not with
# its own work. So each program starts with 1 GiB of memory just freed: it is
# written to a file in /dev/shm and the file removed.
# PORTHOLE_BENCH_WARM_MIB=0 turns this off, another number sets the size.
warm_memory() {
    local mib="${PORTHOLE_BENCH_WARM_MIB:-1024}" file
    [ "$mib" -gt 0 ] || return 0
    file="$(mktemp /dev/shm/porthole-bench-warm.XXXXXX)" || return 0
    dd if=/dev/zero of="$file" bs=1M count="$mib" status=none 2>/dev/null || true
    rm -f "$file"
}
