#!/bin/sh
# check_layers.py can fail: a tree with an arrow against the layering (model
# including text), a format folder including another, a src/ folder without a
# README and one unknown to the table must each be reported, with exit 1.
# usage: check_layers_fails.sh CHECK_LAYERS_PY
set -u
check=$1
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/src/model" "$tree/src/text" "$tree/src/attic" "$tree/formats/rss" "$tree/formats/atom"
echo "# model" >"$tree/src/model/README.md"
echo "# text" >"$tree/src/text/README.md"
echo "# attic" >"$tree/src/attic/README.md"
echo '#include "text/text.hpp"' >"$tree/src/model/article.hpp"
echo '#include "model/article.hpp"' >"$tree/src/text/text.hpp"
echo '#include "atom/atom_reader.hpp"' >"$tree/formats/rss/rss_reader.cpp"
echo '#include "text/text.hpp"' >"$tree/formats/atom/atom_reader.hpp"
rm "$tree/src/text/README.md"
out=$(/usr/bin/python3 "$check" "$tree")
status=$?
failures=0
expect() {
    echo "$out" | grep -q "$1" || { echo "FAIL: not reported: $1"; failures=$((failures + 1)); }
}
[ "$status" -eq 1 ] || { echo "FAIL: exit $status, expected 1"; failures=$((failures + 1)); }
expect 'src/model/article.hpp:1: model includes "text/text.hpp" of text: against the layering'
expect 'formats/rss/rss_reader.cpp:1: formats/rss includes "atom/atom_reader.hpp" of formats/atom'
expect 'src/text/: no README.md'
expect 'src/attic/: not in the layer table'
echo "$out" | grep -q 'text/text.hpp:1' && { echo "FAIL: text including model was reported"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "ok: check_layers.py reports each kind of violation"
[ "$failures" -eq 0 ]
