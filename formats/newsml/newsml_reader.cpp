#include "newsml/newsml_reader.hpp"

#include <charconv>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_read_context.hpp"
#include "newsml/newsml_read_item.hpp"
#include "newsml/newsml_read_package.hpp"
#include "report/error.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_parts.hpp"
#include "xml/xml_parts_in_order.hpp"
#include "xml/xml_skim.hpp"
#include "xml/xml_text_and_layout.hpp"

namespace wirekit {

namespace {

using newsml::is_g2;

// G2 items that hold no news: knowledge, concepts, planning, catalogs.
constexpr std::string_view other_items[] = {"knowledgeItem", "conceptItem", "planningItem", "catalogItem", "conceptSet",
                                            "catalog", "catalogContainer"};

// No G2 attribute needs this much; longer is an attack or garbage.
constexpr std::size_t max_attribute_length = std::size_t{1} << 20;

void check_attribute_lengths(const XmlDocument& xml, const ReadOptions& options) {
    if (xml.text.size() <= max_attribute_length) return;  // no attribute is longer than the text it is in
    struct Check : pugi::xml_tree_walker {
        pugi::xml_node too_long;
        bool for_each(pugi::xml_node& node) override {
            for (pugi::xml_attribute a : node.attributes()) {
                if (std::char_traits<char>::length(a.value()) > max_attribute_length) {
                    too_long = node;
                    return false;
                }
            }
            return true;
        }
    } check;
    pugi::xml_node document = xml.doc.root();
    document.traverse(check);
    if (!check.too_long) return;
    auto [line, column] = line_column_of(xml, check.too_long);
    throw Error(Exit::data, "an attribute longer than 1 MiB: not NewsML-G2 metadata", options.source, line, column);
}

bool is_news_item(pugi::xml_node element) { return is_g2(element, "newsItem") || is_g2(element, "packageItem"); }

std::optional<int> priority_of(std::string_view text) {
    text = trim(text);
    int n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 9) return std::nullopt;
    return n;
}

// Header elements kept as feed extensions (format "newsml"), in this order;
// several of one kind are joined by line breaks.
constexpr std::pair<std::string_view, std::string_view> kept_header[] = {
    {"sender", "sender"}, {"transmitId", "transmit-id"}, {"origin", "origin"}, {"destination", "destination"}, {"channel", "channel"}};

// Whether HEADER says (wk:field message) that wirekit wrote the message only
// to hold one story's package: it reads back as that story alone.
bool holds_one_package(pugi::xml_node header) {
    for (pugi::xml_node child : header.children())
        if (newsml::is_wk(child, "field") && std::string_view(child.attribute("name").value()) == "message")
            return std::string_view(child.child_value()) == "package";
    return false;
}

// header: sent -> the feed's updated time (unless wirekit derived it); priority -> every item's priority;
// sender, transmitId, origin, destination, channel kept for a newsml writer.
newsml::MessageDefaults read_header(newsml::ReadContext& ctx, pugi::xml_node header, FeedInfo& feed) {
    newsml::MessageDefaults defaults;
    std::string kept[std::size(kept_header)];
    for (pugi::xml_node child : header.children()) {
        if (child.type() != pugi::node_element) continue;
        std::string value = line_text(child);
        if (is_g2(child, "sent") && newsml::wk_attribute(child, "derived").value_or("") != "true") feed.updated = ctx.time_of(child);
        else if (is_g2(child, "priority")) defaults.priority = priority_of(value);
        else if (newsml::is_wk(child, "extension"))
            feed.extensions.push_back({child.attribute("format").value(), child.attribute("key").value(), child.child_value()});
        for (std::size_t i = 0; i < std::size(kept_header); ++i)
            if (is_g2(child, kept_header[i].first) && !value.empty()) kept[i] += (kept[i].empty() ? "" : "\n") + value;
    }
    for (std::size_t i = 0; i < std::size(kept_header); ++i)
        if (!kept[i].empty()) set_extension(feed.extensions, "newsml", kept_header[i].second, kept[i]);
    return defaults;
}

// The message's header: the feed, and what its items inherit.
newsml::MessageDefaults read_message_head(newsml::ReadContext& ctx, pugi::xml_node message, FeedInfo& feed) {
    pugi::xml_node header = newsml::g2_child(message, "header");
    if (!holds_one_package(header)) set_extension(feed.extensions, "newsml", "root", "newsMessage");
    if (header) return read_header(ctx, header, feed);
    ctx.forgive(message, "a newsMessage without header");
    return {};
}

void note_no_news_item(newsml::ReadContext& ctx, pugi::xml_node item) {
    ctx.note(item, "<" + std::string(local_name(item.name())) + "> in the itemSet is no news item, left out");
}

[[noreturn]] void throw_no_news_item(const ReadOptions& options) {
    throw Error(Exit::data, "the newsMessage holds no newsItem or packageItem", options.source);
}

void read_message(newsml::ReadContext& ctx, pugi::xml_node message, Document& doc) {
    newsml::MessageDefaults defaults = read_message_head(ctx, message, doc.feed);
    pugi::xml_node item_set = newsml::g2_child(message, "itemSet");
    std::vector<newsml::ReadItem> items;
    for (pugi::xml_node item : item_set.children()) {
        if (item.type() != pugi::node_element) continue;
        if (is_news_item(item)) items.push_back({item, newsml::read_item(ctx, item, defaults)});
        else note_no_news_item(ctx, item);
    }
    if (items.empty()) throw_no_news_item(ctx.options());
    doc.articles = newsml::stories_of(ctx, std::move(items));
}

// What every document ends with: the root's namespace, then the notes of what was forgiven.
void finish_reading(newsml::ReadContext& ctx, pugi::xml_node root) {
    if (namespace_view(root).empty()) ctx.forgive(root, "no NewsML-G2 namespace on the root element");
    ctx.finish();
}

[[noreturn]] void wrong_root(const XmlDocument& xml, pugi::xml_node root, const ReadOptions& options) {
    auto [line, column] = line_column_of(xml, root);
    std::string name(local_name(root.name()));
    std::string ns = namespace_of(root);
    for (std::string_view other : other_items)
        if (name == other && (ns.empty() || ns == newsml::g2_ns))
            throw Error(Exit::data, "a NewsML-G2 " + name + " holds no news; wirekit reads newsItem, packageItem and newsMessage",
                        options.source, line, column);
    if (ns == newsml::g2_ns)
        throw Error(Exit::data, "<" + name + "> is a part of a NewsML-G2 item, not a whole one; wirekit reads newsItem, packageItem and newsMessage",
                    options.source, line, column);
    std::string in = ns.empty() ? "" : " in namespace " + ns;
    throw Error(Exit::data, "root element <" + name + ">" + in + " is not NewsML-G2 (expected newsItem, newsMessage or packageItem)",
                options.source, line, column);
}

// A parsed document, whole.
Document read_parsed(const XmlDocument& xml, const ReadOptions& options) {
    check_attribute_lengths(xml, options);
    pugi::xml_node root = xml.doc.document_element();
    newsml::ReadContext ctx(xml, options);
    Document doc;
    if (is_g2(root, "newsMessage")) read_message(ctx, root, doc);
    else if (is_news_item(root)) doc.articles = newsml::stories_of(ctx, {{root, newsml::read_item(ctx, root, {})}});
    else wrong_root(xml, root, options);
    finish_reading(ctx, root);
    return doc;
}

// The layout of a newsMessage whose items can be read one at a time: none of
// them is a package, which needs the items it refers to. nullopt for any other
// document, and for text the skim cannot place (it is then read whole).
std::optional<XmlItemsLayout> streamable_layout(std::string_view text) {
    std::optional<XmlItemsLayout> layout = skim_items_layout(
        text, [](std::string_view name) { return iequals_ascii(local_name(name), "newsMessage"); },
        [](std::string_view name) { return iequals_ascii(local_name(name), "itemSet"); });
    if (!layout || layout->children.empty()) return std::nullopt;
    for (const XmlElementSpan& item : layout->children)
        if (iequals_ascii(local_name(item.start.name), "packageItem")) return std::nullopt;
    return layout;
}

// The message without its items, parsed (header and all). nullptr when that
// is not the newsMessage and itemSet the layout says, or not well-formed: the
// message is then read whole, which tells what is wrong.
std::unique_ptr<XmlDocument> parse_message_frame(const XmlDocument& whole, const XmlItemsLayout& layout, const ReadOptions& options) {
    std::unique_ptr<XmlDocument> frame = parse_xml_frame(whole, layout.children, options);
    if (!frame) return nullptr;
    pugi::xml_node message = frame->doc.document_element();
    pugi::xml_node item_set = newsml::g2_child(message, "itemSet");
    bool as_laid_out = is_g2(message, "newsMessage") && item_set &&
                       static_cast<std::size_t>(item_set.offset_debug()) == layout.container.begin + 1;
    return as_laid_out ? std::move(frame) : nullptr;
}

}  // namespace

