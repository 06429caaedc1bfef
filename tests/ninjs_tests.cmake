# Every sample, converted to ninjs 2.2, 3.1 and 2.2 lines by the wirekit
# binary, must be valid against IPTC's schema for that version (checked with
# Debian's python3-jsonschema, formats included, the GeoJSON schema resolved
# locally). Included from
# tests/CMakeLists.txt; jsonfeed_tests.cmake uses wirekit_add_conversion_check
# and the sample lists.
include_guard(GLOBAL)

set(WIREKIT_SHARED ${PROJECT_SOURCE_DIR}/../shared)
set(WIREKIT_VALIDATOR /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/tools/validate_json.py)
set(WIREKIT_CONVERSIONS_OUT ${CMAKE_CURRENT_BINARY_DIR}/conversions)

# The driver: converts each input, then validates every output in one run of
# the validator. A reader that is "not written yet" makes the test skip (77),
# so these start checking the day the reader lands; an input the reader
# rejects as malformed is listed (the writer never saw it), anything else fails.
set(WIREKIT_CONVERT_AND_VALIDATE ${CMAKE_CURRENT_BINARY_DIR}/convert_and_validate.sh)
file(WRITE ${WIREKIT_CONVERT_AND_VALIDATE} [=[#!/bin/bash
# convert_and_validate.sh WIREKIT FROM TO OUTDIR VALIDATOR... [--also VALIDATOR...] -- INPUT...
# FROM is a format name for -f, or "auto" to let wirekit detect it.
wirekit=$1 from=$2 to=$3 outdir=$4
shift 4
validator=() second_validator=()
while [[ $# -gt 0 && $1 != -- && $1 != --also ]]; do validator+=("$1"); shift; done
if [[ $1 == --also ]]; then
    shift
    while [[ $# -gt 0 && $1 != -- ]]; do second_validator+=("$1"); shift; done
fi
shift
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outputs=() rejected=() not_yet=0 failed=0
for input in "$@"; do
    output="$outdir/$(basename "$input").out"
    from_option=()
    [[ $from != auto ]] && from_option=(-f "$from")
    error=$("$wirekit" convert "${from_option[@]}" -t "$to" -o "$output" "$input" 2>&1 >/dev/null)
    status=$?
    if [[ $status -eq 0 ]]; then
        outputs+=("$output")
    elif [[ $error == *"not written yet"* ]]; then
        not_yet=$((not_yet + 1))
    elif [[ $status -eq 65 ]]; then
        rejected+=("$error")
    else
        echo "conversion failed ($status): $error"
        failed=1
    fi
done
if [[ ${#outputs[@]} -eq 0 && $not_yet -gt 0 && $failed -eq 0 ]]; then
    echo "SKIPPED: the reader for these $not_yet inputs is not written yet"
    exit 77
fi
[[ $not_yet -gt 0 ]] && echo "$not_yet inputs not converted: their reader is not written yet"
for r in "${rejected[@]}"; do echo "input rejected by the reader: $r"; done
if [[ ${#outputs[@]} -gt 0 ]]; then
    "${validator[@]}" "${outputs[@]}" || failed=1
    if [[ ${#second_validator[@]} -gt 0 ]]; then "${second_validator[@]}" "${outputs[@]}" || failed=1; fi
fi
verdict=valid
[[ $failed -ne 0 ]] && verdict="NOT all valid"
echo "${#outputs[@]} of $# inputs converted to $to: $verdict"
exit $failed
]=])
file(CHMOD ${WIREKIT_CONVERT_AND_VALIDATE} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# wirekit_add_conversion_check(NAME FROM TO VALIDATE <validator args...>
#                              [ALSO_VALIDATE <validator args...>] INPUTS <files...>)
function(wirekit_add_conversion_check name from to)
  cmake_parse_arguments(PARSE_ARGV 3 ARG "" "" "VALIDATE;ALSO_VALIDATE;INPUTS")
  if(NOT ARG_INPUTS)
    return()
  endif()
  set(also)
  if(ARG_ALSO_VALIDATE)
    set(also --also ${WIREKIT_VALIDATOR} ${ARG_ALSO_VALIDATE})
  endif()
  add_test(NAME ${name}
    COMMAND ${WIREKIT_CONVERT_AND_VALIDATE} $<TARGET_FILE:wirekit> ${from} ${to} ${WIREKIT_CONVERSIONS_OUT}/${name}
            ${WIREKIT_VALIDATOR} ${ARG_VALIDATE} ${also} -- ${ARG_INPUTS})
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()

# Every sample, whatever its format (dispatches, NewsML-G2, feeds, ninjs, ...).
file(GLOB WIREKIT_SAMPLES_OTHER_FORMATS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.txt ${PROJECT_SOURCE_DIR}/samples/*.xml
     ${PROJECT_SOURCE_DIR}/samples/*.rss ${PROJECT_SOURCE_DIR}/samples/*.atom)
file(GLOB WIREKIT_SAMPLES_NINJS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.ninjs)
file(GLOB WIREKIT_SAMPLES_JSONFEED CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.feed.json)

set(WIREKIT_NINJS_REF ${WIREKIT_SHARED}/formats-ref/ninjs)
set(WIREKIT_NINJS_2_2 ${WIREKIT_NINJS_REF}/ninjs-schema_2.2.json --ref ${WIREKIT_NINJS_REF}/geojson/GeoJSON.json --formats)
set(WIREKIT_NINJS_3_1 ${WIREKIT_NINJS_REF}/ninjs-schema_3.1.json --ref ${WIREKIT_NINJS_REF}/geojson/GeoJSON.json --formats)

# Each sample on its own, through the binary. The corpus goes through the
# same writers in the format matrix (tests/matrix), which validates every
# output against these schemas in one process instead of one per file.
foreach(sample IN LISTS WIREKIT_SAMPLES_OTHER_FORMATS WIREKIT_SAMPLES_NINJS WIREKIT_SAMPLES_JSONFEED)
  get_filename_component(name ${sample} NAME)
  wirekit_add_conversion_check(ninjs.sample.${name}.2.2 auto ninjs VALIDATE ${WIREKIT_NINJS_2_2} --elements INPUTS ${sample})
  wirekit_add_conversion_check(ninjs.sample.${name}.3.1 auto ninjs+3.1 VALIDATE ${WIREKIT_NINJS_3_1} --elements INPUTS ${sample})
  wirekit_add_conversion_check(ninjs.sample.${name}.lines auto ninjs+lines VALIDATE ${WIREKIT_NINJS_2_2} --lines INPUTS ${sample})
endforeach()
