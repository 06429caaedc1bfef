#pragma once
// The findings of a validator in the order of their places in the input, as
// `wirekit validate` prints them (validators find them in the order they walk
// the document, which for JSON objects is by key).
#include <vector>

#include "report/validation.hpp"

namespace wirekit {

// Sorted by line, then column; findings without a place first; ties keep
// the order in which they were found.
std::vector<Finding> findings_in_order(const Findings& findings);

}  // namespace wirekit
