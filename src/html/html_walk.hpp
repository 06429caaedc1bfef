#pragma once
// The walk from a parsed HTML tree to the body tree, written once for every
// parser that can give such a tree (gumbo's, and the safe-subset parser's), so
// that they cannot disagree on what a tree means.
//
// A Tree offers, for its cheap Node handles (false when there is none):
//   HtmlNodeKind kind(Node); GumboTag tag(Node);
//   Node first_child(Node); Node next_sibling(Node);
//   std::string_view text(Node);                          // text nodes
//   std::string_view attribute(Node, const char* name);   // "" when absent
#include <gumbo.h>

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_body.hpp"
#include "html/html_tags.hpp"
#include "html/html_whitespace.hpp"
#include "text/text.hpp"
#include "text/url.hpp"

namespace wirekit {

enum class HtmlNodeKind { element, text, other };

// Parsers and this walk recurse per nesting level: HTML whose tags nest deeper
// than this is read as text.
inline constexpr int max_html_depth = 1000;
// The walk stops descending here: gumbo's trees can be deeper than the tags
// suggest (misnested formatting elements are reopened).
inline constexpr int max_html_tree_depth = 2 * max_html_depth;

template <class Tree>
class HtmlWalker {
public:
    using Node = typename Tree::Node;

    HtmlWalker(const Tree& tree, std::string_view base_url, HtmlContent& out) : tree_(tree), base_url_(base_url), out_(out) {}

    void blocks(Node parent, Body& body, int depth) {
        if (depth > max_html_tree_depth) return;
        // Mostly each child element is one block, and the text between them
        // one more at most: one allocation instead of a doubling series.
        if (body.empty()) {
            std::size_t elements = 0;
            for (Node child = tree_.first_child(parent); child; child = tree_.next_sibling(child))
                elements += tree_.kind(child) == HtmlNodeKind::element;
            body.reserve(elements + 1);
        }
        std::vector<Inline> pending;
        for (Node child = tree_.first_child(parent); child; child = tree_.next_sibling(child)) {
            // White space between blocks would only start a paragraph that normalising empties.
            if (pending.empty() && is_white_space_text(child)) continue;
            if (tree_.kind(child) != HtmlNodeKind::element || !is_block(tree_.tag(child))) {
                inline_node(child, pending, depth);
                continue;
            }
            flush(pending, body);
            block_element(child, body, depth + 1);
        }
        flush(pending, body);
    }

private:
    const Tree& tree_;
    std::string_view base_url_;
    HtmlContent& out_;

    // Inlines are made in place in their vector: a temporary moved in would
    // cost a move and a destructor each, and a body has many.
    static Inline& add_inline(std::vector<Inline>& out, Inline::Kind kind) {
        Inline& in = out.emplace_back();
        in.kind = kind;
        return in;
    }
    static void add_text(std::vector<Inline>& out, std::string_view text) { out.emplace_back(Inline::Kind::text, std::string(text)); }

    bool is_white_space_text(Node node) const {
        if (tree_.kind(node) != HtmlNodeKind::text) return false;
        for (char c : tree_.text(node))
            if (!is_ascii_space(c)) return false;
        return true;
    }

    void flush(std::vector<Inline>& pending, Body& body) {
        if (pending.empty()) return;
        Block b;
        b.inlines = std::move(pending);
        pending.clear();
        normalise_whitespace(b.inlines);
        if (!b.inlines.empty()) body.push_back(std::move(b));
    }

