#include "json/json_emitter.hpp"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include "text/ascii_scan.hpp"
#include "text/text.hpp"

namespace wirekit {

JsonEmitter::JsonEmitter(std::string& out, Style style) : out_(out), pretty_(style == Style::pretty) {
    has_items_.reserve(16);
}

void JsonEmitter::new_line() {
    out_ += '\n';
    out_.append(2 * has_items_.size(), ' ');
}

// Separates this value from the previous one in its container.
void JsonEmitter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty()) return;
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
    if (pretty_) new_line();
}

void JsonEmitter::open(char bracket) {
    before_value();
    out_ += bracket;
    has_items_.push_back(false);
}

void JsonEmitter::close(char bracket) {
    bool had_items = has_items_.back();
    has_items_.pop_back();
    if (had_items && pretty_) new_line();
    out_ += bracket;
}

void JsonEmitter::begin_object() { open('{'); }
void JsonEmitter::end_object() { close('}'); }
void JsonEmitter::begin_array() { open('['); }
void JsonEmitter::end_array() { close(']'); }

void JsonEmitter::key(std::string_view name) {
    before_value();
    quoted(name);
    end_key();
}

void JsonEmitter::plain_key(std::string_view name) {
    plain_string(name);
    end_key();
}

void JsonEmitter::end_key() {
    out_ += ':';
    if (pretty_) out_ += ' ';
    after_key_ = true;
}

void JsonEmitter::string(std::string_view text) {
    before_value();
    quoted(text);
}

void JsonEmitter::plain_string(std::string_view text) {
    assert(skip_plain_ascii(text, 0, '"', '\\') == text.size());
    before_value();
    quoted_as_is(text);
}

void JsonEmitter::integer(long long value) {
    before_value();
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, result.ptr);
}

void JsonEmitter::number(double value) {
    before_value();
    if (!std::isfinite(value)) {
        out_ += "null";
        return;
    }
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string_view digits(buffer, static_cast<std::size_t>(result.ptr - buffer));
    out_ += digits;
    // Keep it visibly a float, as nlohmann and Python do: 30 becomes 30.0.
    if (digits.find_first_of(".e") == std::string_view::npos) out_ += ".0";
}

void JsonEmitter::whole_or_number(double value) {
    constexpr double exact_integers = 9007199254740992.0;  // 2^53: doubles are whole numbers exactly up to here
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= exact_integers) integer(static_cast<long long>(value));
    else number(value);
}

void JsonEmitter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void JsonEmitter::null() {
    before_value();
    out_ += "null";
}

void JsonEmitter::quoted(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    // This runs over every byte of the output: plain ASCII is skipped in bulk.
    std::size_t pos = skip_plain_ascii(text, 0, '"', '\\');
    if (pos == text.size()) {
        // Most strings, and every key, need no escape.
        quoted_as_is(text);
        return;
    }
    out_ += '"';
    std::size_t verbatim_from = 0;  // start of the bytes not yet copied
    auto flush = [&](std::size_t until) { out_.append(text.data() + verbatim_from, until - verbatim_from); };
    for (; pos < text.size(); pos = skip_plain_ascii(text, pos, '"', '\\')) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte >= 0x80) {
            std::size_t start = pos;
            char32_t cp = next_code_point(text, pos);
            if (cp == 0xFFFD && pos - start == 1) {  // a real U+FFFD takes three bytes
                flush(start);
                out_ += "\xEF\xBF\xBD";
                ++replaced_;
                verbatim_from = pos;
            }
            continue;
        }
        flush(pos);
        switch (byte) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
            out_ += "\\u00";
            out_ += hex[byte >> 4];
            out_ += hex[byte & 0xF];
        }
        verbatim_from = ++pos;
    }
    flush(pos);
    out_ += '"';
}

// TEXT between quotes, in one piece: TEXT needs no escape.
void JsonEmitter::quoted_as_is(std::string_view text) {
    out_ += '"';
    out_ += text;
    out_ += '"';
}

}  // namespace wirekit
