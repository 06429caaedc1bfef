#include "zczc/zczc_reader.hpp"

#include "report/error.hpp"
#include "story/story_body.hpp"
#include "text/text.hpp"
#include "time/datetime_rfc822.hpp"
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

// Whether LINE is a header marker line and not body text. A long "$" or "&"
// line (the broadcast desk's headline and author) counts only when another
// marker line follows it, so a body line "$210 million ..." stays text.
bool is_marker_line(std::string_view line, bool marker_follows) {
    if (line.empty() || markers.find(line[0]) == std::string_view::npos) return false;
    std::string_view value = trim(line.substr(1));
    switch (line[0]) {
        case '$':
        case '&': return value.size() <= max_short_marker || marker_follows;
        case '*': return value.size() <= max_short_marker || is_eight_digits(value);
        case '+': return is_eight_digits(value);
        default: return true;
    }
}

// News Bites tags its fields: "TI#Title", "AB#Abstract", "KY#one, two".
bool is_tagged_line(std::string_view line) {
    return line.size() >= 3 && line[0] >= 'A' && line[0] <= 'Z' && line[1] >= 'A' && line[1] <= 'Z' && line[2] == '#';
}

// The racing system's routing line after the ZCZC line: "YY SYD MEL BNE".
bool is_routing_line(std::string_view line) { return line.starts_with("YY ") || line.starts_with("HH "); }

// The marker lines of one message, by marker, in order.
struct Header {
    std::vector<std::pair<char, std::string>> lines;
    std::vector<std::string> routing;

    std::vector<std::string> all(char marker) const {
        std::vector<std::string> out;
        for (const auto& [m, value] : lines)
            if (m == marker) out.push_back(value);
        return out;
    }
    std::string first(char marker) const {
        for (const auto& [m, value] : lines)
            if (m == marker && !value.empty()) return value;
        return {};
    }
    bool has(char marker) const { return !all(marker).empty(); }
};

// The marker set is the feed's, not the file's (wire README 4.3): the
// broadcast desk writes its headline after "$", Pagemasters after ":" beside a
// "#" keyword, Medianet names its issuer on a ":" line beside "%" selectors.
enum class Variant { aap, medianet, pagemasters, broadcast };

Variant variant_of(const Header& h) {
    for (const auto& value : h.all('$'))
        if (value.size() > max_short_marker) return Variant::broadcast;
    if (h.has('%') && !h.has('^')) return Variant::medianet;
    if (h.has('#') && !h.has('^')) return Variant::pagemasters;
    return Variant::aap;
}

constexpr std::string_view variant_names[] = {"aap", "medianet", "pagemasters", "broadcast"};

void keep(Article& a, std::string_view key, const std::string& value) {
    if (!value.empty()) set_extension(a.extensions, format_id, key, value);
}

void apply_common(const Header& h, Article& a) {
    for (const auto& s : h.all('+')) a.subjects.push_back({"subj", s, {}, {}, {}, {}});
    for (const auto& s : h.all('*'))
        if (is_eight_digits(s)) a.subjects.push_back({"subj", s, {}, {}, {}, {}});
    if (std::string genre = h.first('~'); !genre.empty()) a.genres.push_back({"aap-genre", genre, {}, genre, {}, {}});
    for (const auto& code : h.routing) a.keywords.push_back(code);
}

// "X" (text) or "T" (tabular) from a "*" line; "*04000000" is a subject.
std::string format_code(const Header& h) {
    std::string format;
    for (const auto& value : h.all('*'))
        if (!is_eight_digits(value)) format = value;
    return format;
}

