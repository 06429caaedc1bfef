#include "anpa/anpa_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "anpa/anpa_caret.hpp"
#include "anpa/anpa_fields.hpp"
#include "anpa/anpa_header.hpp"
#include "dateline/byline.hpp"
#include "dateline/lead_keys.hpp"
#include "report/lossy.hpp"
#include "story/story_lead.hpp"
#include "text/body_text.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"
#include "wire/wire_priority.hpp"
#include "wire/wire_text.hpp"
#include "wire/wire_time.hpp"

namespace wirekit {

namespace {

constexpr std::string_view crlf = "\r\n";
constexpr std::size_t keyword_length = 24;

std::string anpa_ext(const Article& a, std::string_view key, std::string_view fallback = {}) {
    const std::string* v = find_extension(a.extensions, anpa::format_id, key);
    return v ? *v : std::string(fallback);
}

char category_letter(const Article& a) {
    for (const auto& s : a.subjects)
        if ((s.scheme == anpa::category_scheme || s.scheme == "iptc7901-category") && s.code.size() == 1 && is_ascii_alpha(s.code[0]))
            return s.code[0];
    return 'a';
}

// Whether A was read from ANPA-1312 (its header fields are extensions then).
bool from_anpa(const Article& a) { return find_extension(a.extensions, anpa::format_id, anpa::keyword) != nullptr; }

// The two-byte format identifier; none for a message that came without one (Reuters').
std::string format_bytes(const Article& a) {
    if (from_anpa(a) && !find_extension(a.extensions, anpa::format_id, anpa::format_code)) return {};
    std::string f = anpa_ext(a, anpa::format_code, "text");
    std::string out;
    out += f == "table" || f == "agate-text" ? '\x14' : '\x13';
    out += f == "table" || f == "body-table" ? '\x12' : '\x11';
    return out;
}

std::string full_slug(const Article& a) {
    std::string desk = anpa_ext(a, anpa::desk);
    std::string slug = wire_line(a.slugline.empty() ? a.headline : a.slugline);
    return "BC-" + (desk.empty() ? std::string() : desk + "--") + slug;
}

std::string keyword(const Article& a) {
    std::string k = anpa_ext(a, anpa::keyword);
    if (!k.empty()) return k;
    for (char c : full_slug(a))
        if (c != ' ') k += c;
    return k.substr(0, keyword_length);
}


std::string month_day(const std::optional<DateTime>& when) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d-%02d", when->month, when->day);
    return buf;
}

std::string header(const Article& a, std::size_t number, std::size_t words, const DateTime& when) {
    char seq[8];
    std::snprintf(seq, sizeof seq, "%04zu", number % 10000);
    std::string out = "\x16\x16\x01" + anpa_ext(a, anpa::service, "a") + anpa_ext(a, anpa::story_number, seq) + anpa_ext(a, anpa::option) +
                      "\x1F" + anpa_ext(a, anpa::selector, "-----") + "\n";
    std::string letter = anpa_ext(a, anpa::priority_letter);
    if (letter.size() != 1 || anpa_priority_urgency(letter[0]) != a.urgency.value_or(4)) letter = std::string(1, anpa_priority_letter(a.urgency));
    out += letter + ' ' + category_letter(a) + format_bytes(a) + ' ' + keyword(a);
    std::string version = anpa_ext(a, anpa::version);
    if (version.empty())
        for (char c : wire_line(a.take_key))
            if (c != ' ') version += c;
    if (!version.empty()) out += ' ' + version;
    if (std::string ref = anpa_ext(a, anpa::reference); !ref.empty()) out += ' ' + ref;
    char count[8];
    std::snprintf(count, sizeof count, "%04zu", words % 10000);
    out += "   " + anpa_ext(a, anpa::filing_date, month_day(when));
    // A message read as ANPA without a count keeps none (AP tables send none).
    if (!from_anpa(a) || find_extension(a.extensions, anpa::format_id, anpa::word_count))
        out += ' ' + anpa_ext(a, anpa::word_count, count);
    out += crlf;
    return out;
}

void caret(std::string& out, std::string_view text, char quad) {
    if (text.empty()) return;
    out += '^';
    out += to_ap_typography(wire_line(text));
    out += quad;
    out += crlf;
}

void paragraph(std::string& out, std::string_view text, bool first) {
    if (!first) out += std::string(" ") + std::string(crlf);
    out += "\t   ";
    out += to_ap_typography(wire_line(text));
    out += crlf;
}

// A preformatted line as an agate row: BS, the first cell, US, then each
// further cell after RS and a space (cells are what runs of spaces separate).
void agate_row(std::string& out, std::string_view line) {
    std::vector<std::string_view> cells;
    std::size_t pos = 0;
    while (pos <= line.size()) {
        std::size_t gap = line.find("  ", pos);
        std::string_view cell = trim(line.substr(pos, gap == std::string_view::npos ? std::string_view::npos : gap - pos));
        if (!cell.empty() || cells.empty()) cells.push_back(cell);
        if (gap == std::string_view::npos) break;
        pos = line.find_first_not_of(' ', gap);
        if (pos == std::string_view::npos) break;
    }
    out += '\x08';
    out += to_ap_typography(wire_line(cells.front()));
    out += '\x1F';
    for (std::size_t i = 1; i < cells.size(); ++i) out += "\x1E " + to_ap_typography(wire_line(cells[i]));
    out += crlf;
}

// The body as printed: each paragraph, and each line of a preformatted block (a row).
struct PrintedBody {
    std::vector<std::string> texts;
    std::vector<bool> rows;
    std::vector<bool> headings;  // a preformatted line without columns: a table's heading
};

PrintedBody printed_body(const Body& body) {
    PrintedBody out;
    for (const Block& b : body) {
        std::vector<std::string> lines = b.kind == Block::Kind::preformatted ? preformatted_lines(b) : std::vector<std::string>{};
        auto has_columns = [](const std::string& line) { return trim(line).find("  ") != std::string_view::npos; };
        // A preformatted block is a table: lines with columns are rows, the
        // others its headings (a line of its own is one); several lines
        // without columns (a team list) are paragraphs.
        if (lines.size() == 1 || std::any_of(lines.begin(), lines.end(), has_columns)) {
            for (const std::string& line : lines) {
                out.texts.push_back(line);
                out.rows.push_back(has_columns(line));
                out.headings.push_back(!has_columns(line));
            }
            continue;
        }
        for (auto& p : block_paragraphs({b})) {
            out.texts.push_back(std::move(p));
            out.rows.push_back(false);
            out.headings.push_back(false);
        }
    }
    return out;
}

void write_message(const Article& a, std::size_t number, const WriteOptions& opts, std::string& out) {
    PrintedBody body = printed_body(a.body);
    std::vector<std::string>& paragraphs = body.texts;
    DateTime when = transmission_time(a, opts.now);
    out += header(a, number, paragraph_words(paragraphs), when);
    out += '\x02';
    std::string slug = full_slug(a);
    if (!a.take_key.empty()) slug += ", " + wire_line(a.take_key);
    if (!from_anpa(a) || find_extension(a.extensions, anpa::format_id, anpa::slug_words))
        slug += "," + anpa_ext(a, anpa::slug_words, std::to_string(paragraph_words(paragraphs)));
    caret(out, slug, '<');
    // A caret line starting with '*' is no headline to a reader: HL: says it is one.
    caret(out, a.headline.starts_with('*') ? "HL: " + a.headline : a.headline, '<');
    // A credit line of its own; the dateline's credit is printed in the dateline.
    if (a.creditline != a.dateline.credit && is_credit_line(a.creditline) && !anpa_is_tabular(a)) caret(out, a.creditline, '<');
    for (auto [key, label] : {std::pair{anpa::index, "INDEX: "}, {anpa::symbol, "SYMBOL: "}})
        if (auto* value = find_extension(a.extensions, anpa::format_id, key)) caret(out, label + *value, '<');
    const std::string photos = anpa_ext(a, anpa::photo_line);
    for (std::string_view line : split_lines(photos)) caret(out, line, '<');
    for (std::string_view line : split_lines(a.editor_note)) caret(out, "Eds: " + std::string(line), '<');
    caret(out, a.summary, '<');
    const std::string byline = byline_as_printed(a);
    caret(out, byline.substr(0, byline.find('\n')), '=');
    if (!a.authors.empty() && a.authors.front().role != "author") caret(out, a.authors.front().role, '=');
    std::size_t lead = lead_paragraph(a, anpa::format_id, paragraphs.size());
    // AP's " _ " unless the message came with a dash of its own (Kyodo's " - ").
    std::string separator = from_anpa(a) ? to_ap_typography(anpa_ext(a, lead_key::dateline_separator, " _ ")) : " _ ";
    if (!a.dateline.text.empty() && !put_dateline(paragraphs, lead, a.dateline, separator))
        opts.diag->note({}, "article " + std::to_string(number) + ": dateline '" + a.dateline.text +
                                "' is not in a form the anpa reader recognises; left out");
    body.rows.resize(paragraphs.size(), false);
    body.headings.resize(paragraphs.size(), false);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (body.rows[i]) agate_row(out, paragraphs[i]);
        else if (body.headings[i]) caret(out, paragraphs[i], '=');
        else paragraph(out, paragraphs[i], i == 0 || body.rows[i - 1] || body.headings[i - 1]);
    }
    for (std::string_view line : split_lines(a.trailer))
        if (!trim(line).empty()) paragraph(out, line, false);
    out += std::string(crlf) + "\t   \x03" + anpa_stamp(anpa_ext(a, anpa::stamp_sender, a.provider.empty() ? "AP-WK" : a.provider + "-WK"), when) +
           "<" + std::string(crlf) + std::string(crlf) + "\f" + std::string(crlf) + "\x04";
}

}  // namespace

// What an ANPA message carries (README.md has the layout).
const std::vector<std::string_view> anpa_kept_fields = {
    "type",     "headline", "take_key", "slugline",  "summary", "byline",      "body",         "trailer",
    "dateline", "located",  "creditline", "sources", "provider", "authors", "first_created", "version_created",
    "language", "urgency",  "priority", "editor_note", "subjects", "extensions"};

std::string write_anpa(const Document& doc, const WriteOptions& opts) {
    note_dropped_fields(doc, "anpa", anpa_kept_fields, *opts.diag);
    std::string utf8;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) write_message(doc.articles[i], i + 1, opts, utf8);
    auto ascii = convert_from_utf8(utf8, "ASCII");
    if (ascii->lost > 0)
        opts.diag->warning({}, std::to_string(ascii->lost) +
                                   (ascii->lost == 1 ? " character has no ASCII equivalent in ANPA-1312 and was"
                                                     : " characters have no ASCII equivalent in ANPA-1312 and were") +
                                   " written as '?'");
    else if (ascii->transliterated > 0)
        opts.diag->note({}, std::to_string(ascii->transliterated) + " characters outside ASCII were transliterated");
    return ascii->bytes;
}

}  // namespace wirekit
