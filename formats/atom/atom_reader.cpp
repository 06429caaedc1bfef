// Atom 1.0 and 0.3 -> Document. The field mapping is in README.md.
#include "atom/atom_reader.hpp"

#include <utility>

#include "atom/atom_read_context.hpp"
#include "atom/atom_read_entry.hpp"
#include "atom/atom_read_feed.hpp"
#include "feed/feed_xml.hpp"
#include "registry/collect_articles.hpp"
#include "report/error.hpp"
#include "xml/xml_mojibake.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

void read_atom_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink) {
    auto xml = parse_xml(bytes, options);
    repair_double_encoded_text(*xml, options);
    pugi::xml_node root = xml->doc.document_element();
    std::string_view root_name = local_name(root.name());
    std::string_view ns = feed_namespace(root);
    // Atom 0.3 feeds that put their own namespace on still say version="0.3".
    bool atom_ns = ns == feed_ns::atom || ns == feed_ns::atom03 || ns.empty() ||
                   (root_name == "feed" && std::string_view(root.attribute("version").value()) == "0.3");
    if (!atom_ns || (root_name != "feed" && root_name != "entry")) {
        auto [line, column] = line_column_of(*xml, root);
        throw Error(Exit::data, "not an Atom feed: the root element is <" + std::string(root.name()) + "> in namespace '" + std::string(ns) + "'",
                    options.source, line, column);
    }
    atom::ReadContext context{options, *xml, std::string(ns), {}, {}};
    // An Atom entry document is one article without feed data.
    if (root_name == "entry") {
        sink.feed({});
        sink.article(atom::read_entry(root, context));
        return;
    }
    FeedInfo feed;
    atom::read_feed(root, context, feed);
    sink.feed(std::move(feed));
    for (pugi::xml_node e : root.children())
        if (context.is_atom(e) && local_name(e.name()) == "entry") sink.article(atom::read_entry(e, context));
}

Document read_atom(std::string_view bytes, const ReadOptions& options) { return collect_articles(read_atom_each, bytes, options); }

}  // namespace wirekit
