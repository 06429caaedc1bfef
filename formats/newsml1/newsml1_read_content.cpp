#include "newsml1/newsml1_read_content.hpp"

#include "html/html_body.hpp"
#include "report/error.hpp"
#include "nitfbody/nitf_html.hpp"
#include "story/plain_text_body.hpp"
#include "text/body_text.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::newsml1 {

namespace {

std::string format_of(pugi::xml_node content_item) {
    return to_lower_ascii(formal_name(nml_child(content_item, "Format")) + " " + formal_name(nml_child(content_item, "MimeType")));
}

void take_html(ReadContext& ctx, pugi::xml_node where, const std::string& html, ContentText& out) {
    HtmlContent content = html_to_body(html, ctx.options().base_url);
    out.body = std::move(content.body);
    drop_blank_paragraphs(out.body);
    for (auto& image : content.images) out.media.push_back(std::move(image));
    if (content.dropped_unsafe) ctx.note(where, "unsafe markup (script, event handlers, javascript: links) removed from the body");
}

void take_nitf(ReadContext& ctx, pugi::xml_node nitf, ContentText& out) {
    NitfBody body = read_nitf_body(child_with_local_name(nitf, "body"), ctx.options().base_url);
    out.body = std::move(body.body);
    out.trailer = std::move(body.trailer);
    out.media = std::move(body.media);
    if (body.head.dateline) out.dateline = read_nitf_dateline(body.head.dateline).text;
    out.head = std::move(body.head);
    if (body.dropped_unsafe) ctx.note(nitf, "unsafe markup (script, event handlers, javascript: links) removed from the body");
}

// The MIME type a Format names: one itself ("image/jpeg", AFP), or a file
// format agencies name ("Jpeg", "JPEG Baseline", "Mpeg4").
std::string mime_type_of_format(std::string_view format) {
    if (format.find('/') != std::string_view::npos) return std::string(format);
    static constexpr std::pair<std::string_view, std::string_view> known[] = {
        {"jpeg", "image/jpeg"}, {"jpg", "image/jpeg"}, {"png", "image/png"},        {"gif", "image/gif"},
        {"tiff", "image/tiff"}, {"mpeg4", "video/mp4"}, {"mp4", "video/mp4"},        {"mpeg", "video/mpeg"},
        {"mp3", "audio/mpeg"},  {"wav", "audio/wav"},   {"pdf", "application/pdf"}};
    std::string first_word = to_lower_ascii(format.substr(0, format.find(' ')));
    for (const auto& [name, type] : known)
        if (first_word == name) return std::string(type);
    return {};
}

// NITF sent as text (escaped, or in a CDATA section): read as the NITF it is,
// when it is well-formed.
bool take_escaped_nitf(ReadContext& ctx, pugi::xml_node data, const std::string& text, ContentText& out) {
    std::string_view start = trim(text);
    if (!start.starts_with("<nitf") && !start.starts_with("<?xml")) return false;
    ReadOptions options = ctx.options();
    options.strict = false;
    options.charset = "UTF-8";  // the text is the document's, decoded already
    try {
        auto xml = parse_xml(text, options);
        pugi::xml_node root = xml->doc.document_element();
        if (!has_local_name(root, "nitf")) return false;
        take_nitf(ctx, root, out);
    } catch (const Error&) {
        return false;
    }
    ctx.forgive(data, "NITF sent as text in DataContent, read as NITF");
    return true;
}

std::optional<long long> characteristic(pugi::xml_node characteristics, std::initializer_list<std::string_view> names) {
    for (pugi::xml_node p : characteristics.children())
        for (std::string_view name : names)
            if (is_nml(p, "Property") && iequals_ascii(formal_name(p), name))
                if (auto n = parse_number<long long>(attribute_of(p, "Value")); n && *n >= 0) return n;
    return std::nullopt;
}

std::string characteristic_text(pugi::xml_node characteristics, std::string_view name) {
    for (pugi::xml_node p : characteristics.children())
        if (is_nml(p, "Property") && iequals_ascii(formal_name(p), name)) return attribute_of(p, "Value");
    return {};
}

}  // namespace

bool is_text_item(pugi::xml_node content_item) {
    if (!attribute_of(content_item, "Href").empty() || nml_child(content_item, "Encoding")) return false;
    if (!nml_child(content_item, "DataContent")) return false;
    std::string type = media_type_of(content_item);
    if (!type.empty() && type != "text" && type != "complexdata") return false;
    return format_of(content_item).find("css") == std::string::npos;
}

std::string media_type_of(pugi::xml_node content_item) { return to_lower_ascii(formal_name(nml_child(content_item, "MediaType"))); }

ContentText read_text_item(ReadContext& ctx, pugi::xml_node content_item) {
    ContentText out;
    pugi::xml_node data = nml_child(content_item, "DataContent");
    if (pugi::xml_node root = first_child_element(data)) {
        if (has_local_name(root, "nitf")) {
            take_nitf(ctx, root, out);
        } else {
            pugi::xml_node body = root;
            if (has_local_name(root, "html")) body = child_with_local_name(root, "body") ? child_with_local_name(root, "body") : root;
            take_html(ctx, data, html_of_children(has_local_name(root, "html") ? body : data, xhtml_tag), out);
        }
        return out;
    }
    std::string text = text_with_breaks(data);
    if (take_escaped_nitf(ctx, data, text, out)) return out;
    if (format_of(content_item).find("html") != std::string::npos || looks_like_html(text)) {
        take_html(ctx, data, text, out);
        return out;
    }
    bool dropped_tags = false;
    out.body = plain_text_body(text, dropped_tags);
    if (dropped_tags) ctx.forgive(data, "HTML tags in a plain-text DataContent, left out");
    return out;
}

std::string text_item_lines(ReadContext& ctx, pugi::xml_node content_item) {
    std::string lines;
    for (const auto& p : block_paragraphs(read_text_item(ctx, content_item).body)) lines += (lines.empty() ? "" : "\n") + p;
    return lines;
}

Media read_media_item(pugi::xml_node content_item) {
    Media m;
    m.url = attribute_of(content_item, "Href");
    m.mime_type = formal_name(nml_child(content_item, "MimeType"));
    if (m.mime_type.empty()) m.mime_type = mime_type_of_format(formal_name(nml_child(content_item, "Format")));
    pugi::xml_node characteristics = nml_child(content_item, "Characteristics");
    if (auto size = parse_number<long long>(text_of(nml_child(characteristics, "SizeInBytes"))); size && *size >= 0) m.bytes = size;
    m.width = characteristic(characteristics, {"Width", "PixelWidth"});
    m.height = characteristic(characteristics, {"Height", "PixelHeight"});
    if (auto seconds = parse_number<double>(characteristic_text(characteristics, "Duration")); seconds && *seconds > 0) m.duration = seconds;
    m.alt_text = characteristic_text(characteristics, "AlternateText");
    m.caption = characteristic_text(characteristics, "Caption");
    m.credit = characteristic_text(characteristics, "Credit");
    return m;
}

}  // namespace wirekit::newsml1
