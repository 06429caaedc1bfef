#include "story/story_body.hpp"

#include "dateline/byline.hpp"
#include "dateline/dateline.hpp"
#include "ids/uuid.hpp"
#include "story/story_trailer.hpp"
#include "text/language_guess.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// A dateline stands in the lead; captions, notes and a byline may come first,
// but not more than this many paragraphs.
constexpr std::size_t dateline_search_window = 6;

Block text_block(Block::Kind kind, std::string text) {
    Block b;
    b.kind = kind;
    b.inlines.push_back(Inline{Inline::Kind::text, std::move(text), {}, {}});
    return b;
}

Block body_block(TextParagraph& p) {
    if (!p.preformatted) return text_block(Block::Kind::paragraph, std::move(p.text));
    std::string lines;
    for (auto line : p.lines) lines += (lines.empty() ? "" : "\n") + std::string(line);
    return text_block(Block::Kind::preformatted, std::move(lines));
}

void take_dateline(Article& a, const DatelineMatch& m, std::string_view format) {
    a.dateline = m.dateline;
    // A credit line of its own (Canadian Press's) stays; the dateline's credit fills in.
    if (a.creditline.empty()) a.creditline = m.dateline.credit;
    a.sources = split_credit_sources(m.dateline.credit);
    a.located.name = place_name(m.dateline.place);
    if (!m.dateline.region.empty()) a.located.broader.push_back({place_name(m.dateline.region), {}, {}});
    set_extension(a.extensions, format, lead_key::dateline_separator, m.separator);
}

void take_byline(Article& a, const TextParagraph& p) {
    for (auto line : p.lines) a.byline += (a.byline.empty() ? "" : "\n") + std::string(line);
    for (auto& name : byline_names(p.lines.front())) a.authors.push_back({name, "author", {}, {}});
}

}  // namespace

std::size_t read_story_body(std::vector<TextParagraph> paragraphs, Article& a, std::string_view format, std::size_t first_line,
                     const ReadOptions& opts) {
    std::vector<TextParagraph> body;
    body.reserve(paragraphs.size());
    std::size_t lead = std::string::npos;
    for (std::size_t i = 0, looked = 0; i < paragraphs.size(); ++i) {
        TextParagraph& p = paragraphs[i];
        if (lead == std::string::npos && looked < dateline_search_window && !p.preformatted) {
            if (a.byline.empty() && p.lines.size() <= 3 && is_byline(p.lines.front())) {
                take_byline(a, p);
                continue;
            }
            ++looked;
            if (auto m = parse_dateline(p.text, opts.reference_date)) {
                take_dateline(a, *m, format);
                p.text.erase(0, m->length);
                lead = body.size();
                if (opts.diag->keeps_notes())
                    opts.diag->note(opts.source, "dateline '" + m->dateline.text + "'", first_line + p.line - 1);
            }
        }
        body.push_back(std::move(p));
    }
    if (lead == std::string::npos) opts.diag->note(opts.source, "no dateline found", first_line);
    else if (lead > 0) set_extension(a.extensions, format, lead_key::lead_index, std::to_string(lead));

    std::size_t from = lead == std::string::npos ? 0 : lead;
    TrailerSplit t = find_trailer(body, from + 1);
    if (t.glued_at != std::string::npos) {
        std::string& last = body[t.first - 1].text;
        a.trailer = std::string(trim(std::string_view(last).substr(t.glued_at)));
        last = std::string(trim_right(std::string_view(last).substr(0, t.glued_at)));
    }
    if (t.first < body.size()) a.trailer += (a.trailer.empty() ? "" : "\n\n") + trailer_text(body, t.first);
    a.body.reserve(a.body.size() + t.first);
    for (std::size_t k = 0; k < t.first; ++k) a.body.push_back(body_block(body[k]));
    return from;
}

void finish_story(Article& a, std::size_t lead, std::size_t first_line, const ReadOptions& opts) {
    a.language = opts.language;
    if (a.language.empty()) {
        std::string sample = a.headline;
        for (const auto& b : a.body) {
            if (sample.size() > 4000) break;
            sample += '\n';
            sample += b.inlines.front().text;
        }
        a.language = guess_language(sample);
        if (opts.diag->keeps_notes())
            opts.diag->note(opts.source, a.language.empty() ? "language unknown (give --lang)" : "language guessed: " + a.language,
                            first_line);
    }
    if (a.id.empty()) {
        std::string_view lead_text = lead < a.body.size() ? std::string_view(a.body[lead].inlines.front().text) : std::string_view();
        a.id = content_uuid({a.headline, a.dateline.text, lead_text});
    }
    if (a.type.empty()) a.type = "text";
}

}  // namespace wirekit
