#pragma once
// What `wirekit validate` finds in one input that has been loaded and
// detected: the strict reader's refusal, if any, and every finding of the
// format's validator.
#include "cli/read_inputs.hpp"
#include "report/validation.hpp"

namespace wirekit {

// Runs the format's validator (when it has one) and its reader with --strict
// on INPUT. The reader's Error is left out when the validator reported the
// same problem; else it is an error, or a warning when the format has a
// validator and the lenient reader forgives it (the rules allow what wirekit
// only reads by guessing). Notes (which reader, which rules) go to DIAG.
Findings validate_input(const Input& input, const Detection& detection, const InputSettings& settings, Diagnostics& diag);

}  // namespace wirekit
