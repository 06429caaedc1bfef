#include "json/json_emitter.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include "text/ascii_scan.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// The buffer's size: most articles fit in one, and a spill moves a few
// kilobytes at a time.
constexpr std::size_t buffer_bytes = std::size_t{8} << 10;
// A string is copied this much at a time, so that the room asked for stays
// within the buffer however long the string.
constexpr std::size_t max_piece = std::size_t{4} << 10;

}  // namespace

JsonEmitter::JsonEmitter(std::string& out, Style style) : out_(out), pretty_(style == Style::pretty) {
    has_items_.reserve(16);
}

char* JsonEmitter::make_room(std::size_t bytes) {
    spill();
    if (bytes > capacity_) {
        capacity_ = std::max(bytes, buffer_bytes);
        buffer_ = std::make_unique_for_overwrite<char[]>(capacity_);
    }
    return buffer_.get();
}

// memcpy is never given an empty view's data: it may be null, which memcpy
// does not allow even for no bytes.
void JsonEmitter::put(std::string_view text) {
    if (text.empty()) return;
    std::memcpy(room(text.size()), text.data(), text.size());
    size_ += text.size();
}

void JsonEmitter::spill() {
    if (size_ == 0) return;  // the buffer may not be there yet
    out_.append(buffer_.get(), size_);
    size_ = 0;
}

// A complete top-level value goes to OUT, where the caller expects it.
void JsonEmitter::after_value() {
    if (has_items_.empty()) spill();
}

void JsonEmitter::new_line() {
    std::size_t indent = 2 * has_items_.size();
    char* to = room(indent + 1);
    to[0] = '\n';
    std::memset(to + 1, ' ', indent);
    size_ += indent + 1;
}

// Separates this value from the previous one in its container.
void JsonEmitter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty()) return;
    if (has_items_.back()) put(',');
    has_items_.back() = true;
    if (pretty_) new_line();
}

void JsonEmitter::open(char bracket) {
    before_value();
    put(bracket);
    has_items_.push_back(false);
}

void JsonEmitter::close(char bracket) {
    bool had_items = has_items_.back();
    has_items_.pop_back();
    if (had_items && pretty_) new_line();
    put(bracket);
    after_value();
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

// A key never stands at the top level: plain_string hands nothing over for it.
void JsonEmitter::plain_key(std::string_view name) {
    plain_string(name);
    end_key();
}

void JsonEmitter::end_key() {
    put(':');
    if (pretty_) put(' ');
    after_key_ = true;
}

void JsonEmitter::string(std::string_view text) {
    before_value();
    quoted(text);
    after_value();
}

void JsonEmitter::plain_string(std::string_view text) {
    assert(skip_plain_ascii(text, 0, '"', '\\') == text.size());
    before_value();
    quoted_as_is(text);
    after_value();
}

void JsonEmitter::integer(long long value) {
    before_value();
    constexpr std::size_t digits = 24;
    char* to = room(digits);
    size_ += static_cast<std::size_t>(std::to_chars(to, to + digits, value).ptr - to);
    after_value();
}

void JsonEmitter::number(double value) {
    before_value();
    if (!std::isfinite(value)) {
        put("null");
        after_value();
        return;
    }
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string_view digits(buffer, static_cast<std::size_t>(result.ptr - buffer));
    put(digits);
    // Keep it visibly a float, as nlohmann and Python do: 30 becomes 30.0.
    if (digits.find_first_of(".e") == std::string_view::npos) put(".0");
    after_value();
}

void JsonEmitter::whole_or_number(double value) {
    constexpr double exact_integers = 9007199254740992.0;  // 2^53: doubles are whole numbers exactly up to here
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= exact_integers) integer(static_cast<long long>(value));
    else number(value);
}

void JsonEmitter::boolean(bool value) {
    before_value();
    put(value ? "true" : "false");
    after_value();
}

void JsonEmitter::null() {
    before_value();
    put("null");
    after_value();
}

void JsonEmitter::quoted(std::string_view text) {
    put('"');
    // This runs over every byte of the output: plain ASCII is copied in bulk,
    // a piece at a time, and only what stops the copy is looked at.
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t piece = std::min(text.size() - pos, max_piece);
        std::size_t plain = copy_plain_ascii(text.substr(pos, piece), room(piece), '"', '\\');
        size_ += plain;
        pos += plain;
        if (plain < piece) pos = escape_at(text, pos);
    }
    put('"');
}

// Writes the byte of TEXT at POS that stopped the copy, escaped, or the code
// point it starts (U+FFFD, counted, when it starts none); returns where the
// text goes on.
std::size_t JsonEmitter::escape_at(std::string_view text, std::size_t pos) {
    static constexpr char hex[] = "0123456789abcdef";
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) {
        std::size_t start = pos;
        char32_t cp = next_code_point(text, pos);
        if (cp == 0xFFFD && pos - start == 1) {  // a real U+FFFD takes three bytes
            put("\xEF\xBF\xBD");
            ++replaced_;
        } else {
            put(text.substr(start, pos - start));
        }
        return pos;
    }
    switch (byte) {
    case '"': put("\\\""); break;
    case '\\': put("\\\\"); break;
    case '\b': put("\\b"); break;
    case '\f': put("\\f"); break;
    case '\n': put("\\n"); break;
    case '\r': put("\\r"); break;
    case '\t': put("\\t"); break;
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
        put(std::string_view(escaped, sizeof escaped));
    }
    }
    return pos + 1;
}

// TEXT between quotes, in one piece: TEXT needs no escape.
void JsonEmitter::quoted_as_is(std::string_view text) {
    char* to = room(text.size() + 2);
    to[0] = '"';
    if (!text.empty()) std::memcpy(to + 1, text.data(), text.size());
    to[text.size() + 1] = '"';
    size_ += text.size() + 2;
}

}  // namespace wirekit
