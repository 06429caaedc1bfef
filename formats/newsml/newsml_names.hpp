#pragma once
// Namespaces and names shared by the NewsML-G2 reader and writer.
#include <string_view>

#include "nitfbody/nitf_names.hpp"

namespace wirekit::newsml {

inline constexpr std::string_view g2_ns = "http://iptc.org/std/nar/2006-10-01/";
inline constexpr std::string_view xhtml_ns = "http://www.w3.org/1999/xhtml";
inline constexpr std::string_view nitf_ns = nitf_names::ns;

// wirekit's own namespace for what the model holds and G2 has no place for
// (see README.md, "Extension elements"). Written with the prefix wk.
inline constexpr std::string_view wk_ns = "urn:wirekit:extension:1";

// The scheme the writer declares in the item's own catalog for the role of a
// sub-headline: IPTC has no headline-role NewsCodes.
inline constexpr std::string_view headline_role_alias = "wkhl";
inline constexpr std::string_view headline_role_uri = "urn:wirekit:headline-role:";
inline constexpr std::string_view subheadline_role = "wkhl:sub";

// The class of the XHTML paragraphs that hold the model's trailer.
inline constexpr std::string_view trailer_class = "trailer";

}  // namespace wirekit::newsml
