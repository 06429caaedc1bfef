#include "jsonfeed/jsonfeed_writer.hpp"

#include <algorithm>

#include "json/json_dom_emit.hpp"
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_write.hpp"
#include "model/extension.hpp"
#include "report/lossy.hpp"

namespace wirekit {

namespace {

constexpr std::string_view version_url = "https://jsonfeed.org/version/1.1";

// The model fields an item has a place for (README.md has the mapping).
const std::vector<std::string_view> kept_fields = {"id",        "url",     "headline", "summary",  "body",     "authors",
                                                   "published", "updated", "language", "keywords", "subjects", "media"};

// The value every article has for FIELD, or "" when they differ or there are none.
template <class Field>
std::string shared_by_all(const std::vector<Article>& articles, Field field) {
    if (articles.empty()) return {};
    const std::string& first = field(articles.front());
    for (const auto& a : articles)
        if (field(a) != first) return {};
    return first;
}

class FeedWriter {
public:
    FeedWriter(JsonEmitter& out, const Document& doc, JsonFeedWriteContext& context) : out_(out), doc_(doc), cx_(context) {}

    void write() {
        const FeedInfo& feed = doc_.feed;
        out_.begin_object();
        member("version", version_url);
        out_.key("title");  // required, even when empty
        out_.string(title());
        member("home_page_url", jsonfeed_url(feed.link, "feed link", cx_));
        member("feed_url", jsonfeed_url(feed.self_url, "feed self URL", cx_));
        member("description", feed.description);
        kept_string("user_comment");
        kept_url("next_url");
        member("icon", jsonfeed_url(feed.image.url, "feed image", cx_));
        kept_url("favicon");
        emit_jsonfeed_authors(out_, feed.authors, feed.extensions, cx_);
        member("language", cx_.feed_language);
        if (nlohmann::json expired = kept("expired"); expired.is_boolean()) {
            out_.key("expired");
            out_.boolean(expired.get<bool>());
        }
        hubs();
        out_.key("items");
        out_.begin_array();
        for (const auto& article : doc_.articles) emit_jsonfeed_item(out_, article, cx_);
        out_.end_array();
        emit_jsonfeed_extensions(out_, feed.extensions, cx_);
        out_.end_object();
    }

private:
    void member(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.key(key);
        out_.string(value);
    }

    // A feed needs a title: the feed's, else what names every article's
    // source (provider, credit line), else a lone article's headline.
    std::string title() {
        if (!doc_.feed.title.empty()) return doc_.feed.title;
        std::string derived =
            shared_by_all(doc_.articles, [](const Article& a) -> const std::string& { return a.provider; });
        if (derived.empty())
            derived = shared_by_all(doc_.articles, [](const Article& a) -> const std::string& { return a.creditline; });
        if (derived.empty() && doc_.articles.size() == 1) derived = doc_.articles.front().headline;
        if (!derived.empty()) cx_.note("the feed has no title; \"" + derived + "\" is used");
        return derived;
    }

    nlohmann::json kept(std::string_view key) const {
        const std::string* text = find_extension(doc_.feed.extensions, jsonfeed_format_id, key);
        return text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
    }

    void kept_string(std::string_view key) {
        nlohmann::json value = kept(key);
        if (value.is_string()) member(key, value.get<std::string>());
    }

    void kept_url(std::string_view key) {
        nlohmann::json value = kept(key);
        if (value.is_string()) member(key, jsonfeed_url(value.get<std::string>(), key, cx_));
    }

