#!/bin/sh
# Installs the Debian packages wirekit builds and tests with, when missing.
# Idempotent and quick when everything is there.
set -eu

packages="cmake make g++ pkg-config libpugixml-dev nlohmann-json3-dev libcurl4-openssl-dev libcli11-dev libgumbo-dev catch2 libxml2-utils python3 python3-jsonschema"

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
