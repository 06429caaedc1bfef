#include "anpa/anpa_caret.hpp"

#include <string>

#include "anpa/anpa_fields.hpp"
#include "dateline/byline.hpp"
#include "text/text.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

// AP's sports desk prefixes and the IPTC subject codes they stand for.
struct DeskSubject {
    std::string_view desk;
    std::string_view code;
};
constexpr DeskSubject desk_subjects[] = {
    {"BBA", "15007000"}, {"BBN", "15007000"}, {"BBO", "15007000"}, {"BKC", "15008000"}, {"BKL", "15008000"},
    {"BKN", "15008000"}, {"BKW", "15008000"}, {"BOX", "15014000"}, {"FBC", "15003000"}, {"FBN", "15003000"},
    {"FBO", "15003000"}, {"GLF", "15027000"}, {"HKN", "15031000"}, {"HKO", "15031000"}, {"RAC", "15030000"},
    {"SOC", "15054000"}, {"TEN", "15065000"}, {"CAR", "15039000"}};

constexpr std::size_t max_credit_line_words = 5;

constexpr std::string_view note_labels[] = {"Eds:", "EDS:", "Editors:", "EDITOR'S NOTE _", "EDITOR'S NOTE:",
                                            "Editor's Note:", "EDITORS' NOTE _", "Eds note:"};

bool is_all_caps(std::string_view s) {
    bool letters = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letters = true;
    }
    return letters;
}

// "BC-LT--Argentina-Cancer Beauty", "BC-BBO--WildCardGlance", "BC-Obit-Example".
bool looks_like_slug(std::string_view s) { return s.starts_with("BC-") || s.find("--") != std::string_view::npos; }

void take_desk(Article& a, std::string_view desk) {
    set_extension(a.extensions, anpa::format_id, anpa::desk, std::string(desk));
    for (const auto& d : desk_subjects)
        if (d.desk == desk) a.subjects.push_back({"subj", std::string(d.code), {}, {}, {}, {}});
}

// "BC-LT--Argentina-Cancer Beauty,466" / "BC-US--Giant Lobster Death, 1st Ld-Writethru,127".
void read_slug_line(std::string_view line, Article& a) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t comma = line.find(',', start);
        parts.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (parts.size() > 1 && !parts.back().empty() && is_all_digits(parts.back())) {
        set_extension(a.extensions, anpa::format_id, anpa::slug_words, std::string(parts.back()));
        parts.pop_back();
    }
    std::string_view slug = parts.front();
    if (slug.starts_with("BC-")) slug.remove_prefix(3);
    if (std::size_t dashes = slug.find("--"); dashes != std::string_view::npos && dashes <= 4) {
        take_desk(a, slug.substr(0, dashes));
        slug.remove_prefix(dashes + 2);
    }
    a.slugline = std::string(slug);
    std::string version;
    for (std::size_t i = 1; i < parts.size(); ++i) version += (version.empty() ? "" : ", ") + std::string(parts[i]);
    if (!version.empty()) a.take_key = version;
}

// "Eds: With AP Photos." / "(Eds: Adds byline.)" / "EDITOR'S NOTE _ One in a series".
std::optional<std::string> editors_note(std::string_view s) {
    bool parens = s.starts_with('(') && s.ends_with(')');
    std::string_view inner = parens ? trim(s.substr(1, s.size() - 2)) : s;
    for (auto label : note_labels)
        if (inner.starts_with(label)) return std::string(trim(inner.substr(label.size())));
    return std::nullopt;
}

// "AP Photo XNP101, XNP102", "AP Photos NY123", "AP Video".
bool is_photo_line(std::string_view s) {
    std::size_t space = s.find(' ');
    std::string_view second = space == std::string_view::npos ? std::string_view() : s.substr(space + 1);
    for (std::string_view word : {"Photo", "Photos", "Video", "Graphic", "Graphics"})
        if (second.starts_with(word) && (second.size() == word.size() || second[word.size()] == ' ')) return space <= 8;
    return false;
}

// Canadian Press labels some caret lines: "HL:" (headline), "Update:",
// "INDEX:", "SYMBOL:". Returns the label as written and the value.
std::optional<std::pair<std::string_view, std::string_view>> labelled_line(std::string_view s) {
    for (std::string_view label : {"HL", "Update", "UPDATE", "INDEX", "Index", "SYMBOL", "Symbol"})
        if (s.starts_with(label) && s.substr(label.size()).starts_with(':'))
            return std::pair{label, trim(s.substr(label.size() + 1))};
    return std::nullopt;
}

}  // namespace

bool is_credit_line(std::string_view line) { return is_all_caps(line) && word_count(line) <= max_credit_line_words; }

CaretLines read_caret_lines(const std::vector<std::string_view>& lines, bool tabular, Article& a) {
    CaretLines out;
    bool slug_seen = false, after_byline = false;
    for (std::string_view raw : lines) {
        std::string cleaned = without_wire_controls(raw);
        std::string text = from_ap_typography(without_quad_marks(trim(cleaned)));
        std::string_view s = text;
        bool byline_title = after_byline;
        after_byline = false;
        if (s.empty() || s == "END") continue;
        if (!slug_seen && looks_like_slug(s)) {
            read_slug_line(s, a);
            slug_seen = true;
        } else if (auto labelled = labelled_line(s)) {
            auto [label, value] = *labelled;
            if (label == "HL") a.headline = std::string(value);
            else if (label.starts_with('U')) append_line(a.editor_note, s);
            else set_extension(a.extensions, anpa::format_id, label.starts_with('I') ? anpa::index : anpa::symbol, std::string(value));
        } else if (auto note = editors_note(s)) {
            append_line(a.editor_note, *note);
        } else if (is_photo_line(s)) {
            std::string previous;
            if (auto* p = find_extension(a.extensions, anpa::format_id, anpa::photo_line)) previous = *p;
            append_line(previous, s);
            set_extension(a.extensions, anpa::format_id, anpa::photo_line, previous);
        } else if (a.byline.empty() && is_byline(s)) {
            a.byline = std::string(s);
            for (auto& name : byline_names(s)) a.authors.push_back({name, "author", {}, {}});
            after_byline = true;
        } else if (byline_title && !tabular && !is_all_caps(s) && word_count(s) <= 6) {
            // "Associated Press", "AP Sports Writer": the byline's title line.
            for (auto& p : a.authors) p.role = std::string(s);
            if (a.authors.empty()) a.authors.push_back({"", std::string(s), {}, {}});
        } else if (!tabular && !a.headline.empty() && is_credit_line(s)) {
            // "THE CANADIAN PRESS": the credit line under the headline.
            a.creditline = std::string(s);
        } else if (a.headline.empty() && !s.starts_with('*')) {
            a.headline = std::string(s);
        } else if (!tabular && a.summary.empty() && word_count(s) >= 6) {
            a.summary = std::string(s);
        } else if (tabular) {
            out.unplaced.push_back(std::string(s));
        }
    }
    // No full slug line (Canadian Press, Reuters): line 2's keyword is the slug.
    const std::string* keyword = find_extension(a.extensions, anpa::format_id, anpa::keyword);
    if (!slug_seen && keyword) read_slug_line(*keyword, a);
    return out;
}

}  // namespace wirekit
