// Document -> RSS 2.0. The field mapping is in README.md.
#include "rss/rss_writer.hpp"

#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "rss/rss_write_channel.hpp"
#include "rss/rss_write_item.hpp"

namespace wirekit {

std::string write_rss(const Document& doc, const WriteOptions& options) {
    note_fields_without_element(doc, "rss", options);
    pugi::xml_document xml;
    pugi::xml_node rss = xml.append_child("rss");
    rss.append_attribute("version") = "2.0";
    pugi::xml_node channel = rss.append_child("channel");
    rss::ChannelBasics basics = rss::channel_basics(doc);
    rss::write_channel(channel, doc, basics, options);
    for (const Article& a : doc.articles) rss::write_item(channel, a, basics, options);
    // Round trips keep each kept element's text as it was read, declarations included.
    if (!options.round_trip()) hoist_namespace_declarations(rss);
    declare_used_prefixes(rss, {{"atom", feed_ns::atom}, {"content", feed_ns::content}, {"dc", feed_ns::dc},
                                {"dcterms", feed_ns::dcterms}, {"itunes", feed_ns::itunes}, {"media", feed_ns::media},
                                {"wk", feed_ns::wk}});
    if (std::size_t removed = remove_invalid_xml_characters(xml))
        options.diag->warning({}, std::to_string(removed) + " characters XML cannot hold (control characters) were left out");
    return xml_document_text(xml);
}

}  // namespace wirekit
