#include "xml/xml_parts.hpp"

#include <string>
#include <utility>

#include "report/error.hpp"

namespace wirekit {

std::optional<XmlItemsLayout> skim_items_layout(std::string_view text, XmlNameTest is_root, XmlNameTest is_container) {
    std::optional<XmlTagSpan> root = skim_root_tag(text);
    if (!root || root->empty || !is_root(root->name)) return std::nullopt;
    std::optional<XmlSkimmedLevels> levels = skim_children_and_container(text, root->end, is_container);
    if (!levels || !levels->container) return std::nullopt;
    XmlTagSpan container = levels->children[*levels->container].start;
    if (container.empty) return std::nullopt;
    return XmlItemsLayout{*root, container, std::move(levels->grandchildren), std::move(levels->children)};
}

std::unique_ptr<XmlDocument> parse_xml_frame(const XmlDocument& whole, const std::vector<XmlElementSpan>& cut,
                                             const ReadOptions& options) {
    std::string_view text = whole.text;
    std::string frame;
    std::vector<XmlPiece> pieces{{0, 0}};
    std::size_t from = 0;
    for (const XmlElementSpan& element : cut) {
        frame.append(text.substr(from, element.start.begin - from));
        from = element.end;
        pieces.push_back({frame.size(), from});
    }
    frame.append(text.substr(from));
    ReadOptions no_recovery = options;
    no_recovery.strict = true;
    try {
        return parse_xml_pieces(std::move(frame), whole, std::move(pieces), no_recovery);
    } catch (const Error&) {
        return nullptr;
    }
}

std::unique_ptr<XmlDocument> parse_xml_part(const XmlDocument& whole, const std::vector<XmlTagSpan>& ancestors,
                                            const XmlElementSpan& element, const ReadOptions& options) {
    std::string_view text = whole.text;
    // Sized once: the ancestors' start and end tags around the element.
    std::size_t size = element.end - element.start.begin;
    for (const XmlTagSpan& tag : ancestors) size += tag.end - tag.begin + tag.name.size() + 3;
    std::string part;
    part.reserve(size);
    std::vector<XmlPiece> pieces;
    pieces.reserve(ancestors.size() + 2);
    auto copy = [&](std::size_t begin, std::size_t end) {
        pieces.push_back({part.size(), begin});
        part.append(text.substr(begin, end - begin));
    };
    for (const XmlTagSpan& tag : ancestors) copy(tag.begin, tag.end);
    copy(element.start.begin, element.end);
    pieces.push_back({part.size(), element.end});
    for (auto tag = ancestors.rbegin(); tag != ancestors.rend(); ++tag) part.append("</").append(tag->name).append(">");
    return parse_xml_pieces(std::move(part), whole, std::move(pieces), options);
}

pugi::xml_node part_element(const XmlDocument& part, std::size_t ancestor_count) {
    pugi::xml_node element = part.doc.document_element();
    for (std::size_t i = 0; i < ancestor_count; ++i) element = first_child_element(element);
    return element;
}

XmlPartParser::XmlPartParser(const XmlDocument& whole, const ReadOptions& options) : options_(options) {
    whole_.text = whole.text;
    whole_.lines = std::make_shared<const LineIndex>(whole.lines ? whole.lines->for_another_thread() : LineIndex(whole.text));
}

std::unique_ptr<XmlDocument> XmlPartParser::parse(const std::vector<XmlTagSpan>& ancestors, const XmlElementSpan& element) const {
    return parse_xml_part(whole_, ancestors, element, options_);
}

}  // namespace wirekit
