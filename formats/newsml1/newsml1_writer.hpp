#pragma once
// Writes a document as NewsML 1.2, valid against IPTC's DTD (what its
// DataContent holds, NITF 3.6, is declared by NITF's schema): a NewsEnvelope
// and one NewsItem per article, in the shape of AFP's feed; see README.md.
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_newsml1(const Document& doc, const WriteOptions& options);
}
