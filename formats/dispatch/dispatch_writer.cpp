#include "dispatch/dispatch_writer.hpp"

#include <charconv>

#include "dateline/byline.hpp"
#include "dateline/dateline.hpp"
#include "dispatch/dispatch_extensions.hpp"
#include "report/lossy.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// When the source did not say what separates dateline and lead.
constexpr std::string_view default_separator = " - ";

// Greedy wrap at WIDTH code points; words longer than WIDTH stand alone.
std::string wrap_text(std::string_view text, int width) {
    if (width <= 0) return std::string(text);
    std::string out;
    std::size_t line_length = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t space = text.find(' ', pos);
        std::string_view word = text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        std::size_t length = utf8_length(word);
        if (line_length > 0 && line_length + 1 + length > static_cast<std::size_t>(width)) {
            out += '\n';
            line_length = 0;
        } else if (line_length > 0) {
            out += ' ';
            ++line_length;
        }
        out += word;
        line_length += length;
    }
    return out;
}

std::size_t lead_index(const Article& a, std::size_t paragraphs) {
    const std::string* v = find_extension(a.extensions, "dispatch", dispatch_ext::lead_index);
    std::size_t index = 0;
    if (v) std::from_chars(v->data(), v->data() + v->size(), index);
    return index < paragraphs ? index : 0;
}

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

// The byline as printed when a reader will know it for one; otherwise the
// byline or the authors' names after "By", so that it reads back as a byline;
// empty when not even that would (it would read back as the lead).
std::string byline_block(const Article& a) {
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

// A dateline goes into the lead only in a form the dispatch reader knows
// again; any other would read back as the first words of the lead.
bool reads_back_as_dateline(const std::string& lead, const Dateline& dateline) {
    auto match = parse_dateline(lead, std::nullopt);
    return match && match->dateline.text == dateline.text;
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
    if (std::string byline = byline_block(a); !byline.empty())
        blocks.push_back(byline);
    else if (!a.byline.empty() || !a.authors.empty())
        opts.diag->note({}, "article " + std::to_string(number) + ": the byline is not in a form a dispatch reader recognises; left out");
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    std::size_t lead = lead_index(a, paragraphs.size());
    if (!a.dateline.text.empty()) {
        const std::string* sep = find_extension(a.extensions, "dispatch", dispatch_ext::dateline_separator);
        std::string opening = a.dateline.text + (sep ? *sep : std::string(default_separator));
        std::string lead_text = paragraphs.empty() ? std::string(trim_right(opening)) : opening + paragraphs[lead];
        if (!reads_back_as_dateline(lead_text, a.dateline))
            opts.diag->note({}, "article " + std::to_string(number) + ": dateline '" + a.dateline.text +
                                    "' is not in a form a dispatch reader recognises; left out");
        else if (paragraphs.empty())
            paragraphs.push_back(lead_text);
        else
            paragraphs[lead] = lead_text;
    }
    for (auto& p : paragraphs) blocks.push_back(wrap_text(p, opts.wrap));
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
