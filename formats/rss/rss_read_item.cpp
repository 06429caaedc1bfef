// <item> -> Article. The mapping is in README.md, "Item".
#include "rss/rss_read_item.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory_resource>
#include <vector>

#include "feed/feed_body.hpp"
#include "feed/feed_category.hpp"
#include "feed/feed_link.hpp"
#include "feed/feed_media.hpp"
#include "feed/feed_people.hpp"
#include "feed/feed_read.hpp"
#include "feed/feed_text_construct.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "html/html_body.hpp"
#include "http/http_url.hpp"
#include "text/text.hpp"
#include "text/url.hpp"
#include "time/duration_text.hpp"

namespace wirekit::rss {

namespace {


// The elements that may fill one field; the best wins and the others are
// kept as extensions.
using Candidates = std::pmr::vector<pugi::xml_node>;

class ItemReader {
public:
    ItemReader(pugi::xml_node item, const ReadContext& context) : context_(context), siblings_(item) { namespaces_.reserve(16); }

    // A child of the item.
    void element(pugi::xml_node e) {
        // Looked up once, and kept for the candidates: the lookup walks the ancestors' attributes.
        std::string_view ns = feed_namespace(e, siblings_);
        namespaces_.push_back({e, ns});
        if (ns == feed_ns::wk && read_wk(e, wk_, a_.extensions)) return;
        std::string_view local = local_name(e.name());
        bool handled = false;
        if (is_native(e, ns)) handled = native(e, local);
        else if (ns == feed_ns::content && local == "encoded") handled = add_to(content_, e);
        else if (ns == feed_ns::dc) handled = dublin_core(e, local);
        else if (ns == feed_ns::dcterms && local == "modified") handled = add_to(updated_, e);
        else if (ns == feed_ns::dcterms && local == "issued") handled = add_to(published_, e);
        else if (ns == feed_ns::dcterms && local == "created") handled = created(e);
        else if (ns == feed_ns::xhtml && local == "body") handled = add_to(content_, e);
        else if (local == "fullitem") handled = add_to(content_, e);
        else if (ns == feed_ns::atom) handled = atom(e, local);
        else if (ns == feed_ns::media) handled = read_item_media(e, local, context_.base_for(e), a_, item_media_);
        else if (ns == feed_ns::itunes) handled = add_to(itunes_, e);
        if (!handled) keep(e);
    }

    Article finish(pugi::xml_node item) {
        itunes();
        for (Candidates* c : {&headline_, &id_, &published_, &updated_, &summary_, &content_}) by_preference(*c);
        a_.headline = first_text(headline_, true);
        a_.id = first_text(id_, false);
        // RSS 1.0 names each item in rdf:about.
        if (a_.id.empty()) a_.id = rdf_about(item);
        if (pugi::xml_node guid = first(id_); guid && is_native(guid, namespace_of(guid)) && a_.url.empty()) {
            std::string permalink = to_lower_ascii(attribute_of(guid, "isPermaLink"));
            if (permalink != "false" && is_http_url(a_.id)) a_.url = a_.id;
        }
        if (pugi::xml_node e = first(published_)) a_.published = read_date(e);
        // dc:date is an item's only date in RSS 1.0: its last change as well as its publication.
        if (pugi::xml_node e = first(updated_)) {
            a_.updated = read_date(e);
        } else if (dc_date_ == first(published_)) {
            a_.updated = a_.published;
        } else if (dc_date_) {
            std::erase(published_, dc_date_);
            a_.updated = read_date(dc_date_);
        }
        if (pugi::xml_node e = first(summary_)) a_.summary = summary_of(e);
        if (pugi::xml_node e = first(content_)) body_of(e);
        for (const Candidates* c : {&headline_, &id_, &published_, &updated_, &summary_, &content_})
            for (std::size_t i = 1; i < c->size(); ++i) keep((*c)[i]);
        a_.language = !language_.empty() ? language_ : !context_.channel_language.empty() ? context_.channel_language
                                                                                          : context_.options.language;
        item_media_.apply(a_.media);
        apply_wk(wk_, a_, context_.options);
        settle_body(a_, a_.published ? a_.published : context_.options.reference_date);
        return std::move(a_);
    }

private:
    const ReadContext& context_;
    ChildNamespaces siblings_;
    Article a_;
    WkFields wk_;
    ItemMediaRss item_media_;
    // An item's candidates are a few nodes, and its children a dozen or so:
    // held in the reader, not an allocation each.
    std::array<std::byte, 2048> candidate_space_;
    std::pmr::monotonic_buffer_resource candidate_pool_{candidate_space_.data(), candidate_space_.size()};
    Candidates headline_{&candidate_pool_}, id_{&candidate_pool_}, published_{&candidate_pool_}, updated_{&candidate_pool_},
        summary_{&candidate_pool_}, content_{&candidate_pool_}, itunes_{&candidate_pool_};
    struct ChildNamespace {
        pugi::xml_node child;
        std::string_view ns;
    };
    std::pmr::vector<ChildNamespace> namespaces_{&candidate_pool_};
    pugi::xml_node dc_date_;
    std::string language_;
    bool has_comments_ = false, has_source_ = false;

