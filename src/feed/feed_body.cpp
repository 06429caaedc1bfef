#include "feed/feed_body.hpp"

#include "dateline/dateline.hpp"
#include "dateline/dateline_stated.hpp"
#include "dateline/lead_keys.hpp"
#include "feed/feed_media.hpp"
#include "html/html_body.hpp"
#include "text/ascii_scan.hpp"
#include "text/body_text.hpp"
#include "text/markup_escape.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

std::vector<std::string_view> split_paragraphs(std::string_view text) {
    std::vector<std::string_view> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find("\n\n", start);
        if (end == std::string_view::npos) end = text.size();
        paragraphs.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return paragraphs;
}

// Whether HTML has a tag, a reference or a NUL: what the HTML parser would
// act on. Summaries are often plain: their ASCII is passed in blocks (ascii_scan).
bool has_markup(std::string_view html) {
    for (std::size_t i = skip_plain_ascii(html, 0, '<', '&'); i < html.size(); i = skip_plain_ascii(html, i + 1, '<', '&'))
        if (html[i] == '<' || html[i] == '&' || html[i] == '\0') return true;
    return false;
}

// The lead paragraph's first text run, when the lead is a paragraph that starts with text.
std::string* lead_text(Article& a) {
    std::size_t lead = dateline_lead_index(a);
    if (lead >= a.body.size() || a.body[lead].kind != Block::Kind::paragraph) return nullptr;
    auto& inlines = a.body[lead].inlines;
    if (inlines.empty() || inlines.front().kind != Inline::Kind::text) return nullptr;
    return &inlines.front().text;
}

void drop_lead_prefix(Article& a, std::size_t length) {
    std::size_t lead = dateline_lead_index(a);
    auto& inlines = a.body[lead].inlines;
    inlines.front().text.erase(0, length);
    if (inlines.front().text.empty()) inlines.erase(inlines.begin());
    if (inlines.empty()) a.body.erase(a.body.begin() + static_cast<std::ptrdiff_t>(lead));
}

}  // namespace

std::string text_from_html(std::string_view html, std::string_view base_url, std::vector<Media>* images) {
    // Without markup or references there is nothing to parse: the HTML
    // parser would give one paragraph with its white space collapsed.
    if (!has_markup(html)) return collapse_spaces(html);
    HtmlContent content = html_to_body(html, base_url);
    if (images) {
        for (Media& m : content.images) {
            m.role = std::string(media_role::inline_image);
            add_media(*images, std::move(m));
        }
    }
    std::string text;
    for (const std::string& p : block_paragraphs(content.body)) {
        if (p.empty()) continue;
        if (!text.empty()) text += "\n\n";
        text += p;
    }
    return text;
}

std::string html_from_text(std::string_view text) {
    auto paragraphs = split_paragraphs(text);
    if (paragraphs.size() == 1) return escape_xml(text);
    std::string html;
    for (std::string_view p : paragraphs) html += "<p>" + escape_xml(p) + "</p>";
    return html;
}

bool text_survives_html(std::string_view text) { return text_from_html(html_from_text(text), {}, nullptr) == text; }

Body body_from_text(std::string_view text) {
    Body body;
    std::string normalised;
    for (std::string_view line : split_lines(text)) normalised += std::string(trim(line)) + "\n";
    for (std::string_view p : split_paragraphs(normalised)) {
        std::string collapsed = collapse_spaces(p);
        if (collapsed.empty()) continue;
        Block b;
        b.inlines.push_back(Inline{Inline::Kind::text, std::move(collapsed), {}, {}});
        body.push_back(std::move(b));
    }
    return body;
}

void settle_body(Article& a, const std::optional<DateTime>& reference) {
    // The trailer, when known, closes the HTML as its own paragraph.
    if (!a.trailer.empty() && !a.body.empty() && a.body.back().kind == Block::Kind::paragraph &&
        inline_text(a.body.back().inlines) == collapse_spaces(a.trailer))
        a.body.pop_back();
    std::string* lead = lead_text(a);
    if (!a.dateline.empty()) {
        const std::string* separator = find_extension(a.extensions, "dispatch", lead_key::dateline_separator);
        if (lead && separator && lead->starts_with(a.dateline.text + *separator))
            drop_lead_prefix(a, a.dateline.text.size() + separator->size());
        return;
    }
    if (!lead || dateline_lead_index(a) != 0) return;
    auto match = parse_dateline(*lead, reference);
    if (!match || match->length >= lead->size()) return;
    a.dateline = match->dateline;
    if (a.creditline.empty()) a.creditline = match->dateline.credit;
    if (a.sources.empty()) a.sources = split_credit_sources(match->dateline.credit);
    if (a.located.empty()) {
        a.located.name = place_name(match->dateline.place);
        if (!match->dateline.region.empty()) a.located.broader.push_back({place_name(match->dateline.region), {}, {}});
    }
    set_extension(a.extensions, "dispatch", lead_key::dateline_separator, match->separator);
    drop_lead_prefix(a, match->length);
}

std::string body_html(const Article& a) {
    Body body = a.body;
    if (!a.trailer.empty()) {
        Block trailer;
        trailer.inlines.push_back(Inline{Inline::Kind::text, collapse_spaces(a.trailer), {}, {}});
        body.push_back(std::move(trailer));
    }
    put_dateline_in_lead(body, a);
    return body_to_html(body);
}

}  // namespace wirekit
