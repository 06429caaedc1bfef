#pragma once
// NITF's head from an article: title, meta (kept), tobject (genres, subject
// codes), docdata, pubdata.
#include "model/article.hpp"
#include "xml/xml_out.hpp"

namespace wirekit::nitf {

void write_head(XmlOut& out, const Article& a);

}  // namespace wirekit::nitf
