#pragma once
// Printing diagnostics on stderr as -v / -q ask.
#include "cli/options.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

// Whether D is printed: warnings always (unless -q), notes only with -v.
bool is_shown(const Diagnostic& d, const GlobalOptions& global);

// What a run's diagnostics must keep to show what is_shown.
Diagnostics::Kept kept_for(const GlobalOptions& global);

// Prints the diagnostics of DIAG that is_shown.
void print_diagnostics(const Diagnostics& diag, const GlobalOptions& global);

}  // namespace wirekit
