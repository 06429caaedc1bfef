#include "nitfbody/nitf_body_write.hpp"

#include <cmath>

#include "dateline/dateline_stated.hpp"
#include "model/media.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_basic.hpp"

namespace wirekit {

namespace {

void append_inlines(const std::vector<Inline>& inlines, std::string& out) {
    for (const auto& in : inlines) {
        switch (in.kind) {
            case Inline::Kind::text: out += escape_text(in.text); break;
            case Inline::Kind::line_break: out += "<br/>"; break;
            case Inline::Kind::emphasis:
            case Inline::Kind::strong:
                out += in.kind == Inline::Kind::strong ? "<em class=\"strong\">" : "<em>";
                append_inlines(in.children, out);
                out += "</em>";
                break;
            case Inline::Kind::link:
                out += "<a href=\"" + escape_attribute(in.href) + "\">";
                append_inlines(in.children, out);
                out += "</a>";
                break;
        }
    }
}

void append_blocks(const Body& blocks, std::string& out);

// TAG around CHILDREN's markup, or nothing when they give none (NITF refuses
// an empty list, row or table).
void append_container(std::string_view tag, const Body& children, std::string& out) {
    std::string inner;
    append_blocks(children, inner);
    if (inner.empty()) return;
    out += '<';
    out += tag;
    out += '>';
    out += inner;
    out += "</";
    out += tag;
    out += '>';
}

void append_block(const Block& b, std::string& out) {
    switch (b.kind) {
        case Block::Kind::paragraph:
            out += "<p>";
            append_inlines(b.inlines, out);
            out += "</p>";
            break;
        case Block::Kind::heading:
            // NITF has one sub-heading element; its class keeps the level.
            out += b.level == 2 || b.level == 0 ? "<hl2>" : "<hl2 class=\"h" + std::to_string(b.level) + "\">";
            append_inlines(b.inlines, out);
            out += "</hl2>";
            break;
        case Block::Kind::quote:
            out += "<bq><block>";
            append_blocks(b.children, out);
            out += "</block></bq>";
            break;
        case Block::Kind::list: append_container(b.ordered ? "ol" : "ul", b.children, out); break;
        case Block::Kind::list_item:
            out += "<li>";
            append_blocks(b.children, out);
            append_inlines(b.inlines, out);
            out += "</li>";
            break;
        case Block::Kind::preformatted:
            out += "<pre>";
            for (const auto& in : b.inlines) out += escape_text(in.text);
            out += "</pre>";
            break;
        case Block::Kind::rule: out += "<hr/>"; break;
        case Block::Kind::table: append_container("table", b.children, out); break;
        case Block::Kind::table_row: append_container("tr", b.children, out); break;
        case Block::Kind::table_cell:
            out += b.header ? "<th>" : "<td>";
            append_inlines(b.inlines, out);
            out += b.header ? "</th>" : "</td>";
            break;
    }
}

void append_blocks(const Body& blocks, std::string& out) {
    for (const auto& b : blocks) append_block(b, out);
}

// The byline's first line, the authors it names marked as person.
std::string byline_markup(std::string_view line, const std::vector<Person>& authors) {
    std::string out;
    std::size_t pos = 0;
    while (pos < line.size()) {
        std::size_t best = std::string_view::npos, length = 0;
        for (const auto& p : authors) {
            std::string name = xml_one_line(p.name);
            std::size_t at = name.empty() ? std::string_view::npos : line.find(name, pos);
            if (at < best) best = at, length = name.size();
        }
        if (best == std::string_view::npos) break;
        out += escape_text(line.substr(pos, best - pos));
        out += "<person>" + escape_text(line.substr(best, length)) + "</person>";
        pos = best + length;
    }
    return out + escape_text(line.substr(pos));
}

void write_byline(XmlOut& out, const Article& a, bool authors_as_byline) {
    std::vector<std::string> lines;
    for (std::string_view line : split_lines(a.byline))
        if (std::string text = xml_one_line(line); !text.empty()) lines.push_back(std::move(text));
    std::string markup;
    if (!lines.empty()) {
        markup = byline_markup(lines.front(), a.authors);
    } else if (authors_as_byline) {
        for (const auto& p : a.authors)
            if (std::string name = xml_one_line(p.name); !name.empty())
                markup += (markup.empty() ? "" : ", ") + std::string("<person>") + escape_text(name) + "</person>";
    }
    for (std::size_t i = 1; i < lines.size(); ++i) markup += "<byttl>" + escape_text(lines[i]) + "</byttl>";
    if (!markup.empty()) out.markup("<byline>" + markup + "</byline>");
}

// The dateline's text with its place (and region, when the text names it after
// the place) marked as location: "<location><city>Newport News</city>,
// <region>VA</region></location>".
std::string dateline_markup(const Dateline& d) {
    std::string text = xml_one_line(d.text);
    std::string place = xml_one_line(d.place);
    std::string region = xml_one_line(d.region);
    if (place.empty() || !text.starts_with(place)) return escape_text(text);
    std::string_view rest = std::string_view(text).substr(place.size());
    std::size_t at = region.empty() ? std::string_view::npos : rest.find(region);
    if (at == std::string_view::npos) return "<location>" + escape_text(place) + "</location>" + escape_text(rest);
    return "<location><city>" + escape_text(place) + "</city>" + escape_text(rest.substr(0, at)) + "<region>" + escape_text(region) +
           "</region></location>" + escape_text(rest.substr(at + region.size()));
}

void write_dateline(XmlOut& out, const Dateline& d) {
    std::string markup = dateline_markup(d);
    if (d.date && is_valid_date(d.date->year, d.date->month, d.date->day))
        markup += "<story.date norm=\"" + format_iso8601_basic(*d.date) + "\"/>";
    if (!markup.empty()) out.markup("<dateline>" + markup + "</dateline>");
}

void write_head(XmlOut& out, const Article& a, const NitfBodyParts& parts) {
    out.open("body.head");
    if (!a.headline.empty() || !a.subheadline.empty()) {
        out.open("hedline");
        out.leaf("hl1", {}, xml_one_line(a.headline));
        if (!a.subheadline.empty()) out.leaf("hl2", {}, xml_one_line(a.subheadline));
        out.close("hedline");
    }
    write_byline(out, a, parts.authors_as_byline);
    if (parts.distributor && !a.provider.empty()) out.leaf("distributor", {}, xml_one_line(a.provider));
    write_dateline(out, a.dateline);
    if (!a.summary.empty()) {
        out.open("abstract");
        for (std::string_view line : split_lines(a.summary))
            if (!xml_one_line(line).empty()) out.leaf("p", {}, xml_one_line(line));
        out.close("abstract");
    }
    out.close("body.head");
}

// NITF's media-type: the item's type (picture and graphic: image), else its
// first file's MIME type's top-level type.
std::string media_type_of(const Media& m) {
    std::string_view type = type_of(m);
    if (type == "picture" || type == "graphic") return "image";
    if (type == "video" || type == "audio") return std::string(type);
    std::string top = to_lower_ascii(std::string_view(m.mime_type).substr(0, m.mime_type.find('/')));
    for (std::string_view known : {"image", "video", "audio", "text", "application"})
        if (top == known) return top;
    return "other";
}

void write_media(XmlOut& out, const Media& m) {
    out.open("media", {{"media-type", media_type_of(m)}});
    for (auto [name, value] : {std::pair{"id", &m.id}, {"title", &m.title}})
        if (!value->empty()) out.leaf("media-metadata", {{"name", name}, {"value", xml_one_line(*value)}});
    bool first = true;
    for (const Rendition& file : renditions_of(m)) {
        // What the item says once stands on its first file.
        Attributes reference = {{"source", file.href, true}, {"mime-type", xml_one_line(file.mime_type)}};
        if (first) {
            reference.push_back({"alternate-text", m.alt_text});
            // A credit that is the by-line is the producer's (reading gives both).
            if (m.credit != m.by) reference.push_back({"source-credit", m.credit});
            reference.push_back({"copyright", xml_one_line(m.copyright.notice)});
        }
        reference.push_back({"height", count_text(file.height)});
        reference.push_back({"width", count_text(file.width)});
        if (file.duration && std::isfinite(*file.duration) && *file.duration >= 0) {
            reference.push_back({"time", number_text(*file.duration)});
            reference.push_back({"time-unit-of-measure", "seconds"});
        }
        out.leaf("media-reference", reference);
        first = false;
    }
    for (std::string_view line : split_lines(m.caption))
        if (!xml_one_line(line).empty()) out.leaf("media-caption", {}, xml_one_line(line));
    if (!m.by.empty()) out.leaf("media-producer", {}, xml_one_line(m.by));
    out.close("media");
}

}  // namespace

std::string nitf_content(const Body& body) {
    std::string out;
    append_blocks(xml_safe_body(body), out);
    return out;
}

void write_nitf_body(XmlOut& out, const Article& a, const NitfBodyParts& parts) {
    out.open("body");
    write_head(out, a, parts);
    std::string content;
    if (Body body = a.body; parts.dateline_in_lead && put_dateline_in_lead(body, a)) content = nitf_content(body);
    else content = nitf_content(a.body);
    bool media = parts.media && !a.media.empty();
    if (content.empty() && !media) {
        out.leaf("body.content");
    } else {
        out.open("body.content");
        if (!content.empty()) out.raw(content);
        if (media)
            for (const auto& m : a.media)
                if (!renditions_of(m).empty()) write_media(out, m);
        out.close("body.content");
    }
    if (!a.trailer.empty() || !parts.bibliography.empty()) {
        out.open("body.end");
        if (!a.trailer.empty()) out.markup("<tagline>" + lines_with_breaks(a.trailer) + "</tagline>");
        if (!parts.bibliography.empty()) out.leaf("bibliography", {}, parts.bibliography);
        out.close("body.end");
    }
    out.close("body");
}

}  // namespace wirekit
