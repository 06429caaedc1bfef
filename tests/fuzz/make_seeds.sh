#!/bin/bash
# Builds the fuzzer's seed corpus: every sample and every file of the shared
# corpus, each prefixed with the byte that makes fuzz_convert pick the reader
# `wirekit detect` names for it (the readers in `wirekit formats` order).
# usage: make_seeds.sh WIREKIT SOURCE_DIR SHARED_DIR OUT_DIR
set -eu
wirekit=$1 source=$2 shared=$3 out=$4
mkdir -p "$out"
mapfile -t readers < <("$wirekit" formats | awk 'NR > 1 && $2 == "yes" { print $1 }')
n=0
while IFS= read -r -d '' file; do
    format=$("$wirekit" detect "$file" 2>/dev/null | cut -f2) || continue
    for i in "${!readers[@]}"; do
        [[ ${readers[$i]} == "$format" ]] || continue
        n=$((n + 1))
        { printf "\\$(printf %03o "$i")"; cat "$file"; } > "$out/seed-$n"
    done
done < <(find "$source/samples" "$shared/corpus" -type f -size -256k -print0)
echo "$n seeds in $out"
