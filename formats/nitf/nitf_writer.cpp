#include "nitf/nitf_writer.hpp"

#include "nitf/nitf_fields.hpp"
#include "nitf/nitf_write_head.hpp"
#include "nitfbody/nitf_body_write.hpp"
#include "nitfbody/nitf_names.hpp"
#include "report/error.hpp"
#include "report/lossy.hpp"

namespace wirekit {

namespace {

// What a NITF document holds (see README.md); the rest is named under -v.
const std::vector<std::string_view> nitf_kept_fields = {
    "id",       "version",   "headline",  "subheadline", "summary",  "byline",    "body",        "trailer",   "dateline",
    "located",  "provider",  "sources",   "authors",     "copyright", "first_created", "published", "embargoed", "language",
    "urgency",  "pub_status", "signals",  "editor_note", "genres",   "subjects",  "keywords",    "media",     "url",
    "extensions"};

}  // namespace

std::string write_nitf(const Document& doc, const WriteOptions& options) {
    if (doc.articles.empty()) throw Error(Exit::data, "no article to write: a NITF document holds one");
    if (doc.articles.size() > 1)
        throw Error(Exit::data, "a NITF document holds one article and the input has " + std::to_string(doc.articles.size()) +
                                    ": write each to a file of its own with -o FOLDER/ --split");
    note_dropped_fields(doc, "nitf", nitf_kept_fields, *options.diag);
    if (doc.feed != FeedInfo{}) options.diag->note({}, "nitf holds one article: the feed information is dropped");
    const Article& a = doc.articles.front();
    XmlOut out(false);
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.open("nitf", {{"xmlns", std::string(nitf_names::ns)},
                      {"version", std::string(nitf_names::version)},
                      {"change.date", std::string(nitf_names::change_date)},
                      {"change.time", std::string(nitf_names::change_time)},
                      {"baselang", xml_one_line(a.language)}});
    nitf::write_head(out, a);
    const std::string* bibliography = find_extension(a.extensions, nitf::format_id, nitf::bibliography);
    write_nitf_body(out, a, {true, true, true, true, bibliography ? std::string_view(*bibliography) : std::string_view()});
    out.close("nitf");
    return out.text();
}

}  // namespace wirekit
