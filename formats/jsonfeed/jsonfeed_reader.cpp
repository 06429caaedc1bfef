#include "jsonfeed/jsonfeed_reader.hpp"

#include "json/json_parse.hpp"
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_read.hpp"
#include "model/extension.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::string_view feed_keys[] = {"version",      "title",    "home_page_url", "feed_url", "description",
                                          "user_comment", "next_url", "icon",          "favicon",  "author",
                                          "authors",      "language", "expired",       "hubs",     "items"};

// "https://jsonfeed.org/version/1.1", "http://jsonfeed.org/version/1", and the
// bare "1.1" or "1.0" seen in the wild.
bool is_known_version(std::string_view version) {
    std::string_view number = version;
    for (std::string_view prefix : {"https://jsonfeed.org/version/", "http://jsonfeed.org/version/"})
        if (version.starts_with(prefix)) number = version.substr(prefix.size());
    return number == "1" || number == "1.0" || number == "1.1";
}

void read_version(const JsonObject& root) {
    const nlohmann::json* version = root.find("version");
    if (!version) {
        json_warn(root.origin(), root.path(), "no \"version\"; read as JSON Feed 1.1");
        return;
    }
    std::string text = root.string("version");
    if (!is_known_version(text))
        json_warn(root.origin(), root.path("version"), "unknown version \"" + text + "\"; read as JSON Feed 1.1");
}

// The WebSub hub goes to FeedInfo::hub_url; any other hub is kept as it is.
void read_hubs(const JsonObject& root, FeedInfo& feed) {
    const JsonPath list = root.path("hubs");
    const auto& hubs = root.array("hubs");
    nlohmann::json others = nlohmann::json::array();
    for (std::size_t i = 0; i < hubs.size(); ++i) {
        JsonObject hub(hubs[i], list.element(i), root.origin());
        std::string url = hub.string("url");
        if (feed.hub_url.empty() && iequals_ascii(hub.string("type"), "WebSub") && !url.empty())
            feed.hub_url = std::move(url);
        else
            others.push_back(hubs[i]);
    }
    if (!others.empty()) set_extension(feed.extensions, jsonfeed_format_id, "hubs", others.dump());
}

FeedInfo read_feed(const JsonObject& root) {
    FeedInfo feed;
    feed.title = root.string("title");
    feed.link = root.string("home_page_url");
    feed.self_url = root.string("feed_url");
    feed.description = root.string("description");
    feed.image.url = root.string("icon");
    feed.language = root.string("language");
    read_jsonfeed_authors(root, feed.authors, feed.extensions);
    read_hubs(root, feed);
    // The model has no fields for these: kept as JSON, their types checked.
    for (std::string_view key : {"user_comment", "next_url", "favicon"})
        if (root.has(key)) set_extension(feed.extensions, jsonfeed_format_id, key, nlohmann::json(root.string(key)).dump());
    if (auto expired = root.boolean("expired"))
        set_extension(feed.extensions, jsonfeed_format_id, "expired", *expired ? "true" : "false");
    keep_jsonfeed_extensions(root, feed.extensions);
    return feed;
}

}  // namespace

Document read_jsonfeed(std::string_view bytes, const ReadOptions& options) {
    nlohmann::json value = parse_json_text(without_utf8_bom(bytes), options.source);
    const JsonOrigin origin{options};
    const JsonPath top;
    JsonObject root(value, top, origin);
    read_version(root);
    root.warn_unknown_keys(feed_keys, [](std::string_view key) { return key.starts_with('_'); });
    Document doc;
    doc.feed = read_feed(root);
    if (!root.has("items")) json_warn(origin, top, "no \"items\"");
    const JsonPath items = root.path("items");
    const auto& item_values = root.array("items");
    for (std::size_t i = 0; i < item_values.size(); ++i)
        if (auto article = article_from_jsonfeed_item(JsonObject(item_values[i], items.element(i), origin), doc.feed))
            doc.articles.push_back(std::move(*article));
    return doc;
}

}  // namespace wirekit
