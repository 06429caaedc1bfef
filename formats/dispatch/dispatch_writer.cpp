#include "dispatch/dispatch_writer.hpp"

#include <charconv>

#include "core/body_text.hpp"
#include "core/lossy.hpp"
#include "core/text.hpp"
#include "dispatch/dispatch_extensions.hpp"

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

void write_article(const Article& a, const WriteOptions& opts, std::string& out) {
    std::vector<std::string> blocks;
    blocks.push_back(one_line(a.headline));
    if (!a.byline.empty()) blocks.push_back(a.byline);
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    std::size_t lead = lead_index(a, paragraphs.size());
    if (!a.dateline.text.empty()) {
        const std::string* sep = find_extension(a.extensions, "dispatch", dispatch_ext::dateline_separator);
        std::string opening = a.dateline.text + (sep ? *sep : std::string(default_separator));
        if (paragraphs.empty()) paragraphs.push_back(std::string(trim_right(opening)));
        else paragraphs[lead].insert(0, opening);
    }
    for (auto& p : paragraphs) blocks.push_back(wrap_text(p, opts.wrap));
    if (!a.trailer.empty()) blocks.push_back(a.trailer);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) out += "\n\n";
        out += blocks[i];
    }
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
        write_article(doc.articles[i], opts, out);
    }
    return out;
}

}  // namespace wirekit
