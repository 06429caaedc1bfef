#include "json/json_validation.hpp"

#include <optional>

#include "json/json_parse.hpp"
#include "report/error.hpp"
#include "report/findings_order.hpp"
#include "text/text.hpp"

namespace wirekit {

void JsonReport::error(const std::string& path, std::string_view message) {
    LineColumn at = locations_.at(path);
    findings_.error(path.empty() ? std::string(message) : path + ": " + std::string(message), at.line, at.column);
}

namespace {

std::string_view without_bom(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    return bytes;
}

std::optional<nlohmann::json> parse(std::string_view text, std::size_t first_line, Findings& findings) {
    try {
        return parse_json_text(text, "", first_line);
    } catch (const Error& e) {
        findings.error(e.what(), e.line(), e.column());
        return std::nullopt;
    }
}

// Checks walk objects in key order; the findings are handed on in the order
// of their places.
void check_text(std::string_view text, std::size_t line, Findings& findings, const JsonCheck& check) {
    auto value = parse(text, line == 0 ? 1 : line, findings);
    if (!value) return;
    JsonLocations locations(text, line == 0 ? 1 : line);
    Findings found;
    JsonReport report(found, locations);
    check(*value, line, report);
    for (auto& f : findings_in_order(found)) {
        if (f.severity == Finding::Severity::error)
            findings.error(std::move(f.message), f.line, f.column);
        else
            findings.warning(std::move(f.message), f.line, f.column);
    }
}

}  // namespace

void validate_json_document(std::string_view bytes, Findings& findings, const JsonCheck& check) {
    std::string_view text = without_bom(bytes);
    if (trim(text).empty()) {
        findings.error("empty input: no JSON value");
        return;
    }
    check_text(text, 0, findings, check);
}

void validate_json_lines(std::string_view bytes, Findings& findings, const JsonCheck& check) {
    std::string_view text = without_bom(bytes);
    std::size_t line = 0;
    // JSON strings cannot hold a raw newline, so each LF ends one record.
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view record = text.substr(start, end - start);
        start = end + 1;
        ++line;
        if (!trim(record).empty()) check_text(record, line, findings, check);
    }
}

}  // namespace wirekit
