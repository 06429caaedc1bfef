// Document -> Atom 1.0, valid against the RFC 4287 schema. The field mapping is in README.md.
#include "atom/atom_writer.hpp"

#include "atom/atom_write_entry.hpp"
#include "atom/atom_write_feed.hpp"
#include "feed/feed_wk.hpp"
#include "feed/feed_xml.hpp"

namespace wirekit {

std::string write_atom(const Document& doc, const WriteOptions& options) {
    note_fields_without_element(doc, "atom", options);
    pugi::xml_document xml;
    pugi::xml_node feed = xml.append_child("feed");
    feed.append_attribute("xmlns") = std::string(feed_ns::atom).c_str();
    atom::FeedBasics basics = atom::write_feed(feed, doc, options);
    for (const Article& a : doc.articles) atom::write_entry(feed, a, basics, options.has_variant("xhtml"));
    if (!options.round_trip()) hoist_namespace_declarations(feed);  // as in the RSS writer
    declare_used_prefixes(feed, {{"media", feed_ns::media}, {"wk", feed_ns::wk}});
    if (std::size_t removed = remove_invalid_xml_characters(xml))
        options.diag->warning({}, std::to_string(removed) + " characters XML cannot hold (control characters) were left out");
    return xml_document_text(xml);
}

}  // namespace wirekit
