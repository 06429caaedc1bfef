#pragma once
// One fuzzing step, shared by the libFuzzer target (tests/fuzz) and the
// test that replays tests/fuzz-regressions/: the first byte picks a format,
// whose validator checks the rest and whose reader reads it; what it read goes through every writer, and each
// output back through the matching reader, as a user's conversions would.
// Errors wirekit reports (wirekit::Error) are expected answers to bad input;
// anything else (a crash, a sanitizer report, another exception) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wirekit::test {

void fuzz_convert(const std::uint8_t* data, std::size_t size);

// The id of the reader fuzz_convert picks for an input whose first byte is
// SELECTOR, for naming regression files.
std::string_view fuzz_reader_for(std::uint8_t selector);

}  // namespace wirekit::test
