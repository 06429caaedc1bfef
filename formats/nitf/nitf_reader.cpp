#include "nitf/nitf_reader.hpp"

#include "dateline/byline.hpp"
#include "dateline/dateline_stated.hpp"
#include "ids/article_id.hpp"
#include "nitf/nitf_fields.hpp"
#include "nitf/nitf_read_head.hpp"
#include "nitfbody/nitf_body_read.hpp"
#include "nitfbody/nitf_names.hpp"
#include "report/error.hpp"
#include "text/text.hpp"
#include "time/instant_order.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_read_notes.hpp"

namespace wirekit {

namespace {

// What body.head says, where the head and docdata are silent.
void take_body(XmlReadNotes& notes, NitfBody body, Article& a) {
    a.headline = body.head.headline;
    a.subheadline = body.head.subheadline;
    a.byline = body.head.byline;
    a.summary = body.head.summary;
    a.provider = body.head.distributor;
    if (a.copyright.holder.empty()) a.copyright.holder = body.head.rights_owner;
    a.authors = std::move(body.head.people);
    if (a.authors.empty())
        for (auto& name : byline_names(a.byline.substr(0, a.byline.find('\n')))) a.authors.push_back({name, "author", {}, {}});
    a.body = std::move(body.body);
    a.trailer = std::move(body.trailer);
    for (auto& m : body.media) a.media.push_back(std::move(m));
    if (!body.bibliography.empty()) set_extension(a.extensions, nitf::format_id, nitf::bibliography, body.bibliography);
    if (body.dropped_unsafe) notes.note({}, "unsafe markup (script, event handlers, javascript: links) removed from the body");
}

// The dateline: what the element says (its text, the lead's fuller form of
// it, or a dateline opening the lead), then the parts its markup names.
void take_dateline(XmlReadNotes& notes, pugi::xml_node element, Article& a) {
    NitfDateline stated = element ? read_nitf_dateline(element) : NitfDateline{};
    auto reference = dateline_reference(a, notes.options().reference_date);
    if (auto taken = settle_dateline(a, stated.text, {}, reference)) notes.note({}, "dateline '" + *taken + "' taken from the lead");
    if (!stated.place.empty()) {
        a.dateline.place = stated.place;
        a.dateline.region = stated.region;
    }
    if (stated.date) a.dateline.date = stated.date;
}

// date.release is an embargo when it is after date.issue; otherwise it is kept as written.
void take_release(const nitf::HeadFacts& facts, Article& a) {
    if (!facts.release) return;
    if (!a.first_created || compare_instants(*facts.release, *a.first_created) > 0) a.embargoed = facts.release;
    else set_extension(a.extensions, nitf::format_id, "date.release@norm", facts.release_written);
}

Article read_document(XmlReadNotes& notes, pugi::xml_node nitf) {
    Article a;
    nitf::HeadFacts facts;
    if (pugi::xml_node head = child_with_local_name(nitf, "head")) nitf::read_head(notes, head, a, facts);
    pugi::xml_node body = child_with_local_name(nitf, "body");
    if (!body) notes.forgive(nitf, "a nitf without body");
    take_body(notes, read_nitf_body(body, notes.options().base_url), a);
    if (a.headline.empty()) a.headline = facts.title;
    take_release(facts, a);
    take_dateline(notes, child_with_local_name(child_with_local_name(body, "body.head"), "dateline"), a);
    a.type = "text";
    a.language = attribute_of(nitf, "baselang");
    if (a.language.empty()) a.language = notes.options().language;
    if (a.id.empty()) a.id = attribute_of(nitf, "uno");
    if (a.id.empty()) {
        a.id = derived_article_id(a);
        notes.forgive(nitf, "no doc-id: an id was derived from the content");
    }
    return a;
}

}  // namespace

Document read_nitf(std::string_view bytes, const ReadOptions& options) {
    auto xml = parse_xml(bytes, options);
    pugi::xml_node root = xml->doc.document_element();
    if (!has_local_name(root, "nitf")) throw wrong_root_error(*xml, root, "NITF", "nitf", options);
    XmlReadNotes notes(*xml, options);
    std::string_view ns = namespace_view(root);
    if (!ns.empty() && ns != nitf_names::ns) notes.forgive(root, "the nitf root in namespace " + std::string(ns) + ", not NITF's");
    Document doc;
    doc.articles.push_back(read_document(notes, root));
    notes.finish();
    return doc;
}

}  // namespace wirekit
