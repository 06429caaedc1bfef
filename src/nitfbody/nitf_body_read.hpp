#pragma once
// Reading a NITF <body> (of a NITF document, or inside NewsML-G2's inlineXML
// or NewsML 1.x's DataContent), in any namespace or none (elements are
// matched by local name, any ASCII case: has_local_name), leniently:
// body.head's display lines, body.content as the body tree (through the one
// HTML reader) and its media, body.end.
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

struct NitfDateline {
    std::string text;    // as written, white space collapsed; a story.date that only repeats its norm date is no text
    std::string place;   // location/city, else the location's own text, else the text when it is plain words
    std::string region;  // location/state, region or country
    std::optional<DateTime> date;  // story.date's norm attribute (ISO 8601, basic or extended)
};

struct NitfHead {
    std::string headline;     // hedline/hl1 (AP's <headline> taken for hedline)
    std::string subheadline;  // the first hedline/hl2
    std::string byline;       // every byline a line; a byttl on a line of its own
    std::vector<Person> people;  // the person elements of the bylines (role "author")
    std::string distributor;
    std::string rights_owner;    // rights/rights.owner
    pugi::xml_node dateline;     // the first dateline element, or null
    std::string summary;         // abstract: a line per paragraph
};

struct NitfBody {
    NitfHead head;
    Body body;
    std::string trailer;       // body.end/tagline, <br/> a line break
    std::string bibliography;  // body.end/bibliography
    std::vector<Media> media;  // the media of body.content, in order
    bool dropped_unsafe = false;  // the HTML reader removed something dangerous
};

// BODY is a NITF body element; relative links resolve against BASE_URL.
NitfBody read_nitf_body(pugi::xml_node body, std::string_view base_url);

// A dateline element: its text and the parts its markup names.
NitfDateline read_nitf_dateline(pugi::xml_node dateline);

}  // namespace wirekit