Document read_newsml(std::string_view bytes, const ReadOptions& options) {
    auto xml = parse_xml(bytes, options);
    return read_parsed(*xml, options);
}

void read_newsml_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink) {
    auto [whole, layout] = xml_text_and_layout(bytes, options, streamable_layout);
    std::unique_ptr<XmlDocument> frame = layout ? parse_message_frame(*whole, *layout, options) : nullptr;
    if (!frame) {
        load_xml(*whole, options);
        Document doc = read_parsed(*whole, options);
        sink.feed(std::move(doc.feed));
        for (Article& a : doc.articles) sink.article(std::move(a));
        return;
    }
    check_attribute_lengths(*frame, options);
    pugi::xml_node message = frame->doc.document_element();
    newsml::ReadContext ctx(*frame, options);
    FeedInfo feed;
    newsml::MessageDefaults defaults = read_message_head(ctx, message, feed);
    sink.feed(std::move(feed));
    bool any = false;
    const std::vector<XmlTagSpan> ancestors = layout->ancestors();
    // An item is read with a context of its own, whose record of what was
    // forgiven joins the message's in document order.
    struct ItemRead {
        std::optional<PreparedArticle> article;  // none for an item that holds no news
        newsml::ReadContext notes;
    };
    read_parts_in_order(
        *whole, ancestors, layout->children, options, [](const ReadOptions& own) -> const ReadOptions& { return own; },
        [&](const ReadOptions& own, XmlDocument& part) {
            check_attribute_lengths(part, own);
            ItemRead read{std::nullopt, newsml::ReadContext(part, own)};
            pugi::xml_node item = part_element(part, ancestors.size());
            if (is_news_item(item)) read.article = prepare_article(sink, newsml::read_item(read.notes, item, defaults), own.threads);
            else note_no_news_item(read.notes, item);
            return read;
        },
        [&](ItemRead&& read) {
            ctx.absorb(read.notes);
            if (!read.article) return;
            any = true;
            hand_over(sink, std::move(*read.article));
        },
        [](const ReadOptions&) {});
    if (!any) throw_no_news_item(options);
    finish_reading(ctx, message);
}

}  // namespace wirekit
