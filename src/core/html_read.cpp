// HTML -> body tree (the reading half of html_body.hpp).
#include "core/html_body.hpp"

#include <gumbo.h>

#include <algorithm>
#include <charconv>
#include <memory>

#include "core/text.hpp"
#include "core/url.hpp"

namespace wirekit {

namespace {

// Gumbo and this walker recurse per nesting level; deeper HTML is read as text.
constexpr int max_html_depth = 1000;
// The tree gumbo builds can be deeper than the tags suggest (misnested
// formatting elements are reopened); the walker stops descending here.
constexpr int max_tree_depth = 2 * max_html_depth;

struct OutputDeleter {
    void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// Element content that is never shown or is dangerous.
bool is_dropped(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
        case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FORM: case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TITLE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
            return true;
        default:
            return false;
    }
}

bool is_unsafe(GumboTag tag) {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED ||
           tag == GUMBO_TAG_APPLET || tag == GUMBO_TAG_FRAME || tag == GUMBO_TAG_FRAMESET;
}

// Elements whose content is laid out as blocks of their own.
bool is_container(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_LI:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HGROUP:
            return true;
        default:
            return false;
    }
}

int heading_level(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

bool is_block(GumboTag tag) {
    return heading_level(tag) > 0 || is_container(tag) || tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE ||
           tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_HR;
}

std::string attribute(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a ? std::string(trim(a->value)) : std::string();
}

std::optional<long long> number_attribute(const GumboElement& e, const char* name) {
    std::string v = attribute(e, name);
    long long n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 0) return std::nullopt;
    return n;
}

Inline text_inline(std::string text) { return Inline{Inline::Kind::text, std::move(text), {}, {}}; }

// Collapses white space inside text runs and across inline boundaries, drops
// empty runs, and trims the start and end of the sequence.
class WhitespaceNormaliser {
public:
    void run(std::vector<Inline>& inlines) {
        // The start of a block counts as white space: leading spaces go.
        after_space_ = true;
        walk(inlines);
        trim_end(inlines);
    }

private:
    bool after_space_ = true;

    void walk(std::vector<Inline>& inlines) {
        std::vector<Inline> out;
        for (auto& in : inlines) {
            if (in.kind == Inline::Kind::text) {
                std::string collapsed;
                for (char c : in.text) {
                    bool space = is_ascii_space(c);
                    if (space && after_space_) continue;
                    collapsed += space ? ' ' : c;
                    after_space_ = space;
                }
                if (!collapsed.empty()) {
                    if (!out.empty() && out.back().kind == Inline::Kind::text) out.back().text += collapsed;
                    else out.push_back(text_inline(std::move(collapsed)));
                }
            } else if (in.kind == Inline::Kind::line_break) {
                if (!out.empty() && out.back().kind == Inline::Kind::text && out.back().text.ends_with(' ')) {
                    out.back().text.pop_back();
                    if (out.back().text.empty()) out.pop_back();
                }
                after_space_ = true;
                out.push_back(std::move(in));
            } else {
                walk(in.children);
                if (!in.children.empty() || in.kind == Inline::Kind::link) out.push_back(std::move(in));
            }
        }
        inlines = std::move(out);
    }

    static void trim_end(std::vector<Inline>& inlines) {
        while (!inlines.empty() && inlines.back().kind == Inline::Kind::line_break) inlines.pop_back();
        if (!inlines.empty() && inlines.back().kind == Inline::Kind::text) {
            std::string& t = inlines.back().text;
            while (!t.empty() && t.back() == ' ') t.pop_back();
            if (t.empty()) inlines.pop_back();
        } else if (!inlines.empty()) {
            trim_end(inlines.back().children);
        }
    }
};

class Converter {
public:
    Converter(std::string_view base_url, HtmlContent& out) : base_url_(base_url), out_(out) {}

    void blocks(const GumboNode& parent, Body& body, int depth) {
        if (depth > max_tree_depth) return;
        std::vector<Inline> pending;
        for (unsigned i = 0; i < parent.v.element.children.length; ++i) {
            const auto& child = *static_cast<const GumboNode*>(parent.v.element.children.data[i]);
            if (child.type != GUMBO_NODE_ELEMENT && child.type != GUMBO_NODE_TEMPLATE) {
                inline_node(child, pending, depth);
                continue;
            }
            GumboTag tag = child.v.element.tag;
            if (!is_block(tag)) {
                inline_node(child, pending, depth);
                continue;
            }
            flush(pending, body);
            block_element(child, body, depth + 1);
        }
        flush(pending, body);
    }

private:
    std::string_view base_url_;
    HtmlContent& out_;

    void flush(std::vector<Inline>& pending, Body& body) {
        Block b;
        b.inlines = std::move(pending);
        pending.clear();
        WhitespaceNormaliser().run(b.inlines);
        if (!b.inlines.empty()) body.push_back(std::move(b));
    }

