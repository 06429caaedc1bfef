#pragma once
// Loading XML for every XML format, safely and leniently: the DTD is never
// processed (no entity is expanded, nothing is fetched), nesting is bounded,
// errors carry line and column, and the declared encoding is honoured.
#include <pugixml.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "options/read_write_options.hpp"
#include "report/error.hpp"
#include "text/location.hpp"

namespace wirekit {

// Deeper documents are refused: readers walk trees recursively.
inline constexpr std::size_t max_xml_depth = 512;

// Where a piece of a document's text comes from in a larger text: from OFFSET
// in the document on, the text is that of the larger one from WHOLE_OFFSET on.
struct XmlPiece {
    std::size_t offset = 0;
    std::size_t whole_offset = 0;
};

struct XmlDocument {
    std::string_view text;  // the UTF-8 text that was parsed: the input or converted; offsets of nodes point into it
    std::string converted;  // the input made UTF-8 and repaired, when that changed it
    pugi::xml_document doc;
    bool truncated = false;  // the input ended early and what was read so far is kept
    // A document made of pieces of a larger text (one item of a message read
    // alone) counts lines and columns in that text: WHOLE, placed by PIECES
    // (in order of offset, the first at 0). Empty for a document of its own.
    std::string_view whole;
    std::vector<XmlPiece> pieces;
    // Lines of the text lines and columns are counted in (TEXT, or WHOLE for a
    // document of pieces, whose parts share it): a document with a note on each
    // of 10,000 items counted from its start for each.
    std::shared_ptr<const LineIndex> lines;
};

// Parses BYTES as XML. Encodings: a BOM, then ReadOptions::charset, then the
// XML declaration; anything but UTF-8/16/32 is converted with iconv; UTF-8 that
// is not valid falls back to Windows-1252 with a warning. A truncated document
// keeps what was read, with a warning. With options.strict every such recovery
// is an error. Throws Error 65 with line and column when BYTES is not
// well-formed XML, too deep, or empty. BYTES must outlive the document: when
// they need no conversion, its text is BYTES themselves (one copy fewer).
std::unique_ptr<XmlDocument> parse_xml(std::string_view bytes, const ReadOptions& options);

// parse_xml in two steps, for a reader that parses its input a part at a time:
// the text as parse_xml parses it (converted to UTF-8, references repaired),
// with nothing parsed yet; then the parse of that text.
std::unique_ptr<XmlDocument> xml_text_of(std::string_view bytes, const ReadOptions& options);
void load_xml(XmlDocument& xml, const ReadOptions& options);

// Parses TEXT, made of pieces of WHOLE's text (WHOLE from xml_text_of) as
// PIECES says, in place: errors and nodes are placed by their line and column
// in WHOLE's text. Throws as parse_xml does.
std::unique_ptr<XmlDocument> parse_xml_pieces(std::string text, const XmlDocument& whole, std::vector<XmlPiece> pieces,
                                              const ReadOptions& options);

// "dc:creator" -> "creator"; "title" -> "title".
std::string_view local_name(std::string_view qualified_name);
// "dc:creator" -> "dc"; "title" -> "".
std::string_view prefix_of(std::string_view qualified_name);

// What an xmlns declaration on ELEMENT or an ancestor binds PREFIX ("" for
// the default namespace) to; nullopt when none declares it.
std::optional<std::string_view> declared_namespace(pugi::xml_node element, std::string_view prefix);

// The namespace URI of an element (its prefix, or the default namespace, looked
// up through the xmlns declarations of it and its ancestors); "" for none.
std::string namespace_of(pugi::xml_node element);
// The same, pointing into the document (valid while it lives): no copy.
std::string_view namespace_view(pugi::xml_node element);

// The namespaces of one parent's child elements, for readers that ask it of
// every child: what the parent's scope binds a prefix to is looked up once,
// not once a child (the lookup walks the ancestors' attributes).
class ChildNamespaces {
public:
    explicit ChildNamespaces(pugi::xml_node parent) : parent_(parent) {}
    // namespace_view(CHILD), CHILD being a child of the parent.
    std::string_view of(pugi::xml_node child);

private:
    struct Binding {
        std::string_view prefix;  // in a child's name: the document outlives this
        std::string_view ns;
    };
    pugi::xml_node parent_;
    std::vector<Binding> bindings_;  // the prefixes asked so far: a few
};

// Whether ELEMENT has the local name LOCAL and is in namespace NS. An element in
// no namespace matches too when LENIENT (real feeds forget their namespaces).
bool is_element(pugi::xml_node element, std::string_view local, std::string_view ns, bool lenient = true);

// The first child of PARENT that is an element, or null.
pugi::xml_node first_child_element(pugi::xml_node parent);

// The first child element of PARENT that is_element(child, LOCAL, NS).
pugi::xml_node child_element(pugi::xml_node parent, std::string_view local, std::string_view ns);

// Whether ELEMENT's local name is LOCAL, ignoring ASCII case (agencies write
// "Header", "Headline", "ednote"), and it is in namespace NS or in none: how
// the lenient readers match their own elements.
bool has_name(pugi::xml_node element, std::string_view local, std::string_view ns);

// The first child element of PARENT that has_name(child, LOCAL, NS).
pugi::xml_node child_with_name(pugi::xml_node parent, std::string_view local, std::string_view ns);

// Whether ELEMENT's local name is LOCAL, ignoring ASCII case, whatever its
// namespace: for markup embedded in another format (NITF or XHTML in
// NewsML-G2's inlineXML may inherit G2's default namespace, or have its own,
// or none).
bool has_local_name(pugi::xml_node element, std::string_view local);

// The first child element of PARENT that has_local_name(child, LOCAL).
pugi::xml_node child_with_local_name(pugi::xml_node parent, std::string_view local);

// The text of NODE and all its descendants (text and CDATA), trimmed.
std::string text_of(pugi::xml_node node);
// The same without a copy when NODE holds one text or CDATA node, as most do:
// a view into the document then, else into SPARE, which it fills.
std::string_view text_view_of(pugi::xml_node node, std::string& spare);

// The text of a one-line element: text_of with every run of white space one space.
std::string line_text(pugi::xml_node element);

// The text of ELEMENT as written, a <br/> (any namespace, any case) as a line
// break: for what a writer wrote with its line breaks (a trailer, a tagline).
std::string text_with_breaks(pugi::xml_node element);

// The value of the attribute whose local name is LOCAL (any prefix), trimmed.
std::string attribute_of(pugi::xml_node element, std::string_view local);

// The error for a document whose ROOT is not what FORMAT (as people name it:
// "NITF") has: "root element <html> is not NITF (expected nitf)", at ROOT.
Error wrong_root_error(const XmlDocument& xml, pugi::xml_node root, std::string_view format, std::string_view expected,
                       const ReadOptions& options);

// Where a node is in the text it was parsed from: an element at its '<'.
struct XmlPlace {
    std::string_view text;  // DOC.text, or DOC.whole for a document of pieces
    std::size_t offset = 0;
    const LineIndex* lines = nullptr;  // DOC.lines, when it has them
};
// NODE's place in DOC's text, or nullopt when unknown.
std::optional<XmlPlace> place_of(const XmlDocument& doc, pugi::xml_node node);

// 1-based line and column of NODE in DOC.text, or in DOC.whole for a document
// of pieces (0, 0 when unknown).
std::pair<std::size_t, std::size_t> line_column_of(const XmlDocument& doc, pugi::xml_node node);
std::pair<std::size_t, std::size_t> line_column_of(const XmlPlace& place);

// Tells OPTIONS.diag MESSAGE, a note or a warning, at NODE of DOC. The place
// is found only when the diagnostic is kept: the first place asked for
// indexes the lines of the whole text, which a large document read with -q
// (warnings) or without -v (notes) need never do.
void note_at(const XmlDocument& doc, pugi::xml_node node, const ReadOptions& options, const std::string& message);
void warn_at(const XmlDocument& doc, pugi::xml_node node, const ReadOptions& options, const std::string& message);

}  // namespace wirekit
