#include "html/html_subset.hpp"

#include <algorithm>
#include <limits>

#include "text/ascii_scan.hpp"
#include "text/html_entities.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// Where an element may stand.
enum class Role { block, phrasing, list_item };
// What an element may hold.
enum class Content { flow, phrasing, list_items, nothing };

struct SubsetTag {
    std::string_view name;
    GumboTag tag;
    Role role;
    Content content;
};

// The subset. Each element holds only what cannot make an HTML5 parser close
// or reopen anything: no block in a paragraph, heading or inline element, no
// link in a link, list items only in lists and nothing else there.
constexpr SubsetTag subset_tags[] = {
    {"p", GUMBO_TAG_P, Role::block, Content::phrasing},
    {"a", GUMBO_TAG_A, Role::phrasing, Content::phrasing},
    {"em", GUMBO_TAG_EM, Role::phrasing, Content::phrasing},
    {"strong", GUMBO_TAG_STRONG, Role::phrasing, Content::phrasing},
    {"br", GUMBO_TAG_BR, Role::phrasing, Content::nothing},
    {"i", GUMBO_TAG_I, Role::phrasing, Content::phrasing},
    {"b", GUMBO_TAG_B, Role::phrasing, Content::phrasing},
    {"li", GUMBO_TAG_LI, Role::list_item, Content::flow},
    {"ul", GUMBO_TAG_UL, Role::block, Content::list_items},
    {"ol", GUMBO_TAG_OL, Role::block, Content::list_items},
    {"h1", GUMBO_TAG_H1, Role::block, Content::phrasing},
    {"h2", GUMBO_TAG_H2, Role::block, Content::phrasing},
    {"h3", GUMBO_TAG_H3, Role::block, Content::phrasing},
    {"h4", GUMBO_TAG_H4, Role::block, Content::phrasing},
    {"h5", GUMBO_TAG_H5, Role::block, Content::phrasing},
    {"h6", GUMBO_TAG_H6, Role::block, Content::phrasing},
    {"blockquote", GUMBO_TAG_BLOCKQUOTE, Role::block, Content::flow},
    {"div", GUMBO_TAG_DIV, Role::block, Content::flow},
    {"figure", GUMBO_TAG_FIGURE, Role::block, Content::flow},
    {"figcaption", GUMBO_TAG_FIGCAPTION, Role::block, Content::flow},
    {"hr", GUMBO_TAG_HR, Role::block, Content::nothing},
    {"img", GUMBO_TAG_IMG, Role::phrasing, Content::nothing},
    {"span", GUMBO_TAG_SPAN, Role::phrasing, Content::phrasing},
    {"u", GUMBO_TAG_U, Role::phrasing, Content::phrasing},
    {"s", GUMBO_TAG_S, Role::phrasing, Content::phrasing},
    {"small", GUMBO_TAG_SMALL, Role::phrasing, Content::phrasing},
    {"sub", GUMBO_TAG_SUB, Role::phrasing, Content::phrasing},
    {"sup", GUMBO_TAG_SUP, Role::phrasing, Content::phrasing},
    {"code", GUMBO_TAG_CODE, Role::phrasing, Content::phrasing},
    {"cite", GUMBO_TAG_CITE, Role::phrasing, Content::phrasing},
    {"q", GUMBO_TAG_Q, Role::phrasing, Content::phrasing},
    {"abbr", GUMBO_TAG_ABBR, Role::phrasing, Content::phrasing},
    {"mark", GUMBO_TAG_MARK, Role::phrasing, Content::phrasing},
    {"time", GUMBO_TAG_TIME, Role::phrasing, Content::phrasing},
};

const SubsetTag* find_tag(std::string_view name) {
    for (const SubsetTag& t : subset_tags)
        if (t.name == name) return &t;
    return nullptr;
}

// Deeper fragments go to gumbo (and html_to_body's depth guard).
constexpr std::size_t max_subset_depth = 100;

