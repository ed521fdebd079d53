#!/usr/bin/env bash
# Installs what SSH Doctor needs on Debian 12, builds it, and then starts the app or runs every test.
#   bash installer/build.sh app    install, build (debug), start the GUI
#   bash installer/build.sh test   install, build (warnings are errors), check formatting, run all tests and
#                                  count what ran, passed and skipped (with CI=true a skipped test fails)
# Run it as root or as a user with sudo: only the package installation needs root.
set -euo pipefail

mode=${1:-}
case "$mode" in
    app | test) ;;
    *)
        echo "usage: bash installer/build.sh app|test" >&2
        exit 2
        ;;
esac

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "installer/build.sh: need root for: $*  (run as root or install sudo)" >&2
        exit 1
    fi
}

# Build and run-time dependencies (Debian 12 package names).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-translations-l10n
    libssh-dev qtkeychain-qt6-dev
    openssh-client
    fonts-dejavu-core
)
if [ "$mode" = test ]; then
    # Real peers and tools the tests start: sshd, dropbear, endlessh, a web server (python3 -m http.server);
    # a TLS server (openssl s_server); plink, whose words --explain must read (tests/integration/
    # tst_explain_putty); fail2ban banning a namespace client; namespaces and firewalls; formatting; PDF
    # checks; Xvfb for the review screenshots (tests/gui/render-pages.sh).
    packages+=(openssh-server dropbear-bin endlessh fail2ban python3 putty-tools iproute2 iptables nftables util-linux
        clang-format poppler-utils openssl xvfb xauth)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = app ]; then
    cmake --preset dev >/dev/null
    cmake --build --preset dev --target sshdoctor sshdoctor-cli
    exec "$top/build/dev/app/gui/sshdoctor" "${@:2}"
fi

# sshd refuses to start without its privilege-separation directory.
[ -d /run/sshd ] || as_root install -d -m 0755 /run/sshd

cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
cmake --build --preset ci --target format-check

# ctest counts executables, and one whose test functions skipped (no sshd, no network namespaces) still
# passes. tests/ctest-totals.py counts the functions and rows of every QtTest executable from ctest's log
# and ends with "ctest: N passed, N failed, N skipped"; with CI=true a skip fails the run. It runs when
# ctest fails too, and ctest's exit code is kept.
rm -f build/ci/Testing/Temporary/LastTest.log
status=0
ctest --preset ci -j 2 --timeout 600 || status=$?
totals=0
python3 tests/ctest-totals.py build/ci || totals=$?
if [ "$status" -eq 0 ]; then
    status=$totals
fi
exit "$status"
