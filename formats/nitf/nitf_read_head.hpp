#pragma once
// NITF's head: title, meta, tobject (genres and subject codes), docdata
// (identity, urgency, dates, rights, keywords, classification, event
// location) and pubdata.
#include <pugixml.hpp>

#include <optional>
#include <string>

#include "model/article.hpp"
#include "xml/xml_read_notes.hpp"

namespace wirekit::nitf {

// What the head says that the reader settles after the body.
struct HeadFacts {
    std::string title;                   // the headline when body.head has none
    std::optional<DateTime> release;     // date.release: an embargo when after date.issue
    std::string release_written;         // its norm as written, kept when it is none
};

void read_head(XmlReadNotes& notes, pugi::xml_node head, Article& a, HeadFacts& facts);

}  // namespace wirekit::nitf
