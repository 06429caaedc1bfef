#pragma once
// contentSet: the body as XHTML (or NITF) in inlineXML, media as remoteContent.
#include "model/article.hpp"
#include "xml/xml_out.hpp"

namespace wirekit::newsml {

void write_content_set(XmlOut& out, const Article& a, bool nitf);

// The NITF document for A's body (nitf/body with body.head, body.content, body.end).
void write_nitf(XmlOut& out, const Article& a);

}  // namespace wirekit::newsml
