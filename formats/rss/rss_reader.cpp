// RSS 0.90-2.0 and RSS 1.0 (RDF) -> Document. The field mapping is in README.md.
#include "rss/rss_reader.hpp"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "feed/feed_xml.hpp"
#include "registry/collect_articles.hpp"
#include "report/error.hpp"
#include "rss/rss_read_cdf.hpp"
#include "rss/rss_read_channel.hpp"
#include "rss/rss_read_context.hpp"
#include "rss/rss_read_item.hpp"
#include "xml/xml_mojibake.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_parts.hpp"
#include "xml/xml_parts_in_order.hpp"
#include "xml/xml_skim.hpp"
#include "xml/xml_text_and_layout.hpp"

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

// A parsed feed, whole.
void read_parsed(XmlDocument& xml, const ReadOptions& options, ArticleSink& sink) {
    repair_double_encoded_text(xml, options);
    pugi::xml_node root = xml.doc.document_element();
    std::string_view root_name = local_name(root.name());
    rss::ReadContext context{options, &xml, {}, {}};
    if (rss::is_cdf_channel(root)) return rss::read_cdf(root, context, sink);
    if (root_name != "rss" && root_name != "RDF" && root_name != "channel") {
        auto [line, column] = line_column_of(xml, root);
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

// The layout of <rss><channel> with items that can be parsed one at a time:
// unprefixed <item>s that declare no namespace of their own, so that they are
// RSS's items when the channel is RSS's channel. The layout's children are
// then the items alone. nullopt for any other feed (RSS 1.0, CDF, items in a
// namespace or beside the channel) and text the skim cannot place.
std::optional<XmlItemsLayout> streamable_layout(std::string_view text) {
    std::optional<XmlItemsLayout> layout = skim_items_layout(
        text, [](std::string_view name) { return name == "rss"; }, [](std::string_view name) { return name == "channel"; });
    if (!layout) return std::nullopt;
    // Items beside the channel are read too (after the channel's): those feeds are read whole.
    for (const XmlElementSpan& child : layout->root_children)
        if (local_name(child.start.name) == "item") return std::nullopt;
    for (const XmlElementSpan& child : layout->children) {
        if (local_name(child.start.name) != "item") continue;
        std::string_view tag = text.substr(child.start.begin, child.start.end - child.start.begin);
        if (child.start.name != "item" || tag.find("xmlns") != std::string_view::npos) return std::nullopt;
    }
    std::erase_if(layout->children, [](const XmlElementSpan& child) { return child.start.name != "item"; });
    if (layout->children.empty()) return std::nullopt;
    return layout;
}

// Reads the feed WHOLE laid out as LAYOUT item by item: the channel from the
// feed parsed without its items, then each item parsed alone. False, with
// nothing handed over, when the feed is not what the layout says (it is then
// read whole).
bool read_in_parts(const XmlDocument& whole, const XmlItemsLayout& layout, const ReadOptions& options, ArticleSink& sink) {
    std::unique_ptr<XmlDocument> frame = parse_xml_frame(whole, layout.children, options);
    if (!frame) return false;
    pugi::xml_node root = frame->doc.document_element();
    pugi::xml_node channel = channel_of(root);
    if (channel == root || static_cast<std::size_t>(channel.offset_debug()) != layout.container.begin + 1) return false;
    // Repairs are counted over every part and told where reading the whole feed tells them.
    DoubleEncodingRepairs repairs(options);
    repairs.repair(*frame);
    std::size_t repairs_noted_at = options.diag->all().size();
    rss::ReadContext context{options, frame.get(), {}, {}};
    FeedInfo feed;
    rss::read_channel(channel, root, context, feed);
    sink.feed(std::move(feed));
    // Each thread repairs and reads its items with what the channel gave, on its own.
    struct ItemReader {
        DoubleEncodingRepairs repairs;
        rss::ReadContext context;
    };
    const std::vector<XmlTagSpan> ancestors = layout.ancestors();
    read_parts_in_order(
        whole, ancestors, layout.children, options,
        [&](const ReadOptions& own) {
            return ItemReader{DoubleEncodingRepairs(own), rss::ReadContext{own, nullptr, context.channel_link, context.channel_language}};
        },
        [&](ItemReader& reader, XmlDocument& part) {
            reader.repairs.repair(part);
            reader.context.xml = &part;
            return prepare_article(sink, rss::read_item(part_element(part, ancestors.size()), reader.context),
                                   reader.context.options.threads);
        },
        [&](PreparedArticle&& read) { hand_over(sink, std::move(read)); },
        [&](ItemReader& reader) { repairs.absorb(reader.repairs, whole.lines.get()); });
    repairs.report(repairs_noted_at);
    return true;
}

// The feed parsed whole: what reading it in parts gives too.
void read_rss_whole(std::string_view bytes, const ReadOptions& options, ArticleSink& sink) {
    std::unique_ptr<XmlDocument> xml = parse_xml(bytes, options);
    read_parsed(*xml, options, sink);
}

}  // namespace

void read_rss_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink) {
    // With --strict the first repair is an error, which must be the first in the document.
    if (options.strict) return read_rss_whole(bytes, options, sink);
    auto [whole, layout] = xml_text_and_layout(bytes, options, streamable_layout);
    if (layout && read_in_parts(*whole, *layout, options, sink)) return;
    load_xml(*whole, options);
    read_parsed(*whole, options, sink);
}

Document read_rss(std::string_view bytes, const ReadOptions& options) { return collect_articles(read_rss_whole, bytes, options); }

}  // namespace wirekit
