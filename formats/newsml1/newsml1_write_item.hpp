#pragma once
// One article as a NewsML 1.2 NewsItem in the shape AFP sends: Identification,
// NewsManagement, one NewsComponent with the NewsLines and metadata, the text
// as NITF in a ContentItem (a Main component beside the media when there are
// any), media by reference.
#include "model/article.hpp"
#include "registry/format.hpp"
#include "xml/xml_out.hpp"

namespace wirekit::newsml1 {

void write_item(XmlOut& out, const Article& a, const WriteOptions& options);

// The time NewsML requires for ThisRevisionCreated: the version time, else
// the update, first creation or publication, else --now, else the clock.
DateTime revision_time(const Article& a, const WriteOptions& options);

}  // namespace wirekit::newsml1