    void keep(pugi::xml_node e) { keep_element(e, a_.extensions, format_id); }

    bool created(pugi::xml_node e) {
        if (a_.first_created) return false;
        a_.first_created = read_date(e);
        return true;
    }

    static bool add_to(Candidates& c, pugi::xml_node e) {
        c.push_back(e);
        return true;
    }

    static pugi::xml_node first(const Candidates& c) { return c.empty() ? pugi::xml_node{} : c.front(); }

    // The namespace element() found for CHILD.
    std::string_view namespace_of(pugi::xml_node child) const {
        for (const ChildNamespace& c : namespaces_)
            if (c.child == child) return c.ns;
        return feed_namespace(child);
    }

    // RSS's own element first, then Dublin Core, Atom, iTunes; document order within each.
    void by_preference(Candidates& c) const {
        // Mostly one: stable_sort would still allocate its buffer.
        if (c.size() < 2) return;
        auto rank = [&](pugi::xml_node e) {
            std::string_view ns = namespace_of(e);
            return is_native(e, ns) ? 0 : ns == feed_ns::content ? 0 : ns == feed_ns::dc ? 1 : ns == feed_ns::atom ? 2 : 3;
        };
        std::stable_sort(c.begin(), c.end(), [&](pugi::xml_node a, pugi::xml_node b) { return rank(a) < rank(b); });
    }

    std::string first_text(const Candidates& c, bool collapse) {
        pugi::xml_node e = first(c);
        if (!e) return {};
        if (namespace_of(e) == feed_ns::atom) return collapse_spaces(construct_text(read_text_construct(e)));
        return collapse ? collapse_spaces(text_of(e)) : text_of(e);
    }

    std::optional<DateTime> read_date(pugi::xml_node e) {
        return read_feed_date(e, *context_.xml, context_.options, a_.extensions, format_id);
    }

    std::string url_in(pugi::xml_node e, std::string_view value) { return resolve_url(context_.base_for(e), value); }

    void add_author(Person p) {
        if (p == Person{}) return;
        if (std::find(a_.authors.begin(), a_.authors.end(), p) == a_.authors.end()) a_.authors.push_back(std::move(p));
    }

    std::string summary_of(pugi::xml_node e) {
        if (namespace_of(e) == feed_ns::atom) {
            TextConstruct t = read_text_construct(e);
            return t.is_html ? text_from_html(t.value, context_.base_for(e), &a_.media) : std::string(trim(t.value));
        }
        std::string spare;
        return text_from_html(text_view_of(e, spare), context_.base_for(e), &a_.media);
    }

    void body_of(pugi::xml_node e) {
        std::string owned;
        std::string_view html;
        std::string_view ns = namespace_of(e);
        if (ns == feed_ns::atom) {
            TextConstruct t = read_text_construct(e);
            if (!t.is_html) {
                a_.body = body_from_text(t.value);
                return;
            }
            owned = std::move(t.value);
            html = owned;
        } else if (ns == feed_ns::xhtml) {
            owned = inner_xml(e);
            html = owned;
        } else {
            html = text_view_of(e, owned);
        }
        HtmlContent content = html_to_body(html, context_.base_for(e));
        a_.body = std::move(content.body);
        for (Media& m : content.images) {
            m.role = std::string(media_role::inline_image);
            add_media(a_.media, std::move(m));
        }
        if (content.dropped_unsafe)
            note_at(*context_.xml, e, context_.options, "dangerous HTML (scripts, frames, event handlers) dropped");
    }

    bool native(pugi::xml_node e, std::string_view local) {
        // Candidates are read once one of them is chosen: their text is not copied here.
        if (local == "title") return add_to(headline_, e);
        if (local == "guid") return add_to(id_, e);
        if (local == "pubDate") return add_to(published_, e);
        if (local == "description") return add_to(summary_, e);
        std::string text = text_of(e);
        if (local == "link") {
            std::string href = text.empty() ? attribute_of(e, "href") : text;
            if (href.empty()) return false;
            if (a_.url.empty()) a_.url = url_in(e, href);
            else a_.links.push_back(link_to("alternate", url_in(e, href)));
        } else if (local == "author") {
            if (text.empty()) return false;
            add_author(person_from_text(text, "author"));
        } else if (local == "category") {
            if (text.empty()) return false;
            a_.subjects.push_back({attribute_of(e, "domain"), {}, {}, collapse_spaces(text), {}, {}});
        } else if (local == "comments" && !has_comments_ && !text.empty()) {
            has_comments_ = true;
            a_.links.push_back(link_to("comments", url_in(e, text)));
        } else if (local == "source" && !has_source_) {
            has_source_ = true;
            std::string url = attribute_of(e, "url");
            a_.links.push_back(link_to("via", url.empty() ? url : url_in(e, url), collapse_spaces(text)));
        } else if (local == "enclosure") {
            std::string url = attribute_of(e, "url");
            if (url.empty()) return false;
            Media m;
            m.url = url_in(e, url);
            m.mime_type = attribute_of(e, "type");
            m.bytes = count_value(attribute_of(e, "length"));
            if (m.bytes && *m.bytes == 0) m.bytes.reset();  // "0" is what feeds write when they do not know
            m.role = std::string(media_role::enclosure);
            add_media(a_.media, std::move(m));
        } else {
            return false;
        }
        return true;
    }