    void block_element(const GumboNode& node, Body& body, int depth) {
        const GumboElement& e = node.v.element;
        Block b;
        if (int level = heading_level(e.tag)) {
            b.kind = Block::Kind::heading;
            b.level = level;
            inline_children(node, b.inlines, depth);
            WhitespaceNormaliser().run(b.inlines);
            if (!b.inlines.empty()) body.push_back(std::move(b));
        } else if (e.tag == GUMBO_TAG_P) {
            inline_children(node, b.inlines, depth);
            WhitespaceNormaliser().run(b.inlines);
            if (!b.inlines.empty()) body.push_back(std::move(b));
        } else if (e.tag == GUMBO_TAG_BLOCKQUOTE) {
            b.kind = Block::Kind::quote;
            blocks(node, b.children, depth);
            if (!b.children.empty()) body.push_back(std::move(b));
        } else if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) {
            list(node, body, depth);
        } else if (e.tag == GUMBO_TAG_PRE) {
            b.kind = Block::Kind::preformatted;
            std::string text;
            raw_text(node, text, depth);
            // HTML drops one newline right after <pre>; gumbo keeps it in the text.
            if (text.starts_with('\n')) text.erase(0, 1);
            while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
            if (!text.empty()) {
                b.inlines.push_back(text_inline(std::move(text)));
                body.push_back(std::move(b));
            }
        } else if (e.tag == GUMBO_TAG_HR) {
            b.kind = Block::Kind::rule;
            body.push_back(std::move(b));
        } else {
            blocks(node, body, depth);
        }
    }

    void list(const GumboNode& node, Body& body, int depth) {
        Block list;
        list.kind = Block::Kind::list;
        list.ordered = node.v.element.tag == GUMBO_TAG_OL;
        for (unsigned i = 0; i < node.v.element.children.length; ++i) {
            const auto& child = *static_cast<const GumboNode*>(node.v.element.children.data[i]);
            if (child.type != GUMBO_NODE_ELEMENT || is_dropped(child.v.element.tag)) continue;
            Block item;
            item.kind = Block::Kind::list_item;
            if (child.v.element.tag == GUMBO_TAG_LI) blocks(child, item.children, depth + 1);
            else block_element(child, item.children, depth + 1);
            if (!item.children.empty()) list.children.push_back(std::move(item));
        }
        if (!list.children.empty()) body.push_back(std::move(list));
    }

    void inline_children(const GumboNode& node, std::vector<Inline>& out, int depth) {
        for (unsigned i = 0; i < node.v.element.children.length; ++i)
            inline_node(*static_cast<const GumboNode*>(node.v.element.children.data[i]), out, depth + 1);
    }

    void inline_node(const GumboNode& node, std::vector<Inline>& out, int depth) {
        if (depth > max_tree_depth) return;
        switch (node.type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE: out.push_back(text_inline(node.v.text.text)); return;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: break;
            default: return;
        }
        const GumboElement& e = node.v.element;
        if (is_dropped(e.tag)) {
            if (is_unsafe(e.tag)) out_.dropped_unsafe = true;
            return;
        }
        switch (e.tag) {
            case GUMBO_TAG_BR: out.push_back(Inline{Inline::Kind::line_break, {}, {}, {}}); return;
            case GUMBO_TAG_IMG: image(e); return;
            case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN: case GUMBO_TAG_VAR:
                styled(Inline::Kind::emphasis, node, out, depth); return;
            case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
                styled(Inline::Kind::strong, node, out, depth); return;
            case GUMBO_TAG_A: link(node, out, depth); return;
            default: break;
        }
        // A block inside inline content (<a><p>...</p></a>) gives its text a
        // space on either side so words do not run together.
        bool block = is_block(e.tag);
        if (block) out.push_back(text_inline(" "));
        inline_children(node, out, depth);
        if (block) out.push_back(text_inline(" "));
    }

    void styled(Inline::Kind kind, const GumboNode& node, std::vector<Inline>& out, int depth) {
        Inline in{kind, {}, {}, {}};
        inline_children(node, in.children, depth);
        out.push_back(std::move(in));
    }

    void link(const GumboNode& node, std::vector<Inline>& out, int depth) {
        std::string href = attribute(node.v.element, "href");
        if (!href.empty() && !is_safe_url(href)) {
            out_.dropped_unsafe = true;
            href.clear();
        }
        if (href.empty()) {
            inline_children(node, out, depth);
            return;
        }
        Inline in{Inline::Kind::link, {}, resolve_url(base_url_, href), {}};
        inline_children(node, in.children, depth);
        out.push_back(std::move(in));
    }

    void image(const GumboElement& e) {
        std::string src = attribute(e, "src");
        if (src.empty()) return;
        if (!is_safe_url(src)) {
            out_.dropped_unsafe = true;
            return;
        }
        Media m;
        m.url = resolve_url(base_url_, src);
        m.alt_text = attribute(e, "alt");
        m.width = number_attribute(e, "width");
        m.height = number_attribute(e, "height");
        out_.images.push_back(std::move(m));
    }

    void raw_text(const GumboNode& node, std::string& out, int depth) {
        if (depth > max_tree_depth) return;
        if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
            out += node.v.text.text;
            return;
        }
        if (node.type != GUMBO_NODE_ELEMENT || is_dropped(node.v.element.tag)) return;
        if (node.v.element.tag == GUMBO_TAG_BR) out += '\n';
        for (unsigned i = 0; i < node.v.element.children.length; ++i)
            raw_text(*static_cast<const GumboNode*>(node.v.element.children.data[i]), out, depth + 1);
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
    b.inlines.push_back(text_inline(collapse_spaces(text)));
    if (b.inlines[0].text.empty()) return {};
    return {std::move(b)};
}

}  // namespace

HtmlContent html_to_body(std::string_view html, std::string_view base_url) {
    HtmlContent content;
    if (trim(html).empty()) return content;
    if (estimated_depth(html) > max_html_depth) {
        content.body = text_only(html);
        return content;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, OutputDeleter> parsed(gumbo_parse_with_options(&options, html.data(), html.size()));
    Converter(base_url, content).blocks(*parsed->root, content.body, 0);
    return content;
}

}  // namespace wirekit
