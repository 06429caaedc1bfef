#include "xml/xml_skim.hpp"

#include <cstring>

#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Just after TERMINATOR at or after FROM, or npos.
std::size_t after(std::string_view text, std::size_t from, std::string_view terminator) {
    std::size_t at = text.find(terminator, from);
    return at == npos ? npos : at + terminator.size();
}

// Just after the markup at POS that is no element tag (a comment, CDATA, a
// processing instruction, a DOCTYPE with its internal subset), or npos.
std::size_t skip_other_markup(std::string_view text, std::size_t pos) {
    std::string_view rest = text.substr(pos);
    if (rest.starts_with("<!--")) return after(text, pos + 4, "-->");
    if (rest.starts_with("<![CDATA[")) return after(text, pos + 9, "]]>");
    if (rest.starts_with("<?")) return after(text, pos + 2, "?>");
    // <!DOCTYPE ...>: quoted strings and a [...] subset may hold '>'.
    int brackets = 0;
    for (std::size_t i = pos + 2; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"' || c == '\'') {
            i = text.find(c, i + 1);
            if (i == npos) return npos;
        } else if (c == '[') {
            ++brackets;
        } else if (c == ']') {
            --brackets;
        } else if (c == '>' && brackets <= 0) {
            return i + 1;
        }
    }
    return npos;
}

// The start tag at POS ('<' then a name), or nullopt when it does not end.
std::optional<XmlTagSpan> start_tag_at(std::string_view text, std::size_t pos) {
    std::size_t name_end = pos + 1;
    while (name_end < text.size() && !is_ascii_space(text[name_end]) && text[name_end] != '>' && text[name_end] != '/') ++name_end;
    if (name_end == pos + 1) return std::nullopt;
    for (std::size_t i = name_end; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"' || c == '\'') {
            i = text.find(c, i + 1);
            if (i == npos) return std::nullopt;
        } else if (c == '<') {
            return std::nullopt;
        } else if (c == '>') {
            return XmlTagSpan{pos, i + 1, text.substr(pos + 1, name_end - pos - 1), text[i - 1] == '/'};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<XmlTagSpan> skim_root_tag(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t lt = text.find('<', pos);
        if (lt == npos || !trim(text.substr(pos, lt - pos)).empty() || lt + 1 >= text.size()) return std::nullopt;
        char next = text[lt + 1];
        if (next != '!' && next != '?') return start_tag_at(text, lt);
        pos = skip_other_markup(text, lt);
        if (pos == npos) return std::nullopt;
    }
    return std::nullopt;
}

std::optional<XmlSkimmedLevels> skim_children_and_container(std::string_view text, std::size_t from,
                                                            XmlNameTest is_container) {
    XmlSkimmedLevels levels;
    std::size_t depth = 0;      // of the markup at pos, below the parent
    bool in_container = false;  // the markup at pos is inside the container
    for (std::size_t pos = from; pos < text.size();) {
        // The levels listed are the parent's and the container's: beside their
        // children only white space may stand. Text deeper down is skipped whole.
        const bool listed = depth == 0 || (in_container && depth == 1);
        auto lt = static_cast<const char*>(std::memchr(text.data() + pos, '<', text.size() - pos));
        if (!lt) return std::nullopt;
        std::size_t at = static_cast<std::size_t>(lt - text.data());
        if (listed && !trim(text.substr(pos, at - pos)).empty()) return std::nullopt;
        if (at + 1 >= text.size()) return std::nullopt;
        char next = text[at + 1];
        if (next == '!' || next == '?') {
            if (listed && next == '!' && !text.substr(at).starts_with("<!--")) return std::nullopt;
            pos = skip_other_markup(text, at);
        } else if (next == '/') {
            pos = after(text, at, ">");
            if (depth == 0) return pos == npos ? std::nullopt : std::optional(std::move(levels));
            if (--depth == 0) {
                levels.children.back().end = pos;
                in_container = false;
            } else if (depth == 1 && in_container) {
                levels.grandchildren.back().end = pos;
            }
        } else {
            std::optional<XmlTagSpan> tag = start_tag_at(text, at);
            if (!tag) return std::nullopt;
            if (depth == 0) {
                levels.children.push_back({*tag, tag->end});
                if (is_container && !levels.container && is_container(tag->name)) {
                    levels.container = levels.children.size() - 1;
                    in_container = !tag->empty;
                }
            } else if (depth == 1 && in_container) {
                levels.grandchildren.push_back({*tag, tag->end});
            }
            if (!tag->empty) ++depth;
            pos = tag->end;
        }
        if (pos == npos) return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::vector<XmlElementSpan>> skim_children(std::string_view text, std::size_t from) {
    std::optional<XmlSkimmedLevels> levels = skim_children_and_container(text, from, nullptr);
    if (!levels) return std::nullopt;
    return std::move(levels->children);
}

}  // namespace wirekit
