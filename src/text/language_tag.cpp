#include "text/language_tag.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

}  // namespace

bool is_language_tag(std::string_view tag) {
    std::size_t run = 0;
    bool first = true;
    for (char c : tag) {
        if (c == '-') {
            if (run == 0) return false;
            run = 0;
            first = false;
            continue;
        }
        if (!(first ? is_ascii_alpha(c) : is_ascii_alnum(c)) || ++run > 8) return false;
    }
    return run > 0;
}

std::string normalized_language_tag(std::string_view tag) {
    std::string out(trim(tag));
    for (char& c : out)
        if (c == '_') c = '-';
    return is_language_tag(out) ? out : std::string(trim(tag));
}

}  // namespace wirekit
