#pragma once
// Finding where elements begin and end in XML text without parsing it: for
// reading a large document one part at a time (a NewsML-G2 message item by
// item), each part then parsed alone. Markup is recognised (comments, CDATA,
// processing instructions, quoted attribute values) but names are not matched
// and nothing is checked beyond what finding the parts needs: the parser that
// reads each part finds its errors.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace wirekit {

// An element's start tag ("<itemSet a='1'>"), or a whole empty element ("<x/>").
struct XmlTagSpan {
    std::size_t begin = 0;  // at '<'
    std::size_t end = 0;    // just after '>'
    std::string_view name;  // qualified, as written
    bool empty = false;     // "<x/>": the tag is the whole element
};

// A child element, from its start tag to just after its end tag.
struct XmlElementSpan {
    XmlTagSpan start;
    std::size_t end = 0;
};

// The document element's start tag: the first tag after the prolog (XML
// declaration, comments, processing instructions, a DOCTYPE, white space).
// nullopt when anything else comes first or the tag does not end.
std::optional<XmlTagSpan> skim_root_tag(std::string_view text);

// The child elements of the element whose start tag ends at FROM, up to its end
// tag. nullopt when the text between and around them is more than white space,
// comments and processing instructions, or when the element does not end.
std::optional<std::vector<XmlElementSpan>> skim_children(std::string_view text, std::size_t from);

using XmlNameTest = bool (*)(std::string_view qualified_name);

// An element's children and, found in the same pass, the children of the first
// of them a name test accepts: a message's itemSet and its items.
struct XmlSkimmedLevels {
    std::vector<XmlElementSpan> children;
    std::optional<std::size_t> container;       // the index in children of the first accepted
    std::vector<XmlElementSpan> grandchildren;  // the container's children
};

// As skim_children, and the children of the first child IS_CONTAINER accepts,
// held to the same rules (nullopt when text stands beside them).
std::optional<XmlSkimmedLevels> skim_children_and_container(std::string_view text, std::size_t from,
                                                            XmlNameTest is_container);

}  // namespace wirekit
