#include "story/story_trailer.hpp"

#include <string_view>

#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::string_view end_marks[] = {"###", "-30-", "- 30 -", "ENDS", "END", "(END)", "Enditem", "ENDITEM",
                                          "Fin", "FIN", "Reuter", "+++", "XXX"};

constexpr std::string_view credit_openings[] = {"(Reporting", "(Additional reporting", "(Writing by", "(Editing by",
                                                "(Compiled by", "(Edited by", "(Translated by", "(Research by"};

constexpr std::string_view note_openings[] = {"To contact the reporter", "To contact the editor",
                                              "This story was provided by", "This article was provided by"};

bool is_end_mark(std::string_view s) {
    for (auto m : end_marks)
        if (s == m) return true;
    return false;
}

// "hh/ph/ts/hd": the desk initials AFP and others close with.
bool is_editor_initials(std::string_view s) {
    if (s.size() > 40 || s.find('/') == std::string_view::npos || s.front() == '/' || s.back() == '/') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || c == '/')) return false;
    return true;
}

// Sign-offs naming the agency: Kyodo's "==Kyodo", ATS's "(SDA/xy)" (agency
// and editor's initials in parentheses, the slash sometimes escaped: "(SDA\/xy)").
bool is_agency_sign_off(std::string_view s) {
    constexpr std::size_t max_bytes = 24;
    if (s.size() > max_bytes) return false;
    if (s.starts_with("==")) return s.size() > 2 && s.find(' ') == std::string_view::npos;
    if (s.size() < 5 || s.front() != '(' || s.back() != ')' || s.find('/') == std::string_view::npos) return false;
    for (char c : s.substr(1, s.size() - 2))
        if (!is_ascii_alpha(c) && c != '/' && c != '\\') return false;
    return true;
}

}  // namespace

bool is_sign_off(std::string_view s) {
    std::size_t words = 0, start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ' ') {
            if (!(s[i] >= 'a' && s[i] <= 'z') && s[i] != '/') return false;
            continue;
        }
        std::size_t length = i - start;
        if (length > 0 && ++words && length > 5) return false;
        start = i + 1;
    }
    return words >= 3 && words <= 8;
}

namespace {

bool is_reporting_credit(std::string_view s) {
    if (s.back() != ')') return false;
    for (auto o : credit_openings)
        if (s.starts_with(o)) return true;
    return false;
}

bool is_trailer_paragraph(std::string_view s) {
    if (s.empty()) return false;
    if (is_end_mark(s) || is_editor_initials(s) || is_reporting_credit(s) || is_sign_off(s) || is_agency_sign_off(s)) return true;
    for (auto o : note_openings)
        if (s.starts_with(o)) return true;
    return false;
}

// "___" and "# Notebook"-style headings start notes that run to the end.
bool starts_notes(std::string_view s) { return s == "___" || s.starts_with("# ") || s.starts_with("## "); }

// Where a trailer glued to the end of TEXT begins ("... said. Enditem",
// "... inundate it. (Reporting by ...)"), or npos.
std::size_t glued_trailer(std::string_view text) {
    for (auto m : end_marks) {
        if (text.size() > m.size() + 1 && text.ends_with(m) && text[text.size() - m.size() - 1] == ' ')
            return text.size() - m.size();
    }
    if (text.ends_with(")")) {
        for (auto o : credit_openings) {
            auto at = text.rfind(std::string(" ") + std::string(o));
            if (at != std::string_view::npos && text.find(')', at) == text.size() - 1) return at + 1;
        }
    }
    return std::string::npos;
}

}  // namespace

TrailerSplit find_trailer(const std::vector<TextParagraph>& paragraphs, std::size_t from) {
    TrailerSplit split;
    split.first = paragraphs.size();
    for (std::size_t i = from; i < paragraphs.size(); ++i) {
        if (starts_notes(paragraphs[i].text)) {
            split.first = i;
            break;
        }
    }
    while (split.first > from && is_trailer_paragraph(paragraphs[split.first - 1].text)) --split.first;
    // The glued form may end the lead itself, hence no lower bound here.
    if (split.first > 0) {
        std::size_t at = glued_trailer(paragraphs[split.first - 1].text);
        if (at != std::string::npos) split.glued_at = at;
    }
    return split;
}

std::string trailer_text(const std::vector<TextParagraph>& paragraphs, std::size_t first) {
    std::string out;
    for (std::size_t i = first; i < paragraphs.size(); ++i) {
        if (i > first) out += paragraphs[i].block == paragraphs[i - 1].block ? "\n" : "\n\n";
        for (std::size_t l = 0; l < paragraphs[i].lines.size(); ++l) {
            if (l > 0) out += '\n';
            out += paragraphs[i].lines[l];
        }
    }
    return out;
}

}  // namespace wirekit
