#pragma once
// The HTML that feeds mostly carry, parsed without gumbo: fragments that are
// well-formed, XHTML-compatible markup made of a small set of tags
// (paragraphs, headings, lists, quotes, figures, emphasis, links, images, line
// breaks) with quoted attributes and plain characters and references. For
// such a fragment every HTML5 parser builds the same tree as a naive one, so
// this builds it directly, many times faster than gumbo. Anything else (other
// tags, misnesting, unclosed elements, comments, unusual references or
// characters) is refused, and html_to_body gives it to gumbo instead.
#include <gumbo.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_walk.hpp"

namespace wirekit {

// The tree of an accepted fragment, with the interface HtmlWalker reads.
struct HtmlSubsetTree {
    // An index into nodes. Node 0 is the root (the <body>), which is nobody's
    // child or sibling, so 0 also means "no node".
    using Node = std::uint32_t;
    static constexpr Node root = 0;

    // A piece of the source, or of decoded when references had to be replaced.
    struct Span {
        std::uint32_t begin = 0, size = 0;
        bool decoded = false;
    };
    struct NodeData {
        GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text
        Node first_child = 0, last_child = 0, next_sibling = 0;
        Span text;
        std::uint32_t first_attribute = 0, attribute_count = 0;  // in attributes
    };
    struct Attribute {
        std::string_view name;
        Span value;
    };

    std::string_view source;
    std::string decoded;
    std::vector<NodeData> nodes;
    std::vector<Attribute> attributes;

    HtmlNodeKind kind(Node n) const { return nodes[n].tag == GUMBO_TAG_UNKNOWN ? HtmlNodeKind::text : HtmlNodeKind::element; }
    GumboTag tag(Node n) const { return nodes[n].tag; }
    Node first_child(Node n) const { return nodes[n].first_child; }
    Node next_sibling(Node n) const { return nodes[n].next_sibling; }
    std::string_view text(Node n) const { return view(nodes[n].text); }
    std::string_view attribute(Node n, const char* name) const;

    std::string_view view(Span s) const { return std::string_view(s.decoded ? decoded : source).substr(s.begin, s.size); }
};

// The tree of HTML, or nullopt when HTML is not in the subset.
std::optional<HtmlSubsetTree> parse_html_subset(std::string_view html);

}  // namespace wirekit
