# NewsML 1.2 output is checked against IPTC's DTD, its NITF payloads against
# NITF 3.6's schema (tests/tools/check_newsml1.py, xmllint, offline): every
# NewsML 1.x file of the shared corpus, every NewsML 1.x and NITF sample and
# every sample dispatch, converted by the wirekit binary to newsml1; and the
# check can fail, on either part. Included from tests/CMakeLists.txt.
# One string: it goes into the sh -c command lines below.
set(WIREKIT_NEWSML1_CHECK "/usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/tools/check_newsml1.py ${PROJECT_SOURCE_DIR}/../shared/formats-ref/newsml1/NewsML_1.2.dtd ${PROJECT_SOURCE_DIR}/../shared/formats-ref/newsml-g2/nitf-3-6.xsd")
set(WIREKIT_NEWSML1_OUT ${CMAKE_CURRENT_BINARY_DIR}/newsml1_dtd)
file(MAKE_DIRECTORY ${WIREKIT_NEWSML1_OUT})

file(GLOB WIREKIT_NEWSML1_INPUTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/../shared/corpus/newsml1/*.xml
     ${PROJECT_SOURCE_DIR}/../shared/corpus/newsml1/*.XML ${PROJECT_SOURCE_DIR}/samples/*.newsml1
     ${PROJECT_SOURCE_DIR}/samples/*.nitf ${PROJECT_SOURCE_DIR}/samples/*.txt)
foreach(input IN LISTS WIREKIT_NEWSML1_INPUTS)
  get_filename_component(name ${input} NAME_WLE)
  add_test(NAME newsml1_dtd.${name}
    COMMAND sh -c "out=\"$1\"; shift; \"$@\" -o \"$out\" && ${WIREKIT_NEWSML1_CHECK} \"$out\""
            sh ${WIREKIT_NEWSML1_OUT}/${name}.xml $<TARGET_FILE:wirekit> convert -t newsml1 ${input})
  set_tests_properties(newsml1_dtd.${name} PROPERTIES LABELS newsml1)
endforeach()

# The check can fail: a NewsItem without NewsManagement breaks the DTD, a
# payload element NITF does not have breaks the schema.
add_test(NAME newsml1_dtd.can_fail
  COMMAND sh -c "printf '<NewsML><NewsEnvelope><DateAndTime>20240101T000000Z</DateAndTime></NewsEnvelope><NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId><DateId>1</DateId><NewsItemId>i</NewsItemId><RevisionId PreviousRevision=\"0\" Update=\"N\">1</RevisionId><PublicIdentifier>u</PublicIdentifier></NewsIdentifier></Identification></NewsItem></NewsML>' > bad-newsml.xml && ! ${WIREKIT_NEWSML1_CHECK} bad-newsml.xml && printf '<NewsML><NewsEnvelope><DateAndTime>20240101T000000Z</DateAndTime></NewsEnvelope><NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId><DateId>1</DateId><NewsItemId>i</NewsItemId><RevisionId PreviousRevision=\"0\" Update=\"N\">1</RevisionId><PublicIdentifier>u</PublicIdentifier></NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName=\"News\"/><FirstCreated>20240101</FirstCreated><ThisRevisionCreated>20240101</ThisRevisionCreated><Status FormalName=\"Usable\"/></NewsManagement><NewsComponent><ContentItem><DataContent><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><para>x</para></body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>' > bad-payload.xml && ! ${WIREKIT_NEWSML1_CHECK} bad-payload.xml"
  WORKING_DIRECTORY ${WIREKIT_NEWSML1_OUT})
set_tests_properties(newsml1_dtd.can_fail PROPERTIES LABELS newsml1)
