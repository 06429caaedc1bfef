# Every sample, converted to JSON Feed by the wirekit binary, must be valid
# against both community schemas: SchemaStore's (with its feed-1.json resolved
# locally) and sonicdoe's, formats included. Included from tests/CMakeLists.txt.
include(${CMAKE_CURRENT_LIST_DIR}/ninjs_tests.cmake)  # the driver and the sample lists

set(WIREKIT_JSONFEED_REF ${WIREKIT_SHARED}/formats-ref/jsonfeed)
set(WIREKIT_JSONFEED_SCHEMAS
    VALIDATE ${WIREKIT_JSONFEED_REF}/schemastore/feed.json --ref ${WIREKIT_JSONFEED_REF}/schemastore/feed-1.json --formats
    ALSO_VALIDATE ${WIREKIT_JSONFEED_REF}/sonicdoe-jsonfeed-schema/schema-v1.1.json --formats)

foreach(sample IN LISTS WIREKIT_SAMPLES_OTHER_FORMATS WIREKIT_SAMPLES_NINJS WIREKIT_SAMPLES_JSONFEED)
  get_filename_component(name ${sample} NAME)
  wirekit_add_conversion_check(jsonfeed.sample.${name} auto jsonfeed ${WIREKIT_JSONFEED_SCHEMAS} INPUTS ${sample})
endforeach()
