#pragma once
// One Article -> one newsItem, its elements in the order the 2.35 schema demands.
#include <string>

#include "model/article.hpp"
#include "xml/xml_out.hpp"
#include "registry/format.hpp"

namespace wirekit::newsml {

// AS_ROOT: the item is the document's root and declares the namespaces.
void write_item(XmlOut& out, const Article& a, const WriteOptions& options, bool as_root);

// The attributes of an item's root element (newsItem, packageItem) for A.
Attributes item_attributes(const Article& a, bool as_root);

// A's guid: its id, else one derived from its content.
std::string item_guid(const Article& a);

// The time versionCreated states: the article's own times first, then the
// dateline's date, then WriteOptions::now, then the clock. DERIVED is set
// unless it is the article's version_created.
DateTime version_time(const Article& a, const WriteOptions& options, bool& derived);

}  // namespace wirekit::newsml
