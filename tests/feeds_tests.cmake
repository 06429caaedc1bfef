# Feed output checked by the reference schemas, through the wirekit binary
# (included from tests/CMakeLists.txt):
# - every real feed and every sample (dispatches and feeds) converted to
#   atom validates against the RFC 4287 RELAX NG schema;
# - the same converted to rss validates against the strict unofficial RSS 2.0
#   XSD, except the real feeds whose data that XSD refuses (listed below; see
#   formats/rss/README.md, "Validation");
# - the 100 MB text node test of test_feed_bad_input.cpp, kept out of the
#   fast unit run (label "slow"), still runs in `make test`.
set(WIREKIT_FEEDS_OUT ${CMAKE_CURRENT_BINARY_DIR}/feeds)
file(MAKE_DIRECTORY ${WIREKIT_FEEDS_OUT})
set(WIREKIT_ATOM_RNG ${PROJECT_SOURCE_DIR}/../shared/formats-ref/atom/atom.rng)
set(WIREKIT_RSS_XSD ${PROJECT_SOURCE_DIR}/../shared/formats-ref/rss/rss-2_0.xsd)

file(GLOB WIREKIT_FEED_INPUTS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/../shared/corpus/feeds/real/*.xml
  ${PROJECT_SOURCE_DIR}/samples/*.txt ${PROJECT_SOURCE_DIR}/samples/*.rss ${PROJECT_SOURCE_DIR}/samples/*.atom)
# The XSD wants bare e-mail addresses in managingEditor/webMaster (the RSS
# spec's own "addr (Name)" form, which the writer uses for people with an
# e-mail address, fails), at least one item, and xs:anyURI links.
set(WIREKIT_RSS_XSD_REFUSES dailymail-world ilmessaggero-mondo japantimes spiegel-online
    lakeside-ferry-timetable observatory-open-night)

foreach(input IN LISTS WIREKIT_FEED_INPUTS)
  get_filename_component(file ${input} NAME)
  string(REGEX REPLACE "\\..*$" "" name ${file})
  add_test(NAME feeds.atom_schema.${name}
    COMMAND sh -c "\"$1\" convert -q -t atom -o \"$3\" \"$2\" && xmllint --noout --relaxng \"$4\" \"$3\""
            sh $<TARGET_FILE:wirekit> ${input} ${WIREKIT_FEEDS_OUT}/${name}.atom ${WIREKIT_ATOM_RNG})
  set_tests_properties(feeds.atom_schema.${name} PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1719835200" LABELS feeds)
  if(NOT name IN_LIST WIREKIT_RSS_XSD_REFUSES)
    add_test(NAME feeds.rss_xsd.${name}
      COMMAND sh -c "\"$1\" convert -q -t rss -o \"$3\" \"$2\" && xmllint --noout --schema \"$4\" \"$3\""
              sh $<TARGET_FILE:wirekit> ${input} ${WIREKIT_FEEDS_OUT}/${name}.rss ${WIREKIT_RSS_XSD})
    set_tests_properties(feeds.rss_xsd.${name} PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1719835200" LABELS feeds)
  endif()
endforeach()

add_test(NAME feeds.bad_input.100mb_text_node COMMAND wirekit_tests "feed readers: a 100 MB text node is read")
set_tests_properties(feeds.bad_input.100mb_text_node PROPERTIES LABELS "feeds;slow" TIMEOUT 300)

# No double-encoded UTF-8 ("AdemÃ¡s") left in any output of the real feeds
# (half of them carry it); the check itself fails when the repair is off.
file(GLOB WIREKIT_REAL_FEEDS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/../shared/corpus/feeds/real/*.xml)
foreach(target json rss atom newsml ninjs jsonfeed dispatch)
  add_test(NAME feeds.no_double_encoding.${target}
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/check_double_encoding.py $<TARGET_FILE:wirekit> ${target} ${WIREKIT_REAL_FEEDS})
  set_tests_properties(feeds.no_double_encoding.${target} PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1719835200" LABELS feeds)
endforeach()
add_test(NAME feeds.no_double_encoding.can_fail
  COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/check_double_encoding.py $<TARGET_FILE:wirekit> json ${WIREKIT_REAL_FEEDS} -- --no-repair-encoding)
set_tests_properties(feeds.no_double_encoding.can_fail PROPERTIES WILL_FAIL TRUE LABELS feeds)
