#!/bin/bash
# The scale-out recipe of README's "At scale" (issue 20), as a test: wirekit is
# a stateless filter, so GNU parallel can split its work and the output is the
# same bytes as one process gives.
#   1. a JSON Lines stream split with --pipe into 4 jobs, -k keeping the order;
#   2. the same across "hosts" with -S (local workers, ':' is this machine);
#   3. a batch of files split into groups, each group converted into one
#      output folder: the same files as one batch run.
# usage: parallel_recipe.sh WIREKIT SAMPLES_DIR
set -u
wirekit=$1 samples=$2
# scripts/install-deps.sh installs GNU parallel, so CI always runs this; a
# machine without it skips the test (exit 77) and says why.
if ! command -v parallel >/dev/null 2>&1; then
    echo "SKIPPED: GNU parallel is not installed (run scripts/install-deps.sh, Debian package 'parallel')"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
export SOURCE_DATE_EPOCH=1718000000

# A stream of 2,000 articles: every sample's articles, over and over.
"$wirekit" convert -t jsonl "$samples"/* >"$work/samples.jsonl" || fail "converting the samples"
for _ in $(seq 200); do cat "$work/samples.jsonl"; done | head -n 2000 >"$work/stream.jsonl"
[ "$(wc -l <"$work/stream.jsonl")" -eq 2000 ] || fail "the stream has $(wc -l <"$work/stream.jsonl") lines, not 2000"

for target in jsonl ninjs+lines; do
    "$wirekit" convert -f jsonl -t "$target" <"$work/stream.jsonl" >"$work/one.$target" || fail "one process to $target"
    parallel --will-cite --pipe -k -j 4 --block 64k "$wirekit" convert -f jsonl -t "$target" \
        <"$work/stream.jsonl" >"$work/four.$target" || fail "4 jobs to $target"
    cmp -s "$work/one.$target" "$work/four.$target" || fail "4 jobs to $target: not the bytes of one process"
    parallel --will-cite --pipe -k -S 2/: --block 64k "$wirekit" convert -f jsonl -t "$target" \
        <"$work/stream.jsonl" >"$work/hosts.$target" || fail "-S workers to $target"
    cmp -s "$work/one.$target" "$work/hosts.$target" || fail "-S workers to $target: not the bytes of one process"
done
# The split really happened: 64 KiB blocks of a larger stream make several jobs.
jobs=$(parallel --will-cite --pipe -k -j 4 --block 64k wc -l <"$work/stream.jsonl" | wc -l)
[ "$jobs" -ge 4 ] || fail "the stream was split into $jobs blocks only"

# A batch: 300 dispatches in files, converted by one run and by 4 groups.
mkdir "$work/in" "$work/one" "$work/four"
for n in $(seq 300); do
    printf 'Ferry route %s reopens after storm\n\nREYKJAVIK (Nordic Wire - 4th March, 2024) Ferries on route %s sailed again on Tuesday.\n' \
        "$n" "$n" >"$work/in/story-$n.txt"
done
"$wirekit" -q convert -t json -o "$work/one/" "$work/in/" || fail "one batch"
find "$work/in" -name '*.txt' | sort | parallel --will-cite -k -j 4 -N 75 -X "$wirekit" -q convert -t json -o "$work/four/" \
    || fail "4 batch groups"
diff -r "$work/one" "$work/four" >/dev/null || fail "4 batch groups: not the files of one batch"
[ "$(ls "$work/four" | wc -l)" -eq 300 ] || fail "4 batch groups wrote $(ls "$work/four" | wc -l) files, not 300"

[ "$failures" -eq 0 ] && echo "ok: parallel splits give the bytes of one process (jsonl and ninjs lines, 4 jobs and -S workers; a 300-file batch)"
[ "$failures" -eq 0 ]
