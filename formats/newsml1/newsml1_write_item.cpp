#include "newsml1/newsml1_write_item.hpp"

#include <cmath>

#include "ids/article_id.hpp"
#include "model/media.hpp"
#include "newsml1/newsml1_fields.hpp"
#include "newsml1/newsml1_write_meta.hpp"
#include "nitfbody/nitf_body_write.hpp"
#include "nitfbody/nitf_names.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"
#include "time/datetime_basic.hpp"

namespace wirekit::newsml1 {

namespace {

// NewsIdentifier's parts and the PublicIdentifier without its revision.
struct Identity {
    std::string provider;
    std::string date;
    std::string item;
    std::string base;
};

// An id of the form urn:newsml:PROVIDER:DATE:ITEM gives its parts back; any
// other URI is the PublicIdentifier as it is (so that it reads back the same),
// with its item id the URI; any other id is made one: urn:newsml:PROVIDER:DATE:ID.
Identity identity_of(const Article& a, const DateTime& when) {
    Identity id;
    std::string text = xml_one_line(a.id.empty() ? derived_article_id(a) : a.id);
    if (starts_with_ci(text, "urn:newsml:")) {
        auto parts = split_at(std::string_view(text).substr(11), ':');
        if (parts.size() >= 3 && !parts[0].empty() && !parts[1].empty()) {
            id.provider = std::string(parts[0]);
            id.date = std::string(parts[1]);
            id.item = text.substr(11 + id.provider.size() + id.date.size() + 2);
            id.base = text;
            return id;
        }
    }
    for (const std::string* candidate : {&a.provider, &a.creditline, &a.copyright.holder})
        if (id.provider.empty()) id.provider = xml_one_line(*candidate);
    if (id.provider.empty() && !a.sources.empty()) id.provider = xml_one_line(a.sources.front());
    if (id.provider.empty()) id.provider = "unknown";
    id.date = format_iso8601_basic(date_only(when));
    id.item = text;
    id.base = is_absolute_uri(text) ? text : "urn:newsml:" + id.provider + ":" + id.date + ":" + text;
    return id;
}

bool is_revision(std::string_view version) {
    return !version.empty() && version.size() <= 9 && is_all_digits(version) && version.find_first_not_of('0') != std::string_view::npos;
}

void write_identification(XmlOut& out, const Article& a, const DateTime& when) {
    Identity id = identity_of(a, when);
    std::string revision = is_revision(a.version) ? a.version : "1";
    out.open("Identification");
    out.open("NewsIdentifier");
    out.leaf("ProviderId", {}, id.provider);
    out.leaf("DateId", {}, id.date);
    out.leaf("NewsItemId", {}, id.item);
    out.leaf("RevisionId", {{"PreviousRevision", std::to_string(std::stol(revision) - 1)}, {"Update", "N"}}, revision);
    out.leaf("PublicIdentifier", {}, id.base + ":" + revision);
    out.close("NewsIdentifier");
    const std::string* label = find_extension(a.extensions, format_id, name_label);
    std::string name = xml_one_line(label ? *label : a.slugline);
    if (!name.empty()) out.leaf("NameLabel", {}, name);
    if (const std::string* date = find_extension(a.extensions, format_id, date_label)) out.leaf("DateLabel", {}, xml_one_line(*date));
    out.close("Identification");
}

// "usable" -> "Usable": NewsML's status names.
std::string status_name(std::string_view status) {
    std::string name = xml_one_line(status);
    if (name.empty()) return "Usable";
    if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

bool is_media_type(std::string_view type) { return type == "picture" || type == "video" || type == "audio" || type == "graphic"; }

bool writable(const std::optional<DateTime>& t) { return t && is_valid_date(t->year, t->month, t->day); }

void write_management(XmlOut& out, const Article& a, const DateTime& revised) {
    out.open("NewsManagement");
    const std::string* type = find_extension(a.extensions, format_id, news_item_type);
    out.leaf("NewsItemType", {{"FormalName", type ? xml_one_line(*type) : std::string("News"), true}});
    // The first creation, else the first publication (closer to it than a revision).
    const std::optional<DateTime>& first = writable(a.first_created) ? a.first_created : a.published;
    out.leaf("FirstCreated", {}, format_iso8601_basic(writable(first) ? *first : revised));
    out.leaf("ThisRevisionCreated", {}, format_iso8601_basic(revised));
    out.leaf("Status", {{"FormalName", status_name(a.pub_status)}});
    if (writable(a.embargoed)) {
        out.open("StatusWillChange");
        out.leaf("FutureStatus", {{"FormalName", "Usable"}});
        out.leaf("DateAndTime", {}, format_iso8601_basic(*a.embargoed));
        out.close("StatusWillChange");
    }
    if (a.urgency && *a.urgency >= 1 && *a.urgency <= 9) out.leaf("Urgency", {{"FormalName", std::to_string(*a.urgency)}});
    for (const auto& l : a.links)
        if (l.rel == associated_rel && !l.href.empty()) out.leaf("AssociatedWith", {{"NewsItem", xml_one_line(l.href)}});
    for (const auto& s : a.signals)
        if (!xml_one_line(s).empty()) out.leaf("Instruction", {{"FormalName", xml_one_line(s)}});
    out.close("NewsManagement");
}

void write_text(XmlOut& out, const Article& a) {
    out.open("ContentItem");
    out.leaf("MediaType", {{"FormalName", "Text"}});
    out.leaf("Format", {{"FormalName", "NITF"}});
    out.leaf("MimeType", {{"FormalName", std::string(nitf_names::media_type)}});
    out.open("DataContent");
    out.open("nitf", {{"xmlns", std::string(nitf_names::ns)},
                      {"version", std::string(nitf_names::version)},
                      {"change.date", std::string(nitf_names::change_date)},
                      {"change.time", std::string(nitf_names::change_time)}});
    write_nitf_body(out, a, {false, false, true, false, {}});
    out.close("nitf");
    out.close("DataContent");
    out.close("ContentItem");
}

// NewsML's MediaType of a MIME type.
std::string media_type_of(std::string_view mime_type) {
    std::string mime = to_lower_ascii(mime_type);
    if (mime.starts_with("image/")) return "Photo";
    if (mime.starts_with("video/")) return "Video";
    if (mime.starts_with("audio/")) return "Audio";
    return {};
}

void property(XmlOut& out, std::string_view name, const std::string& value) {
    if (!value.empty()) out.leaf("Property", {{"FormalName", std::string(name)}, {"Value", value}});
}

// A medium: a component of its own (with its role), one ContentItem by
// reference per file, what the model knows of each as Characteristics (of
// the medium as a whole on the first).
void write_medium(XmlOut& out, const Media& m) {
    out.open("NewsComponent");
    if (!xml_one_line(m.role).empty()) out.leaf("Role", {{"FormalName", xml_one_line(m.role)}});
    bool first = true;
    for (const Rendition& file : renditions_of(m)) {
        out.open("ContentItem", {{"Href", file.href, true}});
        if (std::string type = media_type_of(file.mime_type); !type.empty()) out.leaf("MediaType", {{"FormalName", type}});
        if (!xml_one_line(file.mime_type).empty()) out.leaf("MimeType", {{"FormalName", xml_one_line(file.mime_type)}});
        std::string duration =
            file.duration && std::isfinite(*file.duration) && *file.duration > 0 ? number_text(*file.duration) : std::string();
        bool about_medium = first && (!m.alt_text.empty() || !m.caption.empty() || !m.credit.empty());
        if (file.bytes || file.width || file.height || !duration.empty() || about_medium) {
            out.open("Characteristics");
            if (!count_text(file.bytes).empty()) out.leaf("SizeInBytes", {}, count_text(file.bytes));
            property(out, "Width", count_text(file.width));
            property(out, "Height", count_text(file.height));
            property(out, "Duration", duration);
            if (first) {
                property(out, "AlternateText", xml_one_line(m.alt_text));
                property(out, "Caption", xml_one_line(m.caption));
                property(out, "Credit", xml_one_line(m.credit));
            }
            out.close("Characteristics");
        }
        out.close("ContentItem");
        first = false;
    }
    out.close("NewsComponent");
}

// A package's reference: a component with the item's headline and its NewsItemRef.
void write_item_ref(XmlOut& out, const Link& l) {
    out.open("NewsComponent");
    if (!xml_one_line(l.title).empty()) {
        out.open("NewsLines");
        out.leaf("HeadLine", {}, xml_one_line(l.title));
        out.close("NewsLines");
    }
    out.leaf("NewsItemRef", {{"NewsItem", xml_one_line(l.href)}});
    out.close("NewsComponent");
}

}  // namespace

DateTime revision_time(const Article& a, const WriteOptions& options) {
    for (const auto* t : {&a.version_created, &a.updated, &a.first_created, &a.published})
        if (writable(*t)) return **t;
    return options.now ? *options.now : now_utc();
}

void write_item(XmlOut& out, const Article& a, const WriteOptions& options) {
    DateTime revised = revision_time(a, options);
    out.open("NewsItem", {{"xml:lang", xml_one_line(a.language)}});
    write_identification(out, a, writable(a.first_created) ? *a.first_created : revised);
    write_management(out, a, revised);
    out.open("NewsComponent");
    write_component_meta(out, a);
    bool text = !a.body.empty() || !a.trailer.empty();
    std::vector<const Link*> refs;
    for (const auto& l : a.links)
        if (l.rel == item_ref_rel && !l.href.empty()) refs.push_back(&l);
    if (a.media.empty() && refs.empty()) {
        if (text) write_text(out, a);
    } else {
        if (text) {
            // A picture's text is its caption (AFP's photo items).
            out.open("NewsComponent");
            out.leaf("Role", {{"FormalName", is_media_type(a.type) ? "Caption" : "Main"}});
            write_text(out, a);
            out.close("NewsComponent");
        }
        for (const auto& m : a.media)
            if (!renditions_of(m).empty()) write_medium(out, m);
        for (const Link* l : refs) write_item_ref(out, *l);
    }
    out.close("NewsComponent");
    out.close("NewsItem");
}

}  // namespace wirekit::newsml1
