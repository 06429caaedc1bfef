#pragma once
// NITF's namespace and what NITF 3.6 fixes on its root.
#include <string_view>

namespace wirekit::nitf_names {

inline constexpr std::string_view ns = "http://iptc.org/std/NITF/2006-10-18/";
// The values nitf-3-6.xsd fixes for the root's version attributes.
inline constexpr std::string_view version = "-//IPTC//DTD NITF 3.6//EN";
inline constexpr std::string_view change_date = "September 11, 2009";
inline constexpr std::string_view change_time = "12:26";
// What NITF is as a media type (NewsML-G2's inlineXML, NewsML 1.x's MimeType).
inline constexpr std::string_view media_type = "application/nitf+xml";

}  // namespace wirekit::nitf_names
