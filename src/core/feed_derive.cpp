#include "core/feed_derive.hpp"

#include "core/datetime.hpp"
#include "core/datetime_rfc822.hpp"
#include "core/text.hpp"
#include "core/uuid.hpp"

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

long long instant_seconds(const DateTime& source) {
    DateTime dt = complete_instant(source);
    return days_from_civil(dt.year, dt.month, dt.day) * 86400LL + dt.hour * 3600LL + dt.minute * 60LL + dt.second -
           dt.offset_minutes * 60LL;
}

std::optional<DateTime> latest_article_date(const Document& doc) {
    std::optional<DateTime> latest;
    for (const Article& a : doc.articles) {
        const auto& date = a.updated ? a.updated : a.published;
        if (date && (!latest || instant_seconds(*date) > instant_seconds(*latest))) latest = date;
    }
    return latest;
}

}  // namespace wirekit
