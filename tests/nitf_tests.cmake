# NITF output is checked against IPTC's NITF 3.6 schema by xmllint, offline:
# every NITF file of the shared corpus, every samples/*.nitf and every sample
# dispatch, converted by the wirekit binary to nitf; and the check can fail:
# a document that breaks the schema is refused. Included from tests/CMakeLists.txt.
set(WIREKIT_NITF_SCHEMA ${PROJECT_SOURCE_DIR}/../shared/formats-ref/newsml-g2/nitf-3-6.xsd)
set(WIREKIT_NITF_OUT ${CMAKE_CURRENT_BINARY_DIR}/nitf_schema)
file(MAKE_DIRECTORY ${WIREKIT_NITF_OUT})
find_program(WIREKIT_XMLLINT xmllint REQUIRED)

# Converts INPUT with `wirekit convert -t nitf` to OUT and validates OUT.
function(wirekit_nitf_schema_test name out input)
  add_test(NAME nitf_schema.${name}
    COMMAND sh -c "out=\"$1\"; shift; \"$@\" -o \"$out\" && \"${WIREKIT_XMLLINT}\" --noout --nonet --schema \"${WIREKIT_NITF_SCHEMA}\" \"$out\""
            sh ${WIREKIT_NITF_OUT}/${out} $<TARGET_FILE:wirekit> convert -t nitf ${input})
  set_tests_properties(nitf_schema.${name} PROPERTIES LABELS nitf)
endfunction()

file(GLOB WIREKIT_NITF_INPUTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/../shared/corpus/nitf/*.xml
     ${PROJECT_SOURCE_DIR}/samples/*.nitf ${PROJECT_SOURCE_DIR}/samples/*.txt)
foreach(input IN LISTS WIREKIT_NITF_INPUTS)
  get_filename_component(name ${input} NAME_WLE)
  wirekit_nitf_schema_test(${name} ${name}.nitf ${input})
endforeach()

# The schema check can fail: an element NITF does not have is refused.
add_test(NAME nitf_schema.can_fail
  COMMAND sh -c "printf '<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><para>x</para></body.content></body></nitf>' > bad.nitf && ! \"${WIREKIT_XMLLINT}\" --noout --nonet --schema \"${WIREKIT_NITF_SCHEMA}\" bad.nitf"
  WORKING_DIRECTORY ${WIREKIT_NITF_OUT})
set_tests_properties(nitf_schema.can_fail PROPERTIES LABELS nitf)
