// FeedInfo -> <channel>. The mapping and the derived values are in README.md, "Channel".
#include "rss/rss_write_channel.hpp"

#include <algorithm>
#include <vector>

#include "feed/feed_derive.hpp"
#include "feed/feed_people.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "report/lossy.hpp"
#include "rss/rss_read_context.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::rss {

namespace {

// The text of a kept element.
std::string raw_text(std::string_view fragment) {
    pugi::xml_document doc;
    if (!doc.load_buffer(fragment.data(), fragment.size())) return {};
    return text_of(doc.document_element());
}

// The element each role of a channel's people is written as (an owner is
// itunes:owner, a role of another name dc:contributor).
struct RoleElement {
    std::string_view role;
    const char* element;
};
constexpr RoleElement channel_people[] = {{"editor", "managingEditor"},   {"webmaster", "webMaster"}, {"author", "dc:creator"},
                                          {"", "dc:creator"},               {"publisher", "dc:publisher"},
                                          {"contributor", "dc:contributor"}};

const char* element_for_role(std::string_view role) {
    for (const auto& r : channel_people)
        if (r.role == role) return r.element;
    return "dc:contributor";
}

// Whether the channel's people read back as they are: managingEditor and
// webMaster (once each) come first, as the reader takes RSS's own elements
// before Dublin Core and iTunes; e-mail and name only; roles it gives.
bool channel_authors_exact(const std::vector<Person>& people) {
    int editors = 0, webmasters = 0;
    bool others_started = false;
    for (const Person& p : people) {
        bool native = p.role == "editor" || p.role == "webmaster";
        bool known = native || p.role == "author" || p.role == "publisher" || p.role == "contributor" || p.role == "owner";
        if (!known || !rss_author_exact(p) || (native && others_started)) return false;
        others_started = others_started || !native;
        editors += p.role == "editor";
        webmasters += p.role == "webmaster";
    }
    return editors <= 1 && webmasters <= 1;
}

void write_owner(pugi::xml_node channel, const Person& p) {
    pugi::xml_node owner = channel.append_child("itunes:owner");
    if (!p.name.empty()) append_text_element(owner, "itunes:name", p.name);
    if (!p.email.empty()) append_text_element(owner, "itunes:email", p.email);
}

// A category reads back as it was when its name is one plain line, its
// scheme has no white space around it, and it has no code, uri or kind.
bool category_exact(const Concept& c) {
    return is_plain_line(c.name) && c.scheme == trim(c.scheme) && c.code.empty() && c.uri.empty() && c.kind.empty() && !c.relevance;
}

}  // namespace

ChannelBasics channel_basics(const Document& doc) {
    const FeedInfo& f = doc.feed;
    ChannelBasics b;
    b.title = f.title.empty() ? derived_feed_title(doc) : collapse_spaces(f.title);
    b.title_derived = f.title.empty();
    b.link = f.link.empty() ? derived_feed_link(doc) : f.link;
    b.link_derived = f.link.empty();
    b.description = f.description.empty() ? b.title : collapse_spaces(f.description);
    b.description_derived = f.description.empty();
    b.language = f.language;
    return b;
}

