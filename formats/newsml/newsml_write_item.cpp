#include "newsml/newsml_write_item.hpp"

#include "ids/qcode.hpp"
#include "ids/uuid.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_write_body.hpp"
#include "newsml/newsml_write_meta.hpp"
#include "newsml/newsml_write_values.hpp"
#include "text/body_text.hpp"
#include "text/language_tag.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {


// The guid: the article's id, or an id derived from its content the way the
// dispatch reader derives one.
std::string guid_of(const Article& a) {
    if (!a.id.empty()) return a.id;
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    return content_uuid(a.headline + '\n' + a.dateline.text + '\n' + (paragraphs.empty() ? std::string() : paragraphs.front()));
}

bool writable(const std::optional<DateTime>& t) { return t && !g2_date_time(*t).empty(); }

}  // namespace

DateTime version_time(const Article& a, const WriteOptions& options, bool& derived) {
    derived = false;
    if (writable(a.version_created)) return *a.version_created;
    derived = true;
    for (const auto* t : {&a.updated, &a.published, &a.content_created, &a.first_created, &a.dateline.date})
        if (writable(*t)) return **t;
    if (options.now) return *options.now;
    return now_utc();
}

std::string item_guid(const Article& a) { return guid_of(a); }

Attributes item_attributes(const Article& a, bool as_root) {
    Attributes attributes;
    if (as_root) {
        attributes.push_back({"xmlns", std::string(g2_ns)});
        attributes.push_back({"xmlns:wk", std::string(wk_ns)});
    }
    attributes.push_back({"standard", "NewsML-G2"});
    attributes.push_back({"standardversion", "2.35"});
    attributes.push_back({"conformance", "power"});
    attributes.push_back({"guid", guid_of(a)});
    if (is_positive_integer(a.version)) attributes.push_back({"version", a.version});
    if (is_language_tag(a.language)) attributes.push_back({"xml:lang", a.language});
    return attributes;
}

void write_item(XmlOut& out, const Article& a, const WriteOptions& options, bool as_root) {
    out.open("newsItem", item_attributes(a, as_root));
    out.leaf("catalogRef", {{"href", std::string(iptc_catalog_url)}});
    // The subheadline's role is a qcode of wirekit's own scheme: round trips only.
    if (!a.subheadline.empty() && out.marks()) {
        out.open("catalog");
        out.leaf("scheme", {{"alias", std::string(headline_role_alias)}, {"uri", std::string(headline_role_uri)}});
        out.close("catalog");
    }
    if (a.published) {
        out.open("pubHistory");
        out.open("published");
        write_time(out, "timestamp", *a.published, TimeSlot::date_or_time);
        out.close("published");
        out.close("pubHistory");
    }
    write_rights_info(out, a.copyright);
    write_item_meta(out, a, options);
    write_content_meta(out, a);
    write_content_set(out, a, options.has_variant("nitf"));
    out.close("newsItem");
}

}  // namespace wirekit::newsml
