// <feed> -> FeedInfo. The mapping is in README.md, "Feed".
#include "atom/atom_read_feed.hpp"

#include "feed/feed_category.hpp"
#include "feed/feed_people.hpp"
#include "feed/feed_read.hpp"
#include "feed/feed_text_construct.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "text/text.hpp"
#include "text/url.hpp"

namespace wirekit::atom {

namespace {

class FeedReader {
public:
    FeedReader(ReadContext& context, FeedInfo& feed) : context_(context), feed_(feed) {}

    void element(pugi::xml_node e) {
        if (read_wk(e, wk_, feed_.extensions)) return;
        if (!context_.is_atom(e)) {
            keep(e);
            return;
        }
        std::string_view local = local_name(e.name());
        if (local == "entry") return;  // read_atom reads the entries
        if (!atom(e, local)) keep(e);
    }

    void finish(pugi::xml_node feed_element) {
        // The logo is the feed's image; the icon stands in when there is no logo.
        pugi::xml_node image = logo_ ? logo_ : icon_;
        if (image) feed_.image.url = resolve_url(context_.base_for(image), text_of(image));
        if (logo_ && icon_) keep(icon_);
        feed_.language = context_.language_of(feed_element);
        context_.feed_language = feed_.language;
        context_.feed_authors = feed_.authors;
        apply_wk(wk_, feed_, context_.options);
    }

private:
    ReadContext& context_;
    FeedInfo& feed_;
    WkFields wk_;
    pugi::xml_node logo_, icon_;
    bool has_title_ = false, has_subtitle_ = false, has_id_ = false, has_rights_ = false, has_generator_ = false;

    void keep(pugi::xml_node e) { keep_element(e, feed_.extensions, format_id); }

    static bool once(bool& seen) { return !std::exchange(seen, true); }

    bool atom(pugi::xml_node e, std::string_view local) {
        if (local == "title" && once(has_title_)) feed_.title = collapse_spaces(construct_text(read_text_construct(e)));
        else if ((local == "subtitle" || local == "tagline") && once(has_subtitle_))
            feed_.description = collapse_spaces(construct_text(read_text_construct(e)));
        else if (local == "id" && once(has_id_)) feed_.id = text_of(e);
        else if ((local == "updated" || local == "modified") && !feed_.updated) feed_.updated = date(e);
        else if ((local == "published" || local == "issued") && !feed_.published) feed_.published = date(e);
        else if (local == "created" && !feed_.created) feed_.created = date(e);
        else if ((local == "rights" || local == "copyright") && once(has_rights_))
            feed_.rights = collapse_spaces(construct_text(read_text_construct(e)));
        else if (local == "author") feed_.authors.push_back(person_from_atom(e, context_.base_for(e), "author"));
        else if (local == "contributor") feed_.authors.push_back(person_from_atom(e, context_.base_for(e), "contributor"));
        else if (local == "category") return category(e);
        else if (local == "generator" && once(has_generator_)) return generator(e);
        else if (local == "link") return link(e);
        else if (local == "logo" && !logo_) logo_ = e;
        else if (local == "icon" && !icon_) icon_ = e;
        else return false;
        return true;
    }

    bool category(pugi::xml_node e) { return add_atom_category(e, true, feed_.categories); }

    // The generator's name, version and uri (Atom 0.3: url).
    bool generator(pugi::xml_node e) {
        feed_.generator = collapse_spaces(text_of(e));
        feed_.generator_version = attribute_of(e, "version");
        feed_.generator_uri = attribute_of(e, "uri");
        if (feed_.generator_uri.empty()) feed_.generator_uri = attribute_of(e, "url");
        if (!feed_.generator_uri.empty()) feed_.generator_uri = resolve_url(context_.base_for(e), feed_.generator_uri);
        return true;
    }

    std::optional<DateTime> date(pugi::xml_node e) { return read_feed_date(e, context_.xml, context_.options, feed_.extensions, format_id); }

    bool link(pugi::xml_node e) {
        std::string href = attribute_of(e, "href");
        if (href.empty()) return false;
        href = resolve_url(context_.base_for(e), href);
        std::string rel = attribute_of(e, "rel");
        if ((rel.empty() || rel == "alternate") && feed_.link.empty()) feed_.link = href;
        else if (rel == "self" && feed_.self_url.empty()) feed_.self_url = href;
        else if (rel == "hub" && feed_.hub_url.empty()) feed_.hub_url = href;
        else return false;
        return true;
    }
};

}  // namespace

void read_feed(pugi::xml_node feed_element, ReadContext& context, FeedInfo& feed) {
    FeedReader reader(context, feed);
    for (pugi::xml_node e : feed_element.children())
        if (e.type() == pugi::node_element) reader.element(e);
    reader.finish(feed_element);
}

}  // namespace wirekit::atom
