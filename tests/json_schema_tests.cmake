# Every sample, converted to json and to jsonl by the wirekit binary, must be
# valid against formats/json/wirekit.schema.json (checked with Debian's
# python3-jsonschema). Included from tests/CMakeLists.txt.
set(WIREKIT_JSON_SCHEMA ${PROJECT_SOURCE_DIR}/formats/json/wirekit.schema.json)
set(WIREKIT_JSON_VALIDATOR ${PROJECT_SOURCE_DIR}/tests/tools/validate_json.py)
set(WIREKIT_JSON_SCHEMA_OUT ${CMAKE_CURRENT_BINARY_DIR}/json_schema)
file(MAKE_DIRECTORY ${WIREKIT_JSON_SCHEMA_OUT})

file(GLOB WIREKIT_JSON_SCHEMA_SAMPLES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.txt)
foreach(sample IN LISTS WIREKIT_JSON_SCHEMA_SAMPLES)
  get_filename_component(name ${sample} NAME_WE)
  foreach(format IN ITEMS json jsonl)
    set(lines_flag "")
    if(format STREQUAL "jsonl")
      set(lines_flag "--lines")
    endif()
    add_test(NAME json_schema.${format}.${name}
      COMMAND sh -c "\"$1\" convert -t ${format} -o \"$3\" \"$2\" && /usr/bin/python3 \"$4\" \"$5\" \"$3\" ${lines_flag}"
              sh $<TARGET_FILE:wirekit> ${sample} ${WIREKIT_JSON_SCHEMA_OUT}/${name}.${format}
              ${WIREKIT_JSON_VALIDATOR} ${WIREKIT_JSON_SCHEMA})
  endforeach()
endforeach()
