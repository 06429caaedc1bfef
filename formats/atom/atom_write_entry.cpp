// Article -> <entry>. The mapping is in README.md, "Entry".
#include "atom/atom_write_entry.hpp"

#include "atom/atom_read_context.hpp"
#include "atom/atom_write_common.hpp"
#include "feed/feed_body.hpp"
#include "feed/feed_media.hpp"
#include "feed/feed_link.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "ids/article_id.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"

namespace wirekit::atom {

namespace {

bool is_trimmed(std::string_view s) { return s == trim(s); }

class EntryWriter {
public:
    EntryWriter(pugi::xml_node entry, const Article& a, const FeedBasics& basics) : entry_(entry), a_(a), basics_(basics), wk_(entry, basics.marks) {}

    void write(bool xhtml) {
        language();
        std::string id = !a_.id.empty() ? a_.id : !a_.url.empty() ? a_.url : derived_article_id(a_);
        entry_.append_child("id").text() = id.c_str();
        entry_.append_child("title").text() = collapse_spaces(a_.headline).c_str();
        dates();
        // An entry without authors would inherit the feed's.
        if (!write_people(entry_, a_.authors) || (a_.authors.empty() && !basics_.authors.empty())) wk_.people(a_.authors);
        if (!a_.summary.empty()) entry_.append_child("summary").text() = a_.summary.c_str();
        content(xhtml);
        if (!a_.url.empty()) {
            Link url{"alternate", a_.url, {}, {}, {}, {}};
            append_atom_link(entry_, "link", url_link() ? *url_link() : url, "alternate");
        }
        bool links_exact = links();
        media();
        bool subjects_exact = write_categories(entry_, a_.subjects);
        if (!a_.copyright.notice.empty()) entry_.append_child("rights").text() = a_.copyright.notice.c_str();
        if (!a_.keywords.empty() && keywords_survive_text(a_.keywords))
            entry_.append_child("media:keywords").text() = keywords_text(a_.keywords).c_str();

        if (a_.id != id) wk_.text("id", a_.id);
        if (!a_.headline.empty() && !is_plain_line(a_.headline)) wk_.text("headline", a_.headline);
        if (!is_trimmed(a_.summary)) wk_.text("summary", a_.summary);
        if (!links_exact) {
            wk_.links(a_.links);
            if (a_.url.empty()) wk_.text("url", "");
        }
        if (!subjects_exact) wk_.concepts("subjects", "subject", a_.subjects);
        if (!is_trimmed(a_.copyright.notice)) wk_.copyright(a_.copyright);
        if (!keywords_survive_text(a_.keywords)) wk_.strings("keywords", "keyword", a_.keywords);
        write_wk_article_extras(wk_, a_);
        write_atom_extensions(entry_, wk_, a_.extensions, false);
    }

private:
    pugi::xml_node entry_;
    const Article& a_;
    const FeedBasics& basics_;
    WkWriter wk_;

    void language() {
        if (a_.language == basics_.language) return;
        if (is_language_tag(a_.language)) entry_.append_attribute("xml:lang") = a_.language.c_str();
        else wk_.text("language", a_.language);
    }

    // updated is required: the published date (or the feed's) stands in, and says so.
    void dates() {
        const DateTime& updated = a_.updated ? *a_.updated : a_.published ? *a_.published : basics_.updated;
        if (!write_date(entry_, "updated", updated) || !a_.updated) wk_.date("updated", a_.updated);
        if (a_.published && !write_date(entry_, "published", *a_.published)) wk_.date("published", a_.published);
    }

    void content(bool xhtml) {
        std::string html = body_html(a_);
        if (html.empty()) return;
        pugi::xml_node content = entry_.append_child("content");
        if (xhtml) {
            std::string div = "<div xmlns=\"" + std::string(feed_ns::xhtml) + "\">" + html + "</div>";
            content.append_attribute("type") = "xhtml";
            if (append_fragment(content, div, false)) return;
            content.remove_attribute("type");
        }
        content.append_attribute("type") = "html";
        content.text() = html.c_str();
    }

    // The link that says more about the url (its type, title, ...): written
    // as the url's link, not again. The reader gives it back first.
    const Link* url_link() const {
        if (a_.links.empty()) return nullptr;
        const Link& first = a_.links.front();
        bool is_url = first.rel == "alternate" && first.href == a_.url && has_link_attributes(first);
        return is_url && (first.type.empty() || is_media_type(first.type)) ? &first : nullptr;
    }

    // Links the schema allows; false when any will not read back as it is.
    bool links() {
        bool exact = true;
        const Link* written_with_url = url_link();
        for (const Link& l : a_.links) {
            if (&l == written_with_url) continue;
            bool valid = !l.href.empty() && (l.type.empty() || is_media_type(l.type));
            if (valid) append_atom_link(entry_, "link", l, l.rel.empty() ? "alternate" : l.rel);
            exact = exact && valid && !l.rel.empty() && l.rel != "enclosure" && !(l.rel == "alternate" && a_.url.empty()) &&
                    is_trimmed(l.href) &&
                    is_trimmed(l.rel) && is_trimmed(l.type) && is_trimmed(l.title) && is_trimmed(l.hreflang);
        }
        return exact;
    }

    void media() {
        for (const Media& m : a_.media) {
            if (m.role == "enclosure" && !m.url.empty() && (m.mime_type.empty() || is_media_type(m.mime_type))) {
                pugi::xml_node l = entry_.append_child("link");
                l.append_attribute("rel") = "enclosure";
                l.append_attribute("href") = m.url.c_str();
                if (!m.mime_type.empty()) l.append_attribute("type") = m.mime_type.c_str();
                if (m.bytes) l.append_attribute("length") = std::to_string(*m.bytes).c_str();
                if (enclosure_says_all(m)) continue;
            }
            write_media_rss(entry_, m, basics_.marks);
        }
    }
};

}  // namespace

void write_entry(pugi::xml_node feed, const Article& article, const FeedBasics& basics, bool xhtml) {
    EntryWriter(feed.append_child("entry"), article, basics).write(xhtml);
}

}  // namespace wirekit::atom