    // Podcast items: summary, author, artwork and keywords fill what the rest left empty.
    void itunes() {
        bool had_authors = !a_.authors.empty();
        for (pugi::xml_node e : itunes_) {
            std::string_view local = local_name(e.name());
            std::string text = collapse_spaces(text_of(e));
            if (local == "summary" && summary_.empty() && !text.empty()) summary_.push_back(e);
            else if (local == "author" && !had_authors && !text.empty()) add_author(person_from_text(text, "author"));
            else if (local == "keywords" && !text.empty())
                for (std::string& word : keywords_from_text(text)) a_.keywords.push_back(std::move(word));
            else if (local == "subtitle" && a_.subheadline.empty() && !text.empty()) a_.subheadline = text;
            else if (local == "category" && !attribute_of(e, "text").empty())
                a_.subjects.push_back({std::string(itunes_category_scheme), {}, {}, attribute_of(e, "text"), {}, {}});
            else if (local == "duration" && set_enclosure_duration(text)) continue;
            else if (local == "image" && !attribute_of(e, "href").empty()) {
                Media m;
                m.url = url_in(e, attribute_of(e, "href"));
                m.role = std::string(media_role::thumbnail);
                add_media(a_.media, std::move(m));
            } else keep(e);
        }
    }

    // itunes:duration is the running time of the item's enclosure (the
    // first one that states none); without an enclosure it stays an extension.
    bool set_enclosure_duration(std::string_view text) {
        std::optional<double> seconds = parse_clock_duration(text);
        if (!seconds) return false;
        for (Media& m : a_.media)
            if (m.role == media_role::enclosure && !m.duration) {
                m.duration = seconds;
                return true;
            }
        return false;
    }

    bool dublin_core(pugi::xml_node e, std::string_view local) {
        if (local == "date") {
            if (!dc_date_) dc_date_ = e;
            return add_to(published_, e);
        }
        if (local == "title") return add_to(headline_, e);
        if (local == "description") return add_to(summary_, e);
        std::string text = collapse_spaces(text_of(e));
        if (local == "creator" || local == "author" || local == "contributor" || local == "publisher") {
            if (text.empty()) return false;
            add_author(person_from_text(text, local == "creator" ? "author" : local));
        } else if (local == "subject" && !text.empty()) a_.subjects.push_back({{}, {}, {}, text, {}, {}});
        else if (local == "language" && language_.empty() && !text.empty())
            language_ = read_feed_language(text, e, *context_.xml, context_.options);
        else if (local == "rights" && a_.copyright.notice.empty() && !text.empty()) a_.copyright.notice = text;
        else return false;
        return true;
    }

    bool atom(pugi::xml_node e, std::string_view local) {
        if (local == "link") {
            Link l = atom_link_of(e, context_.base_for(e));
            if (l.href.empty()) return false;
            if (l.rel == "enclosure") {
                Media m;
                m.url = l.href;
                m.mime_type = l.type;
                m.bytes = l.length;
                m.role = std::string(media_role::enclosure);
                add_media(a_.media, std::move(m));
            } else if (l.rel == "alternate" && a_.url.empty()) {
                a_.url = l.href;
                if (has_link_attributes(l)) a_.links.push_back(std::move(l));
            } else {
                a_.links.push_back(std::move(l));
            }
        } else if (local == "author") add_author(person_from_atom(e, context_.base_for(e), "author"));
        else if (local == "title") headline_.push_back(e);
        else if (local == "id") id_.push_back(e);
        else if (local == "published") published_.push_back(e);
        else if (local == "updated") updated_.push_back(e);
        else if (local == "summary") summary_.push_back(e);
        else if (local == "content") content_.push_back(e);
        else if (local == "category") return add_atom_category(e, false, a_.subjects);
        else return false;
        return true;
    }

};

}  // namespace

Article read_item(pugi::xml_node item, const ReadContext& context) {
    ItemReader reader(item, context);
    for (pugi::xml_node e : item.children())
        if (e.type() == pugi::node_element) reader.element(e);
    return reader.finish(item);
}

}  // namespace wirekit::rss
