#!/usr/bin/env bash
# Install the Debian packages the tests need, but only those missing, then prove that Qt's
# libraries find every shared library they link against.
#
# Usage: tools/ensure_system_packages.sh [--qt-dir PYSIDE6_DIR] PACKAGE...
#
# Runs `apt-get update` only when something must be installed; uses sudo when not root
# (non-interactively when there is no terminal, as in CI). On a system without dpkg it only
# warns: the packages are Debian's names.
set -euo pipefail

qt_dir=""
if [[ "${1:-}" == "--qt-dir" ]]; then
    qt_dir="$2"
    shift 2
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "warning: not a Debian-like system; install the equivalents of: $*" >&2
    exit 0
fi

missing=()
for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]})); then
    echo "Installing missing system packages: ${missing[*]}"
    if [[ "$(id -u)" -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        if [[ -t 0 ]]; then sudo=(sudo); else sudo=(sudo -n); fi
    else
        echo "error: these packages are missing and this user cannot install them" \
            "(not root, no sudo): ${missing[*]}" >&2
        echo "       as root: apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" apt-get update -q ||
        ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        echo "error: could not install: ${missing[*]}" >&2
        echo "       as root: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

if [[ -n "$qt_dir" ]]; then
    # The offscreen and xcb platform plugins and the Qt libraries the program uses.
    libs=(
        Qt/plugins/platforms/libqoffscreen.so
        Qt/plugins/platforms/libqxcb.so
        Qt/lib/libQt6Core.so.6 Qt/lib/libQt6Gui.so.6 Qt/lib/libQt6Widgets.so.6
        Qt/lib/libQt6Network.so.6 Qt/lib/libQt6Pdf.so.6 Qt/lib/libQt6PdfWidgets.so.6
        Qt/lib/libQt6PrintSupport.so.6 Qt/lib/libQt6Svg.so.6 Qt/lib/libQt6DBus.so.6
    )
    unresolved=""
    for lib in "${libs[@]}"; do
        [[ -e "$qt_dir/$lib" ]] || continue
        not_found="$(ldd "$qt_dir/$lib" 2>/dev/null | awk '/not found/ {print $1}' || true)"
        if [[ -n "$not_found" ]]; then
            unresolved+="  $lib needs: $(echo "$not_found" | sort -u | tr '\n' ' ')"$'\n'
        fi
    done
    if [[ -n "$unresolved" ]]; then
        echo "error: Qt cannot load; shared libraries not found:" >&2
        printf '%s' "$unresolved" >&2
        echo "       find their Debian packages (apt-file search LIB) and add them to" \
            "SYSTEM_PACKAGES in the Makefile" >&2
        exit 1
    fi
fi
