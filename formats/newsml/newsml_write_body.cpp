#include "newsml/newsml_write_body.hpp"

#include <charconv>
#include <cmath>
#include <utility>

#include "html/html_body.hpp"
#include "model/media.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_write_values.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

void make_inlines_safe(std::vector<Inline>& inlines) {
    for (auto& in : inlines) {
        in.text = xml_safe(in.text);
        in.href = xml_safe(in.href);
        make_inlines_safe(in.children);
    }
}

void make_blocks_safe(Body& blocks) {
    for (auto& b : blocks) {
        make_inlines_safe(b.inlines);
        make_blocks_safe(b.children);
    }
}

// TEXT split at every line feed (blank parts kept, unlike split_lines).
std::vector<std::string_view> split_at_newlines(std::string_view text) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t nl = text.find('\n', start);
        parts.push_back(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) return parts;
        start = nl + 1;
    }
}

// Lines of TEXT escaped and joined with <br/>: a trailer keeps its line breaks.
std::string lines_with_breaks(std::string_view text) {
    std::string out;
    bool first = true;
    for (std::string_view line : split_at_newlines(text)) {
        if (!first) out += "<br/>";
        out += escape_text(line);
        first = false;
    }
    return out;
}

// The trailer's paragraphs (split at blank lines exactly, so that they join back).
std::vector<std::string_view> trailer_paragraphs(std::string_view trailer) {
    std::vector<std::string_view> out;
    if (trailer.empty()) return out;
    for (std::size_t start = 0;;) {
        std::size_t gap = trailer.find("\n\n", start);
        out.push_back(trailer.substr(start, gap == std::string_view::npos ? std::string_view::npos : gap - start));
        if (gap == std::string_view::npos) return out;
        start = gap + 2;
    }
}

void write_xhtml(XmlOut& out, const Article& a) {
    out.open("inlineXML", {{"contenttype", "application/xhtml+xml"}});
    out.open("html", {{"xmlns", std::string(xhtml_ns)}});
    out.open("head");
    out.leaf("title", {}, one_line(a.headline));
    out.close("head");
    out.open("body");
    std::string html = body_to_html(xml_safe_body(a.body));
    if (!html.empty()) out.raw(html);
    for (std::string_view paragraph : trailer_paragraphs(a.trailer))
        out.markup("<p class=\"" + std::string(trailer_class) + "\">" + lines_with_breaks(paragraph) + "</p>");
    out.close("body");
    out.close("html");
    out.close("inlineXML");
}

void append_nitf_inlines(const std::vector<Inline>& inlines, std::string& out) {
    for (const auto& in : inlines) {
        switch (in.kind) {
            case Inline::Kind::text: out += escape_text(in.text); break;
            case Inline::Kind::line_break: out += "<br/>"; break;
            case Inline::Kind::emphasis:
            case Inline::Kind::strong:
                out += in.kind == Inline::Kind::strong ? "<em class=\"strong\">" : "<em>";
                append_nitf_inlines(in.children, out);
                out += "</em>";
                break;
            case Inline::Kind::link:
                out += "<a href=\"" + escape_attribute(in.href) + "\">";
                append_nitf_inlines(in.children, out);
                out += "</a>";
                break;
        }
    }
}

void append_nitf_blocks(const Body& blocks, std::string& out);

void append_nitf_block(const Block& b, std::string& out) {
    switch (b.kind) {
        case Block::Kind::paragraph:
            out += "<p>";
            append_nitf_inlines(b.inlines, out);
            out += "</p>";
            break;
        case Block::Kind::heading:
            // NITF has one sub-heading element; its class keeps the level.
            out += b.level == 2 || b.level == 0 ? "<hl2>" : "<hl2 class=\"h" + std::to_string(b.level) + "\">";
            append_nitf_inlines(b.inlines, out);
            out += "</hl2>";
            break;
        case Block::Kind::quote:
            out += "<bq><block>";
            append_nitf_blocks(b.children, out);
            out += "</block></bq>";
            break;
        case Block::Kind::list:
            if (b.children.empty()) break;
            out += b.ordered ? "<ol>" : "<ul>";
            for (const auto& item : b.children) append_nitf_block(item, out);
            out += b.ordered ? "</ol>" : "</ul>";
            break;
        case Block::Kind::list_item:
            out += "<li>";
            append_nitf_blocks(b.children, out);
            append_nitf_inlines(b.inlines, out);
            out += "</li>";
            break;
        case Block::Kind::preformatted:
            out += "<pre>";
            for (const auto& in : b.inlines) out += escape_text(in.text);
            out += "</pre>";
            break;
        case Block::Kind::rule: out += "<hr/>"; break;
    }
}

