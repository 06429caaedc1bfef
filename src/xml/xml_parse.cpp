#include "xml/xml_parse.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "report/error.hpp"
#include "text/charset.hpp"
#include "text/location.hpp"
#include "text/text.hpp"
#include "xml/xml_text.hpp"

namespace wirekit {

namespace {

// An error this close to the end of the input is where the input stopped.
bool looks_truncated(std::string_view text, std::ptrdiff_t offset) {
    auto at = static_cast<std::size_t>(offset < 0 ? 0 : offset);
    return at + 1 >= text.size() || text.find('>', at + 1) == std::string_view::npos;
}

struct TextOffset {
    std::string_view text;
    std::size_t offset;
    const LineIndex* lines;
};

// OFFSET in XML.text as it was before parsing: in the text it is a piece of,
// for a document of pieces (parsed in place, its own text is changed).
TextOffset original_of(const XmlDocument& xml, std::size_t offset) {
    // The last piece that starts at or before OFFSET (a feed's frame has a piece per item).
    auto after = std::upper_bound(xml.pieces.begin(), xml.pieces.end(), offset,
                                  [](std::size_t at, const XmlPiece& piece) { return at < piece.offset; });
    if (after == xml.pieces.begin()) return {xml.text, offset, xml.lines.get()};
    const XmlPiece& piece = *std::prev(after);
    return {xml.whole, piece.whole_offset + (offset - piece.offset), xml.lines.get()};
}

// 1-based line and column of OFFSET in XML.text, counted in the text it is a piece of.
std::pair<std::size_t, std::size_t> line_column_at(const XmlDocument& xml, std::size_t offset) {
    TextOffset at = original_of(xml, offset);
    return line_column_of(XmlPlace{at.text, at.offset, at.lines});
}

void check_depth(const XmlDocument& xml, const ReadOptions& options) {
    // In document order along the tree's own links: no stack to grow, for
    // every item of a large feed parsed alone.
    std::size_t depth = 1;
    for (pugi::xml_node node = xml.doc.first_child(); node;) {
        if (node.type() == pugi::node_element && depth > max_xml_depth) {
            auto [line, column] = line_column_of(xml, node);
            throw Error(Exit::data, "elements nested deeper than " + std::to_string(max_xml_depth) + " levels", options.source,
                        line, column);
        }
        if (pugi::xml_node child = node.first_child()) {
            node = child;
            ++depth;
            continue;
        }
        for (; !node.next_sibling() && depth > 1; --depth) node = node.parent();
        node = node.next_sibling();
    }
}

}  // namespace

std::unique_ptr<XmlDocument> xml_text_of(std::string_view bytes, const ReadOptions& options) {
    auto xml = std::make_unique<XmlDocument>();
    // Mostly the input is UTF-8 already and has nothing to repair: then it is
    // the text itself, never copied before the parser makes its own copy.
    std::string_view unmarked = without_utf8_bom(bytes);
    std::optional<std::string> utf8 = xml_to_utf8(bytes, options);
    std::string_view utf8_text = utf8 ? std::string_view(*utf8) : unmarked;
    if (trim(utf8_text).empty()) throw Error(Exit::data, "empty input: no XML document", options.source);
    std::optional<std::string> repaired = repair_references(utf8_text, options);
    if (repaired)
        xml->converted = std::move(*repaired);
    else if (utf8)
        xml->converted = std::move(*utf8);
    xml->text = repaired || utf8 ? std::string_view(xml->converted) : unmarked;
    xml->lines = std::make_shared<const LineIndex>(xml->text);
    return xml;
}

namespace {

// Parses XML.text; in place (changing it) when IN_PLACE, else a copy.
void load(XmlDocument& xml, const ReadOptions& options, bool in_place) {
    // Without parse_doctype the DTD is skipped: nothing in it is ever expanded or fetched.
    // Whitespace between inline elements is text ("<em>a</em> <b>b</b>"), so it is kept.
    constexpr unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata;
    pugi::xml_parse_result result =
        in_place ? xml.doc.load_buffer_inplace(xml.converted.data(), xml.converted.size(), flags, pugi::encoding_utf8)
                 : xml.doc.load_buffer(xml.text.data(), xml.text.size(), flags, pugi::encoding_utf8);
    if (result.status == pugi::status_no_document_element)
        throw Error(Exit::data, "no XML element in the input", options.source);
    if (!result) {
        auto offset = static_cast<std::size_t>(result.offset < 0 ? 0 : result.offset);
        auto [line, column] = line_column_at(xml, offset);
        bool keep = result.status == pugi::status_end_element_mismatch && xml.doc.document_element() &&
                    looks_truncated(xml.text, result.offset);
        if (!keep || options.strict)
            throw Error(Exit::data, std::string("not well-formed XML: ") + result.description() + (keep ? " (--strict)" : ""),
                        options.source, line, column);
        xml.truncated = true;
        options.diag->warning(options.source, "the document ends early; keeping what was read", line, column);
    }
    if (!xml.doc.document_element()) throw Error(Exit::data, "no XML element in the input", options.source);
    check_depth(xml, options);
}

}  // namespace

void load_xml(XmlDocument& xml, const ReadOptions& options) { load(xml, options, false); }

std::unique_ptr<XmlDocument> parse_xml(std::string_view bytes, const ReadOptions& options) {
    auto xml = xml_text_of(bytes, options);
    load_xml(*xml, options);
    return xml;
}

std::unique_ptr<XmlDocument> parse_xml_pieces(std::string text, const XmlDocument& whole, std::vector<XmlPiece> pieces,
                                              const ReadOptions& options) {
    auto xml = std::make_unique<XmlDocument>();
    xml->converted = std::move(text);
    xml->text = xml->converted;
    xml->whole = whole.text;
    xml->lines = whole.lines;
    xml->pieces = std::move(pieces);
    // In place: lines and columns are counted in WHOLE, which the parser does not change.
    load(*xml, options, true);
    return xml;
}

std::string_view local_name(std::string_view qualified_name) {
    auto colon = qualified_name.rfind(':');
    return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

std::string_view prefix_of(std::string_view qualified_name) {
    auto colon = qualified_name.find(':');
    return colon == std::string_view::npos ? std::string_view{} : qualified_name.substr(0, colon);
}

std::string namespace_of(pugi::xml_node element) { return std::string(namespace_view(element)); }

namespace {

// The attribute that declares PREFIX: xmlns, or xmlns:PREFIX.
std::string declaration_of(std::string_view prefix) { return prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix); }

// The value of DECLARATION on ELEMENT or its nearest ancestor that has it.
// pugixml looks it up by name in one call an element.
std::optional<std::string_view> declared_by(pugi::xml_node element, const std::string& declaration) {
    for (pugi::xml_node n = element; n.type() == pugi::node_element; n = n.parent())
        if (pugi::xml_attribute a = n.attribute(declaration.c_str())) return a.value();
    return std::nullopt;
}

// What a declaration binds PREFIX to, or else what is bound by definition.
std::string_view bound_or_predefined(std::optional<std::string_view> declared, std::string_view prefix) {
    if (declared) return *declared;
    // The xml: prefix is bound by definition.
    if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
    return {};
}

}  // namespace

std::optional<std::string_view> declared_namespace(pugi::xml_node element, std::string_view prefix) {
    return declared_by(element, declaration_of(prefix));
}

std::string_view namespace_view(pugi::xml_node element) {
    std::string_view prefix = prefix_of(element.name());
    return bound_or_predefined(declared_namespace(element, prefix), prefix);
}

std::string_view ChildNamespaces::of(pugi::xml_node child) {
    if (child.type() != pugi::node_element) return namespace_view(child);
    std::string_view prefix = prefix_of(child.name());
    // The child's own declaration, else the parent's scope: the walk namespace_view takes.
    // Most children have no attributes, and so declare nothing.
    if (child.first_attribute())
        if (pugi::xml_attribute a = child.attribute(declaration_of(prefix).c_str())) return a.value();
    for (const Binding& b : bindings_)
        if (b.prefix == prefix) return b.ns;
    std::string_view ns = bound_or_predefined(declared_by(parent_, declaration_of(prefix)), prefix);
    // An item's children use a few prefixes: one allocation for all of them.
    if (bindings_.empty()) bindings_.reserve(8);
    bindings_.push_back({prefix, ns});
    return ns;
}

bool is_element(pugi::xml_node element, std::string_view local, std::string_view ns, bool lenient) {
    if (element.type() != pugi::node_element || local_name(element.name()) != local) return false;
    std::string_view actual = namespace_view(element);
    return actual == ns || (lenient && actual.empty());
}

pugi::xml_node first_child_element(pugi::xml_node parent) {
    for (pugi::xml_node child : parent.children())
        if (child.type() == pugi::node_element) return child;
    return {};
}

pugi::xml_node child_element(pugi::xml_node parent, std::string_view local, std::string_view ns) {
    for (pugi::xml_node child : parent.children())
        if (is_element(child, local, ns)) return child;
    return {};
}

bool has_name(pugi::xml_node element, std::string_view local, std::string_view ns) {
    if (element.type() != pugi::node_element || !iequals_ascii(local_name(element.name()), local)) return false;
    std::string_view actual = namespace_view(element);
    return actual.empty() || actual == ns;
}

pugi::xml_node child_with_name(pugi::xml_node parent, std::string_view local, std::string_view ns) {
    for (pugi::xml_node child : parent.children())
        if (has_name(child, local, ns)) return child;
    return {};
}

bool has_local_name(pugi::xml_node element, std::string_view local) {
    return element.type() == pugi::node_element && iequals_ascii(local_name(element.name()), local);
}

pugi::xml_node child_with_local_name(pugi::xml_node parent, std::string_view local) {
    for (pugi::xml_node child : parent.children())
        if (has_local_name(child, local)) return child;
    return {};
}

std::string line_text(pugi::xml_node element) { return collapse_spaces(text_of(element)); }

std::string text_with_breaks(pugi::xml_node element) {
    std::string out;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        else if (child.type() == pugi::node_element && iequals_ascii(local_name(child.name()), "br")) out += '\n';
        else if (child.type() == pugi::node_element) out += text_with_breaks(child);
    }
    return out;
}

