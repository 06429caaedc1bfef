#include "schema/libxml_findings.hpp"

#include <libxml/SAX2.h>

#include <climits>
#include <cstdint>
#include <string>

#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether the attribute written WRITTEN ("x", "xml:lang") is NAME: a
// qualified name, or "{uri}local" (then any prefix will do).
bool attribute_is(std::string_view written, std::string_view name) {
    if (!name.starts_with('{')) return written == name;
    std::string_view local = name.substr(name.find('}') + 1);
    auto colon = written.find(':');
    return colon != std::string_view::npos && written.substr(colon + 1) == local;
}

// The offset of attribute NAME's name within start tag TAG ("<a x='1' ..."),
// if it is written there (a defaulted attribute is not).
std::optional<std::size_t> attribute_offset(std::string_view tag, std::string_view name) {
    std::size_t i = 1;
    while (i < tag.size() && !is_xml_space(tag[i]) && tag[i] != '>' && tag[i] != '/') ++i;
    while (i < tag.size()) {
        while (i < tag.size() && is_xml_space(tag[i])) ++i;
        std::size_t start = i;
        while (i < tag.size() && tag[i] != '=' && !is_xml_space(tag[i]) && tag[i] != '>' && tag[i] != '/') ++i;
        if (i == start) return std::nullopt;
        if (attribute_is(tag.substr(start, i - start), name)) return start;
        while (i < tag.size() && tag[i] != '"' && tag[i] != '\'') ++i;
        if (i >= tag.size()) return std::nullopt;
        std::size_t close = tag.find(tag[i], i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        i = close + 1;
    }
    return std::nullopt;
}

std::string qualified_name(xmlAttrPtr attribute) {
    std::string name = reinterpret_cast<const char*>(attribute->name);
    if (attribute->ns && attribute->ns->prefix) return reinterpret_cast<const char*>(attribute->ns->prefix) + (":" + name);
    return name;
}

// The attribute a validator's message is about: "Element 'x', attribute 'NAME': ...".
std::string_view attribute_in_message(std::string_view message) {
    constexpr std::string_view marker = ", attribute '";
    auto at = message.find(marker);
    if (at == std::string_view::npos) return {};
    std::string_view rest = message.substr(at + marker.size());
    return rest.substr(0, rest.find('\''));
}

}  // namespace

xmlDocPtr LibxmlPlaces::parse(int options, const char* encoding) {
    if (text_.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) return nullptr;
    ctxt->sax->startElementNs = &LibxmlPlaces::record_start_tag;
    ctxt->_private = this;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, text_.data(), static_cast<int>(text_.size()), "input", encoding, options);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

// After the start tag is read the parser stands at its '>' (or "/>"); the
// node keeps that offset + 1 in its application slot. Only for the document's
// own bytes read without conversion, where offsets are offsets into TEXT.
void LibxmlPlaces::record_start_tag(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
                                    int namespace_count, const xmlChar** namespaces, int attribute_count,
                                    int defaulted_count, const xmlChar** attributes) {
    xmlSAX2StartElementNs(ctx, localname, prefix, uri, namespace_count, namespaces, attribute_count, defaulted_count,
                          attributes);
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    xmlParserInputPtr in = ctxt->input;
    if (!ctxt->node || ctxt->node->_private || ctxt->inputNr != 1 || !in || !in->buf || in->buf->encoder) return;
    auto end = static_cast<std::size_t>(in->consumed) + static_cast<std::size_t>(in->cur - in->base);
    ctxt->node->_private = reinterpret_cast<void*>(static_cast<std::uintptr_t>(end) + 1);
}

std::optional<std::pair<std::size_t, std::size_t>> LibxmlPlaces::place_of(xmlNodePtr node, std::string_view attribute) {
    std::string attribute_name(attribute);
    if (node && node->type == XML_ATTRIBUTE_NODE) {
        attribute_name = qualified_name(reinterpret_cast<xmlAttrPtr>(node));
        node = node->parent;
    }
    while (node && node->type != XML_ELEMENT_NODE) node = node->parent;
    if (!node || !node->_private) return std::nullopt;
    auto end = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(node->_private) - 1);
    std::size_t open = end < text_.size() ? text_.rfind('<', end) : std::string_view::npos;
    if (open == std::string_view::npos) return std::nullopt;
    std::size_t at = open;
    if (!attribute_name.empty())
        if (auto offset = attribute_offset(text_.substr(open, end - open), attribute_name)) at = open + *offset;
    LineColumn place = lines_.at(at);
    return std::pair{place.line, place.column};
}

void LibxmlErrorSink::receive(void* sink, xmlErrorPtr error) {
    auto* self = static_cast<LibxmlErrorSink*>(sink);
    std::string message(trim(error->message ? error->message : "libxml2 reported an error without a message"));
    std::size_t line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
    std::size_t column = line > 0 && error->int2 > 0 ? static_cast<std::size_t>(error->int2) : 0;
    if (error->node && self->places)
        if (auto place = self->places->place_of(static_cast<xmlNodePtr>(error->node), attribute_in_message(message)))
            std::tie(line, column) = *place;
    if (error->level == XML_ERR_WARNING)
        self->findings.warning(std::move(message), line, column);
    else
        self->findings.error(std::move(message), line, column);
}

}  // namespace wirekit
