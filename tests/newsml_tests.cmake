# NewsML-G2 output is checked against the IPTC 2.35 schema (with NITF 3.6, so
# that NITF bodies are checked too) by xmllint, offline: every sample, every
# dispatch of the shared corpus, every NewsML-G2 file of the shared corpora (packages too) and
# every complete IPTC example, converted by the wirekit binary to newsml; a
# newsMessage of two dispatches; the NITF variant. Included from tests/CMakeLists.txt.
set(WIREKIT_G2_REF ${PROJECT_SOURCE_DIR}/../shared/formats-ref/newsml-g2)
set(WIREKIT_G2_SCHEMA ${WIREKIT_G2_REF}/newsml-g2-plus-nitf.xsd)
set(WIREKIT_G2_OUT ${CMAKE_CURRENT_BINARY_DIR}/newsml_schema)
file(MAKE_DIRECTORY ${WIREKIT_G2_OUT})
find_program(WIREKIT_XMLLINT xmllint REQUIRED)

# Converts the inputs with `wirekit convert ARGS` to OUT and validates OUT.
function(wirekit_newsml_schema_test name out)
  add_test(NAME newsml_schema.${name}
    COMMAND sh -c "out=\"$1\"; shift; \"$@\" -o \"$out\" && \"${WIREKIT_XMLLINT}\" --noout --nonet --schema \"${WIREKIT_G2_SCHEMA}\" \"$out\""
            sh ${WIREKIT_G2_OUT}/${out} $<TARGET_FILE:wirekit> convert --date 2024-06-30 ${ARGN})
  # Items that state no time of their own get SOURCE_DATE_EPOCH, not the clock.
  set_tests_properties(newsml_schema.${name} PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1719705600" LABELS newsml)
endfunction()

file(GLOB WIREKIT_G2_SAMPLES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.txt)
foreach(input IN LISTS WIREKIT_G2_SAMPLES)
  get_filename_component(name ${input} NAME_WLE)
  wirekit_newsml_schema_test(sample.${name} sample-${name}.xml -t newsml ${input})
  wirekit_newsml_schema_test(sample_nitf.${name} sample-nitf-${name}.xml -t newsml+nitf ${input})
endforeach()

file(GLOB WIREKIT_G2_SAMPLE_ITEMS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.xml)
foreach(input IN LISTS WIREKIT_G2_SAMPLE_ITEMS)
  get_filename_component(name ${input} NAME_WLE)
  add_test(NAME newsml_schema.sample_itself.${name}
    COMMAND ${WIREKIT_XMLLINT} --noout --nonet --schema ${WIREKIT_G2_SCHEMA} ${input})
  set_tests_properties(newsml_schema.sample_itself.${name} PROPERTIES LABELS newsml)
  wirekit_newsml_schema_test(sample_item.${name} sample-item-${name}.xml -f newsml -t newsml ${input})
endforeach()

file(GLOB WIREKIT_G2_DISPATCHES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/../shared/corpus/dispatch/*.txt)
list(FILTER WIREKIT_G2_DISPATCHES EXCLUDE REGEX "/SOURCES\\.txt$")  # the corpus's list of sources
foreach(input IN LISTS WIREKIT_G2_DISPATCHES)
  get_filename_component(name ${input} NAME_WLE)
  wirekit_newsml_schema_test(dispatch.${name} dispatch-${name}.xml -f dispatch -t newsml ${input})
endforeach()

file(GLOB WIREKIT_G2_CORPUS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/../shared/corpus/newsml-g2/*.xml
     ${PROJECT_SOURCE_DIR}/../shared/corpus/packages/*.xml)
foreach(input IN LISTS WIREKIT_G2_CORPUS)
  get_filename_component(name ${input} NAME_WLE)
  wirekit_newsml_schema_test(corpus.${name} corpus-${name}.xml -f newsml -t newsml ${input})
endforeach()

# The IPTC examples that are whole items or messages (LISTING_25 and 28 are fragments).
file(GLOB_RECURSE WIREKIT_G2_EXAMPLES CONFIGURE_DEPENDS ${WIREKIT_G2_REF}/examples/*.xml)
list(FILTER WIREKIT_G2_EXAMPLES EXCLUDE REGEX "LISTING_(25|28)_")
foreach(input IN LISTS WIREKIT_G2_EXAMPLES)
  get_filename_component(name ${input} NAME_WLE)
  wirekit_newsml_schema_test(example.${name} example-${name}.xml -f newsml -t newsml ${input})
endforeach()

wirekit_newsml_schema_test(message.two_dispatches message-two-dispatches.xml -f dispatch -t newsml
  ${PROJECT_SOURCE_DIR}/samples/canal-lock-rotterdam.txt ${PROJECT_SOURCE_DIR}/../shared/corpus/dispatch/lavrov-dushanbe-sputnik.txt)
wirekit_newsml_schema_test(message.two_dispatches_nitf message-two-dispatches-nitf.xml -f dispatch -t newsml+nitf
  ${PROJECT_SOURCE_DIR}/samples/canal-lock-rotterdam.txt ${PROJECT_SOURCE_DIR}/../shared/corpus/dispatch/lavrov-dushanbe-sputnik.txt)
wirekit_newsml_schema_test(nitf.lavrov lavrov-nitf.xml -f dispatch -t newsml+nitf
  ${PROJECT_SOURCE_DIR}/../shared/corpus/dispatch/lavrov-dushanbe-sputnik.txt)
