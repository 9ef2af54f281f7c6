#!/bin/bash
# Builds the .deb with CPack, checks what it holds (binaries, desktop entry,
# AppStream metainfo that validates, icon, bash completion, dependencies),
# installs it into a scratch root and runs the installed programs.
#   bash tests/installer/package_test.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
work="$(mktemp -d /var/tmp/porthole-package-test.XXXXXX)"
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/porthole_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

fail() { echo "FAIL: $*" >&2; exit 1; }
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/porthole ./usr/bin/porthole-gui ./usr/share/applications/io.github.porthole.Porthole.desktop \
            ./usr/share/metainfo/io.github.porthole.Porthole.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.porthole.Porthole.svg \
            ./usr/share/bash-completion/completions/porthole; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in runc conmon containernetworking-plugins libqt6widgets6 libarchive13 libvterm0; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
grep -q busybox-static <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks busybox-static"

# Into a scratch root; the installed programs run from there.
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.porthole.Porthole.metainfo.xml" >/dev/null \
    || fail "the AppStream metainfo does not validate"
version=$("$work/root/usr/bin/porthole" version)
grep -q "0\.1\.0" <<<"$version" || fail "porthole version said: $version"
gui_version=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/porthole-gui" --version)
[ "$gui_version" = "porthole-gui 0.1.0" ] || fail "porthole-gui --version said: $gui_version"
bash -c "source /usr/share/bash-completion/bash_completion 2>/dev/null; source '$work/root/usr/share/bash-completion/completions/porthole'; complete -p porthole" >/dev/null \
    || fail "the bash completion does not load"
echo "installed porthole and porthole-gui run: $version / $gui_version"
