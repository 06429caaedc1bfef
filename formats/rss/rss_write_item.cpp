// Article -> <item>. The mapping is in README.md, "Item".
#include "rss/rss_write_item.hpp"

#include "feed/feed_body.hpp"
#include "feed/feed_media.hpp"
#include "feed/feed_people.hpp"
#include "feed/feed_link.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"
#include "http/http_url.hpp"
#include "ids/article_id.hpp"
#include "rss/rss_read_context.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit::rss {

namespace {

bool is_trimmed(std::string_view s) { return s == trim(s); }

bool subjects_exact(const std::vector<Concept>& subjects) {
    for (const Concept& c : subjects)
        if (!c.code.empty() || !c.uri.empty() || !c.kind.empty() || c.relevance || !is_plain_line(c.name) || !is_trimmed(c.scheme))
            return false;
    return true;
}

// Contributors and publishers in Dublin Core; an author with an e-mail
// address in RSS's own element, else as dc:creator.
const char* author_element(const Person& p) {
    if (p.role == "contributor") return "dc:contributor";
    if (p.role == "publisher") return "dc:publisher";
    return p.email.empty() ? "dc:creator" : "author";
}

bool item_authors_exact(const std::vector<Person>& authors) {
    for (const Person& p : authors)
        if ((p.role != "author" && p.role != "contributor" && p.role != "publisher") || !rss_author_exact(p)) return false;
    return true;
}

class ItemWriter {
public:
    ItemWriter(pugi::xml_node item, const Article& a, const ChannelBasics& basics, const WriteOptions& options)
        : item_(item), a_(a), basics_(basics), options_(options), wk_(item, options.round_trip()) {}

    void write() {
        bool has_title = !a_.headline.empty();
        if (has_title) append_text_element(item_, "title", collapse_spaces(a_.headline));
        if (!a_.url.empty()) append_text_element(item_, "link", a_.url);
        guid();
        if (a_.published) append_text_element(item_, "pubDate", format_rfc822(*a_.published));
        description(has_title);
        std::string html = body_html(a_);
        if (!html.empty()) item_.append_child("content:encoded").append_child(pugi::node_cdata).set_value(html.c_str());
        for (const Person& p : a_.authors) append_text_element(item_, author_element(p), rss_author_text(p));
        for (const Concept& c : a_.subjects) {
            pugi::xml_node category = item_.append_child("category");
            if (!c.scheme.empty()) category.append_attribute("domain") = c.scheme.c_str();
            category.text() = collapse_spaces(c.name.empty() ? c.code : c.name).c_str();
        }
        bool links_exact = links();
        media();
        if (a_.updated) append_text_element(item_, "atom:updated", format_rfc3339(complete_instant(*a_.updated)));
        if (!a_.language.empty() && a_.language != basics_.language) append_text_element(item_, "dc:language", a_.language);
        if (!a_.copyright.notice.empty()) append_text_element(item_, "dc:rights", collapse_spaces(a_.copyright.notice));
        if (!a_.keywords.empty() && keywords_survive_text(a_.keywords)) append_text_element(item_, "media:keywords", keywords_text(a_.keywords));

        if (has_title && !is_plain_line(a_.headline)) wk_.text("headline", a_.headline);
        if (a_.published && !rfc822_exact(*a_.published)) wk_.date("published", a_.published);
        if (a_.updated && complete_instant(*a_.updated) != *a_.updated) wk_.date("updated", a_.updated);
        if (a_.language.empty() && !basics_.language.empty()) wk_.text("language", "");
        if (!item_authors_exact(a_.authors)) wk_.people(a_.authors);
        if (!subjects_exact(a_.subjects)) wk_.concepts("subjects", "subject", a_.subjects);
        if (!links_exact) {
            wk_.links(a_.links);
            if (a_.url.empty()) wk_.text("url", "");
        }
        if (!keywords_survive_text(a_.keywords)) wk_.strings("keywords", "keyword", a_.keywords);
        if (!a_.copyright.notice.empty() && !is_plain_line(a_.copyright.notice)) wk_.copyright(a_.copyright);
        write_wk_article_extras(wk_, a_);
        write_rss_extensions(item_, a_.extensions, false, options_);
    }

private:
    pugi::xml_node item_;
    const Article& a_;
    const ChannelBasics& basics_;
    const WriteOptions& options_;
    WkWriter wk_;

    // isPermaLink="true" only when the guid is the item's link.
    void guid() {
        std::string id = a_.id;
        if (id.empty()) {
            id = a_.url.empty() ? derived_article_id(a_) : a_.url;
            wk_.text("id", "");
        }
        pugi::xml_node guid = item_.append_child("guid");
        guid.append_attribute("isPermaLink") = id == a_.url && is_http_url(id) ? "true" : "false";
        guid.text() = id.c_str();
    }

    // The summary; an item with neither title nor summary gets its lead
    // paragraph, since RSS wants one of the two.
    void description(bool has_title) {
        if (!a_.summary.empty()) {
            append_text_element(item_, "description", html_from_text(a_.summary));
            if (!text_survives_html(a_.summary)) wk_.text("summary", a_.summary);
            return;
        }
        if (has_title) return;
        auto paragraphs = block_paragraphs(a_.body);
        std::string lead = paragraphs.empty() ? (a_.url.empty() ? std::string("Untitled") : a_.url) : paragraphs.front();
        append_text_element(item_, "description", html_from_text(lead));
        wk_.text("summary", "");
    }

    // Links as <comments>, <source> or atom:link; false when they will not read back as they are.
    bool links() {
        bool exact = true, comments = false, source = false;
        for (const Link& l : a_.links) {
            if (l.rel == "comments" && !comments && !l.href.empty() && is_trimmed(l.href) && l.type.empty() && l.title.empty()) {
                comments = true;
                append_text_element(item_, "comments", l.href);
            } else if (l.rel == "via" && !source && is_plain_line(l.title) && is_trimmed(l.href) && l.type.empty()) {
                source = true;
                pugi::xml_node s = item_.append_child("source");
                if (!l.href.empty()) s.append_attribute("url") = l.href.c_str();
                s.text() = l.title.c_str();
            } else {
                append_atom_link(item_, "atom:link", l, l.rel);
                bool reads_back = !l.href.empty() && !l.rel.empty() && l.rel != "enclosure" && is_trimmed(l.href) &&
                                  is_trimmed(l.rel) && is_trimmed(l.type) && is_trimmed(l.title) && is_trimmed(l.hreflang) &&
                                  !(l.rel == "alternate" && a_.url.empty());
                exact = exact && reads_back;
            }
        }
        return exact;
    }

    // One enclosure (the first that says everything as one), every other medium as Media RSS.
    void media() {
        bool enclosure_written = false;
        for (const Media& m : a_.media) {
            if (m.role == "enclosure" && !enclosure_written && !m.url.empty() && !m.mime_type.empty()) {
                enclosure_written = true;
                pugi::xml_node e = item_.append_child("enclosure");
                e.append_attribute("url") = m.url.c_str();
                e.append_attribute("length") = std::to_string(m.bytes ? *m.bytes : 0).c_str();
                e.append_attribute("type") = m.mime_type.c_str();
                if (enclosure_says_all(m)) continue;
            }
            write_media_rss(item_, m, options_.round_trip());
        }
    }
};

}  // namespace

void write_item(pugi::xml_node channel, const Article& article, const ChannelBasics& basics, const WriteOptions& options) {
    ItemWriter(channel.append_child("item"), article, basics, options).write();
}

}  // namespace wirekit::rss