void write_channel(pugi::xml_node channel, const Document& doc, const ChannelBasics& basics, const WriteOptions& options) {
    const FeedInfo& f = doc.feed;
    WkWriter wk(channel, options.round_trip());
    append_text_element(channel, "title", basics.title);
    append_text_element(channel, "link", basics.link);
    append_text_element(channel, "description", basics.description);
    if (!f.self_url.empty()) {
        pugi::xml_node self = channel.append_child("atom:link");
        self.append_attribute("href") = f.self_url.c_str();
        self.append_attribute("rel") = "self";
        self.append_attribute("type") = "application/rss+xml";
    }
    if (!f.hub_url.empty()) {
        pugi::xml_node hub = channel.append_child("atom:link");
        hub.append_attribute("href") = f.hub_url.c_str();
        hub.append_attribute("rel") = "hub";
    }
    if (!f.language.empty()) append_text_element(channel, "language", f.language);
    if (!f.rights.empty()) append_text_element(channel, "copyright", collapse_spaces(f.rights));
    for (const Person& p : f.authors) {
        if (p.name.empty() && p.email.empty()) continue;
        if (p.role == "owner") write_owner(channel, p);
        else append_text_element(channel, element_for_role(p.role), rss_author_text(p));
    }
    if (f.published) append_text_element(channel, "pubDate", format_rfc822(*f.published));
    DateTime built = f.updated ? *f.updated : options.now ? *options.now : now_utc();
    append_text_element(channel, "lastBuildDate", format_rfc822(built));
    if (f.created) append_text_element(channel, "dcterms:created", format_rfc3339(*f.created));
    for (const Concept& c : f.categories) {
        std::string name = collapse_spaces(c.name.empty() ? c.code : c.name);
        if (name.empty()) continue;
        pugi::xml_node category = channel.append_child("category");
        if (!c.scheme.empty()) category.append_attribute("domain") = c.scheme.c_str();
        category.text() = name.c_str();
    }
    if (!f.generator.empty()) append_text_element(channel, "generator", collapse_spaces(f.generator));
    if (!f.subtitle.empty()) append_text_element(channel, "itunes:subtitle", collapse_spaces(f.subtitle));
    if (f.explicit_content) append_text_element(channel, "itunes:explicit", *f.explicit_content ? "true" : "false");
    if (f.ttl && *f.ttl >= 0) append_text_element(channel, "ttl", std::to_string(*f.ttl));
    bool image_exact = true;
    if (!f.image.empty()) {
        pugi::xml_node image = channel.append_child("image");
        append_text_element(image, "url", f.image.url);
        append_text_element(image, "title", f.image.title.empty() ? basics.title : collapse_spaces(f.image.title));
        append_text_element(image, "link", f.image.link.empty() ? basics.link : f.image.link);
        image_exact = !f.image.url.empty() && is_plain_line(f.image.title) && !f.image.link.empty();
    }

    // Exact copies where the elements above said something else than the model.
    if (!wk.enabled())  // with +roundtrip the wk elements mark them instead
        note_derived_values(*options.diag, "rss", "the channel's",
                            {{"title", basics.title_derived}, {"link", basics.link_derived}, {"description", basics.description_derived}});
    if (basics.title_derived || f.title != basics.title) wk.text("title", f.title);
    if (basics.link_derived) wk.text("link", f.link);
    if (basics.description_derived || f.description != basics.description) wk.text("description", f.description);
    if (!f.rights.empty() && !is_plain_line(f.rights)) wk.text("rights", f.rights);
    if (!channel_authors_exact(f.authors)) wk.people(f.authors);
    if (!f.updated || !rfc822_exact(*f.updated)) wk.date("updated", f.updated);
    if (f.published && !rfc822_exact(*f.published)) wk.date("published", f.published);
    if (!std::all_of(f.categories.begin(), f.categories.end(), category_exact)) wk.concepts("categories", "category", f.categories);
    if (!f.generator.empty() && !is_plain_line(f.generator)) wk.text("generator", f.generator);
    if (!f.generator_version.empty()) wk.text("generator-version", f.generator_version);
    if (!f.generator_uri.empty()) wk.text("generator-uri", f.generator_uri);
    if (!f.subtitle.empty() && !is_plain_line(f.subtitle)) wk.text("subtitle", f.subtitle);
    if (f.ttl && *f.ttl < 0) wk.number("ttl", f.ttl);
    if (!image_exact) wk.image(f.image);
    if (!f.id.empty()) wk.text("id", f.id);
    write_rss_extensions(channel, f.extensions, true, options);
}

void write_rss_extensions(pugi::xml_node parent, const Extensions& extensions, bool channel_level, const WriteOptions& options) {
    // RSS's own elements the model has no field for, each once, in a channel;
    // any other element without a namespace (a second title, an enclosure
    // without its URL, an invented element) would make the output invalid.
    static constexpr std::string_view channel_elements[] = {"{}pubDate", "{}docs", "{}cloud", "{}rating",
                                                            "{}textInput", "{}skipHours", "{}skipDays"};
    std::vector<std::string_view> written;
    WkWriter wk(parent, options.round_trip());
    for (const Extension& x : extensions) {
        if (x.format != format_id) {
            write_foreign_extension(parent, wk, x, "");
            continue;
        }
        bool native = x.key.starts_with("{}");
        bool allowed = !native || (channel_level && std::find(std::begin(channel_elements), std::end(channel_elements), x.key) !=
                                                        std::end(channel_elements) &&
                                   std::find(written.begin(), written.end(), x.key) == written.end());
        if (allowed && x.key == "{}pubDate") allowed = is_strict_rfc822(raw_text(x.value));
        if (allowed && append_fragment(parent, x.value, false)) {
            if (native) written.push_back(x.key);
            continue;
        }
        const std::string where = wk.enabled() ? "written as wk:extension" : "left out (-t rss+roundtrip keeps it)";
        if (!allowed) options.diag->note({}, "rss extension '" + x.key + "' would not be valid RSS 2.0; " + where);
        else options.diag->warning({}, "rss extension '" + x.key + "' is not one XML element; " + where);
        wk.extension(x);
    }
}

}  // namespace wirekit::rss
