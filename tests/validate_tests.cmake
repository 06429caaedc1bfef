# wirekit validate's verdicts against the reference schemas' (issue 8): every
# sample and corpus file, valid or invalid by both. Included from
# tests/CMakeLists.txt. validate_agreement.json compares the JSON formats
# alone; validate_agreement every format.
set(WIREKIT_AGREEMENT /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/validate/agreement.py
    --wirekit $<TARGET_FILE:wirekit> --source ${PROJECT_SOURCE_DIR} --shared ${PROJECT_SOURCE_DIR}/../shared)
add_test(NAME validate_agreement.json COMMAND ${WIREKIT_AGREEMENT} --formats ninjs,jsonfeed,json,jsonl,dispatch)
add_test(NAME validate_agreement COMMAND ${WIREKIT_AGREEMENT})
# And on systematic mutations of the NewsML-G2, Atom, ninjs, JSON Feed and
# json inputs: a foreign child, a bad attribute value, a missing child or
# member, a doubled element, a wrong type (issue 19).
add_test(NAME validate_agreement.mutations
  COMMAND ${WIREKIT_AGREEMENT} --mutations ${CMAKE_CURRENT_BINARY_DIR}/validate_mutations --show 20)
set_tests_properties(validate_agreement.json validate_agreement validate_agreement.mutations PROPERTIES LABELS validate TIMEOUT 600)
# The JSON reference can fail: known-bad uri and date-time rejected, and a
# missing format checker named instead of silently ignored (issue 13).
add_test(NAME reference_can_fail
  COMMAND sh ${PROJECT_SOURCE_DIR}/tests/tools/check_reference_can_fail.sh ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/../shared)