    // The WebSub hub from FeedInfo::hub_url, then the hubs kept as they were.
    void hubs() {
        std::string websub = jsonfeed_url(doc_.feed.hub_url, "hub", cx_);
        // Only hubs that still have a type and a URL, as the schemas require.
        std::vector<std::pair<std::string, std::string>> others;
        nlohmann::json kept_hubs = kept("hubs");
        if (kept_hubs.is_array())
            for (const auto& hub : kept_hubs) {
                if (!hub.is_object()) continue;
                auto type = hub.find("type");
                auto url = hub.find("url");
                if (type == hub.end() || url == hub.end() || !type->is_string() || !url->is_string()) continue;
                std::string checked = jsonfeed_url(url->get<std::string>(), "hub", cx_);
                if (!checked.empty()) others.emplace_back(type->get<std::string>(), std::move(checked));
            }
        if (websub.empty() && others.empty()) return;
        out_.key("hubs");
        out_.begin_array();
        if (!websub.empty()) {
            out_.begin_object();
            member("type", "WebSub");
            member("url", websub);
            out_.end_object();
        }
        for (const auto& [type, url] : others) {
            out_.begin_object();
            out_.key("type");
            out_.string(type);
            member("url", url);
            out_.end_object();
        }
        out_.end_array();
    }

    JsonEmitter& out_;
    const Document& doc_;
    JsonFeedWriteContext& cx_;
};

void note_losses(const Document& doc, const JsonFeedWriteContext& context, Diagnostics& diag) {
    std::vector<std::string_view> kept = kept_fields;
    auto foreign = [](const Article& a) {
        return std::any_of(a.extensions.begin(), a.extensions.end(),
                           [](const Extension& e) { return e.format != jsonfeed_format_id; });
    };
    if (std::none_of(doc.articles.begin(), doc.articles.end(), foreign)) kept.push_back("extensions");
    // first_created and version_created stand in for a missing published and updated.
    auto drops = [&](auto stand_in, auto main) {
        return std::any_of(doc.articles.begin(), doc.articles.end(),
                           [&](const Article& a) { return (a.*stand_in) && (a.*main) && a.*stand_in != a.*main; });
    };
    if (!drops(&Article::first_created, &Article::published)) kept.push_back("first_created");
    if (!drops(&Article::version_created, &Article::updated)) kept.push_back("version_created");
    // One related link is the item's external_url.
    auto more_links = [](const Article& a) {
        return a.links.size() > 1 || (a.links.size() == 1 && a.links[0].rel != "related" && a.links[0].rel != "external");
    };
    if (std::none_of(doc.articles.begin(), doc.articles.end(), more_links)) kept.push_back("links");
    note_dropped_fields(doc, "jsonfeed", kept, diag);
    const FeedInfo& f = doc.feed;
    std::string feed_dropped;
    auto check = [&](std::string_view name, bool filled) {
        if (filled) feed_dropped += (feed_dropped.empty() ? "" : ", ") + std::string(name);
    };
    check("id", !f.id.empty());
    check("updated", f.updated.has_value());
    check("rights", !f.rights.empty());
    check("image title and link", !f.image.title.empty() || !f.image.link.empty());
    check("categories", !f.categories.empty());
    check("generator", !f.generator.empty());
    check("ttl", f.ttl.has_value());
    if (!feed_dropped.empty()) diag.note({}, "jsonfeed has no place for the feed's " + feed_dropped + "; left out");
    for (const auto& message : context.notes) diag.note({}, "jsonfeed: " + message);
}

}  // namespace

std::string write_jsonfeed(const Document& doc, const WriteOptions& options) {
    JsonFeedWriteContext context;
    // Items in the feed's language leave theirs out; a feed without one has
    // the language all its items share.
    context.feed_language =
        !doc.feed.language.empty()
            ? doc.feed.language
            : shared_by_all(doc.articles, [](const Article& a) -> const std::string& { return a.language; });
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::pretty);
    FeedWriter(json, doc, context).write();
    out += '\n';
    if (options.diag) {
        note_losses(doc, context, *options.diag);
        if (json.replaced_sequences() > 0)
            options.diag->warning({}, std::to_string(json.replaced_sequences()) +
                                          " invalid UTF-8 sequence(s) in the text were written as U+FFFD");
    }
    return out;
}

}  // namespace wirekit
