#pragma once
// A large document read in parts (a feed's items, a NewsML-G2 message's
// items), so that no more than one part per thread is parsed at a time: the
// elements xml_skim found are parsed one by one, each inside copies of its
// ancestors' start tags, and the rest of the document (its frame) without
// them. Lines and columns stay those of the whole text.
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "xml/xml_parse.hpp"
#include "xml/xml_skim.hpp"

namespace wirekit {

// Where a document's items are in its text: the children of a container
// element that is a child of the root (a feed's channel, a message's itemSet).
struct XmlItemsLayout {
    XmlTagSpan root;
    XmlTagSpan container;
    std::vector<XmlElementSpan> children;  // the container's
    std::vector<XmlElementSpan> root_children;

    // The start tags a part is parsed inside: the root's and the container's.
    std::vector<XmlTagSpan> ancestors() const { return {root, container}; }
};

// The layout of TEXT when its root is an element IS_ROOT accepts with a child
// IS_CONTAINER accepts (the first), as xml_skim finds them; nullopt otherwise.
std::optional<XmlItemsLayout> skim_items_layout(std::string_view text, XmlNameTest is_root, XmlNameTest is_container);

// WHOLE's text (from xml_text_of) without the elements CUT (in document
// order), parsed. nullptr when that is not well-formed or needs a recovery:
// the caller then reads the whole document, which tells what is wrong.
std::unique_ptr<XmlDocument> parse_xml_frame(const XmlDocument& whole, const std::vector<XmlElementSpan>& cut,
                                             const ReadOptions& options);

// ELEMENT of WHOLE parsed alone, inside copies of the start tags ANCESTORS
// (outermost first): their namespaces, xml:lang and xml:base hold for it.
// Throws as parse_xml does.
std::unique_ptr<XmlDocument> parse_xml_part(const XmlDocument& whole, const std::vector<XmlTagSpan>& ancestors,
                                            const XmlElementSpan& element, const ReadOptions& options);

// The element a part holds: below its copies of ANCESTOR_COUNT start tags.
pugi::xml_node part_element(const XmlDocument& part, std::size_t ancestor_count);

// What one thread that parses parts of WHOLE has of its own: the reader's
// options, with diag set to the notes of the part read now, and WHOLE's text
// with a line index of its own (a LineIndex counts on from its last answer,
// so each thread has one; they share the starts of the lines).
class XmlPartParser {
public:
    XmlPartParser(const XmlDocument& whole, const ReadOptions& options);
    XmlPartParser(const XmlPartParser&) = delete;
    XmlPartParser& operator=(const XmlPartParser&) = delete;

    const ReadOptions& options() const { return options_; }
    // Notes and warnings from now on go to DIAG.
    void tell(Diagnostics& diag) { options_.diag = &diag; }
    // parse_xml_part of WHOLE with these options.
    std::unique_ptr<XmlDocument> parse(const std::vector<XmlTagSpan>& ancestors, const XmlElementSpan& element) const;

private:
    ReadOptions options_;
    XmlDocument whole_;  // WHOLE's text and a line index over it; nothing parsed
};

}  // namespace wirekit
