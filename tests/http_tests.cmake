# HTTP: unit tests of the pure pieces, in the one Catch2 binary, and the
# loopback tests of fetch, push and URL inputs against tests/http/server.py.
file(GLOB WIREKIT_HTTP_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/http/*.cpp)
target_sources(wirekit_tests PRIVATE ${WIREKIT_HTTP_TEST_SOURCES})
add_test(NAME http_loopback
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/http/run_http_tests.py
          --wirekit $<TARGET_FILE:wirekit> --samples ${PROJECT_SOURCE_DIR}/samples)
set_tests_properties(http_loopback PROPERTIES TIMEOUT 180)