void apply_header(const Header& h, Article& a, const ReadOptions& opts, std::size_t line) {
    Variant v = variant_of(h);
    std::string category = h.first(v == Variant::broadcast ? '%' : '$');
    if (!category.empty() && v != Variant::pagemasters) a.subjects.push_back({"anpa-category", category, {}, {}, {}, {}});
    apply_common(h, a);
    switch (v) {
        case Variant::broadcast:
            a.headline = h.first('$');
            a.slugline = h.first('#');
            a.take_key = h.first(':');
            if (std::string by = h.first('&'); !by.empty()) a.authors.push_back({by, "author", {}, {}});
            keep(a, "format", format_code(h));
            keep(a, "place", h.first('@'));
            break;
        case Variant::pagemasters:
            a.slugline = h.first('#');
            a.headline = h.first(':');
            a.take_key = h.first('@');
            keep(a, "format", format_code(h));
            break;
        case Variant::medianet:
        case Variant::aap: {
            a.take_key = h.first('=');
            a.headline = h.first('^');
            a.slugline = h.first('#');
            std::string colon = h.first(':');
            // Medianet (selectors, no "^" line) puts the issuer where the keyword would be.
            if (v == Variant::medianet && a.headline.empty() && !colon.empty()) {
                a.headline = colon;
                opts.diag->note(opts.source, "press release: the issuer line is the headline", line);
            } else if (a.slugline.empty()) {
                a.slugline = colon;
            }
            keep(a, "service", h.first('&'));
            keep(a, "format", format_code(h));
            keep(a, "place", h.first('@'));
            keep(a, "selectors", h.first('%'));
            break;
        }
    }
    if (v != Variant::aap) keep(a, "feed", std::string(variant_names[static_cast<int>(v)]));
}

// News Bites' tagged fields: title, abstract, keywords, company codes, date,
// source and accession number; tags the model has no place for are kept.
void apply_tagged(const std::vector<std::pair<std::string, std::string>>& tags, Article& a) {
    for (const auto& [tag, value] : tags) {
        if (tag == "TI") a.headline = value;
        else if (tag == "AB") a.summary = value;
        else if (tag == "KY")
            for (auto k : split_list(value, ",;")) a.keywords.emplace_back(k);
        else if (tag == "CO")
            for (auto c : split_list(value, ",;")) a.subjects.push_back({"newsbites-company", std::string(c), {}, {}, "organisation", {}});
        else if (tag == "KN") a.provider = value;
        else if (tag == "AN") a.id = value;
        else if (tag == "PD") {
            if (auto when = parse_feed_date(value)) a.published = when;
            else keep(a, "PD", value);
        } else keep(a, tag, value);
    }
}

// A lone sign-off word in capitals closing the copy ("AAP").
bool is_sign_off_word(std::string_view s) {
    if (s.empty() || s.size() > max_short_marker) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

std::string_view next_filled_line(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        if (std::string_view l = trim(lines[k]); !l.empty()) return l;
    return {};
}

// The racing system's table lines carry layout residue: "?" after each cell,
// "<!" or "=!" at the end. Cells become columns two spaces apart.
std::string racing_line(std::string_view line) {
    if (line.ends_with("<!") || line.ends_with("=!")) line.remove_suffix(2);
    std::string out;
    for (char c : line) out += c == '?' ? std::string("  ") : std::string(1, c);
    return std::string(trim_right(out));
}

Article read_message(const std::vector<std::string>& lines, std::size_t from, std::size_t to, const ReadOptions& opts) {
    Article a;
    Header h;
    std::vector<std::pair<std::string, std::string>> tags;
    std::size_t i = from + 1;
    for (; i < to; ++i) {
        std::string_view l = trim(lines[i]);
        if (l.empty()) continue;
        if (i == from + 1 && is_routing_line(l)) {
            auto codes = split_words(l);
            h.routing.assign(codes.begin() + 1, codes.end());
            continue;
        }
        if (is_tagged_line(l)) {
            tags.emplace_back(l.substr(0, 2), trim(l.substr(3)));
            continue;
        }
        if (!is_marker_line(l, is_marker_line(next_filled_line(lines, i + 1, to), false))) break;
        h.lines.emplace_back(l[0], std::string(trim(l.substr(1))));
    }
    apply_header(h, a, opts, from + 1);
    apply_tagged(tags, a);
    const bool racing = !h.routing.empty();
    std::size_t end = to;
    while (end > i && trim(lines[end - 1]).empty()) --end;
    if (end > i && is_sign_off_word(trim(lines[end - 1]))) a.trailer = std::string(trim(lines[--end]));
    if (racing && a.headline.empty()) {
        // The racing system titles its copy in the body: "RACING : Lakeville FIELDS Saturday".
        while (i < end && trim(lines[i]).empty()) ++i;
        if (i < end) a.headline = racing_line(trim(lines[i++]));
    }
    const bool tabular = format_code(h) == "T" || variant_of(h) == Variant::pagemasters || racing;
    std::string text;
    for (std::size_t k = i; k < end; ++k) text += (racing ? racing_line(lines[k]) : lines[k]) + '\n';
    std::vector<TextParagraph> paragraphs = split_story_paragraphs(text, true);
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