// Characters every HTML parser passes through as they are: gumbo replaces
// controls, C1 characters and noncharacters with U+FFFD, CR becomes LF, a
// byte order mark may be dropped.
bool is_plain_code_point(char32_t cp) {
    if (cp < 0x80) return cp == '\t' || cp == '\n' || (cp >= 0x20 && cp < 0x7F);
    return cp >= 0xA0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) && (cp < 0xFDD0 || cp > 0xFDEF) &&
           (cp & 0xFFFE) != 0xFFFE && cp != 0xFEFF;
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_lower(c) || is_ascii_digit(c) || (c >= 'A' && c <= 'Z'); }
bool is_attribute_name_char(char c) { return is_lower(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == ':' || c == '.'; }

int digit_value(char c, bool hex) {
    if (is_ascii_digit(c)) return c - '0';
    if (!hex) return -1;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The named references whose HTML 4 code point (html_entity) HTML5 changed.
bool changed_in_html5(std::string_view name) { return name == "lang" || name == "rang"; }

// The reference at the start of S (which starts with '&') appended to OUT as
// UTF-8; how many bytes of S it took, or 0 when it is one to leave to gumbo.
// An '&' that starts no reference is itself, as in HTML.
std::size_t reference(std::string_view s, std::string& out) {
    if (s.size() < 2 || (s[1] != '#' && !is_alnum(s[1]))) {
        out += '&';
        return 1;
    }
    std::size_t i = 1;
    char32_t cp = 0;
    if (s[1] == '#') {
        bool hex = s.size() > 2 && (s[2] == 'x' || s[2] == 'X');
        i = hex ? 3 : 2;
        std::size_t digits_start = i;
        // Seven digits at most: no overflow, and all that U+10FFFF needs.
        for (int d; i < s.size() && i - digits_start < 7 && (d = digit_value(s[i], hex)) >= 0; ++i)
            cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
        if (i == digits_start) return 0;
    } else {
        while (i < s.size() && is_alnum(s[i])) ++i;
        std::string_view name = s.substr(1, i - 1);
        if (changed_in_html5(name)) return 0;
        cp = html_entity(name);
    }
    // Without its ';' a reference means different things in text and attributes.
    if (i >= s.size() || s[i] != ';' || !is_plain_code_point(cp)) return 0;
    append_utf8(out, cp);
    return i + 1;
}

class SubsetParser {
public:
    explicit SubsetParser(std::string_view html) : in_(html) {
        tree_.source = html;
        // About one node per '<' (a start tag, or the text before an end
        // tag): growing by doubling would cost more than the count.
        tree_.nodes.reserve(count_char(html, '<') + 2);
        open_.reserve(max_subset_depth + 1);
        tree_.nodes.emplace_back();
        tree_.nodes[0].tag = GUMBO_TAG_BODY;
        open_.push_back({HtmlSubsetTree::root, nullptr});
    }

    std::optional<HtmlSubsetTree> parse() {
        if (in_.size() > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
        while (pos_ < in_.size()) {
            bool accepted = in_[pos_] == '<' ? markup() : text();
            if (!accepted) return std::nullopt;
        }
        if (open_.size() != 1) return std::nullopt;
        return std::move(tree_);
    }

private:
    using Node = HtmlSubsetTree::Node;
    using Span = HtmlSubsetTree::Span;

    struct OpenElement {
        Node node;
        const SubsetTag* tag;  // null for the root
    };

    std::string_view in_;
    std::size_t pos_ = 0;
    HtmlSubsetTree tree_;
    std::vector<OpenElement> open_;
    int open_links_ = 0;

    Content content() const { return open_.back().tag ? open_.back().tag->content : Content::flow; }

    Node append(GumboTag tag) {
        auto n = static_cast<Node>(tree_.nodes.size());
        tree_.nodes.emplace_back();
        tree_.nodes.back().tag = tag;
        tree_.nodes.back().first_attribute = static_cast<std::uint32_t>(tree_.attributes.size());
        HtmlSubsetTree::NodeData& parent = tree_.nodes[open_.back().node];
        if (parent.last_child) tree_.nodes[parent.last_child].next_sibling = n;
        else parent.first_child = n;
        parent.last_child = n;
        return n;
    }

    Span source_span(std::string_view part) const {
        return {static_cast<std::uint32_t>(part.data() - in_.data()), static_cast<std::uint32_t>(part.size()), false};
    }

    // Checks RAW (text or an attribute value) and gives its characters: RAW
    // itself, or its references replaced in tree_.decoded.
    bool characters(std::string_view raw, Span& span) {
        bool has_reference = false;
        for (std::size_t i = 0; i < raw.size();) {
            i = skip_plain_ascii(raw, i, '&', '\x7F');
            if (i == raw.size()) break;
            auto c = static_cast<unsigned char>(raw[i]);
            if (c == '&' || c == '\t' || c == '\n') {
                has_reference |= c == '&';
                ++i;
                continue;
            }
            if (c < 0x80) return false;
            std::size_t start = i;
            char32_t cp = next_code_point(raw, i);
            if ((cp == 0xFFFD && i - start == 1) || !is_plain_code_point(cp)) return false;
        }
        if (!has_reference) {
            span = source_span(raw);
            return true;
        }
        std::string& out = tree_.decoded;
        auto begin = static_cast<std::uint32_t>(out.size());
        for (std::size_t i = 0; i < raw.size();) {
            if (raw[i] != '&') {
                out += raw[i++];
                continue;
            }
            std::size_t used = reference(raw.substr(i), out);
            if (used == 0) return false;
            i += used;
        }
        span = {begin, static_cast<std::uint32_t>(out.size() - begin), true};
        return true;
    }

    bool text() {
        std::size_t end = std::min(in_.find('<', pos_), in_.size());
        std::string_view raw = in_.substr(pos_, end - pos_);
        if (content() == Content::list_items)
            for (char c : raw)
                if (!is_html_space(c)) return false;
        Span span;
        if (!characters(raw, span)) return false;
        tree_.nodes[append(GUMBO_TAG_UNKNOWN)].text = span;
        pos_ = end;
        return true;
    }

    bool markup() {
        if (pos_ + 1 >= in_.size()) return false;
        if (in_[pos_ + 1] == '/') return end_tag();
        return is_lower(in_[pos_ + 1]) && start_tag();
    }

    std::size_t name_end(std::size_t from) const {
        while (from < in_.size() && (is_lower(in_[from]) || is_ascii_digit(in_[from]))) ++from;
        return from;
    }

    bool may_hold(const SubsetTag& tag) const {
        if (tag.tag == GUMBO_TAG_A && open_links_ > 0) return false;
        switch (tag.role) {
            case Role::block: return content() == Content::flow;
            case Role::phrasing: return content() == Content::flow || content() == Content::phrasing;
            case Role::list_item: return content() == Content::list_items;
        }
        return false;
    }

    bool start_tag() {
        std::size_t i = name_end(pos_ + 1);
        const SubsetTag* tag = find_tag(in_.substr(pos_ + 1, i - pos_ - 1));
        if (!tag || !may_hold(*tag)) return false;
        Node node = append(tag->tag);
        for (;;) {
            if (i >= in_.size()) return false;
            if (in_[i] == '>') {
                ++i;
                break;
            }
            if (in_[i] == '/') {
                // "<br/>": only void elements close themselves in HTML.
                if (tag->content != Content::nothing || i + 1 >= in_.size() || in_[i + 1] != '>') return false;
                i += 2;
                break;
            }
            if (!is_html_space(in_[i])) return false;
            while (i < in_.size() && is_html_space(in_[i])) ++i;
            if (i < in_.size() && (in_[i] == '>' || in_[i] == '/')) continue;
            if (!attribute(i, node)) return false;
        }
        pos_ = i;
        if (tag->content == Content::nothing) return true;
        open_.push_back({node, tag});
        if (tag->tag == GUMBO_TAG_A) ++open_links_;
        return open_.size() <= max_subset_depth;
    }

    // name="value" or name='value' at I, for NODE; I moves past it.
    bool attribute(std::size_t& i, Node node) {
        std::size_t start = i;
        if (!is_lower(in_[i]) && in_[i] != '_' && in_[i] != ':') return false;
        while (i < in_.size() && is_attribute_name_char(in_[i])) ++i;
        std::string_view name = in_.substr(start, i - start);
        if (i + 1 >= in_.size() || in_[i] != '=' || (in_[i + 1] != '"' && in_[i + 1] != '\'')) return false;
        std::size_t close = in_.find(in_[i + 1], i + 2);
        if (close == std::string_view::npos) return false;
        std::string_view raw = in_.substr(i + 2, close - i - 2);
        // XML forbids '<' in values; refusing it also means every '<' here opens a tag.
        if (raw.find('<') != std::string_view::npos) return false;
        const HtmlSubsetTree::NodeData& data = tree_.nodes[node];
        for (std::uint32_t a = data.first_attribute; a < tree_.attributes.size(); ++a)
            if (tree_.attributes[a].name == name) return false;  // gumbo keeps the first; rare enough to leave to it
        Span value;
        if (!characters(raw, value)) return false;
        // Links and images have one or two: room for several at once, not a doubling series.
        if (tree_.attributes.empty()) tree_.attributes.reserve(8);
        tree_.attributes.push_back({name, value});
        ++tree_.nodes[node].attribute_count;
        i = close + 1;
        return true;
    }

    bool end_tag() {
        std::size_t i = name_end(pos_ + 2);
        if (i >= in_.size() || in_[i] != '>' || open_.size() == 1) return false;
        const SubsetTag& top = *open_.back().tag;
        if (in_.substr(pos_ + 2, i - pos_ - 2) != top.name) return false;
        if (top.tag == GUMBO_TAG_A) --open_links_;
        open_.pop_back();
        pos_ = i + 1;
        return true;
    }
};

}  // namespace

std::string_view HtmlSubsetTree::attribute(Node n, const char* name) const {
    const NodeData& data = nodes[n];
    for (std::uint32_t a = data.first_attribute; a < data.first_attribute + data.attribute_count; ++a)
        if (attributes[a].name == name) return view(attributes[a].value);
    return {};
}

std::optional<HtmlSubsetTree> parse_html_subset(std::string_view html) { return SubsetParser(html).parse(); }

}  // namespace wirekit
