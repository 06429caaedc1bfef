#include "zczc/zczc_reader.hpp"

#include "report/error.hpp"
#include "story/story_body.hpp"
#include "text/text.hpp"
#include "wire/wire_sniff.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

constexpr std::string_view format_id = "zczc";
constexpr std::string_view markers = "%$:=^*&+@~#";
// Longer "marker" lines are text that happens to start with one ("$210 ...").
constexpr std::size_t max_short_marker = 6;

bool has_token(std::string_view line, std::string_view token) {
    std::string_view t = trim(line);
    if (!starts_with_ci(t, token)) return false;
    return t.size() == token.size() || t[token.size()] == ' ';
}

bool is_eight_digits(std::string_view s) { return s.size() == 8 && is_all_digits(s); }

// Whether LINE is a header marker line and not body text.
bool is_marker_line(std::string_view line) {
    if (line.empty() || markers.find(line[0]) == std::string_view::npos) return false;
    std::string_view value = trim(line.substr(1));
    switch (line[0]) {
        case '$':
        case '*':
        case '&': return value.size() <= max_short_marker || is_eight_digits(value);
        case '+': return is_eight_digits(value);
        default: return true;
    }
}

struct Header {
    std::string category, take, headline, format, service, place, genre, selectors;
    std::vector<std::string> colon_lines, subjects, hash_lines;
};

void read_marker(std::string_view line, Header& h) {
    std::string value(trim(line.substr(1)));
    switch (line[0]) {
        case '$': h.category = value; break;
        case ':': h.colon_lines.push_back(value); break;
        case '=': h.take = value; break;
        case '^': h.headline = value; break;
        case '*':
            if (is_eight_digits(value)) h.subjects.push_back(value);
            else h.format = value;
            break;
        case '&': h.service = value; break;
        case '+': h.subjects.push_back(value); break;
        case '@': h.place = value; break;
        case '~': h.genre = value; break;
        case '%': h.selectors = value; break;
        case '#': h.hash_lines.push_back(value); break;
        default: break;
    }
}

std::string first_filled(const std::vector<std::string>& values) {
    for (const auto& v : values)
        if (!v.empty()) return v;
    return {};
}

void apply_header(const Header& h, Article& a, const ReadOptions& opts, std::size_t line) {
    if (!h.category.empty()) a.subjects.push_back({"anpa-category", h.category, {}, {}, {}, {}});
    for (const auto& s : h.subjects) a.subjects.push_back({"subj", s, {}, {}, {}, {}});
    if (!h.genre.empty()) a.genres.push_back({"aap-genre", h.genre, {}, h.genre, {}, {}});
    a.take_key = h.take;
    a.headline = h.headline;
    std::string keyword = first_filled(h.hash_lines);
    std::string colon = first_filled(h.colon_lines);
    // Medianet (selectors, no "^" line) puts the issuer where the keyword would be.
    if (a.headline.empty() && !h.selectors.empty() && !colon.empty()) {
        a.headline = colon;
        opts.diag->note(opts.source, "press release: the issuer line is the headline", line);
    } else if (keyword.empty()) {
        keyword = colon;
    }
    a.slugline = keyword;
    for (auto [key, value] : {std::pair{"service", &h.service}, {"format", &h.format}, {"place", &h.place},
                              {"selectors", &h.selectors}})
        if (!value->empty()) set_extension(a.extensions, format_id, key, *value);
}

// A lone sign-off word in capitals closing the copy ("AAP").
bool is_sign_off_word(std::string_view s) {
    if (s.empty() || s.size() > max_short_marker) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

Article read_message(const std::vector<std::string>& lines, std::size_t from, std::size_t to, const ReadOptions& opts) {
    Article a;
    Header h;
    std::size_t i = from + 1;
    for (; i < to; ++i) {
        std::string_view l = trim(lines[i]);
        if (l.empty()) continue;
        if (!is_marker_line(l)) break;
        read_marker(l, h);
    }
    apply_header(h, a, opts, from + 1);
    std::size_t end = to;
    while (end > i && trim(lines[end - 1]).empty()) --end;
    if (end > i && is_sign_off_word(trim(lines[end - 1]))) a.trailer = std::string(trim(lines[--end]));
    const bool tabular = h.format == "T";
    std::vector<TextParagraph> paragraphs;
    std::string text;
    for (std::size_t k = i; k < end; ++k) text += lines[k] + '\n';
    paragraphs = split_story_paragraphs(text, true);
    if (tabular)
        for (auto& p : paragraphs) p.preformatted = true;
    std::string trailer = std::move(a.trailer);
    a.trailer.clear();
    std::size_t lead = read_story_body(std::move(paragraphs), a, format_id, i + 1, opts);
    if (!trailer.empty()) a.trailer += (a.trailer.empty() ? "" : "\n\n") + trailer;
    if (a.headline.empty() && !a.body.empty()) {
        a.headline = a.body.front().inlines.front().text;
        opts.diag->note(opts.source, "no headline marker: the first body line is the headline", from + 1);
    }
    finish_story(a, lead, from + 1, opts);
    return a;
}

}  // namespace

Document read_zczc(std::string_view bytes, const ReadOptions& opts) {
    std::string text = decode_wire_bytes(bytes, opts);
    std::vector<std::string> lines;
    for (auto l : split_lines(text)) lines.push_back(without_wire_controls(l, true));
    Document doc;
    std::size_t start = std::string::npos;
    auto finish = [&](std::size_t end) {
        if (start != std::string::npos) doc.articles.push_back(read_message(lines, start, end, opts));
        start = std::string::npos;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (has_token(lines[i], "ZCZC")) {
            finish(i);
            start = i;
        } else if (start != std::string::npos && trim(lines[i]).find("NNNN") != std::string_view::npos) {
            finish(i);
        }
    }
    if (start != std::string::npos) {
        opts.diag->note(opts.source, "no NNNN: the message runs to the end of the input", lines.size());
        finish(lines.size());
    }
    if (doc.articles.empty()) throw Error(Exit::data, "no ZCZC message in the input (a ZCZC line, header markers, text, NNNN)", opts.source);
    return doc;
}

int sniff_zczc(std::string_view prefix) { return wire_sniff_score(prefix, WireFraming::zczc); }

}  // namespace wirekit
