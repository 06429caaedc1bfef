#include "wire/wire_sniff.hpp"

#include "text/text.hpp"
#include "wire/wire_frames.hpp"

namespace wirekit {

namespace {

// How far into a capture ZCZC may start (stations put a line or two first).
constexpr std::size_t zczc_search_lines = 5;

bool is_fill(char c) { return c == '\x7F' || c == wire_syn || c == '\0' || c == '\x05' || c == '\r' || c == '\n' || c == ' '; }

std::size_t count_while(std::string_view s, std::size_t pos, bool (*pred)(char)) {
    std::size_t n = 0;
    while (pos + n < s.size() && pred(s[pos + n])) ++n;
    return n;
}

bool has_zczc(std::string_view prefix) {
    std::size_t line = 0;
    for (std::string_view l : split_lines(prefix)) {
        if (++line > zczc_search_lines) break;
        std::string_view t = trim(l);
        if (starts_with_ci(t, "ZCZC") && (t.size() == 4 || t[4] == ' ')) return true;
    }
    return false;
}

}  // namespace

bool is_anpa_header(std::string_view line) {
    if (line.empty() || !is_ascii_alpha(line[0])) return false;
    if (count_while(line, 1, is_ascii_digit) != 4) return false;
    std::size_t unit = line.find(wire_us, 5);
    return unit != std::string_view::npos && unit <= 5 + 16;
}

bool is_iptc7901_header(std::string_view line) {
    line = trim(line);
    std::size_t pos = count_while(line, 0, is_ascii_alpha);
    if (pos == 0 || pos > 6) return false;
    std::size_t digits = count_while(line, pos, is_ascii_digit);
    if (digits == 0 || digits > 5) return false;
    pos += digits;
    if (pos + 3 >= line.size() || line[pos] != ' ' || line[pos + 2] != ' ') return false;
    if (!is_ascii_digit(line[pos + 1])) return false;
    pos += 3;
    std::size_t category = count_while(line, pos, is_ascii_alpha);
    if (category == 0 || category > 3) return false;
    pos += category;
    if (pos >= line.size() || line[pos] != ' ') return false;
    return count_while(line, pos + 1, is_ascii_digit) > 0;
}

WireSniff sniff_wire(std::string_view prefix) {
    std::size_t start = 0;
    bool two_syn = prefix.find("\x16\x16\x01") != std::string_view::npos && prefix.find("\x16\x16\x01") < 16;
    while (start < prefix.size() && is_fill(prefix[start])) ++start;
    std::string_view s = prefix.substr(start);
    if (two_syn) return {WireFraming::anpa, 95, "SYN SYN SOH opens an ANPA-1312 message"};
    if (s.starts_with(wire_soh)) {
        std::string_view line = s.substr(1, s.find_first_of("\r\n") - 1);
        if (is_anpa_header(line)) return {WireFraming::anpa, 90, "SOH + ANPA-1312 header line (service, number, US, selector)"};
        if (is_iptc7901_header(line))
            return {WireFraming::iptc7901, 90, "SOH + IPTC 7901 header line (source+number, priority, category, words)"};
    }
    if (has_zczc(s)) return {WireFraming::zczc, 90, "a ZCZC start-of-message line"};
    std::string_view first = s.substr(0, s.find_first_of("\r\n"));
    if (is_iptc7901_header(first) && first.find_first_of("\x02\x03") == std::string_view::npos)
        return {WireFraming::iptc7901, 70, "IPTC 7901 header line, its controls stripped"};
    return {};
}

int wire_sniff_score(std::string_view prefix, WireFraming framing) {
    WireSniff s = sniff_wire(prefix);
    return s.framing == framing ? s.score : 0;
}

std::string_view wire_sniff_rule(std::string_view prefix) { return sniff_wire(prefix).rule; }

std::string_view wire_format_id(WireFraming framing) {
    switch (framing) {
        case WireFraming::anpa: return "anpa";
        case WireFraming::iptc7901: return "iptc7901";
        case WireFraming::zczc: return "zczc";
        case WireFraming::none: break;
    }
    return "";
}

}  // namespace wirekit
