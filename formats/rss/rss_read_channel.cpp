// <channel> -> FeedInfo. The mapping is in README.md, "Channel".
#include "rss/rss_read_channel.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include "feed/feed_body.hpp"
#include "feed/feed_media.hpp"
#include "feed/feed_people.hpp"
#include "feed/feed_read.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "text/text.hpp"
#include "text/url.hpp"

namespace wirekit::rss {

namespace {

// Dublin Core's people and the role each gives.
bool is_person_element(std::string_view local) {
    return local == "creator" || local == "author" || local == "publisher" || local == "contributor";
}
std::string_view person_role(std::string_view local) { return local == "creator" ? "author" : local; }

// itunes:explicit: "true"/"yes"/"explicit" or "false"/"no"/"clean".
std::optional<bool> explicit_value(std::string_view text) {
    std::string v = to_lower_ascii(text);
    if (v == "true" || v == "yes" || v == "explicit") return true;
    if (v == "false" || v == "no" || v == "clean") return false;
    return std::nullopt;
}

std::optional<int> minutes_value(std::string_view text) {
    int n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 0) return std::nullopt;
    return n;
}

FeedImage image_of(pugi::xml_node image, const ReadContext& context) {
    FeedImage out;
    for (pugi::xml_node c : image.children()) {
        if (!is_native(c)) continue;
        std::string_view local = local_name(c.name());
        if (local == "url") out.url = resolve_url(context.base_for(c), text_of(c));
        else if (local == "title") out.title = collapse_spaces(text_of(c));
        else if (local == "link") out.link = resolve_url(context.base_for(c), text_of(c));
    }
    return out;
}

class ChannelReader {
public:
    ChannelReader(ReadContext& context, FeedInfo& feed) : context_(context), feed_(feed) {}

    void element(pugi::xml_node e) {
        if (read_wk(e, wk_, feed_.extensions)) return;
        if (is_native(e)) {
            if (!native(e, local_name(e.name()))) keep(e);
            return;
        }
        std::string_view ns = feed_namespace(e);
        if (ns == feed_ns::dc || ns == feed_ns::dcterms || ns == feed_ns::itunes) fallbacks_.push_back(e);
        else if (ns == feed_ns::atom && local_name(e.name()) == "link") atom_link(e);
        else {
            if (ns == feed_ns::media && media_image_.empty()) media_image_ = image_from_media(e);
            keep(e);
        }
    }

    // Dublin Core and iTunes fill what the channel's own elements left empty; the rest is kept.
    void finish() {
        for (pugi::xml_node e : fallbacks_) {
            if (feed_namespace(e) == feed_ns::itunes) {
                if (!itunes(e)) keep(e);
                continue;
            }
            std::string_view local = local_name(e.name());
            std::string text = collapse_spaces(text_of(e));
            bool dcterms = feed_namespace(e) == feed_ns::dcterms;
            if (local == "title" && feed_.title.empty()) feed_.title = text;
            else if (local == "description" && feed_.description.empty()) feed_.description = text;
            else if (local == "language" && feed_.language.empty()) feed_.language = language(text, e);
            else if (local == "rights" && feed_.rights.empty()) feed_.rights = text;
            else if (is_person_element(local) && !text.empty()) add_person(person_from_text(text, person_role(local)));
            else if (local == "subject" && !text.empty()) feed_.categories.push_back({{}, {}, {}, text, {}, {}});
            else if ((local == "date" || (dcterms && local == "modified")) && !feed_.updated) feed_.updated = date(e);
            else if (dcterms && local == "issued" && !feed_.published) feed_.published = date(e);
            else if (dcterms && local == "created" && !feed_.created) feed_.created = date(e);
            else keep(e);
        }
        if (feed_.image.empty() && !media_image_.empty()) feed_.image.url = media_image_;
        // A feed whose logo is only in its description.
        if (feed_.image.empty()) {
            std::vector<Media> images;
            text_from_html(feed_.description, context_.options.base_url, &images);
            if (!images.empty()) feed_.image.url = images.front().url;
        }
        apply_wk(wk_, feed_, context_.options);
    }

private:
    ReadContext& context_;
    FeedInfo& feed_;
    WkFields wk_;
    std::vector<pugi::xml_node> fallbacks_;
    std::string media_image_;

    void keep(pugi::xml_node e) { keep_element(e, feed_.extensions, format_id); }

    std::optional<DateTime> date(pugi::xml_node e) { return read_feed_date(e, *context_.xml, context_.options, feed_.extensions, format_id); }

    std::string language(std::string_view tag, pugi::xml_node e) { return read_feed_language(tag, e, *context_.xml, context_.options); }

    void add_person(Person p) {
        if (p != Person{} && std::find(feed_.authors.begin(), feed_.authors.end(), p) == feed_.authors.end())
            feed_.authors.push_back(std::move(p));
    }

    // iTunes' owner: its name and email children.
    void owner(pugi::xml_node e) {
        Person p;
        p.role = "owner";
        for (pugi::xml_node c : e.children()) {
            if (feed_namespace(c) != feed_ns::itunes) continue;
            if (local_name(c.name()) == "name") p.name = collapse_spaces(text_of(c));
            else if (local_name(c.name()) == "email") p.email = text_of(c);
        }
        add_person(std::move(p));
    }

