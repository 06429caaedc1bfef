#include "cli/validate_input.hpp"

#include <algorithm>

#include "report/error.hpp"

namespace wirekit {

namespace {

// Whether the validator already found as an error what the reader refused:
// the same message, one about the same subject (the "items[0].id: " that
// JSON messages start with), or one on the same line (the XML parser's own
// words for what pugixml found, such as a tag mismatch).
bool reported(const Findings& findings, const Error& refusal) {
    std::string_view message = refusal.what();
    auto colon = message.find(": ");
    std::string_view subject = message.substr(0, colon == std::string_view::npos ? message.size() : colon + 2);
    return std::any_of(findings.all().begin(), findings.all().end(), [&](const Finding& f) {
        return f.severity == Finding::Severity::error &&
               (f.message == message || (colon != std::string_view::npos && f.message.starts_with(subject)) ||
                (refusal.line() != 0 && f.line == refusal.line()));
    });
}

// Whether the lenient reader reads what the strict one refused.
bool forgiven(const Input& input, const FormatInfo& format, ReadOptions options) {
    Diagnostics quiet;  // its warnings repeat the strict reader's refusal
    options.strict = false;
    options.diag = &quiet;
    try {
        format.read(input.bytes, options);
        return true;
    } catch (const Error&) {
        return false;
    }
}

}  // namespace

Findings validate_input(const Input& input, const Detection& detection, const InputSettings& settings, Diagnostics& diag) {
    InputSettings strict = settings;
    strict.strict = true;
    ReadOptions options = read_options_for(input, detection, strict, diag);
    const FormatInfo& format = *detection.format;
    Findings findings;
    if (format.validate) format.validate(input.bytes, options, findings);
    try {
        format.read(input.bytes, options);
    } catch (const Error& e) {
        if (reported(findings, e)) return findings;
        // Where the format has rules of its own, they decide what is valid:
        // what the reader only had to forgive (a date-time without a zone
        // that the schema allows) is a warning. Otherwise the reader decides.
        if (format.validate && forgiven(input, format, options))
            findings.warning(e.what(), e.line(), e.column());
        else
            findings.error(e.what(), e.line(), e.column());
    }
    return findings;
}

}  // namespace wirekit
