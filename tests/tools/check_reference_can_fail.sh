#!/bin/sh
# The JSON reference must be able to fail (issue 13): with its format checks
# working it rejects a relative "uri" and an impossible "date-time"; with
# python3-rfc3987 hidden it refuses to run, naming the package, instead of
# giving verdicts that could never fail.
# usage: check_reference_can_fail.sh SOURCE_DIR SHARED_DIR
set -u
source=$1 shared=$2
validator="$source/tests/tools/validate_json.py"
schema="$shared/formats-ref/ninjs/ninjs-schema_2.2.json"
geojson="$shared/formats-ref/ninjs/geojson/GeoJSON.json"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run NAME EXPECTED_STATUS FILE [ENV...]: validate FILE, compare the status.
run() {
    name=$1 expected=$2 file=$3
    shift 3
    env "$@" /usr/bin/python3 "$validator" "$schema" --ref "$geojson" --formats "$file" >"$work/out" 2>&1
    status=$?
    [ "$status" -eq "$expected" ] || { fail "$name: status $status, expected $expected"; cat "$work/out"; }
}

printf '{"uri": "http://example.com/a", "firstcreated": "2023-02-28T12:00:00Z"}\n' >"$work/valid.json"
printf '{"uri": "renditions-example"}\n' >"$work/relative-uri.json"
printf '{"uri": "http://example.com/a", "firstcreated": "2023-02-30T12:00:00Z"}\n' >"$work/bad-date-time.json"

run "valid document" 0 "$work/valid.json"
run "relative uri" 1 "$work/relative-uri.json"
grep -q "renditions-example" "$work/out" || fail "relative uri: no message about the uri"
run "impossible date-time" 1 "$work/bad-date-time.json"
grep -q "2023-02-30" "$work/out" || fail "impossible date-time: no message about the date"

# Hide rfc3987 as if it were not installed: the reference must refuse to run.
mkdir "$work/hide"
echo 'raise ImportError("hidden by check_reference_can_fail.sh")' >"$work/hide/rfc3987.py"
run "rfc3987 hidden" 1 "$work/valid.json" PYTHONPATH="$work/hide"
grep -q "python3-rfc3987" "$work/out" || { fail "rfc3987 hidden: the message does not name python3-rfc3987"; cat "$work/out"; }

[ "$failures" -eq 0 ] && echo "ok: the JSON reference rejects known-bad values and names a missing format checker"
[ "$failures" -eq 0 ]
