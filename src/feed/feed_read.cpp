#include "feed/feed_read.hpp"

#include "feed/feed_xml.hpp"
#include "report/error.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit {

std::optional<DateTime> read_feed_date(pugi::xml_node element, const XmlDocument& xml, const ReadOptions& options,
                                       Extensions& extensions, std::string_view format) {
    std::string text = text_of(element);
    if (text.empty()) return std::nullopt;
    if (auto dt = parse_feed_date(text)) return dt;
    std::string message = "unreadable date '" + text + "' in <" + element.name() + ">";
    if (options.strict) {
        auto [line, column] = line_column_of(xml, element);
        throw Error(Exit::data, message + " (--strict)", options.source, line, column);
    }
    warn_at(xml, element, options, message + "; kept verbatim as an extension");
    keep_element(element, extensions, format);
    return std::nullopt;
}

std::string read_feed_language(std::string_view tag, pugi::xml_node node, const XmlDocument& xml, const ReadOptions& options) {
    std::string normalized = normalized_language_tag(tag);
    if (normalized != trim(tag))
        note_at(xml, node, options, "language '" + std::string(trim(tag)) + "' read as '" + normalized + "'");
    return normalized;
}

void keep_element(pugi::xml_node element, Extensions& extensions, std::string_view format) {
    extensions.push_back({std::string(format), extension_key(element), serialize_element(element)});
}

}  // namespace wirekit
