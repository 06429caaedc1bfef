#include "dispatch/dispatch_writer.hpp"


#include "dateline/byline.hpp"
#include "dateline/lead_keys.hpp"
#include "story/story_lead.hpp"
#include "report/lossy.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// When the source did not say what separates dateline and lead.
constexpr std::string_view default_separator = " - ";

// Newlines would end the headline early; a dispatch headline is one line.
std::string one_line(std::string_view s) { return collapse_spaces(s); }

// The first line of a dispatch is its headline, so an article without one
// gets its summary there, else a placeholder: a blank first line would make
// the lead the headline, or merge the story into the one before.
std::string headline_line(const Article& a, std::size_t number, Diagnostics& diag) {
    if (!a.headline.empty()) return one_line(a.headline);
    std::string line = one_line(a.summary);
    if (line.empty()) line = "(no headline)";
    diag.note({}, "article " + std::to_string(number) + " has no headline; its first line is '" + line + "'");
    return line;
}

// Control characters other than tab and newline have no place in a text
// dispatch (a form feed separates stories; the reader refuses the others).
std::size_t drop_control_characters(std::string& text) {
    auto is_control = [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f; };
    std::size_t before = text.size();
    std::erase_if(text, is_control);
    return before - text.size();
}

void write_article(const Article& a, std::size_t number, const WriteOptions& opts, std::string& out) {
    std::vector<std::string> blocks;
    blocks.push_back(headline_line(a, number, *opts.diag));
    if (std::string byline = byline_as_printed(a); !byline.empty())
        blocks.push_back(byline);
    else if (!a.byline.empty() || !a.authors.empty())
        opts.diag->note({}, "article " + std::to_string(number) + ": the byline is not in a form a dispatch reader recognises; left out");
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    std::size_t lead = lead_paragraph(a, "dispatch", paragraphs.size());
    if (!a.dateline.text.empty()) {
        if (!put_dateline(paragraphs, lead, a.dateline, dateline_separator(a, "dispatch", default_separator)))
            opts.diag->note({}, "article " + std::to_string(number) + ": dateline '" + a.dateline.text +
                                    "' is not in a form a dispatch reader recognises; left out");
    }
    for (auto& p : paragraphs) blocks.push_back(wrap_words(p, opts.wrap));
    if (!a.trailer.empty()) blocks.push_back(a.trailer);
    std::string text;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) text += "\n\n";
        text += blocks[i];
    }
    if (std::size_t dropped = drop_control_characters(text))
        opts.diag->note({}, "article " + std::to_string(number) + ": " + std::to_string(dropped) + " control characters left out");
    out += text;
    out += '\n';
}

}  // namespace

// What a dispatch carries, or what its reader derives again from the text.
const std::vector<std::string_view> kept_fields = {"type", "headline", "byline", "body", "trailer", "dateline", "located",
                                                   "creditline", "sources", "authors", "language", "extensions"};

std::string write_dispatch(const Document& doc, const WriteOptions& opts) {
    note_dropped_fields(doc, "dispatch", kept_fields, *opts.diag);
    std::string out;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
        if (i > 0) out += "\f\n";
        write_article(doc.articles[i], i + 1, opts, out);
    }
    return out;
}

}  // namespace wirekit
