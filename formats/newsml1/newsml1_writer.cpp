#include "newsml1/newsml1_writer.hpp"

#include "newsml1/newsml1_fields.hpp"
#include "newsml1/newsml1_write_item.hpp"
#include "report/error.hpp"
#include "report/lossy.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_basic.hpp"
#include "time/instant_order.hpp"

namespace wirekit {

namespace {

// What a NewsItem holds (see README.md); the rest is named under -v.
const std::vector<std::string_view> newsml1_kept_fields = {
    "id",       "version",   "type",      "headline",      "subheadline",     "slugline",  "summary",   "byline",
    "body",     "trailer",   "dateline",  "located",       "creditline",      "provider",  "sources",   "authors",
    "copyright", "first_created", "version_created", "embargoed", "language",  "urgency",   "priority",  "pub_status",
    "signals",  "genres",    "subjects",  "keywords",      "media",           "links",     "extensions"};

// DateAndTime: the time the model kept from an envelope, else the newest
// revision among the items, else --now, else the clock.
DateTime sent_time(const Document& doc, const WriteOptions& options) {
    if (doc.feed.updated && is_valid_date(doc.feed.updated->year, doc.feed.updated->month, doc.feed.updated->day)) return *doc.feed.updated;
    std::optional<DateTime> newest;
    for (const auto& a : doc.articles) {
        DateTime t = newsml1::revision_time(a, options);
        if (!newest || compare_instants(t, *newest) > 0) newest = t;
    }
    return newest ? *newest : options.now ? *options.now : now_utc();
}

// The priority every item shares, for the envelope's Priority.
std::optional<int> common_priority(const Document& doc) {
    std::optional<int> common = doc.articles.front().priority;
    for (const auto& a : doc.articles)
        if (a.priority != common) return std::nullopt;
    return common && *common >= 1 && *common <= 9 ? common : std::nullopt;
}

std::vector<std::string> feed_lines(const FeedInfo& feed, std::string_view key) {
    std::vector<std::string> out;
    if (const std::string* value = find_extension(feed.extensions, newsml1::format_id, key))
        for (std::string_view line : split_lines(*value))
            if (std::string one = xml_one_line(line); !one.empty()) out.push_back(std::move(one));
    return out;
}

void parties(XmlOut& out, std::string_view holder, const std::vector<std::string>& names) {
    if (names.empty()) return;
    out.open(holder);
    for (const auto& name : names) out.leaf("Party", {{"FormalName", name}});
    out.close(holder);
}

void write_envelope(XmlOut& out, const Document& doc, const WriteOptions& options) {
    out.open("NewsEnvelope");
    for (const auto& id : feed_lines(doc.feed, newsml1::transmission_id)) out.leaf("TransmissionId", {}, id);
    parties(out, "SentFrom", feed_lines(doc.feed, newsml1::sent_from));
    parties(out, "SentTo", feed_lines(doc.feed, newsml1::sent_to));
    out.leaf("DateAndTime", {}, format_iso8601_basic(sent_time(doc, options)));
    for (const auto& service : feed_lines(doc.feed, newsml1::news_service)) out.leaf("NewsService", {{"FormalName", service}});
    for (const auto& product : feed_lines(doc.feed, newsml1::news_product)) out.leaf("NewsProduct", {{"FormalName", product}});
    if (auto priority = common_priority(doc)) out.leaf("Priority", {{"FormalName", std::to_string(*priority)}});
    out.close("NewsEnvelope");
}

}  // namespace

std::string write_newsml1(const Document& doc, const WriteOptions& options) {
    if (doc.articles.empty()) throw Error(Exit::data, "no article to write: a NewsML document needs at least one NewsItem");
    note_dropped_fields(doc, "newsml1", newsml1_kept_fields, *options.diag);
    FeedInfo rest = doc.feed;
    rest.updated.reset();
    std::erase_if(rest.extensions, [](const Extension& e) { return e.format == newsml1::format_id; });
    if (rest != FeedInfo{}) options.diag->note({}, "newsml1 cannot carry the feed's title, links and other channel information, dropped");
    XmlOut out(false);
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.open("NewsML", {{"Version", "1.2"}});
    write_envelope(out, doc, options);
    for (const auto& a : doc.articles) newsml1::write_item(out, a, options);
    out.close("NewsML");
    return out.text();
}

}  // namespace wirekit
