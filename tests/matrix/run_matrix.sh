#!/bin/bash
# The matrix test: wirekit_matrix converts every sample and corpus file to
# every output format and checks the followed fields; then every output is
# validated against its reference, one validator run per output format.
# usage: run_matrix.sh WIREKIT_MATRIX SOURCE_DIR SHARED_DIR OUT_DIR
set -u
matrix=$1 source=$2 shared=$3 out=$4
ref=$shared/formats-ref
json=(/usr/bin/python3 "$source/tests/tools/validate_json.py")
ninjs=$ref/ninjs
geojson=(--ref "$ninjs/geojson/GeoJSON.json" --formats)

"$matrix" "$source" "$shared" "$out"
status=$?

# VALIDATOR... -- FOLDER: validates every output in FOLDER (not its index).
check() {
    local validator=() folder
    while [[ $1 != -- ]]; do validator+=("$1"); shift; done
    folder=$2
    mapfile -t files < <(find "$folder" -type f ! -name index | sort -V)
    if "${validator[@]}" "${files[@]}" > "$folder.validation" 2>&1; then
        echo "valid: ${#files[@]} ${folder##*/} outputs"
    else
        echo "INVALID ${folder##*/} outputs (index: $folder/index):"
        grep -v -e ' validates$' -e ': valid$' "$folder.validation" | head -40
        status=1
    fi
}

check xmllint --noout --nonet --schema "$ref/newsml-g2/newsml-g2-plus-nitf.xsd" -- "$out/newsml"
check xmllint --noout --nonet --schema "$ref/newsml-g2/nitf-3-6.xsd" -- "$out/nitf"
# NewsML 1.2: the DTD with DataContent emptied, the NITF payloads by their schema.
check /usr/bin/python3 "$source/tests/tools/check_newsml1.py" "$ref/newsml1/NewsML_1.2.dtd" "$ref/newsml-g2/nitf-3-6.xsd" -- "$out/newsml1"
check xmllint --noout --nonet --relaxng "$ref/atom/atom.rng" -- "$out/atom"
check /usr/bin/python3 "$source/tests/tools/check_rss.py" -- "$out/rss"
# A real feed client reads every RSS and Atom output cleanly.
check /usr/bin/python3 "$source/tests/tools/check_feedparser.py" -- "$out/rss"
check /usr/bin/python3 "$source/tests/tools/check_feedparser.py" -- "$out/atom"
check "${json[@]}" "$ninjs/ninjs-schema_2.2.json" "${geojson[@]}" --elements -- "$out/ninjs"
check "${json[@]}" "$ninjs/ninjs-schema_3.1.json" "${geojson[@]}" --elements -- "$out/ninjs+3.1"
check "${json[@]}" "$ref/jsonfeed/schemastore/feed.json" --ref "$ref/jsonfeed/schemastore/feed-1.json" --formats -- "$out/jsonfeed"
check "${json[@]}" "$ref/jsonfeed/sonicdoe-jsonfeed-schema/schema-v1.1.json" --formats -- "$out/jsonfeed"
check "${json[@]}" "$source/formats/json/wirekit.schema.json" -- "$out/json"
check "${json[@]}" "$source/formats/json/wirekit.schema.json" --lines -- "$out/jsonl"
exit $status
