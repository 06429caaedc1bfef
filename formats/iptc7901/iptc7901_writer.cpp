#include "iptc7901/iptc7901_writer.hpp"

#include <cstdio>

#include "iptc7901/iptc7901_fields.hpp"
#include "dateline/byline.hpp"
#include "report/lossy.hpp"
#include "story/story_lead.hpp"
#include "story/story_trailer.hpp"
#include "text/body_text.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"
#include "wire/wire_text.hpp"
#include "wire/wire_time.hpp"

namespace wirekit {

namespace {

constexpr std::string_view crlf = "\r\n";
// dpa wraps its copy at about 70 columns; table rows start with a TAB.
constexpr int wrap_width = 69;
constexpr std::string_view notice = "The following information is not for publication";

std::string iptc7901_ext(const Article& a, std::string_view key, std::string_view fallback = {}) {
    const std::string* v = find_extension(a.extensions, iptc7901::format_id, key);
    return v ? *v : std::string(fallback);
}

std::string category(const Article& a) {
    for (const auto& s : a.subjects)
        if (s.scheme == iptc7901::category_scheme && !s.code.empty() && s.code.size() <= 3) return s.code;
    for (const auto& s : a.subjects)
        if (s.scheme == "anpa-category" && s.code.size() == 1) return s.code;
    return "i";
}

void line(std::string& out, std::string_view text) {
    out += text;
    out += crlf;
}

std::string header_line(const Article& a, std::size_t number, std::size_t words) {
    char seq[8];
    std::snprintf(seq, sizeof seq, "%03zu", number % 1000);
    int priority = a.urgency ? std::clamp(*a.urgency, 1, 6) : 4;
    std::string out = iptc7901_ext(a, iptc7901::source_id, "wkx") + iptc7901_ext(a, iptc7901::sequence, seq) + ' ' + std::to_string(priority) +
                      ' ' + category(a) + ' ' + iptc7901_ext(a, iptc7901::word_count, std::to_string(words));
    std::string selector = iptc7901_ext(a, iptc7901::selector);
    if (!selector.empty()) out += ' ' + selector;
    std::string agency = wire_line(a.provider);
    if (!agency.empty() && agency.find(' ') == std::string::npos) {
        out += "   " + agency;
        if (std::string n = iptc7901_ext(a, iptc7901::agency_number); !n.empty()) out += ' ' + n;
    }
    return out;
}

// The trailer without its final sign-off, and the sign-off.
std::pair<std::string, std::string> split_sign_off(std::string_view trailer) {
    std::size_t gap = trailer.rfind("\n\n");
    std::string_view last = gap == std::string_view::npos ? trailer : trailer.substr(gap + 2);
    if (!is_sign_off(trim(last))) return {std::string(trailer), {}};
    return {gap == std::string_view::npos ? std::string() : std::string(trailer.substr(0, gap)), std::string(trim(last))};
}

void write_message(const Article& a, std::size_t number, const WriteOptions& opts, std::string& out) {
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    out += '\x01';
    line(out, header_line(a, number, paragraph_words(paragraphs)));
    out += '\n';
    if (!a.slugline.empty() || !a.keywords.empty()) {
        std::string slug = wire_line(a.slugline);
        if (slug.empty())
            for (const auto& k : a.keywords) slug += (slug.empty() ? "" : "/") + wire_line(k);
        line(out, slug + "/");
    }
    out += '\x02';
    if (!a.take_key.empty()) out += wire_line(a.take_key) + "\n";
    const std::string printed = byline_as_printed(a);
    std::string byline = wire_line(printed.substr(0, printed.find('\n')));
    // The headline block needs a headline, or a byline would read back as one.
    std::string headline = wire_line(a.headline.empty() ? a.summary : a.headline);
    if (headline.empty()) headline = "(no headline)";
    if (byline.empty()) {
        line(out, headline + " =");
    } else {
        out += headline + "\n";
        line(out, byline + " =");
    }
    std::size_t lead = lead_paragraph(a, iptc7901::format_id, paragraphs.size());
    if (!a.dateline.text.empty() && !put_dateline(paragraphs, lead, a.dateline, dateline_separator(a, iptc7901::format_id, " - ")))
        opts.diag->note({}, "article " + std::to_string(number) + ": dateline '" + a.dateline.text +
                                "' is not in a form the iptc7901 reader recognises; left out");
    std::size_t p = 0;
    for (const Block& b : a.body) {
        out += '\n';
        if (b.kind == Block::Kind::preformatted) {
            // Tables keep their lines and columns.
            for (const std::string& l : preformatted_lines(b)) line(out, "\t" + without_wire_controls(l)), ++p;
            continue;
        }
        for (std::size_t n = block_paragraphs({b}).size(); n > 0 && p < paragraphs.size(); --n, ++p) {
            const std::string wrapped = wrap_words("   " + wire_line(paragraphs[p]), wrap_width);
            for (std::string_view l : split_lines(wrapped)) line(out, l);
        }
    }
    if (a.body.empty())
        for (; p < paragraphs.size(); ++p) line(out, "   " + wire_line(paragraphs[p]));
    auto [trailer, sign_off] = split_sign_off(a.trailer);
    for (std::string_view l : split_lines(trailer)) {
        if (trim(l).empty()) out += '\n';
        else line(out, without_wire_controls(l));
    }
    if (!a.editor_note.empty()) {
        out += '\n';
        line(out, "* * * *");
        line(out, notice);
        for (std::string_view l : split_lines(a.editor_note)) line(out, without_wire_controls(l));
    }
    if (!sign_off.empty()) {
        out += '\n';
        line(out, sign_off);
    }
    DateTime when = transmission_time(a, opts.now);
    out += std::string(crlf) + "\x03" + iptc7901_end_line(when) + std::string(crlf) + "\x7F\n\x7F\x04";
}

}  // namespace

// What a 7901 message carries (README.md has the layout).
const std::vector<std::string_view> iptc7901_kept_fields = {
    "type",     "headline",  "take_key", "slugline", "byline",   "body",     "trailer",  "dateline",      "located",
    "creditline", "sources", "provider", "authors",  "first_created", "version_created", "language", "urgency", "priority",
    "signals",  "editor_note", "subjects", "keywords", "links",   "extensions"};

std::string write_iptc7901(const Document& doc, const WriteOptions& opts) {
    note_dropped_fields(doc, "iptc7901", iptc7901_kept_fields, *opts.diag);
    std::string utf8;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) write_message(doc.articles[i], i + 1, opts, utf8);
    // UTF-8 as dpa's current converter writes; +latin1 for systems of 8-bit copy.
    if (!opts.has_variant(latin1_variant.name)) return utf8;
    auto latin1 = convert_from_utf8(utf8, "ISO-8859-1");
    if (latin1->lost > 0)
        opts.diag->warning({}, std::to_string(latin1->lost) +
                                   " characters have no ISO 8859-1 equivalent in IPTC 7901 and were written as '?'");
    else if (latin1->transliterated > 0)
        opts.diag->note({}, std::to_string(latin1->transliterated) + " characters outside ISO 8859-1 were transliterated");
    return latin1->bytes;
}

}  // namespace wirekit