namespace {

// NODE's one text or CDATA child, trimmed, when that is all it holds.
std::optional<std::string_view> only_text(pugi::xml_node node) {
    pugi::xml_node only = node.first_child();
    if (only && !only.next_sibling() && (only.type() == pugi::node_pcdata || only.type() == pugi::node_cdata))
        return trim(only.value());
    return std::nullopt;
}

// The text of NODE and its descendants joined, trimmed.
std::string joined_text(pugi::xml_node node) {
    std::string out;
    std::vector<pugi::xml_node> stack{node};
    // Iterative, children in document order.
    while (!stack.empty()) {
        pugi::xml_node n = stack.back();
        stack.pop_back();
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
        std::vector<pugi::xml_node> children;
        for (pugi::xml_node c : n.children()) children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    return std::string(trim(out));
}

}  // namespace

std::string text_of(pugi::xml_node node) {
    if (std::optional<std::string_view> only = only_text(node)) return std::string(*only);
    return joined_text(node);
}

std::string_view text_view_of(pugi::xml_node node, std::string& spare) {
    if (std::optional<std::string_view> only = only_text(node)) return *only;
    spare = joined_text(node);
    return spare;
}

std::string attribute_of(pugi::xml_node element, std::string_view local) {
    for (pugi::xml_attribute a : element.attributes())
        if (local_name(a.name()) == local && !std::string_view(a.name()).starts_with("xmlns"))
            return std::string(trim(a.value()));
    return {};
}

Error wrong_root_error(const XmlDocument& xml, pugi::xml_node root, std::string_view format, std::string_view expected,
                       const ReadOptions& options) {
    auto [line, column] = line_column_of(xml, root);
    std::string ns = namespace_of(root);
    return Error(Exit::data,
                 "root element <" + std::string(local_name(root.name())) + ">" + (ns.empty() ? "" : " in namespace " + ns) + " is not " +
                     std::string(format) + " (expected " + std::string(expected) + ")",
                 options.source, line, column);
}

std::optional<XmlPlace> place_of(const XmlDocument& doc, pugi::xml_node node) {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return std::nullopt;
    TextOffset at = original_of(doc, static_cast<std::size_t>(offset));
    // pugixml points at an element's name; people expect the '<'.
    if (at.offset > 0 && at.text[at.offset - 1] == '<') --at.offset;
    return XmlPlace{at.text, at.offset, at.lines};
}

std::pair<std::size_t, std::size_t> line_column_of(const XmlDocument& doc, pugi::xml_node node) {
    std::optional<XmlPlace> place = place_of(doc, node);
    return place ? line_column_of(*place) : std::pair<std::size_t, std::size_t>{0, 0};
}

void note_at(const XmlDocument& doc, pugi::xml_node node, const ReadOptions& options, const std::string& message) {
    if (!options.diag->keeps_notes()) return;
    auto [line, column] = line_column_of(doc, node);
    options.diag->note(options.source, message, line, column);
}

void warn_at(const XmlDocument& doc, pugi::xml_node node, const ReadOptions& options, const std::string& message) {
    if (!options.diag->keeps_warnings()) return;
    auto [line, column] = line_column_of(doc, node);
    options.diag->warning(options.source, message, line, column);
}

std::pair<std::size_t, std::size_t> line_column_of(const XmlPlace& place) {
    LineColumn lc = place.lines ? place.lines->at(place.offset) : line_column(place.text, place.offset);
    return {lc.line, lc.column};
}

}  // namespace wirekit
