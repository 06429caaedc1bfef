#pragma once
// wirekit's extension elements in feeds (namespace urn:wirekit:extension:1,
// prefix wk): the model fields RSS and Atom have no element for, exact
// copies of fields whose native element would lose something, and the
// extensions other formats keep. A wk element read back overrides what the
// native elements said, so a feed written by wirekit reads back as the model
// it was written from.
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"
#include "options/read_write_options.hpp"

namespace wirekit {

// Writes wk elements under one parent (the caller declares the wk prefix).
// Each call writes its element even when the value is empty: an empty
// element says the field is empty, e.g. when the native element holds a
// value the writer had to derive. A writer that is not ENABLED (the output
// was not asked for as +roundtrip) holds an empty node, on which pugixml
// ignores every write, so that callers need not ask before each field.
class WkWriter {
public:
    WkWriter(pugi::xml_node parent, bool enabled) : parent_(enabled ? parent : pugi::xml_node()), enabled_(enabled) {}
    bool enabled() const { return enabled_; }

    void text(std::string_view name, std::string_view value);
    void date(std::string_view name, const std::optional<DateTime>& value);
    void number(std::string_view name, std::optional<int> value);
    void strings(std::string_view list, std::string_view item, const std::vector<std::string>& values);
    void people(const std::vector<Person>& people);
    void concepts(std::string_view list, std::string_view item, const std::vector<Concept>& concepts);
    void links(const std::vector<Link>& links);
    void dateline(const Dateline& dateline);
    void located(const Located& located);
    void copyright(const Copyright& copyright);
    void image(const FeedImage& image);
    // One extension, as <wk:extension format key>.
    void extension(const Extension& extension);

private:
    pugi::xml_node parent_;
    bool enabled_;
};

// Without +roundtrip: one -v note naming the fields of DOC's articles that
// FORMAT (rss, atom) has no element for and so leaves out.
void note_fields_without_element(const Document& doc, std::string_view format, const WriteOptions& options);

// An extension read from another format, under PARENT: in round-trip mode as
// <wk:extension>; otherwise, when it is one element of a namespace other than
// OWN_NAMESPACE and wirekit's (Media RSS, Dublin Core, iTunes, an agency's
// own), as that element itself; else it is left out. False when left out.
bool write_foreign_extension(pugi::xml_node parent, WkWriter& wk, const Extension& extension, std::string_view own_namespace);

// The article fields neither RSS nor Atom has an element for, each written
// when it holds something: version, type, subheadline, slugline, byline,
// trailer, dateline, located, creditline, provider, sources, the dates other
// than published/updated, urgency, priority, pub_status, signals,
// editor_note, genres, and the copyright holder and usage terms.
void write_wk_article_extras(WkWriter& wk, const Article& article);

// What the wk elements of one entry or feed said.
struct WkFields {
    Article article;
    FeedInfo feed;
    std::vector<std::string> given;    // the names of the fields that were given
    std::vector<std::string> unknown;  // wk elements this version does not know
};

// Reads ELEMENT into FIELDS when it is in the wk namespace; false otherwise.
// A <wk:extension> is appended to EXTENSIONS at once, so that extensions
// keep their order among those the reader keeps itself.
bool read_wk(pugi::xml_node element, WkFields& fields, Extensions& extensions);

// Overrides the fields FIELDS gives; a warning for each wk element it did not know.
void apply_wk(const WkFields& fields, Article& article, const ReadOptions& options);
void apply_wk(const WkFields& fields, FeedInfo& feed, const ReadOptions& options);

}  // namespace wirekit
