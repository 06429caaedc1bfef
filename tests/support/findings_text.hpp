#pragma once
// Validator findings as "LINE:COL: error: MESSAGE" lines, for comparing in tests.
#include <string>
#include <string_view>
#include <vector>

#include "registry/format.hpp"
#include "report/diagnostics.hpp"

namespace wirekit::test {

inline std::vector<std::string> findings_text(const Findings& findings) {
    std::vector<std::string> lines;
    for (const auto& f : findings.all())
        lines.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + ": " +
                        (f.severity == Finding::Severity::error ? "error: " : "warning: ") + f.message);
    return lines;
}

// What VALIDATE finds in TEXT, as findings_text.
inline std::vector<std::string> validate_text(ValidateFn validate, std::string_view text) {
    Diagnostics diag;
    ReadOptions options;
    options.source = "in";
    options.diag = &diag;
    Findings findings;
    validate(text, options, findings);
    return findings_text(findings);
}

}  // namespace wirekit::test
