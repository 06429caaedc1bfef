#include "dispatch/dispatch_reader.hpp"

#include <algorithm>

#include "dateline/byline.hpp"
#include "dateline/dateline.hpp"
#include "dispatch/dispatch_extensions.hpp"
#include "dispatch/dispatch_paragraphs.hpp"
#include "dispatch/dispatch_trailer.hpp"
#include "ids/uuid.hpp"
#include "report/error.hpp"
#include "text/charset.hpp"
#include "text/language_guess.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// A dateline stands in the lead; captions, notes and a byline may come first,
// but not more than this many paragraphs.
constexpr std::size_t dateline_search_window = 6;
// No wire story has a line this long; longer means this is not a dispatch.
constexpr std::size_t max_line_length = std::size_t{1} << 20;

void check_is_text(std::string_view text, const std::string& source) {
    std::size_t controls = 0, line_start = 0, line_number = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            line_start = i + 1;
            ++line_number;
            continue;
        }
        if (i - line_start > max_line_length)
            throw Error(Exit::data, "line is longer than 1 MiB: not a text dispatch", source, line_number);
        if (c == 0) throw Error(Exit::data, "NUL byte: binary data, not a text dispatch", source, line_number, i - line_start + 1);
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != '\v') ++controls;
    }
    if (controls * 100 > text.size()) throw Error(Exit::data, "too many control characters: binary data, not a text dispatch", source);
}

// Stories in one file are separated by a line holding a form feed.
std::vector<std::string_view> split_stories(std::string_view text) {
    std::vector<std::string_view> stories;
    std::size_t start = 0;
    for (std::size_t pos = text.find('\f'); pos != std::string_view::npos; pos = text.find('\f', pos + 1)) {
        std::size_t line_begin = text.rfind('\n', pos);
        line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
        std::size_t line_end = text.find('\n', pos);
        if (line_end == std::string_view::npos) line_end = text.size();
        if (!trim(text.substr(line_begin, line_end - line_begin)).empty()) continue;  // a form feed inside text
        stories.push_back(text.substr(start, line_begin - start));
        start = line_end;
    }
    stories.push_back(text.substr(start));
    return stories;
}

Block paragraph_block(std::string text) {
    Block b;
    b.kind = Block::Kind::paragraph;
    b.inlines.push_back(Inline{Inline::Kind::text, std::move(text), {}, {}});
    return b;
}

struct StoryParts {
    std::vector<TextParagraph> body;  // paragraphs of the story, trailer included
    std::size_t lead = std::string::npos;
};

void take_dateline(Article& a, const DatelineMatch& m) {
    a.dateline = m.dateline;
    a.creditline = m.dateline.credit;
    a.sources = split_credit_sources(m.dateline.credit);
    a.located.name = place_name(m.dateline.place);
    if (!m.dateline.region.empty()) a.located.broader.push_back({place_name(m.dateline.region), {}, {}});
    set_extension(a.extensions, "dispatch", dispatch_ext::dateline_separator, m.separator);
}

void take_byline(Article& a, const TextParagraph& p) {
    for (auto line : p.lines) a.byline += (a.byline.empty() ? "" : "\n") + std::string(line);
    for (auto& name : byline_names(p.lines.front())) a.authors.push_back({name, "author", {}, {}});
}

Article read_story(std::string_view story, std::size_t first_line, const ReadOptions& opts) {
    std::vector<TextParagraph> paragraphs = split_paragraphs(story);
    Diagnostics& diag = *opts.diag;
    Article a;
    std::size_t i = 0;
    for (; i < paragraphs.size() && paragraphs[i].block == 0; ++i)
        a.headline += (a.headline.empty() ? "" : " ") + paragraphs[i].text;

    StoryParts parts;
    for (std::size_t looked = 0; i < paragraphs.size(); ++i) {
        TextParagraph& p = paragraphs[i];
        if (parts.lead == std::string::npos && looked < dateline_search_window) {
            if (a.byline.empty() && p.lines.size() <= 3 && is_byline(p.lines.front())) {
                take_byline(a, p);
                continue;
            }
            ++looked;
            if (auto m = parse_dateline(p.text, opts.reference_date)) {
                take_dateline(a, *m);
                p.text.erase(0, m->length);
                parts.lead = parts.body.size();
                diag.note(opts.source, "dateline '" + m->dateline.text + "'", first_line + p.line - 1);
            }
        }
        parts.body.push_back(std::move(p));
    }
    if (parts.lead == std::string::npos) diag.note(opts.source, "no dateline found", first_line);
    else if (parts.lead > 0) set_extension(a.extensions, "dispatch", dispatch_ext::lead_index, std::to_string(parts.lead));

    std::size_t lead = parts.lead == std::string::npos ? 0 : parts.lead;
    TrailerSplit t = find_trailer(parts.body, lead + 1);
    if (t.glued_at != std::string::npos) {
        std::string& last = parts.body[t.first - 1].text;
        a.trailer = std::string(trim(std::string_view(last).substr(t.glued_at)));
        last = std::string(trim_right(std::string_view(last).substr(0, t.glued_at)));
    }
    if (t.first < parts.body.size()) a.trailer += (a.trailer.empty() ? "" : "\n\n") + trailer_text(parts.body, t.first);
    for (std::size_t k = 0; k < t.first; ++k) a.body.push_back(paragraph_block(std::move(parts.body[k].text)));

    std::string lead_text = lead < a.body.size() ? a.body[lead].inlines.front().text : std::string();
    a.language = opts.language;
    if (a.language.empty()) {
        std::string sample = a.headline;
        for (const auto& b : a.body) {
            if (sample.size() > 4000) break;
            sample += '\n' + b.inlines.front().text;
        }
        a.language = guess_language(sample);
        diag.note(opts.source, a.language.empty() ? "language unknown (give --lang)" : "language guessed: " + a.language, first_line);
    }
    a.id = content_uuid(a.headline + '\n' + a.dateline.text + '\n' + lead_text);
    a.type = "text";
    return a;
}

}  // namespace

Document read_dispatch(std::string_view bytes, const ReadOptions& opts) {
    std::string text = decode_plain_text(bytes, opts.source, *opts.diag, opts.strict, opts.charset);
    check_is_text(text, opts.source);
    Document doc;
    std::size_t first_line = 1;
    const std::vector<std::string_view> stories = split_stories(text);
    doc.articles.reserve(stories.size());  // no moving of whole articles as the vector grows
    for (std::string_view story : stories) {
        if (!trim(story).empty()) doc.articles.push_back(read_story(story, first_line, opts));
        first_line += static_cast<std::size_t>(std::count(story.begin(), story.end(), '\n')) + 1;
    }
    if (doc.articles.empty()) throw Error(Exit::data, "empty input: no headline, no story", opts.source);
    return doc;
}

int sniff_dispatch(std::string_view prefix) {
    if (prefix.empty()) return 0;
    char first = prefix.front();
    if (first == '<' || first == '{' || first == '[') return 0;
    std::size_t controls = 0;
    for (char c : prefix)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    if (controls > 0) return 0;
    // A short first line followed by a blank line is the dispatch shape.
    auto nl = prefix.find('\n');
    if (nl != std::string_view::npos && nl < 400) {
        std::string_view after = prefix.substr(nl + 1);
        if (after.starts_with("\n") || after.starts_with("\r\n")) return 60;
    }
    return 30;
}

}  // namespace wirekit
