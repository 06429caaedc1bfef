#include "dateline/byline.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::size_t max_byline_length = 90;
constexpr int max_byline_words = 12;

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

bool starts_capitalised(std::string_view word) {
    if (word.empty()) return false;
    auto first = static_cast<unsigned char>(word[0]);
    return is_upper_ascii(word[0]) || first >= 0xC3;  // accented capitals and other scripts pass
}

std::string_view after_by(std::string_view line) {
    line = trim(line);
    if (line.size() < 4 || !starts_with_ci(line, "by ")) return {};
    return trim(line.substr(3));
}

// "BYRNE" -> "Byrne"; mixed-case words are left alone ("McDonald").
std::string title_case_if_shouting(std::string_view name) {
    bool has_lower = false;
    for (char c : name)
        if (c >= 'a' && c <= 'z') has_lower = true;
    if (has_lower) return std::string(name);
    std::string out(name);
    bool word_start = true;
    for (char& c : out) {
        bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letter && !word_start && is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
        word_start = !letter;
    }
    return out;
}

void add_name(std::vector<std::string>& out, std::string_view name) {
    name = trim(name);
    if (!name.empty()) out.push_back(title_case_if_shouting(name));
}

}  // namespace

bool is_byline(std::string_view line) {
    std::string_view rest = after_by(line);
    if (rest.empty() || utf8_length(line) > max_byline_length || !starts_capitalised(rest)) return false;
    if (rest.back() == '.' && rest.size() > 2 && rest[rest.size() - 2] != '.' && !is_upper_ascii(rest[rest.size() - 2]))
        return false;  // a sentence, not a name ("By then, most had left.")
    int words = 1;
    for (char c : rest) words += c == ' ';
    return words <= max_byline_words;
}

std::vector<std::string> byline_names(std::string_view line) {
    std::vector<std::string> out;
    std::string_view rest = after_by(line);
    // What follows the first comma is the outlet or a title.
    if (auto comma = rest.find(','); comma != std::string_view::npos) rest = rest.substr(0, comma);
    while (!rest.empty()) {
        std::size_t cut = std::string_view::npos, skip = 0;
        for (std::string_view sep : {" and ", " AND ", " & "}) {
            auto at = rest.find(sep);
            if (at < cut) {
                cut = at;
                skip = sep.size();
            }
        }
        add_name(out, rest.substr(0, cut));
        if (cut == std::string_view::npos) break;
        rest = rest.substr(cut + skip);
    }
    return out;
}

std::string byline_as_printed(const Article& a) {
    std::string text = a.byline;
    if (text.empty())
        for (std::size_t i = 0; i < a.authors.size(); ++i)
            text += (i == 0 ? "" : i + 1 == a.authors.size() ? " and " : ", ") + a.authors[i].name;
    if (text.empty()) return text;
    auto first_line = [](std::string_view t) { return t.substr(0, t.find('\n')); };
    if (is_byline(first_line(text))) return text;
    std::string with_by = "By " + text;
    return is_byline(first_line(with_by)) ? with_by : std::string{};
}

}  // namespace wirekit
