#pragma once
// The diagnostics of one command run, printed (as -v / -q ask) when the run
// ends, whether it returns or throws: before main() prints the error.
#include "cli/options.hpp"
#include "cli/report.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

class CommandDiagnostics : public Diagnostics {
public:
    explicit CommandDiagnostics(const GlobalOptions& global) : Diagnostics(kept_for(global)), global_(global) {}
    ~CommandDiagnostics() { print_diagnostics(*this, global_); }
    CommandDiagnostics(const CommandDiagnostics&) = delete;
    CommandDiagnostics& operator=(const CommandDiagnostics&) = delete;

private:
    const GlobalOptions& global_;
};

}  // namespace wirekit
