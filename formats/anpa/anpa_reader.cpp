#include "anpa/anpa_reader.hpp"

#include <algorithm>
#include <list>

#include "anpa/anpa_caret.hpp"
#include "anpa/anpa_fields.hpp"
#include "anpa/anpa_header.hpp"
#include "anpa/anpa_table.hpp"
#include "story/story_body.hpp"
#include "text/text.hpp"
#include "wire/wire_frames.hpp"
#include "wire/wire_sniff.hpp"
#include "wire/wire_text.hpp"
#include "wire/wire_time.hpp"

namespace wirekit {

namespace {

bool is_indented(std::string_view line) { return line.starts_with(' ') || line.starts_with('\t'); }

// A ";" cell row of a weather or results table: "Amsterdam;42;50;rn;0.08".
bool is_semicolon_row(std::string_view line) {
    std::size_t n = 0;
    for (char c : line) n += c == ';';
    return n >= 2;
}

// The body lines after the caret block: TAB paragraphs (a line holding one
// space between them), tables kept as printed.
struct BodyReader {
    std::vector<TextParagraph> paragraphs;
    // What the paragraphs' lines point into: the rows of each table, the prose runs.
    std::list<std::vector<std::string>> tables;
    std::list<std::string> prose_runs;
    std::string prose;
    std::size_t prose_line = 0;
    std::size_t block = 0;

