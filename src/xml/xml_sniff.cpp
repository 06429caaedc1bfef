#include "xml/xml_sniff.hpp"

#include "text/charset.hpp"

namespace wirekit {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string without_zero_bytes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '\0') out += c;
    return out;
}

}  // namespace

XmlRootTag sniff_xml_root(std::string_view prefix) {
    std::string text = without_zero_bytes(prefix);
    std::string_view s = text;
    s = without_utf8_bom(s);
    if (s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF")) s.remove_prefix(2);
    for (;;) {
        while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        std::size_t end = std::string_view::npos;
        if (s.starts_with("<?")) {
            end = s.find("?>");
            if (end != std::string_view::npos) ++end;
        } else if (s.starts_with("<!--")) {
            end = s.find("-->");
            if (end != std::string_view::npos) end += 2;
        } else if (s.starts_with("<!")) {
            std::size_t bracket = s.find('['), close = s.find('>');
            if (bracket != std::string_view::npos && bracket < close) {
                std::size_t subset_end = s.find(']', bracket);
                close = subset_end == std::string_view::npos ? subset_end : s.find('>', subset_end);
            }
            end = close;
        } else {
            break;
        }
        if (end == std::string_view::npos) return {};
        s.remove_prefix(end + 1);
    }
    if (s.size() < 2 || s[0] != '<') return {};
    std::size_t name_end = 1;
    while (name_end < s.size() && !is_space(s[name_end]) && s[name_end] != '>' && s[name_end] != '/') ++name_end;
    std::size_t tag_end = s.find('>');
    XmlRootTag root;
    root.name = std::string(s.substr(1, name_end - 1));
    root.start_tag = std::string(s.substr(0, tag_end == std::string_view::npos ? s.size() : tag_end + 1));
    return root;
}

std::string declared_namespace(std::string_view tag, std::string_view prefix) {
    std::string name = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
    for (std::size_t pos = tag.find(name); pos != std::string_view::npos; pos = tag.find(name, pos + 1)) {
        if (pos == 0 || !is_space(tag[pos - 1])) continue;
        std::size_t i = pos + name.size();
        while (i < tag.size() && is_space(tag[i])) ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && is_space(tag[i])) ++i;
        if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
        std::size_t close = tag.find(tag[i], i + 1);
        if (close == std::string_view::npos) return {};
        std::string_view value = tag.substr(i + 1, close - i - 1);
        while (!value.empty() && is_space(value.front())) value.remove_prefix(1);
        while (!value.empty() && is_space(value.back())) value.remove_suffix(1);
        return std::string(value);
    }
    return {};
}

}  // namespace wirekit
