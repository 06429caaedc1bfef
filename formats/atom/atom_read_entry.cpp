// <entry> -> Article. The mapping is in README.md, "Entry".
#include "atom/atom_read_entry.hpp"

#include <algorithm>

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
#include "text/text.hpp"
#include "text/url.hpp"

namespace wirekit::atom {

namespace {

class EntryReader {
public:
    explicit EntryReader(const ReadContext& context) : context_(context) {}

    void element(pugi::xml_node e) {
        if (read_wk(e, wk_, a_.extensions)) return;
        std::string_view local = local_name(e.name());
        bool handled = false;
        if (context_.is_atom(e)) handled = atom(e, local);
        else if (feed_namespace(e) == feed_ns::media) handled = read_item_media(e, local, context_.base_for(e), a_, item_media_);
        if (!handled) keep(e);
    }

    Article finish(pugi::xml_node entry) {
        if (a_.authors.empty()) a_.authors = context_.feed_authors;
        a_.language = context_.language_of(entry);
        if (a_.language.empty()) a_.language = context_.options.language;
        item_media_.apply(a_.media);
        apply_wk(wk_, a_, context_.options);
        settle_body(a_, a_.published ? a_.published : context_.options.reference_date);
        return std::move(a_);
    }

private:
    const ReadContext& context_;
    Article a_;
    WkFields wk_;
    ItemMediaRss item_media_;
    bool has_title_ = false, has_id_ = false, has_summary_ = false, has_content_ = false, has_rights_ = false;

    void keep(pugi::xml_node e) { keep_element(e, a_.extensions, format_id); }

    std::optional<DateTime> date(pugi::xml_node e) { return read_feed_date(e, context_.xml, context_.options, a_.extensions, format_id); }

    // Each of these may stand once; a second one is kept as it is.
    static bool once(bool& seen) { return !std::exchange(seen, true); }

    bool atom(pugi::xml_node e, std::string_view local) {
        if (local == "id" && once(has_id_)) a_.id = text_of(e);
        else if (local == "title" && once(has_title_)) a_.headline = collapse_spaces(construct_text(read_text_construct(e)));
        else if ((local == "updated" || local == "modified") && !a_.updated) a_.updated = date(e);
        else if ((local == "published" || local == "issued") && !a_.published) a_.published = date(e);
        else if (local == "created" && !a_.first_created) a_.first_created = date(e);
        else if (local == "author") add_author(person_from_atom(e, context_.base_for(e), "author"));
        else if (local == "contributor") add_author(person_from_atom(e, context_.base_for(e), "contributor"));
        else if (local == "summary" && once(has_summary_)) summary(e);
        else if (local == "content" && !has_content_) return content(e);
        else if (local == "link") return link(e);
        else if (local == "category") return add_atom_category(e, true, a_.subjects);
        else if (local == "rights" && once(has_rights_)) a_.copyright.notice = construct_text(read_text_construct(e));
        else return false;
        return true;
    }

    void add_author(Person p) {
        if (p != Person{} && std::find(a_.authors.begin(), a_.authors.end(), p) == a_.authors.end()) a_.authors.push_back(std::move(p));
    }

    void summary(pugi::xml_node e) {
        TextConstruct t = read_text_construct(e);
        a_.summary = t.is_html ? text_from_html(t.value, context_.base_for(e), &a_.media) : std::string(trim(t.value));
    }

    // Text and HTML content is the body; out-of-line and other media types are kept as they are.
    bool content(pugi::xml_node e) {
        TextConstruct t = read_text_construct(e);
        std::string type = to_lower_ascii(t.type);
        bool textual = type.empty() || type == "text" || type == "html" || type == "xhtml" || type == "text/plain" ||
                       type == "text/html" || type == "application/xhtml+xml";
        if (!t.src.empty() || !textual) return false;
        has_content_ = true;
        if (!t.is_html) {
            a_.body = body_from_text(t.value);
            return true;
        }
        HtmlContent html = html_to_body(t.value, context_.base_for(e));
        a_.body = std::move(html.body);
        for (Media& m : html.images) {
            m.role = std::string(media_role::inline_image);
            add_media(a_.media, std::move(m));
        }
        if (html.dropped_unsafe)
            note_at(context_.xml, e, context_.options, "dangerous HTML (scripts, frames, event handlers) dropped");
        return true;
    }

    // The first alternate link is the article's url; with a type, title,
    // language or length it is one of its links too, so that they stay.
    bool link(pugi::xml_node e) {
        Link l = atom_link_of(e, context_.base_for(e));
        if (l.href.empty()) return false;
        if (l.rel == "enclosure") {
            Media m;
            m.url = l.href;
            m.mime_type = l.type;
            m.bytes = l.length;
            m.role = std::string(media_role::enclosure);
            add_media(a_.media, std::move(m));
            return true;
        }
        if (l.rel == "alternate" && a_.url.empty()) {
            a_.url = l.href;
            if (!has_link_attributes(l)) return true;
        }
        a_.links.push_back(std::move(l));
        return true;
    }

};

}  // namespace

Article read_entry(pugi::xml_node entry, const ReadContext& context) {
    EntryReader reader(context);
    for (pugi::xml_node e : entry.children())
        if (e.type() == pugi::node_element) reader.element(e);
    return reader.finish(entry);
}

}  // namespace wirekit::atom
