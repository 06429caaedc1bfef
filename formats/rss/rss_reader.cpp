// RSS 0.90-2.0 and RSS 1.0 (RDF) -> Document. The field mapping is in README.md.
#include "rss/rss_reader.hpp"

#include <utility>

#include "feed/feed_xml.hpp"
#include "registry/collect_articles.hpp"
#include "report/error.hpp"
#include "rss/rss_read_cdf.hpp"
#include "rss/rss_read_channel.hpp"
#include "rss/rss_read_context.hpp"
#include "rss/rss_read_item.hpp"
#include "xml/xml_mojibake.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

// The channel element: <rss><channel> (0.91-2.0), <rdf:RDF><channel> (0.90,
// 1.0). A feed without one is read with the root as its channel.
pugi::xml_node channel_of(pugi::xml_node root) {
    for (pugi::xml_node c : root.children())
        if (c.type() == pugi::node_element && rss::is_native(c) && local_name(c.name()) == "channel") return c;
    return root;
}

bool is_item(pugi::xml_node e) { return e.type() == pugi::node_element && rss::is_native(e) && local_name(e.name()) == "item"; }

}  // namespace

void read_rss_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink) {
    auto xml = parse_xml(bytes, options);
    repair_double_encoded_text(*xml, options);
    pugi::xml_node root = xml->doc.document_element();
    std::string_view root_name = local_name(root.name());
    rss::ReadContext context{options, *xml, {}, {}};
    if (rss::is_cdf_channel(root)) return rss::read_cdf(root, context, sink);
    if (root_name != "rss" && root_name != "RDF" && root_name != "channel") {
        auto [line, column] = line_column_of(*xml, root);
        throw Error(Exit::data, "not an RSS feed: the root element is <" + std::string(root.name()) + ">, not <rss> or <rdf:RDF>",
                    options.source, line, column);
    }
    pugi::xml_node channel = channel_of(root);
    FeedInfo feed;
    rss::read_channel(channel, root, context, feed);
    sink.feed(std::move(feed));
    // RSS 2.0 puts items in the channel, RSS 1.0 beside it; both are accepted.
    for (pugi::xml_node e : channel.children())
        if (is_item(e)) sink.article(rss::read_item(e, context));
    if (channel != root)
        for (pugi::xml_node e : root.children())
            if (is_item(e)) sink.article(rss::read_item(e, context));
}

Document read_rss(std::string_view bytes, const ReadOptions& options) { return collect_articles(read_rss_each, bytes, options); }

}  // namespace wirekit