    void block_element(Node node, Body& body, int depth) {
        GumboTag tag = tree_.tag(node);
        Block b;
        if (int level = heading_level(tag)) {
            b.kind = Block::Kind::heading;
            b.level = level;
            inline_children(node, b.inlines, depth);
            normalise_whitespace(b.inlines);
            if (!b.inlines.empty()) body.push_back(std::move(b));
        } else if (tag == GUMBO_TAG_P) {
            inline_children(node, b.inlines, depth);
            normalise_whitespace(b.inlines);
            if (!b.inlines.empty()) body.push_back(std::move(b));
        } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
            b.kind = Block::Kind::quote;
            blocks(node, b.children, depth);
            if (!b.children.empty()) body.push_back(std::move(b));
        } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
            list(node, body, depth);
        } else if (tag == GUMBO_TAG_PRE) {
            b.kind = Block::Kind::preformatted;
            std::string text;
            raw_text(node, text, depth);
            // HTML drops one newline right after <pre>; gumbo keeps it in the text.
            if (text.starts_with('\n')) text.erase(0, 1);
            while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
            if (!text.empty()) {
                add_text(b.inlines, text);
                body.push_back(std::move(b));
            }
        } else if (tag == GUMBO_TAG_HR) {
            b.kind = Block::Kind::rule;
            body.push_back(std::move(b));
        } else if (tag == GUMBO_TAG_TABLE) {
            b.kind = Block::Kind::table;
            table_rows(node, body, b, depth);
            if (!b.children.empty()) body.push_back(std::move(b));
        } else {
            blocks(node, body, depth);
        }
    }

    // The rows of TABLE (directly or in thead, tbody, tfoot) into its block;
    // a caption becomes a paragraph before the table in BODY.
    void table_rows(Node node, Body& body, Block& table, int depth) {
        if (depth > max_html_tree_depth) return;
        for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) {
            if (tree_.kind(child) != HtmlNodeKind::element) continue;
            GumboTag tag = tree_.tag(child);
            if (tag == GUMBO_TAG_TR) {
                table_row(child, table, depth + 1);
            } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
                table_rows(child, body, table, depth + 1);
            } else if (tag == GUMBO_TAG_CAPTION) {
                Block caption;
                inline_children(child, caption.inlines, depth);
                normalise_whitespace(caption.inlines);
                if (!caption.inlines.empty()) body.push_back(std::move(caption));
            }
        }
    }

    void table_row(Node node, Block& table, int depth) {
        Block row;
        row.kind = Block::Kind::table_row;
        for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) {
            if (tree_.kind(child) != HtmlNodeKind::element) continue;
            GumboTag tag = tree_.tag(child);
            if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) continue;
            Block cell;
            cell.kind = Block::Kind::table_cell;
            cell.header = tag == GUMBO_TAG_TH;
            inline_children(child, cell.inlines, depth);
            normalise_whitespace(cell.inlines);
            row.children.push_back(std::move(cell));
        }
        if (!row.children.empty()) table.children.push_back(std::move(row));
    }

    void list(Node node, Body& body, int depth) {
        Block list;
        list.kind = Block::Kind::list;
        list.ordered = tree_.tag(node) == GUMBO_TAG_OL;
        for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) {
            if (tree_.kind(child) != HtmlNodeKind::element || is_dropped(tree_.tag(child))) continue;
            Block item;
            item.kind = Block::Kind::list_item;
            if (tree_.tag(child) == GUMBO_TAG_LI) blocks(child, item.children, depth + 1);
            else block_element(child, item.children, depth + 1);
            if (!item.children.empty()) list.children.push_back(std::move(item));
        }
        if (!list.children.empty()) body.push_back(std::move(list));
    }

    void inline_children(Node node, std::vector<Inline>& out, int depth) {
        // Most children become one inline each: one allocation instead of a doubling series.
        if (out.empty()) {
            std::size_t count = 0;
            for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) ++count;
            out.reserve(count);
        }
        for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) inline_node(child, out, depth + 1);
    }

    void inline_node(Node node, std::vector<Inline>& out, int depth) {
        if (depth > max_html_tree_depth) return;
        switch (tree_.kind(node)) {
            case HtmlNodeKind::text: add_text(out, tree_.text(node)); return;
            case HtmlNodeKind::element: break;
            case HtmlNodeKind::other: return;
        }
        GumboTag tag = tree_.tag(node);
        if (is_dropped(tag)) {
            if (is_unsafe(tag)) out_.dropped_unsafe = true;
            return;
        }
        switch (tag) {
            case GUMBO_TAG_BR: add_inline(out, Inline::Kind::line_break); return;
            case GUMBO_TAG_IMG: image(node); return;
            case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN: case GUMBO_TAG_VAR:
                styled(Inline::Kind::emphasis, node, out, depth); return;
            case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
                styled(Inline::Kind::strong, node, out, depth); return;
            case GUMBO_TAG_A: link(node, out, depth); return;
            default: break;
        }
        // A block inside inline content (<a><p>...</p></a>) gives its text a
        // space on either side so words do not run together.
        bool block = is_block(tag);
        if (block) add_text(out, " ");
        inline_children(node, out, depth);
        if (block) add_text(out, " ");
    }

    // The children go into the inline's own vector: OUT does not grow meanwhile.
    void styled(Inline::Kind kind, Node node, std::vector<Inline>& out, int depth) {
        inline_children(node, add_inline(out, kind).children, depth);
    }

    void link(Node node, std::vector<Inline>& out, int depth) {
        std::string_view href = trim(tree_.attribute(node, "href"));
        if (!href.empty() && !is_safe_url(href)) {
            out_.dropped_unsafe = true;
            href = {};
        }
        if (href.empty()) {
            inline_children(node, out, depth);
            return;
        }
        Inline& in = add_inline(out, Inline::Kind::link);
        in.href = resolve_url(base_url_, href);
        inline_children(node, in.children, depth);
    }

    std::optional<long long> number_attribute(Node node, const char* name) {
        std::string_view v = trim(tree_.attribute(node, name));
        long long n = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < 0) return std::nullopt;
        return n;
    }

    void image(Node node) {
        std::string_view src = trim(tree_.attribute(node, "src"));
        if (src.empty()) return;
        if (!is_safe_url(src)) {
            out_.dropped_unsafe = true;
            return;
        }
        Media m;
        m.url = resolve_url(base_url_, src);
        m.alt_text = std::string(trim(tree_.attribute(node, "alt")));
        m.width = number_attribute(node, "width");
        m.height = number_attribute(node, "height");
        out_.images.push_back(std::move(m));
    }

    void raw_text(Node node, std::string& out, int depth) {
        if (depth > max_html_tree_depth) return;
        if (tree_.kind(node) == HtmlNodeKind::text) {
            out += tree_.text(node);
            return;
        }
        if (tree_.kind(node) != HtmlNodeKind::element || is_dropped(tree_.tag(node))) return;
        if (tree_.tag(node) == GUMBO_TAG_BR) out += '\n';
        for (Node child = tree_.first_child(node); child; child = tree_.next_sibling(child)) raw_text(child, out, depth + 1);
    }
};

}  // namespace wirekit
