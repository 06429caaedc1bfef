#include "rss/rss_read_cdf.hpp"

#include "feed/feed_body.hpp"
#include "text/text.hpp"
#include "text/url.hpp"
#include "time/datetime_rfc822.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::rss {

namespace {

std::string cdf_attribute(pugi::xml_node element, std::string_view name) {
    for (pugi::xml_attribute a : element.attributes())
        if (iequals_ascii(a.name(), name)) return std::string(trim(a.value()));
    return {};
}

// ELEMENT's HREF, resolved; "" when it has none.
std::string cdf_url(pugi::xml_node element, const ReadContext& context) {
    std::string href = cdf_attribute(element, "href");
    return href.empty() ? href : resolve_url(context.base_for(element), href);
}

// What a CHANNEL and an ITEM both say.
struct CdfEntry {
    std::string title, abstract, href;
    std::optional<DateTime> lastmod;
};

CdfEntry entry_of(pugi::xml_node element, const ReadContext& context) {
    CdfEntry out;
    out.href = cdf_url(element, context);
    out.lastmod = parse_feed_date(cdf_attribute(element, "lastmod"));
    for (pugi::xml_node c : element.children()) {
        if (has_local_name(c, "title") && out.title.empty()) out.title = line_text(c);
        else if (has_local_name(c, "abstract") && out.abstract.empty()) out.abstract = text_of(c);
    }
    return out;
}

// CDF's logos are IMAGE (wide), IMAGE-WIDE or ICON; the first of IMAGE style is
// the feed's image, else the first of any.
std::string logo_of(pugi::xml_node channel, const ReadContext& context) {
    std::string any;
    for (pugi::xml_node c : channel.children()) {
        if (!has_local_name(c, "logo")) continue;
        std::string href = cdf_url(c, context);
        if (iequals_ascii(cdf_attribute(c, "style"), "image") && !href.empty()) return href;
        if (any.empty()) any = href;
    }
    return any;
}

void read_items(pugi::xml_node channel, ReadContext& context, ArticleSink& sink) {
    for (pugi::xml_node c : channel.children()) {
        if (has_local_name(c, "channel")) read_items(c, context, sink);
        if (!has_local_name(c, "item")) continue;
        CdfEntry entry = entry_of(c, context);
        Article a;
        a.headline = entry.title;
        a.summary = entry.abstract;
        a.url = entry.href;
        a.updated = entry.lastmod;
        a.language = context.channel_language;
        settle_body(a, context.options.reference_date);
        sink.article(std::move(a));
    }
}

}  // namespace

bool is_cdf_channel(pugi::xml_node root) {
    if (!has_local_name(root, "channel")) return false;
    if (std::string_view(root.name()) == "CHANNEL" || !cdf_attribute(root, "href").empty()) return true;
    for (pugi::xml_node c : root.children())
        if (has_local_name(c, "abstract") || (has_local_name(c, "item") && !cdf_attribute(c, "href").empty())) return true;
    return false;
}

void read_cdf(pugi::xml_node root, ReadContext& context, ArticleSink& sink) {
    CdfEntry channel = entry_of(root, context);
    context.channel_link = channel.href;
    FeedInfo feed;
    feed.title = channel.title;
    feed.description = channel.abstract;
    feed.link = channel.href;
    feed.updated = channel.lastmod;
    feed.image.url = logo_of(root, context);
    sink.feed(std::move(feed));
    read_items(root, context, sink);
}

}  // namespace wirekit::rss
