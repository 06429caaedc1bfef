#include "json/json_parse.hpp"

#include "report/error.hpp"
#include "text/location.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// nlohmann's messages start "[json.exception.parse_error.101] parse error at
// line 1, column 9: "; we print our own location, so keep only the rest, and
// make sure the "last read" excerpt it quotes is valid UTF-8.
std::string parser_message(std::string_view what) {
    if (what.starts_with('[')) {
        if (auto end = what.find("] "); end != std::string_view::npos) what.remove_prefix(end + 2);
    }
    if (what.starts_with("parse error at line ")) {
        if (auto colon = what.find(": "); colon != std::string_view::npos) what.remove_prefix(colon + 2);
    }
    std::string out;
    out.reserve(what.size());
    for (std::size_t pos = 0; pos < what.size();) append_utf8(out, next_code_point(what, pos));
    return out;
}

}  // namespace

std::optional<std::size_t> find_excessive_nesting(std::string_view text, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;  // the escaped character cannot end the string
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

nlohmann::json parse_json_text(std::string_view text, const std::string& source, std::size_t first_line) {
    auto located_error = [&](std::size_t offset, const std::string& message) {
        LineColumn at = line_column(text, offset);
        return Error(Exit::data, message, source, first_line + at.line - 1, at.column);
    };
    if (auto deep = find_excessive_nesting(text, max_json_depth))
        throw located_error(*deep, "JSON nested deeper than " + std::to_string(max_json_depth) + " levels");
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is the 1-based position of the last character read: the culprit.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw located_error(offset, "invalid JSON: " + parser_message(e.what()));
    } catch (const nlohmann::json::exception& e) {
        // A number too large for a double: nlohmann quotes it but gives no
        // position, so look for its first occurrence.
        std::string message = "invalid JSON: " + parser_message(e.what());
        std::string_view what = e.what();
        auto open = what.find('\'');
        auto close = what.rfind('\'');
        if (open != std::string_view::npos && close > open + 1) {
            if (auto at = text.find(what.substr(open + 1, close - open - 1)); at != std::string_view::npos)
                throw located_error(at, message);
        }
        throw Error(Exit::data, message, source);
    }
}

}  // namespace wirekit
