#!/bin/sh
# Installs every Debian package that wirekit's build, tests, benchmarks and
# fuzzing use, when missing; idempotent and quick when everything is there.
# Grouped by use; a tool that is optional somewhere is still listed here, so
# a new machine runs exactly what CI runs.
set -eu

build="cmake make g++ binutils pkg-config libpugixml-dev nlohmann-json3-dev libcurl4-openssl-dev libcli11-dev libgumbo-dev libxml2-dev libpcre2-dev"  # binutils: objdump reads the soname of libcurl
tests="catch2 libxml2-utils python3 parallel python3-feedparser"  # parallel: the At scale recipe; feedparser: a real client reads our feeds
# The JSON Schema reference checks "format": uri only with python3-rfc3987
# (date-time has a check of its own in tests/tools/validate_json.py).
json_reference="python3-jsonschema python3-rfc3987"
fuzzing="clang"  # -DWIREKIT_FUZZ=ON (tests/fuzz/README.md)
packages="$build $tests $json_reference $fuzzing"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "install-deps: error: need root (or sudo) to install:$missing" >&2
        exit 1
    fi
else
    SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
