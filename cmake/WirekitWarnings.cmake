# Warnings and sanitizers for every target of the project, in one place.
function(wirekit_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(WIREKIT_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(WIREKIT_TSAN)
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=thread)
  endif()
  if(WIREKIT_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# The sanitizer build is a Debug build, its shipped code optimised a little all
# the same (-O1, which the AddressSanitizer documentation advises): at -O0 the
# suite ran four times slower and a 100 MB input neared its time-out. Test
# sources stay at -O0: at -O1 they took four times as long to compile.
function(wirekit_optimize_under_sanitizers target)
  if((WIREKIT_SANITIZE OR WIREKIT_TSAN) AND CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_options(${target} PRIVATE -O1)
  endif()
endfunction()

# A test program built at -O0 has its own unoptimised copies of the inline
# functions it shares with wirekit_lib (std::string_view's, say), and the linker
# keeps the first copy it meets: the test's, then called by the library too
# (three times slower). The library named before the test's objects keeps its own.
function(wirekit_link_library_first target)
  if((WIREKIT_SANITIZE OR WIREKIT_TSAN) AND CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_link_options(${target} PRIVATE "LINKER:--whole-archive" $<TARGET_FILE:wirekit_lib> "LINKER:--no-whole-archive")
  endif()
endfunction()
