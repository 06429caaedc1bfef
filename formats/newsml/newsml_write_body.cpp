#include "newsml/newsml_write_body.hpp"

#include <cmath>
#include <utility>

#include "html/html_body.hpp"
#include "model/media.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_write_values.hpp"
#include "nitfbody/nitf_body_write.hpp"
#include "nitfbody/nitf_names.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

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
    out.leaf("title", {}, xml_one_line(a.headline));
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

// One remoteContent per file of M; the first also keeps, in wk attributes,
// what the model says of M as an item.
void write_remote_content(XmlOut& out, const Media& m) {
    bool first = true;
    for (const Rendition& file : renditions_of(m)) {
        Attributes attributes;
        attributes.push_back({looks_like_uri(file.href) ? "href" : "residref", file.href});
        if (!file.name.empty()) attributes.push_back(qcode_or_wk("rendition", "wk:rendition", file.name));
        attributes.push_back({"contenttype", xml_one_line(file.mime_type)});
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

void write_nitf(XmlOut& out, const Article& a) {
    out.open("nitf", {{"xmlns", std::string(nitf_names::ns)}});
    write_nitf_body(out, a, {});
    out.close("nitf");
}

void write_content_set(XmlOut& out, const Article& a, bool nitf) {
    bool has_text = !a.body.empty() || !a.trailer.empty();
    if (!has_text && a.media.empty()) return;
    out.open("contentSet");
    if (has_text && nitf) {
        out.open("inlineXML", {{"contenttype", std::string(nitf_names::media_type)}});
        write_nitf(out, a);
        out.close("inlineXML");
    } else if (has_text) {
        write_xhtml(out, a);
    }
    for (const auto& m : a.media) write_remote_content(out, m);
    out.close("contentSet");
}

}  // namespace wirekit::newsml
