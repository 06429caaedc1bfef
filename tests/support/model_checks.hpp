#pragma once
// The checks every reader's golden test makes: a file reads to its golden
// model, and a same-format round trip through json keeps model and bytes.
// They use Catch2's CHECK, inside the caller's SECTION.
#include <string>

#include "registry/format.hpp"

namespace wirekit::test {

// Options for golden reading: the file's name, and a fixed reference date
// (2024-06-30) for datelines without a year.
ReadOptions golden_read_options(Diagnostics& diag, const std::string& source);

// INPUT read with READ gives GOLDEN_DIR/STEM.json (the json writer's output;
// WIREKIT_ACCEPT=1 rewrites it).
void check_golden_model(const std::string& input, ReadFn read, const std::string& golden_dir);

// INPUT read with READ, written as json and read back, written with WRITE and
// read again is the same model; WRITE gives the same bytes again.
void check_json_round_trip(const std::string& input, ReadFn read, WriteFn write);

}  // namespace wirekit::test
