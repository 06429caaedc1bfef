#include "newsml/newsml_writer.hpp"

#include <algorithm>

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_write_item.hpp"
#include "newsml/newsml_write_package.hpp"
#include "newsml/newsml_write_values.hpp"
#include "xml/xml_out.hpp"
#include "report/error.hpp"
#include "report/lossy.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {


// Every field of the model has a place in a newsItem (see README.md).
const std::vector<std::string_view> kept_fields = {
    "id", "version", "type", "url", "headline", "subheadline", "slugline", "summary", "byline", "body", "trailer", "dateline",
    "located", "creditline", "provider", "sources", "authors", "copyright", "first_created", "version_created",
    "content_created", "published", "updated", "embargoed", "language", "urgency", "priority", "pub_status", "signals",
    "editor_note", "genres", "subjects", "keywords", "media", "links", "extensions"};
// Without +roundtrip the extensions of other formats (wk:extension) stay out.
const std::vector<std::string_view> kept_without_marks(kept_fields.begin(), kept_fields.end() - 1);

// Seconds since the epoch of an instant (a time without zone taken as UTC).
long long instant_of(const DateTime& t) {
    long long seconds = days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    return t.has_offset ? seconds - t.offset_minutes * 60LL : seconds;
}

// header/sent: the sent time the model kept from a newsMessage, else the
// newest versionCreated among the items, else WriteOptions::now, else the clock.
DateTime sent_time(const Document& doc, const WriteOptions& options) {
    if (doc.feed.updated && !newsml::g2_date_time(*doc.feed.updated).empty()) return *doc.feed.updated;
    std::optional<DateTime> newest;
    for (const auto& a : doc.articles) {
        bool derived = false;
        DateTime t = newsml::version_time(a, options, derived);
        if (!newest || instant_of(t) > instant_of(*newest)) newest = t;
    }
    if (newest) return *newest;
    return options.now ? *options.now : now_utc();
}

// The priority every item shares, for header/priority.
std::optional<int> common_priority(const Document& doc) {
    std::optional<int> common = doc.articles.front().priority;
    for (const auto& a : doc.articles)
        if (a.priority != common) return std::nullopt;
    return common && *common >= 1 && *common <= 9 ? common : std::nullopt;
}

void write_header_values(XmlOut& out, const FeedInfo& feed, std::string_view element, std::string_view key) {
    if (const std::string* value = find_extension(feed.extensions, "newsml", key))
        for (std::string_view line : split_lines(*value))
            if (!trim(line).empty()) out.leaf(element, {}, xml_one_line(line));
}

// FOR_PACKAGE: the message is there only to hold one story's package, and
// reads back as that story alone (wk:field message).
void write_header(XmlOut& out, const Document& doc, const WriteOptions& options, bool for_package) {
    out.open("header");
    // A sent time the model did not keep is marked derived (read back as none).
    bool derived = !doc.feed.updated || newsml::g2_date_time(*doc.feed.updated).empty();
    newsml::write_time(out, "sent", sent_time(doc, options), newsml::TimeSlot::date_time, derived);
    write_header_values(out, doc.feed, "sender", "sender");
    write_header_values(out, doc.feed, "transmitId", "transmit-id");
    if (auto priority = common_priority(doc)) out.leaf("priority", {}, std::to_string(*priority));
    write_header_values(out, doc.feed, "origin", "origin");
    write_header_values(out, doc.feed, "destination", "destination");
    write_header_values(out, doc.feed, "channel", "channel");
    for (const auto& e : doc.feed.extensions)
        if (e.format != "newsml") out.leaf("wk:extension", {{"format", e.format}, {"key", e.key}}, e.value);
    if (for_package) out.leaf("wk:field", {{"name", "message"}}, "package");
    out.close("header");
}

bool came_from_message(const FeedInfo& feed) {
    const std::string* root = find_extension(feed.extensions, "newsml", "root");
    return root && *root == "newsMessage";
}

// What of the feed a newsMessage header cannot carry.
void note_dropped_feed(const FeedInfo& feed, bool message, Diagnostics& diag) {
    FeedInfo rest = feed;
    if (message) {
        rest.updated.reset();
        rest.extensions.clear();
    }
    if (rest != FeedInfo{}) diag.note({}, message ? "newsml cannot carry the feed's title, links and other channel information, dropped"
                                                  : "newsml writes one newsItem: the feed information is dropped");
}

}  // namespace

std::string write_newsml(const Document& doc, const WriteOptions& options) {
    if (doc.articles.empty()) throw Error(Exit::data, "no article to write: NewsML-G2 needs at least one item");
    note_dropped_fields(doc, "newsml", options.round_trip() ? kept_fields : kept_without_marks, *options.diag);
    bool packages = std::any_of(doc.articles.begin(), doc.articles.end(), newsml::has_package);
    bool for_package = packages && doc.articles.size() == 1 && !came_from_message(doc.feed);
    bool message = doc.articles.size() > 1 || came_from_message(doc.feed) || packages;
    note_dropped_feed(doc.feed, message, *options.diag);
    XmlOut out(options.round_trip());
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    if (!message) {
        newsml::write_item(out, doc.articles.front(), options, true);
        return out.text();
    }
    out.open("newsMessage", {{"xmlns", std::string(newsml::g2_ns)}, {"xmlns:wk", std::string(newsml::wk_ns)}});
    write_header(out, doc, options, for_package);
    out.open("itemSet");
    std::size_t packages_written = 0;
    for (const auto& a : doc.articles) {
        if (newsml::has_package(a)) newsml::write_package(out, a, options, ++packages_written);
        else newsml::write_item(out, a, options, false);
    }
    out.close("itemSet");
    out.close("newsMessage");
    return out.text();
}

}  // namespace wirekit
