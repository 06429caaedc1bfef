# The format matrix (issue 8): every sample and corpus file to every output
# format, fields checked against the table in man/wirekit-formats.5, outputs
# validated by the reference schemas. Included from tests/CMakeLists.txt.
add_executable(wirekit_matrix matrix/matrix.cpp matrix/kept_table.cpp matrix/article_fields.cpp)
target_link_libraries(wirekit_matrix PRIVATE wirekit_lib)
wirekit_set_warnings(wirekit_matrix)
wirekit_link_library_first(wirekit_matrix)
add_test(NAME matrix
  COMMAND ${PROJECT_SOURCE_DIR}/tests/matrix/run_matrix.sh $<TARGET_FILE:wirekit_matrix>
          ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/../shared ${CMAKE_CURRENT_BINARY_DIR}/matrix)
set_tests_properties(matrix PROPERTIES LABELS matrix TIMEOUT 900)
# The feedparser check of the matrix can fail: an undefined entity is refused.
add_test(NAME matrix.feedparser_can_fail
  COMMAND sh -c "printf '<rss version=\"2.0\"><channel><title>a &bad; b</title></channel></rss>' > bad.rss && ! /usr/bin/python3 '${PROJECT_SOURCE_DIR}/tests/tools/check_feedparser.py' bad.rss"
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
