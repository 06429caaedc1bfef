#pragma once
// White space in HTML inline content, as a browser shows it.
#include <vector>

#include "model/body.hpp"

namespace wirekit {

// Collapses white space inside text runs and across inline boundaries, merges
// adjacent text runs, drops empty runs and empty styling, and trims the start
// and end of the sequence (a line break counts as white space on both sides).
void normalise_whitespace(std::vector<Inline>& inlines);

}  // namespace wirekit
