#pragma once
// Writes an article as a NITF 3.6 document in NITF's namespace, valid
// against nitf-3-6.xsd; see README.md for the field mapping.
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_nitf(const Document& doc, const WriteOptions& options);
}