void append_nitf_blocks(const Body& blocks, std::string& out) {
    for (const auto& b : blocks) append_nitf_block(b, out);
}

void write_body_head(XmlOut& out, const Article& a) {
    out.open("body.head");
    if (!a.headline.empty() || !a.subheadline.empty()) {
        out.open("hedline");
        out.leaf("hl1", {}, one_line(a.headline));
        if (!a.subheadline.empty()) out.leaf("hl2", {}, one_line(a.subheadline));
        out.close("hedline");
    }
    for (std::string_view line : split_lines(a.byline))
        if (!one_line(line).empty()) out.leaf("byline", {}, one_line(line));
    if (!a.dateline.text.empty()) out.leaf("dateline", {}, one_line(a.dateline.text));
    if (!a.summary.empty()) {
        out.open("abstract");
        for (std::string_view line : split_lines(a.summary))
            if (!one_line(line).empty()) out.leaf("p", {}, one_line(line));
        out.close("abstract");
    }
    out.close("body.head");
}

std::string number_text(double d) {
    char text[32];
    auto [end, ec] = std::to_chars(text, text + sizeof text, d);
    return ec == std::errc() ? std::string(text, end) : std::string();
}

std::string count_text(const std::optional<long long>& n) { return n && *n >= 0 ? std::to_string(*n) : std::string(); }

// One remoteContent per file of M; the first also keeps, in wk attributes,
// what the model says of M as an item.
void write_remote_content(XmlOut& out, const Media& m) {
    bool first = true;
    for (const Rendition& file : renditions_of(m)) {
        Attributes attributes;
        attributes.push_back({looks_like_uri(file.href) ? "href" : "residref", file.href});
        if (!file.name.empty()) attributes.push_back(qcode_or_wk("rendition", "wk:rendition", file.name));
        attributes.push_back({"contenttype", one_line(file.mime_type)});
        attributes.push_back({"size", count_text(file.bytes)});
        attributes.push_back({"width", count_text(file.width)});
        attributes.push_back({"height", count_text(file.height)});
        if (file.duration && std::isfinite(*file.duration) && *file.duration >= 0) {
            attributes.push_back({"duration", number_text(*file.duration)});
            attributes.push_back({"durationunit", "timeunit:seconds"});
        }
        if (first) {
            for (auto [name, value] : {std::pair{"wk:role", &m.role}, {"wk:caption", &m.caption}, {"wk:credit", &m.credit},
                                       {"wk:alt", &m.alt_text}, {"wk:id", &m.id}, {"wk:type", &m.type}, {"wk:title", &m.title},
                                       {"wk:by", &m.by}})
                attributes.push_back({name, *value});
        }
        first = false;
        out.leaf("remoteContent", attributes);
    }
}

}  // namespace

Body xml_safe_body(const Body& body) {
    Body copy = body;
    make_blocks_safe(copy);
    return copy;
}

void write_nitf(XmlOut& out, const Article& a) {
    out.open("nitf", {{"xmlns", std::string(nitf_ns)}});
    out.open("body");
    write_body_head(out, a);
    std::string content;
    append_nitf_blocks(xml_safe_body(a.body), content);
    if (content.empty()) {
        out.leaf("body.content");
    } else {
        out.open("body.content");
        out.raw(content);
        out.close("body.content");
    }
    if (!a.trailer.empty()) {
        out.open("body.end");
        out.markup("<tagline>" + lines_with_breaks(a.trailer) + "</tagline>");
        out.close("body.end");
    }
    out.close("body");
    out.close("nitf");
}

void write_content_set(XmlOut& out, const Article& a, bool nitf) {
    bool has_text = !a.body.empty() || !a.trailer.empty();
    if (!has_text && a.media.empty()) return;
    out.open("contentSet");
    if (has_text && nitf) {
        out.open("inlineXML", {{"contenttype", "application/nitf+xml"}});
        write_nitf(out, a);
        out.close("inlineXML");
    } else if (has_text) {
        write_xhtml(out, a);
    }
    for (const auto& m : a.media) write_remote_content(out, m);
    out.close("contentSet");
}

}  // namespace wirekit::newsml
