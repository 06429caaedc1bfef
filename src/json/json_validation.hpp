#pragma once
// The part of `wirekit validate` that every JSON format shares: parsing the
// text (a syntax error is a finding at its place), one document or one
// record per line, and reporting each value's problems at its line and column.
#include <cstddef>
#include <functional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "json/json_locate.hpp"
#include "json/json_path.hpp"
#include "report/validation.hpp"

namespace wirekit {

// Where the findings about one JSON text go, each at its value's place.
class JsonReport {
public:
    JsonReport(Findings& findings, JsonLocations& locations) : findings_(findings), locations_(locations) {}
    void error(const JsonPath& path, std::string_view message) { error(path.str(), message); }
    // PATH in JsonPath::str() spelling.
    void error(const std::string& path, std::string_view message);

private:
    Findings& findings_;
    JsonLocations& locations_;
};

// Checks one parsed value: its problems go to REPORT. LINE is the input line
// of a JSON Lines record, 0 for a whole document.
using JsonCheck = std::function<void(const nlohmann::json& value, std::size_t line, JsonReport& report)>;

// BYTES (a UTF-8 BOM skipped) as one JSON document, checked by CHECK.
void validate_json_document(std::string_view bytes, Findings& findings, const JsonCheck& check);

// BYTES as JSON Lines: each non-blank line one value, checked by CHECK.
void validate_json_lines(std::string_view bytes, Findings& findings, const JsonCheck& check);

}  // namespace wirekit
