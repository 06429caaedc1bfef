#include "newsml/newsml_read_body.hpp"

#include "html/html_body.hpp"
#include "model/media.hpp"
#include "newsml/newsml_html_of.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

// A dateline span stands in the lead; this many paragraphs are searched for it.
constexpr int dateline_span_window = 3;

bool named(pugi::xml_node element, std::string_view lower_name) {
    return element.type() == pugi::node_element && iequals_ascii(local_name(element.name()), lower_name);
}

pugi::xml_node first_element(pugi::xml_node parent) {
    for (pugi::xml_node child : parent.children())
        if (child.type() == pugi::node_element) return child;
    return {};
}

pugi::xml_node child_named(pugi::xml_node parent, std::string_view lower_name) {
    for (pugi::xml_node child : parent.children())
        if (named(child, lower_name)) return child;
    return {};
}


// Text as written, <br/> as a line break: for what the writer wrote (trailer).
std::string verbatim_text(pugi::xml_node element) {
    std::string out;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        else if (named(child, "br")) out += '\n';
        else if (child.type() == pugi::node_element) out += verbatim_text(child);
    }
    return out;
}

void find_paragraphs(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (named(child, "p")) out.push_back(child);
        else find_paragraphs(child, out);
    }
}

pugi::xml_node find_dateline_span(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (named(child, "span") && has_class(child, "dateline")) return child;
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

void take_html(ReadContext& ctx, pugi::xml_node where, const std::string& html, Article& a) {
    HtmlContent content = html_to_body(html, ctx.options().base_url);
    a.body = std::move(content.body);
    // A paragraph of no-break spaces (dpa ends bodies with one) is no paragraph.
    std::erase_if(a.body, [](const Block& b) { return b.kind == Block::Kind::paragraph && trim(inline_text(b.inlines)).empty(); });
    for (auto& image : content.images) {
        image.role = std::string(media_role::inline_image);
        add_media(a.media, std::move(image));
    }
    if (content.dropped_unsafe) ctx.note(where, "unsafe markup (script, event handlers, javascript: links) removed from the body");
}

void read_xhtml(ReadContext& ctx, pugi::xml_node inline_xml, Article& a, BodyHints& hints) {
    pugi::xml_node body = inline_xml;
    if (pugi::xml_node root = first_element(inline_xml)) {
        if (named(root, "html")) body = child_named(root, "body") ? child_named(root, "body") : root;
        else if (named(root, "body")) body = root;
    }
    std::vector<pugi::xml_node> skip;
    for (pugi::xml_node child : body.children())
        if (named(child, "header") || named(child, "head")) skip.push_back(child);

    std::vector<pugi::xml_node> paragraphs;
    find_paragraphs(body, paragraphs);
    std::vector<std::string> trailer;
    for (pugi::xml_node p : paragraphs) {
        if (!has_class(p, trailer_class)) continue;
        trailer.push_back(verbatim_text(p));
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
    pugi::xml_node body = child_named(nitf, "body");
    if (pugi::xml_node head = child_named(body, "body.head")) {
        if (pugi::xml_node hedline = child_named(head, "hedline")) {
            hints.headline = line_text(child_named(hedline, "hl1"));
            hints.subheadline = line_text(child_named(hedline, "hl2"));
        }
        hints.byline = line_text(child_named(head, "byline"));
        hints.dateline = line_text(child_named(head, "dateline"));
        hints.summary = line_text(child_named(head, "abstract"));
    }
    std::string html;
    for (pugi::xml_node part : body.children())
        if (named(part, "body.content")) html += html_of_children(part, nitf_tag);
    take_html(ctx, nitf, html, a);
    if (pugi::xml_node end = child_named(body, "body.end"))
        if (pugi::xml_node tagline = child_named(end, "tagline")) a.trailer = std::string(trim(verbatim_text(tagline)));
}

bool is_tag_line(std::string_view line) { return line.size() >= 3 && line.front() == '<' && line.back() == '>'; }

bool is_indented(std::string_view line) { return !line.empty() && (line[0] == ' ' || line[0] == '\t'); }

// Plain text: paragraphs end at blank lines; where the text marks paragraphs
// by indenting their first line (as wire copy does), at indented lines; where
// it does neither, at every line break.
Body plain_text_body(ReadContext& ctx, pugi::xml_node where, std::string_view text) {
    std::vector<std::string_view> lines;
    bool dropped_tags = false;
    for (std::string_view line : split_lines(text)) {
        if (is_tag_line(trim(line))) {
            dropped_tags = true;
            continue;
        }
        lines.push_back(line);
    }
    if (dropped_tags) ctx.forgive(where, "HTML tags in a text/plain body, left out");
    bool has_blank = false, has_indented = false, has_flush = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]).empty()) has_blank = true;
        else if (is_indented(lines[i])) has_indented = true;
        else has_flush = true;
    }
    bool by_indent = has_indented && has_flush;
    bool by_line = !has_blank && !by_indent;
    Body body;
    std::string paragraph;
    auto flush = [&] {
        std::string collapsed = collapse_spaces(paragraph);
        if (!collapsed.empty()) body.push_back(Block{Block::Kind::paragraph, 0, false, {Inline{Inline::Kind::text, collapsed, {}, {}}}, {}});
        paragraph.clear();
    };
    for (std::string_view line : lines) {
        if (trim(line).empty() || by_line || (by_indent && is_indented(line))) flush();
        paragraph += ' ';
        paragraph += line;
    }
    flush();
    return body;
}

void read_inline_data(ReadContext& ctx, pugi::xml_node inline_data, Article& a) {
    std::string type = to_lower_ascii(plain_attribute(inline_data, "contenttype"));
    std::string text = inline_data.child_value();
    if (text.empty()) text = text_of(inline_data);
    if (type.find("html") != std::string::npos) take_html(ctx, inline_data, text, a);
    else a.body = plain_text_body(ctx, inline_data, text);
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
            pugi::xml_node root = first_element(child);
            if (root && named(root, "nitf")) read_nitf(ctx, root, a, hints);
            else if (root) read_xhtml(ctx, child, a, hints);
            else a.body = plain_text_body(ctx, child, child.child_value());
        } else if (child == chosen) {
            read_inline_data(ctx, child, a);
        } else if (is_g2(child, "inlineXML") || is_g2(child, "inlineData")) {
            ctx.note(child, "another rendition of the body, left out");
        }
    }
    return hints;
}

}  // namespace wirekit::newsml
