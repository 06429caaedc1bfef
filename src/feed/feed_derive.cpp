#include "feed/feed_derive.hpp"

#include "ids/uuid.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"
#include "time/instant_order.hpp"

namespace wirekit {

std::string derived_feed_title(const Document& doc) {
    if (doc.articles.size() == 1 && !doc.articles[0].headline.empty()) return collapse_spaces(doc.articles[0].headline);
    std::string shared;
    for (const Article& a : doc.articles) {
        const std::string& who = a.provider.empty() ? a.creditline : a.provider;
        if (who.empty() || (!shared.empty() && who != shared)) return "Articles";
        shared = who;
    }
    return shared.empty() ? "Articles" : collapse_spaces(shared);
}

std::string derived_feed_link(const Document& doc) {
    const FeedInfo& f = doc.feed;
    if (!f.self_url.empty()) return f.self_url;
    for (const Article& a : doc.articles)
        if (!a.url.empty()) return a.url;
    if (f.id.find(':') != std::string::npos) return f.id;
    std::string name = "wirekit feed";
    for (const Article& a : doc.articles) name += '\n' + (a.id.empty() ? a.headline : a.id);
    return content_uuid(name);
}

std::optional<DateTime> latest_article_date(const Document& doc) {
    std::optional<DateTime> latest;
    for (const Article& a : doc.articles) {
        const auto& date = a.updated ? a.updated : a.published;
        if (date && (!latest || unix_seconds(*date) > unix_seconds(*latest))) latest = date;
    }
    return latest;
}

}  // namespace wirekit
