#include "cli/report.hpp"

#include <iostream>

namespace wirekit {

bool is_shown(const Diagnostic& d, const GlobalOptions& global) {
    return d.severity == Diagnostic::Severity::warning ? !global.quiet : global.verbose;
}

void print_diagnostics(const Diagnostics& diag, const GlobalOptions& global) {
    for (const auto& d : diag.all())
        if (is_shown(d, global)) std::cerr << "wirekit: " << d.format() << '\n';
}

}  // namespace wirekit
