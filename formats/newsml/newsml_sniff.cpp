// Recognising NewsML-G2 from the first bytes: the root element's name and namespace.
#include <string>

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_reader.hpp"

namespace wirekit {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Skips the XML declaration, processing instructions, comments and a DOCTYPE;
// returns the text from the root element's '<', or "" when it is not there.
std::string_view root_start(std::string_view s) {
    for (;;) {
        while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        std::size_t end = std::string_view::npos;  // where the construct's last character is
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
            return s.starts_with("<") ? s : std::string_view{};
        }
        if (end == std::string_view::npos) return {};
        s.remove_prefix(end + 1);
    }
}

// The value of the attribute NAME in the start tag TAG ("" when absent).
std::string_view attribute_in(std::string_view tag, std::string_view name) {
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
        return tag.substr(i + 1, close - i - 1);
    }
    return {};
}

}  // namespace

int sniff_newsml(std::string_view prefix) {
    std::string_view s = root_start(prefix);
    if (s.size() < 2) return 0;
    std::size_t name_end = 1;
    while (name_end < s.size() && !is_space(s[name_end]) && s[name_end] != '>' && s[name_end] != '/') ++name_end;
    std::string_view name = s.substr(1, name_end - 1);
    std::size_t colon = name.find(':');
    std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
    std::string declaration = colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
    std::size_t tag_end = s.find('>');
    std::string_view tag = s.substr(0, tag_end);
    std::string_view ns = attribute_in(tag, declaration);

    bool news = local == "newsItem" || local == "newsMessage" || local == "packageItem";
    bool other_item = local == "knowledgeItem" || local == "conceptItem" || local == "planningItem" || local == "catalogItem";
    if (ns == newsml::g2_ns) return news ? 95 : other_item ? 50 : 0;
    if (!news || !ns.empty()) return 0;
    // No namespace: still the shape of G2 when the items' attributes are there.
    return attribute_in(tag, "standard") == "NewsML-G2" ? 70 : 40;
}

}  // namespace wirekit
