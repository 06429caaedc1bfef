// HTML -> body tree (the reading half of html_body.hpp): most fragments in
// feeds are in the subset html_subset.hpp parses directly; the rest goes
// through gumbo. Both trees are read by the same HtmlWalker.
#include "html/html_body.hpp"

#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "html/html_read_paths.hpp"
#include "html/html_subset.hpp"
#include "html/html_walk.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

struct OutputDeleter {
    void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// Gumbo's tree with the interface HtmlWalker reads. A node is reached through
// its parent's children, so walking needs nothing but the vectors.
struct GumboTree {
    struct Node {
        const GumboNode* node = nullptr;
        const GumboVector* siblings = nullptr;  // null for the root the walk starts at
        unsigned index = 0;
        explicit operator bool() const { return node != nullptr; }
    };

    static Node at(const GumboVector* siblings, unsigned index) {
        if (index >= siblings->length) return {};
        return {static_cast<const GumboNode*>(siblings->data[index]), siblings, index};
    }

    HtmlNodeKind kind(Node n) const {
        switch (n.node->type) {
            case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: return HtmlNodeKind::element;
            case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE: return HtmlNodeKind::text;
            default: return HtmlNodeKind::other;
        }
    }
    GumboTag tag(Node n) const { return n.node->v.element.tag; }
    Node first_child(Node n) const { return at(&n.node->v.element.children, 0); }
    Node next_sibling(Node n) const { return n.siblings ? at(n.siblings, n.index + 1) : Node{}; }
    std::string_view text(Node n) const { return n.node->v.text.text; }
    std::string_view attribute(Node n, const char* name) const {
        const GumboAttribute* a = gumbo_get_attribute(&n.node->v.element.attributes, name);
        return a ? std::string_view(a->value) : std::string_view();
    }
};

bool is_void_or_self_closing(std::string_view tag) {
    for (std::string_view v : {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col", "embed",
                               "param", "track", "base", "p", "li", "dt", "dd", "td", "th", "tr", "option"})
        if (iequals_ascii(tag, v)) return true;
    return false;
}

// An upper bound of the element nesting of HTML, from its tags alone (elements
// that close implicitly or never hold others do not count).
int estimated_depth(std::string_view html) {
    int depth = 0, deepest = 0;
    for (std::size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
        bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        std::size_t start = pos + (closing ? 2 : 1);
        std::size_t end = start;
        while (end < html.size() && ((html[end] >= 'a' && html[end] <= 'z') || (html[end] >= 'A' && html[end] <= 'Z') ||
                                     (html[end] >= '0' && html[end] <= '9')))
            ++end;
        if (end == start) continue;
        std::string_view tag = html.substr(start, end - start);
        if (is_void_or_self_closing(tag)) continue;
        auto close = html.find('>', end);
        if (close != std::string_view::npos && close > 0 && html[close - 1] == '/') continue;
        depth += closing ? -1 : 1;
        if (depth < 0) depth = 0;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

// Text of HTML too deep to parse: tags removed, one paragraph.
Body text_only(std::string_view html) {
    std::string text;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>') {
            in_tag = false;
            text += ' ';
        } else if (!in_tag) text += c;
    }
    Block b;
    b.inlines.push_back(Inline{Inline::Kind::text, collapse_spaces(text), {}, {}});
    if (b.inlines[0].text.empty()) return {};
    return {std::move(b)};
}

}  // namespace

std::optional<HtmlContent> html_to_body_by_subset(std::string_view html, std::string_view base_url) {
    std::optional<HtmlSubsetTree> tree = parse_html_subset(html);
    if (!tree) return std::nullopt;
    HtmlContent content;
    HtmlWalker(*tree, base_url, content).blocks(HtmlSubsetTree::root, content.body, 0);
    return content;
}

HtmlContent html_to_body_by_gumbo(std::string_view html, std::string_view base_url) {
    HtmlContent content;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, OutputDeleter> parsed(gumbo_parse_with_options(&options, html.data(), html.size()));
    GumboTree tree;
    HtmlWalker(tree, base_url, content).blocks(GumboTree::Node{parsed->root, nullptr, 0}, content.body, 0);
    return content;
}

bool looks_like_html(std::string_view text) {
    for (std::size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
        std::size_t start = pos + 1;
        if (start < text.size() && text[start] == '/') ++start;
        std::size_t end = start;
        while (end < text.size() && (is_ascii_alpha(text[end]) || is_ascii_digit(text[end]))) ++end;
        if (end == start || end >= text.size() || (text[end] != '>' && text[end] != '/' && !is_ascii_space(text[end]))) continue;
        if (gumbo_tagn_enum(text.data() + start, static_cast<unsigned>(end - start)) != GUMBO_TAG_UNKNOWN) return true;
    }
    return false;
}

HtmlContent html_to_body(std::string_view html, std::string_view base_url) {
    if (trim(html).empty()) return {};
    // The subset nests at most 100 deep and has no '<' in attribute values, so
    // nothing it accepts would have failed the depth guard below.
    if (std::optional<HtmlContent> content = html_to_body_by_subset(html, base_url)) return std::move(*content);
    if (estimated_depth(html) > max_html_depth) return {text_only(html), {}, false};
    return html_to_body_by_gumbo(html, base_url);
}

}  // namespace wirekit