    void flush_prose() {
        if (prose.empty()) return;
        prose_runs.push_back(std::move(prose));
        for (auto& p : split_story_paragraphs(prose_runs.back())) {
            p.block += block;
            p.line += prose_line - 1;
            paragraphs.push_back(std::move(p));
        }
        block = paragraphs.empty() ? block : paragraphs.back().block + 1;
        prose.clear();
    }
    void table(std::vector<std::string> rows, std::size_t line) {
        flush_prose();
        TextParagraph p;
        p.preformatted = true;
        p.block = block++;
        p.line = line;
        tables.push_back(std::move(rows));
        paragraphs.push_back(std::move(p));
    }
    void text_line(std::string line, std::size_t number) {
        if (prose.empty()) prose_line = number;
        prose += line;
        prose += '\n';
    }
};

// Points each preformatted paragraph's lines at its rows (kept alive by READER).
void attach_tables(BodyReader& reader) {
    auto table = reader.tables.begin();
    for (auto& p : reader.paragraphs)
        if (p.preformatted) {
            p.lines.assign(table->begin(), table->end());
            ++table;
        }
}

void read_body(const std::vector<std::string_view>& lines, std::size_t from, std::size_t first_line,
               std::vector<std::string> headings, bool tabular, BodyReader& reader) {
    if (!headings.empty()) reader.table(std::move(headings), first_line);
    std::vector<std::string_view> agate;
    std::vector<std::string> semicolon_rows;
    auto flush_tables = [&](std::size_t number) {
        if (!agate.empty()) reader.table(agate_rows_as_text(agate), number);
        if (!semicolon_rows.empty()) reader.table(std::move(semicolon_rows), number);
        agate.clear();
        semicolon_rows.clear();
    };
    for (std::size_t i = from; i < lines.size(); ++i) {
        std::string_view raw = lines[i];
        std::size_t number = first_line + i;
        if (is_agate_row(raw)) {
            agate.push_back(raw);
            continue;
        }
        std::string cleaned = without_wire_controls(raw);
        std::string_view text = without_quad_marks(cleaned);
        bool caret = trim(text).starts_with('^');
        std::string_view content = trim(text);
        if (caret) content = trim(content.substr(1));
        if (content == "END") continue;
        if (!caret && is_semicolon_row(content)) {
            if (!agate.empty()) flush_tables(number);
            semicolon_rows.emplace_back(content);
            continue;
        }
        flush_tables(number);
        // In a table a rule only separates sections; in a story it opens notes.
        if (tabular && content == "___") {
            reader.text_line("", number);
            continue;
        }
        // A caret line inside the body is a heading ("^Saturday's Games="): a
        // paragraph of its own. Paragraphs open with a TAB (AP) or spaces
        // (Kyodo, whose sign-off "==Kyodo" stands flush left like the lines its
        // paragraphs wrap onto).
        std::string line = from_ap_typography(content);
        bool own_paragraph = caret || is_indented(raw) || content.starts_with("==");
        reader.text_line(own_paragraph ? "    " + line : line, number);
    }
    flush_tables(first_line + lines.size());
    reader.flush_prose();
    attach_tables(reader);
}

// Kyodo and Reuters send no caret lines: the slug line "BC-..." (Kyodo) and
// the headline (Kyodo's ending in "+") stand flush left above paragraphs
// indented by spaces. Returns them as caret lines would be, and moves I past
// them; nothing when no indented paragraph follows (then the flush-left lines
// are the story).
std::vector<std::string_view> flush_left_head(const std::vector<std::string_view>& lines, std::size_t& i) {
    constexpr std::size_t max_head_lines = 4;
    std::vector<std::string_view> head;
    std::size_t k = i;
    for (; k < lines.size() && head.size() < max_head_lines; ++k) {
        std::string_view line = trim(lines[k]);
        if (line.empty() || is_indented(lines[k])) break;
        if (line.ends_with('+')) line = trim_right(line.substr(0, line.size() - 1));
        head.push_back(line);
    }
    if (head.empty() || k >= lines.size() || !is_indented(lines[k]) || trim(lines[k]).empty()) return {};
    i = k;
    return head;
}

void read_stamp(std::string_view end, Article& a, const ReadOptions& opts) {
    std::string cleaned = without_wire_controls(end);
    std::string_view line = without_quad_marks(trim(std::string_view(cleaned).substr(0, cleaned.find('\n'))));
    auto stamp = read_anpa_stamp(line, opts.reference_date);
    if (!stamp) {
        if (!line.empty()) opts.diag->note(opts.source, "unknown transmission stamp '" + std::string(line) + "'");
        return;
    }
    std::string_view sender = stamp->sender;
    set_extension(a.extensions, anpa::format_id, anpa::stamp_sender, std::string(sender));
    if (std::size_t dash = sender.find('-'); dash != std::string_view::npos && dash > 0) a.provider = std::string(sender.substr(0, dash));
    auto when = stamp->when;
    a.version_created = when;
    if (!a.first_created) a.first_created = when;
}

Article read_message(const WireMessage& m, const ReadOptions& opts) {
    Article a;
    if (!read_anpa_header(m.header, a))
        opts.diag->warning(opts.source, "ANPA header line 2 (priority, category, keyword) missing", m.line);
    std::vector<std::string_view> lines = split_lines(m.text);
    std::vector<std::string_view> carets;
    std::size_t i = 0;
    for (; i < lines.size() && trim_left(lines[i]).starts_with('^'); ++i) carets.push_back(trim_left(lines[i]).substr(1));
    const bool flush_left = carets.empty() && !(carets = flush_left_head(lines, i)).empty();
    // The format identifier is a hint only: Kyodo marks its prose DC4 DC2 (a table).
    const bool tabular = anpa_is_tabular(a) && !flush_left;
    CaretLines block = read_caret_lines(carets, tabular, a);
    std::size_t text_line = m.line + static_cast<std::size_t>(std::count(m.header.begin(), m.header.end(), '\n'));
    BodyReader body;
    read_body(lines, i, text_line, std::move(block.unplaced), tabular, body);
    read_stamp(m.end, a, opts);
    std::size_t lead = read_story_body(std::move(body.paragraphs), a, anpa::format_id, text_line, dated_by_transmission(opts, a));
    if (a.headline.empty() && a.body.size() == 1) {
        // A news alert has no headline line: its one paragraph is the news.
        a.headline = a.body.front().inlines.front().text;
        opts.diag->note(opts.source, "no headline line: the one paragraph is the headline (an alert)", m.line);
    } else if (a.headline.empty() && !a.slugline.empty()) {
        a.headline = a.slugline;
        opts.diag->note(opts.source, "no headline line: the slug is the headline", m.line);
    }
    // The slug line's count is the one AP keeps in step with the text (line 2's is not).
    check_word_count(a, find_extension(a.extensions, anpa::format_id, anpa::slug_words), m.line, opts);
    finish_story(a, lead, m.line, opts);
    return a;
}

}  // namespace

Document read_anpa(std::string_view bytes, const ReadOptions& opts) {
    return read_wire_messages(bytes, opts, "ANPA-1312", read_message);
}

int sniff_anpa(std::string_view prefix) { return wire_sniff_score(prefix, WireFraming::anpa); }

}  // namespace wirekit