    void category(std::string_view scheme, std::string text) {
        if (!text.empty()) feed_.categories.push_back({std::string(scheme), {}, {}, std::move(text), {}, {}});
    }
    // Podcast feeds: subtitle, summary, author, owner, artwork, rating, keywords and categories.
    bool itunes(pugi::xml_node e) {
        std::string_view local = local_name(e.name());
        std::string text = collapse_spaces(text_of(e));
        if (local == "summary" && feed_.description.empty() && !text.empty()) feed_.description = text;
        else if (local == "subtitle" && feed_.subtitle.empty() && !text.empty()) feed_.subtitle = text;
        else if (local == "author" && !text.empty()) add_person(person_from_text(text, "author"));
        else if (local == "owner") owner(e);
        else if (local == "image" && feed_.image.empty() && !attribute_of(e, "href").empty())
            feed_.image.url = resolve_url(context_.base_for(e), attribute_of(e, "href"));
        else if (local == "explicit" && !feed_.explicit_content && explicit_value(text)) feed_.explicit_content = explicit_value(text);
        else if (local == "keywords" && !text.empty())
            for (std::string& word : keywords_from_text(text)) category({}, std::move(word));
        else if (local == "category" && !attribute_of(e, "text").empty()) {
            category(itunes_category_scheme, attribute_of(e, "text"));
            for (pugi::xml_node sub : e.children())
                if (feed_namespace(sub) == feed_ns::itunes) category(itunes_category_scheme, attribute_of(sub, "text"));
        } else return false;
        return true;
    }

    bool native(pugi::xml_node e, std::string_view local) {
        // Items are read on their own: their text (the whole item) is of no use here.
        if (local == "item" || local == "items") return true;
        std::string text = text_of(e);
        if (local == "title" && feed_.title.empty()) feed_.title = collapse_spaces(text);
        else if (local == "link" && feed_.link.empty()) {
            std::string href = text.empty() ? attribute_of(e, "href") : text;
            if (href.empty()) return false;
            feed_.link = resolve_url(xml_base_of(e, context_.options.base_url), href);
        } else if (local == "description" && feed_.description.empty()) feed_.description = collapse_spaces(text);
        else if (local == "language" && feed_.language.empty()) feed_.language = language(text, e);
        else if (local == "copyright" && feed_.rights.empty()) feed_.rights = collapse_spaces(text);
        else if (local == "managingEditor" && !text.empty()) add_person(person_from_text(text, "editor"));
        else if (local == "webMaster" && !text.empty()) add_person(person_from_text(text, "webmaster"));
        else if (local == "lastBuildDate" && !feed_.updated) feed_.updated = date(e);
        else if (local == "pubDate" && !feed_.published) feed_.published = date(e);
        else if (local == "category" && !text.empty()) category(attribute_of(e, "domain"), collapse_spaces(text));
        else if (local == "generator" && feed_.generator.empty()) feed_.generator = collapse_spaces(text);
        else if (local == "ttl" && !feed_.ttl && minutes_value(text)) feed_.ttl = minutes_value(text);
        else if (local == "image" && feed_.image.empty() && e.first_child()) feed_.image = image_of(e, context_);
        else if (local == "image" && !e.first_child()) return true;
        else return false;
        return true;
    }

    void atom_link(pugi::xml_node e) {
        std::string rel = attribute_of(e, "rel");
        std::string href = resolve_url(xml_base_of(e, context_.options.base_url), attribute_of(e, "href"));
        if (rel == "self" && feed_.self_url.empty() && !href.empty()) feed_.self_url = href;
        else if (rel == "hub" && feed_.hub_url.empty() && !href.empty()) feed_.hub_url = href;
        else if ((rel.empty() || rel == "alternate") && feed_.link.empty() && !href.empty()) feed_.link = href;
        else keep(e);
    }

    std::string image_from_media(pugi::xml_node e) {
        std::string_view local = local_name(e.name());
        std::string type = attribute_of(e, "type"), medium = attribute_of(e, "medium");
        bool image = local == "thumbnail" || type.starts_with("image/") || medium == "image";
        if (!image || (local != "content" && local != "thumbnail")) return {};
        return resolve_url(context_.base_for(e), attribute_of(e, "url"));
    }
};

}  // namespace

void read_channel(pugi::xml_node channel, pugi::xml_node root, ReadContext& context, FeedInfo& feed) {
    // The channel link is the base for the relative URLs of the image and the items.
    for (pugi::xml_node e : channel.children())
        if (is_native(e) && local_name(e.name()) == "link" && !text_of(e).empty()) {
            context.channel_link = resolve_url(xml_base_of(e, context.options.base_url), text_of(e));
            break;
        }
    ChannelReader reader(context, feed);
    for (pugi::xml_node e : channel.children())
        if (e.type() == pugi::node_element) reader.element(e);
    // RSS 1.0 puts the image and text input beside the channel.
    if (root != channel) {
        for (pugi::xml_node e : root.children()) {
            if (!is_native(e) || e == channel) continue;
            std::string_view local = local_name(e.name());
            if (local == "image" && feed.image.empty()) feed.image = image_of(e, context);
            else if (local == "textinput" || local == "textInput") keep_element(e, feed.extensions, format_id);
        }
    }
    reader.finish();
    if (feed.id.empty()) feed.id = rdf_about(channel);
    context.channel_link = feed.link;
    context.channel_language = feed.language;
}

}  // namespace wirekit::rss
