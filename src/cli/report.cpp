#include "cli/report.hpp"

#include <iostream>

namespace wirekit {

void print_diagnostics(const Diagnostics& diag, const GlobalOptions& global) {
    for (const auto& d : diag.all()) {
        bool show = d.severity == Diagnostic::Severity::warning ? !global.quiet : global.verbose;
        if (show) std::cerr << "wirekit: " << d.format() << '\n';
    }
}

}  // namespace wirekit
