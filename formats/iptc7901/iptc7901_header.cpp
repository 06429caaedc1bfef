#include "iptc7901/iptc7901_header.hpp"

#include <vector>

#include "iptc7901/iptc7901_fields.hpp"
#include "text/text.hpp"
#include "wire/wire_sniff.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

bool has_digit(std::string_view s) { return s.find_first_of("0123456789") != std::string_view::npos; }

void keep(Article& a, std::string_view key, std::string_view value) {
    if (!value.empty()) set_extension(a.extensions, iptc7901::format_id, key, std::string(value));
}

}  // namespace

bool read_iptc7901_header(std::string_view line, Article& a) {
    std::string cleaned = without_wire_controls(line);
    if (!is_iptc7901_header(cleaned)) return false;
    std::vector<std::string_view> words = split_words(cleaned);
    std::string_view first = words[0];
    std::size_t digits = first.find_first_of("0123456789");
    keep(a, iptc7901::source_id, first.substr(0, digits));
    keep(a, iptc7901::sequence, first.substr(digits));
    a.urgency = words[1][0] - '0';
    a.priority = a.urgency;
    a.subjects.push_back({std::string(iptc7901::category_scheme), std::string(words[2]), {}, {}, {}, {}});
    keep(a, iptc7901::word_count, words[3]);
    std::vector<std::string_view> rest(words.begin() + 4, words.end());
    // The agency and its number come last; a selector may stand before them.
    if (rest.size() >= 2 && has_digit(rest.back()) && !has_digit(rest[rest.size() - 2])) {
        keep(a, iptc7901::agency_number, rest.back());
        a.provider = std::string(rest[rest.size() - 2]);
        rest.resize(rest.size() - 2);
    }
    if (!rest.empty()) keep(a, iptc7901::selector, rest.front());
    return true;
}

}  // namespace wirekit
