#include "iptc7901/iptc7901_reader.hpp"

#include <algorithm>

#include "dateline/byline.hpp"
#include "iptc7901/iptc7901_fields.hpp"
#include "iptc7901/iptc7901_header.hpp"
#include "story/story_body.hpp"
#include "story/story_trailer.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "wire/wire_frames.hpp"
#include "wire/wire_sniff.hpp"
#include "wire/wire_text.hpp"
#include "wire/wire_time.hpp"

namespace wirekit {

namespace {

// The headline block ends at a line ending in "=" within this many lines.
constexpr std::size_t max_headline_block = 6;

constexpr std::string_view publication_notices[] = {"not for publication", "not intended for publication",
                                                    "nicht zur veröffentlichung", "nicht für die veröffentlichung"};

struct Label {
    std::string_view word;  // lower case
    std::string_view signal;
    int urgency;  // 0: leaves it
};
constexpr Label labels[] = {{"blitz", "", 1},          {"flash", "", 1},         {"eil", "", 2},
                            {"urgent", "", 2},         {"berichtigung", "sig:correction", 0},
                            {"correction", "sig:correction", 0}, {"korrektur", "sig:correction", 0},
                            {"aktualisierung", "sig:update", 0}, {"update", "sig:update", 0}};

std::string lower(std::string_view s) { return to_lower_ascii(s); }

bool has_lower_case(std::string_view s) {
    for (char c : s)
        if (c >= 'a' && c <= 'z') return true;
    return false;
}

// "EXTRA", "REFILE", "1ST LEAD", "(Achtung)", "(Eil)", "(Berichtigung: ...)".
// Labels are short; a headline wrapped onto two lines is not.
constexpr std::size_t max_label_length = 24;

bool is_take_label(std::string_view s) {
    return (s.starts_with('(') && s.ends_with(')')) || !has_lower_case(s) || (s.size() <= max_label_length && word_count(s) <= 3);
}

void apply_label(std::string_view label, Article& a) {
    std::string l = lower(label);
    for (const Label& known : labels) {
        if (l.find(known.word) == std::string::npos) continue;
        if (!known.signal.empty() && std::find(a.signals.begin(), a.signals.end(), known.signal) == a.signals.end())
            a.signals.emplace_back(known.signal);
        if (known.urgency && (!a.urgency || *a.urgency > known.urgency)) a.urgency = known.urgency;
    }
}

std::string_view without_block_end(std::string_view line) {
    line = trim(line);
    if (line.ends_with('=')) line = trim_right(line.substr(0, line.size() - 1));
    return line;
}

// The headline block: labels, the headline (maybe wrapped), a byline. Returns
// the index of the first line after it.
std::size_t read_headline_block(const std::vector<std::string>& lines, Article& a) {
    std::size_t end = 0;
    while (end < lines.size() && trim(lines[end]).empty()) ++end;
    std::size_t first = end;
    std::size_t close = std::string::npos;
    for (std::size_t i = first; i < lines.size() && i < first + max_headline_block; ++i) {
        if (trim(lines[i]).empty()) break;
        if (trim(lines[i]).ends_with('=')) {
            close = i;
            break;
        }
    }
    std::size_t last = close == std::string::npos ? first : close;
    std::vector<std::string_view> block;
    for (std::size_t i = first; i <= last && i < lines.size(); ++i) block.push_back(without_block_end(lines[i]));
    std::erase_if(block, [](std::string_view s) { return s.empty(); });
    if (block.size() > 1 && is_byline(block.back())) {
        a.byline = std::string(block.back());
        for (auto& name : byline_names(block.back())) a.authors.push_back({name, "author", {}, {}});
        block.pop_back();
    }
    // Labels come first; the headline is what remains (at least one line).
    std::size_t k = 0;
    for (; k + 1 < block.size() && is_take_label(block[k]); ++k) {
        a.take_key += (a.take_key.empty() ? "" : " ") + std::string(block[k]);
        apply_label(block[k], a);
    }
    for (; k < block.size(); ++k) a.headline += (a.headline.empty() ? "" : " ") + std::string(block[k]);
    return last + 1;
}

bool is_publication_notice(std::string_view line) {
    for (auto n : publication_notices)
        if (contains_ci(line, n)) return true;
    return false;
}

// "- [DOD news](http://dpaq.de/3UXnb)": a dpa notebook's link.
void take_markdown_link(std::string_view line, Article& a) {
    line = trim(line);
    if (!line.starts_with("- [") || !line.ends_with(')')) return;
    std::size_t mid = line.find("](");
    if (mid == std::string_view::npos) return;
    a.links.push_back(link_to("related", std::string(line.substr(mid + 2, line.size() - mid - 3)), std::string(line.substr(3, mid - 3))));
}

std::string joined_lines(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        std::string_view t = trim(lines[i]);
        if (t.empty() && (out.empty() || out.ends_with("\n\n"))) continue;
        out += t;
        out += '\n';
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

Article read_message(const WireMessage& m, const ReadOptions& opts) {
    Article a;
    std::vector<std::string> header_lines, lines;
    for (auto l : split_lines(m.header)) header_lines.push_back(without_wire_controls(l));
    for (auto l : split_lines(m.text)) lines.push_back(without_wire_controls(l, true));
    if (!m.framed) {
        // A relay stripped the controls: header, keyword line and text run together.
        std::size_t i = 0;
        auto skip_blank = [&] {
            while (i < lines.size() && trim(lines[i]).empty()) ++i;
        };
        skip_blank();
        if (i < lines.size() && is_iptc7901_header(lines[i])) {
            header_lines.push_back(lines[i++]);
            skip_blank();
            if (i < lines.size() && trim(lines[i]).ends_with('/')) header_lines.push_back(lines[i++]);
        }
        lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
    }
    std::size_t h = 0;
    while (h < header_lines.size() && trim(header_lines[h]).empty()) ++h;
    if (h == header_lines.size() || !read_iptc7901_header(header_lines[h], a))
        opts.diag->warning(opts.source, "no IPTC 7901 header line (source+number priority category words)", m.line);
    for (std::size_t k = h + 1; k < header_lines.size(); ++k) {
        std::string_view keyword_line = trim(header_lines[k]);
        if (keyword_line.empty()) continue;
        std::string_view slug = keyword_line;
        while (slug.ends_with('/')) slug.remove_suffix(1);
        while (slug.starts_with('/')) slug.remove_prefix(1);
        a.slugline = std::string(slug);
        for (std::string_view keyword : split_list(slug, "/")) a.keywords.emplace_back(keyword);
        break;
    }
    std::size_t body_from = read_headline_block(lines, a);
    // From the end: the sign-off, then the notes that are not for publication.
    std::size_t end = lines.size();
    while (end > body_from && trim(lines[end - 1]).empty()) --end;
    // Without ETX the end line is the text's last line.
    std::string unframed_end;
    if (!m.framed && end > body_from && iptc7901_end_time(lines[end - 1], opts.reference_date)) {
        unframed_end = lines[--end];
        while (end > body_from && trim(lines[end - 1]).empty()) --end;
    }
    std::string sign_off;
    if (end > body_from && is_sign_off(trim(lines[end - 1]))) sign_off = std::string(trim(lines[--end]));
    std::size_t notes = end;
    for (std::size_t i = body_from; i < end; ++i) {
        if (!is_publication_notice(lines[i])) continue;
        notes = i;
        if (i > body_from && trim(lines[i - 1]) == "* * * *") notes = i - 1;
        a.editor_note = joined_lines(lines, i + 1, end);
        break;
    }
    if (notes == end)
        for (std::size_t i = body_from; i < end; ++i)
            if (trim(lines[i]) == "* * * *") {
                notes = i;
                a.editor_note = joined_lines(lines, i + 1, end);
                break;
            }
    for (std::size_t i = body_from; i < end; ++i) take_markdown_link(lines[i], a);
    std::string text;
    for (std::size_t i = body_from; i < notes; ++i) text += lines[i] + '\n';
    std::size_t text_line = m.line + header_lines.size() + body_from;
    std::string end_line = without_wire_controls(m.end);
    if (end_line.find_first_not_of(" \n") == std::string::npos && !unframed_end.empty()) end_line = unframed_end;
    if (auto when = iptc7901_end_time(trim(std::string_view(end_line).substr(0, end_line.find('\n'))), opts.reference_date)) {
        a.version_created = when;
        a.first_created = when;
    } else if (!trim(end_line).empty()) {
        opts.diag->note(opts.source, "unknown end line '" + std::string(trim(end_line)) + "'", m.line);
    }
    std::size_t lead = read_story_body(split_story_paragraphs(text, true), a, iptc7901::format_id, text_line,
                                       dated_by_transmission(opts, a));
    if (!sign_off.empty()) a.trailer += (a.trailer.empty() ? "" : "\n\n") + sign_off;
    check_word_count(a, find_extension(a.extensions, iptc7901::format_id, iptc7901::word_count), m.line, opts);
    finish_story(a, lead, m.line, opts);
    return a;
}

}  // namespace

Document read_iptc7901(std::string_view bytes, const ReadOptions& opts) {
    return read_wire_messages(bytes, opts, "IPTC 7901", read_message);
}

int sniff_iptc7901(std::string_view prefix) { return wire_sniff_score(prefix, WireFraming::iptc7901); }

}  // namespace wirekit
