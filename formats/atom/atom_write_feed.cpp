// FeedInfo -> <feed>. The mapping and the derived values are in README.md, "Feed".
#include "atom/atom_write_feed.hpp"

#include <algorithm>

#include "atom/atom_read_context.hpp"
#include "atom/atom_write_common.hpp"
#include "feed/feed_derive.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "report/lossy.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit::atom {

namespace {

// The provider (or creditline) the articles share, else the feed's title.
std::string derived_author_name(const Document& doc, const std::string& title) {
    std::string shared;
    for (const Article& a : doc.articles) {
        const std::string& who = a.provider.empty() ? a.creditline : a.provider;
        if (who.empty() || (!shared.empty() && who != shared)) return title;
        shared = who;
    }
    return shared.empty() ? title : collapse_spaces(shared);
}

void link(pugi::xml_node parent, const char* rel, const std::string& href) {
    pugi::xml_node l = parent.append_child("link");
    l.append_attribute("rel") = rel;
    l.append_attribute("href") = href.c_str();
}

}  // namespace

FeedBasics write_feed(pugi::xml_node feed, const Document& doc, const WriteOptions& options) {
    const FeedInfo& f = doc.feed;
    FeedBasics basics;
    basics.marks = options.round_trip();
    WkWriter wk(feed, options.round_trip());
    if (is_language_tag(f.language)) {
        feed.append_attribute("xml:lang") = f.language.c_str();
        basics.language = f.language;
    }
    std::string id = !f.id.empty() ? f.id : !f.self_url.empty() ? f.self_url : !f.link.empty() ? f.link : derived_feed_link(doc);
    feed.append_child("id").text() = id.c_str();
    std::string title = f.title.empty() ? derived_feed_title(doc) : collapse_spaces(f.title);
    feed.append_child("title").text() = title.c_str();
    if (!f.description.empty()) feed.append_child("subtitle").text() = collapse_spaces(f.description).c_str();
    std::optional<DateTime> updated = f.updated ? f.updated : latest_article_date(doc);
    if (!updated) updated = options.now ? *options.now : now_utc();
    bool updated_exact = write_date(feed, "updated", *updated);
    basics.updated = *updated;
    if (!f.link.empty()) link(feed, "alternate", f.link);
    if (!f.self_url.empty()) link(feed, "self", f.self_url);
    if (!f.hub_url.empty()) link(feed, "hub", f.hub_url);
    // RFC 4287 wants an author for every entry; the feed's stands in for entries without one.
    basics.authors = f.authors;
    bool author_derived = f.authors.empty() && std::any_of(doc.articles.begin(), doc.articles.end(),
                                                           [](const Article& a) { return a.authors.empty(); });
    if (author_derived) basics.authors.push_back({derived_author_name(doc, title), {}, {}, {}});
    bool authors_exact = write_people(feed, basics.authors) && !author_derived;
    bool categories_exact = write_categories(feed, f.categories);
    if (!f.generator.empty() || !f.generator_uri.empty()) {
        pugi::xml_node generator = feed.append_child("generator");
        if (!f.generator_uri.empty()) generator.append_attribute("uri") = f.generator_uri.c_str();
        if (!f.generator_version.empty()) generator.append_attribute("version") = collapse_spaces(f.generator_version).c_str();
        generator.text() = collapse_spaces(f.generator).c_str();
    }
    if (!f.image.url.empty()) feed.append_child("logo").text() = f.image.url.c_str();
    if (!f.rights.empty()) feed.append_child("rights").text() = collapse_spaces(f.rights).c_str();

    if (!wk.enabled())  // with +roundtrip the wk elements mark them instead
        note_derived_values(*options.diag, "atom", "the feed's",
                            {{"id", f.id.empty()}, {"title", f.title.empty()}, {"updated", !f.updated}, {"author", author_derived}});
    // Exact copies where the elements above said something else than the model.
    if (f.id != id) wk.text("id", f.id);
    if (f.title != title) wk.text("title", f.title);
    if (!f.description.empty() && !is_plain_line(f.description)) wk.text("description", f.description);
    if (!f.updated || !updated_exact) wk.date("updated", f.updated);
    if (f.language != basics.language) wk.text("language", f.language);
    if (!authors_exact) wk.people(f.authors);
    if (!categories_exact) wk.concepts("categories", "category", f.categories);
    if (!f.generator.empty() && !is_plain_line(f.generator)) wk.text("generator", f.generator);
    if (!f.generator_version.empty() && !is_plain_line(f.generator_version)) wk.text("generator-version", f.generator_version);
    if (f.published) wk.date("published", f.published);
    if (f.created) wk.date("created", f.created);
    if (!f.subtitle.empty()) wk.text("subtitle", f.subtitle);
    if (!f.image.title.empty() || !f.image.link.empty()) wk.image(f.image);
    if (!f.rights.empty() && !is_plain_line(f.rights)) wk.text("rights", f.rights);
    if (f.ttl) wk.number("ttl", f.ttl);
    write_atom_extensions(feed, wk, f.extensions, true);
    return basics;
}

}  // namespace wirekit::atom
