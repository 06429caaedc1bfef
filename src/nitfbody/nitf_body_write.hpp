#pragma once
// Writing a NITF 3.6 <body> from an article, for every writer that speaks
// NITF (the nitf format, NewsML-G2's +nitf bodies, NewsML 1.x's DataContent).
#include <string>
#include <string_view>

#include "model/article.hpp"
#include "xml/xml_out.hpp"

namespace wirekit {

// What a writer puts in the body besides the text, where its container has no
// better place for it.
struct NitfBodyParts {
    bool distributor = false;       // the provider as body.head/distributor
    bool media = false;             // the media as body.content/media
    bool dateline_in_lead = false;  // the dateline also where the source had it, opening the lead (put_dateline_in_lead)
    bool authors_as_byline = false; // without a byline, the authors as its persons (NITF has no other place for them)
    std::string_view bibliography;  // body.end/bibliography
};

// BODY's blocks as body.content markup: p, hl2 (class="hN" for other heading
// levels), bq/block, ul/ol/li, pre, hr, table/tr/th/td, em, em class="strong",
// a, br; text escaped, what XML cannot carry left out.
std::string nitf_content(const Body& body);

// <body>: body.head (hedline; byline: the byline's first line, the authors it
// names as person, each further line a byttl, or the authors when asked;
// distributor; dateline, its place
// as location and its date as story.date norm; abstract, a p per line),
// body.content (the blocks, then the media), body.end (tagline, bibliography).
void write_nitf_body(XmlOut& out, const Article& a, const NitfBodyParts& parts);

}  // namespace wirekit
