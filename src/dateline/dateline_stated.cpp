#include "dateline/dateline_stated.hpp"

#include <charconv>

#include "dateline/byline.hpp"
#include "dateline/lead_keys.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// Stands in for the lead after a dateline that comes on its own, so that the
// shared parser (which wants a dateline followed by a lead) can read it.
constexpr std::string_view lead_stand_in = "Xq";

// The format whose extensions say where a dateline stood (dateline/lead_keys.hpp).
constexpr std::string_view lead_keys_owner = "dispatch";

// Removes the first COUNT bytes of text from INLINES (a line break is one).
void drop_text_prefix(std::vector<Inline>& inlines, std::size_t& count) {
    while (count > 0 && !inlines.empty()) {
        Inline& first = inlines.front();
        if (first.kind == Inline::Kind::text && first.text.size() > count) {
            first.text.erase(0, count);
            count = 0;
            return;
        }
        if (first.kind == Inline::Kind::text) count -= first.text.size();
        else if (first.kind == Inline::Kind::line_break) --count;
        else drop_text_prefix(first.children, count);
        bool emptied = first.kind == Inline::Kind::text || first.kind == Inline::Kind::line_break || first.children.empty();
        if (!emptied) return;
        inlines.erase(inlines.begin());
    }
}

// A dateline opening one of the first paragraphs (a byline, an editor's line
// or summary bullets may come first: three, six when STATED says what to look
// for), and starting with STATED: taken out of the paragraph, its separator
// kept even when there is none (a CJK dateline's).
std::optional<std::string> take_from_lead(Article& a, const std::optional<DateTime>& reference, std::string_view stated) {
    std::size_t window = stated.empty() ? 3 : 6;
    for (std::size_t i = 0; i < a.body.size() && i < window; ++i) {
        Block& p = a.body[i];
        if (p.kind != Block::Kind::paragraph) return std::nullopt;
        std::string text = inline_text(p.inlines);
        if (is_byline(text)) continue;
        auto m = parse_dateline(text, reference);
        if (!m) continue;
        if (!m->dateline.text.starts_with(stated)) return std::nullopt;
        apply_dateline(a, *m);
        set_extension(a.extensions, lead_keys_owner, lead_key::dateline_separator, m->separator);
        std::size_t count = m->length;
        drop_text_prefix(p.inlines, count);
        if (i > 0) set_extension(a.extensions, lead_keys_owner, lead_key::lead_index, std::to_string(i));
        return m->dateline.text;
    }
    return std::nullopt;
}

}  // namespace

std::string_view without_dateline_separator(std::string_view text) {
    while (!text.empty()) {
        std::string_view rest = trim_right(text);
        for (std::string_view dash : {"-", "\xE2\x80\x94", "\xE2\x80\x93", "_", ":"})
            if (rest.ends_with(dash)) rest.remove_suffix(dash.size());
        if (rest.size() == text.size()) return text;
        text = trim_right(rest);
    }
    return text;
}

std::optional<DatelineMatch> parse_dateline_alone(std::string_view text, const std::optional<DateTime>& reference) {
    std::string_view bare = without_dateline_separator(text);
    std::string probe = std::string(bare) + " - " + std::string(lead_stand_in);
    auto m = parse_dateline(probe, reference);
    if (!m || m->dateline.text != bare || m->length != probe.size() - lead_stand_in.size()) return std::nullopt;
    m->separator = bare.size() == text.size() ? std::string() : std::string(text.substr(bare.size())) + " ";
    m->length = text.size();
    return m;
}

void apply_dateline(Article& a, const DatelineMatch& m) {
    a.dateline = m.dateline;
    if (!m.separator.empty()) set_extension(a.extensions, lead_keys_owner, lead_key::dateline_separator, m.separator);
    if (a.creditline.empty()) a.creditline = m.dateline.credit;
    if (a.sources.empty()) a.sources = split_credit_sources(m.dateline.credit);
    if (a.located.empty() && !m.dateline.place.empty()) {
        a.located.name = place_name(m.dateline.place);
        if (!m.dateline.region.empty()) a.located.broader.push_back({place_name(m.dateline.region), {}, {}});
    }
}

std::optional<DateTime> dateline_reference(const Article& a, const std::optional<DateTime>& fallback) {
    for (const auto* t : {&a.content_created, &a.version_created, &a.first_created})
        if (*t) return *t;
    return fallback;
}

std::optional<std::string> settle_dateline(Article& a, std::string_view stated, std::string_view hint,
                                           const std::optional<DateTime>& reference) {
    std::string_view text = stated;
    if (!stated.empty()) {
        a.dateline.text = std::string(stated);
        // The lead often repeats the element's dateline with more (a credit, a separator).
        std::string_view bare = without_dateline_separator(stated);
        if (!bare.empty())
            if (auto taken = take_from_lead(a, reference, bare)) return taken;
    } else {
        text = hint;
    }
    if (text.empty()) return take_from_lead(a, reference, {});
    if (auto m = parse_dateline_alone(text, reference)) apply_dateline(a, *m);
    else a.dateline.text = std::string(text);
    return std::nullopt;
}

std::size_t dateline_lead_index(const Article& a) {
    const std::string* index = find_extension(a.extensions, lead_keys_owner, lead_key::lead_index);
    std::size_t n = 0;
    if (!index || std::from_chars(index->data(), index->data() + index->size(), n).ec != std::errc()) return 0;
    return n;
}

bool put_dateline_in_lead(Body& body, const Article& a) {
    const std::string* separator = find_extension(a.extensions, lead_keys_owner, lead_key::dateline_separator);
    if (a.dateline.text.empty() || !separator) return false;
    std::size_t lead = dateline_lead_index(a);
    std::string prefix = a.dateline.text + *separator;
    if (lead < body.size() && body[lead].kind == Block::Kind::paragraph) {
        auto& inlines = body[lead].inlines;
        if (!inlines.empty() && inlines.front().kind == Inline::Kind::text) inlines.front().text.insert(0, prefix);
        else inlines.insert(inlines.begin(), Inline{Inline::Kind::text, prefix, {}, {}});
    } else if (lead <= body.size()) {
        Block b;
        b.inlines.push_back(Inline{Inline::Kind::text, prefix, {}, {}});
        body.insert(body.begin() + static_cast<std::ptrdiff_t>(lead), std::move(b));
    } else {
        return false;
    }
    return true;
}

}  // namespace wirekit
