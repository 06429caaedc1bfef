#include "newsml/newsml_read_body.hpp"

#include "html/html_body.hpp"
#include "model/media.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "nitfbody/nitf_body_read.hpp"
#include "nitfbody/nitf_html.hpp"
#include "story/plain_text_body.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

// A dateline span stands in the lead; this many paragraphs are searched for it.
constexpr int dateline_span_window = 3;

void find_paragraphs(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (has_local_name(child, "p")) out.push_back(child);
        else find_paragraphs(child, out);
    }
}

pugi::xml_node find_dateline_span(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (has_local_name(child, "span") && has_class(child, "dateline")) return child;
        if (pugi::xml_node found = find_dateline_span(child)) return found;
    }
    return {};
}

// "- " left at the start of the lead when the dateline span did not hold its separator.
std::string take_leading_separator(Body& body) {
    if (body.empty() || body.front().inlines.empty() || body.front().inlines.front().kind != Inline::Kind::text) return {};
    std::string& text = body.front().inlines.front().text;
    for (std::string_view dash : {"-", "\xE2\x80\x94", "\xE2\x80\x93", "_"}) {
        if (text.starts_with(dash) && text.size() > dash.size() && text[dash.size()] == ' ') {
            std::string taken = text.substr(0, dash.size());
            text.erase(0, dash.size() + 1);
            return taken;
        }
    }
    return {};
}

void note_unsafe(ReadContext& ctx, pugi::xml_node where) {
    ctx.note(where, "unsafe markup (script, event handlers, javascript: links) removed from the body");
}

void take_html(ReadContext& ctx, pugi::xml_node where, const std::string& html, Article& a) {
    HtmlContent content = html_to_body(html, ctx.options().base_url);
    a.body = std::move(content.body);
    // A paragraph of no-break spaces (dpa ends bodies with one) is no paragraph.
    drop_blank_paragraphs(a.body);
    for (auto& image : content.images) {
        image.role = std::string(media_role::inline_image);
        add_media(a.media, std::move(image));
    }
    if (content.dropped_unsafe) note_unsafe(ctx, where);
}

void read_xhtml(ReadContext& ctx, pugi::xml_node inline_xml, Article& a, BodyHints& hints) {
    pugi::xml_node body = inline_xml;
    if (pugi::xml_node root = first_child_element(inline_xml)) {
        if (has_local_name(root, "html")) body = child_with_local_name(root, "body") ? child_with_local_name(root, "body") : root;
        else if (has_local_name(root, "body")) body = root;
    }
    std::vector<pugi::xml_node> skip;
    for (pugi::xml_node child : body.children())
        if (has_local_name(child, "header") || has_local_name(child, "head")) skip.push_back(child);

    std::vector<pugi::xml_node> paragraphs;
    find_paragraphs(body, paragraphs);
    std::vector<std::string> trailer;
    for (pugi::xml_node p : paragraphs) {
        if (!has_class(p, trailer_class)) continue;
        trailer.push_back(text_with_breaks(p));
        skip.push_back(p);
    }
    for (std::size_t i = 0; i < trailer.size(); ++i) a.trailer += (i > 0 ? "\n\n" : "") + trailer[i];

    pugi::xml_node span;
    for (int i = 0; i < dateline_span_window && i < static_cast<int>(paragraphs.size()) && !span; ++i)
        span = find_dateline_span(paragraphs[static_cast<std::size_t>(i)]);
    if (span) {
        hints.dateline = line_text(span);
        skip.push_back(span);
    }
    take_html(ctx, inline_xml, html_of_children(body, xhtml_tag, skip), a);
    if (span) {
        std::string separator = take_leading_separator(a.body);
        if (!separator.empty()) hints.dateline += " " + separator;
    }
}

void read_nitf(ReadContext& ctx, pugi::xml_node nitf, Article& a, BodyHints& hints) {
    NitfBody nitf_body = read_nitf_body(child_with_local_name(nitf, "body"), ctx.options().base_url);
    hints.headline = nitf_body.head.headline;
    hints.subheadline = nitf_body.head.subheadline;
    hints.byline = nitf_body.head.byline;
    if (nitf_body.head.dateline) hints.dateline = read_nitf_dateline(nitf_body.head.dateline).text;
    hints.summary = nitf_body.head.summary;
    a.body = std::move(nitf_body.body);
    a.trailer = std::move(nitf_body.trailer);
    for (auto& m : nitf_body.media) add_media(a.media, std::move(m));
    if (nitf_body.dropped_unsafe) note_unsafe(ctx, nitf);
}

// Plain text: paragraphs by blank lines, indents or line breaks (plain_text_body).
Body plain_text(ReadContext& ctx, pugi::xml_node where, std::string_view text) {
    bool dropped_tags = false;
    Body body = plain_text_body(text, dropped_tags);
    if (dropped_tags) ctx.forgive(where, "HTML tags in a text/plain body, left out");
    return body;
}

void read_inline_data(ReadContext& ctx, pugi::xml_node inline_data, Article& a) {
    std::string type = to_lower_ascii(plain_attribute(inline_data, "contenttype"));
    std::string text = inline_data.child_value();
    if (text.empty()) text = text_of(inline_data);
    if (type.find("html") != std::string::npos) take_html(ctx, inline_data, text, a);
    else a.body = plain_text(ctx, inline_data, text);
}

}  // namespace

BodyHints read_content_set(ReadContext& ctx, pugi::xml_node content_set, Article& a) {
    BodyHints hints;
    pugi::xml_node chosen = g2_child(content_set, "inlineXML");
    if (!chosen) chosen = g2_child(content_set, "inlineData");
    for (pugi::xml_node child : content_set.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_g2(child, "remoteContent")) {
            hints.files.push_back(read_remote_content(ctx, child));
        } else if (child == chosen && is_g2(child, "inlineXML")) {
            pugi::xml_node root = first_child_element(child);
            if (root && has_local_name(root, "nitf")) read_nitf(ctx, root, a, hints);
            else if (root) read_xhtml(ctx, child, a, hints);
            else a.body = plain_text(ctx, child, child.child_value());
        } else if (child == chosen) {
            read_inline_data(ctx, child, a);
        } else if (is_g2(child, "inlineXML") || is_g2(child, "inlineData")) {
            ctx.note(child, "another rendition of the body, left out");
        }
    }
    return hints;
}

}  // namespace wirekit::newsml
