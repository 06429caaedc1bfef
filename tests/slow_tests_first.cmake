# ctest -j starts the tests with the highest COST first. A fresh clone (CI) has
# no timings from earlier runs, so without a cost the longest tests would start
# late, in file order, and finish alone while the other core idles. The costs
# are rough seconds in the sanitizer build. This file names the tests that
# catch_discover_tests declares: ctest reads it after that list
# (TEST_INCLUDE_FILES). Tests declared with add_test get theirs in CMakeLists.txt.
set_tests_properties("pathological inputs: a hundred thousand tiny items" PROPERTIES COST 45)
set_tests_properties("pathological inputs: a million tiny feed items, read one at a time" PROPERTIES COST 35)
set_tests_properties("pathological inputs: a million tiny JSON Lines, converted line by line" PROPERTIES COST 30)
