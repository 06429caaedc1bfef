#include "cli/report.hpp"

#include <iostream>

namespace wirekit {

bool is_shown(const Diagnostic& d, const GlobalOptions& global) {
    return d.severity == Diagnostic::Severity::warning ? !global.quiet : global.verbose;
}

Diagnostics::Kept kept_for(const GlobalOptions& global) {
    if (global.verbose) return Diagnostics::Kept::everything;
    return global.quiet ? Diagnostics::Kept::nothing : Diagnostics::Kept::warnings;
}

void print_diagnostics(const Diagnostics& diag, const GlobalOptions& global) {
    for (const auto& d : diag.all())
        if (is_shown(d, global)) std::cerr << "wirekit: " << d.format() << '\n';
}

}  // namespace wirekit
